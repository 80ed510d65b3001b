/* tend-backup-apply.c — merging a backup into the journal: planning every record's action
 * (refusing a merge the journal could not read back), then applying them record by record,
 * at once or a slice per main-loop turn.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-backup.h"
#include "tend-backup-private.h"

/* Records merged per main-loop turn by tend_backup_apply_async(): a few milliseconds. */
#define APPLY_SLICE 64

static gboolean
apply_item (TendBackup            *self,
            const TendBackupItem  *item,
            TendStore             *store,
            GError               **error)
{
  switch (tend_backup_decide (self, item, store))
    {
    case TEND_MERGE_ADD:
    case TEND_MERGE_REPLACE:
      if (item->kind == RECORD_ENTRY)
        return tend_store_import_entry (store, item->record, error);
      return tend_store_import_session (store, item->record, error);

    case TEND_MERGE_DELETE:
    case TEND_MERGE_TOMBSTONE:
      return tend_store_import_tombstone (store, tend_month_file_get_month (item->month),
                                          tend_backup_item_id (item),
                                          tend_backup_item_time (item), error);

    case TEND_MERGE_KEEP:
    default:
      return TRUE;
    }
}

static gboolean
check_loaded (TendStore  *store,
              GError    **error)
{
  if (tend_store_get_loaded (store))
    return TRUE;

  g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_NOT_LOADED,
               _("The journal is still being read. Try again in a moment."));
  return FALSE;
}

/* Every record with what it would do now; NULL with an error when that would write a month
 * the journal could not read back, so nothing is changed at all. */
static GArray *
plan (TendBackup  *self,
      TendStore   *store,
      GError     **error)
{
  g_autoptr(GArray) items = NULL;

  if (!check_loaded (store, error))
    return NULL;

  items = tend_backup_collect_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      TendBackupItem *item = &g_array_index (items, TendBackupItem, i);

      item->action = tend_backup_decide (self, item, store);
    }

  if (!tend_backup_check_months (store, items, error))
    return NULL;

  return g_steal_pointer (&items);
}

/**
 * tend_backup_check:
 * @store: a fully loaded journal
 *
 * Whether applying the backup now (with its choice about records dated in the future) would
 * write only months the journal can read back. Changes nothing; tend_backup_apply() checks
 * the same before it changes anything.
 *
 * Returns: %TRUE, or %FALSE with an error: %TEND_BACKUP_ERROR_MONTH_TOO_LARGE naming the
 *   month, its size and the limit, or the error of a month that cannot be written
 */
gboolean
tend_backup_check (TendBackup  *self,
                   TendStore   *store,
                   GError     **error)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail (TEND_IS_BACKUP (self), FALSE);
  g_return_val_if_fail (TEND_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = plan (self, store, error);
  return items != NULL;
}

/**
 * tend_backup_apply:
 * @store: the journal
 *
 * Merges the backup by tend_backup_merge_action(), through the store, which writes the
 * months that changed; nothing at all when tend_backup_check() fails. Decisions are made
 * record by record against the journal as it is at that moment, so a change made after the
 * preview is respected. The records are handed to the store, so apply a backup once.
 *
 * Returns: %TRUE, or %FALSE with an error (%TEND_BACKUP_ERROR_NOT_LOADED while the journal is
 *   still being read, or the store's error for a month it cannot write)
 */
gboolean
tend_backup_apply (TendBackup  *self,
                   TendStore   *store,
                   GError     **error)
{
  g_autoptr(GArray) items = NULL;

  g_return_val_if_fail (TEND_IS_BACKUP (self), FALSE);
  g_return_val_if_fail (TEND_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = plan (self, store, error);
  if (items == NULL)
    return FALSE;

  tend_store_import_begin (store);
  for (guint i = 0; i < items->len; i++)
    if (!apply_item (self, &g_array_index (items, TendBackupItem, i), store, error))
      {
        /* What was merged so far is saved: every record is whole. */
        tend_store_import_end (store, NULL);
        return FALSE;
      }

  return tend_store_import_end (store, error);
}

typedef struct {
  TendStore          *store;
  GArray             *items;
  guint               next;
  TendBackupProgress  progress;
  gpointer            progress_data;
} ApplyJob;

static void
apply_job_free (gpointer data)
{
  ApplyJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->items, g_array_unref);
  g_free (job);
}

/* Ends the store's import, which saves what was merged so far (every record is whole), and
 * only then tells the caller. */
static gboolean
finish_apply (GTask  *task,
              GError *error)
{
  ApplyJob *job = g_task_get_task_data (task);

  tend_store_import_end (job->store, error == NULL ? &error : NULL);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);

  return G_SOURCE_REMOVE;
}

static gboolean
apply_slice (gpointer user_data)
{
  GTask *task = user_data;
  ApplyJob *job = g_task_get_task_data (task);
  guint end = MIN (job->next + APPLY_SLICE, job->items->len);
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error))
    return finish_apply (task, error);

  for (; job->next < end; job->next++)
    if (!apply_item (g_task_get_source_object (task),
                     &g_array_index (job->items, TendBackupItem, job->next), job->store, &error))
      return finish_apply (task, error);

  if (job->progress != NULL)
    job->progress (job->items->len > 0 ? (double) job->next / job->items->len : 1.0,
                   job->progress_data);

  if (job->next < job->items->len)
    return G_SOURCE_CONTINUE;

  return finish_apply (task, NULL);
}

/**
 * tend_backup_apply_async:
 *
 * As tend_backup_apply(), a slice of records per main-loop turn, so the window stays
 * responsive; the months it changed are saved when it ends. Cancelled, it stops between
 * records, and what was merged stays merged (every record is whole: importing the backup
 * again finishes the job).
 */
void
tend_backup_apply_async (TendBackup          *self,
                         TendStore           *store,
                         GCancellable        *cancellable,
                         TendBackupProgress   progress,
                         gpointer             progress_data,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GSource) source = NULL;
  g_autoptr(GArray) items = NULL;
  GError *error = NULL;
  ApplyJob *job;

  g_return_if_fail (TEND_IS_BACKUP (self));
  g_return_if_fail (TEND_IS_STORE (store));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_backup_apply_async);

  items = plan (self, store, &error);
  if (items == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (ApplyJob, 1);
  job->store = g_object_ref (store);
  job->items = g_steal_pointer (&items);
  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_task_data (task, job, apply_job_free);
  tend_store_import_begin (store);

  /* The store is touched only on this thread: the merge runs in slices on its main loop, at
   * idle priority so the window keeps drawing. */
  source = g_idle_source_new ();
  g_source_set_static_name (source, "[tend] apply backup");
  g_source_set_callback (source, apply_slice, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));
}

gboolean
tend_backup_apply_finish (TendBackup    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (TEND_IS_BACKUP (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
