/* tend-progress.c — the figures of the Progress section, as plain functions over records.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
/* After a libc header, which is what defines __GLIBC__. */
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "tend-exercises.h"
#include "tend-progress.h"
#include "tend-prompts.h"

/* g_date_get_julian () of 1970-01-01: GDate counts 1 January of year 1 as day 1. */
#define UNIX_EPOCH_JULIAN 719163
#define SECONDS_PER_DAY 86400

/* Ranges longer than this many days (about six months) are averaged by month: a year of
 * weeks is too many points to read at a glance. */
#define MONTHLY_AFTER_DAYS 186

/* A look-back entry may lie this many days either side of its date. */
#define LOOK_BACK_DAYS 7

static const guint look_back_months[TEND_PROGRESS_N_LOOK_BACKS] = { 1, 3, 6, 12 };

/* What tend_progress_get_trend () needs travels in the same allocation as the public struct,
 * behind it, so the header stays a plain struct the charts can read. */
typedef struct {
  TendProgress public;

  /* [0] the first third of the range's days, [1] the last third */
  double       third_sum[2][TEND_N_SCALES];
  guint        third_count[2][TEND_N_SCALES];
} Progress;

/* One exercise while counting; sums stay integers so that averages compare exactly. */
typedef struct {
  const char *id;
  guint       sessions;
  guint       finished;
  guint       rated;
  gint64      before_sum;
  gint64      after_sum;
} Tally;

/* Days */

/* Hinnant's days_from_civil (), counted the way GDate counts. */
static guint32
julian_from_ymd (int year,
                 int month,
                 int mday)
{
  int era, year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = year / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + mday - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return (guint32) (era * 146097 + day_of_era - 719468 + UNIX_EPOCH_JULIAN);
}

static gboolean
read_digits (const char *text,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

/* An entry's "YYYY-MM-DD" as a Julian day, or 0. This runs once for every entry, so it reads
 * the digits itself instead of going through g_date_set_parse () and the locale. */
static guint32
julian_from_day (const char *day)
{
  int year, month, mday;

  if (day == NULL ||
      !read_digits (day, 4, &year) || day[4] != '-' ||
      !read_digits (day + 5, 2, &month) || day[7] != '-' ||
      !read_digits (day + 8, 2, &mday) || day[10] != '\0' ||
      year < 1 || !g_date_valid_dmy (mday, month, year))
    return 0;

  return julian_from_ymd (year, month, mday);
}

/* The local day of an instant in @tz: what g_date_time_to_timezone () would give, without
 * allocating a GDateTime for every session. */
static guint32
julian_from_instant (GDateTime *instant,
                     GTimeZone *tz)
{
  gint64 seconds = g_date_time_to_unix (instant);
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, seconds);
  gint64 local = seconds + g_time_zone_get_offset (tz, interval);
  gint64 days = local / SECONDS_PER_DAY - (local % SECONDS_PER_DAY < 0);

  return (guint32) (days + UNIX_EPOCH_JULIAN);
}

/* The same day of the month @months earlier, or the last day of a shorter month. */
static guint32
months_before (const GDate *today,
               guint        months)
{
  GDate date = *today;

  g_date_subtract_months (&date, months);
  return g_date_get_julian (&date);
}

static guint32
range_first (TendProgressRange  range,
             const GDate       *today,
             guint32            oldest)
{
  guint32 last = g_date_get_julian (today);

  switch (range)
    {
    case TEND_PROGRESS_30_DAYS:
      return last - 29;
    case TEND_PROGRESS_3_MONTHS:
      return months_before (today, 3) + 1;
    case TEND_PROGRESS_6_MONTHS:
      return months_before (today, 6) + 1;
    case TEND_PROGRESS_12_MONTHS:
      return months_before (today, 12) + 1;
    case TEND_PROGRESS_ALL_TIME:
    default:
      return oldest != 0 && oldest < last ? oldest : last;
    }
}

static void
set_julian (GDate   *date,
            guint32  julian)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, julian);
}

