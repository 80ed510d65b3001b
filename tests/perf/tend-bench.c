/* tend-bench.c — how the store and the Progress figures behave at one, five and ten years.
 *
 *   tend-bench                              one key=value line per history size
 *   tend-bench --generate DIR --years N     write a deterministic history into DIR
 *   tend-bench --measure DIR --years N      measure one journal (used by the first form)
 *   tend-bench --import N                   import a backup of N short entries into an empty
 *                                           journal, then a newer copy of it into a full one
 *
 * Built with sealing (-Dpassphrase), each line also carries the sealed figures: see
 * measure_sealed().
 *
 * Every size is measured in its own process, so peak memory belongs to that size alone.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "tend-backup.h"
#include "tend-history.h"
#include "tend-progress.h"
#include "tend-store.h"

#if HAVE_SEAL
#include <time.h>

#include "tend-key-file.h"
#include "tend-sealed-month.h"
#endif

#define RUNS 5
/* The 99th percentile of a thousand saves is the tenth slowest: steadier than the second
 * slowest of two hundred. */
#define SAVES 1000

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  guint index;

  g_array_sort (values, compare_doubles);
  index = (guint) (p * (values->len - 1) + 0.5);
  return g_array_index (values, double, index);
}

static double
median (GArray *values)
{
  return percentile (values, 0.5);
}

static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, &error))
    g_error ("load_all: %s", error->message);
  *(gboolean *) user_data = TRUE;
}

static TendStore *
open_all (const char *dir,
          GDateTime  *today)
{
  g_autoptr(GError) error = NULL;
  TendStore *store = tend_store_new (dir);
  gboolean done = FALSE;

  if (!tend_store_load_recent (store, today, &error))
    g_error ("load_recent: %s", error->message);
  tend_store_load_all_async (store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  return store;
}

/* The same files read and parsed by json-glib alone: the floor the store is held against. */
static double
parse_floor_ms (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  gint64 start = g_get_monotonic_time ();
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      gsize length;

      if (!g_str_has_suffix (name, ".json") ||
          !g_file_get_contents (path, &contents, &length, NULL))
        continue;
      if (!json_parser_load_from_data (parser, contents, length, NULL))
        g_error ("json-glib could not parse %s", path);
    }

  return ms_since (start);
}

static gsize
journal_bytes (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  gsize total = 0;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      if (g_str_has_suffix (name, ".json") && g_stat (path, &st) == 0)
        total += st.st_size;
    }

  return total;
}

/* The store's records as the Progress page hands them over: arrays holding a reference each. */
static GPtrArray *
collect (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* Every aggregate of the Progress page for @range, over records already in arrays. */
static double
progress_ms (GPtrArray         *entries,
             GPtrArray         *sessions,
             TendProgressRange  range,
             GDateTime         *now)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDateWeekday week_start = tend_progress_locale_week_start ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      TendProgress *progress = tend_progress_compute ((TendEntry **) entries->pdata, entries->len,
                                                      (TendGroundingSession **) sessions->pdata,
                                                      sessions->len, range, &today, week_start,
                                                      tz);
      double value = ms_since (start);

      tend_progress_free (progress);
      g_array_append_val (times, value);
    }

  return median (times);
}

/* An edit in the current month, SAVES times: what a person's typing costs, from the call
 * (@calls) and until it is on disk (@saves). With @other and @other_saves, the same edit in
 * @other's journal follows each one, so that the two are timed under the same load. */
