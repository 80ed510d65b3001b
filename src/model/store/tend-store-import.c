/* tend-store-import.c — merging a backup into the store record by record: the decisions are
 * tend-backup.c's, these apply them and save each month an import changed once, at its end.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-store.h"
#include "tend-store-private.h"

/* Merging another copy of the journal (a backup). The caller decides which copy of a record
 * wins (tend-backup.c); these apply its decision and keep the times the record brings. */

/* Inside tend_store_import_begin() and _end(), a month is saved once, at the end. */
static void
import_save (TendStore     *self,
             TendMonthFile *file)
{
  if (self->import_pending == NULL)
    tend_store_save_month (self, file, NULL);
  else if (!g_hash_table_contains (self->import_pending, file))
    g_hash_table_add (self->import_pending, g_object_ref (file));
}

/**
 * tend_store_import_begin:
 *
 * Starts merging many records: until tend_store_import_end(), the import functions keep the
 * months they change in memory and save each of them once, at the end (or at
 * tend_store_flush()), so merging is linear in the records. Other changes are saved at once,
 * as always.
 */
void
tend_store_import_begin (TendStore *self)
{
  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (self->import_pending == NULL);

  self->import_pending = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

/**
 * tend_store_import_end:
 *
 * Saves the months the import changed.
 *
 * Returns: %TRUE, or %FALSE with the error of the first month that could not be saved (it is
 *   told through ::save-failed too, and kept in memory)
 */
gboolean
tend_store_import_end (TendStore  *self,
                       GError    **error)
{
  gboolean saved;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->import_pending != NULL, FALSE);

  saved = tend_store_save_pending (self, error);
  g_clear_pointer (&self->import_pending, g_hash_table_unref);

  return saved;
}

/* Drops the tombstone for @id, wherever it is: the record is back. */
static void
forget_tombstone (TendStore  *self,
                  const char *id)
{
  const char *month = g_hash_table_lookup (self->tombstones, id);
  TendMonthFile *file = month != NULL ? g_hash_table_lookup (self->months, month) : NULL;

  if (file != NULL && tend_month_file_remove_tombstone (file, id))
    import_save (self, file);
  g_hash_table_remove (self->tombstones, id);
}

/**
 * tend_store_import_entry:
 * @entry: an entry from a backup
 *
 * Adds @entry, or makes the entry with its id hold what @entry holds (the same object stays
 * in the lists, so views and the editor keep it). Its "updated" time is kept, not stamped
 * now; which copy wins is the caller's decision (tend-backup.h). A tombstone for its id is
 * dropped, and an undo of an earlier delete is no longer offered. Call only once the whole
 * journal is loaded, so there is no older copy unread.
 *
 * Returns: %TRUE, or %FALSE when the entry's month cannot be written (read-only)
 */
gboolean
tend_store_import_entry (TendStore  *self,
                         TendEntry  *entry,
                         GError    **error)
{
  const char *id;
  TendEntry *ours;
  TendMonthFile *file, *old_file = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (self->loaded, FALSE);

  id = tend_entry_get_id (entry);
  ours = g_hash_table_lookup (self->entry_ids, id);
  month = tend_store_entry_month (entry);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    return FALSE;
  if (ours != NULL && (old_file = tend_store_month_of_entry (self, ours, error)) == NULL)
    return FALSE;

  if (ours == NULL)
    {
      g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (entry));
      g_hash_table_insert (self->entry_ids, (gpointer) id, entry);
      tend_search_set_key (entry);
      tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);
    }
  else
    {
      /* Out and back in: the day may have changed, and the rows show it afresh. */
      tend_store_remove_sorted (self->entries, ours, tend_store_compare_entries);
      tend_entry_assign (ours, entry);
      tend_search_set_key (ours);
      tend_store_insert_sorted (self->entries, ours, tend_store_compare_entries);

      if (old_file != file)
        {
          g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (ours));
          g_ptr_array_remove (tend_month_file_get_entries (old_file), ours);
          import_save (self, old_file);
        }
    }

  g_hash_table_remove (self->deleted, id);
  forget_tombstone (self, id);
  import_save (self, file);

  return TRUE;
}

