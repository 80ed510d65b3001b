/* test-backup-dialog.c — the export dialog's choices reach the export; the import question says
 * what would change, and Import merges the backup.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "tend-export-dialog.h"
#if HAVE_SEAL
#include "tend-kdf.h"
#endif
#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-window.h"

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("tend-backup-dialog-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static TendStore *
open_store (const char *dir)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TendStore *store = tend_store_new (dir);

  g_assert_true (tend_store_load_recent (store, now, NULL));
  g_assert_true (tend_store_get_loaded (store));
  return store;
}

static void
add_entry (TendStore  *store,
           const char *day,
           const char *text)
{
  int y, m, d;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(TendEntry) entry = NULL;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  /* Written at midnight: never later than now, so a backup made now holds nothing dated in
   * its future. */
  created = g_date_time_new_local (y, m, d, 0, 0, 0);
  entry = tend_entry_new (NULL, created);
  tend_entry_set_text (entry, text);
  g_assert_true (tend_store_add_entry (store, entry, NULL));
}

static char *
day_from_now (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The @n-th calendar below @root, in child order (popovers are children of their button). */
static GtkCalendar *
find_calendar (GtkWidget *root,
               guint     *n)
{
  if (GTK_IS_CALENDAR (root) && (*n)-- == 0)
    return GTK_CALENDAR (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCalendar *found = find_calendar (child, n);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* As a click on @day would: GtkCalendar is silent when only the month differs, the button
 * hears the click itself; here the signal stands for it. */
static void
select_day (GtkCalendar *calendar,
            const char  *day)
{
  int y, m, d;
  g_autoptr(GDateTime) date = NULL;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  gtk_calendar_select_day (calendar, date);
  g_signal_emit_by_name (calendar, "day-selected");
}

static char *
calendar_day (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
exported_cb (TendExportDialog  *dialog,
             GFile             *file,
             GFile            **written)
{
  g_assert_null (*written);
  *written = g_object_ref (file);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* Every choice the dialog offers becomes the export it makes. */
static void
test_export_choices (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *today = day_from_now (0);
  g_autofree char *month_ago = NULL;
  g_autofree char *long_ago = day_from_now (-90);
  g_autofree char *yesterday = day_from_now (-1);
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) written = NULL;
  TendStore *store = open_store (journal);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  TendExportDialog *dialog;
  GtkWidget *from_row;
  guint n;
  gboolean closed = FALSE;

  add_entry (store, long_ago, "Words from three months ago");
  add_entry (store, yesterday, "Words from yesterday");

  tend_test_show_window (window, 800, 700);
  dialog = TEND_EXPORT_DIALOG (tend_export_dialog_new (store));
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), &written);
  g_signal_connect_swapped (dialog, "closed", G_CALLBACK (tend_test_set_true), &closed);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  tend_test_save_screenshot (GTK_WIDGET (window), "export-dialog");

  /* At first: a JSON backup of everything, named after today. */
  g_assert_cmpint (tend_export_dialog_get_format (dialog), ==, TEND_EXPORT_JSON);
  tend_export_dialog_get_range (dialog, &first, &last);
  g_assert_null (first);
  g_assert_null (last);
  name = tend_export_dialog_dup_file_name (dialog);
  g_assert_true (g_str_has_prefix (name, "tend-backup-"));
  g_assert_true (g_str_has_suffix (name, ".json"));
  g_assert_nonnull (strstr (name, today));
  g_clear_pointer (&name, g_free);

  /* Rows choose as their check buttons do (a click or Enter on the row). */
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  g_assert_cmpint (tend_export_dialog_get_format (dialog), ==, TEND_EXPORT_MARKDOWN);
  name = tend_export_dialog_dup_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".md"));
  tend_test_activate_row (GTK_WIDGET (dialog), "Plain Text");
  g_assert_cmpint (tend_export_dialog_get_format (dialog), ==, TEND_EXPORT_TEXT);
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");

  /* The days are offered only once asked for; the last month up to today, at first. */
  from_row = tend_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "From");
  g_assert_nonnull (from_row);
  g_assert_false (gtk_widget_get_sensitive (from_row));
  tend_test_activate_row (GTK_WIDGET (dialog), "Only Some Days");
  g_assert_true (gtk_widget_get_sensitive (from_row));
  tend_export_dialog_get_range (dialog, &first, &last);
  g_assert_cmpstr (last, ==, today);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) then = g_date_time_add_months (now, -1);

    month_ago = g_date_time_format (then, "%Y-%m-%d");
    g_assert_cmpstr (first, ==, month_ago);
  }
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);

  /* Days picked the wrong way round still mean the days between. */
  n = 0;
  select_day (find_calendar (GTK_WIDGET (dialog), &n), today);
  n = 1;
  select_day (find_calendar (GTK_WIDGET (dialog), &n), month_ago);
  tend_export_dialog_get_range (dialog, &first, &last);
  g_assert_cmpstr (first, ==, month_ago);
  g_assert_cmpstr (last, ==, today);

  /* The export writes those choices, says so, and the dialog closes. */
  tend_export_dialog_export_to_file (dialog, file);
  tend_test_wait_until (is_set, &written, "the export");
  g_assert_true (g_file_equal (written, file));
  tend_test_wait_until (tend_test_is_true, &closed, "the dialog to close");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Tend Journal\n"));
  g_assert_nonnull (strstr (contents, "Words from yesterday"));
  g_assert_null (strstr (contents, "Words from three months ago"));

  gtk_window_destroy (window);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

