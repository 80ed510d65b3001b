/* make-backup-seeds.c — writes the backup fuzzer's seeds with Tend's own exporter.
 *
 *   build-aux/dev exec _build/fuzz/tests/fuzz/make-backup-seeds tests/fuzz/corpus-backup
 *
 * Each seed is a journal made through the store, as the app makes one, then exported as a
 * backup, so the fuzzer starts from files that Tend really writes.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-backup.h"

static GDateTime *
at (const char *iso8601)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert (time != NULL);
  return time;
}

static void
add_entry (TendStore  *store,
           const char *created,
           const char *text,
           gboolean    checkin)
{
  g_autoptr(GDateTime) time = at (created);
  g_autoptr(TendEntry) entry = tend_entry_new (NULL, time);
  g_autoptr(GError) error = NULL;

  tend_entry_set_text (entry, text);
  if (checkin)
    {
      const char * const tags[] = { "partner", "évening", NULL };

      tend_entry_set_prompt (entry, "boundaries-03");
      tend_entry_set_theme (entry, "boundaries");
      tend_entry_set_tags (entry, tags);
      tend_entry_set_lookback (entry, FALSE);
      tend_entry_set_mood (entry, 3);
      tend_entry_set_distress (entry, 4);
      tend_entry_set_safety (entry, 3);
      tend_entry_set_closeness (entry, 2);
    }

  if (!tend_store_add_entry (store, entry, &error))
    g_error ("%s", error->message);
}

static void
add_session (TendStore  *store,
             const char *started,
             const char *exercise,
             const char *note)
{
  g_autoptr(GDateTime) time = at (started);
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new (NULL, time, exercise);
  g_autoptr(GError) error = NULL;

  tend_grounding_session_set_seconds (session, 240);
  tend_grounding_session_set_completed (session, TRUE);
  tend_grounding_session_set_distress_before (session, 7);
  tend_grounding_session_set_distress_after (session, 4);
  if (note != NULL)
    tend_grounding_session_set_note (session, note);

  if (!tend_store_add_session (store, session, &error))
    g_error ("%s", error->message);
}

static void
delete_one (TendStore *store)
{
  TendEntry *entry = g_list_model_get_item (tend_store_get_entries (store), 0);
  g_autoptr(GError) error = NULL;

  if (!tend_store_delete_entry (store, entry, &error))
    g_error ("%s", error->message);
  g_object_unref (entry);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, NULL))
    g_error ("The journal did not load");
  *done = TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        remove_tree (child);
      }
  g_remove (path);
}

static void
write_seed (const char *out_dir,
            const char *name,
            guint       kind)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-seeds-XXXXXX", NULL);
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_build_filename (out_dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) today = at ("2026-11-24T12:00:00+01:00");
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  if (!tend_store_load_recent (store, today, &error))
    g_error ("%s", error->message);
  tend_store_load_all_async (store, NULL, loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  switch (kind)
    {
    case 0:  /* nothing written yet */
      break;

    case 1:  /* one entry with every member */
      add_entry (store, "2026-11-23T21:04:05+01:00",
                 "I said “not tonight” and he listened.\nMy shoulders came down. 💛", TRUE);
      break;

    case 2:  /* three months of entries, sessions and a deletion */
      add_entry (store, "2026-09-02T08:15:00+02:00", "Coffee on the step, alone, and fine.", FALSE);
      add_entry (store, "2026-10-11T22:40:00+02:00", "Naïve hope, café talk.", TRUE);
      add_entry (store, "2026-11-20T19:00:00+01:00", "To be let go of.", FALSE);
      delete_one (store);
      add_session (store, "2026-10-12T23:10:00+02:00", "box-breathing", "the cool glass helped");
      add_session (store, "2026-11-21T07:30:00+01:00", "senses-54321", NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  tend_store_flush (store);
  if (!tend_backup_export (store, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error))
    g_error ("%s", error->message);

  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc != 2)
    {
      g_printerr ("usage: %s FOLDER\n", argv[0]);
      return 2;
    }

  g_mkdir_with_parents (argv[1], 0755);
  write_seed (argv[1], "empty", 0);
  write_seed (argv[1], "one-entry", 1);
  write_seed (argv[1], "three-months", 2);

  return 0;
}
