/* tend-store.c — the journal as list models of entries and sessions (newest first): opening
 * and locking the folder, taking months in as they are read, changes record by record, and
 * saving them.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-store-private.h"

enum {
  PROP_0,
  PROP_DIR,
  PROP_LOADED,
  PROP_MONTHS_LOADED,
  PROP_MONTHS_TOTAL,
  PROP_UNSAVED,
  PROP_PROTECTED,
  PROP_LOCKED,
  PROP_CONVERTING,
  N_PROPS,
};

enum {
  DAMAGED,
  SAVE_FAILED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TendStore, tend_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (tend-store-error-quark, tend_store_error)

/* ------------------------------------------------------------------------------------------ */
/* Ordering: newest first. */

/**
 * tend_store_compare_entries:
 *
 * Newest first: by day, then by when written. Returns -1, 0 or 1 (a GCompareDataFunc, and
 * the values of GtkOrdering).
 */
int
tend_store_compare_entries (gconstpointer a,
                            gconstpointer b,
                            gpointer      user_data)
{
  TendEntry *ea = (TendEntry *) a;
  TendEntry *eb = (TendEntry *) b;
  int order = g_strcmp0 (tend_entry_get_day (eb), tend_entry_get_day (ea));

  if (order == 0)
    order = g_date_time_compare (tend_entry_get_created (eb), tend_entry_get_created (ea));

  return (order > 0) - (order < 0);
}

int
tend_store_compare_sessions (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  return g_date_time_compare (tend_grounding_session_get_started ((TendGroundingSession *) b),
                              tend_grounding_session_get_started ((TendGroundingSession *) a));
}

/* ------------------------------------------------------------------------------------------ */
/* Paths */

char *
tend_store_month_path (const char *dir,
                       const char *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);

  return g_build_filename (dir, name, NULL);
}

static int
compare_month_files (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (tend_month_file_get_month (*(TendMonthFile **) a),
                 tend_month_file_get_month (*(TendMonthFile **) b));
}

/* ------------------------------------------------------------------------------------------ */
/* Telling, for the store's other files */

void
tend_store_notify_load (TendStore           *self,
                        TendStoreLoadChange  changed)
{
  if (changed & TEND_STORE_LOAD_MONTHS_TOTAL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHS_TOTAL]);
  if (changed & TEND_STORE_LOAD_MONTHS_LOADED)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHS_LOADED]);
  if (changed & TEND_STORE_LOAD_LOADED)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

void
tend_store_notify_seal (TendStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROTECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVERTING]);
}

/**
 * tend_store_emit_damaged:
 *
 * Emits ::damaged: @where is where the file was kept aside, or "" if it was left in place.
 */
void
tend_store_emit_damaged (TendStore    *self,
                         const char   *month,
                         const char   *where,
                         const GError *error)
{
  g_signal_emit (self, signals[DAMAGED], 0, month, where, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Changing records. Changes are saved on a worker thread; these return at once. A change that
 * would make its month's file larger than the reader accepts is refused with
 * TEND_MONTH_FILE_ERROR_TOO_LARGE (and ::save-failed): a new record is not taken; changed
 * fields stay in memory, unsaved. */

/* The month a change goes to, read first if it is on disk but not loaded yet, so that a save
 * never replaces a file the store has not seen. */
TendMonthFile *
tend_store_month_for_write (TendStore   *self,
                            const char  *month,
                            GError     **error)
{
  TendMonthFile *file = g_hash_table_lookup (self->months, month);

  if (tend_store_get_locked (self))
    {
      g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           _("Not saved: the journal is locked."));
      return NULL;
    }

  if (file == NULL && g_hash_table_contains (self->untouchable, month))
    {
      g_autofree char *name = tend_month_describe (month);

      g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_DAMAGED,
                   /* Translators: %s is a month and year, e.g. “November 2026”. Its file
                    * could not be read nor moved aside, so Tend does not write to it. */
                   _("Not saved: the damaged file of %s stays as it is"), name);
      return NULL;
    }

  if (file == NULL)
    {
      TendMonthRead read = { 0 };
      g_autofree char *path = NULL;

      if (!tend_store_ensure_dir_and_lock (self, error))
        return NULL;

      path = tend_store_month_path (self->dir, month);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          tend_store_read_month (self->dir, self->key, month, &read);
          tend_store_take_reads (self, &read, 1);
          tend_month_read_clear (&read);
          if (g_hash_table_contains (self->untouchable, month))
            return tend_store_month_for_write (self, month, error);
        }

      file = g_hash_table_lookup (self->months, month);
      if (file == NULL)
        {
          file = tend_month_file_new (month);
          g_hash_table_insert (self->months, g_strdup (month), file);
        }
    }

  if (tend_month_file_is_read_only (file))
    {
      g_autofree char *name = tend_month_describe (month);

      g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a month like “November 2026”. */
                   _("The entries of %s were saved by a newer version of Tend. They are shown "
                     "as they are and cannot be changed here."),
                   name);
      return NULL;
    }

  return file;
}

