/* tend-shortcuts.c — the Keyboard Shortcuts view, in the form the running libadwaita offers.
 *
 * libadwaita 1.8 brought AdwShortcutsDialog, and GTK deprecated GtkShortcutsWindow in favour
 * of it. Tend's floor is libadwaita 1.5, so the dialog is looked up when Tend runs, not when it
 * is built: GtkBuilder finds its type by name, and older libadwaita gets GTK's window.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-shortcuts.h"

/* Whether the libadwaita Tend runs with has AdwShortcutsDialog (1.8 and newer). */
gboolean
tend_shortcuts_has_dialog (void)
{
  return adw_get_major_version () > 1 || adw_get_minor_version () >= 8;
}

/* An item that names an action shows the keys the application gives that action. Both kinds
 * of item look them up only through a window that belongs to the application, and
 * GtkShortcutsWindow only once handed to GtkApplicationWindow as its help overlay: the window
 * made later showed no keys at all for six of its items. So each action is swapped for its
 * keys before the items are made (GtkShortcutsWindow copies them for its search as they are
 * added, too early to fix them up afterwards). */
static gboolean
action_to_keys_cb (const GMatchInfo *match,
                   GString          *result,
                   gpointer          user_data)
{
  GtkApplication *app = user_data;
  g_autofree char *action = g_match_info_fetch (match, 1);
  g_auto(GStrv) accels = NULL;
  g_autofree char *keys = NULL;
  g_autofree char *escaped = NULL;

  if (app != NULL)
    accels = gtk_application_get_accels_for_action (app, action);
  keys = accels != NULL ? g_strjoinv (" ", accels) : g_strdup ("");
  escaped = g_markup_escape_text (keys, -1);
  g_string_append_printf (result, "<property name=\"accelerator\">%s</property>", escaped);

  return FALSE;
}

static char *
ui_with_keys (const char     *resource,
              GtkApplication *app)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                     NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<property name=\"action-name\">([^<]+)</property>",
                                         G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autofree char *ui = NULL;

  g_assert (bytes != NULL && regex != NULL);
  ui = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return g_regex_replace_eval (regex, ui, -1, 0, G_REGEX_MATCH_DEFAULT, action_to_keys_cb, app,
                               NULL);
}

/* A new Keyboard Shortcuts view for @parent: an AdwDialog when @dialog is TRUE (only where
 * tend_shortcuts_has_dialog() says so), else a GtkWindow transient for @parent that hides
 * when closed. */
GObject *
tend_shortcuts_new (GtkWindow *parent,
                    gboolean   dialog)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *ui = NULL;
  g_autoptr(GError) error = NULL;
  GObject *shortcuts;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!dialog || tend_shortcuts_has_dialog (), NULL);

  ui = ui_with_keys (dialog ? RESOURCE_PATH "/tend-shortcuts-dialog.ui"
                           : RESOURCE_PATH "/tend-shortcuts.ui",
                    gtk_window_get_application (parent));
  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  if (!gtk_builder_add_from_string (builder, ui, -1, &error))
    g_error ("the shortcuts' own UI does not load: %s", error->message);
  shortcuts = g_object_ref (gtk_builder_get_object (builder, "shortcuts"));

  if (!dialog)
    {
      gtk_window_set_transient_for (GTK_WINDOW (shortcuts), parent);
      gtk_window_set_hide_on_close (GTK_WINDOW (shortcuts), TRUE);
    }

  return shortcuts;
}
