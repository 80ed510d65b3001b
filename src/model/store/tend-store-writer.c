/* tend-store-writer.c — the store's writer thread.
 *
 * A save that fails is never dropped: its bytes stay, and the thread tries every failed save
 * again after a pause that grows with each round (one second, doubling up to half a minute),
 * at once when the person changes something again or asks to try again, and once more before
 * the thread ends.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-store-private.h"

#define RETRY_FIRST_USEC (1 * G_USEC_PER_SEC)
#define RETRY_MAX_USEC   (30 * G_USEC_PER_SEC)

struct _TendStoreWriter
{
  GThread         *thread;
  GMutex           mutex;
  GCond            cond;
  /* Paths waiting, in the order they were first queued; each at most once. */
  GQueue           queue;
  /* path → the newest GBytes for it. */
  GHashTable      *pending;
  /* path → the bytes of a failed write that nothing newer has replaced yet. */
  GHashTable      *failed;
  /* Paths whose last write failed (a set): not on disk until a write of them succeeds. */
  GHashTable      *unsaved;
  gint64           retry_at;
  gint64           retry_pause;
  gboolean         busy;
  gboolean         stopping;

  TendWriteReport  report;
  GWeakRef         owner;
};

typedef struct {
  TendWriteReport  report;
  GWeakRef         owner;
  char            *path;
  GError          *error;
} Report;

static gboolean
deliver_report (gpointer data)
{
  Report *report = data;
  g_autoptr(GObject) owner = g_weak_ref_get (&report->owner);

  if (owner != NULL)
    report->report (report->path, report->error, owner);

  g_weak_ref_clear (&report->owner);
  g_clear_error (&report->error);
  g_free (report->path);
  g_free (report);

  return G_SOURCE_REMOVE;
}

/* Tells the owner, on its main context, that @path was written (@error NULL) or not. */
static void
send_report (TendStoreWriter *writer,
             const char      *path,
             const GError    *error)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&writer->owner);
  Report *report = g_new0 (Report, 1);

  report->report = writer->report;
  g_weak_ref_init (&report->owner, owner);
  report->path = g_strdup (path);
  report->error = error != NULL ? g_error_copy (error) : NULL;
  g_idle_add (deliver_report, report);
}

/* Called with the mutex held. */
static void
push (TendStoreWriter *writer,
      const char      *path,
      GBytes          *bytes)
{
  if (g_hash_table_contains (writer->pending, path))
    g_hash_table_replace (writer->pending, g_strdup (path), bytes);
  else
    {
      g_hash_table_insert (writer->pending, g_strdup (path), bytes);
      g_queue_push_tail (&writer->queue, g_strdup (path));
    }
}

/* Called with the mutex held: every failed write goes back in the queue now. */
static void
requeue_failed (TendStoreWriter *writer)
{
  GHashTableIter iter;
  gpointer path, bytes;

  g_hash_table_iter_init (&iter, writer->failed);
  while (g_hash_table_iter_next (&iter, &path, &bytes))
    {
      push (writer, path, g_bytes_ref (bytes));
      g_hash_table_iter_remove (&iter);
    }
}

static gpointer
writer_thread (gpointer data)
{
  TendStoreWriter *writer = data;
  gboolean last_try_done = FALSE;

  g_mutex_lock (&writer->mutex);
  for (;;)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gboolean written;
      gint64 now;

      while (g_queue_is_empty (&writer->queue) && !writer->stopping)
        {
          if (g_hash_table_size (writer->failed) == 0)
            g_cond_wait (&writer->cond, &writer->mutex);
          else if (!g_cond_wait_until (&writer->cond, &writer->mutex, writer->retry_at))
            requeue_failed (writer);
        }

      if (g_queue_is_empty (&writer->queue))
        {
          /* Stopping: what failed gets one last try (the disk may be back). */
          if (g_hash_table_size (writer->failed) == 0 || last_try_done)
            break;
          last_try_done = TRUE;
          requeue_failed (writer);
          continue;
        }

      path = g_queue_pop_head (&writer->queue);
      {
        g_autofree char *key = NULL;

        g_hash_table_steal_extended (writer->pending, path, (gpointer *) &key,
                                     (gpointer *) &bytes);
      }
      writer->busy = TRUE;
      g_mutex_unlock (&writer->mutex);

      written = tend_month_file_write_bytes (path, bytes, &error);

      g_mutex_lock (&writer->mutex);
      writer->busy = FALSE;
      now = g_get_monotonic_time ();
      if (!written)
        {
          /* Keep these bytes unless newer ones for the same file are already waiting. */
          if (!g_hash_table_contains (writer->pending, path))
            g_hash_table_replace (writer->failed, g_strdup (path), g_bytes_ref (bytes));
          g_hash_table_add (writer->unsaved, g_strdup (path));
          /* The pause grows once per round of tries, not per month failing in it: a
           * hundred months failing together must not wait half a minute for the disk. */
          if (writer->retry_at <= now)
            {
              writer->retry_at = now + writer->retry_pause;
              writer->retry_pause = MIN (writer->retry_pause * 2, RETRY_MAX_USEC);
            }
          send_report (writer, path, error);
        }
      else
        {
          if (g_hash_table_remove (writer->unsaved, path))
            send_report (writer, path, NULL);
          if (g_hash_table_size (writer->unsaved) == 0)
            writer->retry_pause = RETRY_FIRST_USEC;
        }
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
tend_store_writer_new (TendWriteReport report,
                       gpointer        owner)
{
  TendStoreWriter *writer = g_new0 (TendStoreWriter, 1);

  g_mutex_init (&writer->mutex);
  g_cond_init (&writer->cond);
  g_queue_init (&writer->queue);
  writer->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           bytes_unref);
  writer->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          bytes_unref);
  writer->unsaved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->retry_pause = RETRY_FIRST_USEC;
  writer->report = report;
  g_weak_ref_init (&writer->owner, owner);
  writer->thread = g_thread_new ("tend-writer", writer_thread, writer);

  return writer;
}

