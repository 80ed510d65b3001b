/* tend-store-loader.c — reading month files for the store: one month (a damaged file is
 * moved aside into damaged/, unchanged), or many at once on worker threads, or a few read
 * ahead on a thread of their own.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tend-sealed-formats.h"
#include "tend-store-private.h"

#define MAX_READERS 4

#if HAVE_SEAL
#include "tend-seal-error.h"
#include "tend-sealed-month.h"
#define MONTH_READ_MAX_BYTES TEND_SEALED_MONTH_MAX_BYTES
#else
#define MONTH_READ_MAX_BYTES TEND_MONTH_FILE_MAX_BYTES
#endif

static void
set_locked_error (GError     **error,
                  const char  *month)
{
  g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
               /* Translators: %s is a month like 2026-11. */
               _("The month %s is protected with a passphrase, and the journal is locked"),
               month);
}

/* A sealed month is opened with @key; without one it is not damage, only closed to us. */
static GBytes *
open_sealed (GBytes                *bytes,
             const TendJournalKey  *key,
             const char            *month,
             gboolean              *sealed,
             GError               **error)
{
#if HAVE_SEAL
  if (!tend_sealed_month_is_sealed (bytes))
    return g_bytes_ref (bytes);

  *sealed = TRUE;
  if (key != NULL)
    return tend_sealed_month_open (key, bytes, month, error);

  set_locked_error (error, month);
  return NULL;
#else
  return g_bytes_ref (bytes);
#endif
}

/* A Tend built without libgcrypt cannot open a sealed month, and must not take one for damage:
 * a month that does not parse and names the sealed format is left where it is. */
static void
refuse_sealed_unread (GBytes      *bytes,
                      const char  *month,
                      gboolean    *sealed,
                      GError     **error)
{
#if !HAVE_SEAL
  static const char format[] = "\"" TEND_SEALED_MONTH_FORMAT "\"";

  if (error != NULL && *error != NULL &&
      memmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), format,
              strlen (format)) != NULL)
    {
      *sealed = TRUE;
      g_clear_error (error);
      set_locked_error (error, month);
    }
#endif
}

/* Whether a month that could not be read is left exactly where it is, never moved aside: it
 * is sealed with another key, or locked to us, or newer than we know. Not damage. */
static gboolean
is_closed_not_damaged (const GError *error)
{
#if HAVE_SEAL
  if (g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY) ||
      g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED) ||
      g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED))
    return TRUE;
#endif
  return g_error_matches (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED);
}

/* Takes @bytes, @month's file, into @result: opened with @key if sealed, then parsed. */
static gboolean
read_month_bytes (GBytes                *bytes,
                  const TendJournalKey  *key,
                  const char            *month,
                  const char            *file_name,
                  TendMonthRead         *result,
                  GError               **error)
{
  g_autoptr(GBytes) plain = NULL;
  GPtrArray *entries;

  result->month = g_strdup (month);
  plain = open_sealed (bytes, key, month, &result->sealed, error);
  if (plain == NULL)
    return FALSE;
  result->file = tend_month_file_new_from_bytes (plain, file_name, error);
  if (result->file == NULL)
    {
      refuse_sealed_unread (bytes, month, &result->sealed, error);
      return FALSE;
    }

  entries = tend_month_file_get_entries (result->file);
  for (guint i = 0; i < entries->len; i++)
    tend_search_set_key (g_ptr_array_index (entries, i));
  return TRUE;
}

/* Reads one month that is whole into @result, opening it with @key if it is sealed; a damaged
 * or missing file is left as it is. */
gboolean
tend_store_try_read_month (const char            *dir,
                           const TendJournalKey  *key,
                           const char            *month,
                           TendMonthRead         *result,
                           GError               **error)
{
  g_autofree char *path = tend_store_month_path (dir, month);
  g_autofree char *file_name = g_filename_display_basename (path);
  g_autoptr(GBytes) bytes = NULL;

  bytes = tend_month_file_read (path, MONTH_READ_MAX_BYTES, error);
  if (bytes == NULL)
    {
      result->month = g_strdup (month);
      return FALSE;
    }

  return read_month_bytes (bytes, key, month, file_name, result, error);
}

/**
 * tend_store_prefer_unwritten:
 *
 * When the writer still holds newer bytes of @read's month than the disk (a save that failed
 * and waits to be tried again, across a lock), takes the month from those instead: the month
 * read from disk would lack the change, and the next save of it would undo it.
 */
