/* tend-backup-export.c — writing the journal, or some days of it, to one file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-backup.h"
#include "tend-backup-private.h"
#include "tend-json-private.h"
#include "tend-month-file-private.h"

#if HAVE_SEAL
#include "tend-sealed-backup.h"
#endif

/* How much of the bar waiting for older months takes, when they are still being read. */
#define LOAD_SHARE 0.5

/* A month as its file would hold it. The bytes are made on the main thread, where the records
 * live; the worker only reads them. */
typedef struct {
  char   *month;
  GBytes *bytes;
} MonthText;

static void
month_text_free (gpointer data)
{
  MonthText *text = data;

  g_free (text->month);
  g_bytes_unref (text->bytes);
  g_free (text);
}

/* The months of the journal that hold anything from @first_day to @last_day, oldest first. */
static GPtrArray *
snapshot_months (TendStore   *store,
                 const char  *first_day,
                 const char  *last_day,
                 GError     **error)
{
  g_autoptr(GPtrArray) months = tend_store_dup_months (store);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (month_text_free);
  g_autofree char *first_month = first_day != NULL ? tend_month_for_day (first_day) : NULL;
  g_autofree char *last_month = last_day != NULL ? tend_month_for_day (last_day) : NULL;

  for (guint i = 0; i < months->len; i++)
    {
      TendMonthFile *file = g_ptr_array_index (months, i);
      const char *month = tend_month_file_get_month (file);
      g_autoptr(TendMonthFile) part = NULL;
      g_autoptr(GBytes) bytes = NULL;
      MonthText *text;

      if ((first_month != NULL && strcmp (month, first_month) < 0) ||
          (last_month != NULL && strcmp (month, last_month) > 0))
        continue;

      part = first_day != NULL || last_day != NULL
             ? tend_month_file_copy_days (file, first_day, last_day)
             : g_object_ref (file);

      if (tend_month_file_get_entries (part)->len == 0 &&
          tend_month_file_get_sessions (part)->len == 0 &&
          tend_month_file_get_deleted (part)->len == 0)
        continue;

      /* Such a month was read leniently: written again, it would lose what this version
       * does not understand. */
      if (tend_month_file_is_read_only (part))
        {
          g_autofree char *name = tend_month_describe (month);

          g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_NEWER,
                       /* Translators: %s is a month like “November 2026”. */
                       _("The entries of %s were saved by a newer version of Tend. Export from "
                         "that version, so that nothing in them is lost."),
                       name);
          return NULL;
        }

      bytes = tend_month_file_to_bytes (part, error);
      if (bytes == NULL)
        return NULL;

      text = g_new0 (MonthText, 1);
      text->month = g_strdup (month);
      text->bytes = g_steal_pointer (&bytes);
      g_ptr_array_add (texts, text);
    }

  return g_steal_pointer (&texts);
}

typedef struct {
  TendExportFormat    format;
  char               *first_day;
  char               *last_day;
  GFile              *file;
  GDateTime          *exported;
  GPtrArray          *months;         /* MonthText */
  /* The safety plan as the file holds it: JSON indented one level, or the document's
   * section; NULL for none. */
  char               *plan_text;

  /* Progress goes to the caller's main context, the worker's share from @start to 1. */
  GMainContext       *context;
  TendBackupProgress  progress;
  gpointer            progress_data;
  double              start;

  /* Main thread only, while the store loads. */
  TendStore          *store;
  gulong              loaded_handler;
  /* For TEND_EXPORT_JSON_PROTECTED: the journal key and key file, copied on the main thread. */
  TendBackupSealer   *sealer;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  /* Cleared on the main thread before the worker starts; the job may be freed on the worker. */
  g_assert (job->store == NULL);

  g_free (job->first_day);
  g_free (job->last_day);
  g_free (job->plan_text);
  g_clear_object (&job->file);
  g_clear_pointer (&job->exported, g_date_time_unref);
  g_clear_pointer (&job->months, g_ptr_array_unref);
  g_clear_pointer (&job->context, g_main_context_unref);
#if HAVE_SEAL
  g_clear_pointer (&job->sealer, tend_backup_sealer_free);
#endif
  g_free (job);
}

