/* test-backup.c — backups: the merge rule, preview counts, importing twice, a range of days,
 * damaged backups, and the journal as Markdown and plain text.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "tend-backup.h"
#include "tend-test-model.h"
#include "tend-test-records.h"

typedef struct {
  char *tmp;
  char *dir;     /* the journal */
  char *other;   /* a second journal, where a backup is restored */
  char *file;    /* the backup */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->tmp = g_dir_make_tmp ("tend-backup-XXXXXX", NULL);
  g_assert_nonnull (f->tmp);
  f->dir = g_build_filename (f->tmp, "journal", NULL);
  f->other = g_build_filename (f->tmp, "other", NULL);
  f->file = g_build_filename (f->tmp, "tend-backup.json", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  tend_test_remove_tree (f->tmp);
  g_free (f->tmp);
  g_free (f->dir);
  g_free (f->other);
  g_free (f->file);
}

static TendStore *
open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);
  TendStore *store = tend_store_new (dir);

  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);

  return store;
}

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (tend_store_load_all_finish (TEND_STORE (source), result, NULL));
  *done = TRUE;
}

static TendStore *
open_loaded (const char *dir)
{
  TendStore *store = open_store (dir);
  gboolean done = FALSE;

  tend_store_load_all_async (store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return store;
}

static TendEntry *
add_entry (TendStore  *store,
           const char *id,
           const char *day,
           const char *updated,
           const char *text)
{
  g_autoptr(GDateTime) created = tend_test_time (day, 9, 0);
  g_autoptr(GDateTime) time = tend_test_date_time (updated);
  g_autoptr(TendEntry) entry = tend_entry_new (id, created);

  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, text);
  tend_entry_set_updated (entry, time);
  g_assert_true (tend_store_add_entry (store, entry, NULL));

  return g_steal_pointer (&entry);
}

static TendGroundingSession *
add_session (TendStore  *store,
             const char *id,
             const char *started,
             const char *updated,
             int         before,
             int         after)
{
  g_autoptr(GDateTime) start = tend_test_date_time (started);
  g_autoptr(GDateTime) time = tend_test_date_time (updated);
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new (id, start, "box-breathing");

  tend_grounding_session_set_seconds (session, 240);
  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  tend_grounding_session_set_updated (session, time);
  g_assert_true (tend_store_add_session (store, session, NULL));

  return g_steal_pointer (&session);
}

static void
export (TendStore        *store,
        TendExportFormat  format,
        const char       *first_day,
        const char       *last_day,
        const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_backup_export (store, format, first_day, last_day, file, NULL, &error));
  g_assert_no_error (error);
}

static TendBackup *
backup_from_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  TendBackup *backup = tend_backup_new_from_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  return backup;
}

static TendBackup *
backup_from_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TendBackup *backup = tend_backup_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (backup);
  return backup;
}

static char *
read_text (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_steal_pointer (&contents);
}

static char *
month_path (const char *dir,
            const char *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);

  return g_build_filename (dir, name, NULL);
}

static void
assert_time (GDateTime  *time,
             const char *iso8601)
{
  g_autoptr(GDateTime) expected = tend_test_date_time (iso8601);

  g_assert_nonnull (time);
  g_assert_true (g_date_time_equal (time, expected));
}

#define assert_preview(p, ne, ce, ue, re, ns, cs, us, rs) G_STMT_START { \
    g_assert_cmpuint ((p)->new_entries, ==, (ne)); \
    g_assert_cmpuint ((p)->changed_entries, ==, (ce)); \
    g_assert_cmpuint ((p)->unchanged_entries, ==, (ue)); \
    g_assert_cmpuint ((p)->removed_entries, ==, (re)); \
    g_assert_cmpuint ((p)->new_sessions, ==, (ns)); \
    g_assert_cmpuint ((p)->changed_sessions, ==, (cs)); \
    g_assert_cmpuint ((p)->unchanged_sessions, ==, (us)); \
    g_assert_cmpuint ((p)->removed_sessions, ==, (rs)); \
  } G_STMT_END

/* ------------------------------------------------------------------------------------------ */
/* The rule, as a table. */

static void
test_merge_action (void)
{
  static const struct {
    const char      *ours;
    gboolean         ours_deleted;
    const char      *theirs;
    gboolean         theirs_deleted;
    TendMergeAction  action;
  } cases[] = {
    /* A record or a deletion the journal has never seen. */
    { NULL, FALSE, "2026-11-20T10:00:00Z", FALSE, TEND_MERGE_ADD },
    { NULL, FALSE, "2026-11-20T10:00:00Z", TRUE, TEND_MERGE_TOMBSTONE },
    /* Record against record: the later "updated" wins; equal is unchanged. */
    { "2026-11-20T10:00:00Z", FALSE, "2026-11-20T11:00:00Z", FALSE, TEND_MERGE_REPLACE },
    { "2026-11-20T11:00:00Z", FALSE, "2026-11-20T10:00:00Z", FALSE, TEND_MERGE_KEEP },
    { "2026-11-20T10:00:00Z", FALSE, "2026-11-20T10:00:00Z", FALSE, TEND_MERGE_KEEP },
    /* The same instant written with another offset is the same time. */
    { "2026-11-20T10:00:00Z", FALSE, "2026-11-20T11:00:00+01:00", FALSE, TEND_MERGE_KEEP },
    /* Our record against their tombstone: a newer deletion deletes, and wins a tie. */
    { "2026-11-20T10:00:00Z", FALSE, "2026-11-20T11:00:00Z", TRUE, TEND_MERGE_DELETE },
    { "2026-11-20T10:00:00Z", FALSE, "2026-11-20T10:00:00Z", TRUE, TEND_MERGE_DELETE },
    { "2026-11-20T12:00:00Z", FALSE, "2026-11-20T11:00:00Z", TRUE, TEND_MERGE_KEEP },
    /* Our tombstone against their record: only a record changed after the deletion returns. */
    { "2026-11-20T11:00:00Z", TRUE, "2026-11-20T12:00:00Z", FALSE, TEND_MERGE_ADD },
    { "2026-11-20T11:00:00Z", TRUE, "2026-11-20T11:00:00Z", FALSE, TEND_MERGE_KEEP },
    { "2026-11-20T11:00:00Z", TRUE, "2026-11-20T10:00:00Z", FALSE, TEND_MERGE_KEEP },
    /* Two deletions: the later time is kept. */
    { "2026-11-20T11:00:00Z", TRUE, "2026-11-20T12:00:00Z", TRUE, TEND_MERGE_TOMBSTONE },
    { "2026-11-20T11:00:00Z", TRUE, "2026-11-20T10:00:00Z", TRUE, TEND_MERGE_KEEP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) ours = cases[i].ours ? tend_test_date_time (cases[i].ours) : NULL;
      g_autoptr(GDateTime) theirs = tend_test_date_time (cases[i].theirs);

      g_test_message ("case %u", i);
      g_assert_cmpint (tend_backup_merge_action (ours, cases[i].ours_deleted,
                                                 theirs, cases[i].theirs_deleted),
                       ==, cases[i].action);
    }
}

