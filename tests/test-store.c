/* test-store.c — the journal store: saving, loading, damage, the lock, undo and search.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tend-store.h"
#include "tend-test-records.h"

/* A temporary journal folder. */
typedef TendTestDir Fixture;

#define fixture_setup tend_test_dir_setup
#define fixture_teardown tend_test_dir_teardown

static TendStore *
open_store (const char *dir,
            const char *today)
{
  g_autoptr(GDateTime) now = tend_test_time (today, 12, 0);

  return tend_test_open_store (dir, now);
}

static TendStore *
reopen (TendStore  *store,
        const char *dir,
        const char *today)
{
  TendStore *fresh;

  tend_store_flush (store);
  g_assert_finalize_object (store);
  fresh = open_store (dir, today);
  tend_test_load_all (fresh);

  return fresh;
}

static TendEntry *
entry_at (TendStore *store,
          guint      position)
{
  g_autoptr(TendEntry) entry = g_list_model_get_item (tend_store_get_entries (store), position);

  return entry;
}

/* ------------------------------------------------------------------------------------------ */

static void
test_add_and_reload (Fixture       *f,
                     gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  static const char *days[] = { "2025-02-03", "2026-11-23", "2026-10-01", "2024-06-30" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "Words for %s", days[i]);

      tend_entry_set_distress (entry, (int) i + 2);
      g_assert_true (tend_store_add_entry (store, entry, &error));
      g_assert_no_error (error);
    }

  /* Newest first, at once, before anything is on disk. */
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 4);
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 0)), ==, "2026-11-23");
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 3)), ==, "2024-06-30");

  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpuint (tend_store_get_months_total (store), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 4);
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 0)), ==, "2026-11-23");
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, "Words for 2026-11-23");
  g_assert_cmpint (tend_entry_get_distress (entry_at (store, 0)), ==, 3);
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 1)), ==, "2026-10-01");
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 2)), ==, "2025-02-03");
  g_assert_cmpstr (tend_entry_get_day (entry_at (store, 3)), ==, "2024-06-30");

  /* One file a month, private. */
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *month = tend_month_for_day (days[i]);
      g_autofree char *name = g_strconcat (month, ".json", NULL);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }

  g_assert_finalize_object (store);
}

