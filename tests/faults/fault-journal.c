/* fault-journal.c — a journal on disk to break, and the store opened on it as the app does.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "fault-journal.h"
#include "tend-test-records.h"

/* Long enough for a loaded machine, short enough that a hang is not mistaken for work. */
#define STEP_SECONDS 10

static void
damage_free (gpointer data)
{
  FaultDamage *damage = data;

  g_free (damage->month);
  g_free (damage->moved_to);
  g_free (damage->message);
  g_free (damage);
}

static void
bail_out (int signal_number)
{
  static const char message[] =
    "Bail out! The store did not finish a step in " G_STRINGIFY (STEP_SECONDS) " s: it hangs\n";

  /* Only async-signal-safe calls here. */
  if (write (STDOUT_FILENO, message, sizeof message - 1) < 0)
    _exit (2);
  _exit (1);
}

static void
watch (void)
{
  signal (SIGALRM, bail_out);
  alarm (STEP_SECONDS);
}

static void
unwatch (void)
{
  alarm (0);
}

FaultJournal *
fault_journal_new (void)
{
  FaultJournal *journal = g_new0 (FaultJournal, 1);

  journal->dir = g_dir_make_tmp ("tend-fault-XXXXXX", NULL);
  g_assert_nonnull (journal->dir);
  journal->damage = g_ptr_array_new_with_free_func (damage_free);

  return journal;
}

FaultJournal *
fault_journal_new_in (const char *parent)
{
  FaultJournal *journal = g_new0 (FaultJournal, 1);

  journal->dir = g_build_filename (parent, "journal", NULL);
  g_assert_cmpint (g_mkdir_with_parents (journal->dir, 0700), ==, 0);
  journal->damage = g_ptr_array_new_with_free_func (damage_free);

  return journal;
}

void
fault_journal_free (FaultJournal *journal)
{
  if (journal->store != NULL)
    fault_journal_close (journal);
  tend_test_remove_tree (journal->dir);
  g_free (journal->dir);
  g_ptr_array_unref (journal->damage);
  g_free (journal);
}

char *
fault_journal_path (FaultJournal *journal,
                    const char   *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);

  return g_build_filename (journal->dir, name, NULL);
}