/* ------------------------------------------------------------------------------------------ */

/* Export, restore into an empty journal, and import again: the second time changes nothing. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  TendStore *other;
  const char * const tags[] = { "partner", "sleep", NULL };
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(TendBackup) again = NULL;
  TendImportPreview preview;
  g_autoptr(GError) error = NULL;
  static const char *months[] = { "2026-10", "2026-11" };

  {
    TendEntry *entry = add_entry (store, "e-1", "2026-11-23", "2026-11-23T21:09:12+01:00",
                                  "Heute war ich ruhig 🌱\nand then less so");

    tend_entry_set_prompt (entry, "boundaries-03");
    tend_entry_set_theme (entry, "boundaries");
    tend_entry_set_tags (entry, tags);
    tend_entry_set_mood (entry, 3);
    tend_entry_set_distress (entry, 4);
    tend_entry_set_lookback (entry, FALSE);
    g_assert_true (tend_store_update_entry (store, entry, NULL));
    g_object_unref (entry);
  }
  g_object_unref (add_entry (store, "e-2", "2026-10-02", "2026-10-02T08:00:00Z", "October"));
  g_object_unref (add_session (store, "s-1", "2026-11-23T22:10:00+01:00",
                               "2026-11-23T22:14:00+01:00", 7, 4));
  tend_store_flush (store);

  export (store, TEND_EXPORT_JSON, NULL, NULL, f->file);

  /* The file is private, and says what it is. */
  {
    GStatBuf st;
    g_autofree char *text = read_text (f->file);

    g_assert_cmpint (g_stat (f->file, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"tend-backup\",\n  \"version\": 1,\n"
                                           "  \"exported\": \""));
    g_assert_nonnull (strstr (text, "      \"format\": \"tend-journal\""));
  }

  other = open_loaded (f->other);
  backup = backup_from_file (f->file);
  g_assert_cmpuint (tend_backup_get_n_records (backup), ==, 3);
  tend_backup_preview (backup, other, &preview);
  assert_preview (&preview, 2, 0, 0, 0, 1, 0, 0, 0);

  g_assert_true (tend_backup_apply (backup, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (other)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_sessions (other)), ==, 1);

  /* The month files of the restored journal are the same, byte for byte: the writer is
   * deterministic and the backup keeps every record's times. */
  tend_store_flush (other);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *a = month_path (f->dir, months[i]);
      g_autofree char *b = month_path (f->other, months[i]);
      g_autofree char *ta = read_text (a);
      g_autofree char *tb = read_text (b);

      g_assert_cmpstr (ta, ==, tb);
    }

  /* Importing the same backup again changes nothing. */
  again = backup_from_file (f->file);
  tend_backup_preview (again, other, &preview);
  assert_preview (&preview, 0, 0, 2, 0, 0, 0, 1, 0);
  g_assert_true (tend_backup_apply (again, other, &error));
  g_assert_no_error (error);
  tend_store_flush (other);
  {
    g_autofree char *a = month_path (f->dir, "2026-11");
    g_autofree char *b = month_path (f->other, "2026-11");
    g_autofree char *ta = read_text (a);
    g_autofree char *tb = read_text (b);

    g_assert_cmpstr (ta, ==, tb);
  }

  g_clear_object (&backup);
  g_clear_object (&again);
  g_assert_finalize_object (store);
  g_assert_finalize_object (other);
}

#define BACKUP_HEAD "{ \"format\": \"tend-backup\", \"version\": 1, " \
                    "\"exported\": \"2026-11-24T10:00:00Z\", \"months\": ["
#define BACKUP_TAIL "] }"
#define MONTH_HEAD(m) "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"" m "\", "
#define ENTRY(id, day, updated, text) \
  "{ \"id\": \"" id "\", \"created\": \"" day "T09:00:00Z\", \"updated\": \"" updated "\", " \
  "\"day\": \"" day "\", \"text\": \"" text "\" }"
#define SESSION(id, started, updated) \
  "{ \"id\": \"" id "\", \"started\": \"" started "\", \"updated\": \"" updated "\", " \
  "\"exercise\": \"box-breathing\", \"seconds\": 300, \"completed\": true }"
#define TOMBSTONE(id, updated) "{ \"id\": \"" id "\", \"updated\": \"" updated "\" }"

