/* fault-future-backup.c — a hostile backup from "9999": an update and tombstones dated in the
 * far future. Imported as the window does (read once the journal is loaded, previewed, applied
 * in slices), by default nothing of the person's is replaced or deleted, and a good backup
 * imported afterwards still restores every entry.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-backup.h"
#include "../tend-test-records.h"

#define N_ENTRIES 12

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  TendBackup **backup = user_data;
  g_autoptr(GError) error = NULL;

  *backup = tend_backup_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
applied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_backup_apply_finish (TEND_BACKUP (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* As the window does it: read, preview, apply in slices, then quit (flush). */
static void
import (TendStore         *store,
        const char        *path,
        TendImportPreview *preview)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TendBackup) backup = NULL;
  gboolean done = FALSE;

  tend_backup_load_async (file, store, NULL, loaded_cb, &backup);
  while (backup == NULL)
    g_main_context_iteration (NULL, TRUE);

  tend_backup_preview (backup, store, preview);
  tend_backup_apply_async (backup, store, NULL, NULL, NULL, applied_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  tend_store_flush (store);
}

static char *
entry_id (guint i)
{
  return g_strdup_printf ("00000000-0000-4000-8000-%012u", i);
}

/* The person's journal, written over the last three months, and a good backup of it. */
static void
write_journal (const char *dir,
               const char *backup)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TendStore *store = tend_test_open_store (dir, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char *id = entry_id (i);
      g_autoptr(GDateTime) created = g_date_time_add_days (now, -1 - 7 * (int) i);
      g_autofree char *day = g_date_time_format (created, "%Y-%m-%d");
      g_autoptr(TendEntry) entry = tend_entry_new (id, created);

      tend_entry_set_day (entry, day);
      tend_entry_set_text (entry, "my own words");
      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }

  tend_test_load_all (store);
  g_assert_true (tend_backup_export (store, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error));
  g_assert_no_error (error);
  tend_store_flush (store);
  g_assert_finalize_object (store);
}

/* Made today, of the same months: the first entry "changed" in 9999, every other one
 * "deleted" in 9999. */
static void
write_hostile_backup (const char *dir,
                      const char *path)
{
  TendStore *store = tend_test_open_store (dir, NULL);
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *exported = g_date_time_format_iso8601 (now);
  g_autofree char *first = entry_id (0);
  GString *json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  tend_test_load_all (store);
  months = tend_store_dup_months (store);
  g_string_printf (json, "{ \"format\": \"tend-backup\", \"version\": 1, "
                   "\"exported\": \"%s\", \"months\": [", exported);
  for (guint m = 0; m < months->len; m++)
    {
      GPtrArray *entries = tend_month_file_get_entries (months->pdata[m]);
      g_autoptr(GString) deleted = g_string_new (NULL);

      g_string_append_printf (json, "%s{ \"format\": \"tend-journal\", \"version\": 1, "
                              "\"month\": \"%s\", \"entries\": [", m > 0 ? ", " : "",
                              tend_month_file_get_month (months->pdata[m]));
      for (guint i = 0; i < entries->len; i++)
        {
          TendEntry *entry = entries->pdata[i];
          g_autofree char *created = g_date_time_format_iso8601 (tend_entry_get_created (entry));

          if (g_str_equal (tend_entry_get_id (entry), first))
            g_string_append_printf (json, "{ \"id\": \"%s\", \"created\": \"%s\", "
                                    "\"updated\": \"9999-01-01T00:00:00Z\", \"day\": \"%s\", "
                                    "\"text\": \"replaced from the future\" }",
                                    first, created, tend_entry_get_day (entry));
          else
            g_string_append_printf (deleted, "%s{ \"id\": \"%s\", "
                                    "\"updated\": \"9999-01-01T00:00:00Z\" }",
                                    deleted->len > 0 ? ", " : "", tend_entry_get_id (entry));
        }
      g_string_append_printf (json, "], \"grounding\": [], \"deleted\": [%s] }", deleted->str);
    }
  g_string_append (json, "] }");
  g_clear_pointer (&months, g_ptr_array_unref);
  g_assert_finalize_object (store);

  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
  g_string_free (json, TRUE);
}

static void
assert_all_mine (const char *dir)
{
  TendStore *store = tend_test_open_store (dir, NULL);

  tend_test_load_all (store);

  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, N_ENTRIES);
  for (guint i = 0; i < N_ENTRIES; i++)
    {
      g_autofree char *id = entry_id (i);
      TendEntry *entry = tend_store_find_entry (store, id);

      g_assert_nonnull (entry);
      g_assert_cmpstr (tend_entry_get_text (entry), ==, "my own words");
      g_assert_cmpint (g_date_time_get_year (tend_entry_get_updated (entry)), <, 9999);
      g_assert_null (tend_store_get_deleted_time (store, id));
    }
  g_assert_finalize_object (store);
}

/* Into the person's journal: nothing replaced, nothing deleted, also after a restart. */
static void
test_into_journal (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("tend-fault-future-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "journal", NULL);
  g_autofree char *good = g_build_filename (tmp, "good.json", NULL);
  g_autofree char *hostile = g_build_filename (tmp, "hostile.json", NULL);
  TendImportPreview preview;
  TendStore *store;

  write_journal (dir, good);
  write_hostile_backup (dir, hostile);

  store = tend_test_open_store (dir, NULL);
  import (store, hostile, &preview);
  g_assert_cmpuint (preview.future_entries, ==, 1);
  g_assert_cmpuint (preview.future_removed_entries, ==, N_ENTRIES - 1);
  g_assert_cmpuint (preview.changed_entries + preview.removed_entries, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, N_ENTRIES);
  g_assert_finalize_object (store);

  assert_all_mine (dir);
  tend_test_remove_tree (tmp);
}

/* The journal is lost; the hostile backup comes first, the good one after: the good one still
 * restores every entry (a 9999 tombstone kept would have made it "already up to date"). */
static void
test_then_good_backup (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("tend-fault-future-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "journal", NULL);
  g_autofree char *good = g_build_filename (tmp, "good.json", NULL);
  g_autofree char *hostile = g_build_filename (tmp, "hostile.json", NULL);
  TendImportPreview preview;
  TendStore *store;

  write_journal (dir, good);
  write_hostile_backup (dir, hostile);
  tend_test_remove_tree (dir);

  store = tend_test_open_store (dir, NULL);
  import (store, hostile, &preview);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);
  g_assert_cmpuint (preview.future_entries, ==, 1);

  import (store, good, &preview);
  g_assert_cmpuint (preview.new_entries, ==, N_ENTRIES);
  g_assert_cmpuint (preview.unchanged_entries, ==, 0);
  g_assert_finalize_object (store);

  assert_all_mine (dir);
  tend_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tend/faults/future-backup/into-journal", test_into_journal);
  g_test_add_func ("/tend/faults/future-backup/then-good-backup", test_then_good_backup);

  return g_test_run ();
}