/* Months since the start of year 0, for a month's place in the range. */
static guint
month_index (guint32 julian)
{
  GDate date;

  set_julian (&date, julian);
  return g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
}

static void
average (TendAverages *buckets,
         guint         n_buckets)
{
  for (guint i = 0; i < n_buckets; i++)
    for (guint s = 0; s < TEND_N_SCALES; s++)
      buckets[i].mean[s] = buckets[i].count[s] > 0 ? buckets[i].mean[s] / buckets[i].count[s]
                                                   : NAN;
}

static void
count_up (guint16 *count)
{
  if (*count < G_MAXUINT16)
    (*count)++;
}

/* Exercises */

static Tally *
find_tally (GArray      *tallies,
            GHashTable **unknown,
            const char  *exercise_id)
{
  guint n_catalog = tend_exercises_get_n_items ();
  gpointer position;

  /* The catalog's tallies come first, in catalog order. */
  for (guint i = 0; i < n_catalog; i++)
    {
      Tally *tally = &g_array_index (tallies, Tally, i);

      if (strcmp (tally->id, exercise_id) == 0)
        return tally;
    }

  /* A journal written by a newer Tend may name an exercise this one does not know. */
  if (*unknown == NULL)
    *unknown = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (*unknown, exercise_id, NULL, &position))
    {
      Tally tally = { exercise_id };

      position = GUINT_TO_POINTER (tallies->len);
      g_array_append_val (tallies, tally);
      g_hash_table_insert (*unknown, (gpointer) exercise_id, position);
    }

  return &g_array_index (tallies, Tally, GPOINTER_TO_UINT (position));
}

/* Largest average drop first, compared exactly (a/b < c/d as a*d < c*b); exercises without a
 * rated session after those with; then the most used, then by id so the order never wobbles. */
static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *ta = a;
  const Tally *tb = b;

  if ((ta->rated > 0) != (tb->rated > 0))
    return ta->rated > 0 ? -1 : 1;

  if (ta->rated > 0)
    {
      gint64 lhs = (ta->after_sum - ta->before_sum) * (gint64) tb->rated;
      gint64 rhs = (tb->after_sum - tb->before_sum) * (gint64) ta->rated;

      if (lhs != rhs)
        return lhs < rhs ? -1 : 1;
    }

  if (ta->sessions != tb->sessions)
    return ta->sessions > tb->sessions ? -1 : 1;

  return strcmp (ta->id, tb->id);
}

static GArray *
exercise_stats (GArray *tallies)
{
  GArray *stats = g_array_new (FALSE, FALSE, sizeof (TendExerciseStats));
  guint n_used = 0;

  /* Only exercises used in the range are listed: move them to the front, then sort. */
  for (guint i = 0; i < tallies->len; i++)
    {
      if (g_array_index (tallies, Tally, i).sessions > 0)
        g_array_index (tallies, Tally, n_used++) = g_array_index (tallies, Tally, i);
    }
  g_array_set_size (tallies, n_used);
  g_array_sort (tallies, compare_tallies);

  for (guint i = 0; i < tallies->len; i++)
    {
      const Tally *tally = &g_array_index (tallies, Tally, i);
      TendExerciseStats item = {
        .exercise_id = tally->id,
        .sessions = tally->sessions,
        .finished = tally->finished,
        .rated = tally->rated,
        .before = NAN,
        .after = NAN,
        .change = NAN,
      };

      if (tally->rated > 0)
        {
          item.before = (double) tally->before_sum / tally->rated;
          item.after = (double) tally->after_sum / tally->rated;
          item.change = (double) (tally->after_sum - tally->before_sum) / tally->rated;
        }
      g_array_append_val (stats, item);
    }

  return stats;
}

/* Look-backs */

static gboolean
created_before (TendEntry *a,
                TendEntry *b)
{
  int order = g_date_time_compare (tend_entry_get_created (a), tend_entry_get_created (b));

  /* Entries made in the same second: the id decides, so the choice is still stable. */
  if (order == 0)
    order = strcmp (tend_entry_get_id (a), tend_entry_get_id (b));

  return order < 0;
}