static void
measure_saves (TendStore *store,
               GDateTime *today,
               GArray    *saves,
               GArray    *calls,
               TendStore *other,
               GArray    *other_saves)
{
  g_autoptr(TendEntry) entry = tend_history_entry_for_today (store, today);
  g_autoptr(TendEntry) other_entry = other != NULL ? tend_history_entry_for_today (other, today)
                                                   : NULL;

  for (guint i = 0; i < SAVES; i++)
    {
      g_autofree char *text = g_strdup_printf ("An edit, number %u, of today's entry.", i);
      /* Paired edits take turns going first: a durable write right after another one waits
       * on the file system's journal longer now and then, and must not always be ours. */
      gboolean other_first = other != NULL && i % 2 == 1;

      for (guint turn = 0; turn < 2; turn++)
        {
          gboolean mine = (turn == 0) != other_first;
          TendStore *target = mine ? store : other;
          TendEntry *edited = mine ? entry : other_entry;
          gint64 start;
          double call, saved;

          if (target == NULL)
            continue;
          start = g_get_monotonic_time ();
          tend_entry_set_text (edited, text);
          tend_store_update_entry (target, edited, NULL);
          call = ms_since (start);
          tend_store_flush (target);
          saved = ms_since (start);
          if (mine)
            {
              g_array_append_val (calls, call);
              g_array_append_val (saves, saved);
            }
          else
            g_array_append_val (other_saves, saved);
        }
    }
}

#if HAVE_SEAL
#define UNLOCKS 3

static void
seal_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean done = G_IS_TASK (result) &&
                  g_task_get_source_tag (G_TASK (result)) == tend_store_unlock_async
                    ? tend_store_unlock_finish (TEND_STORE (source), result, &error)
                    : tend_store_protect_finish (TEND_STORE (source), result, &error);

  if (!done)
    g_error ("sealing: %s", error->message);
  *(gboolean *) user_data = TRUE;
}

static void
wait_for (gboolean *done)
{
  while (!*done)
    g_main_context_iteration (NULL, TRUE);
}

/* A copy of @dir's months in @to. */
static void
copy_months (const char *dir,
             const char *to)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  g_mkdir_with_parents (to, 0700);
  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json") || strlen (name) != 12)
        continue;
      if (!g_file_get_contents (path, &contents, &length, &error) ||
          !g_file_set_contents (target, contents, length, &error))
        g_error ("copying %s: %s", name, error->message);
    }
}

/* Sealing, beside the plain figures of the same run:
 *   unlock_ms                Argon2id at the default costs, as unlocking runs it (median)
 *   unlock_cpu_ms            the same in the thread's processor time, which a busy machine
 *                            inflates less than the wall clock
 *   protect_ms               turning protection on for the whole journal through the store:
 *                            the key file, then every month sealed and on disk
 *   sealed_load_all_ms       load_recent and load_all of the protected copy once unlocked
 *                            (median; the unlock is unlock_ms, apart), each run followed by
 *                            the plain journal's (paired_load_all_ms)
 *   sealed_load_ratio        sealed_load_all_ms / paired_load_all_ms
 *   sealed_save_p50_ms, sealed_save_p99_ms
 *                            an edit of today's entry until it is sealed and on disk, each
 *                            timed right after the same edit of the plain journal
 *   paired_save_p99_ms       those plain edits' p99
 *   sealed_save_ratio        sealed_save_p99_ms / paired_save_p99_ms: the two under the same
 *                            load, which the p99 of a durable write on a busy machine needs
 *   seal_month_p50_ms, seal_month_p99_ms
 *                            sealing today's month alone (month_kb of JSON), what a save adds */