/* Every case of the rule, through the store, and kept on disk. */
static void
test_merge_rules (Fixture       *f,
                  gconstpointer  data)
{
  static const char backup_text[] =
    BACKUP_HEAD
    MONTH_HEAD ("2026-11")
    "\"entries\": ["
      ENTRY ("new", "2026-11-01", "2026-11-01T10:00:00Z", "only in the backup") ","
      ENTRY ("newer", "2026-11-02", "2026-11-02T11:00:00Z", "the backup's later words") ","
      ENTRY ("older", "2026-11-03", "2026-11-03T10:00:00Z", "the backup's earlier words") ","
      ENTRY ("equal", "2026-11-04", "2026-11-04T10:00:00Z", "the same time") ","
      ENTRY ("deleted-here", "2026-11-07", "2026-11-07T10:00:00Z", "deleted here later")
    "], \"grounding\": ["
      SESSION ("s-new", "2026-11-05T20:00:00Z", "2026-11-05T20:05:00Z") ","
      SESSION ("s-newer", "2026-11-06T20:00:00Z", "2026-11-06T21:00:00Z")
    "], \"deleted\": ["
      TOMBSTONE ("gone", "2026-11-10T11:00:00Z") ","
      TOMBSTONE ("survives", "2026-11-10T11:00:00Z") ","
      TOMBSTONE ("unknown", "2026-11-10T11:00:00Z")
    "] }"
    BACKUP_TAIL;
  TendStore *store = open_loaded (f->dir);
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(TendBackup) again = NULL;
  TendImportPreview preview;
  g_autoptr(GError) error = NULL;
  TendEntry *newer;

  newer = add_entry (store, "newer", "2026-11-02", "2026-11-02T10:00:00Z", "our earlier words");
  g_object_unref (add_entry (store, "older", "2026-11-03", "2026-11-03T11:00:00Z",
                             "our later words"));
  g_object_unref (add_entry (store, "equal", "2026-11-04", "2026-11-04T10:00:00Z",
                             "the same time"));
  g_object_unref (add_entry (store, "gone", "2026-11-08", "2026-11-08T10:00:00Z",
                             "deleted in the backup"));
  g_object_unref (add_entry (store, "survives", "2026-11-09", "2026-11-10T12:00:00Z",
                             "changed after the backup deleted it"));
  g_object_unref (add_session (store, "s-newer", "2026-11-06T20:00:00Z",
                               "2026-11-06T20:05:00Z", 6, 5));
  /* An entry this journal deleted after the backup was made. */
  {
    g_autoptr(GDateTime) when = tend_test_date_time ("2026-11-07T12:00:00Z");

    g_assert_true (tend_store_import_tombstone (store, "2026-11", "deleted-here", when, NULL));
  }

  backup = backup_from_text (backup_text);
  tend_backup_preview (backup, store, &preview);
  /* new; newer; older and equal (deleted-here stays deleted, unchanged); gone. */
  assert_preview (&preview, 1, 1, 3, 1, 1, 1, 0, 0);

  g_assert_true (tend_backup_apply (backup, store, &error));
  g_assert_no_error (error);

  /* A newer record replaces ours in place, keeping the backup's time, not now. */
  g_assert_true (tend_store_find_entry (store, "newer") == newer);
  g_assert_cmpstr (tend_entry_get_text (newer), ==, "the backup's later words");
  assert_time (tend_entry_get_updated (newer), "2026-11-02T11:00:00Z");
  g_object_unref (newer);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "new")), ==,
                   "only in the backup");
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "older")), ==,
                   "our later words");
  g_assert_null (tend_store_find_entry (store, "deleted-here"));
  g_assert_null (tend_store_find_entry (store, "gone"));
  assert_time (tend_store_get_deleted_time (store, "gone"), "2026-11-10T11:00:00Z");
  g_assert_nonnull (tend_store_find_entry (store, "survives"));
  g_assert_null (tend_store_get_deleted_time (store, "survives"));
  assert_time (tend_store_get_deleted_time (store, "unknown"), "2026-11-10T11:00:00Z");
  assert_time (tend_grounding_session_get_updated (tend_store_find_session (store, "s-newer")),
               "2026-11-06T21:00:00Z");
  g_assert_nonnull (tend_store_find_session (store, "s-new"));
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_sessions (store)), ==, 2);

  /* Idempotent: the same backup again would change nothing. */
  again = backup_from_text (backup_text);
  tend_backup_preview (again, store, &preview);
  assert_preview (&preview, 0, 0, 5, 0, 0, 0, 2, 0);

  /* All of it is on disk. */
  tend_store_flush (store);
  g_assert_finalize_object (store);
  store = open_loaded (f->dir);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "newer")), ==,
                   "the backup's later words");
  assert_time (tend_entry_get_updated (tend_store_find_entry (store, "newer")),
               "2026-11-02T11:00:00Z");
  g_assert_null (tend_store_find_entry (store, "gone"));
  assert_time (tend_store_get_deleted_time (store, "unknown"), "2026-11-10T11:00:00Z");
  tend_backup_preview (again, store, &preview);
  assert_preview (&preview, 0, 0, 5, 0, 0, 0, 2, 0);

  g_clear_object (&backup);
  g_clear_object (&again);
  g_assert_finalize_object (store);
}

#define FUTURE_BACKUP_HEAD "{ \"format\": \"tend-backup\", \"version\": 1, " \
                           "\"exported\": \"2026-11-20T10:00:00Z\", \"months\": ["

/* A record or a tombstone dated after the backup was made is left out unless the person
 * includes it: a 9999 copy would otherwise win over every real change, and 9999 tombstones
 * would delete words for good. */
static void
test_future (Fixture       *f,
             gconstpointer  data)
{
  static const char backup_text[] =
    FUTURE_BACKUP_HEAD
    MONTH_HEAD ("2026-11")
    "\"entries\": ["
      ENTRY ("mine", "2026-11-02", "9999-01-01T00:00:00Z", "the far future's words") ","
      ENTRY ("late", "2026-11-19", "2026-11-21T10:00:00Z", "a day after the backup") ","
      ENTRY ("fine", "2026-11-05", "2026-11-05T10:00:00Z", "made before the backup")
    "], \"grounding\": [], \"deleted\": ["
      TOMBSTONE ("gone", "9999-01-01T00:00:00Z") ","
      TOMBSTONE ("s-mine", "9999-01-01T00:00:00Z") ","
      TOMBSTONE ("never-had", "9999-01-01T00:00:00Z")
    "] }"
    BACKUP_TAIL;
  TendStore *store = open_loaded (f->dir);
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(TendBackup) chosen = NULL;
  g_autofree char *text = NULL;
  TendImportPreview preview;
  g_autoptr(GError) error = NULL;

  g_object_unref (add_entry (store, "mine", "2026-11-02", "2026-11-02T10:00:00Z",
                             "the person's own words"));
  g_object_unref (add_entry (store, "gone", "2026-11-03", "2026-11-03T10:00:00Z",
                             "words a 9999 tombstone would delete"));
  g_object_unref (add_session (store, "s-mine", "2026-11-06T20:00:00Z",
                               "2026-11-06T20:05:00Z", 6, 5));

  backup = backup_from_text (backup_text);
  g_assert_false (tend_backup_get_include_future (backup));
  tend_backup_preview (backup, store, &preview);
  /* Only "fine" is new; the rest is apart, neither new nor up to date. */
  assert_preview (&preview, 1, 0, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (preview.future_entries, ==, 2);
  g_assert_cmpuint (preview.future_sessions, ==, 0);
  g_assert_cmpuint (preview.future_removed_entries, ==, 1);
  g_assert_cmpuint (preview.future_removed_sessions, ==, 1);
  g_assert_true (preview.future_after_export);
  text = tend_import_preview_to_string (&preview);
  g_assert_cmpstr (text, ==,
                   "1 new entry\n"
                   "\n"
                   "2 entries are dated in the future\n"
                   "1 entry would be removed by a deletion dated in the future\n"
                   "1 grounding session would be removed by a deletion dated in the future\n"
                   "Their dates are later than when this backup was made, so they may be "
                   "wrong. They are left out unless you choose to include them.");

  /* By default: nothing of the person's is replaced or deleted, nothing dated 9999 kept. */
  g_assert_true (tend_backup_apply (backup, store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "mine")), ==,
                   "the person's own words");
  assert_time (tend_entry_get_updated (tend_store_find_entry (store, "mine")),
               "2026-11-02T10:00:00Z");
  g_assert_nonnull (tend_store_find_entry (store, "gone"));
  g_assert_nonnull (tend_store_find_session (store, "s-mine"));
  g_assert_null (tend_store_find_entry (store, "late"));
  g_assert_nonnull (tend_store_find_entry (store, "fine"));
  g_assert_null (tend_store_get_deleted_time (store, "gone"));
  g_assert_null (tend_store_get_deleted_time (store, "never-had"));

  /* The same backup again: still apart, never "already up to date". */
  tend_backup_preview (backup, store, &preview);
  assert_preview (&preview, 0, 0, 1, 0, 0, 0, 0, 0);
  g_assert_cmpuint (preview.future_entries, ==, 2);

  /* The person may choose to include them. */
  chosen = backup_from_text (backup_text);
  {
    GValue include = G_VALUE_INIT;

    g_value_init (&include, G_TYPE_BOOLEAN);
    g_value_set_boolean (&include, TRUE);
    tend_test_assert_set_notifies (chosen, "include-future", &include);
    g_assert_true (tend_backup_get_include_future (chosen));
  }
  tend_backup_preview (chosen, store, &preview);
  g_assert_cmpuint (preview.future_entries, ==, 2);
  g_assert_true (tend_backup_apply (chosen, store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "mine")), ==,
                   "the far future's words");
  g_assert_nonnull (tend_store_find_entry (store, "late"));
  g_assert_null (tend_store_find_entry (store, "gone"));
  g_assert_null (tend_store_find_session (store, "s-mine"));
  assert_time (tend_store_get_deleted_time (store, "never-had"), "9999-01-01T00:00:00Z");

  g_clear_object (&backup);
  g_clear_object (&chosen);
  tend_store_flush (store);
  g_assert_finalize_object (store);
}