static void
consider_look_back (TendProgress  *self,
                    guint         *best_distance,
                    const guint32 *targets,
                    TendEntry     *entry,
                    guint32        julian)
{
  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      TendLookBack *look_back = &self->look_backs[i];
      guint distance = julian > targets[i] ? julian - targets[i] : targets[i] - julian;

      if (distance > LOOK_BACK_DAYS)
        continue;

      if (look_back->entry == NULL || distance < best_distance[i] ||
          (distance == best_distance[i] && created_before (entry, look_back->entry)))
        {
          look_back->entry = entry;
          best_distance[i] = distance;
        }
    }
}

static TendProgress *compute (TendEntry            **entries,
                              guint                  n_entries,
                              TendGroundingSession **sessions,
                              guint                  n_sessions,
                              TendProgressRange      range,
                              guint32                chosen_first,
                              const GDate           *today,
                              GDateWeekday           week_start,
                              GTimeZone             *tz);

/**
 * tend_progress_compute:
 * @entries: (array length=n_entries) (nullable): journal entries, in any order
 * @n_entries: how many
 * @sessions: (array length=n_sessions) (nullable): grounding sessions, in any order
 * @n_sessions: how many
 * @range: how far back from @today
 * @today: the last day of the range, a valid local date
 * @week_start: the first day of a week, usually tend_progress_locale_week_start ()
 * @tz: the zone in which a session's start time falls on a day
 *
 * Everything for @range ending on @today, from @entries and @sessions (any order).
 * Look-backs ignore the range, and skip entries with `lookback` false.
 *
 * The range runs from its first day through @today. 30 days is today and the 29 days before;
 * 3, 6 and 12 months start the day after the same day of the month that many months ago (31
 * May less 3 months is the last day of February); all time starts on the oldest record's day
 * (today when there is none).
 * An entry belongs to the day it names; a session to the day its start falls on in @tz.
 * Records outside the range are left out of everything except the look-backs.
 *
 * A week's averages only use the days of the range, also for a first week that starts before
 * it. Check-ins come from entries only: a session's distress ratings belong to its exercise.
 * Where there is no check-in, the mean is NAN and the count 0, so that a month whose file was
 * moved aside shows as a gap.
 *
 * Returns: (transfer full): the figures; they borrow the entries (look-backs) and, for
 *   exercises this version does not know, the sessions' exercise ids.
 */
TendProgress *
tend_progress_compute (TendEntry            **entries,
                       guint                  n_entries,
                       TendGroundingSession **sessions,
                       guint                  n_sessions,
                       TendProgressRange      range,
                       const GDate           *today,
                       GDateWeekday           week_start,
                       GTimeZone             *tz)
{
  g_return_val_if_fail ((guint) range <= TEND_PROGRESS_ALL_TIME, NULL);

  return compute (entries, n_entries, sessions, n_sessions, range, 0, today, week_start, tz);
}

/**
 * tend_progress_compute_days:
 * @entries: (array length=n_entries) (nullable): journal entries, in any order
 * @n_entries: how many
 * @sessions: (array length=n_sessions) (nullable): grounding sessions, in any order
 * @n_sessions: how many
 * @first: the first day, a valid local date
 * @last: the last day, a valid local date not before @first
 * @week_start: the first day of a week
 * @tz: the zone in which a session's start time falls on a day
 *
 * Like tend_progress_compute (), for the days from @first to @last inclusive, chosen by
 * hand, such as the weeks a summary for a therapist covers. The range is
 * TEND_PROGRESS_CHOSEN_DAYS, and look-backs are counted back from @last.
 *
 * Returns: (transfer full): the figures, borrowing as tend_progress_compute ()'s do.
 */
TendProgress *
tend_progress_compute_days (TendEntry            **entries,
                            guint                  n_entries,
                            TendGroundingSession **sessions,
                            guint                  n_sessions,
                            const GDate           *first,
                            const GDate           *last,
                            GDateWeekday           week_start,
                            GTimeZone             *tz)
{
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (g_date_compare (first, last) <= 0, NULL);

  return compute (entries, n_entries, sessions, n_sessions, TEND_PROGRESS_CHOSEN_DAYS,
                  g_date_get_julian (first), last, week_start, tz);
}