/* Looking at other months is not choosing a day: the export covers the days the buttons show,
 * and the calendar opens on the chosen day again. */
static void
test_export_month_is_not_a_day (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *six_weeks_ago = day_from_now (-45);
  g_autofree char *yesterday = day_from_now (-1);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last_after = NULL;
  g_autofree char *label = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) written = NULL;
  TendStore *store = open_store (journal);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  TendExportDialog *dialog;
  AdwActionRow *from;
  GtkMenuButton *button;
  GtkCalendar *calendar;
  GtkWidget *back;
  guint n = 0;

  add_entry (store, six_weeks_ago, "Words from six weeks ago");
  add_entry (store, yesterday, "Words from yesterday");

  tend_test_show_window (window, 800, 700);
  dialog = TEND_EXPORT_DIALOG (tend_export_dialog_new (store));
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), &written);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  tend_test_activate_row (GTK_WIDGET (dialog), "Only Some Days");
  tend_export_dialog_get_range (dialog, &first, &last);

  from = ADW_ACTION_ROW (tend_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "From"));
  button = GTK_MENU_BUTTON (tend_test_find_type (GTK_WIDGET (from), GTK_TYPE_MENU_BUTTON));
  label = g_strdup (gtk_menu_button_get_label (button));
  calendar = find_calendar (GTK_WIDGET (dialog), &n);
  gtk_menu_button_popup (button);
  tend_test_wait_frames (GTK_WIDGET (window), 2);

  /* The calendar's first button goes a month back. */
  back = tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON);
  g_assert_nonnull (back);
  g_signal_emit_by_name (back, "clicked");
  g_signal_emit_by_name (back, "clicked");
  shown = calendar_day (calendar);
  g_assert_cmpstr (shown, <, six_weeks_ago);

  tend_export_dialog_get_range (dialog, &first_after, &last_after);
  g_assert_cmpstr (first_after, ==, first);
  g_assert_cmpstr (last_after, ==, last);
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, label);

  gtk_menu_button_popdown (button);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_clear_pointer (&shown, g_free);
  shown = calendar_day (calendar);
  g_assert_cmpstr (shown, ==, first);

  /* The export holds the last month still, not the months looked at. */
  tend_export_dialog_export_to_file (dialog, file);
  tend_test_wait_until (is_set, &written, "the export");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Words from yesterday"));
  g_assert_null (strstr (contents, "Words from six weeks ago"));

  gtk_window_destroy (window);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

static gboolean
on_choose_page (gpointer data)
{
  GtkWidget *button = tend_test_find_button (data, GTK_TYPE_BUTTON, "Export…");

  return button != NULL && gtk_widget_get_sensitive (button);
}

