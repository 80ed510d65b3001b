/* tend-progress-summary.c — one sentence for each Progress chart.
 *
 * The page shows these beside the charts, and they are the charts' accessible descriptions, so
 * a screen reader hears what a glance at the chart would tell. Each sentence is whole in the
 * source, numbers and all, so translators never have to glue pieces together. Every function
 * returns translated text for a person to read or hear: plain facts, never a streak and never
 * a judgement.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-exercises.h"
#include "tend-progress-summary.h"
#include "tend-prompts.h"

typedef enum {
  TREND_FELL,
  TREND_ROSE,
  TREND_STEADY,
} Trend;

/* How the sentence names the time shown: "the last 30 days", "the last 3 months", or from the
 * earliest check-ins on. */
typedef enum {
  SPAN_DAYS,
  SPAN_MONTHS,
  SPAN_ALL,
  SPAN_CHOSEN,  /* days chosen by hand: "these days" */
} Span;

/* Lowest and highest value of each check-in scale. */
static const int scale_min[TEND_N_SCALES] = { 1, 0, 1, 1 };
static const int scale_max[TEND_N_SCALES] = { 5, 10, 5, 5 };

/* The share of a scale under which a change of average is told as no change. */
#define STEADY_SHARE 0.05

/**
 * tend_progress_summary_day:
 *
 * "Tuesday 3 November 2026: 1 entry, 2 grounding exercises", or "…: nothing recorded".
 */
char *
tend_progress_summary_day (const GDate           *day,
                           const TendDayActivity *activity)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autofree char *date = NULL;
  g_autofree char *entries = NULL;
  g_autofree char *sessions = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (activity != NULL, NULL);

  noon = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 12, 0, 0);
  /* Translators: a day in the practice calendar, in the notation of g_date_time_format(),
   * e.g. “Tuesday 3 November 2026”. */
  date = g_date_time_format (noon, _("%A %-d %B %Y"));

  if (activity->entries > 0)
    /* Translators: what a day of the practice calendar holds. */
    entries = g_strdup_printf (ngettext ("%u entry", "%u entries", activity->entries),
                               (guint) activity->entries);
  if (activity->sessions > 0)
    /* Translators: what a day of the practice calendar holds. */
    sessions = g_strdup_printf (ngettext ("%u grounding exercise", "%u grounding exercises",
                                          activity->sessions),
                                (guint) activity->sessions);

  if (entries != NULL && sessions != NULL)
    /* Translators: a day, then what it holds, e.g. “Tuesday 3 November 2026: 1 entry,
     * 2 grounding exercises”. */
    return g_strdup_printf (_("%s: %s, %s"), date, entries, sessions);
  if (entries != NULL || sessions != NULL)
    /* Translators: a day, then what it holds, e.g. “Tuesday 3 November 2026: 1 entry”. */
    return g_strdup_printf (_("%s: %s"), date, entries != NULL ? entries : sessions);

  /* Translators: a day of the practice calendar without entries or exercises; %s is the day,
   * e.g. “Tuesday 3 November 2026”. */
  return g_strdup_printf (_("%s: nothing recorded"), date);
}

/**
 * tend_progress_summary_n_entries:
 *
 * Totals over the range's days.
 */
guint
tend_progress_summary_n_entries (const TendProgress *progress)
{
  guint n = 0;

  g_return_val_if_fail (progress != NULL, 0);

  for (guint i = 0; i < progress->n_days; i++)
    n += progress->days[i].entries;
  return n;
}

/**
 * tend_progress_summary_n_sessions:
 *
 * Totals over the range's days.
 */
guint
tend_progress_summary_n_sessions (const TendProgress *progress)
{
  guint n = 0;

  g_return_val_if_fail (progress != NULL, 0);

  for (guint i = 0; i < progress->n_days; i++)
    n += progress->days[i].sessions;
  return n;
}

/**
 * tend_progress_summary_practice:
 *
 * "Practised on 18 of the last 30 days".
 */