void
fault_journal_write (FaultJournal       *journal,
                     const char * const *days)
{
  g_assert_null (journal->store);
  fault_journal_open (journal);

  for (guint i = 0; days[i] != NULL; i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "words of %s", days[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (tend_store_add_entry (journal->store, entry, &error));
      g_assert_no_error (error);
    }

  fault_journal_close (journal);
  g_ptr_array_set_size (journal->damage, 0);
}

static void
damaged_cb (TendStore    *store,
            const char   *month,
            const char   *moved_to,
            const GError *error,
            FaultJournal *journal)
{
  FaultDamage *damage = g_new0 (FaultDamage, 1);

  g_assert_nonnull (error);
  damage->month = g_strdup (month);
  damage->moved_to = g_strdup (moved_to);
  damage->message = g_strdup (error->message);
  g_test_message ("damaged: %s, moved to %s: %s", month, moved_to, error->message);
  g_ptr_array_add (journal->damage, damage);
}

void
fault_journal_open (FaultJournal *journal)
{
  fault_journal_open_with (journal, NULL);
}

void
fault_journal_open_with (FaultJournal *journal,
                         const char   *secret)
{
  g_autoptr(GDateTime) today = tend_test_time (FAULT_TODAY, 12, 0);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_null (journal->store);
  journal->store = tend_store_new (journal->dir);
  g_signal_connect (journal->store, "damaged", G_CALLBACK (damaged_cb), journal);

  watch ();
  if (secret != NULL)
    {
      g_assert_true (tend_store_get_locked (journal->store));
      g_assert_true (tend_test_unlock (journal->store, secret, &error));
      g_assert_no_error (error);
    }
  tend_store_read_ahead (journal->store, today);
  g_assert_true (tend_store_load_recent (journal->store, today, &error));
  g_assert_no_error (error);
  unwatch ();

  g_test_message ("opened in %.2f s", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_load_all_finish (TEND_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

void
fault_journal_load_all (FaultJournal *journal)
{
  gboolean done = FALSE;

  watch ();
  tend_store_load_all_async (journal->store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  unwatch ();

  g_assert_true (tend_store_get_loaded (journal->store));
}

void
fault_journal_close (FaultJournal *journal)
{
  g_assert_nonnull (journal->store);

  watch ();
  tend_store_flush (journal->store);
  unwatch ();

  g_assert_finalize_object (g_steal_pointer (&journal->store));
}

TendEntry *
fault_journal_find_day (FaultJournal *journal,
                        const char   *day)
{
  GListModel *entries = tend_store_get_entries (journal->store);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (tend_entry_get_day (entry), day))
        return entry;
    }

  return NULL;
}

guint
fault_journal_count_damage (FaultJournal *journal,
                            const char   *month)
{
  guint count = 0;

  for (guint i = 0; i < journal->damage->len; i++)
    {
      FaultDamage *damage = g_ptr_array_index (journal->damage, i);

      if (g_str_equal (damage->month, month))
        count++;
    }

  return count;
}

const FaultDamage *
fault_journal_get_damage (FaultJournal *journal,
                          const char   *month)
{
  for (guint i = 0; i < journal->damage->len; i++)
    {
      FaultDamage *damage = g_ptr_array_index (journal->damage, i);

      if (g_str_equal (damage->month, month))
        return damage;
    }

  return NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* Disks that fill up and folders that turn read-only */

static gboolean
write_file (const char *path,
            const char *text)
{
  return g_file_set_contents (path, text, -1, NULL);
}

/* Mounts need a namespace of their own: unshare(CLONE_NEWNS) as root, or a user namespace
 * without root. A process with threads cannot unshare its mounts, hence "before any thread". */
char *
fault_enter_mount_namespace (void)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();
  int saved_errno;

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      saved_errno = errno;
      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0 ||
          !write_file ("/proc/self/setgroups", "deny") ||
          !write_file ("/proc/self/uid_map", uid_map) ||
          !write_file ("/proc/self/gid_map", gid_map))
        return g_strdup_printf ("no mount namespace: unshare(CLONE_NEWNS): %s; "
                                "a user namespace: %s", g_strerror (saved_errno),
                                g_strerror (errno));
    }

  /* Mounts made here stay here. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return g_strdup_printf ("cannot make / private in the new namespace: %s",
                            g_strerror (errno));

  return NULL;
}

gboolean
fault_mount_tmpfs (const char  *path,
                   const char  *size,
                   char       **reason)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0700", size);

  if (mount ("tmpfs", path, "tmpfs", 0, options) == 0)
    return TRUE;

  *reason = g_strdup_printf ("cannot mount a tmpfs: %s", g_strerror (errno));
  return FALSE;
}

void
fault_fill_disk (const char *path)
{
  g_autofree char *filler = g_build_filename (path, "filler", NULL);
  static const char block[4096];
  int fd = g_open (filler, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  for (;;)
    {
      ssize_t written = write (fd, block, sizeof block);

      if (written > 0)
        continue;
      g_assert_cmpint (errno, ==, ENOSPC);
      /* The last few bytes of a page, if any. */
      if (write (fd, block, 1) < 0)
        break;
    }
  g_close (fd, NULL);
}

void
fault_free_disk (const char *path)
{
  g_autofree char *filler = g_build_filename (path, "filler", NULL);

  g_assert_cmpint (g_unlink (filler), ==, 0);
}

gboolean
fault_bind_read_only (const char  *path,
                      char       **reason)
{
  if (mount (path, path, NULL, MS_BIND, NULL) == 0 &&
      mount (NULL, path, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) == 0)
    return TRUE;

  *reason = g_strdup_printf ("cannot bind-mount a folder read-only: %s", g_strerror (errno));
  return FALSE;
}

void
fault_unbind (const char *path)
{
  g_assert_cmpint (umount2 (path, MNT_DETACH), ==, 0);
}