/* Cancel writes nothing and goes back to the choices. */
static void
test_export_cancel (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *today = day_from_now (0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) written = NULL;
  TendStore *store = open_store (journal);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  AdwDialog *dialog;

  add_entry (store, today, "Words");
  tend_test_show_window (window, 800, 700);
  dialog = g_object_ref_sink (tend_export_dialog_new (store));
  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), &written);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 2);

  /* A small journal exports within a frame: cancel before the main loop turns. */
  g_assert_true (on_choose_page (dialog));
  tend_export_dialog_export_to_file (TEND_EXPORT_DIALOG (dialog), file);
  g_assert_false (on_choose_page (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  tend_test_wait_until (on_choose_page, dialog, "the choices again");
  g_assert_null (written);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  adw_dialog_force_close (dialog);
  g_object_unref (dialog);
  gtk_window_destroy (window);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

static AdwDialog *
visible_dialog (TendWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static gboolean
alert_shown (gpointer data)
{
  AdwDialog *dialog = visible_dialog (data);

  return dialog != NULL && ADW_IS_ALERT_DIALOG (dialog) &&
         g_strcmp0 (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)),
                    "Import Backup?") == 0;
}

static gboolean
import_button_shown (gpointer data)
{
  return tend_test_find_button (data, GTK_TYPE_BUTTON, "Import") != NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return visible_dialog (data) == NULL;
}

typedef struct {
  TendStore *store;
  guint      n;
} Count;

static gboolean
has_entries (gpointer data)
{
  Count *count = data;

  return g_list_model_get_n_items (tend_store_get_entries (count->store)) == count->n;
}

/* Import Backup… asks first, saying what would change, and merges on Import. */
static void
test_import_preview (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *source = g_build_filename (dir, "source", NULL);
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "tend-backup.json", NULL);
  g_autofree char *today = day_from_now (0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TendStore *from = open_store (source);
  TendStore *store;
  TendWindow *window;
  AdwDialog *alert;
  GtkWidget *button;
  const char *body;
  Count count;

  add_entry (from, today, "First");
  add_entry (from, today, "Second");
  g_assert_true (tend_backup_export (from, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (from);

  store = open_store (journal);
  add_entry (store, today, "Already here");
  window = tend_window_new (NULL, store);
  tend_test_show_window (GTK_WINDOW (window), 900, 700);

  /* The menu's action, with the test hook instead of the file chooser. */
  g_setenv ("TEND_TEST_FILE", path, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (alert_shown, window, "the import question");
  alert = visible_dialog (window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_test_message ("%s", body);
  g_assert_true (g_str_has_prefix (body, "This backup was made on "));
  g_assert_true (g_str_has_suffix (body, ".\n\n2 new entries"));
  tend_test_save_screenshot (GTK_WIDGET (window), "import-question");

  /* Nothing is merged before the answer. */
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);

  tend_test_wait_until (import_button_shown, alert, "the Import button");
  button = tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_BUTTON, "Import");
  g_signal_emit_by_name (button, "clicked");
  count.store = store;
  count.n = 3;
  tend_test_wait_until (has_entries, &count, "the merged entries");
  tend_test_wait_until (no_dialog, window, "the progress to close");

  /* Again: nothing new, and Cancel changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (alert_shown, window, "the import question again");
  alert = visible_dialog (window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_assert_nonnull (strstr (body, "Nothing to import"));
  g_assert_nonnull (strstr (body, "2 records are already up to date"));
  adw_dialog_close (alert);
  tend_test_wait_until (no_dialog, window, "the question to close");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 3);
  g_unsetenv ("TEND_TEST_FILE");

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

static gboolean
error_shown (gpointer data)
{
  AdwDialog *dialog = visible_dialog (data);

  return dialog != NULL && ADW_IS_ALERT_DIALOG (dialog) &&
         g_strcmp0 (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)),
                    "Could Not Import") == 0;
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

#define BACKUP_OPEN "{ \"format\": \"tend-backup\", \"version\": 1, " \
                    "\"exported\": \"2026-11-20T10:00:00Z\", \"months\": [ " \
                    "{ \"format\": \"tend-journal\", \"version\": 1, " \
                    "\"month\": \"2026-11\", \"entries\": ["
#define BACKUP_CLOSE "] } ] }"
#define BACKUP_ENTRY(id, updated, text) \
  "{ \"id\": \"" id "\", \"created\": \"2026-11-05T09:00:00Z\", \"updated\": \"" updated \
  "\", \"day\": \"2026-11-05\", \"text\": \"" text "\" }"

/* Records dated after the backup was made are listed apart, in words, and left out unless
 * the person ticks the box under them. */
static void
test_import_future (void)
{
  static const char backup_text[] =
    BACKUP_OPEN
    BACKUP_ENTRY ("fine", "2026-11-05T10:00:00Z", "before the backup") ","
    BACKUP_ENTRY ("far", "9999-01-01T00:00:00Z", "from the far future") ","
    BACKUP_ENTRY ("later", "2026-11-21T10:00:00Z", "a day after the backup")
    BACKUP_CLOSE;
  g_autofree char *dir = make_dir ();
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "tend-backup.json", NULL);
  TendStore *store = open_store (journal);
  TendWindow *window;
  AdwDialog *alert;
  GtkWidget *include;
  GtkWidget *button;
  const char *body;
  Count count = { store, 1 };

  write_text (path, backup_text);
  window = tend_window_new (NULL, store);
  tend_test_show_window (GTK_WINDOW (window), 900, 700);

  g_setenv ("TEND_TEST_FILE", path, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (alert_shown, window, "the import question");
  alert = visible_dialog (window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_test_message ("%s", body);
  g_assert_true (g_str_has_suffix (body, ".\n\n1 new entry\n\n"
                                   "2 entries are dated in the future\n"
                                   "Their dates are later than when this backup was made, so "
                                   "they may be wrong. They are left out unless you choose to "
                                   "include them."));
  tend_test_wait_until (import_button_shown, alert, "the Import button");
  include = tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_CHECK_BUTTON,
                                   "Include records dated in the future");
  g_assert_nonnull (include);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (include)));
  g_assert_true (gtk_widget_get_focusable (include));
  tend_test_save_screenshot (GTK_WIDGET (window), "import-future");

  /* As it is: only the entry made before the backup. */
  button = tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_BUTTON, "Import");
  g_signal_emit_by_name (button, "clicked");
  tend_test_wait_until (has_entries, &count, "the merged entry");
  tend_test_wait_until (no_dialog, window, "the progress to close");
  g_assert_nonnull (tend_store_find_entry (store, "fine"));
  g_assert_null (tend_store_find_entry (store, "far"));

  /* Again, ticking the box: the rest comes in too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (alert_shown, window, "the import question again");
  alert = visible_dialog (window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_assert_nonnull (strstr (body, "1 record is already up to date\n\n2 entries are dated"));
  tend_test_wait_until (import_button_shown, alert, "the Import button");
  include = tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_CHECK_BUTTON,
                                   "Include records dated in the future");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (include), TRUE);
  button = tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_BUTTON, "Import");
  g_signal_emit_by_name (button, "clicked");
  count.n = 3;
  tend_test_wait_until (has_entries, &count, "the entries dated in the future");
  tend_test_wait_until (no_dialog, window, "the progress to close");
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "far")), ==,
                   "from the far future");
  g_unsetenv ("TEND_TEST_FILE");

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

/* A backup that would make a month too large to read back is refused before the question,
 * with the month, the size and the limit; nothing is merged. */
static void
test_import_too_large (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "tend-backup.json", NULL);
  g_autofree char *words = g_strnfill (900 * 1000, 'w');
  GString *json = g_string_new (BACKUP_OPEN);
  g_autofree char *text = NULL;
  TendStore *store = open_store (journal);
  TendWindow *window;
  AdwDialog *alert;
  const char *body;

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json, "%s{ \"id\": \"big-%u\", \"created\": "
                            "\"2026-11-02T09:00:00Z\", \"updated\": \"2026-11-02T09:00:00Z\", "
                            "\"day\": \"2026-11-02\", \"text\": \"%s\" }",
                            i > 0 ? ", " : "", i, words);
  g_string_append (json, BACKUP_CLOSE);
  text = g_string_free (json, FALSE);
  write_text (path, text);

  window = tend_window_new (NULL, store);
  tend_test_show_window (GTK_WINDOW (window), 900, 700);
  g_setenv ("TEND_TEST_FILE", path, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (error_shown, window, "the refusal");
  alert = visible_dialog (window);
  body = adw_alert_dialog_get_body (ADW_ALERT_DIALOG (alert));
  g_assert_cmpstr (body, ==, "Nothing was imported: with this backup, the entries of 2026-11 "
                             "would take 18.0\u00a0MB, more than the 16.8\u00a0MB one month can "
                             "hold.");
  tend_test_save_screenshot (GTK_WIDGET (window), "import-too-large");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);
  adw_dialog_close (alert);
  tend_test_wait_until (no_dialog, window, "the refusal to close");
  g_unsetenv ("TEND_TEST_FILE");

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

#if HAVE_SEAL
static gboolean
secret_asked (gpointer data)
{
  AdwDialog *dialog = visible_dialog (data);

  return dialog != NULL && ADW_IS_ALERT_DIALOG (dialog) &&
         g_strcmp0 (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)),
                    "This Backup Is Protected") == 0 &&
         tend_test_find_button (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Open") != NULL;
}