/* @chosen_first is the first day of TEND_PROGRESS_CHOSEN_DAYS; the other ranges work theirs
 * out from @today. */
static TendProgress *
compute (TendEntry            **entries,
         guint                  n_entries,
         TendGroundingSession **sessions,
         guint                  n_sessions,
         TendProgressRange      range,
         guint32                chosen_first,
         const GDate           *today,
         GDateWeekday           week_start,
         GTimeZone             *tz)
{
  g_autofree guint32 *julians = NULL;
  g_autofree guint32 *theme_first = NULL;
  g_autoptr(GArray) tallies = NULL;
  g_autoptr(GHashTable) unknown = NULL;
  guint best_distance[TEND_PROGRESS_N_LOOK_BACKS] = { 0 };
  guint32 targets[TEND_PROGRESS_N_LOOK_BACKS];
  const TendTheme *themes;
  gsize n_themes = 0;
  guint n_catalog;
  guint32 oldest = 0;
  guint32 first, last, week0;
  guint month0;
  guint third;
  Progress *real;
  TendProgress *self;

  g_return_val_if_fail (entries != NULL || n_entries == 0, NULL);
  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  /* Each record's day, worked out once: entries first, then sessions. */
  julians = g_new (guint32, (gsize) n_entries + n_sessions);
  for (guint i = 0; i < n_entries; i++)
    {
      julians[i] = julian_from_day (tend_entry_get_day (entries[i]));
      if (julians[i] != 0 && (oldest == 0 || julians[i] < oldest))
        oldest = julians[i];
    }
  for (guint i = 0; i < n_sessions; i++)
    {
      guint32 julian = julian_from_instant (tend_grounding_session_get_started (sessions[i]), tz);

      julians[n_entries + i] = julian;
      if (oldest == 0 || julian < oldest)
        oldest = julian;
    }

  real = g_new0 (Progress, 1);
  self = &real->public;
  self->range = range;
  last = g_date_get_julian (today);
  first = range == TEND_PROGRESS_CHOSEN_DAYS ? chosen_first : range_first (range, today, oldest);
  set_julian (&self->first, first);
  set_julian (&self->last, last);

  self->n_days = last - first + 1;
  self->days = g_new0 (TendDayActivity, self->n_days);

  week0 = first - (g_date_get_weekday (&self->first) + 7 - week_start) % 7;
  self->n_weeks = (last - week0) / 7 + 1;
  self->weeks = g_new0 (TendAverages, self->n_weeks);
  for (guint i = 0; i < self->n_weeks; i++)
    {
      set_julian (&self->weeks[i].start, week0 + 7 * i);
      self->weeks[i].n_days = 7;
    }

  /* Whole calendar months, the first and the last only partly in the range. */
  month0 = month_index (first);
  self->n_months = month_index (last) - month0 + 1;
  self->months = g_new0 (TendAverages, self->n_months);
  for (guint i = 0; i < self->n_months; i++)
    {
      guint year = (month0 + i) / 12;
      GDateMonth month = (month0 + i) % 12 + 1;

      g_date_clear (&self->months[i].start, 1);
      g_date_set_dmy (&self->months[i].start, 1, month, year);
      self->months[i].n_days = g_date_get_days_in_month (month, year);
    }

  /* Too short a range has no thirds to compare. */
  third = self->n_days / 3;

  themes = tend_prompts_get_themes (&n_themes);
  theme_first = g_new0 (guint32, n_themes);
  self->themes = g_array_sized_new (FALSE, TRUE, sizeof (TendThemeStats), n_themes);
  g_array_set_size (self->themes, n_themes);

  n_catalog = tend_exercises_get_n_items ();
  tallies = g_array_sized_new (FALSE, TRUE, sizeof (Tally), n_catalog);
  g_array_set_size (tallies, n_catalog);
  for (guint i = 0; i < n_catalog; i++)
    g_array_index (tallies, Tally, i).id = tend_exercises_get_item (i)->id;

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      self->look_backs[i].months_ago = look_back_months[i];
      targets[i] = months_before (today, look_back_months[i]);
    }

  for (guint i = 0; i < n_entries; i++)
    {
      TendEntry *entry = entries[i];
      guint32 julian = julians[i];
      TendAverages *week, *month;
      const char *theme_id;
      guint position;
      int values[TEND_N_SCALES];

      if (julian == 0)
        continue;

      if (tend_entry_get_lookback (entry))
        consider_look_back (self, best_distance, targets, entry, julian);

      if (julian < first || julian > last)
        continue;

      position = julian - first;
      count_up (&self->days[position].entries);

      values[TEND_SCALE_MOOD] = tend_entry_get_mood (entry);
      values[TEND_SCALE_DISTRESS] = tend_entry_get_distress (entry);
      values[TEND_SCALE_SAFETY] = tend_entry_get_safety (entry);
      values[TEND_SCALE_CLOSENESS] = tend_entry_get_closeness (entry);

      /* The week's sums wait in `mean` until every entry is counted. */
      week = &self->weeks[(julian - week0) / 7];
      month = &self->months[month_index (julian) - month0];
      for (guint s = 0; s < TEND_N_SCALES; s++)
        {
          if (values[s] == TEND_CHECKIN_UNSET)
            continue;

          week->mean[s] += values[s];
          week->count[s]++;
          month->mean[s] += values[s];
          month->count[s]++;
          if (position < third)
            {
              real->third_sum[0][s] += values[s];
              real->third_count[0][s]++;
            }
          if (position >= self->n_days - third)
            {
              real->third_sum[1][s] += values[s];
              real->third_count[1][s]++;
            }
        }

      theme_id = tend_entry_get_theme (entry);
      for (gsize t = 0; theme_id != NULL && t < n_themes; t++)
        {
          if (strcmp (themes[t].id, theme_id) == 0)
            {
              g_array_index (self->themes, TendThemeStats, t).entries++;
              if (theme_first[t] == 0 || julian < theme_first[t])
                theme_first[t] = julian;
              break;
            }
        }
    }

  for (guint i = 0; i < n_sessions; i++)
    {
      TendGroundingSession *session = sessions[i];
      guint32 julian = julians[n_entries + i];
      int before, after;
      Tally *tally;

      if (julian < first || julian > last)
        continue;

      count_up (&self->days[julian - first].sessions);

      tally = find_tally (tallies, &unknown, tend_grounding_session_get_exercise (session));
      tally->sessions++;
      if (tend_grounding_session_get_completed (session))
        tally->finished++;

      /* Only a session rated both before and after says anything about the change. */
      before = tend_grounding_session_get_distress_before (session);
      after = tend_grounding_session_get_distress_after (session);
      if (before != TEND_DISTRESS_UNSET && after != TEND_DISTRESS_UNSET)
        {
          tally->rated++;
          tally->before_sum += before;
          tally->after_sum += after;
        }
    }

  for (guint i = 0; i < self->n_days; i++)
    {
      if (self->days[i].entries > 0 || self->days[i].sessions > 0)
        self->practice_days++;
    }

  average (self->weeks, self->n_weeks);
  average (self->months, self->n_months);

  for (gsize t = 0; t < n_themes; t++)
    {
      TendThemeStats *stats = &g_array_index (self->themes, TendThemeStats, t);

      stats->theme_id = themes[t].id;
      g_date_clear (&stats->first, 1);
      if (theme_first[t] != 0)
        g_date_set_julian (&stats->first, theme_first[t]);
    }

  self->exercises = exercise_stats (tallies);

  return self;
}