/**
 * tend_store_import_session:
 * @session: a grounding session from a backup
 *
 * As tend_store_import_entry(), for a grounding session.
 */
gboolean
tend_store_import_session (TendStore             *self,
                           TendGroundingSession  *session,
                           GError               **error)
{
  const char *id;
  TendGroundingSession *ours;
  TendMonthFile *file, *old_file = NULL;
  g_autofree char *month = NULL;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (session), FALSE);
  g_return_val_if_fail (self->loaded, FALSE);

  id = tend_grounding_session_get_id (session);
  ours = g_hash_table_lookup (self->session_ids, id);
  month = tend_store_session_month (session);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    return FALSE;
  if (ours != NULL)
    {
      g_autofree char *old_month = tend_store_session_month (ours);

      old_file = tend_store_month_for_write (self, old_month, error);
      if (old_file == NULL)
        return FALSE;
    }

  if (ours == NULL)
    {
      g_ptr_array_add (tend_month_file_get_sessions (file), g_object_ref (session));
      g_hash_table_insert (self->session_ids, (gpointer) id, session);
      tend_store_insert_sorted (self->sessions, session, tend_store_compare_sessions);
    }
  else
    {
      tend_store_remove_sorted (self->sessions, ours, tend_store_compare_sessions);
      tend_grounding_session_assign (ours, session);
      tend_store_insert_sorted (self->sessions, ours, tend_store_compare_sessions);

      if (old_file != file)
        {
          g_ptr_array_add (tend_month_file_get_sessions (file), g_object_ref (ours));
          g_ptr_array_remove (tend_month_file_get_sessions (old_file), ours);
          import_save (self, old_file);
        }
    }

  forget_tombstone (self, id);
  import_save (self, file);

  return TRUE;
}

/**
 * tend_store_import_tombstone:
 * @month: the month the tombstone came in, "YYYY-MM"
 * @id: the id of a deleted record
 * @deleted: when it was deleted
 *
 * Removes the entry or session @id, if the journal holds one, and keeps a tombstone for it
 * with @deleted as its time: in the month of the record it removed, else where a tombstone
 * for @id already is, else in @month. A tombstone for a record this journal never had is kept
 * too, so a later merge of an older copy of that record does not bring it back.
 */
gboolean
tend_store_import_tombstone (TendStore   *self,
                             const char  *month,
                             const char  *id,
                             GDateTime   *deleted,
                             GError     **error)
{
  TendEntry *entry;
  TendGroundingSession *session;
  g_autofree char *target = NULL;
  TendMonthFile *file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (tend_month_is_valid (month), FALSE);
  g_return_val_if_fail (id != NULL && *id != '\0', FALSE);
  g_return_val_if_fail (deleted != NULL, FALSE);
  g_return_val_if_fail (self->loaded, FALSE);

  entry = g_hash_table_lookup (self->entry_ids, id);
  session = g_hash_table_lookup (self->session_ids, id);
  if (entry != NULL)
    target = tend_store_entry_month (entry);
  else if (session != NULL)
    target = tend_store_session_month (session);
  else if (g_hash_table_contains (self->tombstones, id))
    target = g_strdup (g_hash_table_lookup (self->tombstones, id));
  else
    target = g_strdup (month);

  file = tend_store_month_for_write (self, target, error);
  if (file == NULL)
    return FALSE;

  if (entry != NULL)
    {
      g_hash_table_remove (self->entry_ids, id);
      tend_store_remove_sorted (self->entries, entry, tend_store_compare_entries);
      /* Last: the id belongs to the entry. */
      g_ptr_array_remove (tend_month_file_get_entries (file), entry);
    }
  else if (session != NULL)
    {
      g_hash_table_remove (self->session_ids, id);
      tend_store_remove_sorted (self->sessions, session, tend_store_compare_sessions);
      g_ptr_array_remove (tend_month_file_get_sessions (file), session);
    }

  tend_month_file_add_tombstone (file, id, deleted);
  g_hash_table_replace (self->tombstones, g_strdup (id), g_strdup (target));
  import_save (self, file);

  return TRUE;
}