/* A backup whose own date is in the future is no guide: then "the future" is more than a day
 * after now, so clocks that disagree a little do not hide anything. */
static void
test_future_exported (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_hours (now, 20);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 26);
  g_autofree char *soon_text = g_date_time_format_iso8601 (soon);
  g_autofree char *later_text = g_date_time_format_iso8601 (later);
  g_autofree char *soon_day = g_date_time_format (soon, "%Y-%m-%d");
  g_autofree char *later_day = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *soon_month = g_date_time_format (soon, "%Y-%m");
  g_autofree char *later_month = g_date_time_format (later, "%Y-%m");
  g_autofree char *text = NULL;
  g_autofree char *said = NULL;
  TendStore *store = open_loaded (f->dir);
  g_autoptr(TendBackup) backup = NULL;
  TendImportPreview preview;
  GString *json = g_string_new ("{ \"format\": \"tend-backup\", \"version\": 1, "
                                "\"exported\": \"9999-01-01T00:00:00Z\", \"months\": [");

  /* Each in a month of its own, so the two may be in different months. */
  g_string_append_printf (json, MONTH_HEAD ("%s") "\"entries\": [{ \"id\": \"soon\", "
                          "\"created\": \"%s\", \"updated\": \"%s\", \"day\": \"%s\", "
                          "\"text\": \"t\" }] }", soon_month, soon_text, soon_text, soon_day);
  if (g_str_equal (soon_month, later_month))
    g_string_truncate (json, json->len - 3);
  else
    g_string_append_printf (json, ", " MONTH_HEAD ("%s") "\"entries\": [", later_month);
  g_string_append_printf (json, "%s{ \"id\": \"later\", \"created\": \"%s\", "
                          "\"updated\": \"%s\", \"day\": \"%s\", \"text\": \"t\" }] }"
                          BACKUP_TAIL, g_str_equal (soon_month, later_month) ? ", " : "",
                          later_text, later_text, later_day);
  text = g_string_free (json, FALSE);

  backup = backup_from_text (text);
  tend_backup_preview (backup, store, &preview);
  assert_preview (&preview, 1, 0, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (preview.future_entries, ==, 1);
  g_assert_false (preview.future_after_export);
  said = tend_import_preview_to_string (&preview);
  g_assert_true (g_str_has_suffix (said, "\n1 entry is dated in the future\n"
                                   "Its date is later than today, so it may be wrong. It is "
                                   "left out unless you choose to include it."));
  g_assert_true (tend_backup_apply (backup, store, NULL));
  g_assert_nonnull (tend_store_find_entry (store, "soon"));
  g_assert_null (tend_store_find_entry (store, "later"));

  g_clear_object (&backup);
  tend_store_flush (store);
  g_assert_finalize_object (store);
}

/* An import that would make a month larger than the reader accepts is refused before
 * anything is changed, saying which month, how large, and the limit. */
static void
test_month_too_large (Fixture       *f,
                      gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  g_autoptr(TendEntry) mine = NULL;
  g_autoptr(TendBackup) backup = NULL;
  g_autofree char *path = month_path (f->dir, "2026-11");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *words = g_strnfill (900 * 1000, 'w');
  TendImportPreview preview;
  g_autoptr(GError) error = NULL;
  GString *json = g_string_new (BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [");
  g_autofree char *text = NULL;

  mine = add_entry (store, "mine", "2026-11-01", "2026-11-01T10:00:00Z", "my own words");
  tend_store_flush (store);
  before = read_text (path);

  /* Twenty entries of 900 kB: 18 MB in one month. */
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (json, "%s{ \"id\": \"big-%u\", \"created\": "
                            "\"2026-11-02T09:00:00Z\", \"updated\": \"2026-11-02T09:00:00Z\", "
                            "\"day\": \"2026-11-02\", \"text\": \"%s\" }",
                            i > 0 ? ", " : "", i, words);
  g_string_append (json, "] }" BACKUP_TAIL);
  text = g_string_free (json, FALSE);
  backup = backup_from_text (text);

  tend_backup_preview (backup, store, &preview);
  g_assert_cmpuint (preview.new_entries, ==, 20);
  g_assert_false (tend_backup_check (backup, store, &error));
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_MONTH_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "Nothing was imported: with this backup, the entries of 2026-11 would take "
                   "18.0\u00a0MB, more than the 16.8\u00a0MB one month can hold.");
  g_clear_error (&error);

  g_assert_false (tend_backup_apply (backup, store, &error));
  g_assert_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_MONTH_TOO_LARGE);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);
  tend_store_flush (store);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&backup);
  g_clear_object (&mine);
  g_assert_finalize_object (store);
}