static void
test_recent_only (Fixture       *f,
                  gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  static const char *days[] = { "2026-11-02", "2026-10-30", "2026-09-15", "2020-01-01" };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "entry %u", i);

      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  /* The first window needs this month and the last; older ones wait for load_all. */
  store = open_store (f->dir, "2026-11-24");
  g_assert_false (tend_store_get_loaded (store));
  g_assert_cmpuint (tend_store_get_months_total (store), ==, 4);
  g_assert_cmpuint (tend_store_get_months_loaded (store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);

  tend_test_load_all (store);
  g_assert_cmpuint (tend_store_get_months_loaded (store), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 4);
  g_assert_finalize_object (store);
}

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_load_all_finish (TEND_STORE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* A second load_all while the first reads waits for that read, and both hear it end. */
static void
test_load_all_twice (Fixture       *f,
                     gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  gboolean first = FALSE, second = FALSE;

  for (guint m = 1; m <= 6; m++)
    {
      g_autofree char *day = g_strdup_printf ("2024-%02u-10", m);
      g_autoptr(TendEntry) entry = tend_test_entry (day, "month %u", m);

      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  store = open_store (f->dir, "2026-11-24");
  tend_store_load_all_async (store, NULL, load_all_cb, &first);
  tend_store_load_all_async (store, NULL, load_all_cb, &second);
  while (!first || !second)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (tend_store_get_loaded (store));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 6);
  g_assert_finalize_object (store);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *last = user_data;
  guint now = tend_store_get_months_loaded (TEND_STORE (object));

  /* Progress only moves forward. */
  g_assert_cmpuint (now, >=, *last);
  *last = now;
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  guint last = 0;

  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *day = g_strdup_printf ("2023-%02u-10", m);
      g_autoptr(TendEntry) entry = tend_test_entry (day, "month %u", m);

      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  store = open_store (f->dir, "2026-11-24");
  g_assert_cmpuint (tend_store_get_months_loaded (store), ==, 0);
  g_signal_connect (store, "notify::months-loaded", G_CALLBACK (count_notify), &last);
  tend_test_load_all (store);
  g_assert_cmpuint (last, ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 12);
  g_assert_finalize_object (store);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-20", "first words");
  g_autoptr(GDateTime) before = NULL;
  g_autofree char *id = g_strdup (tend_entry_get_id (entry));
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_add_entry (store, entry, NULL));
  before = g_date_time_ref (tend_entry_get_updated (entry));

  /* Many quick edits: the file ends with the last one. */
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *text = g_strdup_printf ("edit number %u", i);

      tend_entry_set_text (entry, text);
      g_assert_true (tend_store_update_entry (store, entry, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (g_date_time_compare (tend_entry_get_updated (entry), before), >=, 0);
  g_clear_object (&entry);

  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, id)), ==, "edit number 49");
  g_assert_finalize_object (store);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) keep = tend_test_entry ("2026-11-10", "stays");
  g_autoptr(TendEntry) gone = tend_test_entry ("2026-11-11", "goes, then comes back");
  g_autofree char *id = g_strdup (tend_entry_get_id (gone));
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_add_entry (store, keep, NULL));
  g_assert_true (tend_store_add_entry (store, gone, NULL));

  g_assert_true (tend_store_delete_entry (store, gone, &error));
  g_assert_no_error (error);
  g_assert_null (tend_store_find_entry (store, id));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);

  /* On disk: the entry is gone and a tombstone says when. */
  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "goes, then comes back"));
  g_assert_nonnull (strstr (contents, id));
  g_clear_pointer (&contents, g_free);

  g_assert_true (tend_store_undo_delete (store, id, &error));
  g_assert_no_error (error);
  g_assert_true (tend_store_find_entry (store, id) == gone);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);
  g_assert_false (tend_store_undo_delete (store, id, NULL));

  g_clear_object (&keep);
  g_clear_object (&gone);
  store = reopen (store, f->dir, "2026-11-24");
  g_assert_nonnull (tend_store_find_entry (store, id));
  {
    g_autoptr(TendMonthFile) file = tend_month_file_load (path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (tend_month_file_get_deleted (file)->len, ==, 0);
  }
  g_assert_finalize_object (store);
}

static void
damaged_cb (TendStore    *store,
            const char   *month,
            const char   *moved_to,
            const GError *error,
            GPtrArray    *seen)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_ptr_array_add (seen, g_strdup (month));
  g_ptr_array_add (seen, g_strdup (moved_to));
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  static const char garbage[] = "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"20";
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bad = g_build_filename (f->dir, "2025-03.json", NULL);
  g_autofree char *bad_recent = g_build_filename (f->dir, "2026-10.json", NULL);
  g_autofree char *kept = NULL;

  for (guint i = 0; i < 3; i++)
    {
      static const char *days[] = { "2025-02-01", "2025-04-01", "2026-11-01" };
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "fine %u", i);

      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  g_assert_true (g_file_set_contents (bad, garbage, -1, NULL));
  g_assert_true (g_file_set_contents (bad_recent, "\xff\xfe not text", -1, NULL));

  store = tend_store_new (f->dir);
  g_signal_connect (store, "damaged", G_CALLBACK (damaged_cb), seen);
  {
    g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);

    g_assert_true (tend_store_load_recent (store, now, NULL));
  }
  /* The damaged recent month is reported before the window shows. */
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "2026-10");
  tend_test_load_all (store);
  g_assert_cmpuint (seen->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (seen, 2), ==, "2025-03");

  /* Kept aside byte for byte, never left where a save could replace it. */
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (bad_recent, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (seen, 3), f->dir));
  g_assert_nonnull (strstr (g_ptr_array_index (seen, 3), "damaged"));
  g_assert_true (g_file_get_contents (g_ptr_array_index (seen, 3), &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);

  /* Every other month loaded. */
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 3);

  /* Writing into a month that was damaged starts a new file; the damaged copy stays. */
  {
    g_autoptr(TendEntry) entry = tend_test_entry ("2025-03-09", "a new start");

    g_assert_true (tend_store_add_entry (store, entry, NULL));
    tend_store_flush (store);
    g_assert_true (g_file_test (bad, G_FILE_TEST_EXISTS));
    g_clear_pointer (&kept, g_free);
    g_assert_true (g_file_get_contents (g_ptr_array_index (seen, 3), &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, garbage);
  }

  g_assert_finalize_object (store);
}