char *
tend_progress_summary_practice (const TendProgress *progress)
{
  guint n_days, practised;

  g_return_val_if_fail (progress != NULL, NULL);

  n_days = progress->n_days;
  practised = progress->practice_days;

  if (progress->range == TEND_PROGRESS_CHOSEN_DAYS)
    /* Translators: days with an entry or a grounding exercise, of the days a summary covers;
     * e.g. “Practised on 18 of the 30 chosen days”. Never a streak. */
    return g_strdup_printf (ngettext ("Practised on %u of the %u chosen day",
                                      "Practised on %u of the %u chosen days", n_days),
                            practised, n_days);

  if (progress->range == TEND_PROGRESS_ALL_TIME)
    {
      if (practised == 0)
        /* Translators: the practice calendar of all time, before anything was written. */
        return g_strdup (_("Nothing recorded yet"));

      /* Translators: days with an entry or a grounding exercise, of all days since the first
       * one; e.g. “Practised on 120 of 400 days since your first record”. */
      return g_strdup_printf (ngettext ("Practised on %u of %u day since your first record",
                                        "Practised on %u of %u days since your first record",
                                        n_days),
                              practised, n_days);
    }

  if (practised == 0)
    /* Translators: no entry and no grounding exercise in the time shown. */
    return g_strdup_printf (ngettext ("Nothing recorded in the last %u day",
                                      "Nothing recorded in the last %u days", n_days),
                            n_days);

  /* Translators: days with an entry or a grounding exercise; e.g. “Practised on 18 of the last
   * 30 days”. Never a streak: missed days do not count against anything. */
  return g_strdup_printf (ngettext ("Practised on %u of the last %u day",
                                    "Practised on %u of the last %u days", n_days),
                          practised, n_days);
}

static Span
span_of (TendProgressRange  range,
         guint             *n)
{
  switch (range)
    {
    case TEND_PROGRESS_30_DAYS:
      *n = 30;
      return SPAN_DAYS;
    case TEND_PROGRESS_3_MONTHS:
      *n = 3;
      return SPAN_MONTHS;
    case TEND_PROGRESS_6_MONTHS:
      *n = 6;
      return SPAN_MONTHS;
    case TEND_PROGRESS_12_MONTHS:
      *n = 12;
      return SPAN_MONTHS;
    case TEND_PROGRESS_CHOSEN_DAYS:
      *n = 0;
      return SPAN_CHOSEN;
    case TEND_PROGRESS_ALL_TIME:
    default:
      *n = 0;
      return SPAN_ALL;
    }
}

/**
 * tend_progress_summary_direction:
 * @scale: the check-in scale
 * @from: the average early in the time shown
 * @to: the average late in the time shown
 *
 * How the check-in sentences tell the move from @from to @to: 1 "rose", -1 "fell", 0 "stayed
 * around". A move of less than a twentieth of the scale (half a point of distress, a fifth of
 * a point of mood) is the ordinary wobble of a few check-ins: calling 5.0 to 5.1 "rose" would
 * read as a setback that is not there. Whatever else reacts to a move (Learn's link about
 * setbacks) asks here, so it never contradicts the sentence beside it.
 */
int
tend_progress_summary_direction (TendScale scale,
                                 double    from,
                                 double    to)
{
  g_return_val_if_fail (scale < TEND_N_SCALES, 0);

  if (ABS (to - from) < STEADY_SHARE * (scale_max[scale] - scale_min[scale]))
    return 0;
  return to < from ? -1 : 1;
}

static Trend
trend_of (TendScale scale,
          double    from,
          double    to)
{
  int direction = tend_progress_summary_direction (scale, from, to);

  return direction == 0 ? TREND_STEADY : direction < 0 ? TREND_FELL : TREND_ROSE;
}