/* A tombstone for a record the journal never had is kept, so an older copy of that record,
 * imported later, stays deleted; a copy changed after the deletion comes back. */
static void
test_tombstone_kept (Fixture       *f,
                     gconstpointer  data)
{
  static const char deletion[] =
    BACKUP_HEAD MONTH_HEAD ("2026-11")
    "\"entries\": [], \"grounding\": [], \"deleted\": ["
    TOMBSTONE ("ghost", "2026-11-10T11:00:00Z") "] }" BACKUP_TAIL;
  static const char older[] =
    BACKUP_HEAD MONTH_HEAD ("2026-11")
    "\"entries\": [" ENTRY ("ghost", "2026-11-01", "2026-11-10T10:00:00Z", "older") "], "
    "\"grounding\": [], \"deleted\": [] }" BACKUP_TAIL;
  static const char later[] =
    BACKUP_HEAD MONTH_HEAD ("2026-11")
    "\"entries\": [" ENTRY ("ghost", "2026-11-01", "2026-11-10T12:00:00Z", "later") "], "
    "\"grounding\": [], \"deleted\": [] }" BACKUP_TAIL;
  TendStore *store = open_loaded (f->dir);
  TendImportPreview preview;
  TendBackup *backup;

  backup = backup_from_text (deletion);
  tend_backup_preview (backup, store, &preview);
  /* Nothing to remove, and nothing shown: the deletion is only remembered. */
  assert_preview (&preview, 0, 0, 0, 0, 0, 0, 0, 0);
  g_assert_true (tend_backup_apply (backup, store, NULL));
  g_assert_finalize_object (backup);
  assert_time (tend_store_get_deleted_time (store, "ghost"), "2026-11-10T11:00:00Z");

  backup = backup_from_text (older);
  tend_backup_preview (backup, store, &preview);
  assert_preview (&preview, 0, 0, 1, 0, 0, 0, 0, 0);
  g_assert_true (tend_backup_apply (backup, store, NULL));
  g_assert_finalize_object (backup);
  g_assert_null (tend_store_find_entry (store, "ghost"));

  backup = backup_from_text (later);
  tend_backup_preview (backup, store, &preview);
  assert_preview (&preview, 1, 0, 0, 0, 0, 0, 0, 0);
  g_assert_true (tend_backup_apply (backup, store, NULL));
  g_assert_finalize_object (backup);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "ghost")), ==, "later");
  g_assert_null (tend_store_get_deleted_time (store, "ghost"));

  /* The month holds the entry and no tombstone for it (a file with both could not be read). */
  tend_store_flush (store);
  g_assert_finalize_object (store);
  store = open_loaded (f->dir);
  g_assert_nonnull (tend_store_find_entry (store, "ghost"));
  g_assert_finalize_object (store);
}

static void
test_preview_text (void)
{
  TendImportPreview preview = { 0, };
  g_autofree char *nothing = NULL;
  g_autofree char *some = NULL;

  preview.unchanged_entries = 40;
  nothing = tend_import_preview_to_string (&preview);
  g_assert_cmpstr (nothing, ==,
                   "Nothing to import: the journal already holds everything in this backup.\n"
                   "40 records are already up to date");

  preview.new_entries = 12;
  preview.changed_entries = 3;
  preview.removed_entries = 1;
  preview.new_sessions = 1;
  preview.unchanged_sessions = 1;
  some = tend_import_preview_to_string (&preview);
  g_assert_cmpstr (some, ==,
                   "12 new entries\n"
                   "3 entries will be updated\n"
                   "1 entry will be removed\n"
                   "1 new grounding session\n"
                   "41 records are already up to date");
}

/* Only the days asked for; the days given the wrong way round still mean the days between. */
static void
test_date_range (Fixture       *f,
                 gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  static const char *days[] = {
    "2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01",
  };
  static const struct {
    const char *first;
    const char *last;
    guint       n_months;
    guint       n_entries;
    guint       n_sessions;
  } ranges[] = {
    { "2026-11-01", "2026-11-30", 1, 3, 1 },
    { "2026-11-30", "2026-11-01", 1, 3, 1 },
    { "2026-10-31", "2026-11-01", 2, 2, 0 },
    { "2026-11-16", "2026-11-29", 1, 0, 0 },   /* only the tombstone of November */
    { "2027-01-01", "2027-12-31", 0, 0, 0 },
    { NULL, NULL, 3, 5, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *id = g_strdup_printf ("day-%u", i);
      g_autofree char *updated = g_strdup_printf ("%sT10:00:00Z", days[i]);

      g_object_unref (add_entry (store, id, days[i], updated, days[i]));
    }
  g_object_unref (add_session (store, "in", "2026-11-10T20:00:00Z", "2026-11-10T20:05:00Z", 5, 3));
  g_object_unref (add_session (store, "out", "2026-12-05T20:00:00Z", "2026-12-05T20:05:00Z",
                               5, 3));
  {
    g_autoptr(GDateTime) when = tend_test_date_time ("2026-11-20T10:00:00Z");

    g_assert_true (tend_store_import_tombstone (store, "2026-11", "deleted", when, NULL));
  }

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *root;
      JsonArray *months;
      guint n_entries = 0, n_sessions = 0;

      g_test_message ("range %u", r);
      export (store, TEND_EXPORT_JSON, ranges[r].first, ranges[r].last, f->file);
      g_assert_true (json_parser_load_from_file (parser, f->file, &error));
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "tend-backup");
      g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
      g_assert_true (json_object_has_member (root, "exported"));

      months = json_object_get_array_member (root, "months");
      g_assert_cmpuint (json_array_get_length (months), ==, ranges[r].n_months);
      for (guint m = 0; m < json_array_get_length (months); m++)
        {
          JsonObject *month = json_array_get_object_element (months, m);
          JsonArray *entries = json_object_get_array_member (month, "entries");

          n_entries += json_array_get_length (entries);
          n_sessions += json_array_get_length (json_object_get_array_member (month, "grounding"));
          for (guint e = 0; e < json_array_get_length (entries) && ranges[r].first != NULL; e++)
            {
              JsonObject *entry = json_array_get_object_element (entries, e);
              const char *day = json_object_get_string_member (entry, "day");
              gboolean forward = strcmp (ranges[r].first, ranges[r].last) <= 0;

              g_assert_cmpstr (day, >=, forward ? ranges[r].first : ranges[r].last);
              g_assert_cmpstr (day, <=, forward ? ranges[r].last : ranges[r].first);
            }
        }
      g_assert_cmpuint (n_entries, ==, ranges[r].n_entries);
      g_assert_cmpuint (n_sessions, ==, ranges[r].n_sessions);
    }

  g_assert_finalize_object (store);
}