static void
measure_sealed (const char *dir,
                GDateTime  *today,
                TendStore  *plain_store)
{
  g_autoptr(GArray) plain_saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plain_loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) seals = g_array_new (FALSE, FALSE, sizeof (double));
  double month_kb = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(TendJournalKey) key = tend_journal_key_new_random (&error);
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(GArray) unlocks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) unlock_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *sealed_dir = g_strconcat (dir, "-sealed", NULL);
  g_autofree char *plain_dir = g_strconcat (dir, "-plain", NULL);
  g_autofree char *code = NULL;
  g_autoptr(TendStore) store = NULL;
  double protect_ms, sealed_load, sealed_save;
  TendKdfParams params;

  code = tend_store_make_recovery_code (&error);
  if (key == NULL || code == NULL)
    g_error ("sealing: %s", error->message);
  key_file = tend_key_file_new (key, "a passphrase to measure", code, NULL, &error);
  if (key_file == NULL)
    g_error ("key file: %s", error->message);
  tend_key_file_get_params (key_file, &params);

  for (guint run = 0; run < UNLOCKS; run++)
    {
      struct timespec cpu_start, cpu_end;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TendJournalKey) opened = NULL;
      double value, cpu;

      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu_start);
      opened = tend_key_file_unlock_with_passphrase (key_file, "a passphrase to measure", &error);
      value = ms_since (start);
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu_end);
      cpu = (cpu_end.tv_sec - cpu_start.tv_sec) * 1e3 + (cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e6;

      if (opened == NULL)
        g_error ("unlock: %s", error->message);
      g_array_append_val (unlocks, value);
      g_array_append_val (unlock_cpu, cpu);
    }

  /* The same journal, protected through the store as Preferences does it. */
  copy_months (dir, sealed_dir);
  copy_months (dir, plain_dir);
  {
    g_autoptr(TendStore) plain = open_all (sealed_dir, today);
    gint64 start = g_get_monotonic_time ();
    gboolean done = FALSE;

    tend_store_protect_async (plain, "a passphrase to measure", code, NULL, seal_done_cb, &done);
    wait_for (&done);
    protect_ms = ms_since (start);
  }

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(TendStore) s = tend_store_new (sealed_dir);
      gboolean done = FALSE;
      gint64 start;
      double value;

      tend_store_unlock_async (s, "a passphrase to measure", NULL, seal_done_cb, &done);
      wait_for (&done);

      start = g_get_monotonic_time ();
      if (!tend_store_load_recent (s, today, &error))
        g_error ("load_recent: %s", error->message);
      done = FALSE;
      tend_store_load_all_async (s, NULL, load_all_cb, &done);
      wait_for (&done);
      value = ms_since (start);
      g_array_append_val (loads, value);

      /* A plain copy right after, under the same load (the journal itself is open). */
      {
        g_autoptr(TendStore) p = NULL;

        start = g_get_monotonic_time ();
        p = open_all (plain_dir, today);
        value = ms_since (start);
        g_array_append_val (plain_loads, value);
      }

      if (run == RUNS - 1)
        store = g_steal_pointer (&s);
    }

  measure_saves (store, today, saves, calls, plain_store, plain_saves);
  g_clear_object (&store);

  /* What sealing alone adds to a save: today's month sealed, as the store seals it. */
  {
    g_autofree char *month = g_date_time_format (today, "%Y-%m");
    g_autofree char *name = g_strconcat (month, ".json", NULL);
    g_autofree char *path = g_build_filename (plain_dir, name, NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GBytes) plain = NULL;
    gsize length = 0;

    if (!g_file_get_contents (path, &contents, &length, &error))
      g_error ("%s", error->message);
    plain = g_bytes_new_take (g_steal_pointer (&contents), length);
    for (guint i = 0; i < SAVES; i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GBytes) sealed = tend_sealed_month_seal (key, month, plain, &error);
        double value = ms_since (start);

        if (sealed == NULL)
          g_error ("%s", error->message);
        g_array_append_val (seals, value);
      }
    month_kb = length / 1024.0;
  }
  tend_history_remove (sealed_dir);
  tend_history_remove (plain_dir);

  sealed_load = median (loads);
  sealed_save = percentile (saves, 0.99);
  g_print (" unlock_ms=%.0f unlock_cpu_ms=%.0f argon2id_t=%u argon2id_m_kib=%u argon2id_p=%u "
           "protect_ms=%.0f sealed_load_all_ms=%.1f paired_load_all_ms=%.1f "
           "sealed_load_ratio=%.2f "
           "sealed_save_p50_ms=%.2f sealed_save_p99_ms=%.2f paired_save_p99_ms=%.2f "
           "sealed_save_ratio=%.2f month_kb=%.0f seal_month_p50_ms=%.3f "
           "seal_month_p99_ms=%.3f",
           median (unlocks), median (unlock_cpu), params.passes, params.memory_kib, params.lanes,
           protect_ms, sealed_load, median (plain_loads), sealed_load / median (plain_loads),
           percentile (saves, 0.5),
           sealed_save, percentile (plain_saves, 0.99),
           sealed_save / percentile (plain_saves, 0.99), month_kb, percentile (seals, 0.5),
           percentile (seals, 0.99));
}
#endif

