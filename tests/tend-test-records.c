/* tend-test-records.c — small helpers for model tests: entries and times, temporary journals, file
 * trees.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-test-records.h"

GDateTime *
tend_test_time (const char *day,
                int         hour,
                int         minute)
{
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_time_new_local (y, m, d, hour, minute, 0);
}

TendEntry *
tend_test_entry (const char *day,
                 const char *format,
                 ...)
{
  g_autoptr(GDateTime) created = tend_test_time (day, 10, 0);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *text = NULL;
  TendEntry *entry;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  entry = tend_entry_new (id, created);
  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, text);

  return entry;
}

void
tend_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        tend_test_remove_tree (child);
      }

  g_remove (path);
}

void
tend_test_count (guint *counter)
{
  (*counter)++;
}

static void
snapshot_into (GPtrArray  *lines,
               const char *root,
               const char *relative,
               gboolean    modes)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  if (S_ISREG (st.st_mode))
    {
      g_autofree char *data = NULL;
      g_autofree char *sum = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
      g_ptr_array_add (lines, g_strdup_printf ("%s %o %s", relative, modes ? st.st_mode : 0,
                                               sum));
      return;
    }

  g_ptr_array_add (lines, g_strdup_printf ("%s %o", relative,
                                           modes ? st.st_mode : st.st_mode & S_IFMT));
  if (!S_ISDIR (st.st_mode))
    return;

  dir = g_dir_open (path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);

      snapshot_into (lines, root, child, modes);
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (a, b);
}

char *
tend_test_snapshot_tree (const char *path,
                         gboolean    modes)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  snapshot_into (lines, path, ".", modes);
  g_ptr_array_sort_values (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

TendStore *
tend_test_open_store (const char *dir,
                      GDateTime  *today)
{
  g_autoptr(GDateTime) now = today != NULL ? g_date_time_ref (today) : g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  TendStore *store = tend_store_new (dir);

  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);
  return store;
}

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_load_all_finish (TEND_STORE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

void
tend_test_load_all (TendStore *store)
{
  gboolean done = FALSE;

  tend_store_load_all_async (store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (tend_store_get_loaded (store));
}

/**
 * tend_test_read_lines:
 * @timeout_ms: how long to read; -1: until the end of the stream
 *
 * Reads what a child process prints on @fd into @buffer, and adds each whole line to
 * @lines: a half-printed line does not count.
 */
void
tend_test_read_lines (int        fd,
                      GString   *buffer,
                      GPtrArray *confirmed,
                      int        timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      int left = (int) ((end - g_get_monotonic_time ()) / 1000);
      char chunk[4096];
      gssize n;
      char *newline;

      if (timeout_ms >= 0 && left <= 0)
        break;
      if (poll (&pfd, 1, timeout_ms >= 0 ? left : -1) <= 0)
        {
          if (timeout_ms >= 0)
            break;
          continue;
        }

      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (buffer, chunk, n);

      /* Only whole lines count: a half-printed id was not confirmed. */
      while ((newline = memchr (buffer->str, '\n', buffer->len)) != NULL)
        {
          g_ptr_array_add (confirmed, g_strndup (buffer->str, newline - buffer->str));
          g_string_erase (buffer, 0, newline - buffer->str + 1);
        }
    }
}

/**
 * tend_test_read_bytes:
 *
 * The whole of @path, which must be readable.
 */
GBytes *
tend_test_read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * tend_test_tree_contains:
 *
 * Whether any file under @path (or @path itself), at any depth, holds @needle.
 */
gboolean
tend_test_tree_contains (const char *path,
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

      if (tend_test_tree_contains (child, needle))
        return TRUE;
    }
  return FALSE;
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
  gint      task_gone;  /* atomic: set on the thread that lets go of the task */
} Waited;

static void
task_gone_cb (gpointer  data,
              GObject  *where_the_task_was)
{
  g_atomic_int_set (&((Waited *) data)->task_gone, TRUE);
}

/* Done once the task is gone too: a task run on a worker thread may be let go of there
 * after its callback ran, and it holds the store until then. */