typedef struct {
  TendBackupProgress  progress;
  gpointer            progress_data;
  double              fraction;
} ProgressReport;

static gboolean
report_progress_cb (gpointer data)
{
  ProgressReport *report = data;

  report->progress (report->fraction, report->progress_data);
  return G_SOURCE_REMOVE;
}

/* From the worker. GTask's completion is an idle source on the same context, attached after
 * every report, so the caller hears the last report before the result, never after. */
static void
report_progress (ExportJob *job,
                 double     fraction)
{
  ProgressReport *report;

  if (job->progress == NULL)
    return;

  report = g_new0 (ProgressReport, 1);
  report->progress = job->progress;
  report->progress_data = job->progress_data;
  report->fraction = job->start + (1.0 - job->start) * fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, report_progress_cb, report,
                              g_free);
}

/* Each line of a month's text after the first, moved in by @depth levels. JSON text has line
 * breaks only between values (a break inside a string is written as \n), so this cannot
 * change what the month says. */
static void
append_indented (GString *out,
                 GBytes  *bytes,
                 guint    depth)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + size;

  /* The month's final newline is the backup's to place. */
  while (end > data && end[-1] == '\n')
    end--;

  for (const char *p = data; p < end;)
    {
      const char *line_end = memchr (p, '\n', end - p);

      if (line_end == NULL)
        line_end = end;
      g_string_append_len (out, p, line_end - p);
      if (line_end < end)
        {
          g_string_append_c (out, '\n');
          for (guint i = 0; i < depth; i++)
            g_string_append (out, "  ");
        }
      p = line_end + 1;
    }
}

static GBytes *
build_backup (ExportJob     *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GString) out = g_string_sized_new (4096);
  char exported[TEND_DATE_TIME_STRING_SIZE];

  tend_date_time_to_string (job->exported, exported);
  g_string_append (out, "{\n");
  tend_json_write_member_name (out, "format", 1);
  g_string_append (out, "\"" TEND_BACKUP_FORMAT "\",\n");
  tend_json_write_member_name (out, "version", 1);
  g_string_append_printf (out, "%d,\n", TEND_BACKUP_VERSION);
  tend_json_write_member_name (out, "exported", 1);
  g_string_append_printf (out, "\"%s\",\n", exported);
  tend_json_write_member_name (out, "months", 1);

  if (job->months->len == 0)
    g_string_append (out, "[]");
  else
    {
      g_string_append (out, "[\n");
      for (guint i = 0; i < job->months->len; i++)
        {
          MonthText *text = g_ptr_array_index (job->months, i);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;

          g_string_append (out, "    ");
          append_indented (out, text->bytes, 2);
          g_string_append (out, i + 1 < job->months->len ? ",\n" : "\n");
          report_progress (job, 0.9 * (i + 1) / job->months->len);
        }
      g_string_append (out, "  ]");
    }
  if (job->plan_text != NULL)
    {
      g_string_append (out, ",\n");
      tend_json_write_member_name (out, "safety_plan", 1);
      g_string_append (out, job->plan_text);
    }
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
build_text (ExportJob     *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GString) out = g_string_sized_new (4096);
  gboolean anything = FALSE;

  tend_backup_text_begin (out, job->format, job->first_day, job->last_day, job->exported);

  for (guint i = 0; i < job->months->len; i++)
    {
      MonthText *text = g_ptr_array_index (job->months, i);
      g_autofree char *file_name = g_strconcat (text->month, ".json", NULL);
      g_autoptr(TendMonthFile) month = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      /* The worker's own copy of the records, read back from the month's text. */
      month = tend_month_file_new_from_bytes (text->bytes, file_name, error);
      if (month == NULL)
        return NULL;

      anything |= tend_backup_text_add_month (out, job->format, month);
      report_progress (job, 0.9 * (i + 1) / job->months->len);
    }

  if (job->plan_text != NULL)
    {
      g_string_append (out, job->plan_text);
      anything = TRUE;
    }
  tend_backup_text_end (out, job->format, anything);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* Builds the file's contents and replaces it: through a temporary file and a rename, synced,
 * so a crash leaves the old file or the new one. Any thread. */
