/* tend-store-move.c — moving an entry to another day, and so perhaps to another month's file,
 * without a moment when the entry is on disk nowhere.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-json-private.h"
#include "tend-store.h"
#include "tend-store-private.h"

/* Puts @entry back as it was before a move that could not be written. */
static void
undo_move (TendStore     *self,
           TendEntry     *entry,
           TendMonthFile *new_file,
           const char    *day,
           GDateTime     *updated)
{
  if (new_file != NULL)
    g_ptr_array_remove (tend_month_file_get_entries (new_file), entry);
  tend_entry_set_day (entry, day);
  tend_entry_set_updated (entry, updated);
  tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);
}

/**
 * tend_store_move_entry:
 * @entry: an entry the store holds
 * @day: the day it is to be on, "YYYY-MM-DD"
 *
 * Moves @entry to @day. It keeps its id, its words, its check-in (which is part of it) and
 * its "created" time (when it was written); "updated" becomes now, so that a copy of the
 * journal made before the move (a backup) never moves it back when merged.
 *
 * Within a month this is a change like any other, saved in the background. To another month,
 * the new month's file is written first, here and now, and only then is the old month's file
 * written without the entry (in the background, kept and tried again like every save if it
 * fails): at every moment the entry is in one of the two files on disk. When the new month
 * cannot be written (a full disk, a read-only folder) or is refused, nothing has changed, in
 * memory or on disk, and @error says why.
 *
 * Returns: whether the entry is now on @day, and on disk there when it changed month
 */
gboolean
tend_store_move_entry (TendStore   *self,
                       TendEntry   *entry,
                       const char  *day,
                       GError     **error)
{
  g_autoptr(TendEntry) held = NULL;
  g_autofree char *old_day = NULL;
  g_autofree char *new_month = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) old_updated = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TendMonthFile *old_file, *new_file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (tend_day_is_valid (day), FALSE);
  g_return_val_if_fail (self->import_pending == NULL, FALSE);

  old_file = tend_store_month_of_entry (self, entry, error);
  if (old_file == NULL)
    return FALSE;
  if (g_str_equal (day, tend_entry_get_day (entry)))
    return TRUE;

  new_month = tend_month_for_day (day);
  new_file = tend_store_month_for_write (self, new_month, error);
  if (new_file == NULL)
    return FALSE;

  /* The list and the months let go of the entry on the way; this keeps it. */
  held = g_object_ref (entry);
  old_day = g_strdup (tend_entry_get_day (entry));
  old_updated = g_date_time_ref (tend_entry_get_updated (entry));
  now = g_date_time_new_now_local ();

  /* Out of the list while its day changes, since the list is sorted by day. */
  tend_store_remove_sorted (self->entries, entry, tend_store_compare_entries);
  tend_entry_set_day (entry, day);
  tend_entry_set_updated (entry, now);

  if (new_file == old_file)
    {
      tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);
      /* Refused (too large) it stays moved in memory, unsaved and told, as an edit would. */
      return tend_store_save_month (self, old_file, error);
    }

  g_ptr_array_add (tend_month_file_get_entries (new_file), g_object_ref (entry));
  bytes = tend_month_file_to_bytes (new_file, error);
  path = tend_store_month_path (self->dir, new_month);
  if (bytes == NULL || !tend_store_writer_write_now (self->writer, path, bytes, error))
    {
      undo_move (self, entry, new_file, old_day, old_updated);
      return FALSE;
    }

  /* On disk in its new month: now it may leave the old one. */
  g_ptr_array_remove (tend_month_file_get_entries (old_file), entry);
  tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);
  tend_store_save_month (self, old_file, NULL);

  return TRUE;
}