/* Reading ahead gives load_recent the same entries it would read itself; it changes nothing
 * on disk, so a damaged recent month is still reported and kept aside by load_recent. A day
 * other than the one read for, and a store dropped before it loads, are fine too. */
static void
test_read_ahead (Fixture       *f,
                 gconstpointer  data)
{
  static const char garbage[] = "{ \"format\": \"tend-journal\", \"vers";
  static const char *days[] = { "2026-11-02", "2026-11-20", "2026-10-30", "2026-09-15" };
  g_autofree char *october = g_build_filename (f->dir, "2026-10.json", NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) today = tend_test_time ("2026-11-24", 12, 0);
  g_autoptr(GDateTime) next_month = tend_test_time ("2026-12-01", 0, 5);
  TendStore *store = open_store (f->dir, "2026-11-24");

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "entry of %s", days[i]);

      tend_entry_set_mood (entry, (int) i + 1);
      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  store = tend_store_new (f->dir);
  tend_store_read_ahead (store, today);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  g_assert_cmpuint (tend_store_get_months_loaded (store), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 3);
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, "entry of 2026-11-20");
  g_assert_cmpint (tend_entry_get_mood (entry_at (store, 0)), ==, 2);
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 2)), ==, "entry of 2026-10-30");
  /* Search keys are made by the reader thread as by load_recent. */
  {
    g_autoptr(GPtrArray) found = tend_store_search (store, "2026-10-30");

    g_assert_cmpuint (found->len, ==, 1);
  }
  tend_test_load_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 4);
  g_assert_finalize_object (store);

  /* Read for 24 November, opened on 1 December: November is taken, December has no file. */
  store = tend_store_new (f->dir);
  tend_store_read_ahead (store, today);
  g_assert_true (tend_store_load_recent (store, next_month, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);
  g_assert_finalize_object (store);

  /* Dropped while reading. */
  store = tend_store_new (f->dir);
  tend_store_read_ahead (store, today);
  g_assert_finalize_object (store);

  /* A damaged month: untouched by the reading ahead, kept aside by load_recent. */
  g_assert_true (g_file_set_contents (october, garbage, -1, NULL));
  store = tend_store_new (f->dir);
  g_signal_connect (store, "damaged", G_CALLBACK (damaged_cb), seen);
  tend_store_read_ahead (store, today);
  g_usleep (G_USEC_PER_SEC / 10);
  g_assert_true (g_file_test (october, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "2026-10");
  g_assert_false (g_file_test (october, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);
  g_assert_finalize_object (store);
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  TendStore *first = open_store (f->dir, "2026-11-24");
  g_autoptr(TendStore) second = tend_store_new (f->dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 9, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-24", "only one writer");

  g_assert_false (tend_store_load_recent (second, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* Nor can it write around the lock. */
  g_assert_false (tend_store_add_entry (second, entry, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* Once the first one is gone, the journal can be opened again. */
  g_assert_finalize_object (first);
  g_assert_true (tend_store_load_recent (second, now, &error));
  g_assert_no_error (error);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-05", "written by a future Tend");
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);
  g_autofree char *future = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) version = g_regex_new ("\"version\"\\s*:\\s*1", 0, 0, NULL);
  TendEntry *loaded;

  g_assert_true (tend_store_add_entry (store, entry, NULL));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  g_clear_object (&entry);

  g_assert_true (g_file_get_contents (path, &future, NULL, NULL));
  {
    g_autofree char *bumped = g_regex_replace_literal (version, future, -1, 0,
                                                       "\"version\": 99", 0, NULL);

    g_free (future);
    future = g_steal_pointer (&bumped);
  }
  g_assert_true (g_file_set_contents (path, future, -1, NULL));

  store = open_store (f->dir, "2026-11-24");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);
  loaded = entry_at (store, 0);
  tend_entry_set_text (loaded, "an edit that must not be written");
  g_assert_false (tend_store_update_entry (store, loaded, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_READ_ONLY);
  /* The person reads the month as they know it, not its file name. */
  g_assert_nonnull (strstr (error->message, "November 2026"));
  g_assert_null (strstr (error->message, "2026-11"));
  g_clear_error (&error);
  {
    g_autoptr(TendEntry) another = tend_test_entry ("2026-11-06", "nor a new entry");

    g_assert_false (tend_store_add_entry (store, another, &error));
    g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_READ_ONLY);
  }

  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, future);
  g_assert_finalize_object (store);
}

static void
test_on_demand (Fixture       *f,
                gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) old = tend_test_entry ("2021-05-05", "an old entry");
  g_autofree char *old_id = g_strdup (tend_entry_get_id (old));

  g_assert_true (tend_store_add_entry (store, old, NULL));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  g_clear_object (&old);

  /* 2021-05 is on disk but not read; adding to it must not replace what is there. */
  store = open_store (f->dir, "2026-11-24");
  {
    g_autoptr(TendEntry) late = tend_test_entry ("2021-05-06", "written later about that day");

    g_assert_true (tend_store_add_entry (store, late, NULL));
  }
  tend_test_load_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);

  store = reopen (store, f->dir, "2026-11-24");
  g_assert_nonnull (tend_store_find_entry (store, old_id));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 2);
  g_assert_finalize_object (store);
}

