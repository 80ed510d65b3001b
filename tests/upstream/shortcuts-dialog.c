/* shortcuts-dialog.c — libadwaita alone, no Tend: does AdwShortcutsDialog, shown over a window,
 * connect to a signal GTK has deprecated? Run with G_ENABLE_DIAGNOSTIC=1, as Tend's tests do.
 *
 * Not built or shipped; it is the evidence for the narrow allowance in tests/tend-test-utils.c.
 * Needs libadwaita 1.8 or newer (the newest stack):
 *
 *   build-aux/dev exec --newest sh -c 'cc tests/upstream/shortcuts-dialog.c \
 *     $(pkg-config --cflags --libs libadwaita-1) -o /tmp/shortcuts-dialog &&
 *     G_ENABLE_DIAGNOSTIC=1 /tmp/shortcuts-dialog'
 *
 * It prints every warning logged, whether it came through the old g_log() API, and exits 1
 * when there was one.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static int n_warnings;

static GLogWriterOutput
count_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    {
      const char *domain = "", *message = "", *func = "";
      gboolean old_api = FALSE;

      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
            domain = fields[i].value;
          else if (g_str_equal (fields[i].key, "MESSAGE"))
            message = fields[i].value;
          else if (g_str_equal (fields[i].key, "CODE_FUNC"))
            func = fields[i].value;
          else if (g_str_equal (fields[i].key, "GLIB_OLD_LOG_API"))
            old_api = TRUE;
        }
      g_printerr ("logged: [%s] %s (in %s%s)\n", domain, message, func,
                  old_api ? ", through g_log()" : "");
      n_warnings++;
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (level, fields, n_fields, data);
}

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *window;
  AdwShortcutsSection *section;
  AdwDialog *dialog;
  gboolean done = FALSE;

  g_log_set_writer_func (count_writer, NULL, NULL);
  adw_init ();

  window = adw_window_new ();
  adw_window_set_content (ADW_WINDOW (window), gtk_label_new ("A window"));
  gtk_window_present (GTK_WINDOW (window));

  dialog = adw_shortcuts_dialog_new ();
  section = adw_shortcuts_section_new ("Section");
  adw_shortcuts_section_add (section, adw_shortcuts_item_new ("Quit", "<Control>q"));
  adw_shortcuts_dialog_add (ADW_SHORTCUTS_DIALOG (dialog), section);
  adw_dialog_present (dialog, window);

  g_timeout_add (500, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_print ("GTK %u.%u.%u, libadwaita %u.%u.%u, G_ENABLE_DIAGNOSTIC=%s: %d warning(s)\n",
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
           g_getenv ("G_ENABLE_DIAGNOSTIC") ? g_getenv ("G_ENABLE_DIAGNOSTIC") : "(unset)",
           n_warnings);
  gtk_window_destroy (GTK_WINDOW (window));

  return n_warnings > 0 ? 1 : 0;
}
