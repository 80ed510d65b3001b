/* fault-symlinked-month.c — months that are symbolic links, saved by the store: written
 * through to the file they link to, the link kept; a link to nothing is refused and the
 * person told, never replaced by a file of its own.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fault-journal.h"
#include "tend-test-records.h"

static void
add_entry (FaultJournal *journal,
           const char   *day,
           const char   *text)
{
  g_autoptr(TendEntry) entry = tend_test_entry (day, "%s", text);
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_add_entry (journal->store, entry, &error));
  g_assert_no_error (error);
}

static void
assert_link (const char *path,
             const char *target)
{
  g_autofree char *read = NULL;
  GStatBuf st;

  g_assert_no_errno (g_lstat (path, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  read = g_file_read_link (path, NULL);
  g_assert_cmpstr (read, ==, target);
}

static void
save_failed_cb (TendStore     *store,
                const GError  *error,
                char         **message)
{
  g_clear_pointer (message, g_free);
  *message = g_strdup (error->message);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint count = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    count++;

  return count;
}

static void
test_symlinked_month (void)
{
  static const char * const days[] = { "2026-11-02", "2026-10-02", "2025-05-01", NULL };
  g_autoptr(FaultJournal) journal = fault_journal_new ();
  g_autofree char *synced = g_dir_make_tmp ("tend-fault-synced-XXXXXX", NULL);
  g_autofree char *october = fault_journal_path (journal, "2026-10");
  g_autofree char *may = fault_journal_path (journal, "2025-05");
  g_autofree char *real = g_build_filename (synced, "2026-10.json", NULL);
  g_autofree char *gone = g_build_filename (synced, "2025-05.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *refused = NULL;
  gint64 deadline;
  GStatBuf st;

  /* October lives in a synced folder, linked from the journal, readable by others there;
   * May's link leads to a file that is gone (a sync folder not mounted). */
  fault_journal_write (journal, days);
  g_assert_no_errno (g_rename (october, real));
  g_assert_no_errno (g_chmod (real, 0644));
  g_assert_no_errno (symlink (real, october));
  g_assert_no_errno (g_unlink (may));
  g_assert_no_errno (symlink (gone, may));

  fault_journal_open (journal);
  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, 0);
  g_assert_nonnull (fault_journal_find_day (journal, "2026-10-02"));

  g_signal_connect (journal->store, "save-failed", G_CALLBACK (save_failed_cb), &refused);
  add_entry (journal, "2026-10-20", "written through the link");
  add_entry (journal, "2025-05-09", "for a month that cannot be reached");
  tend_store_flush (journal->store);

  /* May's save was refused and the person is told why (the failure is reported on the main
   * context); its link is as it was. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (refused == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (G_USEC_PER_SEC / 100);
    }
  g_assert_nonnull (strstr (refused, "2025-05.json"));
  g_assert_nonnull (strstr (refused, "which cannot be reached"));
  assert_link (may, gone);
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  fault_journal_close (journal);

  /* October: the link stays, the file it links to holds both entries, private, and no
   * temporary file is left in either folder. */
  assert_link (october, real);
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "words of 2026-10-02"));
  g_assert_nonnull (strstr (contents, "written through the link"));
  g_assert_no_errno (g_stat (real, &st));
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (synced), ==, 1);

  fault_journal_open (journal);
  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, 0);
  g_assert_nonnull (fault_journal_find_day (journal, "2026-10-02"));
  g_assert_nonnull (fault_journal_find_day (journal, "2026-10-20"));
  fault_journal_close (journal);

  g_assert_no_errno (g_unlink (real));
  g_assert_no_errno (g_rmdir (synced));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/faults/symlinked-month", test_symlinked_month);

  return g_test_run ();
}
