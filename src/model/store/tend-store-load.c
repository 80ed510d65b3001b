/* tend-store-load.c — loading the journal into the store: the months of the last two
 * months first (read ahead while the program starts), the rest in the background, each month
 * taken into the list models as it arrives and a damaged one reported once. Reading the files
 * is tend-store-loader.c's.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-store.h"
#include "tend-store-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Taking months in */

static void
index_tombstones (TendStore     *self,
                  TendMonthFile *file)
{
  GPtrArray *deleted = tend_month_file_get_deleted (file);

  for (guint i = 0; i < deleted->len; i++)
    {
      TendTombstone *tombstone = g_ptr_array_index (deleted, i);

      g_hash_table_replace (self->tombstones, g_strdup (tombstone->id),
                            g_strdup (tend_month_file_get_month (file)));
    }
}

/* The entry the store holds as @other, older than a copy of it just read, leaves the journal:
 * its month is written again without it (@stale), and it is taken out of what is shown. */
static void
drop_stale_copy (TendStore  *self,
                 TendEntry  *other,
                 GPtrArray  *new_entries,
                 GHashTable *stale)
{
  g_autofree char *month = tend_store_entry_month (other);
  TendMonthFile *file = g_hash_table_lookup (self->months, month);

  if (!g_ptr_array_remove (new_entries, other))
    tend_store_remove_sorted (self->entries, other, tend_store_compare_entries);
  g_hash_table_remove (self->entry_ids, tend_entry_get_id (other));
  if (file != NULL)
    {
      g_hash_table_add (stale, file);
      /* Last: the month file owns the entry. */
      g_ptr_array_remove (tend_month_file_get_entries (file), other);
    }
}

/* An entry moved to another month is written in its new month first and left out of its old
 * one after (tend-store-move.c); a crash between the two writes leaves it in both. The copy
 * changed last is the entry (a move stamps "updated"); the other is left out, and its month is
 * written again without it (@stale). */
static void
index_month (TendStore     *self,
             TendMonthFile *file,
             GPtrArray     *new_entries,
             GPtrArray     *new_sessions,
             GHashTable    *stale)
{
  GPtrArray *entries = tend_month_file_get_entries (file);
  GPtrArray *sessions = tend_month_file_get_sessions (file);

  g_hash_table_insert (self->months, g_strdup (tend_month_file_get_month (file)),
                       g_object_ref (file));

  for (guint i = 0; i < entries->len; )
    {
      TendEntry *entry = g_ptr_array_index (entries, i);
      TendEntry *other = g_hash_table_lookup (self->entry_ids, tend_entry_get_id (entry));

      if (other != NULL && g_date_time_compare (tend_entry_get_updated (other),
                                                tend_entry_get_updated (entry)) >= 0)
        {
          g_hash_table_add (stale, file);
          g_ptr_array_remove_index (entries, i);
          continue;
        }
      if (other != NULL)
        drop_stale_copy (self, other, new_entries, stale);

      g_hash_table_insert (self->entry_ids, (gpointer) tend_entry_get_id (entry), entry);
      g_ptr_array_add (new_entries, entry);
      i++;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      TendGroundingSession *session = g_ptr_array_index (sessions, i);

      g_hash_table_insert (self->session_ids, (gpointer) tend_grounding_session_get_id (session),
                           session);
      g_ptr_array_add (new_sessions, session);
    }

  index_tombstones (self, file);
}

void
tend_store_insert_sorted (GListStore       *store,
                          gpointer          item,
                          GCompareDataFunc  compare)
{
  g_list_store_insert_sorted (store, item, compare, NULL);
}

/* Where @item is in @store, sorted by @compare: a binary search to the first item that does
 * not sort before it, then along the ones that tie. A linear search from the start would make
 * removing many records (an import) quadratic. */
static gboolean
find_sorted (GListStore       *store,
             gpointer          item,
             GCompareDataFunc  compare,
             guint            *position)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n = g_list_model_get_n_items (model);
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(GObject) other = g_list_model_get_item (model, middle);

      if (compare (other, item, NULL) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
      if (compare (other, item, NULL) != 0)
        break;
    }

  /* Only if its sort key changed in place since it was inserted. */
  return g_list_store_find (store, item, position);
}

gboolean
tend_store_remove_sorted (GListStore       *store,
                          gpointer          item,
                          GCompareDataFunc  compare)
{
  guint position;

  if (!find_sorted (store, item, compare, &position))
    return FALSE;

  g_list_store_remove (store, position);
  return TRUE;
}

/* Merges @added into @store keeping it sorted. Older months nearly always sort after what is
 * shown, so they are appended and the rows already on screen stay as they are; otherwise the
 * whole list is replaced with one items-changed. */
