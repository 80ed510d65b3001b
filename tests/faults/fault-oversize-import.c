/* fault-oversize-import.c — a backup whose month holds 20 entries of 900 kB: merged, the month
 * file would be 18 MB, over what the reader accepts, and the next start would move the whole
 * month, with the person's own entries, to damaged/. The import is refused before anything
 * is written: the journal's files are byte for byte as before, and after a restart every
 * entry loads and nothing is in damaged/.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-backup.h"
#include "../tend-test-records.h"

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
  GError **error = user_data;

  g_assert_false (tend_backup_apply_finish (TEND_BACKUP (source), result, error));
  g_assert_nonnull (*error);
}

/* Every file under @dir, by name, with its bytes. */
static GHashTable *
snapshot (const char *dir)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        contents = g_strdup ("(a folder)");
      else
        g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_hash_table_insert (files, g_strdup (name), contents);
    }

  return files;
}

static void
assert_same (GHashTable *before,
             GHashTable *after)
{
  GHashTableIter iter;
  gpointer name, contents;

  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &name, &contents))
    {
      g_test_message ("%s", (char *) name);
      g_assert_cmpstr (g_hash_table_lookup (after, name), ==, contents);
    }
}

static void
test_oversize_import (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("tend-fault-oversize-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "journal", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged", NULL);
  g_autofree char *path = g_build_filename (tmp, "big-backup.json", NULL);
  g_autofree char *words = g_strnfill (900 * 1000, 'w');
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = g_date_time_format (now, "%Y-%m");
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GDateTime) earlier = g_date_time_add_months (now, -1);
  g_autofree char *earlier_month = g_date_time_format (earlier, "%Y-%m");
  g_autofree char *earlier_day = g_date_time_format (earlier, "%Y-%m-01");
  g_autoptr(GDateTime) utc = g_date_time_new_now_utc ();
  g_autofree char *exported = g_date_time_format_iso8601 (utc);
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  TendImportPreview preview;
  TendStore *store;
  GString *json;

  /* The person's own entries, this month and last. */
  store = tend_test_open_store (dir, NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (i == 0 ? earlier_day : day,
                                                    "my own words, %u", i);
      g_autoptr(GDateTime) written = g_date_time_add_minutes (now, -10 - (int) i);

      tend_entry_set_updated (entry, written);
      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  g_assert_finalize_object (store);

  /* A small entry of last month, and twenty of 900 kB in this one. */
  json = g_string_new ("{ \"format\": \"tend-backup\", \"version\": 1, ");
  g_string_append_printf (json, "\"exported\": \"%s\", \"months\": ["
                          "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"%s\", "
                          "\"entries\": [{ \"id\": \"small\", \"created\": \"%sT08:00:00Z\", "
                          "\"updated\": \"%sT08:00:00Z\", \"day\": \"%s\", "
                          "\"text\": \"small\" }] }, "
                          "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"%s\", "
                          "\"entries\": [", exported, earlier_month, earlier_day, earlier_day,
                          earlier_day, month);
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json, "%s{ \"id\": \"big-%u\", \"created\": \"%sT00:00:00Z\", "
                            "\"updated\": \"%sT00:00:00Z\", \"day\": \"%s\", \"text\": \"%s\" }",
                            i > 0 ? ", " : "", i, day, day, day, words);
  g_string_append (json, "] }] }");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);

  before = snapshot (dir);

  /* As the window does it. */
  store = tend_test_open_store (dir, NULL);
  tend_backup_load_async (file, store, NULL, loaded_cb, &backup);
  while (backup == NULL)
    g_main_context_iteration (NULL, TRUE);
  tend_backup_preview (backup, store, &preview);
  g_assert_cmpuint (preview.new_entries, ==, 21);
  g_assert_false (tend_backup_check (backup, store, &error));
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_MONTH_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Import anyway (the window would not offer it): refused whole, the small month too. */
  tend_backup_apply_async (backup, store, NULL, NULL, NULL, applied_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_MONTH_TOO_LARGE);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 3);
  g_clear_object (&backup);
  tend_store_flush (store);
  g_assert_finalize_object (store);

  after = snapshot (dir);
  assert_same (before, after);

  /* The next start: every entry, nothing moved aside. */
  store = tend_test_open_store (dir, NULL);
  tend_test_load_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 3);
  g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (store);

  tend_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tend/faults/oversize-import", test_oversize_import);

  return g_test_run ();
}
