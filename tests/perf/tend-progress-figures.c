/* tend-progress-figures.c — print what tend_progress_compute () makes of a journal folder.
 *
 *   tend-progress-figures DIR [--today YYYY-MM-DD] [--range R] [--tz ZONE]
 *
 * The lines are the ones tests/e2e/progress_figures.py prints from the JSON alone, so the two
 * can be compared with diff(1) on a generated history (tend-bench --generate DIR --years 10).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "tend-progress.h"
#include "tend-store.h"

static const char * const range_names[] = {
  "30-days", "3-months", "6-months", "12-months", "all-time",
};

static const char * const scale_names[TEND_N_SCALES] = {
  "mood", "distress", "safety", "closeness",
};

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

static GPtrArray *
collect (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
print_number (double value)
{
  if (isnan (value))
    g_print ("none");
  else
    g_print ("%.6f", value);
}

static void
print_date (const GDate *date)
{
  if (!g_date_valid (date))
    g_print ("none");
  else
    g_print ("%04u-%02u-%02u", (guint) g_date_get_year (date), (guint) g_date_get_month (date),
             (guint) g_date_get_day (date));
}

static void
print_figures (const TendProgress *progress)
{
  g_print ("range %s first ", range_names[progress->range]);
  print_date (&progress->first);
  g_print (" last ");
  print_date (&progress->last);
  g_print (" days %u\n", progress->n_days);
  g_print ("practice %u\n", progress->practice_days);

  for (guint s = 0; s < TEND_N_SCALES; s++)
    {
      double from, to;

      g_print ("trend %s ", scale_names[s]);
      if (tend_progress_get_trend (progress, s, &from, &to))
        {
          print_number (from);
          g_print (" ");
          print_number (to);
        }
      else
        g_print ("none");
      g_print ("\n");
    }

  for (guint i = 0; i < progress->exercises->len; i++)
    {
      const TendExerciseStats *stats = &g_array_index (progress->exercises, TendExerciseStats, i);

      g_print ("exercise %s sessions %u finished %u rated %u change ", stats->exercise_id,
               stats->sessions, stats->finished, stats->rated);
      print_number (stats->change);
      g_print ("\n");
    }

  for (guint i = 0; i < progress->themes->len; i++)
    {
      const TendThemeStats *stats = &g_array_index (progress->themes, TendThemeStats, i);

      g_print ("theme %s entries %u first ", stats->theme_id, stats->entries);
      print_date (&stats->first);
      g_print ("\n");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *today_arg = NULL;
  g_autofree char *range_arg = NULL;
  g_autofree char *tz_arg = NULL;
  GOptionEntry options[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_arg, "The range's last day", "YYYY-MM-DD" },
    { "range", 0, 0, G_OPTION_ARG_STRING, &range_arg, "30-days, 3-months, 6-months, "
      "12-months or all-time (the default)", "RANGE" },
    { "tz", 0, 0, G_OPTION_ARG_STRING, &tz_arg, "The zone of sessions' days", "ZONE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(TendProgress) progress = NULL;
  TendProgressRange range = TEND_PROGRESS_ALL_TIME;
  gboolean done = FALSE;
  GDate today;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: tend-progress-figures DIR [--today YYYY-MM-DD] [--range R] "
                  "[--tz ZONE]%s%s\n", error ? ": " : "", error ? error->message : "");
      return 2;
    }

  g_date_clear (&today, 1);
  if (today_arg != NULL)
    {
      guint year, month, mday;

      if (sscanf (today_arg, "%u-%u-%u", &year, &month, &mday) != 3 ||
          !g_date_valid_dmy (mday, month, year))
        {
          g_printerr ("not a day: %s\n", today_arg);
          return 2;
        }
      g_date_set_dmy (&today, mday, month, year);
    }
  else
    g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));

  for (guint i = 0; range_arg != NULL && i <= G_N_ELEMENTS (range_names); i++)
    {
      if (i == G_N_ELEMENTS (range_names))
        {
          g_printerr ("not a range: %s\n", range_arg);
          return 2;
        }
      if (g_str_equal (range_arg, range_names[i]))
        {
          range = i;
          break;
        }
    }

  tz = tz_arg != NULL ? g_time_zone_new_identifier (tz_arg) : g_time_zone_new_local ();
  if (tz == NULL)
    {
      g_printerr ("not a time zone: %s\n", tz_arg);
      return 2;
    }

  store = tend_store_new (argv[1]);
  if (!tend_store_load_recent (store, now, &error))
    g_error ("load_recent: %s", error->message);
  tend_store_load_all_async (store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  entries = collect (tend_store_get_entries (store));
  sessions = collect (tend_store_get_sessions (store));
  progress = tend_progress_compute ((TendEntry **) entries->pdata, entries->len,
                                    (TendGroundingSession **) sessions->pdata, sessions->len,
                                    range, &today, tend_progress_locale_week_start (), tz);
  print_figures (progress);

  return 0;
}
