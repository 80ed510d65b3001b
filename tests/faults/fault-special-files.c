/* fault-special-files.c — months that are no regular file: a named pipe, a link to /dev/zero,
 * a socket, a folder, a link to a pipe elsewhere. Tend starts and loads at once, never reads
 * from them, moves each aside as it is (the link, not what it points to) and says so.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "fault-journal.h"

typedef enum {
  KIND_PIPE,
  KIND_ZERO_LINK,
  KIND_SOCKET,
  KIND_FOLDER,
  KIND_PIPE_LINK,
} Kind;

static void
make_socket (const char *path)
{
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_no_errno (bind (fd, (struct sockaddr *) &address, sizeof address));
  g_assert_no_errno (close (fd));
}

static void
make (const char *path,
      Kind        kind,
      const char *elsewhere)
{
  switch (kind)
    {
    case KIND_PIPE:
      g_assert_no_errno (mkfifo (path, 0600));
      break;
    case KIND_ZERO_LINK:
      g_assert_no_errno (symlink ("/dev/zero", path));
      break;
    case KIND_SOCKET:
      make_socket (path);
      break;
    case KIND_FOLDER:
      g_assert_no_errno (g_mkdir (path, 0700));
      break;
    case KIND_PIPE_LINK:
      g_assert_no_errno (symlink (elsewhere, path));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The thing itself went to damaged/, unread and unchanged: a pipe is still a pipe there, a
 * link still points where it did. */
static void
assert_moved_aside (FaultJournal *journal,
                    const char   *month,
                    Kind          kind,
                    const char   *elsewhere)
{
  const FaultDamage *damage = fault_journal_get_damage (journal, month);
  g_autofree char *path = fault_journal_path (journal, month);
  g_autofree char *damaged_dir = g_build_filename (journal->dir, "damaged", NULL);
  g_autofree char *target = NULL;
  GStatBuf st;

  g_test_message ("%s", month);
  g_assert_cmpuint (fault_journal_count_damage (journal, month), ==, 1);
  g_assert_nonnull (damage);
  g_assert_nonnull (strstr (damage->message, "not an ordinary file"));
  g_assert_true (g_str_has_prefix (damage->moved_to, damaged_dir));
  g_assert_cmpint (g_lstat (path, &st), ==, -1);
  g_assert_no_errno (g_lstat (damage->moved_to, &st));

  switch (kind)
    {
    case KIND_PIPE:
      g_assert_true (S_ISFIFO (st.st_mode));
      break;
    case KIND_ZERO_LINK:
      g_assert_true (S_ISLNK (st.st_mode));
      target = g_file_read_link (damage->moved_to, NULL);
      g_assert_cmpstr (target, ==, "/dev/zero");
      break;
    case KIND_SOCKET:
      g_assert_true (S_ISSOCK (st.st_mode));
      break;
    case KIND_FOLDER:
      g_assert_true (S_ISDIR (st.st_mode));
      break;
    case KIND_PIPE_LINK:
      g_assert_true (S_ISLNK (st.st_mode));
      target = g_file_read_link (damage->moved_to, NULL);
      g_assert_cmpstr (target, ==, elsewhere);
      g_assert_no_errno (g_lstat (elsewhere, &st));
      g_assert_true (S_ISFIFO (st.st_mode));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_special_files (void)
{
  static const char * const days[] = {
    "2026-11-02", "2026-10-02", "2026-09-14", "2025-06-01", "2025-05-01", "2025-04-01",
    "2025-03-01", "2025-02-01", "2025-01-20", NULL,
  };
  static const struct {
    const char *month;
    Kind        kind;
  } specials[] = {
    /* The two months the window opens on, read ahead on a thread and then by load_recent. */
    { "2026-11", KIND_PIPE },
    { "2026-10", KIND_ZERO_LINK },
    /* Older months, read by load_all on its worker threads. */
    { "2025-06", KIND_PIPE },
    { "2025-05", KIND_ZERO_LINK },
    { "2025-04", KIND_SOCKET },
    { "2025-03", KIND_FOLDER },
    { "2025-02", KIND_PIPE_LINK },
  };
  g_autoptr(FaultJournal) journal = fault_journal_new ();
  g_autofree char *outside = g_dir_make_tmp ("tend-fault-outside-XXXXXX", NULL);
  g_autofree char *elsewhere = g_build_filename (outside, "pipe", NULL);

  /* Every month first holds an entry, as if the files were swapped under a used journal. */
  fault_journal_write (journal, days);
  g_assert_no_errno (mkfifo (elsewhere, 0600));
  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    {
      g_autofree char *path = fault_journal_path (journal, specials[i].month);

      g_assert_no_errno (g_unlink (path));
      make (path, specials[i].kind, elsewhere);
    }

  /* Before: no window after 20 s with a pipe for this month. */
  fault_journal_open (journal);
  g_assert_cmpuint (journal->damage->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    assert_moved_aside (journal, specials[i].month, specials[i].kind, elsewhere);

  /* Before: loading never ended with a pipe for an older month; a link to /dev/zero ended
   * the process, failing to allocate 4 GB. */
  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, G_N_ELEMENTS (specials));
  for (guint i = 2; i < G_N_ELEMENTS (specials); i++)
    assert_moved_aside (journal, specials[i].month, specials[i].kind, elsewhere);

  /* The regular months are all there. */
  g_assert_nonnull (fault_journal_find_day (journal, "2026-09-14"));
  g_assert_nonnull (fault_journal_find_day (journal, "2025-01-20"));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (journal->store)), ==, 2);

  /* Writing today starts a month file of its own where the pipe was. */
  {
    g_autoptr(TendEntry) entry = tend_entry_new (NULL, NULL);
    g_autoptr(GError) error = NULL;

    tend_entry_set_day (entry, "2026-11-24");
    tend_entry_set_text (entry, "today, after all");
    g_assert_true (tend_store_add_entry (journal->store, entry, &error));
    g_assert_no_error (error);
  }
  fault_journal_close (journal);

  g_ptr_array_set_size (journal->damage, 0);
  fault_journal_open (journal);
  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, 0);
  g_assert_cmpstr (tend_entry_get_text (fault_journal_find_day (journal, "2026-11-24")), ==,
                   "today, after all");
  fault_journal_close (journal);

  g_assert_no_errno (g_unlink (elsewhere));
  g_assert_no_errno (g_rmdir (outside));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/faults/special-files", test_special_files);

  return g_test_run ();
}
