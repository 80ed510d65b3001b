/* tend-checkin.c — four optional scales: mood, distress, safety in the body, closeness.
 *
 * Every scale is the same control: a row of round choices of one size, at least 44 px, that
 * wraps into two balanced rows on a narrow window (tend-cells-layout.c), with the words of its
 * two ends under it and the word for the chosen value beside its name, so it takes one tap,
 * never reads as numbers alone, and tells a screen reader its name and value. Any scale can
 * stay empty. Folded away, the check-in is described in one line (tend_checkin_describe()).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-cells-layout.h"
#include "tend-checkin.h"
#include "tend-entry.h"

/* The words of a check-in value are in a context of their own: "Close" on the closeness scale
 * must not translate the Close buttons that GTK and libadwaita take from the app's domain. */
#define value_word(word) g_dpgettext2 (NULL, "check-in value", (word))

typedef struct {
  const char *context;  /* of the title, or NULL */
  const char *title;
  int         min;
  int         max;
  /* Words for each value from min; NULL where the number speaks for itself. */
  const char *words[11];
  const char *low_end;
  const char *high_end;
} ScaleInfo;

static const ScaleInfo scales[TEND_N_CHECKIN_SCALES] = {
  [TEND_CHECKIN_MOOD] = {
    NULL, N_("Mood"), 1, 5,
    { NC_("check-in value", "Very low"), NC_("check-in value", "Low"),
      NC_("check-in value", "Okay"), NC_("check-in value", "Good"),
      NC_("check-in value", "Very good") },
    N_("Very low"), N_("Very good") },
  [TEND_CHECKIN_DISTRESS] = {
    NULL, N_("Distress"), 0, 10,
    { NULL },
    /* Translators: the calm end of the 0–10 distress scale. */
    N_("Calm"),
    /* Translators: the other end of the 0–10 distress scale. */
    N_("Overwhelmed") },
  [TEND_CHECKIN_SAFETY] = {
    /* Translators: the check-in scale of feeling safe in one's own body; its ends say
     * “Not safe in my body” and “Safe in my body”. A noun, like Mood, Distress and
     * Closeness. */
    "check-in scale", NC_("check-in scale", "Safety"), 1, 5,
    { NC_("check-in value", "Not at all"), NC_("check-in value", "A little"),
      NC_("check-in value", "Somewhat"), NC_("check-in value", "Mostly"),
      NC_("check-in value", "Fully") },
    /* Translators: the low end of the check-in scale of safety in one's body. */
    N_("Not safe in my body"), N_("Safe in my body") },
  [TEND_CHECKIN_CLOSENESS] = {
    NULL, N_("Closeness"), 1, 5,
    { NC_("check-in value", "Far away"), NC_("check-in value", "A little"),
      NC_("check-in value", "Somewhat"), NC_("check-in value", "Close"),
      NC_("check-in value", "Very close") },
    N_("Far away"), N_("Very close") },
};

struct _TendCheckin
{
  AdwBin      parent_instance;

  GtkWidget  *buttons[TEND_N_CHECKIN_SCALES][11];
  GtkWidget  *clear[TEND_N_CHECKIN_SCALES];
  GtkWidget  *chosen[TEND_N_CHECKIN_SCALES];  /* the word for the value, beside the name */
  int         values[TEND_N_CHECKIN_SCALES];
  gboolean    updating;
};

G_DEFINE_FINAL_TYPE (TendCheckin, tend_checkin, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static const char *
scale_title (const ScaleInfo *info)
{
  return info->context != NULL ? g_dpgettext2 (NULL, info->context, info->title)
                               : _(info->title);
}

static char *
value_text (TendCheckinScale scale,
            int              value)
{
  const ScaleInfo *info = &scales[scale];
  const char *word = info->words[value - info->min];

  if (word != NULL)
    /* Translators: a check-in value read aloud, e.g. “3 of 5, Okay”. */
    return g_strdup_printf (_("%d of %d, %s"), value, info->max, value_word (word));

  /* Translators: a check-in value read aloud, e.g. “4 of 10”. */
  return g_strdup_printf (_("%d of %d"), value, info->max);
}

static void
show_chosen (TendCheckin      *self,
             TendCheckinScale  scale)
{
  const ScaleInfo *info = &scales[scale];
  int value = self->values[scale];
  const char *word = value != TEND_CHECKIN_UNSET ? info->words[value - info->min] : NULL;

  /* Left empty rather than hidden: it is the room that keeps Clear at the end of the line. */
  gtk_label_set_text (GTK_LABEL (self->chosen[scale]), word != NULL ? value_word (word) : "");
}

static void
sync_scale (TendCheckin      *self,
            TendCheckinScale  scale)
{
  const ScaleInfo *info = &scales[scale];
  int value = self->values[scale];

  self->updating = TRUE;
  for (int v = info->min; v <= info->max; v++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[scale][v - info->min]),
                                  v == value);
  self->updating = FALSE;

  gtk_widget_set_visible (self->clear[scale], value != TEND_CHECKIN_UNSET);
  show_chosen (self, scale);
}