static gboolean
secret_refused (gpointer data)
{
  AdwDialog *dialog = visible_dialog (data);

  return secret_asked (data) &&
         strstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)),
                 "does not open this backup") != NULL;
}

/* Types @secret into the question and answers Open, as a person would. */
static void
answer_secret (TendWindow *window,
               const char *secret)
{
  AdwDialog *alert = visible_dialog (window);
  GtkWidget *entry = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (alert));

  g_assert_true (GTK_IS_PASSWORD_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), secret);
  g_signal_emit_by_name (tend_test_find_button (GTK_WIDGET (alert), GTK_TYPE_BUTTON, "Open"),
                         "clicked");
}

/* A protected journal offers to protect its backup, and does so unless told not to; Markdown
 * and text cannot be protected. */
static void
test_export_protected (void)
{
  g_autofree char *dir = make_dir ();
  TendStore *store = open_store (dir);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  AdwDialog *dialog;
  GtkWidget *row;

  add_entry (store, "2026-11-02", "A line");
  tend_test_protect (store, "pass phrase", "ABCDE-FGHJK-MNPQR-STVWX-YZ234");
  tend_test_show_window (window, 800, 700);
  dialog = tend_export_dialog_new (store);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  tend_test_save_screenshot (GTK_WIDGET (window), "export-protected");

  row = tend_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW,
                            "Protect With Your Passphrase");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (row)));
  g_assert_cmpint (tend_export_dialog_get_format (TEND_EXPORT_DIALOG (dialog)), ==,
                   TEND_EXPORT_JSON_PROTECTED);
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  g_assert_cmpint (tend_export_dialog_get_format (TEND_EXPORT_DIALOG (dialog)), ==,
                   TEND_EXPORT_MARKDOWN);
  g_assert_false (gtk_widget_get_sensitive (row));

  adw_dialog_close (dialog);
  gtk_window_destroy (window);
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