static void
finished (Waited       *waited,
          GAsyncResult *result)
{
  waited->done = TRUE;
  g_object_weak_ref (G_OBJECT (result), task_gone_cb, waited);
}

static void
protect_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Waited *waited = user_data;

  waited->ok = tend_store_protect_finish (TEND_STORE (source), result, &waited->error);
  finished (waited, result);
}

static void
unprotect_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Waited *waited = user_data;

  waited->ok = tend_store_unprotect_finish (TEND_STORE (source), result, &waited->error);
  finished (waited, result);
}

static void
unlock_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waited *waited = user_data;

  waited->ok = tend_store_unlock_finish (TEND_STORE (source), result, &waited->error);
  finished (waited, result);
}

static void
wait_for (Waited *waited)
{
  while (!waited->done || !g_atomic_int_get (&waited->task_gone))
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

gboolean
tend_test_try_protect (TendStore   *store,
                       const char  *passphrase,
                       const char  *recovery_code,
                       GError     **error)
{
  Waited waited = { 0 };

  tend_store_protect_async (store, passphrase, recovery_code, NULL, protect_cb, &waited);
  wait_for (&waited);
  if (waited.error != NULL)
    g_propagate_error (error, waited.error);
  return waited.ok;
}

void
tend_test_protect (TendStore  *store,
                   const char *passphrase,
                   const char *recovery_code)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_test_try_protect (store, passphrase, recovery_code, &error));
  g_assert_no_error (error);
  g_assert_true (tend_store_get_protected (store));
  g_assert_false (tend_store_get_converting (store));
}

gboolean
tend_test_try_unprotect (TendStore  *store,
                         GError    **error)
{
  Waited waited = { 0 };

  tend_store_unprotect_async (store, NULL, unprotect_cb, &waited);
  wait_for (&waited);
  if (waited.error != NULL)
    g_propagate_error (error, waited.error);
  return waited.ok;
}

void
tend_test_unprotect (TendStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_test_try_unprotect (store, &error));
  g_assert_no_error (error);
  g_assert_false (tend_store_get_protected (store));
}

static void
change_secret_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Waited *waited = user_data;

  waited->ok = tend_store_change_secret_finish (TEND_STORE (source), result, &waited->error);
  finished (waited, result);
}

gboolean
tend_test_set_passphrase (TendStore   *store,
                          const char  *passphrase,
                          GError     **error)
{
  Waited waited = { 0 };

  tend_store_set_passphrase_async (store, passphrase, NULL, change_secret_cb, &waited);
  wait_for (&waited);
  if (waited.error != NULL)
    g_propagate_error (error, waited.error);
  return waited.ok;
}

gboolean
tend_test_unlock (TendStore   *store,
                  const char  *secret,
                  GError     **error)
{
  Waited waited = { 0 };

  tend_store_unlock_async (store, secret, NULL, unlock_cb, &waited);
  wait_for (&waited);
  if (waited.error != NULL)
    g_propagate_error (error, waited.error);
  return waited.ok;
}

static void
check_secret_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Waited *waited = user_data;

  waited->ok = tend_store_check_secret_finish (TEND_STORE (source), result, &waited->error);
  finished (waited, result);
}

gboolean
tend_test_check_secret (TendStore   *store,
                        const char  *secret,
                        GError     **error)
{
  Waited waited = { 0 };

  tend_store_check_secret_async (store, secret, NULL, check_secret_cb, &waited);
  wait_for (&waited);
  if (waited.error != NULL)
    g_propagate_error (error, waited.error);
  return waited.ok;
}

void
tend_test_wait_converted (TendStore *store)
{
  while (tend_store_get_converting (store))
    g_main_context_iteration (NULL, TRUE);
}

void
tend_test_dir_setup (TendTestDir   *f,
                     gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("tend-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

void
tend_test_dir_teardown (TendTestDir   *f,
                        gconstpointer  data)
{
  tend_test_remove_tree (f->dir);
  g_free (f->dir);
}