static gboolean
write_export (ExportJob     *job,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  bytes = job->format == TEND_EXPORT_JSON || job->format == TEND_EXPORT_JSON_PROTECTED
          ? build_backup (job, cancellable, error)
          : build_text (job, cancellable, error);
  if (bytes == NULL)
    return FALSE;
#if HAVE_SEAL
  if (job->sealer != NULL)
    {
      GBytes *sealed = tend_backup_sealer_seal (job->sealer, bytes, error);

      if (sealed == NULL)
        return FALSE;
      g_bytes_unref (bytes);
      bytes = sealed;
    }
#endif

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A file from the portal's file chooser has a path too (the document portal's). */
  path = g_file_get_path (job->file);
  if (path != NULL)
    {
      if (!tend_month_file_write_bytes (path, bytes, error))
        return FALSE;
    }
  else if (!g_file_replace_contents (job->file, g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), NULL, FALSE,
                                     G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                     NULL, cancellable, error))
    return FALSE;

  report_progress (job, 1.0);
  return TRUE;
}

static ExportJob *
export_job_new (TendExportFormat  format,
                const char       *first_day,
                const char       *last_day,
                GFile            *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* Days given the wrong way round still mean the days between them. */
  if (first_day != NULL && last_day != NULL && strcmp (first_day, last_day) > 0)
    {
      const char *swap = first_day;

      first_day = last_day;
      last_day = swap;
    }

  job->format = format;
  job->first_day = g_strdup (first_day);
  job->last_day = g_strdup (last_day);
  job->file = g_object_ref (file);
  job->exported = tend_date_time_to_seconds (now);
  job->context = g_main_context_ref_thread_default ();

  return job;
}

/* A protected backup gets a copy of what seals it now, on the store's thread: the journal may be
 * locked while the worker writes. */
static gboolean
take_sealer (ExportJob  *job,
             TendStore  *store,
             GError    **error)
{
  if (job->format != TEND_EXPORT_JSON_PROTECTED)
    return TRUE;

  job->sealer = tend_store_dup_backup_sealer (store, error);
  return job->sealer != NULL;
}

static gboolean
day_is_valid_or_null (const char *day)
{
  return day == NULL || tend_day_is_valid (day);
}

/**
 * tend_backup_export:
 * @store: a fully loaded journal
 * @format: what to write
 * @first_day: (nullable): the first day to write, "YYYY-MM-DD"
 * @last_day: (nullable): the last day to write
 * @file: where
 *
 * The whole export on the calling thread, which must be the store's. @first_day and
 * @last_day (inclusive) limit what is written; %NULL for no bound. The file is replaced
 * atomically and durably, with mode 0600.
 *
 * Returns: %TRUE once the file is on disk, or %FALSE with an error:
 *   %TEND_BACKUP_ERROR_NOT_LOADED while older months are still read, %TEND_BACKUP_ERROR_NEWER
 *   for a month saved by a newer Tend, or the file's own error
 */
/* The plan as the file will hold it (the backup's JSON member, or a section of the document),
 * made on the calling thread: the worker never sees the plan itself. */
static char *
plan_text (TendSafetyPlan   *plan,
           TendExportFormat  format)
{
  g_autoptr(JsonNode) node = NULL;
  GString *out;

  if (format != TEND_EXPORT_JSON && format != TEND_EXPORT_JSON_PROTECTED)
    return tend_backup_text_plan (plan, format);
  if (plan == NULL || tend_safety_plan_is_empty (plan))
    return NULL;

  node = tend_safety_plan_to_json (plan);
  out = g_string_new (NULL);
  tend_json_write_at (out, node, 1);
  return g_string_free (out, FALSE);
}

gboolean
tend_backup_export (TendStore         *store,
                    TendExportFormat   format,
                    const char        *first_day,
                    const char        *last_day,
                    GFile             *file,
                    GCancellable      *cancellable,
                    GError           **error)
{
  return tend_backup_export_with_plan (store, NULL, format, first_day, last_day, file,
                                       cancellable, error);
}