static void
merge_sorted (GListStore       *store,
              GPtrArray        *added,
              GCompareDataFunc  compare)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GObject) last = NULL;

  if (added->len == 0)
    return;

  g_ptr_array_sort_values_with_data (added, compare, NULL);
  if (n_old > 0)
    last = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1);

  if (last == NULL || compare (last, g_ptr_array_index (added, 0), NULL) <= 0)
    {
      g_list_store_splice (store, n_old, 0, added->pdata, added->len);
      return;
    }

  all = g_ptr_array_new_full (n_old + added->len, g_object_unref);
  for (guint i = 0; i < n_old; i++)
    g_ptr_array_add (all, g_list_model_get_item (G_LIST_MODEL (store), i));
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (all, g_object_ref (g_ptr_array_index (added, i)));

  g_ptr_array_sort_values_with_data (all, compare, NULL);
  g_list_store_splice (store, 0, n_old, all->pdata, all->len);
}

/**
 * tend_store_take_reads:
 *
 * Takes read months into the list models; a month already in is kept, a damaged one is
 * reported once and, if it was left in place, never written. An entry found in two months
 * (a move cut short) is kept once, as it was changed last.
 */
void
tend_store_take_reads (TendStore     *self,
                       TendMonthRead *reads,
                       guint          n_reads)
{
  g_autoptr(GPtrArray) new_entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_sessions = g_ptr_array_new ();
  g_autoptr(GHashTable) stale = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer file;

  for (guint i = 0; i < n_reads; i++)
    {
      TendMonthRead *read = &reads[i];

      /* A month read on demand meanwhile (an edit) is already in; keep that copy. */
      if (g_hash_table_contains (self->months, read->month))
        continue;

      tend_store_prefer_unwritten (self, read);
      if (read->file != NULL)
        {
          index_month (self, read->file, new_entries, new_sessions, stale);
          tend_store_note_read (self, read);
        }
      else if (read->error != NULL)
        {
          const char *where = read->moved_to;

          /* A file left in place is never written over: its month is read-only this run. */
          if (where == NULL)
            {
              g_hash_table_replace (self->untouchable, g_strdup (read->month),
                                    g_error_copy (read->error));
              where = "";
            }
          if (g_hash_table_add (self->damaged, g_strdup (read->month)))
            tend_store_emit_damaged (self, read->month, where, read->error);
        }
    }

  merge_sorted (self->entries, new_entries, tend_store_compare_entries);
  merge_sorted (self->sessions, new_sessions, tend_store_compare_sessions);

  /* Months that held a stale copy of a moved entry no longer do, on disk too. */
  g_hash_table_iter_init (&iter, stale);
  while (g_hash_table_iter_next (&iter, &file, NULL))
    if (!tend_month_file_is_read_only (file))
      tend_store_save_month (self, file, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Loading */

/**
 * tend_store_forget:
 *
 * Lets go of every record and month read, as before the journal was first loaded (a lock).
 */
void
tend_store_forget (TendStore *self)
{
  gboolean was_loaded = self->loaded;

  g_clear_pointer (&self->ahead, tend_read_ahead_free);
  g_list_store_remove_all (self->entries);
  g_list_store_remove_all (self->sessions);
  g_hash_table_remove_all (self->entry_ids);
  g_hash_table_remove_all (self->deleted);
  g_hash_table_remove_all (self->session_ids);
  g_hash_table_remove_all (self->tombstones);
  g_hash_table_remove_all (self->months);
  g_hash_table_remove_all (self->damaged);
  g_hash_table_remove_all (self->untouchable);
  g_hash_table_remove_all (self->refused);
  g_ptr_array_set_size (self->unread, 0);
  self->months_loaded = 0;
  self->months_total = 0;
  self->loaded = FALSE;
  self->loading = FALSE;
  tend_store_notify_load (self, TEND_STORE_LOAD_MONTHS_TOTAL | TEND_STORE_LOAD_MONTHS_LOADED |
                                (was_loaded ? TEND_STORE_LOAD_LOADED : 0));
}

static void
recent_months (GDateTime *today,
               char     **current,
               char     **previous)
{
  g_autoptr(GDateTime) last_month = g_date_time_add_months (today, -1);

  *current = g_date_time_format (today, "%Y-%m");
  *previous = g_date_time_format (last_month, "%Y-%m");
}

/**
 * tend_store_read_ahead:
 * @today: the day tend_store_load_recent() will be given
 *
 * Starts reading the months tend_store_load_recent() needs on a thread of their own, so that
 * they are ready when it is called: the program's start-up does its other work meanwhile.
 * Nothing is changed on disk; a damaged month is left for tend_store_load_recent().
 */
void
tend_store_read_ahead (TendStore *self,
                       GDateTime *today)
{
  g_autofree char *current = NULL;
  g_autofree char *previous = NULL;

  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (today != NULL);

  if (self->ahead != NULL || g_hash_table_size (self->months) > 0)
    return;

  recent_months (today, &current, &previous);
  self->ahead = tend_read_ahead_start (self->dir, self->key, (const char *[]) { current, previous, NULL });
}

/**
 * tend_store_load_recent:
 *
 * Takes the journal's lock and reads what the first window needs: the month of @today and the
 * one before it. Damaged files are moved aside and reported with ::damaged.
 */
gboolean
tend_store_load_recent (TendStore  *self,
                        GDateTime  *today,
                        GError    **error)
{
  g_autoptr(GPtrArray) months = NULL;
  g_autofree char *current = NULL;
  g_autofree char *previous = NULL;
  TendMonthRead reads[2] = { { 0 } };
  guint n_reads = 0;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (tend_store_get_locked (self))
    {
      g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           _("The journal is locked."));
      return FALSE;
    }

  if (!tend_store_ensure_dir_and_lock (self, error))
    return FALSE;

  months = tend_store_list_months (self->dir, error);
  if (months == NULL)
    return FALSE;

  recent_months (today, &current, &previous);

  g_ptr_array_set_size (self->unread, 0);
  for (guint i = 0; i < months->len; i++)
    {
      const char *month = g_ptr_array_index (months, i);

      if (g_hash_table_contains (self->months, month))
        continue;

      if (g_str_equal (month, current) || g_str_equal (month, previous))
        {
          if (self->ahead == NULL || !tend_read_ahead_take (self->ahead, month, &reads[n_reads]))
            tend_store_read_month (self->dir, self->key, month, &reads[n_reads]);
          n_reads++;
        }
      else
        g_ptr_array_add (self->unread, g_strdup (month));
    }

  g_clear_pointer (&self->ahead, tend_read_ahead_free);
  tend_store_take_reads (self, reads, n_reads);
  for (guint i = 0; i < n_reads; i++)
    tend_month_read_clear (&reads[i]);

  self->months_total = months->len;
  self->months_loaded = months->len - self->unread->len;
  self->loaded = self->unread->len == 0;
  tend_store_notify_load (self, TEND_STORE_LOAD_MONTHS_TOTAL | TEND_STORE_LOAD_MONTHS_LOADED |
                                (self->loaded ? TEND_STORE_LOAD_LOADED : 0));
  if (self->loaded)
    tend_store_loaded_all (self);

  return TRUE;
}

static void
progress_cb (gpointer user_data,
             guint    months_read)
{
  TendStore *self = user_data;
  guint loaded = self->months_total - self->unread->len + months_read;

  /* Two readers post their counts; one may arrive after a larger one. */
  if (loaded <= self->months_loaded)
    return;

  self->months_loaded = loaded;
  tend_store_notify_load (self, TEND_STORE_LOAD_MONTHS_LOADED);
}

static void
load_all_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TendStore *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthReads) reads = NULL;

  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->load_waiters);
  guint generation = GPOINTER_TO_UINT (g_task_get_task_data (task));

  self->loading = FALSE;
  reads = tend_store_read_months_finish (result, &error);
  /* Locked while the months were read: what was read is dropped unseen. */
  if (reads != NULL && generation != self->generation)
    {
      g_clear_pointer (&reads, tend_month_reads_free);
      g_set_error_literal (&error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           _("The journal is locked."));
    }
  if (reads != NULL)
    {
      tend_store_take_reads (self, reads->reads, reads->n_reads);
      g_ptr_array_set_size (self->unread, 0);
      self->months_loaded = self->months_total;
      self->loaded = TRUE;
      tend_store_notify_load (self, TEND_STORE_LOAD_MONTHS_LOADED | TEND_STORE_LOAD_LOADED);
      tend_store_loaded_all (self);
    }

  for (guint i = 0; waiters != NULL && i < waiters->len; i++)
    {
      GTask *waiter = g_ptr_array_index (waiters, i);

      if (error != NULL)
        g_task_return_error (waiter, g_error_copy (error));
      else
        g_task_return_boolean (waiter, TRUE);
    }

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tend_store_load_all_async:
 *
 * Reads every other month on worker threads. Progress is the "months-loaded" and
 * "months-total" properties; the records arrive in the list models when all are read. A call
 * while a read is under way waits for that read.
 */
void
tend_store_load_all_async (TendStore           *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TEND_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_store_load_all_async);

  /* A second caller (an export while the window still reads) waits for the same read. */
  if (self->loading)
    {
      if (self->load_waiters == NULL)
        self->load_waiters = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (self->load_waiters, g_steal_pointer (&task));
      return;
    }

  if (tend_store_get_locked (self))
    {
      g_task_return_new_error (task, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                               _("The journal is locked."));
      return;
    }

  if (self->loaded || self->unread->len == 0)
    {
      if (!self->loaded)
        {
          self->loaded = TRUE;
          tend_store_notify_load (self, TEND_STORE_LOAD_LOADED);
          tend_store_loaded_all (self);
        }
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->loading = TRUE;
  g_task_set_task_data (task, GUINT_TO_POINTER (self->generation), NULL);
  tend_store_read_months_async (self, self->dir, self->key, self->unread, cancellable,
                                progress_cb, load_all_done_cb, g_steal_pointer (&task));
}

gboolean
tend_store_load_all_finish (TendStore     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
tend_store_get_loaded (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return self->loaded;
}

guint
tend_store_get_months_loaded (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), 0);

  return self->months_loaded;
}

guint
tend_store_get_months_total (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), 0);

  return self->months_total;
}