static char *
trend_sentence (TendScale scale,
                Trend     trend,
                Span      span,
                guint     n,
                double    from,
                double    to)
{
  switch (scale)
    {
    case TEND_SCALE_MOOD:
      if (span == SPAN_CHOSEN)
        {
          if (trend == TREND_FELL)
            /* Translators: the average check-in (mood, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average mood fell from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          if (trend == TREND_ROSE)
            /* Translators: the average check-in (mood, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average mood rose from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          /* Translators: the average check-in (mood, 1–5) was about the same in the first and
           * the last third of the chosen days. */
          return g_strdup_printf (_("Average mood stayed around %.1f "
                                    "from the first third of these days to the last"), to);
        }
      if (trend == TREND_FELL && span == SPAN_ALL)
        /* Translators: the average check-in (mood, 1–5) of the oldest third of all weeks, then
         * of the newest third. */
        return g_strdup_printf (_("Average mood fell from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_FELL && span == SPAN_DAYS)
        /* Translators: the average check-in (mood, 1–5) of the first third of the time shown,
         * then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average mood fell from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average mood fell from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_FELL && span == SPAN_MONTHS)
        /* Translators: the average check-in (mood, 1–5) of the first third of the time shown,
         * then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average mood fell from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average mood fell from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_ALL)
        /* Translators: the average check-in (mood, 1–5) of the oldest third of all weeks, then
         * of the newest third. */
        return g_strdup_printf (_("Average mood rose from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_ROSE && span == SPAN_DAYS)
        /* Translators: the average check-in (mood, 1–5) of the first third of the time shown,
         * then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average mood rose from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average mood rose from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_MONTHS)
        /* Translators: the average check-in (mood, 1–5) of the first third of the time shown,
         * then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average mood rose from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average mood rose from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (span == SPAN_ALL)
        /* Translators: the average check-in (mood, 1–5) was about the same early and late. */
        return g_strdup_printf (_("Average mood stayed around %.1f "
                                  "from your earliest check-ins to your latest"), to);
      if (span == SPAN_DAYS)
        /* Translators: the average check-in (mood, 1–5) was about the same at the start and the
         * end of the time shown; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average mood stayed around %.1f "
                                          "over the last %u day",
                                          "Average mood stayed around %.1f "
                                          "over the last %u days", n),
                                to, n);
      if (span == SPAN_MONTHS)
        /* Translators: the average check-in (mood, 1–5) was about the same at the start and the
         * end of the time shown; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average mood stayed around %.1f "
                                          "over the last %u month",
                                          "Average mood stayed around %.1f "
                                          "over the last %u months", n),
                                to, n);
      break;

    case TEND_SCALE_DISTRESS:
      if (span == SPAN_CHOSEN)
        {
          if (trend == TREND_FELL)
            /* Translators: the average check-in (distress, 0–10) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average distress fell from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          if (trend == TREND_ROSE)
            /* Translators: the average check-in (distress, 0–10) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average distress rose from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          /* Translators: the average check-in (distress, 0–10) was about the same in the first and
           * the last third of the chosen days. */
          return g_strdup_printf (_("Average distress stayed around %.1f "
                                    "from the first third of these days to the last"), to);
        }
      if (trend == TREND_FELL && span == SPAN_ALL)
        /* Translators: the average check-in (distress, 0–10) of the oldest third of all weeks,
         * then of the newest third. */
        return g_strdup_printf (_("Average distress fell from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_FELL && span == SPAN_DAYS)
        /* Translators: the average check-in (distress, 0–10) of the first third of the time
         * shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average distress fell from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average distress fell from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_FELL && span == SPAN_MONTHS)
        /* Translators: the average check-in (distress, 0–10) of the first third of the time
         * shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average distress fell from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average distress fell from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_ALL)
        /* Translators: the average check-in (distress, 0–10) of the oldest third of all weeks,
         * then of the newest third. */
        return g_strdup_printf (_("Average distress rose from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_ROSE && span == SPAN_DAYS)
        /* Translators: the average check-in (distress, 0–10) of the first third of the time
         * shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average distress rose from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average distress rose from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_MONTHS)
        /* Translators: the average check-in (distress, 0–10) of the first third of the time
         * shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average distress rose from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average distress rose from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (span == SPAN_ALL)
        /* Translators: the average check-in (distress, 0–10) was about the same early and late. */
        return g_strdup_printf (_("Average distress stayed around %.1f "
                                  "from your earliest check-ins to your latest"), to);
      if (span == SPAN_DAYS)
        /* Translators: the average check-in (distress, 0–10) was about the same at the start
         * and the end of the time shown; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average distress stayed around %.1f "
                                          "over the last %u day",
                                          "Average distress stayed around %.1f "
                                          "over the last %u days", n),
                                to, n);
      if (span == SPAN_MONTHS)
        /* Translators: the average check-in (distress, 0–10) was about the same at the start
         * and the end of the time shown; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average distress stayed around %.1f "
                                          "over the last %u month",
                                          "Average distress stayed around %.1f "
                                          "over the last %u months", n),
                                to, n);
      break;

    case TEND_SCALE_SAFETY:
      if (span == SPAN_CHOSEN)
        {
          if (trend == TREND_FELL)
            /* Translators: the average check-in (safe in the body, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average safety in your body fell from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          if (trend == TREND_ROSE)
            /* Translators: the average check-in (safe in the body, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average safety in your body rose from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          /* Translators: the average check-in (safe in the body, 1–5) was about the same in the first and
           * the last third of the chosen days. */
          return g_strdup_printf (_("Average safety in your body stayed around %.1f "
                                    "from the first third of these days to the last"), to);
        }
      if (trend == TREND_FELL && span == SPAN_ALL)
        /* Translators: the average check-in (safe in the body, 1–5) of the oldest third of all
         * weeks, then of the newest third. */
        return g_strdup_printf (_("Average safety in your body fell from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_FELL && span == SPAN_DAYS)
        /* Translators: the average check-in (safe in the body, 1–5) of the first third of the
         * time shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body fell from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average safety in your body fell from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_FELL && span == SPAN_MONTHS)
        /* Translators: the average check-in (safe in the body, 1–5) of the first third of the
         * time shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body fell from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average safety in your body fell from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_ALL)
        /* Translators: the average check-in (safe in the body, 1–5) of the oldest third of all
         * weeks, then of the newest third. */
        return g_strdup_printf (_("Average safety in your body rose from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_ROSE && span == SPAN_DAYS)
        /* Translators: the average check-in (safe in the body, 1–5) of the first third of the
         * time shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body rose from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average safety in your body rose from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_MONTHS)
        /* Translators: the average check-in (safe in the body, 1–5) of the first third of the
         * time shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body rose from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average safety in your body rose from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (span == SPAN_ALL)
        /* Translators: the average check-in (safe in the body, 1–5) was about the same early
         * and late. */
        return g_strdup_printf (_("Average safety in your body stayed around %.1f "
                                  "from your earliest check-ins to your latest"), to);
      if (span == SPAN_DAYS)
        /* Translators: the average check-in (safe in the body, 1–5) was about the same at the
         * start and the end of the time shown; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body stayed around %.1f "
                                          "over the last %u day",
                                          "Average safety in your body stayed around %.1f "
                                          "over the last %u days", n),
                                to, n);
      if (span == SPAN_MONTHS)
        /* Translators: the average check-in (safe in the body, 1–5) was about the same at the
         * start and the end of the time shown; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average safety in your body stayed around %.1f "
                                          "over the last %u month",
                                          "Average safety in your body stayed around %.1f "
                                          "over the last %u months", n),
                                to, n);
      break;

    case TEND_SCALE_CLOSENESS:
    case TEND_N_SCALES:
    default:
      if (span == SPAN_CHOSEN)
        {
          if (trend == TREND_FELL)
            /* Translators: the average check-in (closeness, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average closeness fell from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          if (trend == TREND_ROSE)
            /* Translators: the average check-in (closeness, 1–5) of the first third of the chosen
             * days, then of the last third. */
            return g_strdup_printf (_("Average closeness rose from %.1f in the first third "
                                      "of these days to %.1f in the last third"),
                                    from, to);
          /* Translators: the average check-in (closeness, 1–5) was about the same in the first and
           * the last third of the chosen days. */
          return g_strdup_printf (_("Average closeness stayed around %.1f "
                                    "from the first third of these days to the last"), to);
        }
      if (trend == TREND_FELL && span == SPAN_ALL)
        /* Translators: the average check-in (closeness, 1–5) of the oldest third of all weeks,
         * then of the newest third. */
        return g_strdup_printf (_("Average closeness fell from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_FELL && span == SPAN_DAYS)
        /* Translators: the average check-in (closeness, 1–5) of the first third of the time
         * shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average closeness fell from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average closeness fell from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_FELL && span == SPAN_MONTHS)
        /* Translators: the average check-in (closeness, 1–5) of the first third of the time
         * shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average closeness fell from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average closeness fell from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_ALL)
        /* Translators: the average check-in (closeness, 1–5) of the oldest third of all weeks,
         * then of the newest third. */
        return g_strdup_printf (_("Average closeness rose from %.1f "
                                  "in your earliest check-ins to %.1f in your latest"),
                                from, to);
      if (trend == TREND_ROSE && span == SPAN_DAYS)
        /* Translators: the average check-in (closeness, 1–5) of the first third of the time
         * shown, then of the last third; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average closeness rose from %.1f to %.1f "
                                          "over the last %u day",
                                          "Average closeness rose from %.1f to %.1f "
                                          "over the last %u days", n),
                                from, to, n);
      if (trend == TREND_ROSE && span == SPAN_MONTHS)
        /* Translators: the average check-in (closeness, 1–5) of the first third of the time
         * shown, then of the last third; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average closeness rose from %.1f to %.1f "
                                          "over the last %u month",
                                          "Average closeness rose from %.1f to %.1f "
                                          "over the last %u months", n),
                                from, to, n);
      if (span == SPAN_ALL)
        /* Translators: the average check-in (closeness, 1–5) was about the same early and late. */
        return g_strdup_printf (_("Average closeness stayed around %.1f "
                                  "from your earliest check-ins to your latest"), to);
      if (span == SPAN_DAYS)
        /* Translators: the average check-in (closeness, 1–5) was about the same at the start
         * and the end of the time shown; %u is how many days are shown. */
        return g_strdup_printf (ngettext ("Average closeness stayed around %.1f "
                                          "over the last %u day",
                                          "Average closeness stayed around %.1f "
                                          "over the last %u days", n),
                                to, n);
      if (span == SPAN_MONTHS)
        /* Translators: the average check-in (closeness, 1–5) was about the same at the start
         * and the end of the time shown; %u is how many months are shown. */
        return g_strdup_printf (ngettext ("Average closeness stayed around %.1f "
                                          "over the last %u month",
                                          "Average closeness stayed around %.1f "
                                          "over the last %u months", n),
                                to, n);
      break;
    }

  g_return_val_if_reached (NULL);
}

/* The scale whose average moved the most, against the length of its scale. */
static int
scale_that_moved (const TendProgress *progress)
{
  double most = -1;
  int found = -1;

  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    {
      double from, to, moved;

      if (!tend_progress_get_trend (progress, scale, &from, &to))
        continue;

      moved = ABS (to - from) / (scale_max[scale] - scale_min[scale]);
      if (moved > most)
        {
          most = moved;
          found = scale;
        }
    }

  return found;
}

static gboolean
has_checkins (const TendProgress *progress,
              int                 scale)
{
  for (guint w = 0; w < progress->n_weeks; w++)
    for (int s = 0; s < TEND_N_SCALES; s++)
      if ((scale < 0 || scale == s) && progress->weeks[w].count[s] > 0)
        return TRUE;
  return FALSE;
}

/**
 * tend_progress_summary_checkins:
 *
 * "Average distress fell from 6.1 to 4.3 over the last 3 months". @scale is a TendScale, or
 * -1 for the scale that moved the most against its own length.
 */
char *
tend_progress_summary_checkins (const TendProgress *progress,
                                int                 scale)
{
  double from, to;
  guint n;
  Span span;

  g_return_val_if_fail (progress != NULL, NULL);
  g_return_val_if_fail (scale >= -1 && scale < TEND_N_SCALES, NULL);

  if (scale < 0)
    scale = scale_that_moved (progress);

  if (scale < 0 || !tend_progress_get_trend (progress, scale, &from, &to))
    {
      if (has_checkins (progress, scale))
        /* Translators: a few check-ins, but not both early and late in the time shown. */
        return g_strdup (_("Not enough check-ins yet to show a change"));
      /* Translators: under the chart of check-ins, when there are none in the time shown. */
      return g_strdup (_("No check-ins in this time"));
    }

  span = span_of (progress->range, &n);
  return trend_sentence (scale, trend_of (scale, from, to), span, n, from, to);
}

static const char *
exercise_title (const char *id)
{
  const TendExercise *exercise = tend_exercises_lookup (id);

  return exercise != NULL ? _(exercise->title) : id;
}

/**
 * tend_progress_summary_grounding:
 *
 * "“Longer Exhale” helped most: distress 2.1 lower on average, over 4 rated sessions". Only
 * an exercise rated before and after at least %TEND_EXERCISES_HELPED_MOST_MIN_SESSIONS times is
 * named, as on the Ground page.
 */
char *
tend_progress_summary_grounding (const TendProgress *progress)
{
  const TendExerciseStats *best = NULL;
  gboolean lowered = FALSE;
  guint sessions = 0;
  guint rated = 0;

  g_return_val_if_fail (progress != NULL, NULL);

  for (guint i = 0; progress->exercises != NULL && i < progress->exercises->len; i++)
    {
      const TendExerciseStats *stats = &g_array_index (progress->exercises, TendExerciseStats, i);

      sessions += stats->sessions;
      rated += stats->rated;
      if (stats->rated == 0 || !(stats->change < 0))
        continue;
      lowered = TRUE;
      if (stats->rated >= TEND_EXERCISES_HELPED_MOST_MIN_SESSIONS &&
          (best == NULL || stats->change < best->change))
        best = stats;
    }

  if (best != NULL)
    /* Translators: %s is an exercise's title, %.1f how much lower distress (0–10) was after it
     * than before, on average, and %u how many sessions rated before and after that average
     * rests on (always 3 or more); e.g. “Longer Exhale” helped most: distress 2.1 lower on
     * average, over 4 rated sessions. */
    return g_strdup_printf (ngettext ("“%s” helped most: distress %.1f lower on average, over "
                                      "%u rated session",
                                      "“%s” helped most: distress %.1f lower on average, over "
                                      "%u rated sessions", best->rated),
                            exercise_title (best->exercise_id), -best->change, best->rated);

  if (lowered)
    /* Translators: distress was lower after some exercise, but no exercise has been rated
     * before and after three times yet, so none is named as the one that helped most. */
    return g_strdup (_("Too few rated sessions yet to say which exercise helped most"));

  if (rated > 0)
    /* Translators: exercises were rated before and after, and distress was not lower after them
     * on average. Plain, with no judgement. */
    return g_strdup (_("On average, distress was not lower after exercises in this time"));

  if (sessions > 0)
    /* Translators: exercises were done, but none was rated both before and after. */
    return g_strdup_printf (ngettext ("%u grounding exercise in this time, without ratings "
                                      "before and after",
                                      "%u grounding exercises in this time, without ratings "
                                      "before and after", sessions),
                            sessions);

  /* Translators: under the chart of grounding exercises, when there are none in the time
   * shown. */
  return g_strdup (_("No grounding exercises in this time"));
}

/**
 * tend_progress_summary_themes:
 *
 * "Most entries were about “Needs and Boundaries” (12)".
 */
char *
tend_progress_summary_themes (const TendProgress *progress)
{
  const TendThemeStats *most = NULL;
  const TendTheme *theme;

  g_return_val_if_fail (progress != NULL, NULL);

  for (guint i = 0; progress->themes != NULL && i < progress->themes->len; i++)
    {
      const TendThemeStats *stats = &g_array_index (progress->themes, TendThemeStats, i);

      if (stats->entries > 0 && (most == NULL || stats->entries > most->entries))
        most = stats;
    }

  if (most == NULL)
    /* Translators: under the chart of themes, when no entry in the time shown has one. */
    return g_strdup (_("No entries with a theme in this time"));

  theme = tend_prompts_lookup_theme (most->theme_id);
  /* Translators: %s is a healing theme's title, %u how many entries were about it; e.g. Most
   * entries were about “Needs and Boundaries” (12). */
  return g_strdup_printf (_("Most entries were about “%s” (%u)"),
                          theme != NULL ? tend_theme_get_title (theme) : most->theme_id,
                          most->entries);
}

/**
 * tend_progress_summary_signed:
 *
 * A change to one decimal, signed as a person writes it: "−2.1" with a true minus sign
 * (U+2212, not the hyphen a C library prints), "+0.5", and "0.0" for what rounds to no change.
 * The decimal point is the locale's, as in the sentences around it.
 */
char *
tend_progress_summary_signed (double value)
{
  g_autofree char *magnitude = g_strdup_printf ("%.1f", ABS (value));
  char zero[G_ASCII_DTOSTR_BUF_SIZE];

  /* What prints as nought has no sign, whichever side of it the value lies. */
  if (strcmp (g_ascii_formatd (zero, sizeof zero, "%.1f", ABS (value)), "0.0") == 0)
    return g_steal_pointer (&magnitude);

  return g_strconcat (value < 0 ? "\xe2\x88\x92" /* U+2212 MINUS SIGN */ : "+", magnitude, NULL);
}

/**
 * tend_progress_summary_look_back:
 *
 * "An entry from six months ago", for 1, 3, 6 or 12.
 */
const char *
tend_progress_summary_look_back (guint months_ago)
{
  switch (months_ago)
    {
    case 1:
      /* Translators: the title of a gentle invitation to reread an old entry. */
      return _("An entry from a month ago");
    case 3:
      /* Translators: the title of a gentle invitation to reread an old entry. */
      return _("An entry from three months ago");
    case 6:
      /* Translators: the title of a gentle invitation to reread an old entry. */
      return _("An entry from six months ago");
    case 12:
      /* Translators: the title of a gentle invitation to reread an old entry. */
      return _("An entry from a year ago");
    default:
      /* Translators: the title of a gentle invitation to reread an old entry. */
      return _("An entry from the past");
    }
}
