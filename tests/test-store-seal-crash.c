/* test-store-seal-crash.c — turning protection on and off survives being killed at any instant.
 *
 * A child process writes an entry, then turns protection on (or off), again and again, and
 * prints the id of each entry once it is on disk, and "+" and "=" around each conversion. The
 * parent kills it with SIGKILL at random moments, then opens the journal as Tend would
 * (unlocking it if it has a key file), lets the conversion resume, and checks that every
 * confirmed entry is there, nothing was taken for damage, and, when the journal ends up
 * protected, that no file under its folder holds a word of any entry. Rounds:
 * TEND_CRASH_ROUNDS (200).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-test-records.h"

#if HAVE_SEAL
#include "tend-kdf.h"

#define PASSPHRASE "lanterns on the water"
#define CODE       "QRSTV-WXYZ0-12345-6789A-BCDEF"
/* Every entry's text starts with it, and nothing else in a journal holds it. */
#define WORD       "thistledown"

static const char *self_path;

/* ------------------------------------------------------------------------------------------ */
/* The child: write and convert until killed. */

static int
run_child (const char *dir,
           guint32     seed)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  if (tend_store_get_protected (store) && !tend_test_unlock (store, PASSPHRASE, &error))
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  if (!tend_store_load_recent (store, now, &error))
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  tend_test_load_all (store);
  tend_test_wait_converted (store);

  for (;;)
    {
      g_autofree char *day = g_strdup_printf ("20%02d-%02d-%02d", g_rand_int_range (rand, 24, 27),
                                              g_rand_int_range (rand, 1, 13),
                                              g_rand_int_range (rand, 1, 29));
      g_autoptr(TendEntry) entry = tend_test_entry (day, WORD "%u", g_rand_int (rand));

      if (!tend_store_add_entry (store, entry, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      tend_store_flush (store);
      if (tend_store_get_save_error (store) == NULL)
        {
          g_print ("%s\n", tend_entry_get_id (entry));
          fflush (stdout);
        }

      g_print ("+\n");
      fflush (stdout);
      if (tend_store_get_protected (store))
        tend_test_unprotect (store);
      else
        tend_test_protect (store, PASSPHRASE, CODE);
      g_print ("=\n");
      fflush (stdout);
    }

  return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* The parent: kill at random, then check. */

static gboolean
tree_contains (const char *path,
               const char *needle)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_autofree char *data = NULL;
      gsize length = 0;

      return g_file_get_contents (path, &data, &length, NULL) &&
             memmem (data, length, needle, strlen (needle)) != NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (tree_contains (child, needle))
        return TRUE;
    }
  return FALSE;
}

/* Whether the kill left months of both kinds side by side: a conversion cut short. */
static gboolean
is_mixed (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  gboolean plain = FALSE, sealed = FALSE;
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      if (strlen (name) != strlen ("YYYY-MM.json") || !g_str_has_suffix (name, ".json") ||
          !g_file_get_contents (path, &data, &length, NULL))
        continue;
      if (strstr (data, "\"tend-journal-sealed\"") != NULL)
        sealed = TRUE;
      else
        plain = TRUE;
    }
  return plain && sealed;
}

/* Opens the journal as Tend does after the kill and lets a conversion cut short finish. */
static void
check_journal (const char *dir,
               GPtrArray  *confirmed)
{
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = g_build_filename (dir, "damaged", NULL);
  guint damage = 0;

  g_signal_connect_swapped (store, "damaged", G_CALLBACK (tend_test_count), &damage);
  if (tend_store_get_protected (store))
    {
      g_assert_true (tend_test_unlock (store, PASSPHRASE, &error));
      g_assert_no_error (error);
    }
  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  tend_test_load_all (store);
  tend_test_wait_converted (store);
  tend_store_flush (store);

  g_assert_cmpuint (damage, ==, 0);
  g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < confirmed->len; i++)
    if (tend_store_find_entry (store, g_ptr_array_index (confirmed, i)) == NULL)
      g_error ("confirmed entry %s is missing after a kill",
               (const char *) g_ptr_array_index (confirmed, i));

  /* Sealed through and through: not a word left, temporary files included. */
  if (tend_store_get_protected (store))
    g_assert_false (tree_contains (dir, WORD));
  else
    g_assert_true (confirmed->len == 0 || tree_contains (dir, WORD));
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;
  return FALSE;
}

/* On a real disk rather than a tmpfs: durable writes take the time they take a person, so the
 * kills land among them. */
static char *
make_dir (void)
{
  g_autofree char *base = g_build_filename (g_get_user_cache_dir (), "tend-tests", NULL);
  g_autofree char *pattern = g_build_filename (base, "seal-crash-XXXXXX", NULL);

  g_mkdir_with_parents (base, 0700);
  return g_mkdtemp (g_steal_pointer (&pattern));
}

static void
test_crash (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new_with_free_func (g_free);
  const char *rounds_env = g_getenv ("TEND_CRASH_ROUNDS");
  guint rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 200;
  guint mid_conversion = 0;
  guint mixed = 0;

  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *seed = g_strdup_printf ("%u", g_test_rand_int ());
      const char *argv[] = { self_path, "--child", dir, seed, NULL };
      g_autoptr(GString) buffer = g_string_new (NULL);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      gboolean converting = FALSE;
      guint waited_ms = 0;
      GPid pid;
      int out_fd;
      int status;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                               G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                               NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Wait for the child's first conversion to start, then kill it at a random moment in
       * what follows: mostly inside a conversion, sometimes between. */
      while (!has_line (lines, "+") && waited_ms < 30000)
        {
          tend_test_read_lines (out_fd, buffer, lines, 100);
          waited_ms += 100;
        }
      g_assert_true (has_line (lines, "+"));
      tend_test_read_lines (out_fd, buffer, lines, g_test_rand_int_range (0, 250));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      tend_test_read_lines (out_fd, buffer, lines, -1);
      close (out_fd);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);

          if (g_str_equal (line, "+"))
            converting = TRUE;
          else if (g_str_equal (line, "="))
            converting = FALSE;
          else
            g_ptr_array_add (confirmed, g_strdup (line));
        }
      if (converting)
        mid_conversion++;
      if (is_mixed (dir))
        mixed++;

      check_journal (dir, confirmed);
    }

  g_test_message ("%u rounds; %u killed in the middle of turning protection on or off, %u "
                  "of them leaving plain and sealed months side by side; %u entries confirmed",
                  rounds, mid_conversion, mixed, confirmed->len);
  /* The rounds prove something only if many kills landed inside a conversion. */
  g_assert_cmpuint (mid_conversion, >=, rounds / 4);
  g_assert_cmpuint (mixed, >=, rounds / 10);

  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  tend_kdf_use_cheapest_for_tests ();
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/seal/crash", test_crash);
  return g_test_run ();
}

#else /* !HAVE_SEAL */

static void
test_crash (void)
{
  g_test_skip ("Tend is built without libgcrypt: there is no protection to convert");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/seal/crash", test_crash);
  return g_test_run ();
}

#endif