static gboolean
has_unsaved (TendStore *self)
{
  return g_hash_table_size (self->write_failed) > 0 || g_hash_table_size (self->refused) > 0;
}

/* Adds (@unsaved) or removes @month in @set, and tells when the journal as a whole went from
 * saved to unsaved or back. */
static void
mark_unsaved (TendStore  *self,
              GHashTable *set,
              const char *month,
              gboolean    unsaved)
{
  gboolean before = has_unsaved (self);

  if (unsaved)
    g_hash_table_add (set, g_strdup (month));
  else
    g_hash_table_remove (set, month);

  if (!has_unsaved (self))
    g_clear_error (&self->save_error);
  if (before != has_unsaved (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
report_save_error (TendStore    *self,
                   const GError *error)
{
  g_clear_error (&self->save_error);
  self->save_error = g_error_copy (error);
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

/* The month refuses to make a file it could not read back (too large, say): nothing is
 * written, the change stays in memory, ::save-failed tells, and the caller gets the error. */
gboolean
tend_store_save_month (TendStore      *self,
                       TendMonthFile  *file,
                       GError        **error)
{
  const char *month = tend_month_file_get_month (file);
  g_autofree char *path = tend_store_month_path (self->dir, month);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) plain = tend_month_file_to_bytes (file, &local_error);
  GBytes *bytes = NULL;

  if (plain != NULL)
    bytes = tend_store_seal_bytes (self, month, plain, &local_error);
  if (bytes == NULL)
    {
      mark_unsaved (self, self->refused, month, TRUE);
      report_save_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  tend_store_writer_queue (self->writer, path, bytes);
  mark_unsaved (self, self->refused, month, FALSE);
  return TRUE;
}

char *
tend_store_entry_month (TendEntry *entry)
{
  return tend_month_for_day (tend_entry_get_day (entry));
}

gboolean
tend_store_add_entry (TendStore  *self,
                      TendEntry  *entry,
                      GError    **error)
{
  g_autofree char *month = NULL;
  TendMonthFile *file;
  gboolean was_refused;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (!g_hash_table_contains (self->entry_ids, tend_entry_get_id (entry)), FALSE);

  month = tend_store_entry_month (entry);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    return FALSE;

  g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (entry));
  g_hash_table_insert (self->entry_ids, (gpointer) tend_entry_get_id (entry), entry);
  tend_search_set_key (entry);
  tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);

  was_refused = g_hash_table_contains (self->refused, month);
  if (!tend_store_save_month (self, file, error))
    {
      /* Refused whole: the journal is as before, and the caller still holds the entry. */
      mark_unsaved (self, self->refused, month, was_refused);
      tend_store_remove_sorted (self->entries, entry, tend_store_compare_entries);
      g_hash_table_remove (self->entry_ids, tend_entry_get_id (entry));
      g_ptr_array_remove (tend_month_file_get_entries (file), entry);
      return FALSE;
    }

  return TRUE;
}

/* The month file of an entry the store holds, ready for a change. */
TendMonthFile *
tend_store_month_of_entry (TendStore  *self,
                           TendEntry  *entry,
                           GError    **error)
{
  g_autofree char *month = NULL;

  if (g_hash_table_lookup (self->entry_ids, tend_entry_get_id (entry)) != entry)
    {
      g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_NOT_FOUND,
                   _("This entry is no longer in the journal."));
      return NULL;
    }

  month = tend_store_entry_month (entry);
  return tend_store_month_for_write (self, month, error);
}

/**
 * tend_store_update_entry:
 *
 * Call after changing an entry's fields: sets "updated" and saves its month.
 */
gboolean
tend_store_update_entry (TendStore  *self,
                         TendEntry  *entry,
                         GError    **error)
{
  g_autoptr(GDateTime) now = NULL;
  TendMonthFile *file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_ENTRY (entry), FALSE);

  file = tend_store_month_of_entry (self, entry, error);
  if (file == NULL)
    return FALSE;

  now = g_date_time_new_now_local ();
  tend_entry_set_updated (entry, now);
  tend_search_set_key (entry);

  /* The entry's new words stay in memory (and in the window) when they cannot be saved. */
  return tend_store_save_month (self, file, error);
}

