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

#include "tend-store-private.h"

#define MAX_READERS 4

/* Reads one month that is whole into @result; a damaged or missing file is left as it is. */
gboolean
tend_store_try_read_month (const char     *dir,
                           const char     *month,
                           TendMonthRead  *result,
                           GError        **error)
{
  g_autofree char *path = tend_store_month_path (dir, month);
  GPtrArray *entries;

  result->month = g_strdup (month);
  result->file = tend_month_file_load (path, error);
  if (result->file == NULL)
    return FALSE;

  entries = tend_month_file_get_entries (result->file);
  for (guint i = 0; i < entries->len; i++)
    tend_search_set_key (g_ptr_array_index (entries, i));
  return TRUE;
}

/* Reads one month; a damaged file is moved aside and reported through @result. */
void
tend_store_read_month (const char     *dir,
                       const char     *month,
                       TendMonthRead  *result)
{
  g_autoptr(GError) error = NULL;

  if (tend_store_try_read_month (dir, month, result, &error))
    return;

  /* A file that vanished between listing and reading is not damage. */
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return;

  result->error = g_steal_pointer (&error);
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

typedef struct {
  char             *dir;
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

      tend_store_read_month (job->dir, g_ptr_array_index (job->months, i), &job->reads[i]);

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
tend_store_read_months_async (gpointer             owner,
                              const char          *dir,
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
  GStrv          months;
  TendMonthRead *reads;    /* one for each of months; empty where it could not be read */
  GThread       *thread;   /* NULL once joined */
};

static gpointer
read_ahead_thread (gpointer data)
{
  TendReadAhead *self = data;

  for (guint i = 0; self->months[i] != NULL; i++)
    if (!tend_store_try_read_month (self->dir, self->months[i], &self->reads[i], NULL))
      tend_month_read_clear (&self->reads[i]);

  return NULL;
}

TendReadAhead *
tend_read_ahead_start (const char         *dir,
                       const char * const *months)
{
  TendReadAhead *self = g_new0 (TendReadAhead, 1);

  self->dir = g_strdup (dir);
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
  g_free (self->dir);
  g_free (self);
}