void
tend_store_prefer_unwritten (TendStore     *self,
                             TendMonthRead *read)
{
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TendMonthRead newer = { 0 };

  if (read->file == NULL)
    return;
  path = tend_store_month_path (self->dir, read->month);
  bytes = tend_store_writer_dup_waiting (self->writer, path);
  if (bytes == NULL)
    return;
  file_name = g_filename_display_basename (path);
  if (read_month_bytes (bytes, self->key, read->month, file_name, &newer, NULL))
    {
      tend_month_read_clear (read);
      *read = newer;
    }
  else
    tend_month_read_clear (&newer);
}

/* Reads one month; a damaged file is moved aside and reported through @result. */
void
tend_store_read_month (const char           *dir,
                       const TendJournalKey *key,
                       const char           *month,
                       TendMonthRead        *result)
{
  g_autoptr(GError) error = NULL;

  if (tend_store_try_read_month (dir, key, month, result, &error))
    return;

  /* A file that vanished between listing and reading is not damage. */
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return;

  result->error = g_steal_pointer (&error);
  if (is_closed_not_damaged (result->error))
    return;
  {
    g_autofree char *path = tend_store_month_path (dir, month);

    result->moved_to = tend_store_move_file_aside (path, &result->move_error);
  }
}

void
tend_month_read_clear (TendMonthRead *result)
{
  g_clear_pointer (&result->month, g_free);
  g_clear_object (&result->file);
  g_clear_error (&result->error);
  g_clear_pointer (&result->moved_to, g_free);
  g_clear_error (&result->move_error);
}

static TendJournalKey *
key_copy (const TendJournalKey *key)
{
#if HAVE_SEAL
  return key != NULL ? tend_journal_key_copy (key) : NULL;
#else
  return NULL;
#endif
}

static void
key_free (TendJournalKey *key)
{
#if HAVE_SEAL
  g_clear_pointer (&key, tend_journal_key_free);
#endif
}

typedef struct {
  char             *dir;
  TendJournalKey   *key;       /* a copy of the store's, or NULL */
  GPtrArray        *months;
  TendMonthRead    *reads;
  gint              next;       /* atomic: the next month to take */
  gint              done;       /* atomic: months read */
  GCancellable     *cancellable;
  GMainContext     *context;
  TendReadProgress  progress;
  /* Weak: a store that goes away while months are read gets no more reports. */
  GWeakRef          owner;
} ReadJob;

typedef struct {
  TendReadProgress  progress;
  GWeakRef          owner;
  guint             done;
} ProgressReport;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  if (job->reads != NULL)
    {
      for (guint i = 0; i < job->months->len; i++)
        tend_month_read_clear (&job->reads[i]);
      g_free (job->reads);
    }
  g_ptr_array_unref (job->months);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
  g_weak_ref_clear (&job->owner);
  key_free (job->key);
  g_free (job->dir);
  g_free (job);
}

void
tend_month_reads_free (TendMonthReads *reads)
{
  for (guint i = 0; i < reads->n_reads; i++)
    tend_month_read_clear (&reads->reads[i]);
  g_free (reads->reads);
  g_free (reads);
}

/* tend_month_reads_free() as a GDestroyNotify. */
static void
month_reads_free (gpointer data)
{
  tend_month_reads_free (data);
}

static gboolean
report_progress (gpointer data)
{
  ProgressReport *report = data;
  g_autoptr(GObject) owner = g_weak_ref_get (&report->owner);

  if (owner != NULL)
    report->progress (owner, report->done);
  return G_SOURCE_REMOVE;
}

static void
report_free (gpointer data)
{
  ProgressReport *report = data;

  g_weak_ref_clear (&report->owner);
  g_free (report);
}

/* Each reader takes the next unread month until none are left; months are independent
 * files, so two cores read two at a time. */
static gpointer
reader (gpointer data)
{
  ReadJob *job = data;
  gint i;

  while ((i = g_atomic_int_add (&job->next, 1)) < (gint) job->months->len)
    {
      ProgressReport *report;

      if (g_cancellable_is_cancelled (job->cancellable))
        break;

      tend_store_read_month (job->dir, job->key, g_ptr_array_index (job->months, i), &job->reads[i]);

      /* The report holds what it needs itself: it may run after the job is gone. */
      report = g_new0 (ProgressReport, 1);
      report->progress = job->progress;
      {
        g_autoptr(GObject) owner = g_weak_ref_get (&job->owner);

        g_weak_ref_init (&report->owner, owner);
      }
      report->done = g_atomic_int_add (&job->done, 1) + 1;
      g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, report_progress, report,
                                  report_free);
    }

  return NULL;
}