/* A backup that is not whole is refused with a message that says where, and nothing of it
 * reaches the journal. */
static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  static const struct {
    const char *text;
    GQuark      (*domain) (void);
    int          code;
  } cases[] = {
    { "", tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_EMPTY },
    { "{ \"format\": \"tend-backup\", \"version\": 1, \"months\": [",
      tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_SYNTAX },
    { "[]", tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    { "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"2026-11\" }",
      tend_backup_error_quark, TEND_BACKUP_ERROR_FORMAT },
    { "{ \"format\": \"tend-backup\", \"version\": \"1\", \"exported\": \"2026-11-24T10:00:00Z\", "
      "\"months\": [] }", tend_backup_error_quark, TEND_BACKUP_ERROR_FORMAT },
    { "{ \"format\": \"tend-backup\", \"version\": 2, \"exported\": \"2026-11-24T10:00:00Z\", "
      "\"months\": [] }", tend_backup_error_quark, TEND_BACKUP_ERROR_NEWER },
    { "{ \"format\": \"tend-backup\", \"version\": 1, \"exported\": \"2026-11-24T10:00:00Z\" }",
      tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    { "{ \"format\": \"tend-backup\", \"version\": 1, \"exported\": \"yesterday\", "
      "\"months\": [] }", tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    { "{ \"format\": \"tend-backup\", \"version\": 1, \"exported\": \"2026-11-24T10:00:00Z\", "
      "\"months\": {} }", tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    /* A damaged record in an otherwise good month. */
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [" ENTRY ("a", "2026-11-01",
      "2026-11-01T10:00:00Z", "fine") ", { \"id\": \"b\" }], \"grounding\": [], \"deleted\": [] }"
      BACKUP_TAIL, tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    /* A record outside its month. */
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [" ENTRY ("a", "2026-12-01",
      "2026-11-01T10:00:00Z", "fine") "], \"grounding\": [], \"deleted\": [] }"
      BACKUP_TAIL, tend_month_file_error_quark, TEND_MONTH_FILE_ERROR_FORMAT },
    /* A month twice, an id in two months, a month from a newer Tend. */
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [] }, " MONTH_HEAD ("2026-11")
      "\"entries\": [] }" BACKUP_TAIL, tend_backup_error_quark, TEND_BACKUP_ERROR_FORMAT },
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [" ENTRY ("a", "2026-11-01",
      "2026-11-01T10:00:00Z", "fine") "] }, " MONTH_HEAD ("2026-12") "\"deleted\": ["
      TOMBSTONE ("a", "2026-12-01T10:00:00Z") "] }" BACKUP_TAIL,
      tend_backup_error_quark, TEND_BACKUP_ERROR_FORMAT },
    { BACKUP_HEAD "{ \"format\": \"tend-journal\", \"version\": 2, \"month\": \"2026-11\" }"
      BACKUP_TAIL, tend_backup_error_quark, TEND_BACKUP_ERROR_NEWER },
  };
  TendStore *store = open_loaded (f->dir);
  g_autofree char *path = month_path (f->dir, "2026-11");
  g_autofree char *before = NULL;
  g_autofree char *good = NULL;
  gsize good_length;

  g_object_unref (add_entry (store, "a", "2026-11-01", "2026-11-01T09:00:00Z", "ours"));
  tend_store_flush (store);
  before = read_text (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (f->file);
      g_autoptr(TendBackup) backup = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_true (g_file_set_contents (f->file, cases[i].text, -1, NULL));
      backup = tend_backup_load (file, NULL, &error);
      g_assert_null (backup);
      g_assert_error (error, cases[i].domain (), cases[i].code);
      /* The message names the file, so the person knows which one. */
      g_assert_true (g_str_has_prefix (error->message, "tend-backup.json"));
    }

  /* A good backup cut short anywhere is refused too. */
  export (store, TEND_EXPORT_JSON, NULL, NULL, f->file);
  g_assert_true (g_file_get_contents (f->file, &good, &good_length, NULL));
  for (gsize cut = 1; cut < good_length - 2; cut += 7)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (good, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(TendBackup) backup = tend_backup_new_from_bytes (bytes, "cut.json", &error);

      g_assert_null (backup);
      g_assert_nonnull (error);
    }

  /* Nothing was written, nothing changed. */
  tend_store_flush (store);
  {
    g_autofree char *after = read_text (path);

    g_assert_cmpstr (after, ==, before);
  }
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (store)), ==, 1);
  g_assert_cmpstr (tend_entry_get_text (tend_store_find_entry (store, "a")), ==, "ours");
  g_assert_finalize_object (store);
}

/* json-glib keeps only the last of two members with one name. A backup with two of them is
 * refused, wherever they are, with a message that names the member: importing what is left
 * would silently leave out what the other one held. */