void
tend_progress_free (TendProgress *self)
{
  if (self == NULL)
    return;

  g_free (self->days);
  g_free (self->weeks);
  g_free (self->months);
  g_clear_pointer (&self->exercises, g_array_unref);
  g_clear_pointer (&self->themes, g_array_unref);
  g_free ((Progress *) self);
}

/**
 * tend_progress_locale_week_start:
 *
 * Reads glibc's LC_TIME first_weekday.
 *
 * Returns: the first day of the week in the locale of LC_TIME; Monday where the C library
 *   does not say.
 */
GDateWeekday
tend_progress_locale_week_start (void)
{
#ifdef __GLIBC__
  /* glibc stores a word and a string in the same union; read them the way it stores them. */
  union { unsigned int word; char *string; } langinfo;
  guint origin;
  int first_weekday;
  GDate date;

  /* A date that starts a week in the locale's week numbering ("week-1stday", 19971130 is a
   * Sunday), and the day that a calendar's week starts on, counted from it (1 is that day). */
  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  origin = langinfo.word;

  if (first_weekday < 1 || first_weekday > 7 ||
      !g_date_valid_dmy (origin % 100, (origin / 100) % 100, origin / 10000))
    return G_DATE_MONDAY;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, origin % 100, (origin / 100) % 100, origin / 10000);

  return (g_date_get_weekday (&date) - 1 + first_weekday - 1) % 7 + 1;
