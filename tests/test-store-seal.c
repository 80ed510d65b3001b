/* test-store-seal.c — a journal protected with a passphrase, through the store: what is on
 * disk holds none of the words, a wrong passphrase moves nothing, damage with the right key is
 * kept aside byte for byte, a lock lets go of everything, and a conversion cut short resumes
 * the way it was going.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tend-backup.h"
#include "tend-store.h"
#include "tend-test-records.h"

#if HAVE_SEAL
#include "tend-kdf.h"
#include "tend-sealed-month.h"

#define PASSPHRASE "quiet harbour at dusk"
#define CODE       "ABCDE-FGHJK-MNPQR-STVWX-YZ234"
#define NEW_CODE   "7KQ2M-9XHTV-4B8RD-W3NPA-6JCEF"

static const char *days[] = { "2025-03-14", "2026-10-02", "2026-11-20", "2026-11-23" };

/* The journal of @dir: four entries in three months, each with a word of its own. */
static void
write_journal (const char *dir)
{
  g_autoptr(TendStore) store = tend_test_open_store (dir, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "marigold%u and the sea", i);
      g_autoptr(GError) error = NULL;

      g_assert_true (tend_store_add_entry (store, entry, &error));
      g_assert_no_error (error);
    }
  tend_store_flush (store);
}

static char *
month_path (const char *dir,
            const char *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
is_sealed (const char *dir,
           const char *month)
{
  g_autofree char *path = month_path (dir, month);
  g_autoptr(GBytes) bytes = tend_test_read_bytes (path);

  return tend_sealed_month_is_sealed (bytes);
}

static void
protect_journal (const char *dir)
{
  g_autoptr(TendStore) store = tend_test_open_store (dir, NULL);

  tend_test_protect (store, PASSPHRASE, CODE);
}

/* A store on @dir, unlocked with @secret and loaded whole. */
static TendStore *
open_unlocked (const char *dir,
               const char *secret)
{
  TendStore *store = tend_store_new (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_get_protected (store));
  g_assert_true (tend_store_get_locked (store));
  g_assert_true (tend_test_unlock (store, secret, &error));
  g_assert_no_error (error);
  g_assert_false (tend_store_get_locked (store));
  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  tend_test_load_all (store);
  return store;
}

static void
assert_all_entries (TendStore *store)
{
  GListModel *entries = tend_store_get_entries (store);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (days));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, G_N_ELEMENTS (days) - 1 - i);
      g_autofree char *text = g_strdup_printf ("marigold%u and the sea", i);

      g_assert_cmpstr (tend_entry_get_text (entry), ==, text);
    }
}

