/* tend-backup-check.c — before an import writes anything: would every month it changes still
 * be a file the journal can read back?
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-backup-private.h"
#include "tend-json-private.h"
#include "tend-month-file-private.h"

/* One month of the journal as the import would leave it: what it holds now, less the records
 * and tombstones that leave it, plus what comes in. */
typedef struct {
  char          *month;
  TendMonthFile *ours;        /* NULL for a month the journal does not have */
  GHashTable    *gone;        /* ids */
  GPtrArray     *entries;     /* borrowed, from the backup */
  GPtrArray     *sessions;
  GHashTable    *tombstones;  /* id → GDateTime, borrowed: set here, new or with a new time */
} MonthPlan;

static void
month_plan_free (gpointer data)
{
  MonthPlan *plan = data;

  g_free (plan->month);
  g_clear_object (&plan->ours);
  g_hash_table_unref (plan->gone);
  g_ptr_array_unref (plan->entries);
  g_ptr_array_unref (plan->sessions);
  g_hash_table_unref (plan->tombstones);
  g_free (plan);
}

static MonthPlan *
plan_for (GHashTable *plans,
          GHashTable *ours,
          const char *month)
{
  MonthPlan *plan = g_hash_table_lookup (plans, month);

  if (plan == NULL)
    {
      TendMonthFile *file = g_hash_table_lookup (ours, month);

      plan = g_new0 (MonthPlan, 1);
      plan->month = g_strdup (month);
      plan->ours = file != NULL ? g_object_ref (file) : NULL;
      plan->gone = g_hash_table_new (g_str_hash, g_str_equal);
      plan->entries = g_ptr_array_new ();
      plan->sessions = g_ptr_array_new ();
      plan->tombstones = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (plans, plan->month, plan);
    }

  return plan;
}

static char *
session_month (TendGroundingSession *session)
{
  g_autofree char *day = tend_grounding_session_dup_day (session);

  return tend_month_for_day (day);
}

/* Where each record goes follows tend_store_import_entry(), _session() and _tombstone(). */
static void
plan_item (const TendBackupItem *item,
           TendStore            *store,
           GHashTable           *plans,
           GHashTable           *ours)
{
  const char *id = tend_backup_item_id (item);
  TendEntry *entry = tend_store_find_entry (store, id);
  TendGroundingSession *session = tend_store_find_session (store, id);
  const char *tombstone_month = tend_store_get_deleted_month (store, id);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (entry != NULL)
    from = tend_month_for_day (tend_entry_get_day (entry));
  else if (session != NULL)
    from = session_month (session);

  switch (item->kind)
    {
    case RECORD_ENTRY:
    case RECORD_SESSION:
      if (from != NULL)
        g_hash_table_add (plan_for (plans, ours, from)->gone, (gpointer) id);
      if (tombstone_month != NULL)
        g_hash_table_add (plan_for (plans, ours, tombstone_month)->gone, (gpointer) id);

      if (item->kind == RECORD_ENTRY)
        {
          to = tend_month_for_day (tend_entry_get_day (item->record));
          g_ptr_array_add (plan_for (plans, ours, to)->entries, item->record);
        }
      else
        {
          to = session_month (item->record);
          g_ptr_array_add (plan_for (plans, ours, to)->sessions, item->record);
        }
      break;

    case RECORD_TOMBSTONE:
    default:
      {
        MonthPlan *plan;

        if (from != NULL)
          to = g_strdup (from);
        else if (tombstone_month != NULL)
          to = g_strdup (tombstone_month);
        else
          to = g_strdup (tend_month_file_get_month (item->month));

        plan = plan_for (plans, ours, to);
        if (from != NULL)
          g_hash_table_add (plan->gone, (gpointer) id);
        g_hash_table_insert (plan->tombstones, (gpointer) id, tend_backup_item_time (item));
      }
      break;
    }
}

static void
add_tombstone (TendMonthFile *file,
               const char    *id,
               GDateTime     *updated,
               JsonObject    *extra)
{
  TendTombstone *tombstone = g_new0 (TendTombstone, 1);

  tombstone->id = g_strdup (id);
  tombstone->updated = g_date_time_ref (updated);
  if (extra != NULL)
    tend_json_add_kept_members (tombstone->extra = json_object_new (), extra);
  g_ptr_array_add (tend_month_file_get_deleted (file), tombstone);
}