static void
test_duplicate_members (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [" ENTRY ("a", "2026-11-01",
      "2026-11-01T10:00:00Z", "kept") "] }], \"months\": [] }",
      "tend-backup.json: months: this member appears twice; reading only one of them would "
      "lose the other" },
    { BACKUP_HEAD MONTH_HEAD ("2026-11") "\"entries\": [" ENTRY ("a", "2026-11-01",
      "2026-11-01T10:00:00Z", "kept") "], \"entries\": [] }" BACKUP_TAIL,
      "tend-backup.json: months[0].entries: this member appears twice; reading only one of "
      "them would lose the other" },
    { BACKUP_HEAD MONTH_HEAD ("2026-10") "\"entries\": [] }, " MONTH_HEAD ("2026-11")
      "\"entries\": [{ \"id\": \"a\", \"created\": \"2026-11-01T09:00:00Z\", "
      "\"updated\": \"2026-11-01T10:00:00Z\", \"day\": \"2026-11-01\", \"text\": \"one\", "
      "\"text\": \"two\" }] }" BACKUP_TAIL,
      "tend-backup.json: months[1].entries[0].text: this member appears twice; reading only "
      "one of them would lose the other" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(TendBackup) backup = NULL;

      backup = tend_backup_new_from_bytes (bytes, "tend-backup.json", &error);
      g_assert_null (backup);
      g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A named pipe or a device picked as a backup is refused at once with a clear message:
 * reading it would wait for a writer, or never end. */
static void
test_load_special (void)
{
  g_autofree char *folder = g_dir_make_tmp ("tend-backup-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (folder, "tend-backup.json", NULL);
  const struct {
    const char *path;
    const char *message;
  } cases[] = {
    { fifo, "tend-backup.json: this is a named pipe, not an ordinary file" },
    { "/dev/zero", "zero: this is a device, not an ordinary file" },
  };

  g_assert_no_errno (mkfifo (fifo, 0600));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr(GError) error = NULL;
      g_autoptr(TendBackup) backup = NULL;
      gint64 start = g_get_monotonic_time ();

      backup = tend_backup_load (file, NULL, &error);
      g_assert_null (backup);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
    }

  g_assert_no_errno (g_remove (fifo));
  g_assert_no_errno (g_rmdir (folder));
}

static void
test_markdown (Fixture       *f,
               gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  g_autofree char *md_path = g_build_filename (f->tmp, "journal.md", NULL);
  g_autofree char *txt_path = g_build_filename (f->tmp, "journal.txt", NULL);
  g_autofree char *md = NULL;
  g_autofree char *txt = NULL;
  const char * const tags[] = { "partner", "work", NULL };
  GStatBuf st;

  {
    TendEntry *entry = add_entry (store, "late", "2026-11-23", "2026-11-23T21:00:00Z",
                                  "I said no, kindly.\n# not a heading\nAnd it held.");

    tend_entry_set_prompt (entry, "boundaries-03");
    tend_entry_set_tags (entry, tags);
    tend_entry_set_mood (entry, 3);
    tend_entry_set_distress (entry, 4);
    g_object_unref (entry);
  }
  g_object_unref (add_entry (store, "early", "2026-11-02", "2026-11-02T21:00:00Z",
                             "The first entry of the month."));
  g_object_unref (add_entry (store, "october", "2026-10-12", "2026-10-12T21:00:00Z",
                             "An October evening."));
  g_object_unref (add_session (store, "s", "2026-11-23T22:10:00Z", "2026-11-23T22:14:00Z",
                               7, 4));

  export (store, TEND_EXPORT_MARKDOWN, NULL, NULL, md_path);
  md = read_text (md_path);
  g_test_message ("%s", md);

  g_assert_true (g_str_has_prefix (md, "# Tend Journal\n\nExported on "));
  g_assert_nonnull (strstr (md, "\n## November 2026\n"));
  g_assert_nonnull (strstr (md, "\n### Monday, 23 November 2026\n"));
  g_assert_nonnull (strstr (md, "Theme: Needs and Boundaries  \nPrompt: "));
  /* The person's line breaks are kept, and their "#" does not become a heading. */
  g_assert_nonnull (strstr (md, "I said no, kindly.  \n\\# not a heading  \nAnd it held.\n"));
  g_assert_nonnull (strstr (md, "- Tags: partner, work\n"));
  g_assert_nonnull (strstr (md, "- Mood: 3 of 5, Okay\n- Distress: 4 of 10\n"));
  g_assert_nonnull (strstr (md, "### Grounding Exercises\n\n- Monday, 23 November 2026: "
                                "Box Breathing, 4 minutes, distress 7 → 4\n"));
  g_assert_true (g_str_has_suffix (md, "\n") && !g_str_has_suffix (md, "\n\n"));

  /* Newest last. */
  g_assert_true (strstr (md, "An October evening.") < strstr (md, "The first entry"));
  g_assert_true (strstr (md, "The first entry") < strstr (md, "I said no"));

  g_assert_cmpint (g_stat (md_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Plain text: the same words, headings underlined, no Markdown. */
  export (store, TEND_EXPORT_TEXT, "2026-11-01", "2026-11-30", txt_path);
  txt = read_text (txt_path);
  g_test_message ("%s", txt);
  g_assert_true (g_str_has_prefix (txt, "Tend Journal\n============\n\n"
                                        "From Sunday, 1 November 2026 to Monday, 30 November 2026\n"
                                        "Exported on "));
  g_assert_nonnull (strstr (txt, "\nNovember 2026\n=============\n"));
  g_assert_nonnull (strstr (txt, "\nMonday, 23 November 2026\n------------------------\n"));
  g_assert_nonnull (strstr (txt, "I said no, kindly.\n# not a heading\nAnd it held.\n"));
  g_assert_null (strstr (txt, "An October evening."));
  g_assert_null (strstr (txt, "##"));

  g_assert_finalize_object (store);
}

/* The documents carry the safety plan too: its own section after the months, each part that
 * holds words with its items, contacts as "Name: number". */
static void
test_markdown_plan (Fixture       *f,
                    gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  g_autoptr(TendSafetyPlan) plan = tend_safety_plan_new ();
  g_autoptr(TendSafetyPlan) empty = tend_safety_plan_new ();
  g_autofree char *md_path = g_build_filename (f->tmp, "plan.md", NULL);
  g_autofree char *txt_path = g_build_filename (f->tmp, "plan.txt", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md_path);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt_path);
  g_autoptr(GPtrArray) no_months = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *md = NULL;
  g_autofree char *txt = NULL;
  g_autofree char *copy = NULL;

  g_object_unref (add_entry (store, "e", "2026-11-23", "2026-11-23T21:00:00Z", "An evening."));
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_WARNING_SIGNS, "I stop answering texts",
                             NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_WARNING_SIGNS, "#3 on the list", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "  Sam ", "07700 900123");
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_REASONS, "   ", NULL);

  g_assert_true (tend_backup_export_with_plan (store, plan, TEND_EXPORT_MARKDOWN, NULL, NULL,
                                               md_file, NULL, &error));
  g_assert_no_error (error);
  md = read_text (md_path);
  g_test_message ("%s", md);
  g_assert_nonnull (strstr (md, "\n## My Safety Plan\n\n### Warning signs\n\n"
                                "- I stop answering texts\n- \\#3 on the list\n\n"));
  g_assert_nonnull (strstr (md, "\n- Sam: 07700 900123\n"));
  /* A part with only blank rows is left out, and the plan comes after the months. */
  g_assert_null (strstr (md, tend_safety_plan_section_title (TEND_SAFETY_PLAN_REASONS)));
  g_assert_true (strstr (md, "An evening.") < strstr (md, "## My Safety Plan"));
  g_assert_true (g_str_has_suffix (md, "\n") && !g_str_has_suffix (md, "\n\n"));

  g_assert_true (tend_backup_export_with_plan (store, plan, TEND_EXPORT_TEXT, NULL, NULL,
                                               txt_file, NULL, &error));
  g_assert_no_error (error);
  txt = read_text (txt_path);
  g_assert_nonnull (strstr (txt, "\nMy Safety Plan\n==============\n\nWarning signs\n"
                                 "-------------\n\n- I stop answering texts\n- #3 on the list\n"));

  /* An empty plan adds nothing. */
  g_assert_true (tend_backup_export_with_plan (store, empty, TEND_EXPORT_MARKDOWN, NULL, NULL,
                                               md_file, NULL, &error));
  g_clear_pointer (&md, g_free);
  md = read_text (md_path);
  g_assert_null (strstr (md, "My Safety Plan"));

  /* The copy of unsaved words made before closing holds the plan when it is not saved. */
  copy = tend_backup_unsaved_to_markdown (no_months, NULL, plan);
  g_assert_nonnull (strstr (copy, "## My Safety Plan\n"));
  g_assert_nonnull (strstr (copy, "- Sam: 07700 900123\n"));
  g_assert_null (strstr (copy, "Nothing was written"));

  g_assert_finalize_object (store);
}

