/* tend-store-folder.c — the journal folder: locking it so only one Tend opens it, making it
 * private, tidying what an interrupted save left behind, and listing the months it holds.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-store-private.h"

static gboolean
is_month_file_name (const char *name)
{
  g_autofree char *month = NULL;

  if (strlen (name) != strlen ("YYYY-MM.json") || !g_str_has_suffix (name, ".json"))
    return FALSE;

  month = g_strndup (name, 7);
  return tend_month_is_valid (month);
}

/* The lock is the journal folder itself: flock() on a descriptor of the folder. A lock file
 * can be deleted while it is held, and the next Tend then locks a new file of the same name;
 * a folder that holds months cannot be removed, and every Tend that opens it by its path gets
 * the same folder, so the same lock. The folder is opened read-only, so a read-only folder or
 * mount can still be opened and read (its writes then fail like any other save). */
static int
lock_folder (const char  *dir,
             GError     **error)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not lock the journal: %s"), g_strerror (saved_errno));
      return -1;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;

  saved_errno = errno;
  close (fd);
  if (saved_errno == EWOULDBLOCK)
    g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED,
                 _("This journal is already open in another Tend. Close it there first."));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Could not lock the journal: %s"), g_strerror (saved_errno));
  return -1;
}

/* The lock file, taken after the folder. On NFS a folder's flock() is seen only on this
 * computer while a file's reaches the server, so two computers sharing a home folder still
 * keep out of each other's way. It is a second line only: a read-only folder has none, and
 * when one cannot be made or locked for another reason, the folder's lock holds. Returns -1
 * with @error set only when another Tend holds it. */
static int
lock_file (const char  *dir,
           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, ".lock", NULL);
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return -1;

  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return fd;

  if (errno == EWOULDBLOCK)
    g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED,
                 _("This journal is already open in another Tend. Close it there first."));
  close (fd);
  return -1;
}

/* Takes group and other permissions away from @name in @dir_fd (0700 a folder, 0600 a file),
 * as an older Tend or a copied journal may have left it. Symbolic links and what is not ours
 * are left alone; a read-only journal stays as it is. */
static void
make_private_at (int         dir_fd,
                 const char *name)
{
  struct stat st;
  mode_t mode;

  if (fstatat (dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || st.st_uid != geteuid ())
    return;

  if (S_ISDIR (st.st_mode))
    mode = 0700;
  else if (S_ISREG (st.st_mode))
    mode = 0600;
  else
    return;

  if ((st.st_mode & 077) != 0 && fchmodat (dir_fd, name, mode, 0) != 0)
    g_debug ("Could not make %s private: %s", name, g_strerror (errno));
}

/**
 * tend_store_is_leftover_of:
 *
 * Whether @name is "@base.XXXXXX": what g_file_set_contents_full() writes first and renames
 * over @base. A Tend killed in between leaves it, holding what the file held then.
 */
gboolean
tend_store_is_leftover_of (const char *name,
                           const char *base)
{
  gsize base_len = strlen (base);

  if (strlen (name) != base_len + 7 || strncmp (name, base, base_len) != 0 ||
      name[base_len] != '.')
    return FALSE;

  for (const char *p = name + base_len + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;

  return TRUE;
}

static gboolean
is_leftover_name (const char *name)
{
  g_autofree char *month_name = NULL;

  if (strlen (name) != strlen ("YYYY-MM.json.XXXXXX"))
    return FALSE;

  month_name = g_strndup (name, 12);
  return is_month_file_name (month_name) && tend_store_is_leftover_of (name, month_name);
}

/**
 * tend_store_move_file_aside:
 *
 * Moves a file that cannot be read into damaged/ beside it, unchanged, as
 * "NAME.YYYYMMDD-HHMMSS" (never over an earlier copy), and returns where it went. rename()
 * keeps it on the same file system, so the bytes are never copied or rewritten.
 */
char *
tend_store_move_file_aside (const char  *path,
                            GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *damaged_dir = g_build_filename (folder, "damaged", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  if (g_mkdir_with_parents (damaged_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %s is a folder; the second %s the system's reason. */
                   _("Could not make the folder %s: %s"), damaged_dir, g_strerror (saved_errno));
      return NULL;
    }

  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *name = n == 0
        ? g_strdup_printf ("%s.%s", base, stamp)
        : g_strdup_printf ("%s.%s-%u", base, stamp, n);
      g_autofree char *to = g_build_filename (damaged_dir, name, NULL);

      if (g_file_test (to, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (path, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       /* Translators: the first %s is a file, the second the system's reason. */
                       _("Could not move %s aside: %s"), path, g_strerror (saved_errno));
          return NULL;
        }

      return g_steal_pointer (&to);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               /* Translators: %s is a file of the journal. */
               _("Could not move %s aside: too many damaged copies"), path);
  return NULL;
}

/* Once the lock is ours, so never while another Tend writes: removes the leftovers of writes
 * that were cut short, which hold words the person may have deleted since, and makes the
 * folder, its months and the damaged copies private. Touches nothing else. */
static void
tidy_journal (TendStore *self)
{
  g_autofree char *damaged = g_build_filename (self->dir, "damaged", NULL);
  g_autoptr(GDir) gdir = g_dir_open (self->dir, 0, NULL);
  g_autoptr(GDir) damaged_gdir = NULL;
  int damaged_fd;
  const char *name;

  make_private_at (self->lock_fd, ".");
  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      struct stat st;

      if (is_month_file_name (name) || g_str_equal (name, "damaged"))
        make_private_at (self->lock_fd, name);
      else if (is_leftover_name (name) &&
               fstatat (self->lock_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
               S_ISREG (st.st_mode) &&
               unlinkat (self->lock_fd, name, 0) != 0)
        g_debug ("Could not remove %s, left by a write that was cut short: %s", name,
                 g_strerror (errno));
    }

  damaged_fd = openat (self->lock_fd, "damaged",
                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (damaged_fd < 0)
    return;

  damaged_gdir = g_dir_open (damaged, 0, NULL);
  while (damaged_gdir != NULL && (name = g_dir_read_name (damaged_gdir)) != NULL)
    make_private_at (damaged_fd, name);
  close (damaged_fd);
}

static gboolean
take_lock (TendStore  *self,
           GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the journal folder %s: %s"), self->dir,
                   g_strerror (saved_errno));
      return FALSE;
    }

  self->lock_fd = lock_folder (self->dir, error);
  if (self->lock_fd < 0)
    return FALSE;

  self->lock_file_fd = lock_file (self->dir, &local_error);
  if (local_error != NULL)
    {
      g_clear_fd (&self->lock_fd, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * tend_store_ensure_dir_and_lock:
 *
 * Makes the journal folder if need be, locks it and tidies what a crash left; FALSE with
 * @error if another Tend holds it or it cannot be made.
 */
gboolean
tend_store_ensure_dir_and_lock (TendStore  *self,
                                GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->lock_fd >= 0)
    return TRUE;

  g_clear_error (&self->open_error);
  if (!take_lock (self, &local_error))
    {
      self->open_error = g_error_copy (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  tidy_journal (self);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (a, b);
}

/**
 * tend_store_list_months:
 *
 * The months ("YYYY-MM") with a file in @dir, oldest first.
 */
GPtrArray *
tend_store_list_months (const char  *dir,
                        GError     **error)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (gdir == NULL)
    return NULL;

  while ((name = g_dir_read_name (gdir)) != NULL)
    if (is_month_file_name (name))
      g_ptr_array_add (months, g_strndup (name, 7));

  g_ptr_array_sort_values (months, compare_names);

  return g_steal_pointer (&months);
}