#else
  return G_DATE_MONDAY;
#endif
}

/**
 * tend_progress_get_averaging:
 * @self: figures from tend_progress_compute ()
 *
 * How a chart of the range's check-ins should average them: by week up to about six months
 * (a 6 months range has some 27 weeks), by calendar month for anything longer, so that a year
 * is twelve points and ten years are 120 rather than 520.
 *
 * Returns: weeks or months
 */
TendAveraging
tend_progress_get_averaging (const TendProgress *self)
{
  g_return_val_if_fail (self != NULL, TEND_AVERAGE_WEEKS);

  return self->n_days > MONTHLY_AFTER_DAYS ? TEND_AVERAGE_MONTHS : TEND_AVERAGE_WEEKS;
}

/**
 * tend_progress_get_averages:
 * @self: figures from tend_progress_compute ()
 * @n_averages: (out): how many
 *
 * The weeks or the months, as tend_progress_get_averaging () chooses. Each holds only the
 * range's days, also when it starts before the range or ends after today.
 *
 * Returns: (array length=n_averages) (transfer none): oldest first
 */
const TendAverages *
tend_progress_get_averages (const TendProgress *self,
                            guint              *n_averages)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_averages != NULL, NULL);

  if (tend_progress_get_averaging (self) == TEND_AVERAGE_MONTHS)
    {
      *n_averages = self->n_months;
      return self->months;
    }

  *n_averages = self->n_weeks;
  return self->weeks;
}

/**
 * tend_progress_get_trend:
 * @self: figures from tend_progress_compute ()
 * @scale: a check-in scale
 * @out_from: (out) (optional): the mean over the first third of the range's days
 * @out_to: (out) (optional): the mean over the last third
 *
 * The mean of @scale over the range's first and last thirds, for a summary sentence such as
 * "Average distress fell from 6.1 to 4.3 over the last 3 months". The thirds are counted in
 * days (30 days: the first ten and the last ten), and every check-in in them counts once,
 * however the entries fall across weeks.
 *
 * Returns: whether both thirds have a check-in; when not, the means are NAN.
 */
gboolean
tend_progress_get_trend (const TendProgress *self,
                         TendScale           scale,
                         double             *out_from,
                         double             *out_to)
{
  const Progress *real = (const Progress *) self;
  gboolean known;

  if (out_from != NULL)
    *out_from = NAN;
  if (out_to != NULL)
    *out_to = NAN;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail ((guint) scale < TEND_N_SCALES, FALSE);

  known = real->third_count[0][scale] > 0 && real->third_count[1][scale] > 0;
  if (known && out_from != NULL)
    *out_from = real->third_sum[0][scale] / real->third_count[0][scale];
  if (known && out_to != NULL)
    *out_to = real->third_sum[1][scale] / real->third_count[1][scale];

  return known;
}
