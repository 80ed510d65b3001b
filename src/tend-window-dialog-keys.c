/* tend-window-dialog-keys.c — the safety shortcuts work even while a dialog is open.
 *
 * While a dialog is open over the window, libadwaita lets its keys reach neither the window's
 * shortcuts nor the application's: with Preferences, a backup or the therapist summary open,
 * Ctrl+H hid nothing, Ctrl+G did not ground and Ctrl+Q did not quit. So each dialog, as it
 * shows, gets the safety shortcuts too, looked at before its own widgets see the key (the
 * capture phase): they close every dialog (hiding must leave nothing of one on screen) and
 * act on the window.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-window-private.h"

/* The actions, with the keys the application gives them (tend-application.c). */
static const char * const safety_actions[] = {
  "win.quick-hide",
  "app.ground",
  "win.safety-plan",
  "win.lock",
  "app.quit",
};

static gboolean
over_dialog_cb (GtkWidget *dialog,
                GVariant  *args,
                gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (dialog);
  const char *action = user_data;

  if (!TEND_IS_WINDOW (root))
    return FALSE;

  tend_window_close_dialogs (TEND_WINDOW (root));
  return gtk_widget_activate_action (GTK_WIDGET (root), action, NULL);
}

static void
dialog_shown_cb (TendWindow *self)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GtkEventController *controller;

  if (dialog == NULL || application == NULL ||
      g_object_get_data (G_OBJECT (dialog), "tend-safety-keys") != NULL)
    return;

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (safety_actions); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (application,
                                                                     safety_actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        gtk_shortcut_controller_add_shortcut (
          GTK_SHORTCUT_CONTROLLER (controller),
          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accels[j]),
                            gtk_callback_action_new (over_dialog_cb,
                                                     g_strdup (safety_actions[i]), g_free)));
    }
  gtk_widget_add_controller (GTK_WIDGET (dialog), controller);
  g_object_set_data (G_OBJECT (dialog), "tend-safety-keys", controller);
}

/**
 * tend_window_dialog_keys_init:
 *
 * Gives every dialog shown over the window the safety shortcuts.
 */
void
tend_window_dialog_keys_init (TendWindow *self)
{
  g_signal_connect (self, "notify::visible-dialog", G_CALLBACK (dialog_shown_cb), NULL);
}