/**
 * tend_store_delete_entry:
 *
 * Removes the entry and leaves a tombstone; tend_store_undo_delete() brings it back.
 */
gboolean
tend_store_delete_entry (TendStore  *self,
                         TendEntry  *entry,
                         GError    **error)
{
  g_autoptr(GDateTime) now = NULL;
  TendMonthFile *file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_ENTRY (entry), FALSE);

  file = tend_store_month_of_entry (self, entry, error);
  if (file == NULL)
    return FALSE;

  /* Keep the entry for undo before the month lets go of it. */
  g_hash_table_insert (self->deleted, g_strdup (tend_entry_get_id (entry)), g_object_ref (entry));
  g_hash_table_remove (self->entry_ids, tend_entry_get_id (entry));
  tend_store_remove_sorted (self->entries, entry, tend_store_compare_entries);
  g_ptr_array_remove (tend_month_file_get_entries (file), entry);

  now = g_date_time_new_now_local ();
  tend_month_file_add_tombstone (file, tend_entry_get_id (entry), now);
  g_hash_table_replace (self->tombstones, g_strdup (tend_entry_get_id (entry)),
                        g_strdup (tend_month_file_get_month (file)));
  tend_store_save_month (self, file, NULL);

  return TRUE;
}

gboolean
tend_store_undo_delete (TendStore   *self,
                        const char  *id,
                        GError     **error)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autofree char *month = NULL;
  g_autofree char *key = NULL;
  TendMonthFile *file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_hash_table_steal_extended (self->deleted, id, (gpointer *) &key, (gpointer *) &entry))
    {
      g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_NOT_FOUND,
                   _("There is nothing to bring back."));
      return FALSE;
    }

  month = tend_store_entry_month (entry);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    {
      g_hash_table_insert (self->deleted, g_steal_pointer (&key), g_steal_pointer (&entry));
      return FALSE;
    }

  tend_month_file_remove_tombstone (file, id);
  g_hash_table_remove (self->tombstones, id);
  g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (entry));
  g_hash_table_insert (self->entry_ids, (gpointer) tend_entry_get_id (entry), entry);
  tend_store_insert_sorted (self->entries, entry, tend_store_compare_entries);

  return tend_store_save_month (self, file, error);
}

char *
tend_store_session_month (TendGroundingSession *session)
{
  g_autofree char *day = tend_grounding_session_dup_day (session);

  return tend_month_for_day (day);
}

gboolean
tend_store_add_session (TendStore             *self,
                        TendGroundingSession  *session,
                        GError               **error)
{
  g_autofree char *month = NULL;
  TendMonthFile *file;
  gboolean was_refused;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (session), FALSE);

  month = tend_store_session_month (session);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    return FALSE;

  g_ptr_array_add (tend_month_file_get_sessions (file), g_object_ref (session));
  g_hash_table_insert (self->session_ids, (gpointer) tend_grounding_session_get_id (session),
                       session);
  tend_store_insert_sorted (self->sessions, session, tend_store_compare_sessions);

  was_refused = g_hash_table_contains (self->refused, month);
  if (!tend_store_save_month (self, file, error))
    {
      mark_unsaved (self, self->refused, month, was_refused);
      tend_store_remove_sorted (self->sessions, session, tend_store_compare_sessions);
      g_hash_table_remove (self->session_ids, tend_grounding_session_get_id (session));
      g_ptr_array_remove (tend_month_file_get_sessions (file), session);
      return FALSE;
    }

  return TRUE;
}

gboolean
tend_store_update_session (TendStore             *self,
                           TendGroundingSession  *session,
                           GError               **error)
{
  g_autofree char *month = NULL;
  g_autoptr(GDateTime) now = NULL;
  TendMonthFile *file;

  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (session), FALSE);

  month = tend_store_session_month (session);
  file = tend_store_month_for_write (self, month, error);
  if (file == NULL)
    return FALSE;

  if (!g_ptr_array_find (tend_month_file_get_sessions (file), session, NULL))
    {
      g_set_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_NOT_FOUND,
                   _("This exercise session is no longer in the journal."));
      return FALSE;
    }

  now = g_date_time_new_now_local ();
  tend_grounding_session_set_updated (session, now);

  return tend_store_save_month (self, file, error);
}