static int
measure (const char *dir,
         guint       years)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GArray) recent = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) searches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) collects = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(TendStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  double progress_all, progress_30;
  guint n_entries;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(TendStore) s = tend_store_new (dir);
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double value;

      if (!tend_store_load_recent (s, today, &error))
        g_error ("load_recent: %s", error->message);
      value = ms_since (start);
      g_array_append_val (recent, value);
    }

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(TendStore) s = open_all (dir, today);
      double value = ms_since (start);

      g_array_append_val (all, value);
      value = parse_floor_ms (dir);
      g_array_append_val (floor, value);
    }

  store = open_all (dir, today);
  n_entries = g_list_model_get_n_items (tend_store_get_entries (store));

  /* Progress: the copy out of the list models is timed apart from the aggregation. */
  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double value;

      g_clear_pointer (&entries, g_ptr_array_unref);
      g_clear_pointer (&sessions, g_ptr_array_unref);
      entries = collect (tend_store_get_entries (store));
      sessions = collect (tend_store_get_sessions (store));
      value = ms_since (start);
      g_array_append_val (collects, value);
    }
  progress_all = progress_ms (entries, sessions, TEND_PROGRESS_ALL_TIME, today);
  progress_30 = progress_ms (entries, sessions, TEND_PROGRESS_30_DAYS, today);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  measure_saves (store, today, saves, calls, NULL, NULL);

  for (guint run = 0; run < RUNS * 4; run++)
    {
      static const char *queries[] = { "gentle", "boundary", "café", "river morning" };
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = tend_store_search (store, queries[run % 4]);
      double value = ms_since (start);

      g_array_append_val (searches, value);
    }

  g_print ("years=%u entries=%u bytes=%" G_GSIZE_FORMAT " load_recent_ms=%.2f load_all_ms=%.1f "
           "parse_floor_ms=%.1f save_p50_ms=%.2f save_p99_ms=%.2f save_call_p99_ms=%.3f "
           "search_ms=%.2f progress_collect_ms=%.2f progress_ms=%.2f progress_30d_ms=%.2f "
           "rss_mb=%.1f",
           years, n_entries, journal_bytes (dir), median (recent), median (all), median (floor),
           percentile (saves, 0.5), percentile (saves, 0.99), percentile (calls, 0.99),
           median (searches), median (collects), progress_all, progress_30, peak_rss_mb ());
#if HAVE_SEAL
  measure_sealed (dir, today, store);
#endif
  g_print ("\n");

  return 0;
}

/* Entries a day in the import's history: months of ~600 entries, so a quadratic step inside a
 * month shows. */
#define IMPORT_PER_DAY 20

static char *
bench_dir (const char *name)
{
  /* On a real disk, not a tmpfs, so that durable writes cost what they cost a person. */
  g_autofree char *base = g_build_filename (g_get_user_cache_dir (), "tend-bench", NULL);
  g_autofree char *pattern = NULL;

  g_mkdir_with_parents (base, 0700);
  pattern = g_strdup_printf ("%s/%s-XXXXXX", base, name);
  return g_mkdtemp (g_steal_pointer (&pattern));
}

/* A backup of @n entries, revision @revision, written to @path. */
static void
make_backup (const char *path,
             guint       n,
             guint       revision)
{
  g_autofree char *dir = bench_dir ("source");
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  tend_history_generate_entries (dir, n, IMPORT_PER_DAY, revision);
  {
    g_autoptr(TendStore) store = open_all (dir, today);

    if (!tend_backup_export (store, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error))
      g_error ("export: %s", error->message);
  }
  tend_history_remove (dir);
}