gboolean
tend_backup_export_with_plan (TendStore         *store,
                              TendSafetyPlan    *plan,
                    TendExportFormat   format,
                    const char        *first_day,
                    const char        *last_day,
                    GFile             *file,
                    GCancellable      *cancellable,
                    GError           **error)
{
  ExportJob *job;
  gboolean ok;

  g_return_val_if_fail (TEND_IS_STORE (store), FALSE);
  g_return_val_if_fail (format <= TEND_EXPORT_JSON_PROTECTED, FALSE);
  g_return_val_if_fail (day_is_valid_or_null (first_day), FALSE);
  g_return_val_if_fail (day_is_valid_or_null (last_day), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tend_store_get_loaded (store))
    {
      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_NOT_LOADED,
                   _("The journal is still being read. Try again in a moment."));
      return FALSE;
    }

  job = export_job_new (format, first_day, last_day, file);
  job->plan_text = plan_text (plan, format);
  job->months = snapshot_months (store, job->first_day, job->last_day, error);
  ok = job->months != NULL && take_sealer (job, store, error) &&
       write_export (job, cancellable, error);
  export_job_free (job);

  return ok;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_export (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
months_loaded_cb (TendStore  *store,
                  GParamSpec *pspec,
                  GTask      *task)
{
  ExportJob *job = g_task_get_task_data (task);
  guint total = tend_store_get_months_total (store);

  if (job->progress != NULL && total > 0)
    job->progress (LOAD_SHARE * tend_store_get_months_loaded (store) / total,
                   job->progress_data);
}

static void
export_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(TendStore) store = NULL;
  ExportJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  store = g_steal_pointer (&job->store);
  g_clear_signal_handler (&job->loaded_handler, store);

  if (!tend_store_load_all_finish (store, result, &error) ||
      g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error) ||
      (job->months = snapshot_months (store, job->first_day, job->last_day, &error)) == NULL ||
      !take_sealer (job, store, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, export_thread);
}

/**
 * tend_backup_export_async:
 * @progress: (nullable): told how far the export is, on this thread's main context
 * @progress_data: for @progress; it must stay valid until @callback runs
 *
 * As tend_backup_export(), but it first waits for the store to finish loading, starting the
 * read if nobody has (a person may export moments after starting Tend, while older months
 * are read): refusing would ask them to guess when to try again, and the wait is the same
 * read they would wait for. The file is built and written on a worker thread. Cancelled, it
 * writes nothing.
 */
void
tend_backup_export_async (TendStore           *store,
                          TendExportFormat     format,
                          const char          *first_day,
                          const char          *last_day,
                          GFile               *file,
                          GCancellable        *cancellable,
                          TendBackupProgress   progress,
                          gpointer             progress_data,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  tend_backup_export_with_plan_async (store, NULL, format, first_day, last_day, file,
                                      cancellable, progress, progress_data, callback, user_data);
}

void
tend_backup_export_with_plan_async (TendStore           *store,
                                    TendSafetyPlan      *plan,
                                    TendExportFormat     format,
                                    const char          *first_day,
                                    const char          *last_day,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    TendBackupProgress   progress,
                                    gpointer             progress_data,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;
  ExportJob *job;

  g_return_if_fail (TEND_IS_STORE (store));
  g_return_if_fail (format <= TEND_EXPORT_JSON_PROTECTED);
  g_return_if_fail (day_is_valid_or_null (first_day));
  g_return_if_fail (day_is_valid_or_null (last_day));
  g_return_if_fail (G_IS_FILE (file));

  /* No source object: the task may be freed on the worker, and the store must not be. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_backup_export_async);

  job = export_job_new (format, first_day, last_day, file);
  job->plan_text = plan_text (plan, format);
  job->progress = progress;
  job->progress_data = progress_data;
  job->start = tend_store_get_loaded (store) ? 0.0 : LOAD_SHARE;
  job->store = g_object_ref (store);
  g_task_set_task_data (task, job, export_job_free);

  if (job->start > 0.0)
    job->loaded_handler = g_signal_connect (store, "notify::months-loaded",
                                            G_CALLBACK (months_loaded_cb), task);

  tend_store_load_all_async (store, cancellable, export_loaded_cb, task);
}

gboolean
tend_backup_export_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tend_backup_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