/* ------------------------------------------------------------------------------------------ */
/* Saving */

/* Saves the months an import changed, oldest first: at its end, on a flush, on dispose. */
gboolean
tend_store_save_pending (TendStore  *self,
                         GError    **error)
{
  g_autoptr(GPtrArray) months = NULL;
  gboolean saved = TRUE;

  if (self->import_pending == NULL || g_hash_table_size (self->import_pending) == 0)
    return TRUE;

  months = g_hash_table_steal_all_keys (self->import_pending);
  g_ptr_array_set_free_func (months, g_object_unref);
  g_ptr_array_sort (months, compare_month_files);

  /* Every month is tried; the first refusal is the one told. */
  for (guint i = 0; i < months->len; i++)
    if (!tend_store_save_month (self, g_ptr_array_index (months, i), saved ? error : NULL))
      saved = FALSE;

  return saved;
}

/**
 * tend_store_flush:
 *
 * Blocks until every change made so far is on disk (application shutdown).
 */
void
tend_store_flush (TendStore *self)
{
  g_return_if_fail (TEND_IS_STORE (self));

  tend_store_save_pending (self, NULL);
  tend_store_writer_flush (self->writer);
}

void
tend_store_retry_saves (TendStore *self)
{
  g_return_if_fail (TEND_IS_STORE (self));

  tend_store_writer_retry (self->writer);
}

/**
 * tend_store_retry_damaged:
 *
 * Tries again to move aside the damaged months that had to be left in place (reported with
 * an empty "moved_to"); each one moved is reported again with where it went, and its month can
 * be written from then on. Returns how many moved.
 */
guint
tend_store_retry_damaged (TendStore *self)
{
  g_autoptr(GPtrArray) months = NULL;
  guint moved = 0;

  g_return_val_if_fail (TEND_IS_STORE (self), 0);

  months = g_hash_table_get_keys_as_ptr_array (self->untouchable);
  for (guint i = 0; i < months->len; i++)
    {
      const char *month = g_ptr_array_index (months, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = tend_store_month_path (self->dir, month);
      g_autofree char *to = tend_store_move_file_aside (path, &error);
      g_autofree char *kept = NULL;
      g_autoptr(GError) why = NULL;

      /* Still stuck: the person is told the same as before, by the banner already shown. */
      if (to == NULL)
        continue;

      g_hash_table_steal_extended (self->untouchable, month, (gpointer *) &kept,
                                   (gpointer *) &why);
      moved++;
      g_signal_emit (self, signals[DAMAGED], 0, kept, to, why);
    }

  return moved;
}

/**
 * tend_store_get_unsaved:
 *
 * Whether a change is not on disk because its save failed (the "unsaved" property). Failed
 * saves are kept and tried again after a pause; tend_store_retry_saves() tries them now.
 */
gboolean
tend_store_get_unsaved (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return has_unsaved (self);
}

static char *
month_of_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_strndup (base, strlen ("YYYY-MM"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * tend_store_dup_unsaved_months:
 *
 * The months holding changes that are not on disk (TendMonthFile, oldest first), asked of
 * the writer at this moment; call tend_store_flush() first to let queued saves finish.
 */
GPtrArray *
tend_store_dup_unsaved_months (TendStore *self)
{
  g_auto(GStrv) paths = NULL;
  g_autoptr(GHashTable) months = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = NULL;
  GHashTableIter iter;
  gpointer month;

  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  /* Asked of the writer itself, not of its reports, which may still be on their way. */
  paths = tend_store_writer_dup_unsaved (self->writer);
  months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; paths[i] != NULL; i++)
    g_hash_table_add (months, month_of_path (paths[i]));
  g_hash_table_iter_init (&iter, self->refused);
  while (g_hash_table_iter_next (&iter, &month, NULL))
    g_hash_table_add (months, g_strdup (month));

  names = g_hash_table_get_keys_as_ptr_array (months);
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      TendMonthFile *file = g_hash_table_lookup (self->months, g_ptr_array_index (names, i));

      if (file != NULL)
        g_ptr_array_add (result, g_object_ref (file));
    }

  return g_steal_pointer (&result);
}

/**
 * tend_store_get_open_error:
 *
 * Changes fail with the same error meanwhile.
 *
 * Returns: why the journal could not be opened when the store last tried, for instance
 *   %TEND_STORE_ERROR_LOCKED when another Tend has it; %NULL once it is open, or before it is
 *   first opened
 */
const GError *
tend_store_get_open_error (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  return self->open_error;
}

/**
 * tend_store_get_save_error:
 *
 * The last error a background save met while some change is unsaved, or NULL.
 */
const GError *
tend_store_get_save_error (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  return self->save_error;
}

/* ------------------------------------------------------------------------------------------ */
/* Reading */

TendEntry *
tend_store_find_entry (TendStore  *self,
                       const char *id)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->entry_ids, id);
}