static void
toggled_cb (GtkToggleButton *button,
            TendCheckin     *self)
{
  TendCheckinScale scale = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "scale"));
  int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value"));

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  self->values[scale] = value;
  gtk_widget_set_visible (self->clear[scale], TRUE);
  show_chosen (self, scale);
  g_signal_emit (self, signals[CHANGED], 0, scale);
}

static void
clear_cb (GtkButton   *button,
          TendCheckin *self)
{
  TendCheckinScale scale = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "scale"));

  self->values[scale] = TEND_CHECKIN_UNSET;
  sync_scale (self, scale);
  g_signal_emit (self, signals[CHANGED], 0, scale);
}

static GtkWidget *
build_scale (TendCheckin      *self,
             TendCheckinScale  scale)
{
  const ScaleInfo *info = &scales[scale];
  const char *title_text = scale_title (info);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (title_text);
  GtkWidget *cells_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *low = gtk_label_new (_(info->low_end));
  GtkWidget *high = gtk_label_new (_(info->high_end));
  GtkWidget *group = NULL;
  g_autofree char *clear_name = NULL;

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (header), title);

  /* The chosen value in words, so a number is never all there is to read. Name, chosen word
   * and Clear share a line at 360 px in German at twice the text size too: the word takes the
   * room that is left, and wraps, inside a word if it must, rather than widen the window. */
  self->chosen[scale] = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->chosen[scale], "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->chosen[scale]), 0);
  gtk_label_set_wrap (GTK_LABEL (self->chosen[scale]), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->chosen[scale]), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->chosen[scale], TRUE);
  gtk_box_append (GTK_BOX (header), self->chosen[scale]);

  /* An icon, so the line has room for a long name and word at large text. */
  self->clear[scale] = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (self->clear[scale], _("Clear"));
  gtk_widget_add_css_class (self->clear[scale], "flat");
  gtk_widget_set_valign (self->clear[scale], GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (self->clear[scale]), "scale", GINT_TO_POINTER (scale));
  /* Translators: the accessible name of the button that empties a scale; %s is its name. */
  clear_name = g_strdup_printf (_("Clear %s"), title_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear[scale]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clear_name, -1);
  g_signal_connect (self->clear[scale], "clicked", G_CALLBACK (clear_cb), self);
  gtk_box_append (GTK_BOX (header), self->clear[scale]);
  gtk_box_append (GTK_BOX (box), header);

  /* The cells and the words of their ends are as wide as the cells' row, from the start. */
  gtk_widget_set_halign (cells_box, GTK_ALIGN_START);
  /* The box is only the container: the cells layout places its children, not the box. */
  gtk_widget_set_layout_manager (row, tend_cells_layout_new (6));
  gtk_widget_add_css_class (row, "tend-scale");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title_text, -1);

  for (int v = info->min; v <= info->max; v++)
    {
      g_autofree char *number = g_strdup_printf ("%d", v);
      g_autofree char *spoken = value_text (scale, v);
      /* Translators: the accessible name of one choice, e.g. “Mood: 3 of 5, Okay”. */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), title_text, spoken);
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
      else
        group = button;

      gtk_widget_set_tooltip_text (button, spoken);
      /* The button would be named by its label child alone ("6"); say the scale too. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data (G_OBJECT (button), "scale", GINT_TO_POINTER (scale));
      g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (v));
      g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);
      self->buttons[scale][v - info->min] = button;
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (cells_box), row);

  for (GtkWidget *end = low; end != NULL; end = end == low ? high : NULL)
    {
      gtk_widget_add_css_class (end, "dim-label");
      gtk_widget_add_css_class (end, "caption");
      gtk_label_set_wrap (GTK_LABEL (end), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (end), 14);
      gtk_widget_set_hexpand (end, TRUE);
      gtk_box_append (GTK_BOX (ends), end);
    }
  /* Each end under its own end of the row, never running into the other. */
  gtk_label_set_xalign (GTK_LABEL (low), 0);
  gtk_label_set_xalign (GTK_LABEL (high), 1);
  gtk_label_set_justify (GTK_LABEL (high), GTK_JUSTIFY_RIGHT);
  gtk_box_append (GTK_BOX (cells_box), ends);
  gtk_box_append (GTK_BOX (box), cells_box);

  sync_scale (self, scale);
  return box;
}

