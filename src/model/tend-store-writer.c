/* tend-store-writer.c — the store's writer thread.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-store-private.h"

struct _TendStoreWriter
{
  GThread         *thread;
  GMutex           mutex;
  GCond            cond;
  /* Paths waiting, in the order they were first queued; each at most once. */
  GQueue           queue;
  /* path → the newest GBytes for it. */
  GHashTable      *pending;
  gboolean         busy;
  gboolean         stopping;

  TendWriteFailed  failed;
  GWeakRef         owner;
};

typedef struct {
  TendWriteFailed  failed;
  GWeakRef         owner;
  GError          *error;
} FailedReport;

static gboolean
report_failure (gpointer data)
{
  FailedReport *report = data;
  g_autoptr(GObject) owner = g_weak_ref_get (&report->owner);

  if (owner != NULL)
    report->failed (report->error, owner);

  g_weak_ref_clear (&report->owner);
  g_error_free (report->error);
  g_free (report);

  return G_SOURCE_REMOVE;
}

static gpointer
writer_thread (gpointer data)
{
  TendStoreWriter *writer = data;

  g_mutex_lock (&writer->mutex);
  for (;;)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      while (g_queue_is_empty (&writer->queue) && !writer->stopping)
        g_cond_wait (&writer->cond, &writer->mutex);

      if (g_queue_is_empty (&writer->queue))
        break;

      path = g_queue_pop_head (&writer->queue);
      {
        g_autofree char *key = NULL;

        g_hash_table_steal_extended (writer->pending, path, (gpointer *) &key,
                                     (gpointer *) &bytes);
      }
      writer->busy = TRUE;
      g_mutex_unlock (&writer->mutex);

      if (!tend_month_file_write_bytes (path, bytes, &error))
        {
          g_autoptr(GObject) owner = g_weak_ref_get (&writer->owner);
          FailedReport *report = g_new0 (FailedReport, 1);

          report->failed = writer->failed;
          g_weak_ref_init (&report->owner, owner);
          report->error = g_error_copy (error);
          g_idle_add (report_failure, report);
        }

      g_mutex_lock (&writer->mutex);
      writer->busy = FALSE;
      g_cond_broadcast (&writer->cond);
    }
  g_mutex_unlock (&writer->mutex);

  return NULL;
}

/* g_bytes_unref() as a GDestroyNotify. */
static void
bytes_unref (gpointer data)
{
  g_bytes_unref (data);
}

TendStoreWriter *
tend_store_writer_new (TendWriteFailed failed,
                       gpointer        owner)
{
  TendStoreWriter *writer = g_new0 (TendStoreWriter, 1);

  g_mutex_init (&writer->mutex);
  g_cond_init (&writer->cond);
  g_queue_init (&writer->queue);
  writer->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           bytes_unref);
  writer->failed = failed;
  g_weak_ref_init (&writer->owner, owner);
  writer->thread = g_thread_new ("tend-writer", writer_thread, writer);

  return writer;
}

void
tend_store_writer_queue (TendStoreWriter *writer,
                         const char      *path,
                         GBytes          *bytes)
{
  g_mutex_lock (&writer->mutex);
  if (g_hash_table_contains (writer->pending, path))
    g_hash_table_replace (writer->pending, g_strdup (path), bytes);
  else
    {
      g_hash_table_insert (writer->pending, g_strdup (path), bytes);
      g_queue_push_tail (&writer->queue, g_strdup (path));
    }
  g_cond_broadcast (&writer->cond);
  g_mutex_unlock (&writer->mutex);
}

void
tend_store_writer_flush (TendStoreWriter *writer)
{
  g_mutex_lock (&writer->mutex);
  while (!g_queue_is_empty (&writer->queue) || writer->busy)
    g_cond_wait (&writer->cond, &writer->mutex);
  g_mutex_unlock (&writer->mutex);
}

void
tend_store_writer_free (TendStoreWriter *writer)
{
  g_mutex_lock (&writer->mutex);
  writer->stopping = TRUE;
  g_cond_broadcast (&writer->cond);
  g_mutex_unlock (&writer->mutex);

  /* The thread drains the queue before it ends. */
  g_thread_join (writer->thread);

  g_queue_clear_full (&writer->queue, g_free);
  g_hash_table_unref (writer->pending);
  g_weak_ref_clear (&writer->owner);
  g_mutex_clear (&writer->mutex);
  g_cond_clear (&writer->cond);
  g_free (writer);
}