static void
test_sessions (Fixture       *f,
               gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(GDateTime) started = tend_test_time ("2026-11-22", 22, 10);
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new (id, started,
                                                                        "box-breathing");
  g_autoptr(TendGroundingSession) loaded = NULL;

  tend_grounding_session_set_distress_before (session, 7);
  g_assert_true (tend_store_add_session (store, session, NULL));
  tend_grounding_session_set_seconds (session, 240);
  tend_grounding_session_set_completed (session, TRUE);
  tend_grounding_session_set_distress_after (session, 4);
  tend_grounding_session_set_note (session, "the cool glass helped");
  g_assert_true (tend_store_update_session (store, session, NULL));
  g_clear_object (&session);

  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_sessions (store)), ==, 1);
  loaded = g_list_model_get_item (tend_store_get_sessions (store), 0);
  g_assert_cmpstr (tend_grounding_session_get_id (loaded), ==, id);
  g_assert_cmpstr (tend_grounding_session_get_exercise (loaded), ==, "box-breathing");
  g_assert_cmpuint (tend_grounding_session_get_seconds (loaded), ==, 240);
  g_assert_true (tend_grounding_session_get_completed (loaded));
  g_assert_cmpint (tend_grounding_session_get_distress_before (loaded), ==, 7);
  g_assert_cmpint (tend_grounding_session_get_distress_after (loaded), ==, 4);
  g_assert_cmpstr (tend_grounding_session_get_note (loaded), ==, "the cool glass helped");
  g_clear_object (&loaded);
  g_assert_finalize_object (store);
}

