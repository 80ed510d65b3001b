/* fault-leftover-temp.c — a Tend killed in the middle of a write leaves the month's temporary
 * file ("YYYY-MM.json.XXXXXX"), holding every word the month held. Once a store has opened
 * the journal it must be gone, so words the person deletes afterwards are on disk nowhere.
 *
 * A child rewrites a large month in a loop; the parent stops it while a temporary file
 * exists, and kills it there.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-test-records.h"

#define SECRET "a-sentence-to-be-deleted-later"

static const char *self_path;

static int
run_writer (const char *dir)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);
  g_autoptr(GString) text = g_string_new (SECRET);
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  /* Large enough that each write takes a while. */
  while (text->len < 4 * 1024 * 1024)
    g_string_append (text, " and the words go on");
  if (!tend_store_load_recent (store, now, &error))
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }

  /* A writer started again after a kill that left nothing goes on with the same entry, so
   * the journal holds one entry however many tries it took. */
  if (g_list_model_get_n_items (tend_store_get_entries (store)) > 0)
    entry = g_list_model_get_item (tend_store_get_entries (store), 0);
  else
    {
      entry = tend_test_entry ("2026-11-24", "%s", text->str);
      if (!tend_store_add_entry (store, entry, &error))
        {
          g_printerr ("writer: %s\n", error->message);
          return 1;
        }
    }
  tend_store_flush (store);
  g_print ("writing\n");
  fflush (stdout);

  for (guint n = 0;; n++)
    {
      g_string_append_printf (text, " %u", n);
      tend_entry_set_text (entry, text->str);
      tend_store_update_entry (store, entry, NULL);
      tend_store_flush (store);
    }

  return 0;
}

static char *
find_leftover (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, "2026-11.json.") &&
        strlen (name) == strlen ("2026-11.json.XXXXXX"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static gboolean
holds_secret (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  return g_file_get_contents (path, &data, &length, NULL) &&
         g_strstr_len (data, length, SECRET) != NULL;
}

/* Kills the writer while a temporary file with the words exists; returns its path. */
static char *
kill_mid_write (const char *dir)
{
  const char *argv[] = { self_path, "--writer", dir, NULL };

  for (guint attempt = 0; attempt < 20; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *leftover = NULL;
      gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
      char line[16] = "";
      FILE *out;
      int out_fd, status;
      GPid pid;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      out = fdopen (out_fd, "r");
      g_assert_nonnull (fgets (line, sizeof line, out));
      g_assert_cmpstr (line, ==, "writing\n");

      while (leftover == NULL && g_get_monotonic_time () < give_up)
        {
          g_autofree char *seen = find_leftover (dir);

          if (seen == NULL)
            continue;

          /* Stopped, then looked at again: if it is still there, and already holds the
           * words (it is made empty, then written), the kill leaves it with them. */
          kill (pid, SIGSTOP);
          if (holds_secret (seen))
            leftover = g_steal_pointer (&seen);
          else
            kill (pid, SIGCONT);
        }

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      fclose (out);

      if (leftover != NULL && g_file_test (leftover, G_FILE_TEST_EXISTS))
        {
          g_test_message ("killed mid-write on attempt %u", attempt + 1);
          return g_steal_pointer (&leftover);
        }
    }

  g_error ("no write was caught in the middle in 20 attempts");
}

static gboolean
tree_holds (const char *path,
            const char *needle)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autofree char *data = NULL;
  gsize length;
  const char *name;

  if (dir == NULL)
    return g_file_get_contents (path, &data, &length, NULL) &&
           g_strstr_len (data, length, needle) != NULL;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (tree_holds (child, needle))
        return TRUE;
    }
  return FALSE;
}

static void
test_leftover (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-fault-temp-XXXXXX", NULL);
  g_autofree char *leftover = kill_mid_write (dir);
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *held = NULL;
  g_autoptr(TendEntry) entry = NULL;

  g_assert_true (g_file_get_contents (leftover, &held, NULL, NULL));
  g_assert_nonnull (strstr (held, SECRET));

  /* The month is whole, and the leftover is gone once the journal is open. */
  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);

  /* The person deletes the words: they are then nowhere on disk. */
  entry = g_list_model_get_item (tend_store_get_entries (store), 0);
  g_assert_true (tend_store_delete_entry (store, entry, &error));
  g_assert_no_error (error);
  tend_store_flush (store);
  g_assert_false (tree_holds (dir, SECRET));

  g_clear_object (&store);
  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/tend/faults/leftover-temp", test_leftover);

  return g_test_run ();
}
