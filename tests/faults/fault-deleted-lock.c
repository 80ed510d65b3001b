/* fault-deleted-lock.c — .lock is deleted while a Tend has the journal open.
 *
 * A child process opens the journal, writes, and waits. The parent deletes .lock, then opens
 * the same folder: it must be told the journal is locked and write nothing, while the child
 * goes on writing. Two processes, as two Tends on two D-Bus sessions would be.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-test-records.h"

static const char *self_path;

static int
run_holder (const char *dir)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);
  g_autoptr(TendEntry) first = tend_test_entry ("2026-11-24", "written while holding the lock");
  g_autoptr(TendEntry) second = tend_test_entry ("2026-11-24", "written after .lock was gone");
  g_autoptr(GError) error = NULL;
  char line[16];

  if (!tend_store_load_recent (store, now, &error) ||
      !tend_store_add_entry (store, first, &error))
    {
      g_printerr ("holder: %s\n", error->message);
      return 1;
    }
  tend_store_flush (store);
  g_print ("ready\n");
  fflush (stdout);

  /* Wait for the parent's word (or its end). */
  while (fgets (line, sizeof line, stdin) != NULL)
    ;

  if (!tend_store_add_entry (store, second, &error))
    {
      g_printerr ("holder: %s\n", error->message);
      return 1;
    }
  tend_store_flush (store);
  return tend_store_get_save_error (store) == NULL ? 0 : 1;
}

static void
test_deleted_lock (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-fault-lock-XXXXXX", NULL);
  g_autofree char *lock_path = g_build_filename (dir, ".lock", NULL);
  const char *argv[] = { self_path, "--hold", dir, NULL };
  g_autoptr(TendStore) second = tend_store_new (dir);
  g_autoptr(TendEntry) stray = tend_test_entry ("2026-11-25", "words from a second Tend");
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  FILE *from_child;
  char line[16] = "";
  int to_child, out_fd, status;
  GPid pid;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                           &to_child, &out_fd, NULL, &error));
  g_assert_no_error (error);
  from_child = fdopen (out_fd, "r");
  g_assert_nonnull (fgets (line, sizeof line, from_child));
  g_assert_cmpstr (line, ==, "ready\n");

  g_assert_cmpint (g_remove (lock_path), ==, 0);
  before = tend_test_snapshot_tree (dir, TRUE);

  g_assert_false (tend_store_load_recent (second, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (tend_store_add_entry (second, stray, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  tend_store_flush (second);

  after = tend_test_snapshot_tree (dir, TRUE);
  g_assert_cmpstr (after, ==, before);

  /* The first Tend keeps its journal and writes on. */
  close (to_child);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  fclose (from_child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  g_assert_true (tend_store_load_recent (second, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (second)), ==, 2);

  g_clear_object (&second);
  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--hold"))
    return run_holder (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/tend/faults/deleted-lock", test_deleted_lock);

  return g_test_run ();
}