static void
test_round_trip (TendTestDir   *f,
                 gconstpointer  data)
{
  g_autoptr(TendStore) locked = NULL;
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendStore) by_code = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_build_filename (f->dir, "key.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_journal (f->dir);
  g_assert_true (tend_test_tree_contains (f->dir, "marigold1"));
  protect_journal (f->dir);

  /* Every month sealed, the key file beside them, and not one word anywhere. */
  g_assert_true (g_file_test (key, G_FILE_TEST_IS_REGULAR));
  g_assert_true (is_sealed (f->dir, "2025-03"));
  g_assert_true (is_sealed (f->dir, "2026-10"));
  g_assert_true (is_sealed (f->dir, "2026-11"));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *word = g_strdup_printf ("marigold%u", i);

      g_assert_false (tend_test_tree_contains (f->dir, word));
    }
  g_assert_false (tend_test_tree_contains (f->dir, "the sea"));

  /* Locked: nothing loads, and a wrong passphrase moves nothing. */
  locked = tend_store_new (f->dir);
  g_assert_true (tend_store_get_locked (locked));
  g_assert_false (tend_store_load_recent (locked, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
  g_clear_error (&error);
  before = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_false (tend_test_unlock (locked, "quiet harbour at dawn", &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_false (tend_test_unlock (locked, "ABCDE-FGHJK-MNPQR-STVWX-YZ235", &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_assert_true (tend_store_get_locked (locked));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (locked)), ==, 0);
  after = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_cmpstr (before, ==, after);

  /* The passphrase opens it, and so does the recovery code, typed loosely. */
  store = open_unlocked (f->dir, PASSPHRASE);
  assert_all_entries (store);
  g_clear_object (&store);
  by_code = open_unlocked (f->dir, "abcde fghjk mnpqr stvwx yz234");
  assert_all_entries (by_code);
}

/* Damage with the right key (a flipped bit, a cut) is kept aside byte for byte, like any
 * damage; the other months load. */
static void
check_damage (const char *dir,
              GBytes     *damaged_bytes)
{
  g_autofree char *path = month_path (dir, "2026-10");
  g_autoptr(TendStore) store = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDir) aside = NULL;
  g_autofree char *aside_dir = g_build_filename (dir, "damaged", NULL);
  g_autoptr(GBytes) kept_bytes = NULL;
  const char *name;
  guint damaged = 0;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (damaged_bytes, NULL),
                                      g_bytes_get_size (damaged_bytes), NULL));

  store = tend_store_new (dir);
  g_signal_connect_swapped (store, "damaged", G_CALLBACK (tend_test_count), &damaged);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tend_test_unlock (store, PASSPHRASE, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_assert_true (tend_store_load_recent (store, now, NULL));
  }
  tend_test_load_all (store);

  g_assert_cmpuint (damaged, ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==,
                    G_N_ELEMENTS (days) - 1);

  aside = g_dir_open (aside_dir, 0, NULL);
  g_assert_nonnull (aside);
  name = g_dir_read_name (aside);
  g_assert_nonnull (name);
  g_assert_true (g_str_has_prefix (name, "2026-10.json."));
  kept = g_build_filename (aside_dir, name, NULL);
  kept_bytes = tend_test_read_bytes (kept);
  g_assert_true (g_bytes_equal (kept_bytes, damaged_bytes));
}

static void
test_flipped_bit (TendTestDir   *f,
                  gconstpointer  data)
{
  g_autofree char *path = month_path (f->dir, "2026-10");
  g_autoptr(GBytes) sealed = NULL;
  g_autofree char *copy = NULL;
  char *ciphertext;
  gsize length;

  write_journal (f->dir);
  protect_journal (f->dir);

  sealed = tend_test_read_bytes (path);
  length = g_bytes_get_size (sealed);
  copy = g_strndup (g_bytes_get_data (sealed, NULL), length);
  ciphertext = strstr (copy, "\"ciphertext\"");
  g_assert_nonnull (ciphertext);
  ciphertext = strchr (ciphertext + strlen ("\"ciphertext\""), '"') + 4;
  /* One letter of base64 for another: one or two bits of the sealed month change. */
  *ciphertext = *ciphertext == 'A' ? 'B' : 'A';

  {
    g_autoptr(GBytes) flipped = g_bytes_new (copy, length);

    check_damage (f->dir, flipped);
  }
}

static void
test_truncated (TendTestDir   *f,
                gconstpointer  data)
{
  g_autofree char *path = month_path (f->dir, "2026-10");
  g_autoptr(GBytes) sealed = NULL;
  g_autoptr(GBytes) half = NULL;

  write_journal (f->dir);
  protect_journal (f->dir);

  sealed = tend_test_read_bytes (path);
  half = g_bytes_new_from_bytes (sealed, 0, g_bytes_get_size (sealed) / 2);
  check_damage (f->dir, half);
}

/* A month sealed by another journal's key is not damage: it stays where it is, untouched. */
static void
test_other_key (TendTestDir   *f,
                gconstpointer  data)
{
  g_autofree char *other = g_dir_make_tmp ("tend-other-XXXXXX", NULL);
  g_autofree char *theirs = month_path (other, "2026-10");
  g_autofree char *ours = month_path (f->dir, "2026-10");
  g_autoptr(GBytes) foreign = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  write_journal (f->dir);
  protect_journal (f->dir);
  write_journal (other);
  protect_journal (other);

  foreign = tend_test_read_bytes (theirs);
  g_assert_true (g_file_set_contents (ours, g_bytes_get_data (foreign, NULL),
                                      g_bytes_get_size (foreign), NULL));

  store = open_unlocked (f->dir, PASSPHRASE);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==,
                    G_N_ELEMENTS (days) - 1);

  /* Writing to that month is refused rather than writing over it. */
  entry = tend_test_entry ("2026-10-09", "a new line");
  g_assert_false (tend_store_add_entry (store, entry, &error));
  g_assert_nonnull (error);
  tend_store_flush (store);

  after = tend_test_read_bytes (ours);
  g_assert_true (g_bytes_equal (after, foreign));
  {
    g_autofree char *aside = g_build_filename (f->dir, "damaged", NULL);

    g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  }

  tend_test_remove_tree (other);
}