TendGroundingSession *
tend_store_find_session (TendStore  *self,
                         const char *id)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->session_ids, id);
}

/**
 * tend_store_get_deleted_time:
 *
 * When the record @id was deleted, if the journal keeps a tombstone for it; else NULL.
 */
GDateTime *
tend_store_get_deleted_time (TendStore  *self,
                             const char *id)
{
  const char *month;
  TendMonthFile *file;
  TendTombstone *tombstone;

  g_return_val_if_fail (TEND_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  month = g_hash_table_lookup (self->tombstones, id);
  file = month != NULL ? g_hash_table_lookup (self->months, month) : NULL;
  tombstone = file != NULL ? tend_month_file_find_tombstone (file, id) : NULL;

  return tombstone != NULL ? tombstone->updated : NULL;
}

/**
 * tend_store_get_deleted_month:
 *
 * The month ("YYYY-MM") that keeps the tombstone of @id, or NULL.
 */
const char *
tend_store_get_deleted_month (TendStore  *self,
                              const char *id)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->tombstones, id);
}

/**
 * tend_store_dup_months:
 *
 * The months read so far, oldest first (TendMonthFile). Read them, never change them: every
 * change goes through the store, which saves it.
 */
GPtrArray *
tend_store_dup_months (TendStore *self)
{
  GPtrArray *months;
  GHashTableIter iter;
  gpointer file;

  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  months = g_ptr_array_new_full (g_hash_table_size (self->months), g_object_unref);
  g_hash_table_iter_init (&iter, self->months);
  while (g_hash_table_iter_next (&iter, NULL, &file))
    g_ptr_array_add (months, g_object_ref (file));
  g_ptr_array_sort (months, compare_month_files);

  return months;
}

/**
 * tend_store_search:
 *
 * Entries whose text or tags hold every word of @query, ignoring case and accents; newest
 * first. Returns a new array of borrowed TendEntry.
 */
GPtrArray *
tend_store_search (TendStore  *self,
                   const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  GPtrArray *results = g_ptr_array_new ();
  guint n_items;

  g_return_val_if_fail (TEND_IS_STORE (self), results);
  g_return_val_if_fail (query != NULL, results);

  folded = tend_search_fold (query);
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (tend_search_key_matches (tend_search_get_key (entry), (const char * const *) words))
        g_ptr_array_add (results, entry);
    }

  return results;
}

GListModel *
tend_store_get_entries (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->entries);
}

GListModel *
tend_store_get_sessions (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->sessions);
}

const char *
tend_store_get_dir (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

  return self->dir;
}

/* ------------------------------------------------------------------------------------------ */

static void
write_report_cb (const char   *path,
                 const GError *error,
                 gpointer      user_data)
{
  TendStore *self = TEND_STORE (user_data);
  g_autofree char *month = month_of_path (path);

  mark_unsaved (self, self->write_failed, month, error != NULL);
  if (error != NULL)
    report_save_error (self, error);
}

static void
tend_store_constructed (GObject *object)
{
  TendStore *self = TEND_STORE (object);

  G_OBJECT_CLASS (tend_store_parent_class)->constructed (object);

  self->writer = tend_store_writer_new (write_report_cb, self);
  tend_store_seal_init (self);
}

static void
tend_store_dispose (GObject *object)
{
  TendStore *self = TEND_STORE (object);

  g_clear_pointer (&self->ahead, tend_read_ahead_free);
  /* Everything promised to the disk is written before the store goes away. */
  if (self->writer != NULL)
    tend_store_save_pending (self, NULL);
  g_clear_pointer (&self->import_pending, g_hash_table_unref);
  g_clear_pointer (&self->writer, tend_store_writer_free);

  if (self->entries != NULL)
    g_list_store_remove_all (self->entries);
  if (self->sessions != NULL)
    g_list_store_remove_all (self->sessions);

  G_OBJECT_CLASS (tend_store_parent_class)->dispose (object);
}