/**
 * tend_store_writer_queue:
 *
 * Takes @bytes. Returns at once; a month queued again before its write starts is written
 * once, with the newer bytes. Failed writes of other months are tried again at once too.
 */
void
tend_store_writer_queue (TendStoreWriter *writer,
                         const char      *path,
                         GBytes          *bytes)
{
  g_mutex_lock (&writer->mutex);
  /* Newer bytes replace a failed write; and the person acting again is the moment to try
   * every other failed write again too. */
  g_hash_table_remove (writer->failed, path);
  requeue_failed (writer);
  push (writer, path, bytes);
  g_cond_broadcast (&writer->cond);
  g_mutex_unlock (&writer->mutex);
}

/**
 * tend_store_writer_write_now:
 *
 * Writes @bytes to @path on the calling thread, in turn with the writer thread (never while
 * it writes the same or another file), and says whether they are on disk. For a change that
 * must be on disk before another is written (an entry moved to another month: its new month
 * first, then the old one without it). Once written, older bytes of @path still waiting or
 * failed are dropped, as these are newer; if the write fails, nothing is kept, and the
 * caller still holds everything it tried to write.
 */
gboolean
tend_store_writer_write_now (TendStoreWriter  *writer,
                             const char       *path,
                             GBytes           *bytes,
                             GError          **error)
{
  gboolean written;

  g_mutex_lock (&writer->mutex);
  while (writer->busy)
    g_cond_wait (&writer->cond, &writer->mutex);

  written = tend_month_file_write_bytes (path, bytes, error);
  if (written)
    {
      GList *link = g_queue_find_custom (&writer->queue, path, (GCompareFunc) strcmp);

      if (link != NULL)
        {
          g_free (link->data);
          g_queue_delete_link (&writer->queue, link);
        }
      g_hash_table_remove (writer->pending, path);
      g_hash_table_remove (writer->failed, path);
      if (g_hash_table_remove (writer->unsaved, path))
        send_report (writer, path, NULL);
      if (g_hash_table_size (writer->unsaved) == 0)
        writer->retry_pause = RETRY_FIRST_USEC;
      g_cond_broadcast (&writer->cond);
    }
  g_mutex_unlock (&writer->mutex);

  return written;
}

/**
 * tend_store_writer_retry:
 *
 * Tries every failed write again now, without waiting for the next pause to end.
 */
void
tend_store_writer_retry (TendStoreWriter *writer)
{
  g_mutex_lock (&writer->mutex);
  requeue_failed (writer);
  g_cond_broadcast (&writer->cond);
  g_mutex_unlock (&writer->mutex);
}

/**
 * tend_store_writer_flush:
 *
 * Waits until everything queued has had its try (a failed write stays failed).
 */
void
tend_store_writer_flush (TendStoreWriter *writer)
{
  g_mutex_lock (&writer->mutex);
  while (!g_queue_is_empty (&writer->queue) || writer->busy)
    g_cond_wait (&writer->cond, &writer->mutex);
  g_mutex_unlock (&writer->mutex);
}

/**
 * tend_store_writer_is_idle:
 *
 * Whether everything queued has had its try, without waiting for it.
 */
gboolean
tend_store_writer_is_idle (TendStoreWriter *writer)
{
  gboolean idle;

  g_mutex_lock (&writer->mutex);
  idle = g_queue_is_empty (&writer->queue) && !writer->busy;
  g_mutex_unlock (&writer->mutex);

  return idle;
}

/**
 * tend_store_writer_dup_waiting:
 *
 * The newest bytes of @path not on disk yet (queued, or kept after a failed write), or NULL.
 */
GBytes *
tend_store_writer_dup_waiting (TendStoreWriter *writer,
                               const char      *path)
{
  GBytes *bytes;

  g_mutex_lock (&writer->mutex);
  bytes = g_hash_table_lookup (writer->pending, path);
  if (bytes == NULL)
    bytes = g_hash_table_lookup (writer->failed, path);
  if (bytes != NULL)
    g_bytes_ref (bytes);
  g_mutex_unlock (&writer->mutex);

  return bytes;
}

/**
 * tend_store_writer_dup_unsaved:
 *
 * The paths whose newest bytes are not on disk because a write of them failed.
 */
GStrv
tend_store_writer_dup_unsaved (TendStoreWriter *writer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer path;

  g_mutex_lock (&writer->mutex);
  g_hash_table_iter_init (&iter, writer->unsaved);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    g_strv_builder_add (builder, path);
  g_mutex_unlock (&writer->mutex);

  return g_strv_builder_end (builder);
}

/**
 * tend_store_writer_free:
 *
 * Flushes, tries what failed once more, then stops the thread.
 */
void
tend_store_writer_free (TendStoreWriter *writer)
{
  g_mutex_lock (&writer->mutex);
  writer->stopping = TRUE;
  g_cond_broadcast (&writer->cond);
  g_mutex_unlock (&writer->mutex);

  /* The thread drains the queue, and tries once more what failed, before it ends. */
  g_thread_join (writer->thread);

  g_queue_clear_full (&writer->queue, g_free);
  g_hash_table_unref (writer->pending);
  g_hash_table_unref (writer->failed);
  g_hash_table_unref (writer->unsaved);
  g_weak_ref_clear (&writer->owner);
  g_mutex_clear (&writer->mutex);
  g_cond_clear (&writer->cond);
  g_free (writer);
}