/* ------------------------------------------------------------------------------------------ */
/* Async: waiting for older months, progress, cancelling. */

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
  double    last;
  guint     n_progress;
} Wait;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Wait *wait = user_data;

  g_assert_false (wait->done);
  g_assert_cmpfloat (fraction, >=, wait->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  wait->last = fraction;
  wait->n_progress++;
}

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = tend_backup_export_finish (result, &wait->error);
  wait->done = TRUE;
}

static void
apply_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = tend_backup_apply_finish (TEND_BACKUP (source), result, &wait->error);
  wait->done = TRUE;
}

static void
wait_done (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_export_async (Fixture       *f,
                   gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  g_autoptr(GFile) file = g_file_new_for_path (f->file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TendBackup) backup = NULL;
  TendImportPreview preview;
  Wait wait = { 0, };

  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", m);
      g_autofree char *day = g_strdup_printf ("2025-%02u-10", m);
      g_autofree char *updated = g_strdup_printf ("%sT10:00:00Z", day);

      g_object_unref (add_entry (store, id, day, updated, "an older month"));
    }
  tend_store_flush (store);
  g_assert_finalize_object (store);

  /* Cancelled before it starts: nothing is written. */
  store = open_store (f->dir);
  g_cancellable_cancel (cancellable);
  tend_backup_export_async (store, TEND_EXPORT_JSON, NULL, NULL, file, cancellable,
                            progress_cb, &wait, export_cb, &wait);
  wait_done (&wait);
  g_assert_false (wait.ok);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (f->file, G_FILE_TEST_EXISTS));
  g_clear_error (&wait.error);
  g_assert_finalize_object (store);

  /* Started while the older months are unread, it waits for them all, saying how far. */
  store = open_store (f->dir);
  g_assert_false (tend_store_get_loaded (store));
  memset (&wait, 0, sizeof wait);
  tend_backup_export_async (store, TEND_EXPORT_JSON, NULL, NULL, file, NULL,
                            progress_cb, &wait, export_cb, &wait);
  wait_done (&wait);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_true (tend_store_get_loaded (store));
  g_assert_cmpfloat (wait.last, ==, 1.0);
  g_assert_cmpuint (wait.n_progress, >=, 2);

  backup = backup_from_file (f->file);
  g_assert_cmpuint (tend_backup_get_n_records (backup), ==, 12);
  tend_backup_preview (backup, store, &preview);
  assert_preview (&preview, 0, 0, 12, 0, 0, 0, 0, 0);

  g_assert_finalize_object (store);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  TendBackup **backup = user_data;
  g_autoptr(GError) error = NULL;

  *backup = tend_backup_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*backup);
}

static void
test_apply_async (Fixture       *f,
                  gconstpointer  data)
{
  TendStore *store = open_loaded (f->dir);
  TendStore *other;
  g_autoptr(GFile) file = g_file_new_for_path (f->file);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  TendBackup *backup = NULL;
  TendImportPreview preview;
  Wait wait = { 0, };

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *day = g_strdup_printf ("2026-%02u-%02u", 1 + i % 11, 1 + i % 28);
      g_autofree char *updated = g_strdup_printf ("%sT10:00:00Z", day);

      g_object_unref (add_entry (store, id, day, updated, id));
    }
  export (store, TEND_EXPORT_JSON, NULL, NULL, f->file);

  /* Read while the journal still loads: the preview, made after, sees every month. */
  other = open_loaded (f->other);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("old-%u", i);
      g_autofree char *day = g_strdup_printf ("2024-0%u-10", i + 1);

      g_object_unref (add_entry (other, id, day, "2024-04-01T10:00:00Z", "an older month"));
    }
  tend_store_flush (other);
  g_assert_finalize_object (other);
  other = open_store (f->other);
  g_assert_false (tend_store_get_loaded (other));
  tend_backup_load_async (file, other, NULL, load_cb, &backup);
  while (backup == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (tend_store_get_loaded (other));
  tend_backup_preview (backup, other, &preview);
  assert_preview (&preview, 300, 0, 0, 0, 0, 0, 0, 0);

  /* Cancelled before the first slice: nothing is merged or written. */
  g_cancellable_cancel (cancellable);
  tend_backup_apply_async (backup, other, cancellable, progress_cb, &wait, apply_cb, &wait);
  wait_done (&wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&wait.error);
  tend_store_flush (other);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (other)), ==, 3);
  {
    g_autoptr(GDir) dir = g_dir_open (f->other, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "2026-"));
  }

  /* In slices, with progress to the end. */
  memset (&wait, 0, sizeof wait);
  tend_backup_apply_async (backup, other, NULL, progress_cb, &wait, apply_cb, &wait);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (other)), ==, 3);
  wait_done (&wait);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_cmpuint (wait.n_progress, >, 2);
  g_assert_cmpfloat (wait.last, ==, 1.0);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (other)), ==, 303);

  g_assert_finalize_object (backup);
  g_assert_finalize_object (store);
  g_assert_finalize_object (other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/tend/backup/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/tend/backup/merge-action", test_merge_action);
  g_test_add_func ("/tend/backup/preview-text", test_preview_text);
  g_test_add_func ("/tend/backup/duplicate-members", test_duplicate_members);
  g_test_add_func ("/tend/backup/load-special", test_load_special);
  ADD ("round-trip", test_round_trip);
  ADD ("merge-rules", test_merge_rules);
  ADD ("tombstone-kept", test_tombstone_kept);
  ADD ("future", test_future);
  ADD ("future-exported", test_future_exported);
  ADD ("month-too-large", test_month_too_large);
  ADD ("date-range", test_date_range);
  ADD ("damaged", test_damaged);
  ADD ("markdown", test_markdown);
  ADD ("markdown-plan", test_markdown_plan);
  ADD ("export-async", test_export_async);
  ADD ("apply-async", test_apply_async);

#undef ADD

  return g_test_run ();
}
