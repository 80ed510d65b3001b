/* test-store-saving.c — a save that fails is kept, tried again and told; a damaged month that
 * cannot be moved aside is never written over; an entry moved to another month is on disk in
 * one of the two files at every moment, and a move that cannot be written changes nothing.
 *
 * The writes fail for real: the journal folder is swapped for a plain file (so every write
 * meets ENOTDIR), and swapped back when the "disk" returns. That works as root too, where
 * permission bits would not stop a write.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "tend-backup.h"
#include "tend-store.h"
#include "tend-test-records.h"

typedef struct {
  char      *root;
  char      *dir;
  char      *away;
  TendStore *store;
  guint      failures;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = tend_test_time ("2026-12-07", 12, 0);

  f->root = g_dir_make_tmp ("tend-saving-XXXXXX", NULL);
  g_assert_nonnull (f->root);
  f->dir = g_build_filename (f->root, "journal", NULL);
  f->away = g_build_filename (f->root, "journal.away", NULL);
  f->store = tend_test_open_store (f->dir, now);
  g_signal_connect_swapped (f->store, "save-failed", G_CALLBACK (tend_test_count), &f->failures);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  tend_test_remove_tree (f->root);
  g_free (f->root);
  g_free (f->dir);
  g_free (f->away);
}

/* The disk goes away: the folder becomes a file. */
static void
break_disk (Fixture *f)
{
  g_assert_cmpint (g_rename (f->dir, f->away), ==, 0);
  g_assert_true (g_file_set_contents (f->dir, "", 0, NULL));
}

static void
mend_disk (Fixture *f)
{
  g_assert_cmpint (g_unlink (f->dir), ==, 0);
  g_assert_cmpint (g_rename (f->away, f->dir), ==, 0);
}