static void
test_save_failure (Fixture       *f,
                   gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-24", "first words");
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);
  guint failures = 0;

  g_assert_true (tend_store_add_entry (store, entry, NULL));
  tend_store_flush (store);
  g_assert_null (tend_store_get_save_error (store));

  /* Make the next write fail: a folder now stands where the file goes (root ignores modes). */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_signal_connect_swapped (store, "save-failed", G_CALLBACK (tend_test_count), &failures);

  tend_entry_set_text (entry, "words the disk refused");
  g_assert_true (tend_store_update_entry (store, entry, NULL));
  tend_store_flush (store);
  while (failures == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (tend_store_get_save_error (store));

  /* Still in memory, so nothing is lost while the disk says no. */
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, "words the disk refused");

  /* When the disk is back, the next change writes everything. */
  g_assert_cmpint (g_rmdir (path), ==, 0);
  tend_entry_set_text (entry, "words the disk took");
  g_assert_true (tend_store_update_entry (store, entry, NULL));
  g_clear_object (&entry);
  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, "words the disk took");
  g_assert_finalize_object (store);
}

/* Words too many for one month's file are refused with the reason, never written: the file
 * on disk keeps what it held, reads back at the next start, and nothing is moved aside. */
static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-24", "first words");
  g_autoptr(TendEntry) pasted = NULL;
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged", NULL);
  g_autofree char *huge = g_strnfill (TEND_MONTH_FILE_MAX_BYTES, 'w');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint failures = 0;

  g_assert_true (tend_store_add_entry (store, entry, NULL));
  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_signal_connect_swapped (store, "save-failed", G_CALLBACK (tend_test_count), &failures);

  /* Pasted into the entry being written: refused, told, and still in memory (the window). */
  tend_entry_set_text (entry, huge);
  g_assert_false (tend_store_update_entry (store, entry, &error));
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "The entries of 2026-11 would take 16.8"));
  g_assert_cmpuint (failures, ==, 1);
  g_assert_error (tend_store_get_save_error (store), TEND_MONTH_FILE_ERROR,
                  TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, huge);
  g_clear_error (&error);
  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* A new entry that would not fit is not taken at all. */
  tend_entry_set_text (entry, "first words, and a few more");
  g_assert_true (tend_store_update_entry (store, entry, NULL));
  pasted = tend_test_entry ("2026-11-25", "%s", huge);
  g_assert_false (tend_store_add_entry (store, pasted, &error));
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_cmpuint (failures, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);
  g_assert_null (tend_store_find_entry (store, tend_entry_get_id (pasted)));
  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "first words, and a few more"));
  g_assert_null (strstr (after, "wwwwwwww"));

  g_clear_object (&entry);
  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);
  g_assert_cmpstr (tend_entry_get_text (entry_at (store, 0)), ==, "first words, and a few more");
  g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (store);
}

/* An import saves each month it changes once, when it ends, not once a record: saving
 * serialises the whole month, so a save per record made importing quadratic. */
static void
test_import_batch (Fixture       *f,
                   gconstpointer  data)
{
  TendStore *store = open_store (f->dir, "2026-11-24");
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);
  g_autoptr(TendEntry) first = tend_test_entry ("2026-11-01", "already here");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  tend_test_load_all (store);
  g_assert_true (tend_store_add_entry (store, first, NULL));
  tend_store_flush (store);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  tend_store_import_begin (store);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-02", "imported %u", i);

      g_assert_true (tend_store_import_entry (store, entry, NULL));
    }
  /* The replaced entry is found in a list of 201 (by a binary search) and stays one. */
  {
    g_autoptr(TendEntry) newer = tend_entry_new (tend_entry_get_id (first),
                                                 tend_entry_get_created (first));
    g_autoptr(GDateTime) later = tend_test_time ("2026-11-03", 10, 0);

    tend_entry_set_day (newer, "2026-11-01");
    tend_entry_set_text (newer, "the backup's words");
    tend_entry_set_updated (newer, later);
    g_assert_true (tend_store_import_entry (store, newer, NULL));
  }
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 201);
  g_assert_cmpstr (tend_entry_get_text (first), ==, "the backup's words");

  /* Nothing written record by record: a change outside the import is saved at once, and the
   * writer goes in order, so once it is on disk a save queued before it would be too. */
  {
    g_autoptr(TendEntry) other = tend_test_entry ("2026-10-30", "typed meanwhile");
    g_autofree char *october = g_build_filename (f->dir, "2026-10.json", NULL);

    g_assert_true (tend_store_add_entry (store, other, NULL));
    while (!g_file_test (october, G_FILE_TEST_EXISTS))
      g_usleep (1000);
  }
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  g_assert_true (tend_store_import_end (store, &error));
  g_assert_no_error (error);
  g_clear_object (&first);
  store = reopen (store, f->dir, "2026-11-24");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 202);
  g_assert_finalize_object (store);
}