static void
test_lock (TendTestDir   *f,
           gconstpointer  data)
{
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  write_journal (f->dir);
  protect_journal (f->dir);
  store = open_unlocked (f->dir, PASSPHRASE);
  assert_all_entries (store);

  tend_store_lock (store);
  g_assert_true (tend_store_get_locked (store));
  g_assert_false (tend_store_get_loaded (store));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_sessions (store)), ==, 0);

  entry = tend_test_entry ("2026-11-24", "written while locked");
  g_assert_false (tend_store_add_entry (store, entry, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
  g_clear_error (&error);

  g_assert_true (tend_test_unlock (store, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  tend_test_load_all (store);
  assert_all_entries (store);
}

/* A lock while the older months are being read: what arrives after it is dropped unseen. */
static void
test_lock_while_loading (TendTestDir   *f,
                         gconstpointer  data)
{
  g_autoptr(TendStore) store = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 11, 24, 9, 0, 0);
  g_autoptr(GError) error = NULL;

  write_journal (f->dir);
  protect_journal (f->dir);
  store = tend_store_new (f->dir);

  g_assert_true (tend_test_unlock (store, PASSPHRASE, &error));
  g_assert_true (tend_store_load_recent (store, today, &error));
  g_assert_no_error (error);
  tend_store_load_all_async (store, NULL, NULL, NULL);
  tend_store_lock (store);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (100 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_true (tend_store_get_locked (store));
  g_assert_false (tend_store_get_loaded (store));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);
}

static void
test_unprotect (TendTestDir   *f,
                gconstpointer  data)
{
  g_autofree char *key = g_build_filename (f->dir, "key.json", NULL);
  g_autofree char *marker = g_build_filename (f->dir, "unsealing", NULL);
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendStore) plain = NULL;

  write_journal (f->dir);
  protect_journal (f->dir);
  store = open_unlocked (f->dir, PASSPHRASE);
  tend_test_unprotect (store);
  g_assert_false (tend_store_get_locked (store));
  assert_all_entries (store);
  g_clear_object (&store);

  g_assert_false (g_file_test (key, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_assert_false (is_sealed (f->dir, "2025-03"));
  g_assert_false (is_sealed (f->dir, "2026-11"));
  g_assert_true (tend_test_tree_contains (f->dir, "marigold3"));

  plain = tend_test_open_store (f->dir, NULL);
  g_assert_false (tend_store_get_protected (plain));
  tend_test_load_all (plain);
  assert_all_entries (plain);
}

/* Killed while sealing: some months still plain. Unlocking and loading seals the rest. */
static void
test_resume_sealing (TendTestDir   *f,
                     gconstpointer  data)
{
  g_autofree char *path = month_path (f->dir, "2025-03");
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(TendStore) store = NULL;

  write_journal (f->dir);
  plain = tend_test_read_bytes (path);
  protect_journal (f->dir);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (plain, NULL),
                                      g_bytes_get_size (plain), NULL));
  g_assert_false (is_sealed (f->dir, "2025-03"));

  store = open_unlocked (f->dir, PASSPHRASE);
  assert_all_entries (store);
  tend_test_wait_converted (store);
  tend_store_flush (store);
  g_assert_true (is_sealed (f->dir, "2025-03"));
  g_assert_false (tend_test_tree_contains (f->dir, "marigold0"));
}

/* Killed while turning protection off: the marker says which way; unlocking finishes it. */
static void
test_resume_unsealing (TendTestDir   *f,
                       gconstpointer  data)
{
  g_autofree char *key = g_build_filename (f->dir, "key.json", NULL);
  g_autofree char *marker = g_build_filename (f->dir, "unsealing", NULL);
  g_autoptr(TendStore) store = NULL;

  write_journal (f->dir);
  protect_journal (f->dir);
  g_assert_true (g_file_set_contents (marker, "", 0, NULL));

  store = open_unlocked (f->dir, PASSPHRASE);
  assert_all_entries (store);
  tend_test_wait_converted (store);
  g_assert_false (tend_store_get_protected (store));
  g_assert_false (g_file_test (key, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  g_assert_false (is_sealed (f->dir, "2026-10"));
  g_assert_true (tend_test_tree_contains (f->dir, "marigold1"));
}

static void
change_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_change_secret_finish (TEND_STORE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
assert_opens (const char *dir,
              const char *secret,
              gboolean    opens)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (tend_test_unlock (store, secret, &error), ==, opens);
  if (!opens)
    g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY);
}

static void
test_change_secrets (TendTestDir   *f,
                     gconstpointer  data)
{
  g_autoptr(TendStore) store = NULL;
  gboolean done = FALSE;

  write_journal (f->dir);
  protect_journal (f->dir);
  store = open_unlocked (f->dir, PASSPHRASE);

  tend_store_set_passphrase_async (store, "a new passphrase", NULL, change_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_opens (f->dir, PASSPHRASE, FALSE);
  assert_opens (f->dir, "a new passphrase", TRUE);
  assert_opens (f->dir, CODE, TRUE);

  done = FALSE;
  tend_store_set_recovery_code_async (store, NEW_CODE, NULL, change_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_opens (f->dir, CODE, FALSE);
  assert_opens (f->dir, NEW_CODE, TRUE);
  assert_opens (f->dir, "a new passphrase", TRUE);

  /* The store that changed them still writes with the same journal key. */
  {
    g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-25", "after the change");

    g_assert_true (tend_store_add_entry (store, entry, NULL));
    tend_store_flush (store);
  }
  g_clear_object (&store);
  store = open_unlocked (f->dir, "a new passphrase");
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==,
                    G_N_ELEMENTS (days) + 1);
}

static void
assert_checks (TendStore  *store,
               const char *secret,
               gboolean    right)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (tend_test_check_secret (store, secret, &error), ==, right);
  if (right)
    g_assert_no_error (error);
  else
    g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY);
}

/* Checking a passphrase, right or wrong, changes nothing: not a byte on disk, not the store's
 * state; it follows a changed passphrase, works while locked, and a plain journal has none. */
static void
test_check_secret (TendTestDir   *f,
                   gconstpointer  data)
{
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendStore) plain = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *elsewhere = g_build_filename (f->dir, "plain", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean done = FALSE;

  write_journal (f->dir);
  protect_journal (f->dir);
  store = open_unlocked (f->dir, PASSPHRASE);
  before = tend_test_snapshot_tree (f->dir, TRUE);

  assert_checks (store, PASSPHRASE, TRUE);
  assert_checks (store, "abcde fghjk mnpqr stvwx yz234", TRUE);
  assert_checks (store, "quiet harbour at dawn", FALSE);
  assert_checks (store, "ABCDE-FGHJK-MNPQR-STVWX-YZ235", FALSE);
  assert_checks (store, "", FALSE);
  after = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (tend_store_get_locked (store));
  assert_all_entries (store);

  /* After a change, the new passphrase is the right one at once. */
  tend_store_set_passphrase_async (store, "a new passphrase", NULL, change_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_checks (store, PASSPHRASE, FALSE);
  assert_checks (store, "a new passphrase", TRUE);
  assert_checks (store, CODE, TRUE);

  /* Locked, the key file on disk answers, and the journal stays locked. */
  tend_store_lock (store);
  assert_checks (store, "a new passphrase", TRUE);
  assert_checks (store, PASSPHRASE, FALSE);
  g_assert_true (tend_store_get_locked (store));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);

  plain = tend_test_open_store (elsewhere, NULL);
  g_assert_false (tend_test_check_secret (plain, PASSPHRASE, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
}

/* An entry added while protected is sealed on disk at once. */
static void
test_new_entry_sealed (TendTestDir   *f,
                       gconstpointer  data)
{
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-09-01", "heliotrope");

  write_journal (f->dir);
  protect_journal (f->dir);
  store = open_unlocked (f->dir, PASSPHRASE);
  g_assert_true (tend_store_add_entry (store, entry, NULL));
  tend_store_flush (store);
  g_assert_true (is_sealed (f->dir, "2026-09"));
  g_assert_false (tend_test_tree_contains (f->dir, "heliotrope"));
}

/* A backup protected with the journal's passphrase holds none of its words, opens with the
 * passphrase or the recovery code and nothing else, and merges into another journal. */
static void
test_protected_backup (TendTestDir   *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "backup.json", NULL);
  g_autofree char *journal = g_build_filename (f->dir, "journal", NULL);
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendStore) other = NULL;
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(GError) error = NULL;

  write_journal (journal);
  protect_journal (journal);
  store = open_unlocked (journal, PASSPHRASE);

  g_assert_true (tend_backup_export (store, TEND_EXPORT_JSON_PROTECTED, NULL, NULL, file, NULL,
                                     &error));
  g_assert_no_error (error);
  g_assert_false (tend_test_tree_contains (path, "marigold"));
  g_assert_false (tend_test_tree_contains (path, "the sea"));

  /* Without the passphrase it says what it is; a wrong one opens nothing. */
  g_assert_null (tend_backup_load (file, NULL, &error));
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_PROTECTED);
  g_clear_error (&error);
  g_assert_null (tend_backup_load_protected (file, "not it", NULL, &error));
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_PROTECTED);
  g_clear_error (&error);

  backup = tend_backup_load_protected (file, CODE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tend_backup_get_n_records (backup), ==, G_N_ELEMENTS (days));
  g_clear_object (&backup);

  backup = tend_backup_load_protected (file, PASSPHRASE, NULL, &error);
  g_assert_no_error (error);
  other = tend_test_open_store (elsewhere, NULL);
  tend_test_load_all (other);
  g_assert_true (tend_backup_apply (backup, other, &error));
  g_assert_no_error (error);
  assert_all_entries (other);

  /* A plain journal cannot make one: there is no passphrase to protect it with. */
  {
    g_autofree char *second = g_build_filename (f->dir, "second.json", NULL);
    g_autoptr(GFile) second_file = g_file_new_for_path (second);

    g_assert_false (tend_backup_export (other, TEND_EXPORT_JSON_PROTECTED, NULL, NULL,
                                        second_file, NULL, &error));
    g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
    g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  }
}