static void
tend_store_finalize (GObject *object)
{
  TendStore *self = TEND_STORE (object);

  g_clear_fd (&self->lock_file_fd, NULL);
  g_clear_fd (&self->lock_fd, NULL);
  g_clear_error (&self->open_error);

  g_clear_object (&self->entries);
  g_clear_object (&self->sessions);
  g_clear_pointer (&self->entry_ids, g_hash_table_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->session_ids, g_hash_table_unref);
  g_clear_pointer (&self->tombstones, g_hash_table_unref);
  g_clear_pointer (&self->load_waiters, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_hash_table_unref);
  g_clear_pointer (&self->unread, g_ptr_array_unref);
  g_clear_pointer (&self->dir, g_free);
  g_clear_error (&self->save_error);
  g_clear_pointer (&self->write_failed, g_hash_table_unref);
  g_clear_pointer (&self->refused, g_hash_table_unref);
  g_clear_pointer (&self->damaged, g_hash_table_unref);
  g_clear_pointer (&self->untouchable, g_hash_table_unref);
  tend_store_seal_clear (self);

  G_OBJECT_CLASS (tend_store_parent_class)->finalize (object);
}

static void
tend_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TendStore *self = TEND_STORE (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_value_set_string (value, self->dir);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_MONTHS_LOADED:
      g_value_set_uint (value, self->months_loaded);
      break;
    case PROP_MONTHS_TOTAL:
      g_value_set_uint (value, self->months_total);
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, has_unsaved (self));
      break;
    case PROP_PROTECTED:
      g_value_set_boolean (value, tend_store_get_protected (self));
      break;
    case PROP_LOCKED:
      g_value_set_boolean (value, tend_store_get_locked (self));
      break;
    case PROP_CONVERTING:
      g_value_set_boolean (value, tend_store_get_converting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_store_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TendStore *self = TEND_STORE (object);

  switch (prop_id)
    {
    case PROP_DIR:
      self->dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_store_class_init (TendStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tend_store_constructed;
  object_class->dispose = tend_store_dispose;
  object_class->finalize = tend_store_finalize;
  object_class->get_property = tend_store_get_property;
  object_class->set_property = tend_store_set_property;

  properties[PROP_DIR] =
    g_param_spec_string ("dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MONTHS_LOADED] =
    g_param_spec_uint ("months-loaded", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MONTHS_TOTAL] =
    g_param_spec_uint ("months-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * TendStore:unsaved:
   *
   * Whether some change is not on disk because saving it failed; it is kept and tried again.
   */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROTECTED] =
    g_param_spec_boolean ("protected", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONVERTING] =
    g_param_spec_boolean ("converting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TendStore::damaged:
   * @month: the month that could not be read, "YYYY-MM"
   * @moved_to: where the file was kept, unchanged, or "" when it could not be moved and was
   *   left where it is (the month is then never written in this run)
   * @error: why it could not be read
   */
  signals[DAMAGED] =
    g_signal_new ("damaged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_ERROR);

  /**
   * TendStore::save-failed:
   * @error: why a month could not be written; the change stays in memory and is tried again
   *   (after a pause, when anything changes, on tend_store_retry_saves()) until it is on disk.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

}

/* g_error_free() as a GDestroyNotify. */
static void
error_free (gpointer error)
{
  g_error_free (error);
}

static void
tend_store_init (TendStore *self)
{
  self->lock_fd = -1;
  self->lock_file_fd = -1;
  self->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->unread = g_ptr_array_new_with_free_func (g_free);
  self->entries = g_list_store_new (TEND_TYPE_ENTRY);
  self->sessions = g_list_store_new (TEND_TYPE_GROUNDING_SESSION);
  self->entry_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->session_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->tombstones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->damaged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->untouchable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, error_free);
  self->write_failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * tend_store_new:
 *
 * A journal in @dir (one YYYY-MM.json a month); @dir is created with mode 0700.
 */
TendStore *
tend_store_new (const char *dir)
{
  g_return_val_if_fail (dir != NULL, NULL);

  return g_object_new (TEND_TYPE_STORE, "dir", dir, NULL);
}