/* Importing a protected backup asks for its passphrase, says so when it is wrong, and with
 * the right one goes on to the usual question. */
static void
test_import_protected (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *source = g_build_filename (dir, "source", NULL);
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "tend-backup.json", NULL);
  g_autofree char *today = day_from_now (0);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TendStore *from = open_store (source);
  TendStore *store;
  TendWindow *window;
  Count count;

  add_entry (from, today, "Kept safe");
  tend_test_protect (from, "pass phrase", "ABCDE-FGHJK-MNPQR-STVWX-YZ234");
  g_assert_true (tend_backup_export (from, TEND_EXPORT_JSON_PROTECTED, NULL, NULL, file, NULL,
                                     &error));
  g_assert_no_error (error);
  tend_store_flush (from);
  g_assert_finalize_object (from);

  store = open_store (journal);
  window = tend_window_new (NULL, store);
  tend_test_show_window (GTK_WINDOW (window), 900, 700);
  g_setenv ("TEND_TEST_FILE", path, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  tend_test_wait_until (secret_asked, window, "the passphrase question");
  tend_test_save_screenshot (GTK_WIDGET (window), "import-protected");

  answer_secret (window, "not the passphrase");
  tend_test_wait_until (secret_refused, window, "the wrong passphrase said so");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);

  answer_secret (window, "pass phrase");
  tend_test_wait_until (alert_shown, window, "the import question");
  tend_test_wait_until (import_button_shown, visible_dialog (window), "the Import button");
  g_signal_emit_by_name (tend_test_find_button (GTK_WIDGET (visible_dialog (window)),
                                                GTK_TYPE_BUTTON, "Import"), "clicked");
  count.store = store;
  count.n = 1;
  tend_test_wait_until (has_entries, &count, "the merged entry");
  tend_test_wait_until (no_dialog, window, "the progress to close");
  g_unsetenv ("TEND_TEST_FILE");

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}
#endif

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/backup-dialog/export-choices", test_export_choices);
  g_test_add_func ("/tend/backup-dialog/export-month-is-not-a-day",
                   test_export_month_is_not_a_day);
  g_test_add_func ("/tend/backup-dialog/export-cancel", test_export_cancel);
  g_test_add_func ("/tend/backup-dialog/import-preview", test_import_preview);
  g_test_add_func ("/tend/backup-dialog/import-future", test_import_future);
  g_test_add_func ("/tend/backup-dialog/import-too-large", test_import_too_large);
#if HAVE_SEAL
  tend_kdf_use_cheapest_for_tests ();
  g_test_add_func ("/tend/backup-dialog/export-protected", test_export_protected);
  g_test_add_func ("/tend/backup-dialog/import-protected", test_import_protected);
#endif

  return g_test_run ();
}