static void
read_months_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ReadJob *job = task_data;
  GThread *helpers[MAX_READERS - 1];
  guint n_helpers = CLAMP (g_get_num_processors (), 1, MAX_READERS) - 1;
  TendMonthReads *result;

  n_helpers = MIN (n_helpers, job->months->len > 0 ? job->months->len - 1 : 0);
  for (guint i = 0; i < n_helpers; i++)
    helpers[i] = g_thread_new ("tend-reader", reader, job);
  reader (job);
  for (guint i = 0; i < n_helpers; i++)
    g_thread_join (helpers[i]);

  if (g_task_return_error_if_cancelled (task))
    return;

  result = g_new0 (TendMonthReads, 1);
  result->reads = g_steal_pointer (&job->reads);
  result->n_reads = job->months->len;
  g_task_return_pointer (task, result, month_reads_free);
}

/**
 * tend_store_read_months_async:
 *
 * Reads @months (strings "YYYY-MM") on worker threads. @progress runs on the caller's main
 * context with @owner, while @owner (a GObject, held weakly) is alive.
 */
void
tend_store_read_months_async (gpointer              owner,
                              const char           *dir,
                              const TendJournalKey *key,
                              GPtrArray           *months,
                              GCancellable        *cancellable,
                              TendReadProgress     progress,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  /* No source object: GTask's worker drops its last reference after the callback may have
   * run, which would keep the store alive past the moment its owner lets go of it. */
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ReadJob *job = g_new0 (ReadJob, 1);

  /* The worker gets its own copies: the list of months may change on the main thread. */
  job->dir = g_strdup (dir);
  job->key = key_copy (key);
  job->months = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < months->len; i++)
    g_ptr_array_add (job->months, g_strdup (g_ptr_array_index (months, i)));
  job->reads = g_new0 (TendMonthRead, months->len);
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  g_weak_ref_init (&job->owner, owner);

  g_task_set_source_tag (task, tend_store_read_months_async);
  g_task_set_task_data (task, job, read_job_free);
  g_task_run_in_thread (task, read_months_thread);
}

TendMonthReads *
tend_store_read_months_finish (GAsyncResult  *result,
                               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading ahead */

struct _TendReadAhead
{
  char          *dir;
  TendJournalKey *key;
  GStrv          months;
  TendMonthRead *reads;    /* one for each of months; empty where it could not be read */
  GThread       *thread;   /* NULL once joined */
};

static gpointer
read_ahead_thread (gpointer data)
{
  TendReadAhead *self = data;

  for (guint i = 0; self->months[i] != NULL; i++)
    if (!tend_store_try_read_month (self->dir, self->key, self->months[i], &self->reads[i], NULL))
      tend_month_read_clear (&self->reads[i]);

  return NULL;
}

TendReadAhead *
tend_read_ahead_start (const char           *dir,
                       const TendJournalKey *key,
                       const char * const *months)
{
  TendReadAhead *self = g_new0 (TendReadAhead, 1);

  self->dir = g_strdup (dir);
  self->key = key_copy (key);
  self->months = g_strdupv ((char **) months);
  self->reads = g_new0 (TendMonthRead, g_strv_length (self->months));
  self->thread = g_thread_new ("tend-read-ahead", read_ahead_thread, self);

  return self;
}

static void
read_ahead_wait (TendReadAhead *self)
{
  if (self->thread != NULL)
    g_thread_join (g_steal_pointer (&self->thread));
}

/**
 * tend_read_ahead_take:
 *
 * Waits for the reading, then moves @month's read into @result; FALSE if it has none.
 */
gboolean
tend_read_ahead_take (TendReadAhead *self,
                      const char    *month,
                      TendMonthRead *result)
{
  read_ahead_wait (self);

  for (guint i = 0; self->months[i] != NULL; i++)
    if (g_str_equal (self->months[i], month) && self->reads[i].file != NULL)
      {
        *result = self->reads[i];
        memset (&self->reads[i], 0, sizeof self->reads[i]);
        return TRUE;
      }

  return FALSE;
}

void
tend_read_ahead_free (TendReadAhead *self)
{
  read_ahead_wait (self);
  for (guint i = 0; self->months[i] != NULL; i++)
    tend_month_read_clear (&self->reads[i]);
  g_free (self->reads);
  g_strfreev (self->months);
  key_free (self->key);
  g_free (self->dir);
  g_free (self);
}
