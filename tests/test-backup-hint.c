/* test-backup-hint.c — the quiet note about backing up: when it shows, and what puts it away.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-export-dialog.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-window.h"

#define DAY (24 * 60 * 60)

typedef struct {
  char      *dir;
  TendStore *store;
  GSettings *settings;
} Fixture;

static gint64
days_ago (int days)
{
  return g_get_real_time () / G_USEC_PER_SEC - (gint64) days * DAY;
}

static void
add_entry (TendStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TendEntry) entry = tend_entry_new (NULL, now);

  tend_entry_set_text (entry, "Something to keep");
  g_assert_true (tend_store_add_entry (store, entry, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *journal = NULL;

  fixture->dir = g_dir_make_tmp ("tend-backup-hint-XXXXXX", NULL);
  journal = g_build_filename (fixture->dir, "journal", NULL);
  fixture->store = tend_store_new (journal);
  g_assert_true (tend_store_load_recent (fixture->store, now, NULL));

  fixture->settings = g_settings_new (BASE_APP_ID);
  g_settings_reset (fixture->settings, "backup-reminder");
  g_settings_reset (fixture->settings, "backup-hint-dismissed");
  g_settings_set_int64 (fixture->settings, "last-backup", days_ago (40));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "last-backup");
  g_clear_object (&fixture->settings);
  tend_store_flush (fixture->store);
  g_assert_finalize_object (fixture->store);
  tend_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static TendWindow *
open_window (Fixture *fixture)
{
  TendWindow *window = tend_window_new (NULL, fixture->store);

  tend_test_show_window (GTK_WINDOW (window), 900, 700);
  return window;
}

static gboolean
hint_shown (TendWindow *window)
{
  GtkRevealer *hint = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                   TEND_TYPE_WINDOW,
                                                                   "backup_hint"));

  /* The note is kept out of sight, not only folded away, until it is first wanted. */
  return gtk_revealer_get_reveal_child (hint) &&
         gtk_widget_get_visible (gtk_revealer_get_child (hint));
}

static gboolean
hint_hidden_cb (gpointer data)
{
  return !hint_shown (data);
}

/* Forty days after the last backup, with something written: the note shows. Put aside, it stays
 * away, also in a new window. */
static void
test_dismiss (Fixture       *fixture,
              gconstpointer  data)
{
  TendWindow *window;

  /* Nothing written: nothing to back up. */
  window = open_window (fixture);
  g_assert_false (hint_shown (window));
  add_entry (fixture->store);
  g_assert_true (hint_shown (window));
  tend_test_save_screenshot (GTK_WIDGET (window), "backup-hint");
  g_assert_nonnull (tend_test_find_button (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back Up…"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-backup-hint", NULL);
  g_assert_false (hint_shown (window));
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "backup-hint-dismissed"), >=,
                   days_ago (0) - 60);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window (fixture);
  g_assert_false (hint_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Put aside long ago: the next period has come. */
  g_settings_set_int64 (fixture->settings, "backup-hint-dismissed", days_ago (30));
  window = open_window (fixture);
  g_assert_true (hint_shown (window));

  /* A damaged month's banner comes first. */
  adw_banner_set_revealed (ADW_BANNER (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                      TEND_TYPE_WINDOW,
                                                                      "damaged_banner")),
                           TRUE);
  g_assert_false (hint_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The note belongs to the Journal: on Ground and Progress it asks nothing, and it comes back
 * with the Journal (issue 15). */
static void
test_journal_only (Fixture       *fixture,
                   gconstpointer  data)
{
  TendWindow *window;
  AdwViewStack *stack;

  add_entry (fixture->store);
  window = open_window (fixture);
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), TEND_TYPE_WINDOW,
                                                         "stack"));
  g_assert_true (hint_shown (window));

  adw_view_stack_set_visible_child_name (stack, "ground");
  g_assert_false (hint_shown (window));
  adw_view_stack_set_visible_child_name (stack, "progress");
  g_assert_false (hint_shown (window));
  adw_view_stack_set_visible_child_name (stack, "journal");
  g_assert_true (hint_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Turned off in Preferences, it never shows. */
static void
test_turned_off (Fixture       *fixture,
                 gconstpointer  data)
{
  TendWindow *window;

  add_entry (fixture->store);
  g_settings_set_boolean (fixture->settings, "backup-reminder", FALSE);
  window = open_window (fixture);
  g_assert_false (hint_shown (window));

  g_settings_set_boolean (fixture->settings, "backup-reminder", TRUE);
  g_assert_true (hint_shown (window));
  g_settings_set_boolean (fixture->settings, "backup-reminder", FALSE);
  g_assert_false (hint_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A recent backup, or a young journal never backed up, is no reason for it either. */
  g_settings_set_boolean (fixture->settings, "backup-reminder", TRUE);
  g_settings_set_int64 (fixture->settings, "last-backup", days_ago (10));
  window = open_window (fixture);
  g_assert_false (hint_shown (window));
  g_settings_set_int64 (fixture->settings, "last-backup", 0);
  g_assert_false (hint_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Back Up… opens the export dialog; a JSON backup written puts the note away. */
static void
test_backup_hides (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TendWindow *window;
  AdwDialog *dialog;
  GtkWidget *button;

  add_entry (fixture->store);
  window = open_window (fixture);
  g_assert_true (hint_shown (window));

  button = tend_test_find_button (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back Up…");
  g_signal_emit_by_name (button, "clicked");
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (TEND_IS_EXPORT_DIALOG (dialog));
  g_assert_cmpint (tend_export_dialog_get_format (TEND_EXPORT_DIALOG (dialog)), ==,
                   TEND_EXPORT_JSON);

  tend_export_dialog_export_to_file (TEND_EXPORT_DIALOG (dialog), file);
  tend_test_wait_until (hint_hidden_cb, window, "the note to go");
  g_assert_cmpint (g_settings_get_int64 (fixture->settings, "last-backup"), >=,
                   days_ago (0) - 60);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/backup-hint/dismiss", Fixture, NULL,
              fixture_set_up, test_dismiss, fixture_tear_down);
  g_test_add ("/tend/backup-hint/journal-only", Fixture, NULL,
              fixture_set_up, test_journal_only, fixture_tear_down);
  g_test_add ("/tend/backup-hint/turned-off", Fixture, NULL,
              fixture_set_up, test_turned_off, fixture_tear_down);
  g_test_add ("/tend/backup-hint/backup-hides", Fixture, NULL,
              fixture_set_up, test_backup_hides, fixture_tear_down);

  return g_test_run ();
}
