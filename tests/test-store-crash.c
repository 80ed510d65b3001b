/* test-store-crash.c — a journal survives being killed at any instant.
 *
 * A child process saves entries in a loop and prints the id of each one once the store says it
 * is on disk. The parent kills it with SIGKILL at random moments, then checks that every month
 * file still parses and that every confirmed entry is there. Rounds: TEND_CRASH_ROUNDS (200).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-test-records.h"

static const char *self_path;

/* ------------------------------------------------------------------------------------------ */
/* The child: write until killed. */

static int
run_child (const char *dir,
           guint32     seed)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autofree char *this_month = g_date_time_format (now, "%Y-%m");

  if (!tend_store_load_recent (store, now, &error))
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }

  for (guint n = 0;; n++)
    {
      g_autoptr(TendEntry) entry = NULL;
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *day = NULL;
      guint words = g_rand_int_range (rand, 5, 400);

      /* Mostly this month, sometimes an older one, so several files are in play. */
      if (g_rand_int_range (rand, 0, 4) == 0)
        day = g_strdup_printf ("2025-%02d-%02d", g_rand_int_range (rand, 1, 13),
                               g_rand_int_range (rand, 1, 29));
      else
        day = g_strdup_printf ("%s-%02d", this_month, g_rand_int_range (rand, 1, 29));

      for (guint w = 0; w < words; w++)
        g_string_append_printf (text, "word%u ", g_rand_int (rand) % 1000);

      entry = tend_test_entry (day, "%s", text->str);
      if (!tend_store_add_entry (store, entry, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }

      /* Now and then change an earlier entry too, so rewrites race with the kill. */
      if (n % 3 == 2)
        {
          TendEntry *first = g_list_model_get_item (tend_store_get_entries (store), 0);

          tend_entry_set_text (first, "changed");
          tend_store_update_entry (store, first, NULL);
          g_object_unref (first);
        }

      tend_store_flush (store);
      if (tend_store_get_save_error (store) == NULL)
        {
          g_print ("%s\n", tend_entry_get_id (entry));
          fflush (stdout);
        }
    }

  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The parent: kill at random, then check. */

static void
check_journal (const char *dir,
               GPtrArray  *confirmed)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(TendMonthFile) file = NULL;
      g_autoptr(GError) error = NULL;
      GPtrArray *entries;

      if (strlen (name) != strlen ("YYYY-MM.json") || !g_str_has_suffix (name, ".json"))
        continue;

      path = g_build_filename (dir, name, NULL);
      file = tend_month_file_load (path, &error);
      g_assert_no_error (error);

      entries = tend_month_file_get_entries (file);
      for (guint i = 0; i < entries->len; i++)
        g_hash_table_add (ids, g_strdup (tend_entry_get_id (g_ptr_array_index (entries, i))));
    }

  {
    g_autofree char *damaged = g_build_filename (dir, "damaged", NULL);

    g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));
  }

  for (guint i = 0; i < confirmed->len; i++)
    if (!g_hash_table_contains (ids, g_ptr_array_index (confirmed, i)))
      g_error ("confirmed entry %s is missing after a kill",
               (const char *) g_ptr_array_index (confirmed, i));
}

/* The temporary files of writes the kills cut short ("YYYY-MM.json.XXXXXX"). */
static guint
count_leftovers (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (gdir);
  while ((name = g_dir_read_name (gdir)) != NULL)
    if (strlen (name) == strlen ("YYYY-MM.json.XXXXXX") && strstr (name, ".json.") == name + 7)
      n++;

  return n;
}

static void
test_crash (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-crash-XXXXXX", NULL);
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new_with_free_func (g_free);
  const char *rounds_env = g_getenv ("TEND_CRASH_ROUNDS");
  guint rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 200;
  guint leftovers = 0;

  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *seed = g_strdup_printf ("%u", g_test_rand_int ());
      const char *argv[] = { self_path, "--child", dir, seed, NULL };
      g_autoptr(GString) buffer = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint before = confirmed->len;
      GPid pid;
      int out_fd;
      int status;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Wait until the child is saving (its first confirmation), however slow start-up is
       * on a busy machine, then kill it at a random moment among the saves that follow. */
      for (guint waited = 0; confirmed->len == before && waited < 300; waited++)
        tend_test_read_lines (out_fd, buffer, confirmed, 100);
      /* Every kill must land while the child is writing, or the round proves nothing. */
      g_assert_cmpuint (confirmed->len, >, before);
      tend_test_read_lines (out_fd, buffer, confirmed, g_test_rand_int_range (0, 60));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      tend_test_read_lines (out_fd, buffer, confirmed, -1);
      close (out_fd);
      g_spawn_close_pid (pid);

      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      check_journal (dir, confirmed);
      /* Counted before the next child's store opens the folder and removes them. */
      leftovers += count_leftovers (dir);
    }

  g_test_message ("%u rounds, each killed while saving; %u entries confirmed; %u temporary "
                  "files left by the kills", rounds, confirmed->len, leftovers);

  /* Whatever the last kill left, a store that opens the journal removes. */
  {
    g_autoptr(TendStore) store = tend_store_new (dir);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GError) error = NULL;

    g_assert_true (tend_store_load_recent (store, now, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_leftovers (dir), ==, 0);
  }

  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tend/store/crash-safety", test_crash);

  return g_test_run ();
}