/* Reads @path, previews it against the journal in @dir and applies it, timing each step. */
static void
measure_import (const char *label,
                const char *dir,
                const char *path)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = open_all (dir, today);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  TendImportPreview preview;
  double read_ms, preview_ms, apply_ms, saved_ms;
  gint64 start;

  start = g_get_monotonic_time ();
  backup = tend_backup_load (file, NULL, &error);
  if (backup == NULL)
    g_error ("load: %s", error->message);
  read_ms = ms_since (start);

  start = g_get_monotonic_time ();
  tend_backup_preview (backup, store, &preview);
  preview_ms = ms_since (start);

  start = g_get_monotonic_time ();
  if (!tend_backup_apply (backup, store, &error))
    g_error ("apply: %s", error->message);
  apply_ms = ms_since (start);
  tend_store_flush (store);
  saved_ms = ms_since (start);

  g_print ("import=%s records=%u new=%u changed=%u journal_entries=%u read_ms=%.0f "
           "preview_ms=%.0f apply_ms=%.0f apply_saved_ms=%.0f rss_mb=%.1f\n",
           label, tend_backup_get_n_records (backup), preview.new_entries,
           preview.changed_entries, g_list_model_get_n_items (tend_store_get_entries (store)),
           read_ms, preview_ms, apply_ms, saved_ms, peak_rss_mb ());
}

/* A backup of @n entries into an empty journal, then a newer copy of every one of them into
 * a journal that holds the older: the two ends of what importing costs. */
static int
run_import (guint n)
{
  g_autofree char *work = bench_dir ("import");
  g_autofree char *first = g_build_filename (work, "first.json", NULL);
  g_autofree char *second = g_build_filename (work, "second.json", NULL);
  g_autofree char *journal = g_build_filename (work, "journal", NULL);

  if (n == 0 || n % IMPORT_PER_DAY != 0)
    {
      g_printerr ("tend-bench: --import takes a multiple of %d\n", IMPORT_PER_DAY);
      return 2;
    }

  make_backup (first, n, 0);
  make_backup (second, n, 1);

  measure_import ("empty", journal, first);
  measure_import ("full", journal, second);

  tend_history_remove (work);
  return 0;
}

static int
run_all (const char *self)
{
  static const guint sizes[] = { 0, 1, 5, 10 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      /* On a real disk, not a tmpfs, so that durable writes cost what they cost a person. */
      g_autofree char *base = g_build_filename (g_get_user_cache_dir (), "tend-bench", NULL);
      g_autofree char *pattern = NULL;
      g_autofree char *dir = NULL;
      const char *argv[] = { self, "--measure", NULL, "--years", NULL, NULL };
      g_autofree char *years = g_strdup_printf ("%u", sizes[i]);
      g_autoptr(GError) error = NULL;
      int status;

      g_mkdir_with_parents (base, 0700);
      pattern = g_build_filename (base, "run-XXXXXX", NULL);
      dir = g_mkdtemp (g_steal_pointer (&pattern));
      tend_history_generate (dir, sizes[i]);
      argv[2] = dir;
      argv[4] = years;
      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("measuring %u years: %s", sizes[i], error->message);
      tend_history_remove (dir);
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int years = -1;
  int import = 0;
  gboolean generate = FALSE;
  gboolean do_measure = FALSE;
  GOptionEntry options[] = {
    { "generate", 0, 0, G_OPTION_ARG_NONE, &generate, "Write a history into DIR", NULL },
    { "measure", 0, 0, G_OPTION_ARG_NONE, &do_measure, "Measure the journal in DIR", NULL },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, "Years of history", "N" },
    { "import", 0, 0, G_OPTION_ARG_INT, &import, "Time importing a backup of N entries", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[DIR]");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (import > 0)
    return run_import (import);

  if (!generate && !do_measure)
    return run_all (argv[0]);

  if (argc != 2 || years < 0)
    {
      g_printerr ("usage: tend-bench --generate|--measure DIR --years N\n");
      return 2;
    }
  dir = g_strdup (argv[1]);

  if (generate)
    {
      tend_history_generate (dir, years);
      g_print ("wrote %d years of history to %s (%" G_GSIZE_FORMAT " bytes)\n", years, dir,
               journal_bytes (dir));
      return 0;
    }

  return measure (dir, years);
}
