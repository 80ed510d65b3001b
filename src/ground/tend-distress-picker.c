/* tend-distress-picker.c — how strong the distress is, 0 to 10, in one tap.
 *
 * One row of eleven, always, so 0 and 10 sit over the words for their ends. On a phone eleven
 * targets 44 px wide would need 484 px, more than the window has: every choice is at least
 * 44 px tall and as wide as an equal share of the full row allows (about 29 px in a 360 px
 * window). From the keyboard Tab reaches each choice, Left and Right move along the row and
 * stay in it, Home and End go to 0 and 10, and Enter or Space chooses.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-distress-picker.h"
#include "tend-fit-bin.h"

#define MAX_DISTRESS 10

/* Between neighbouring choices: enough to tell them apart, no more. */
#define CELL_SPACING 2

struct _TendDistressPicker
{
  AdwBin     parent_instance;

  GtkWidget *cells[MAX_DISTRESS + 1];
};

enum {
  CHOSEN,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TendDistressPicker, tend_distress_picker, ADW_TYPE_BIN)

static void
clicked_cb (GtkButton          *button,
            TendDistressPicker *self)
{
  g_signal_emit (self, signals[CHOSEN], 0,
                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "value")));
}

/* Arrow keys move along the row, in the reading direction, and stop at its ends rather than
 * leave it; Home and End go to 0 and 10. */
static gboolean
row_key_cb (GtkEventControllerKey *controller,
            guint                  keyval,
            guint                  keycode,
            GdkModifierType        state,
            TendDistressPicker    *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  int step = gtk_widget_get_direction (row) == GTK_TEXT_DIR_RTL ? -1 : 1;
  int current = -1, target;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  for (int v = 0; v <= MAX_DISTRESS; v++)
    if (gtk_widget_is_focus (self->cells[v]))
      current = v;
  if (current < 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      target = current - step;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      target = current + step;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = MAX_DISTRESS;
      break;
    default:
      return FALSE;
    }

  gtk_widget_grab_focus (self->cells[CLAMP (target, 0, MAX_DISTRESS)]);
  return TRUE;
}

static void
tend_distress_picker_class_init (TendDistressPickerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * TendDistressPicker::chosen:
   * @value: 0 (calm) to 10
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "tend-distress-picker");
}

static void
tend_distress_picker_init (TendDistressPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  /* Always one row of eleven, so 0 and 10 are at the ends where their words are: the choices
   * share the width (narrower on a phone, never less than 44 px tall, style.css). */
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, CELL_SPACING);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *ends = gtk_center_box_new ();
  /* Translators: the bottom of the 0–10 distress scale. */
  GtkWidget *low = gtk_label_new (_("0 is calm"));
  /* Translators: the top of the 0–10 distress scale. */
  GtkWidget *high = gtk_label_new (_("10 is the most you can imagine"));

  /* Equal shares of the whole row, from edge to edge. */
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_widget_set_hexpand (row, TRUE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (row_key_cb), self);
  gtk_widget_add_controller (row, keys);
  gtk_widget_add_css_class (row, "tend-distress-row");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Distress"), -1);

  for (int v = 0; v <= MAX_DISTRESS; v++)
    {
      g_autofree char *number = g_strdup_printf ("%d", v);
      /* Translators: the accessible name of one distress choice, e.g. “Distress: 6 of 10”. */
      g_autofree char *name = g_strdup_printf (_("Distress: %d of %d"), v, MAX_DISTRESS);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *label = gtk_label_new (number);

      /* Two figures' room for every number, so when they have to shrink, all shrink alike. */
      gtk_label_set_width_chars (GTK_LABEL (label), 2);

      /* The number is drawn smaller when large text would push the row past the window. */
      gtk_button_set_child (GTK_BUTTON (button), tend_fit_bin_new (label));
      gtk_widget_add_css_class (button, "tend-distress-choice");
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data (G_OBJECT (button), "value", GINT_TO_POINTER (v));
      g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), self);
      self->cells[v] = button;
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (box), row);

  /* When the words for 10 wrap (large text, a phone), both ends stay under their numbers. */
  gtk_widget_set_valign (low, GTK_ALIGN_START);
  gtk_widget_set_valign (high, GTK_ALIGN_START);
  gtk_widget_add_css_class (low, "dim-label");
  gtk_widget_add_css_class (high, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (high), TRUE);
  gtk_label_set_justify (GTK_LABEL (high), GTK_JUSTIFY_RIGHT);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (ends), low);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (ends), high);
  gtk_box_append (GTK_BOX (box), ends);

  adw_bin_set_child (ADW_BIN (self), box);
}

/**
 * tend_distress_picker_new:
 *
 * Eleven large buttons, 0 to 10: one tap chooses (the ::chosen signal) and nothing else is
 * asked, because the person may be shaking.
 */
GtkWidget *
tend_distress_picker_new (void)
{
  return g_object_new (TEND_TYPE_DISTRESS_PICKER, NULL);
}
