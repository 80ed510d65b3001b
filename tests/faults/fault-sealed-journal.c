/* fault-sealed-journal.c — protecting the journal with a passphrase when the disk is full or
 * the folder turns read-only: the person is told, every entry still opens (with the passphrase
 * once key.json is on disk, plainly before), nothing is taken for damage, and once the disk is
 * back the conversion ends by itself with every month sealed, or plain again.
 *
 * The journal lives on a small tmpfs of its own (filled by a file beside the journal folder)
 * or in a folder bind-mounted read-only over itself, in a mount namespace of this process:
 * as root in build-aux/dev's root, or in a user namespace; skipped, with the reason, elsewhere.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/mount.h>

#include "fault-journal.h"
#include "tend-store.h"
#include "tend-test-records.h"

#if HAVE_SEAL
#include "tend-kdf.h"
#include "tend-key-file.h"
#include "tend-seal-error.h"
#include "tend-sealed-month.h"

#define PASSPHRASE     "quiet harbour at dusk"
#define NEW_PASSPHRASE "a lantern in the hall"
#define CODE           "ABCDE-FGHJK-MNPQR-STVWX-YZ234"
#define NEWEST_TEXT    "the newest words, written while the disk was full"

/* Room for the journal, its key and a sealed copy of each month: each file is a few hundred
 * bytes. */
#define TMPFS_SIZE      "1m"
/* How long the store may take to finish on its own once the disk is back: its writer's pause
 * between rounds of tries starts at a second and doubles with each round that fails, so a
 * test here waits a few seconds; a minute is a hang. */
#define GIVE_UP_SECONDS 60

/* Three months: this one and the last are read at start, the oldest by load_all. */
static const char * const days[] = { "2026-08-14", "2026-10-02", "2026-11-20", NULL };

/* Why this process has no mount namespace of its own, or NULL when it has one. */
static char *no_namespace;

typedef enum {
  FAULT_FULL,
  FAULT_READ_ONLY,
} Fault;

typedef struct {
  char         *top;      /* a tmpfs, the journal folder in it */
  FaultJournal *journal;
  Fault         fault;
  gboolean      broken;
  gboolean      skipped;
} Fixture;

/* ------------------------------------------------------------------------------------------ */
/* The disk */

static void
break_disk (Fixture *f)
{
  g_autofree char *reason = NULL;

  g_assert_false (f->broken);
  if (f->fault == FAULT_FULL)
    fault_fill_disk (f->top);
  else if (!fault_bind_read_only (f->journal->dir, &reason))
    g_error ("%s", reason);  /* the setup's own bind worked, so this one must */
  f->broken = TRUE;
}