/* The month as the import would write it. */
static TendMonthFile *
build_month (MonthPlan *plan)
{
  TendMonthFile *file = plan->ours != NULL ? tend_month_file_new_like (plan->ours)
                                           : tend_month_file_new (plan->month);
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer id, updated;

  if (plan->ours != NULL)
    {
      GPtrArray *entries = tend_month_file_get_entries (plan->ours);
      GPtrArray *sessions = tend_month_file_get_sessions (plan->ours);
      GPtrArray *deleted = tend_month_file_get_deleted (plan->ours);

      for (guint i = 0; i < entries->len; i++)
        if (!g_hash_table_contains (plan->gone, tend_entry_get_id (entries->pdata[i])))
          g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (entries->pdata[i]));

      for (guint i = 0; i < sessions->len; i++)
        if (!g_hash_table_contains (plan->gone,
                                    tend_grounding_session_get_id (sessions->pdata[i])))
          g_ptr_array_add (tend_month_file_get_sessions (file),
                           g_object_ref (sessions->pdata[i]));

      for (guint i = 0; i < deleted->len; i++)
        {
          TendTombstone *tombstone = deleted->pdata[i];
          GDateTime *later = g_hash_table_lookup (plan->tombstones, tombstone->id);

          /* A tombstone set again keeps its place, with the new time. */
          if (later != NULL)
            {
              add_tombstone (file, tombstone->id, later, tombstone->extra);
              g_hash_table_add (set, tombstone->id);
            }
          else if (!g_hash_table_contains (plan->gone, tombstone->id))
            add_tombstone (file, tombstone->id, tombstone->updated, tombstone->extra);
        }
    }

  for (guint i = 0; i < plan->entries->len; i++)
    g_ptr_array_add (tend_month_file_get_entries (file), g_object_ref (plan->entries->pdata[i]));
  for (guint i = 0; i < plan->sessions->len; i++)
    g_ptr_array_add (tend_month_file_get_sessions (file),
                     g_object_ref (plan->sessions->pdata[i]));

  g_hash_table_iter_init (&iter, plan->tombstones);
  while (g_hash_table_iter_next (&iter, &id, &updated))
    if (!g_hash_table_contains (set, id))
      add_tombstone (file, id, updated, NULL);

  return file;
}

static int
compare_plans (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 ((*(MonthPlan **) a)->month, (*(MonthPlan **) b)->month);
}

/**
 * tend_backup_check_months:
 * @items: (element-type TendBackupItem): what the import will do, each with its action
 *
 * Makes, in memory, each month the import changes as it would be written, and refuses the
 * import if one of them could not be: over TEND_MONTH_FILE_MAX_BYTES (the reader would move
 * the whole month aside at the next start), or not writable at all (a month from a newer
 * Tend). One month at a time, each once: linear in the records.
 */
gboolean
tend_backup_check_months (TendStore  *store,
                          GArray     *items,
                          GError    **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       month_plan_free);
  g_autoptr(GHashTable) ours = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) months = tend_store_dup_months (store);
  g_autoptr(GPtrArray) sorted = NULL;

  for (guint i = 0; i < months->len; i++)
    g_hash_table_insert (ours, (gpointer) tend_month_file_get_month (months->pdata[i]),
                         months->pdata[i]);

  for (guint i = 0; i < items->len; i++)
    {
      const TendBackupItem *item = &g_array_index (items, TendBackupItem, i);

      if (item->action != TEND_MERGE_KEEP)
        plan_item (item, store, plans, ours);
    }

  /* In the order of the months, so the month named is the same every time. */
  sorted = g_hash_table_get_values_as_ptr_array (plans);
  g_ptr_array_sort (sorted, compare_plans);

  for (guint i = 0; i < sorted->len; i++)
    {
      MonthPlan *plan = sorted->pdata[i];
      g_autoptr(TendMonthFile) file = build_month (plan);
      g_autoptr(GBytes) bytes = tend_month_file_serialize (file, error);
      g_autofree char *size_text = NULL;
      g_autofree char *max_text = NULL;

      if (bytes == NULL)
        return FALSE;
      if (g_bytes_get_size (bytes) <= TEND_MONTH_FILE_MAX_BYTES)
        continue;

      size_text = g_format_size (g_bytes_get_size (bytes));
      max_text = g_format_size (TEND_MONTH_FILE_MAX_BYTES);
      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_MONTH_TOO_LARGE,
                   /* Translators: %s are a month like 2026-11, then sizes like “18.0 MB” and
                    * “16.8 MB”. */
                   _("Nothing was imported: with this backup, the entries of %s would take %s, "
                     "more than the %s one month can hold."),
                   plan->month, size_text, max_text);
      return FALSE;
    }

  return TRUE;
}