/**
 * tend_checkin_describe:
 * @entry: (nullable): the entry whose check-in to describe
 *
 * The chosen values in a short line, each scale by name and its value in words where it has
 * them, e.g. “Mood: Good · Distress: 3 of 10”, for the check-in while it is folded away.
 *
 * Returns: (nullable): the line, or NULL when no scale has a value
 */
char *
tend_checkin_describe (TendEntry *entry)
{
  g_autoptr(GString) line = g_string_new (NULL);
  int values[TEND_N_CHECKIN_SCALES];

  g_return_val_if_fail (entry == NULL || TEND_IS_ENTRY (entry), NULL);

  if (entry == NULL)
    return NULL;
  values[TEND_CHECKIN_MOOD] = tend_entry_get_mood (entry);
  values[TEND_CHECKIN_DISTRESS] = tend_entry_get_distress (entry);
  values[TEND_CHECKIN_SAFETY] = tend_entry_get_safety (entry);
  values[TEND_CHECKIN_CLOSENESS] = tend_entry_get_closeness (entry);

  for (guint scale = 0; scale < TEND_N_CHECKIN_SCALES; scale++)
    {
      const ScaleInfo *info = &scales[scale];
      int value = values[scale];
      const char *word;
      g_autofree char *number = NULL;

      if (value < info->min || value > info->max)
        continue;

      word = info->words[value - info->min];
      if (word == NULL)
        number = g_strdup_printf (_("%d of %d"), value, info->max);
      if (line->len > 0)
        g_string_append (line, " · ");
      /* Translators: one scale's value in the folded check-in, e.g. “Mood: Okay”. */
      g_string_append_printf (line, _("%s: %s"), scale_title (info),
                              word != NULL ? value_word (word) : number);
    }

  return line->len > 0 ? g_string_free (g_steal_pointer (&line), FALSE) : NULL;
}

/**
 * tend_checkin_get_value:
 *
 * TEND_CHECKIN_UNSET (-1) when the person skipped the scale.
 */
int
tend_checkin_get_value (TendCheckin      *self,
                        TendCheckinScale  scale)
{
  g_return_val_if_fail (TEND_IS_CHECKIN (self), TEND_CHECKIN_UNSET);
  g_return_val_if_fail (scale < TEND_N_CHECKIN_SCALES, TEND_CHECKIN_UNSET);

  return self->values[scale];
}

/**
 * tend_checkin_set_value:
 *
 * TEND_CHECKIN_UNSET (-1) when the person skipped the scale.
 */
void
tend_checkin_set_value (TendCheckin      *self,
                        TendCheckinScale  scale,
                        int               value)
{
  g_return_if_fail (TEND_IS_CHECKIN (self));
  g_return_if_fail (scale < TEND_N_CHECKIN_SCALES);

  if (value != TEND_CHECKIN_UNSET && (value < scales[scale].min || value > scales[scale].max))
    value = TEND_CHECKIN_UNSET;

  self->values[scale] = value;
  sync_scale (self, scale);
}

static void
tend_checkin_class_init (TendCheckinClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * TendCheckin::changed:
   * @scale: the TendCheckinScale the person set or cleared
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "tend-checkin");
}

static void
tend_checkin_init (TendCheckin *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  for (guint i = 0; i < TEND_N_CHECKIN_SCALES; i++)
    {
      self->values[i] = TEND_CHECKIN_UNSET;
      gtk_box_append (GTK_BOX (box), build_scale (self, i));
    }

  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
tend_checkin_new (void)
{
  return g_object_new (TEND_TYPE_CHECKIN, NULL);
}