/* libgcrypt is started before the store first takes its secure memory (for the passphrase):
 * protecting first thing in a process leaves libgcrypt nothing to complain about on stderr. */
static void
test_gcrypt_started_first (TendTestDir   *f,
                           gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(TendStore) store = NULL;

      write_journal (f->dir);
      store = tend_test_open_store (f->dir, NULL);
      tend_test_protect (store, PASSPHRASE, CODE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*secure memory*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  tend_kdf_use_cheapest_for_tests ();

#define ADD(path, fn) \
  g_test_add ("/store/seal/" path, TendTestDir, NULL, tend_test_dir_setup, fn, \
              tend_test_dir_teardown)
  ADD ("round-trip", test_round_trip);
  ADD ("flipped-bit", test_flipped_bit);
  ADD ("truncated", test_truncated);
  ADD ("other-key", test_other_key);
  ADD ("lock", test_lock);
  ADD ("lock-while-loading", test_lock_while_loading);
  ADD ("unprotect", test_unprotect);
  ADD ("resume-sealing", test_resume_sealing);
  ADD ("resume-unsealing", test_resume_unsealing);
  ADD ("change-secrets", test_change_secrets);
  ADD ("check-secret", test_check_secret);
  ADD ("new-entry-sealed", test_new_entry_sealed);
  ADD ("protected-backup", test_protected_backup);
  ADD ("gcrypt-started-first", test_gcrypt_started_first);
#undef ADD

  return g_test_run ();
}

#else /* !HAVE_SEAL */

/* Without libgcrypt the store says so, and protection cannot be turned on. */
static void
test_cannot_protect (TendTestDir   *f,
                     gconstpointer  data)
{
  g_autoptr(TendStore) store = tend_test_open_store (f->dir, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (tend_store_get_can_protect (store));
  g_assert_false (tend_store_get_protected (store));
  g_assert_null (tend_store_make_recovery_code (&error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/seal/cannot-protect", TendTestDir, NULL, tend_test_dir_setup,
              test_cannot_protect, tend_test_dir_teardown);
  return g_test_run ();
}

#endif