/* ------------------------------------------------------------------------------------------ */

typedef struct {
  const char *text;
  const char *tags[3];
} SearchCase;

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  static const SearchCase cases[] = {
    { "Café with Mara: I said what I needed.", { NULL } },
    { "A walk by the river, slow and quiet.", { "Nature", NULL } },
    { "Über die Grenze gesprochen, ruhig.", { "partner", NULL } },
    { "STRASSE and straße are one word", { NULL } },
    { "Nothing to see here.", { "cafeteria", NULL } },
  };
  TendStore *store = open_store (f->dir, "2026-11-24");
  struct {
    const char *query;
    guint       n;
    int         first;  /* index in cases of the newest match, or -1 */
  } queries[] = {
    { "cafe", 2, 4 },          /* "Café" and the tag "cafeteria"; newest first */
    { "CAFÉ", 2, 4 },
    { "café mara", 1, 0 },     /* every word must match */
    { "nature", 1, 1 },        /* tags count */
    { "uber grenze", 1, 2 },
    { "strasse", 1, 3 },       /* ß folds to ss */
    { "partner", 1, 2 },
    { "volcano", 0, -1 },      /* no false matches */
    { "   ", 0, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-11-%02u", i + 1);
      g_autoptr(TendEntry) entry = tend_test_entry (day, "%s", cases[i].text);

      tend_entry_set_tags (entry, cases[i].tags);
      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) found = tend_store_search (store, queries[q].query);

      g_test_message ("query %s", queries[q].query);
      g_assert_cmpuint (found->len, ==, queries[q].n);
      if (queries[q].first >= 0)
        g_assert_cmpstr (tend_entry_get_text (g_ptr_array_index (found, 0)), ==,
                         cases[queries[q].first].text);
      for (guint i = 1; i < found->len; i++)
        g_assert_cmpstr (tend_entry_get_day (g_ptr_array_index (found, i - 1)), >,
                         tend_entry_get_day (g_ptr_array_index (found, i)));
    }

  /* An edit is searchable at once. */
  {
    TendEntry *entry = entry_at (store, 0);
    g_autoptr(GPtrArray) found = NULL;

    tend_entry_set_text (entry, "volcano");
    g_assert_true (tend_store_update_entry (store, entry, NULL));
    found = tend_store_search (store, "Volcano");
    g_assert_cmpuint (found->len, ==, 1);
  }

  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/tend/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add-and-reload", test_add_and_reload);
  ADD ("recent-only", test_recent_only);
  ADD ("load-all-twice", test_load_all_twice);
  ADD ("progress", test_progress);
  ADD ("update", test_update);
  ADD ("delete-undo", test_delete_undo);
  ADD ("damaged", test_damaged);
  ADD ("read-ahead", test_read_ahead);
  ADD ("lock", test_lock);
  ADD ("read-only", test_read_only);
  ADD ("on-demand", test_on_demand);
  ADD ("sessions", test_sessions);
  ADD ("save-failure", test_save_failure);
  ADD ("too-large", test_too_large);
  ADD ("import-batch", test_import_batch);
  ADD ("search", test_search);
#undef ADD

  return g_test_run ();
}
