/* tend-checkin.c — four optional scales: mood, distress, safety in the body, closeness.
 *
 * Each scale is a row of toggle buttons with words, so it takes one tap, reads without
 * numbers alone, and tells a screen reader its name and value. Any scale can stay empty.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-checkin.h"
#include "tend-entry.h"

typedef struct {
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
    N_("Mood"), 1, 5,
    { N_("Very low"), N_("Low"), N_("Okay"), N_("Good"), N_("Very good") },
    NULL, NULL },
  [TEND_CHECKIN_DISTRESS] = {
    N_("Distress"), 0, 10,
    { NULL },
    /* Translators: the calm end of the 0–10 distress scale. */
    N_("Calm"),
    /* Translators: the other end of the 0–10 distress scale. */
    N_("Overwhelmed") },
  [TEND_CHECKIN_SAFETY] = {
    N_("Safe in my body"), 1, 5,
    { N_("Not at all"), N_("A little"), N_("Somewhat"), N_("Mostly"), N_("Fully") },
    NULL, NULL },
  [TEND_CHECKIN_CLOSENESS] = {
    N_("Closeness"), 1, 5,
    { N_("Far away"), N_("A little"), N_("Somewhat"), N_("Close"), N_("Very close") },
    NULL, NULL },
};

struct _TendCheckin
{
  AdwBin      parent_instance;

  GtkWidget  *buttons[TEND_N_CHECKIN_SCALES][11];
  GtkWidget  *clear[TEND_N_CHECKIN_SCALES];
  int         values[TEND_N_CHECKIN_SCALES];
  gboolean    updating;
};

G_DEFINE_FINAL_TYPE (TendCheckin, tend_checkin, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static char *
value_text (TendCheckinScale scale,
            int              value)
{
  const ScaleInfo *info = &scales[scale];
  const char *word = info->words[value - info->min];

  if (word != NULL)
    /* Translators: a check-in value read aloud, e.g. “3 of 5, Okay”. */
    return g_strdup_printf (_("%d of %d, %s"), value, info->max, _(word));

  /* Translators: a check-in value read aloud, e.g. “4 of 10”. */
  return g_strdup_printf (_("%d of %d"), value, info->max);
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
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (_(info->title));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *group = NULL;

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);

  self->clear[scale] = gtk_button_new_with_label (_("Clear"));
  gtk_widget_add_css_class (self->clear[scale], "flat");
  gtk_widget_add_css_class (self->clear[scale], "caption");
  g_object_set_data (G_OBJECT (self->clear[scale]), "scale", GINT_TO_POINTER (scale));
  {
    /* Translators: the accessible name of the button that empties a scale; %s is its name. */
    g_autofree char *label = g_strdup_printf (_("Clear %s"), _(info->title));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear[scale]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_signal_connect (self->clear[scale], "clicked", G_CALLBACK (clear_cb), self);
  gtk_box_append (GTK_BOX (header), self->clear[scale]);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_add_css_class (row, "linked");
  gtk_widget_add_css_class (row, "tend-scale");
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->title), -1);

  for (int v = info->min; v <= info->max; v++)
    {
      const char *word = info->words[v - info->min];
      g_autofree char *number = g_strdup_printf ("%d", v);
      g_autofree char *spoken = value_text (scale, v);
      /* Translators: the accessible name of one choice, e.g. “Mood: 3 of 5, Okay”. */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), _(info->title), spoken);
      GtkWidget *button = gtk_toggle_button_new_with_label (word != NULL ? _(word) : number);

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
      if (word != NULL)
        {
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
          gtk_widget_add_css_class (label, "caption");
        }
      g_object_set_data (G_OBJECT (button), "scale", GINT_TO_POINTER (scale));
      g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (v));
      g_signal_connect (button, "toggled", G_CALLBACK (toggled_cb), self);
      self->buttons[scale][v - info->min] = button;
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (box), row);

  if (info->low_end != NULL)
    {
      GtkWidget *ends = gtk_center_box_new ();
      GtkWidget *low = gtk_label_new (_(info->low_end));
      GtkWidget *high = gtk_label_new (_(info->high_end));

      gtk_widget_add_css_class (low, "dim-label");
      gtk_widget_add_css_class (low, "caption");
      gtk_widget_add_css_class (high, "dim-label");
      gtk_widget_add_css_class (high, "caption");
      gtk_center_box_set_start_widget (GTK_CENTER_BOX (ends), low);
      gtk_center_box_set_end_widget (GTK_CENTER_BOX (ends), high);
      gtk_box_append (GTK_BOX (box), ends);
    }

  sync_scale (self, scale);
  return box;
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
