/* tend-preferences-dialog.c — Preferences: journal, grounding, progress, reminder and backups.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include "tend-exercises.h"
#include "tend-preferences-dialog.h"
#include "tend-time-button.h"

/* The paces the player's Slower and Faster step through (×1.25 each way), so both places
 * offer the same choices. */
static const double paces[] = { 0.512, 0.64, 0.8, 1.0, 1.25, 1.5625, 1.953125 };

static const char * const pace_names[] = {
  /* Translators: breathing paces, from quickest to slowest; “as written” is each exercise's
   * own timing. */
  N_("Much faster"), N_("Faster"), N_("A little faster"), N_("As written"),
  N_("A little slower"), N_("Slower"), N_("Much slower"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (paces) == G_N_ELEMENTS (pace_names));

struct _TendPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;

  AdwSwitchRow         *prompt_row;
  AdwSwitchRow         *look_back_row;
  AdwSwitchRow         *auto_advance_row;
  AdwSwitchRow         *backup_reminder_row;
  AdwComboRow          *exercise_row;
  AdwComboRow          *pace_row;
  AdwSwitchRow         *reminder_row;
  TendTimeButton       *time_button;
};

G_DEFINE_FINAL_TYPE (TendPreferencesDialog, tend_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

static guint
nearest_pace (double pace)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (paces); i++)
    if (ABS (paces[i] / pace - 1) < ABS (paces[best] / pace - 1))
      best = i;
  return best;
}

static void
sync_from_settings (TendPreferencesDialog *self)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "default-exercise");
  guint position = 0;

  /* Position 0 is "the one that has helped most"; exercises follow in catalog order. */
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    if (g_strcmp0 (tend_exercises_get_item (i)->id, chosen) == 0)
      position = i + 1;

  adw_combo_row_set_selected (self->exercise_row, position);
  adw_combo_row_set_selected (self->pace_row,
                              nearest_pace (g_settings_get_double (self->settings, "breath-pace")));
}

static void
exercise_selected_cb (TendPreferencesDialog *self)
{
  guint position = adw_combo_row_get_selected (self->exercise_row);
  const char *id = position > 0 && position <= tend_exercises_get_n_items ()
                   ? tend_exercises_get_item (position - 1)->id : "";
  g_autofree char *current = g_settings_get_string (self->settings, "default-exercise");

  if (g_strcmp0 (current, id) != 0)
    g_settings_set_string (self->settings, "default-exercise", id);
}

static void
pace_selected_cb (TendPreferencesDialog *self)
{
  guint position = adw_combo_row_get_selected (self->pace_row);
  double current = g_settings_get_double (self->settings, "breath-pace");

  /* A pace set in the player between these steps stays until another is chosen here. */
  if (position < G_N_ELEMENTS (paces) && position != nearest_pace (current))
    g_settings_set_double (self->settings, "breath-pace", paces[position]);
}

static void
tend_preferences_dialog_dispose (GObject *object)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tend_preferences_dialog_parent_class)->dispose (object);
}

static void
tend_preferences_dialog_class_init (TendPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_preferences_dialog_dispose;

  g_type_ensure (TEND_TYPE_TIME_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/preferences/tend-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, prompt_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, look_back_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, auto_advance_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, exercise_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, pace_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, reminder_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, time_button);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, backup_reminder_row);
}

static void
tend_preferences_dialog_init (TendPreferencesDialog *self)
{
  g_autoptr(GtkStringList) exercises = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) paces_list = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_APP_ID);

  /* Translators: the choice of exercise for Ground Now that follows the person's history. */
  gtk_string_list_append (exercises, _("The one that has helped most"));
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    gtk_string_list_append (exercises, _(tend_exercises_get_item (i)->title));
  adw_combo_row_set_model (self->exercise_row, G_LIST_MODEL (exercises));

  for (guint i = 0; i < G_N_ELEMENTS (pace_names); i++)
    gtk_string_list_append (paces_list, _(pace_names[i]));
  adw_combo_row_set_model (self->pace_row, G_LIST_MODEL (paces_list));

  g_settings_bind (self->settings, "show-prompt", self->prompt_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "auto-advance", self->auto_advance_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-look-back", self->look_back_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-reminder", self->backup_reminder_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  sync_from_settings (self);
  g_signal_connect_object (self->exercise_row, "notify::selected",
                           G_CALLBACK (exercise_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pace_row, "notify::selected",
                           G_CALLBACK (pace_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-exercise",
                           G_CALLBACK (sync_from_settings), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::breath-pace",
                           G_CALLBACK (sync_from_settings), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "reminder-enabled", self->reminder_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-time", self->time_button, "minutes",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * tend_preferences_dialog_new:
 *
 * Everything here is kept in GSettings as soon as it changes.
 */
AdwDialog *
tend_preferences_dialog_new (void)
{
  return g_object_new (TEND_TYPE_PREFERENCES_DIALOG, NULL);
}