static char *
month_text (Fixture    *f,
            const char *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

/* Runs the main context until @unsaved is what the store says, or fails after @seconds. */
static void
wait_unsaved (Fixture  *f,
              gboolean  unsaved,
              guint     seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (tend_store_get_unsaved (f->store) != unsaved && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (10000);
  g_assert_cmpint (tend_store_get_unsaved (f->store), ==, unsaved);
}

static TendEntry *
add (Fixture    *f,
     const char *day,
     const char *text)
{
  g_autoptr(GError) error = NULL;
  TendEntry *entry = tend_test_entry (day, "%s", text);

  g_assert_true (tend_store_add_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
test_kept_and_retried (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TendEntry) first = add (f, "2026-12-07", "before the disk went");
  g_autoptr(TendEntry) second = NULL;
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autofree char *text = NULL;
  guint notified = 0;

  tend_store_flush (f->store);
  g_signal_connect_swapped (f->store, "notify::unsaved", G_CALLBACK (tend_test_count), &notified);

  break_disk (f);
  second = add (f, "2026-12-07", "typed while the disk was gone");
  tend_store_flush (f->store);

  /* The writer itself knows at once; the window hears it on the main context. */
  unsaved = tend_store_dup_unsaved_months (f->store);
  g_assert_cmpuint (unsaved->len, ==, 1);
  g_assert_cmpstr (tend_month_file_get_month (g_ptr_array_index (unsaved, 0)), ==, "2026-12");
  wait_unsaved (f, TRUE, 5);
  g_assert_cmpuint (f->failures, >=, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_nonnull (tend_store_get_save_error (f->store));

  /* Asked to try again while the disk is still gone: still unsaved, still told. */
  tend_store_retry_saves (f->store);
  tend_store_flush (f->store);
  g_clear_pointer (&unsaved, g_ptr_array_unref);
  unsaved = tend_store_dup_unsaved_months (f->store);
  g_assert_cmpuint (unsaved->len, ==, 1);

  mend_disk (f);
  tend_store_retry_saves (f->store);
  tend_store_flush (f->store);
  wait_unsaved (f, FALSE, 5);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (tend_store_get_save_error (f->store));
  text = month_text (f, "2026-12");
  g_assert_nonnull (strstr (text, "before the disk went"));
  g_assert_nonnull (strstr (text, "typed while the disk was gone"));
}

/* Nobody asks: the writer tries again by itself, after a pause. */
static void
test_retried_alone (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autofree char *text = NULL;

  break_disk (f);
  entry = add (f, "2026-12-07", "waiting for the disk");
  wait_unsaved (f, TRUE, 5);
  mend_disk (f);
  /* The first pause is a second, the next two: a few seconds at most. */
  wait_unsaved (f, FALSE, 10);
  text = month_text (f, "2026-12");
  g_assert_nonnull (strstr (text, "waiting for the disk"));
}

/* Many months failing together (a conversion, an import) wait one pause, not one per month:
 * twelve failed writes once made the next try wait half a minute. */
static void
test_many_retried_soon (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 mended;

  break_disk (f);
  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *day = g_strdup_printf ("2025-%02u-10", month);

      g_ptr_array_add (entries, add (f, day, "a month waiting for the disk"));
    }
  tend_store_flush (f->store);
  wait_unsaved (f, TRUE, 5);

  mend_disk (f);
  mended = g_get_monotonic_time ();
  wait_unsaved (f, FALSE, 20);
  g_test_message ("saved %.1f s after the disk came back",
                  (g_get_monotonic_time () - mended) / (double) G_USEC_PER_SEC);
  /* One round failed: the next comes a second or two later, well before eight seconds. */
  g_assert_cmpint (g_get_monotonic_time () - mended, <, 8 * G_USEC_PER_SEC);
  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *name = g_strdup_printf ("2025-%02u", month);
      g_autofree char *text = month_text (f, name);

      g_assert_nonnull (strstr (text, "a month waiting for the disk"));
    }
}

/* A change made while a save is failing replaces the failed bytes, and the other months'
 * failed saves are tried again at once. */
static void
test_newer_change_wins (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TendEntry) december = NULL;
  g_autoptr(TendEntry) november = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dec = NULL;
  g_autofree char *nov = NULL;

  break_disk (f);
  december = add (f, "2026-12-07", "first draft");
  november = add (f, "2026-11-30", "a late note");
  tend_store_flush (f->store);
  wait_unsaved (f, TRUE, 5);

  mend_disk (f);
  tend_entry_set_text (december, "second draft");
  g_assert_true (tend_store_update_entry (f->store, december, &error));
  g_assert_no_error (error);
  tend_store_flush (f->store);
  wait_unsaved (f, FALSE, 5);

  dec = month_text (f, "2026-12");
  nov = month_text (f, "2026-11");
  g_assert_nonnull (strstr (dec, "second draft"));
  g_assert_null (strstr (dec, "first draft"));
  g_assert_nonnull (strstr (nov, "a late note"));
}

/* The store going away (the app quitting) tries once more what failed. */
static void
test_last_try_on_close (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autofree char *text = NULL;

  break_disk (f);
  entry = add (f, "2026-12-07", "saved on the way out");
  tend_store_flush (f->store);
  mend_disk (f);
  g_assert_finalize_object (g_steal_pointer (&f->store));

  text = month_text (f, "2026-12");
  g_assert_nonnull (strstr (text, "saved on the way out"));
}

/* What could not be saved can be copied elsewhere, as Markdown. */
static void
test_copy_of_unsaved (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autofree char *copy = NULL;

  break_disk (f);
  entry = add (f, "2026-12-07", "only in memory");
  tend_store_flush (f->store);
  unsaved = tend_store_dup_unsaved_months (f->store);
  copy = tend_backup_unsaved_to_markdown (unsaved, "still on the page", NULL);
  g_assert_nonnull (strstr (copy, "only in memory"));
  g_assert_nonnull (strstr (copy, "still on the page"));
  g_assert_true (strstr (copy, "still on the page") < strstr (copy, "only in memory"));
  mend_disk (f);
}

typedef struct {
  guint  count;
  char  *moved_to;
} Reports;

static void
count_damaged (Reports      *reports,
               const char   *month,
               const char   *moved_to,
               const GError *error)
{
  g_assert_cmpstr (month, ==, "2026-12");
  g_assert_nonnull (error);
  g_set_str (&reports->moved_to, moved_to);
  reports->count++;
}

/* A damaged month whose file cannot be moved aside (damaged/ is a plain file) is reported
 * once and never written over: changes to it are refused with a reason. */
static void
test_damaged_unmovable (Fixture       *f,
                        gconstpointer  data)
{
  const char *garbage = "{ \"format\": \"tend-journal\", \"entries\": [ broken";
  g_autofree char *path = g_build_filename (f->dir, "2026-12.json", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged", NULL);
  g_autoptr(GDateTime) now = tend_test_time ("2026-12-07", 12, 0);
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-12-07", "%s", "must not overwrite");
  g_autoptr(TendEntry) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  Reports reports = { 0 };

  g_clear_object (&f->store);
  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  g_assert_true (g_file_set_contents (damaged, "", 0, NULL));

  f->store = tend_store_new (f->dir);
  g_signal_connect_swapped (f->store, "damaged", G_CALLBACK (count_damaged), &reports);
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reports.count, ==, 1);
  g_assert_cmpstr (reports.moved_to, ==, "");

  g_assert_false (tend_store_add_entry (f->store, entry, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_false (tend_store_add_entry (f->store, entry, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  /* Other months are as writable as ever; reading them all reports December no more. */
  other = add (f, "2026-11-20", "november is fine");
  tend_store_flush (f->store);
  g_assert_false (tend_store_get_unsaved (f->store));
  tend_test_load_all (f->store);
  g_assert_cmpuint (reports.count, ==, 1);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, garbage);

  /* Still in the way: trying again moves nothing and says nothing new. */
  g_assert_cmpuint (tend_store_retry_damaged (f->store), ==, 0);
  g_assert_cmpuint (reports.count, ==, 1);

  /* The person moved the stray file: the damaged one goes aside, byte for byte, and the
   * month takes new words. */
  g_assert_cmpint (g_unlink (damaged), ==, 0);
  g_assert_cmpuint (tend_store_retry_damaged (f->store), ==, 1);
  g_assert_cmpuint (reports.count, ==, 2);
  g_assert_true (g_str_has_prefix (reports.moved_to, damaged));
  g_assert_true (g_file_get_contents (reports.moved_to, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);
  g_assert_true (tend_store_add_entry (f->store, entry, &error));
  g_assert_no_error (error);
  tend_store_flush (f->store);
  g_clear_pointer (&after, g_free);
  after = month_text (f, "2026-12");
  g_assert_nonnull (strstr (after, "must not overwrite"));
  g_free (reports.moved_to);
}

/* ------------------------------------------------------------------------------------------ */
/* Moving an entry to another day */

/* The journal as another Tend would find it on disk: opened afresh, every month read. */
static TendStore *
reopen (Fixture *f)
{
  g_autoptr(GDateTime) now = tend_test_time ("2026-12-07", 13, 0);
  TendStore *store;

  if (f->store != NULL)
    tend_store_flush (f->store);
  g_clear_object (&f->store);
  store = tend_test_open_store (f->dir, now);
  tend_test_load_all (store);
  return store;
}

static guint
count_text (TendStore  *store,
            const char *text)
{
  GListModel *entries = tend_store_get_entries (store);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      found += g_str_equal (tend_entry_get_text (entry), text);
    }
  return found;
}

static void
test_move_to_another_month (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(TendEntry) moving = add (f, "2026-12-05", "written about a November evening");
  g_autoptr(TendEntry) staying = add (f, "2026-12-06", "stays in December");
  g_autoptr(GDateTime) created = g_date_time_ref (tend_entry_get_created (moving));
  g_autoptr(GDateTime) before = g_date_time_ref (tend_entry_get_updated (moving));
  g_autofree char *id = g_strdup (tend_entry_get_id (moving));
  g_autoptr(TendEntry) second = NULL;
  g_autoptr(TendStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nov = NULL;
  g_autofree char *dec = NULL;
  TendEntry *found;

  tend_entry_set_distress (moving, 4);
  g_assert_true (tend_store_update_entry (f->store, moving, &error));
  tend_store_flush (f->store);

  g_assert_true (tend_store_move_entry (f->store, moving, "2026-11-20", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tend_entry_get_day (moving), ==, "2026-11-20");
  g_assert_true (tend_store_find_entry (f->store, id) == moving);
  /* The list stays sorted, newest day first. */
  second = g_list_model_get_item (tend_store_get_entries (f->store), 1);
  g_assert_true (second == moving);

  /* Its new month is on disk before the move returns, before the old month is rewritten. */
  nov = month_text (f, "2026-11");
  g_assert_nonnull (strstr (nov, "written about a November evening"));

  tend_store_flush (f->store);
  dec = month_text (f, "2026-12");
  g_assert_null (strstr (dec, "written about a November evening"));
  g_assert_nonnull (strstr (dec, "stays in December"));
  g_assert_false (tend_store_get_unsaved (f->store));

  /* Read back from disk: one copy, the same id, written when it was, changed now. */
  again = reopen (f);
  g_assert_cmpuint (count_text (again, "written about a November evening"), ==, 1);
  found = tend_store_find_entry (again, id);
  g_assert_nonnull (found);
  g_assert_cmpstr (tend_entry_get_day (found), ==, "2026-11-20");
  g_assert_true (g_date_time_equal (tend_entry_get_created (found), created));
  g_assert_cmpint (g_date_time_compare (tend_entry_get_updated (found), before), >, 0);
  g_assert_cmpint (tend_entry_get_distress (found), ==, 4);
}

static void
test_move_within_month (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TendEntry) entry = add (f, "2026-12-05", "a day later than I thought");
  g_autoptr(TendStore) again = NULL;
  g_autoptr(GError) error = NULL;

  tend_store_flush (f->store);
  g_assert_true (tend_store_move_entry (f->store, entry, "2026-12-06", &error));
  g_assert_no_error (error);
  /* Moving to the day it is on changes nothing. */
  g_assert_true (tend_store_move_entry (f->store, entry, "2026-12-06", &error));

  again = reopen (f);
  g_assert_cmpstr (tend_entry_get_day (tend_store_find_entry (again, tend_entry_get_id (entry))),
                   ==, "2026-12-06");
  g_assert_cmpuint (count_text (again, "a day later than I thought"), ==, 1);
}

/* The disk is gone when the move is asked: it does not happen, is said, and loses nothing. */
static void
test_move_cannot_write (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TendEntry) entry = add (f, "2026-12-05", "must not be lost on the way");
  g_autoptr(GDateTime) updated = g_date_time_ref (tend_entry_get_updated (entry));
  g_autoptr(TendStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TendEntry) first = NULL;
  g_autofree char *dec = NULL;
  g_autofree char *path = g_build_filename (f->dir, "2026-11.json", NULL);

  tend_store_flush (f->store);
  break_disk (f);
  g_assert_false (tend_store_move_entry (f->store, entry, "2026-11-20", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);

  /* In memory as before the move. */
  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2026-12-05");
  g_assert_true (g_date_time_equal (tend_entry_get_updated (entry), updated));
  g_assert_true (tend_store_find_entry (f->store, tend_entry_get_id (entry)) == entry);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (f->store)), ==, 1);
  first = g_list_model_get_item (tend_store_get_entries (f->store), 0);
  g_assert_true (first == entry);
  tend_store_flush (f->store);
  g_assert_false (tend_store_get_unsaved (f->store));

  /* On disk as before the move. */
  mend_disk (f);
  dec = month_text (f, "2026-12");
  g_assert_nonnull (strstr (dec, "must not be lost on the way"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  again = reopen (f);
  g_assert_cmpuint (count_text (again, "must not be lost on the way"), ==, 1);
}

/* The new month is written, the old one cannot be (its name is taken by a folder): the entry
 * is on disk in its new month, the old month's change is kept, told, and written when it can. */
static void
test_move_old_month_fails (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TendEntry) entry = add (f, "2026-12-05", "on disk somewhere, always");
  g_autofree char *old_path = g_build_filename (f->dir, "2026-12.json", NULL);
  g_autofree char *kept_path = g_build_filename (f->root, "2026-12.kept", NULL);
  g_autoptr(GPtrArray) unsaved = NULL;
  g_autoptr(TendStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nov = NULL;
  g_autofree char *dec = NULL;

  tend_store_flush (f->store);
  g_assert_cmpint (g_rename (old_path, kept_path), ==, 0);
  g_assert_cmpint (g_mkdir (old_path, 0700), ==, 0);

  g_assert_true (tend_store_move_entry (f->store, entry, "2026-11-20", &error));
  g_assert_no_error (error);
  nov = month_text (f, "2026-11");
  g_assert_nonnull (strstr (nov, "on disk somewhere, always"));

  tend_store_flush (f->store);
  unsaved = tend_store_dup_unsaved_months (f->store);
  g_assert_cmpuint (unsaved->len, ==, 1);
  g_assert_cmpstr (tend_month_file_get_month (g_ptr_array_index (unsaved, 0)), ==, "2026-12");
  wait_unsaved (f, TRUE, 5);
  g_assert_cmpuint (f->failures, >=, 1);

  /* The old month comes back, still holding the entry; the kept change takes it out. */
  g_assert_cmpint (g_rmdir (old_path), ==, 0);
  g_assert_cmpint (g_rename (kept_path, old_path), ==, 0);
  tend_store_retry_saves (f->store);
  tend_store_flush (f->store);
  wait_unsaved (f, FALSE, 5);
  dec = month_text (f, "2026-12");
  g_assert_null (strstr (dec, "on disk somewhere, always"));

  again = reopen (f);
  g_assert_cmpuint (count_text (again, "on disk somewhere, always"), ==, 1);
}

/* A move cut short between its two writes (the process killed, the power gone) leaves the
 * entry in both months: it is read once, as moved, and its old month loses the stale copy. */
typedef struct {
  const char *from;
  const char *to;
} MoveCase;

static void
test_move_cut_short (Fixture       *f,
                     gconstpointer  data)
{
  const MoveCase *move = data;
  g_autofree char *old_month = g_strndup (move->from, 7);
  g_autofree char *old_name = g_strconcat (old_month, ".json", NULL);
  g_autofree char *old_path = g_build_filename (f->dir, old_name, NULL);
  g_autofree char *stale = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TendEntry) entry = add (f, move->from, "moved, then the power went");
  g_autofree char *id = g_strdup (tend_entry_get_id (entry));
  g_autoptr(TendStore) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  /* The old month as it was before the move reached it. */
  tend_store_flush (f->store);
  g_assert_true (g_file_get_contents (old_path, &stale, &length, NULL));
  g_assert_true (tend_store_move_entry (f->store, entry, move->to, &error));
  g_assert_no_error (error);
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  g_assert_true (g_file_set_contents (old_path, stale, length, NULL));

  again = reopen (f);
  g_assert_cmpuint (count_text (again, "moved, then the power went"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (again)), ==, 1);
  g_assert_cmpstr (tend_entry_get_day (tend_store_find_entry (again, id)), ==, move->to);

  tend_store_flush (again);
  g_assert_true (g_file_get_contents (old_path, &after, NULL, NULL));
  g_assert_null (strstr (after, "moved, then the power went"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/tend/store-saving/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("kept-and-retried", test_kept_and_retried);
  ADD ("retried-alone", test_retried_alone);
  ADD ("many-retried-soon", test_many_retried_soon);
  ADD ("newer-change-wins", test_newer_change_wins);
  ADD ("last-try-on-close", test_last_try_on_close);
  ADD ("copy-of-unsaved", test_copy_of_unsaved);
  ADD ("damaged-unmovable", test_damaged_unmovable);
  ADD ("move-to-another-month", test_move_to_another_month);
  ADD ("move-within-month", test_move_within_month);
  ADD ("move-cannot-write", test_move_cannot_write);
  ADD ("move-old-month-fails", test_move_old_month_fails);
#undef ADD
  {
    /* The stale copy in the month read first, and in the month read last. */
    static const MoveCase back = { "2026-12-05", "2026-11-20" };
    static const MoveCase forth = { "2026-11-20", "2026-12-05" };

    g_test_add ("/tend/store-saving/move-cut-short/back", Fixture, &back, fixture_setup,
                test_move_cut_short, fixture_teardown);
    g_test_add ("/tend/store-saving/move-cut-short/forth", Fixture, &forth, fixture_setup,
                test_move_cut_short, fixture_teardown);
  }

  return g_test_run ();
}
