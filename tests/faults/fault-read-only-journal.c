/* fault-read-only-journal.c — a journal folder that cannot be written still opens and shows
 * every entry; moving an entry to another month is refused, a change fails as a save, and
 * nothing on disk changes.
 *
 * Two ways to a read-only folder, since root ignores permission bits:
 * - /tend/faults/read-only-journal/mount: the folder is bind-mounted read-only in a mount
 *   namespace of this process (unshare(CLONE_NEWNS) as root, or a user namespace without
 *   root). Skipped, with the reason, where neither is allowed.
 * - /tend/faults/read-only-journal/not-owner: the folder and its files are mode 0500/0400 and
 *   the store runs as a user that may not write them: this process itself when it is not
 *   root, or a child that becomes "nobody" when it is. The owner of a file may change its
 *   mode in a folder it cannot write, and a failed save still does (tend-month-file.c), so
 *   here only names and bytes are compared.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fault-journal.h"
#include "tend-store.h"
#include "tend-test-records.h"

#define NOBODY 65534

static const char *self_path;
/* Why this process has no mount namespace of its own, or NULL when it has one. */
static char *no_namespace;

static const char * const texts[] = {
  "an entry of this month",
  "an entry of last month",
  "an entry of an older year",
};
static const char * const days[] = { "2026-11-20", "2026-10-03", "2025-03-14" };

static void
write_journal (const char *dir)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TendEntry) entry = tend_test_entry (days[i], "%s", texts[i]);

      g_assert_true (tend_store_add_entry (store, entry, NULL));
    }
  tend_store_flush (store);
  g_assert_null (tend_store_get_save_error (store));
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

/* The checks, the same whatever made the folder read-only. */
static void
check_read_only_journal (const char *dir,
                         gboolean    check_modes)
{
  g_autofree char *before = tend_test_snapshot_tree (dir, check_modes);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autofree char *after = NULL;
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);
  g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-24", "words for a folder that says no");
  g_autoptr(GError) error = NULL;
  GListModel *entries = tend_store_get_entries (store);
  gint64 give_up;
  gboolean done = FALSE;
  guint failures = 0;

  /* The folder really is read-only for us, or this test proves nothing. */
  g_assert_false (g_file_set_contents (probe, "x", 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  tend_store_load_all_async (store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TendEntry) shown = g_list_model_get_item (entries, i);

      g_assert_cmpstr (tend_entry_get_text (shown), ==, texts[i]);
    }

  /* Moving an entry to another month cannot be written: it is not made, and says why. */
  {
    g_autoptr(TendEntry) first = g_list_model_get_item (entries, 0);

    g_assert_false (tend_store_move_entry (store, first, "2026-10-05", &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpstr (tend_entry_get_day (first), ==, days[0]);
    g_assert_false (tend_store_get_unsaved (store));
  }

  /* A change is taken, and its save fails the way every failed save does. */
  g_signal_connect_swapped (store, "save-failed", G_CALLBACK (tend_test_count), &failures);
  g_assert_true (tend_store_add_entry (store, entry, NULL));
  tend_store_flush (store);
  give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (failures == 0 && g_get_monotonic_time () < give_up)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
  g_assert_cmpuint (failures, >, 0);
  g_assert_nonnull (tend_store_get_save_error (store));
  g_assert_nonnull (tend_store_find_entry (store, tend_entry_get_id (entry)));

  after = tend_test_snapshot_tree (dir, check_modes);
  g_assert_cmpstr (after, ==, before);
}

/* ------------------------------------------------------------------------------------------ */
/* A read-only mount */

static void
test_mount (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *reason = NULL;

  if (no_namespace != NULL)
    {
      g_test_skip (no_namespace);
      return;
    }

  dir = g_dir_make_tmp ("tend-fault-ro-XXXXXX", NULL);
  write_journal (dir);

  if (!fault_bind_read_only (dir, &reason))
    {
      tend_test_remove_tree (dir);
      g_test_skip (reason);
      return;
    }

  check_read_only_journal (dir, TRUE);

  fault_unbind (dir);
  tend_test_remove_tree (dir);
}

/* ------------------------------------------------------------------------------------------ */
/* A folder this user may not write */

static void
make_tree_read_only (const char *path,
                     gboolean    chown_to_nobody)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        make_tree_read_only (child, chown_to_nobody);
      }

  if (chown_to_nobody)
    g_assert_cmpint (lchown (path, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (g_chmod (path, dir != NULL ? 0500 : 0400), ==, 0);
}

static int
run_as_nobody (const char *dir)
{
  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    {
      g_printerr ("could not become nobody: %s\n", g_strerror (errno));
      return 77;
    }
  if (access (dir, R_OK | X_OK) != 0)
    {
      g_printerr ("nobody cannot reach %s: %s\n", dir, g_strerror (errno));
      return 77;
    }

  check_read_only_journal (dir, FALSE);
  return 0;
}

static void
test_not_owner (void)
{
  g_autofree char *top = g_dir_make_tmp ("tend-fault-ro-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (top, "journal", NULL);
  gboolean root = geteuid () == 0;

  write_journal (dir);
  make_tree_read_only (top, root);

  if (!root)
    check_read_only_journal (dir, FALSE);
  else
    {
      const char *argv[] = { self_path, "--as-nobody", dir, NULL };
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   NULL, &err, &status, &error));
      g_assert_no_error (error);
      if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
        g_test_skip (err);
      else if (!g_spawn_check_wait_status (status, &error))
        g_error ("the store as nobody: %s\n%s", error->message, err);
    }

  /* Root, or the owner again, takes the tree back to remove it. */
  if (!root)
    {
      g_autofree char *command = g_strdup_printf ("chmod -R u+w '%s'", top);

      g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
    }
  tend_test_remove_tree (top);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--as-nobody"))
    return run_as_nobody (argv[2]);

  self_path = argv[0];
  /* Before g_test_init(): a process with threads cannot unshare its mounts. */
  no_namespace = fault_enter_mount_namespace ();
  /* No isolated folders: they are private to root, and "nobody" must reach the journal. */
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tend/faults/read-only-journal/mount", test_mount);
  g_test_add_func ("/tend/faults/read-only-journal/not-owner", test_not_owner);

  return g_test_run ();
}