static void
mend_disk (Fixture *f)
{
  g_assert_true (f->broken);
  if (f->fault == FAULT_FULL)
    fault_free_disk (f->top);
  else
    fault_unbind (f->journal->dir);
  f->broken = FALSE;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *reason = NULL;

  f->fault = GPOINTER_TO_INT (data);
  if (no_namespace != NULL)
    {
      g_test_skip (no_namespace);
      f->skipped = TRUE;
      return;
    }

  f->top = g_dir_make_tmp ("tend-fault-sealed-XXXXXX", NULL);
  if (!fault_mount_tmpfs (f->top, TMPFS_SIZE, &reason))
    {
      g_test_skip (reason);
      f->skipped = TRUE;
      return;
    }

  f->journal = fault_journal_new_in (f->top);
  /* Whether a read-only bind works here at all: a skip, not a failure, where it does not. */
  if (f->fault == FAULT_READ_ONLY)
    {
      if (!fault_bind_read_only (f->journal->dir, &reason))
        {
          g_test_skip (reason);
          f->skipped = TRUE;
          return;
        }
      fault_unbind (f->journal->dir);
    }

  fault_journal_write (f->journal, days);
  fault_journal_open (f->journal);
  fault_journal_load_all (f->journal);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->broken)
    mend_disk (f);
  g_clear_pointer (&f->journal, fault_journal_free);
  if (f->top != NULL)
    {
      umount2 (f->top, MNT_DETACH);
      g_rmdir (f->top);
      g_free (f->top);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* What is on disk */

static gboolean
has_file (FaultJournal *journal,
          const char   *name)
{
  g_autofree char *path = g_build_filename (journal->dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
month_is_sealed (FaultJournal *journal,
                 const char   *day)
{
  g_autofree char *month = g_strndup (day, 7);
  g_autofree char *path = fault_journal_path (journal, month);
  g_autoptr(GBytes) bytes = tend_test_read_bytes (path);

  return tend_sealed_month_is_sealed (bytes);
}

/* Every month holds its day's entry, with @texts[i] (NULL: as written), read straight from
 * the files: opened with the passphrase's key where sealed, plainly otherwise. Nothing was
 * set aside as damaged, and no temporary copy is left beside the months. */
static void
check_every_entry_opens (FaultJournal       *journal,
                         const char * const *texts)
{
  g_autofree char *key_path = g_build_filename (journal->dir, TEND_KEY_FILE_NAME, NULL);
  g_autofree char *damaged = g_build_filename (journal->dir, "damaged", NULL);
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(TendJournalKey) key = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *child;

  if (g_file_test (key_path, G_FILE_TEST_EXISTS))
    {
      key_file = tend_key_file_load (key_path, &error);
      g_assert_no_error (error);
      key = tend_key_file_unlock_with_passphrase (key_file, PASSPHRASE, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; days[i] != NULL; i++)
    {
      g_autofree char *month = g_strndup (days[i], 7);
      g_autofree char *path = fault_journal_path (journal, month);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *expected = texts != NULL && texts[i] != NULL
                                  ? g_strdup (texts[i]) : g_strdup_printf ("words of %s", days[i]);
      g_autoptr(GBytes) bytes = tend_test_read_bytes (path);
      g_autoptr(GBytes) plain = NULL;
      g_autoptr(TendMonthFile) file = NULL;
      GPtrArray *entries;
      gboolean found = FALSE;

      if (tend_sealed_month_is_sealed (bytes))
        {
          g_assert_nonnull (key);
          plain = tend_sealed_month_open (key, bytes, month, &error);
          g_assert_no_error (error);
        }
      else
        plain = g_bytes_ref (bytes);

      file = tend_month_file_new_from_bytes (plain, name, &error);
      g_assert_no_error (error);
      entries = tend_month_file_get_entries (file);
      for (guint j = 0; j < entries->len; j++)
        found |= g_str_equal (tend_entry_get_text (g_ptr_array_index (entries, j)), expected);
      if (!found)
        g_error ("%s does not hold “%s”", month, expected);
    }

  g_assert_cmpuint (journal->damage->len, ==, 0);
  if (g_file_test (damaged, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) kept = g_dir_open (damaged, 0, NULL);

      g_assert_null (g_dir_read_name (kept));
    }

  /* g_file_set_contents() writes NAME.XXXXXX beside NAME, then renames it. */
  dir = g_dir_open (journal->dir, 0, &error);
  g_assert_no_error (error);
  while ((child = g_dir_read_name (dir)) != NULL)
    if (strstr (child, ".json.") != NULL || g_str_has_prefix (child, "unsealing."))
      g_error ("a temporary file is left behind: %s", child);
}

/* Whether any file in the journal folder holds @needle. */
static gboolean
folder_contains (FaultJournal *journal,
                 const char   *needle)
{
  g_autoptr(GDir) dir = g_dir_open (journal->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (journal->dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
          g_file_get_contents (path, &data, &length, NULL) &&
          g_strstr_len (data, length, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------------------------ */
/* The store */

/* The person sees every entry: the store kept them all through the fault. */
static void
check_every_entry_shown (FaultJournal       *journal,
                         const char * const *texts)
{
  for (guint i = 0; days[i] != NULL; i++)
    {
      TendEntry *entry = fault_journal_find_day (journal, days[i]);
      g_autofree char *expected = texts != NULL && texts[i] != NULL
                                  ? g_strdup (texts[i]) : g_strdup_printf ("words of %s", days[i]);

      g_assert_nonnull (entry);
      g_assert_cmpstr (tend_entry_get_text (entry), ==, expected);
    }
}

/* The store keeps trying on its own: no one asks it to. */
static void
wait_converted (TendStore *store)
{
  gint64 give_up = g_get_monotonic_time () + GIVE_UP_SECONDS * G_USEC_PER_SEC;

  while (tend_store_get_converting (store) && g_get_monotonic_time () < give_up)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  g_assert_false (tend_store_get_converting (store));
}

/* Runs the main context for @ms: the writer's reports, the conversion's checks. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

/* Closes the store and opens the journal again as the app does, unlocking it with @secret
 * if it is protected; every entry is there, with @texts. */
static void
reopen (FaultJournal       *journal,
        const char         *secret,
        const char * const *texts)
{
  fault_journal_close (journal);
  fault_journal_open_with (journal, secret);
  fault_journal_load_all (journal);
  check_every_entry_shown (journal, texts);
}

/* ------------------------------------------------------------------------------------------ */
/* Protecting */

/* The disk breaks before key.json can be written: nothing changes, and protecting again once
 * the disk is back works. */
static void
test_protect_before_key (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  if (f->skipped)
    return;

  before = tend_test_snapshot_tree (f->journal->dir, FALSE);
  break_disk (f);
  g_assert_false (tend_test_try_protect (f->journal->store, PASSPHRASE, CODE, &error));
  g_assert_nonnull (error);
  g_test_message ("told: %s", error->message);

  g_assert_false (tend_store_get_protected (f->journal->store));
  g_assert_false (tend_store_get_converting (f->journal->store));
  g_assert_false (has_file (f->journal, TEND_KEY_FILE_NAME));
  check_every_entry_opens (f->journal, NULL);
  check_every_entry_shown (f->journal, NULL);

  mend_disk (f);
  {
    g_autofree char *after = tend_test_snapshot_tree (f->journal->dir, FALSE);

    g_assert_cmpstr (after, ==, before);
  }

  tend_test_protect (f->journal->store, PASSPHRASE, CODE);
  for (guint i = 0; days[i] != NULL; i++)
    g_assert_true (month_is_sealed (f->journal, days[i]));
  reopen (f->journal, PASSPHRASE, NULL);
}

static void
break_once_protected (TendStore  *store,
                      GParamSpec *pspec,
                      Fixture    *f)
{
  if (tend_store_get_protected (store) && !f->broken)
    break_disk (f);
}

/* The disk breaks the moment key.json is on disk, before the first sealed month: the person
 * is told, everything opens with the passphrase, and the store seals the rest by itself once
 * the disk is back. */
static void
test_protect_after_key (Fixture       *f,
                        gconstpointer  data)
{
  TendStore *store;
  g_autoptr(GError) error = NULL;
  gulong handler;

  if (f->skipped)
    return;

  store = f->journal->store;
  handler = g_signal_connect (store, "notify::protected", G_CALLBACK (break_once_protected), f);
  g_assert_false (tend_test_try_protect (store, PASSPHRASE, CODE, &error));
  g_signal_handler_disconnect (store, handler);
  g_assert_true (f->broken);
  g_assert_nonnull (error);
  g_test_message ("told: %s", error->message);

  g_assert_true (tend_store_get_protected (store));
  g_assert_false (tend_store_get_locked (store));
  g_assert_true (tend_store_get_converting (store));
  g_assert_true (has_file (f->journal, TEND_KEY_FILE_NAME));
  check_every_entry_opens (f->journal, NULL);
  check_every_entry_shown (f->journal, NULL);

  mend_disk (f);
  wait_converted (store);
  for (guint i = 0; days[i] != NULL; i++)
    g_assert_true (month_is_sealed (f->journal, days[i]));
  g_assert_false (folder_contains (f->journal, "words of"));
  check_every_entry_opens (f->journal, NULL);
  reopen (f->journal, PASSPHRASE, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Turning protection off */

static void
check_unprotected (Fixture *f)
{
  g_assert_false (tend_store_get_protected (f->journal->store));
  g_assert_false (has_file (f->journal, TEND_KEY_FILE_NAME));
  g_assert_false (has_file (f->journal, "unsealing"));
  for (guint i = 0; days[i] != NULL; i++)
    g_assert_false (month_is_sealed (f->journal, days[i]));
  check_every_entry_opens (f->journal, NULL);
  reopen (f->journal, NULL, NULL);
  g_assert_false (tend_store_get_protected (f->journal->store));
}

/* The disk breaks before turning protection off: a full disk still takes the empty
 * "unsealing" marker but no month; a read-only folder not even the marker. Either way the
 * journal stays protected and opens, and protection goes once the disk is back: by itself
 * when the marker is there, when asked again otherwise. */
static void
test_unprotect (Fixture       *f,
                gconstpointer  data)
{
  TendStore *store;
  g_autoptr(GError) error = NULL;

  if (f->skipped)
    return;

  store = f->journal->store;
  tend_test_protect (store, PASSPHRASE, CODE);
  break_disk (f);
  g_assert_false (tend_test_try_unprotect (store, &error));
  g_assert_nonnull (error);
  g_test_message ("told: %s", error->message);

  g_assert_true (tend_store_get_protected (store));
  g_assert_true (has_file (f->journal, TEND_KEY_FILE_NAME));
  for (guint i = 0; days[i] != NULL; i++)
    g_assert_true (month_is_sealed (f->journal, days[i]));
  check_every_entry_opens (f->journal, NULL);
  check_every_entry_shown (f->journal, NULL);

  mend_disk (f);
  if (f->fault == FAULT_FULL)
    {
      g_assert_true (has_file (f->journal, "unsealing"));
      g_assert_true (tend_store_get_converting (store));
      wait_converted (store);
    }
  else
    {
      g_assert_false (has_file (f->journal, "unsealing"));
      g_assert_false (tend_store_get_converting (store));
      tend_test_unprotect (store);
    }
  check_unprotected (f);
}

/* The folder turns read-only while months are being turned plain (held up first by a full
 * disk, so the marker is down and no month yet): the store keeps every month, keeps trying,
 * and ends once the folder can be written again. */
static void
test_unprotect_read_only_midway (Fixture       *f,
                                 gconstpointer  data)
{
  TendStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 give_up;

  if (f->skipped)
    return;

  store = f->journal->store;
  tend_test_protect (store, PASSPHRASE, CODE);
  break_disk (f);
  g_assert_false (tend_test_try_unprotect (store, &error));
  g_assert_true (has_file (f->journal, "unsealing"));

  g_assert_true (fault_bind_read_only (f->journal->dir, &reason));
  mend_disk (f);
  /* The writer's own next try comes a few seconds later, and fails on the read-only folder. */
  give_up = g_get_monotonic_time () + GIVE_UP_SECONDS * G_USEC_PER_SEC;
  while (!g_error_matches (tend_store_get_save_error (store), G_FILE_ERROR, G_FILE_ERROR_ROFS) &&
         g_get_monotonic_time () < give_up)
    spin (50);
  g_assert_error ((GError *) tend_store_get_save_error (store), G_FILE_ERROR, G_FILE_ERROR_ROFS);
  g_test_message ("the writer tried again on the read-only folder");
  g_assert_true (tend_store_get_converting (store));
  g_assert_true (tend_store_get_protected (store));
  check_every_entry_opens (f->journal, NULL);
  check_every_entry_shown (f->journal, NULL);

  /* Its tries are half a minute apart by now: the person asks for one, as the window's
   * "Try Again" does (the store's own tries are what the other tests wait for). */
  fault_unbind (f->journal->dir);
  tend_store_retry_saves (store);
  wait_converted (store);
  g_test_message ("converted");
  check_unprotected (f);
}

/* ------------------------------------------------------------------------------------------ */
/* Changing the passphrase */

/* key.json cannot be written: the change is refused, the old passphrase still opens the
 * journal and the new one does not; once the disk is back the change can be made. */
static void
test_passphrase (Fixture       *f,
                 gconstpointer  data)
{
  TendStore *store;
  g_autofree char *key_path = NULL;
  g_autoptr(GBytes) key_before = NULL;
  g_autoptr(GBytes) key_after = NULL;
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(TendJournalKey) key = NULL;
  g_autoptr(GError) error = NULL;

  if (f->skipped)
    return;

  store = f->journal->store;
  tend_test_protect (store, PASSPHRASE, CODE);
  key_path = g_build_filename (f->journal->dir, TEND_KEY_FILE_NAME, NULL);
  key_before = tend_test_read_bytes (key_path);

  break_disk (f);
  g_assert_false (tend_test_set_passphrase (store, NEW_PASSPHRASE, &error));
  g_assert_nonnull (error);
  g_test_message ("told: %s", error->message);
  g_clear_error (&error);

  key_after = tend_test_read_bytes (key_path);
  g_assert_true (g_bytes_equal (key_after, key_before));
  key_file = tend_key_file_load (key_path, &error);
  g_assert_no_error (error);
  g_assert_null (tend_key_file_unlock_with_passphrase (key_file, NEW_PASSPHRASE, &error));
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);
  check_every_entry_opens (f->journal, NULL);

  mend_disk (f);
  reopen (f->journal, PASSPHRASE, NULL);
  g_assert_true (tend_test_set_passphrase (f->journal->store, NEW_PASSPHRASE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&key_file, tend_key_file_free);
  key_file = tend_key_file_load (key_path, &error);
  g_assert_no_error (error);
  key = tend_key_file_unlock_with_passphrase (key_file, NEW_PASSPHRASE, &error);
  g_assert_no_error (error);
  reopen (f->journal, NEW_PASSPHRASE, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* A save that fails, then a lock */

/* The entry's newest text could not be written (a full disk) when the journal was locked;
 * unlocked again once the disk is back, the journal shows the newest text at once, and keeps
 * it. */
static void
test_lock_after_failed_save (Fixture       *f,
                             gconstpointer  data)
{
  const char *texts[] = { NULL, NULL, NEWEST_TEXT, NULL };
  TendStore *store;
  TendEntry *entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) today = tend_test_time (FAULT_TODAY, 12, 0);
  guint failures = 0;

  if (f->skipped)
    return;

  store = f->journal->store;
  tend_test_protect (store, PASSPHRASE, CODE);
  g_signal_connect_swapped (store, "save-failed", G_CALLBACK (tend_test_count), &failures);

  break_disk (f);
  entry = fault_journal_find_day (f->journal, days[2]);
  tend_entry_set_text (entry, NEWEST_TEXT);
  g_assert_true (tend_store_update_entry (store, entry, &error));
  g_assert_no_error (error);
  tend_store_flush (store);
  spin (100);
  g_assert_cmpuint (failures, >, 0);
  g_assert_nonnull (tend_store_get_save_error (store));

  tend_store_lock (store);
  g_assert_true (tend_store_get_locked (store));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 0);

  /* The disk is back, and the person unlocks before the writer's next try. */
  mend_disk (f);
  g_assert_true (tend_test_unlock (store, PASSPHRASE, &error));
  g_assert_no_error (error);
  g_assert_true (tend_store_load_recent (store, today, &error));
  g_assert_no_error (error);
  fault_journal_load_all (f->journal);
  check_every_entry_shown (f->journal, texts);

  reopen (f->journal, PASSPHRASE, texts);
  check_every_entry_opens (f->journal, texts);
}

int
main (int   argc,
      char *argv[])
{
  /* Before g_test_init(): a process with threads cannot unshare its mounts. */
  no_namespace = fault_enter_mount_namespace ();
  g_test_init (&argc, &argv, NULL);
  tend_kdf_use_cheapest_for_tests ();

#define ADD(path, fault, fn) \
  g_test_add ("/tend/faults/sealed-journal/" path, Fixture, GINT_TO_POINTER (fault), \
              fixture_setup, fn, fixture_teardown)
  ADD ("protect/full-before-key", FAULT_FULL, test_protect_before_key);
  ADD ("protect/read-only-before-key", FAULT_READ_ONLY, test_protect_before_key);
  ADD ("protect/full-after-key", FAULT_FULL, test_protect_after_key);
  ADD ("protect/read-only-after-key", FAULT_READ_ONLY, test_protect_after_key);
  ADD ("unprotect/full", FAULT_FULL, test_unprotect);
  ADD ("unprotect/read-only", FAULT_READ_ONLY, test_unprotect);
  ADD ("unprotect/read-only-midway", FAULT_FULL, test_unprotect_read_only_midway);
  ADD ("passphrase/full", FAULT_FULL, test_passphrase);
  ADD ("passphrase/read-only", FAULT_READ_ONLY, test_passphrase);
  ADD ("lock-after-failed-save", FAULT_FULL, test_lock_after_failed_save);
#undef ADD

  return g_test_run ();
}

#else /* !HAVE_SEAL */

static void
test_cannot_seal (void)
{
  g_test_skip ("built without libgcrypt: the journal cannot be protected");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tend/faults/sealed-journal", test_cannot_seal);
  return g_test_run ();
}

#endif
