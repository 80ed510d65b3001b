/* test-progress.c — the figures of the Progress section, from records built by hand.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tend-exercises.h"
#include "tend-progress.h"
#include "tend-progress-summary.h"
#include "tend-prompts.h"
#include "tend-test-model.h"

#define U TEND_CHECKIN_UNSET
#define EPSILON 1e-9

/* Days as Julian day numbers, worked out with GDate, independently of the code under test. */
static guint32
julian_of (const char *day)
{
  guint year = 0, month = 0, mday = 0;
  GDate date;

  g_assert_cmpint (sscanf (day, "%u-%u-%u", &year, &month, &mday), ==, 3);
  g_assert_true (g_date_valid_dmy (mday, month, year));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);

  return g_date_get_julian (&date);
}

static GDate
date_of (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_of (day));
  return date;
}

static char *
day_of_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

#define assert_date(date, day) G_STMT_START { \
  g_assert_true (g_date_valid (date)); \
  g_assert_cmpuint (g_date_get_julian (date), ==, julian_of (day)); \
} G_STMT_END

/* A mean that may be a gap. */
#define assert_mean(value, expected) G_STMT_START { \
  double v_ = (value), e_ = (expected); \
  if (isnan (e_)) \
    g_assert_true (isnan (v_)); \
  else \
    g_assert_cmpfloat_with_epsilon (v_, e_, EPSILON); \
} G_STMT_END

/* Records as the store would hand them over, in arrays. */
typedef struct {
  GPtrArray *entries;
  GPtrArray *sessions;
  guint      serial;
} Records;

static Records *
records_new (void)
{
  Records *self = g_new0 (Records, 1);

  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

static void
records_free (Records *self)
{
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->sessions);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Records, records_free)

/* An entry for @day, created at the ISO 8601 @created (NULL: that day at 10:00 UTC). */
static TendEntry *
add_entry_created (Records    *self,
                   const char *day,
                   const char *created)
{
  g_autofree char *default_created = g_strdup_printf ("%sT10:00:00Z", day);
  g_autoptr(GDateTime) when = tend_test_date_time (created ? created : default_created);
  g_autofree char *id = g_strdup_printf ("entry-%04u", self->serial++);
  TendEntry *entry = tend_entry_new (id, when);

  tend_entry_set_day (entry, day);
  g_ptr_array_add (self->entries, entry);
  return entry;
}

static TendEntry *
add_entry (Records    *self,
           const char *day,
           int         mood,
           int         distress,
           int         safety,
           int         closeness)
{
  TendEntry *entry = add_entry_created (self, day, NULL);

  tend_entry_set_mood (entry, mood);
  tend_entry_set_distress (entry, distress);
  tend_entry_set_safety (entry, safety);
  tend_entry_set_closeness (entry, closeness);
  return entry;
}

static TendEntry *
add_theme_entry (Records    *self,
                 const char *day,
                 const char *theme)
{
  TendEntry *entry = add_entry_created (self, day, NULL);

  tend_entry_set_theme (entry, theme);
  return entry;
}

static TendGroundingSession *
add_session (Records    *self,
             const char *started,
             const char *exercise,
             gboolean    completed,
             int         before,
             int         after)
{
  g_autoptr(GDateTime) when = tend_test_date_time (started);
  g_autofree char *id = g_strdup_printf ("session-%04u", self->serial++);
  TendGroundingSession *session = tend_grounding_session_new (id, when, exercise);

  tend_grounding_session_set_completed (session, completed);
  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  g_ptr_array_add (self->sessions, session);
  return session;
}

/* @tz_id: NULL for UTC */
static TendProgress *
compute (Records           *self,
         TendProgressRange  range,
         const char        *today,
         GDateWeekday       week_start,
         const char        *tz_id)
{
  g_autoptr(GTimeZone) tz = tz_id ? g_time_zone_new_identifier (tz_id) : g_time_zone_new_utc ();
  GDate date = date_of (today);

  g_assert_nonnull (tz);
  return tend_progress_compute ((TendEntry **) self->entries->pdata, self->entries->len,
                                (TendGroundingSession **) self->sessions->pdata,
                                self->sessions->len, range, &date, week_start, tz);
}

typedef struct {
  const char *day;
  guint       entries;
  guint       sessions;
} DayCount;

/* Every day of the range: the ones listed have their counts, all others none. */
static void
assert_days (const TendProgress *progress,
             const DayCount     *expected,
             gsize               n_expected)
{
  guint32 first = g_date_get_julian (&progress->first);
  guint practice = 0;

  g_assert_cmpuint (progress->n_days, ==, g_date_get_julian (&progress->last) - first + 1);

  for (guint i = 0; i < progress->n_days; i++)
    {
      g_autofree char *day = day_of_julian (first + i);
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;
      guint entries = 0, sessions = 0;

      for (gsize k = 0; k < n_expected; k++)
        {
          if (g_str_equal (expected[k].day, day))
            {
              entries = expected[k].entries;
              sessions = expected[k].sessions;
            }
        }

      /* Compared as text, so that a failure names the day. */
      want = g_strdup_printf ("%s: %u entries, %u sessions", day, entries, sessions);
      got = g_strdup_printf ("%s: %u entries, %u sessions", day, progress->days[i].entries,
                             progress->days[i].sessions);
      g_assert_cmpstr (got, ==, want);
      practice += entries > 0 || sessions > 0;
    }

  g_assert_cmpuint (progress->practice_days, ==, practice);
}

typedef struct {
  const char *start;
  double      mean[TEND_N_SCALES];
  guint       count[TEND_N_SCALES];
} Week;

#define GAP { NAN, NAN, NAN, NAN }, { 0, 0, 0, 0 }

/* Every week, in order. */
static void
assert_weeks (const TendProgress *progress,
              const Week         *expected,
              gsize               n_expected)
{
  g_assert_cmpuint (progress->n_weeks, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_test_message ("week %s", expected[i].start);
      assert_date (&progress->weeks[i].start, expected[i].start);
      for (guint s = 0; s < TEND_N_SCALES; s++)
        {
          g_assert_cmpuint (progress->weeks[i].count[s], ==, expected[i].count[s]);
          assert_mean (progress->weeks[i].mean[s], expected[i].mean[s]);
        }
    }
}

/* Every week past the ones checked one by one is a gap on every scale. */
static void
assert_gaps_from (const TendProgress *progress,
                  guint               from)
{
  for (guint i = from; i < progress->n_weeks; i++)
    {
      for (guint s = 0; s < TEND_N_SCALES; s++)
        {
          g_assert_cmpuint (progress->weeks[i].count[s], ==, 0);
          g_assert_true (isnan (progress->weeks[i].mean[s]));
        }
    }
}

/* Weeks follow each other seven days apart, the first holds `first`, the last holds today. */
static void
assert_week_frame (const TendProgress *progress,
                   GDateWeekday        week_start)
{
  guint32 first = g_date_get_julian (&progress->first);
  guint32 last = g_date_get_julian (&progress->last);

  g_assert_cmpuint (progress->n_weeks, >=, 1);
  for (guint i = 0; i < progress->n_weeks; i++)
    {
      g_assert_cmpint (g_date_get_weekday (&progress->weeks[i].start), ==, week_start);
      g_assert_cmpuint (g_date_get_julian (&progress->weeks[i].start), ==,
                        g_date_get_julian (&progress->weeks[0].start) + 7 * i);
    }
  g_assert_cmpuint (g_date_get_julian (&progress->weeks[0].start), <=, first);
  g_assert_cmpuint (g_date_get_julian (&progress->weeks[0].start) + 7, >, first);
  g_assert_cmpuint (g_date_get_julian (&progress->weeks[progress->n_weeks - 1].start), <=, last);
  g_assert_cmpuint (g_date_get_julian (&progress->weeks[progress->n_weeks - 1].start) + 7, >,
                    last);
}

typedef struct {
  const char *exercise_id;
  guint       sessions;
  guint       finished;
  guint       rated;
  double      before;
  double      after;
  double      change;
} Exercise;

static void
assert_exercises (const TendProgress *progress,
                  const Exercise     *expected,
                  gsize               n_expected)
{
  g_assert_cmpuint (progress->exercises->len, ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      const TendExerciseStats *stats = &g_array_index (progress->exercises, TendExerciseStats, i);
      const TendExercise *known = tend_exercises_lookup (expected[i].exercise_id);

      g_test_message ("exercise %u: %s", i, expected[i].exercise_id);
      g_assert_cmpstr (stats->exercise_id, ==, expected[i].exercise_id);
      /* A catalog exercise's id is the catalog's own, static string. */
      if (known != NULL)
        g_assert_true (stats->exercise_id == known->id);
      g_assert_cmpuint (stats->sessions, ==, expected[i].sessions);
      g_assert_cmpuint (stats->finished, ==, expected[i].finished);
      g_assert_cmpuint (stats->rated, ==, expected[i].rated);
      assert_mean (stats->before, expected[i].before);
      assert_mean (stats->after, expected[i].after);
      assert_mean (stats->change, expected[i].change);
    }
}

typedef struct {
  guint       entries;
  const char *first;  /* NULL: none */
} Theme;

static void
assert_themes (const TendProgress *progress,
               const Theme         expected[5])
{
  static const char * const ids[] = { "truth", "pleasure", "attunement", "boundaries", "touch" };
  gsize n_themes = 0;
  const TendTheme *themes = tend_prompts_get_themes (&n_themes);

  g_assert_cmpuint (n_themes, ==, G_N_ELEMENTS (ids));
  g_assert_cmpuint (progress->themes->len, ==, n_themes);

  for (guint i = 0; i < n_themes; i++)
    {
      const TendThemeStats *stats = &g_array_index (progress->themes, TendThemeStats, i);

      g_test_message ("theme %s", ids[i]);
      g_assert_cmpstr (stats->theme_id, ==, ids[i]);
      g_assert_true (stats->theme_id == themes[i].id);
      g_assert_cmpuint (stats->entries, ==, expected[i].entries);
      if (expected[i].first != NULL)
        assert_date (&stats->first, expected[i].first);
      else
        g_assert_false (g_date_valid (&stats->first));
    }
}

static void
assert_look_backs (const TendProgress *progress,
                   TendEntry          *one,
                   TendEntry          *three,
                   TendEntry          *six,
                   TendEntry          *twelve)
{
  TendEntry *expected[] = { one, three, six, twelve };
  static const guint months[] = { 1, 3, 6, 12 };

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      g_test_message ("look back %u months", months[i]);
      g_assert_cmpuint (progress->look_backs[i].months_ago, ==, months[i]);
      if (expected[i] == NULL)
        g_assert_null (progress->look_backs[i].entry);
      else
        g_assert_cmpstr (tend_entry_get_id (progress->look_backs[i].entry), ==,
                         tend_entry_get_id (expected[i]));
    }
}

static void
assert_trend (const TendProgress *progress,
              TendScale           scale,
              double              from,
              double              to)
{
  double got_from = 0, got_to = 0;
  gboolean known = !isnan (from);

  g_assert_cmpint (tend_progress_get_trend (progress, scale, &got_from, &got_to), ==, known);
  assert_mean (got_from, from);
  assert_mean (got_to, to);
  /* The outputs are optional. */
  g_assert_cmpint (tend_progress_get_trend (progress, scale, NULL, NULL), ==, known);
}

/* Ranges */

static void
test_ranges (void)
{
  static const struct {
    const char        *today;
    TendProgressRange  range;
    GDateWeekday       week_start;
    const char        *first;
    guint              n_days;
    const char        *week0;
    guint              n_weeks;
  } cases[] = {
    /* Today and the 29 days before. */
    { "2026-11-24", TEND_PROGRESS_30_DAYS, G_DATE_MONDAY, "2026-10-26", 30, "2026-10-26", 5 },
    { "2026-11-24", TEND_PROGRESS_30_DAYS, G_DATE_SUNDAY, "2026-10-26", 30, "2026-10-25", 5 },
    { "2026-11-24", TEND_PROGRESS_30_DAYS, G_DATE_SATURDAY, "2026-10-26", 30, "2026-10-24", 5 },
    { "2026-03-01", TEND_PROGRESS_30_DAYS, G_DATE_MONDAY, "2026-01-31", 30, "2026-01-26", 5 },
    { "2028-03-01", TEND_PROGRESS_30_DAYS, G_DATE_MONDAY, "2028-02-01", 30, "2028-01-31", 5 },
    /* From the day after the same day of the month, clamped to shorter months. */
    { "2026-11-24", TEND_PROGRESS_3_MONTHS, G_DATE_MONDAY, "2026-08-25", 92, "2026-08-24", 14 },
    { "2028-05-31", TEND_PROGRESS_3_MONTHS, G_DATE_MONDAY, "2028-03-01", 92, "2028-02-28", 14 },
    { "2027-05-31", TEND_PROGRESS_3_MONTHS, G_DATE_MONDAY, "2027-03-01", 92, "2027-03-01", 14 },
    { "2026-05-31", TEND_PROGRESS_3_MONTHS, G_DATE_SUNDAY, "2026-03-01", 92, "2026-03-01", 14 },
    { "2026-03-31", TEND_PROGRESS_3_MONTHS, G_DATE_MONDAY, "2026-01-01", 90, "2025-12-29", 14 },
    { "2026-08-31", TEND_PROGRESS_6_MONTHS, G_DATE_MONDAY, "2026-03-01", 184, "2026-02-23", 28 },
    { "2026-11-24", TEND_PROGRESS_6_MONTHS, G_DATE_MONDAY, "2026-05-25", 184, "2026-05-25", 27 },
    { "2026-11-24", TEND_PROGRESS_12_MONTHS, G_DATE_MONDAY, "2025-11-25", 365, "2025-11-24", 53 },
    { "2028-02-29", TEND_PROGRESS_12_MONTHS, G_DATE_MONDAY, "2027-03-01", 366, "2027-03-01", 53 },
    { "2029-02-28", TEND_PROGRESS_12_MONTHS, G_DATE_MONDAY, "2028-02-29", 366, "2028-02-28", 53 },
    /* All time without a record is today alone. */
    { "2026-11-24", TEND_PROGRESS_ALL_TIME, G_DATE_MONDAY, "2026-11-24", 1, "2026-11-23", 1 },
    { "2026-11-22", TEND_PROGRESS_ALL_TIME, G_DATE_SUNDAY, "2026-11-22", 1, "2026-11-22", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Records) records = records_new ();
      g_autoptr(TendProgress) progress = NULL;

      g_test_message ("case %u: %s", i, cases[i].today);
      progress = compute (records, cases[i].range, cases[i].today, cases[i].week_start, NULL);
      g_assert_cmpint (progress->range, ==, cases[i].range);
      assert_date (&progress->first, cases[i].first);
      assert_date (&progress->last, cases[i].today);
      g_assert_cmpuint (progress->n_days, ==, cases[i].n_days);
      g_assert_cmpuint (progress->n_weeks, ==, cases[i].n_weeks);
      assert_date (&progress->weeks[0].start, cases[i].week0);
      assert_week_frame (progress, cases[i].week_start);
    }
}

/* No records: every range is empty, with gaps and no invented zeros. */
static void
test_empty (void)
{
  static const Theme no_themes[5] = { { 0 } };

  for (TendProgressRange range = TEND_PROGRESS_30_DAYS; range <= TEND_PROGRESS_ALL_TIME; range++)
    {
      g_autoptr(Records) records = records_new ();
      g_autoptr(TendProgress) progress = compute (records, range, "2026-11-24", G_DATE_MONDAY,
                                                  NULL);

      g_test_message ("range %d", range);
      assert_days (progress, NULL, 0);
      g_assert_cmpuint (progress->practice_days, ==, 0);
      assert_week_frame (progress, G_DATE_MONDAY);
      assert_gaps_from (progress, 0);
      assert_exercises (progress, NULL, 0);
      assert_themes (progress, no_themes);
      assert_look_backs (progress, NULL, NULL, NULL, NULL);
      for (TendScale scale = 0; scale < TEND_N_SCALES; scale++)
        assert_trend (progress, scale, NAN, NAN);
    }
}

/* Practice */

static void
test_practice_days (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const DayCount expected[] = {
    { "2026-10-26", 2, 0 },
    { "2026-10-27", 0, 3 },
    { "2026-11-03", 1, 1 },
    { "2026-11-24", 1, 1 },
  };

  /* Outside the range, on both sides. */
  add_entry (records, "2026-10-25", 3, 3, 3, 3);
  add_entry (records, "2026-11-25", 3, 3, 3, 3);
  add_session (records, "2026-10-25T23:59:59Z", "orienting", TRUE, 5, 2);
  add_session (records, "2026-11-25T00:00:00Z", "orienting", TRUE, 5, 2);

  /* An entry without a check-in is still practice. */
  add_entry (records, "2026-10-26", U, U, U, U);
  add_entry (records, "2026-10-26", 2, U, U, U);
  add_session (records, "2026-10-27T08:00:00Z", "box-breathing", FALSE, U, U);
  add_session (records, "2026-10-27T08:10:00Z", "box-breathing", TRUE, U, U);
  add_session (records, "2026-10-27T21:00:00Z", "calm-place", TRUE, 6, 4);
  add_entry (records, "2026-11-03", 4, 4, 4, 4);
  add_session (records, "2026-11-03T12:00:00Z", "orienting", TRUE, U, U);
  add_entry (records, "2026-11-24", U, U, U, U);
  add_session (records, "2026-11-24T23:59:59Z", "orienting", TRUE, U, U);

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_days (progress, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (progress->practice_days, ==, 4);
  g_clear_pointer (&progress, tend_progress_free);

  /* All time starts on the oldest record, and takes in the one before the 30 days. */
  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_date (&progress->first, "2026-10-25");
  g_assert_cmpuint (progress->n_days, ==, 31);
  g_assert_cmpuint (progress->days[0].entries, ==, 1);
  g_assert_cmpuint (progress->days[0].sessions, ==, 1);
  g_assert_cmpuint (progress->practice_days, ==, 5);
}

/* A day counts up to what the struct holds, and stops there instead of wrapping. */
static void
test_practice_saturates (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  TendEntry *entry = add_entry (records, "2026-11-24", 4, 2, U, U);
  TendGroundingSession *session = add_session (records, "2026-11-24T09:00:00Z", "orienting",
                                               TRUE, 6, 3);
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  GDate today = date_of ("2026-11-24");
  const guint n = 70000;

  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (entries, entry);
      g_ptr_array_add (sessions, session);
    }

  progress = tend_progress_compute ((TendEntry **) entries->pdata, n,
                                    (TendGroundingSession **) sessions->pdata, n,
                                    TEND_PROGRESS_30_DAYS, &today, G_DATE_MONDAY, tz);
  g_assert_cmpuint (progress->days[29].entries, ==, G_MAXUINT16);
  g_assert_cmpuint (progress->days[29].sessions, ==, G_MAXUINT16);
  g_assert_cmpuint (progress->practice_days, ==, 1);
  g_assert_cmpuint (progress->weeks[4].count[TEND_SCALE_MOOD], ==, n);
  assert_mean (progress->weeks[4].mean[TEND_SCALE_MOOD], 4);
  assert_mean (progress->weeks[4].mean[TEND_SCALE_DISTRESS], 2);
  g_assert_cmpuint (g_array_index (progress->exercises, TendExerciseStats, 0).sessions, ==, n);
  g_assert_cmpuint (g_array_index (progress->exercises, TendExerciseStats, 0).rated, ==, n);
  assert_mean (g_array_index (progress->exercises, TendExerciseStats, 0).change, -3);
}

/* Every day from 1896 to 2104, one in five, lands on its own day: leap years by four, not by
 * hundreds, but by four hundreds. */
static void
test_days_calendar (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  guint32 first = julian_of ("1896-01-01");
  guint32 last = julian_of ("2104-12-31");
  static const char * const edges[] = {
    "1900-02-28", "1900-03-01", "2000-02-29", "2000-03-01", "2028-02-29", "2100-02-28",
    "2100-03-01", "2104-02-29",
  };

  for (guint32 julian = first; julian <= last; julian += 5)
    {
      g_autofree char *day = day_of_julian (julian);

      add_entry_created (records, day, "2026-01-01T00:00:00Z");
    }
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    add_entry_created (records, edges[i], "2026-01-01T00:00:00Z");

  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2104-12-31", G_DATE_MONDAY, NULL);
  assert_date (&progress->first, "1896-01-01");
  g_assert_cmpuint (progress->n_days, ==, last - first + 1);
  assert_week_frame (progress, G_DATE_MONDAY);

  for (guint i = 0; i < progress->n_days; i++)
    {
      guint expected = i % 5 == 0;

      for (guint k = 0; k < G_N_ELEMENTS (edges); k++)
        expected += julian_of (edges[k]) == first + i;
      g_assert_cmpuint (progress->days[i].entries, ==, expected);
    }
}

/* Check-ins */

static void
test_weeks (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const Week expected[] = {
    { "2026-10-26", { 3, 7, 3, 1 }, { 3, 2, 2, 1 } },
    { "2026-11-02", GAP },
    { "2026-11-09", { 5, NAN, NAN, NAN }, { 1, 0, 0, 0 } },
    { "2026-11-16", GAP },
    { "2026-11-23", { 1.5, 0.5, 4.5, 4.5 }, { 2, 2, 2, 2 } },
  };

  /* The first week. */
  add_entry (records, "2026-10-26", 2, 8, 2, 1);
  add_entry (records, "2026-10-28", 4, 6, U, U);
  add_entry (records, "2026-11-01", 3, U, 4, U);
  /* The second: sessions' distress ratings are not check-ins. */
  add_session (records, "2026-11-03T12:00:00Z", "orienting", TRUE, 9, 1);
  /* The third: an entry without a check-in adds nothing. */
  add_entry (records, "2026-11-10", U, U, U, U);
  add_entry (records, "2026-11-15", 5, U, U, U);
  /* The last, through today. */
  add_entry (records, "2026-11-23", 1, 0, 5, 5);
  add_entry (records, "2026-11-24", 2, 1, 4, 4);
  /* Neither before the range nor after today. */
  add_entry (records, "2026-10-25", 5, 10, 5, 5);
  add_entry (records, "2026-11-25", 5, 10, 5, 5);

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_weeks (progress, expected, G_N_ELEMENTS (expected));
}

/* Long ranges are averaged by calendar month, short ones by week; a month holds only the
 * range's days, and a month without check-ins is a gap. */
static void
test_months (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) month = NULL;
  g_autoptr(TendProgress) half = NULL;
  g_autoptr(TendProgress) year = NULL;
  const TendAverages *averages;
  guint n = 0;

  /* Before the 12 months: left out, though its month is partly in them. */
  add_entry (records, "2025-11-24", 1, 10, 1, 1);
  /* November 2025, from the 25th. */
  add_entry (records, "2025-11-25", 2, 8, 2, 2);
  add_entry (records, "2025-11-30", 4, 6, U, 2);
  /* Nothing in December 2025; January 2026. */
  add_entry (records, "2026-01-31", 3, 5, 3, 3);
  /* This month, through today. */
  add_entry (records, "2026-11-01", 5, 1, 5, 5);
  add_entry (records, "2026-11-24", 4, 2, 4, U);

  month = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  half = compute (records, TEND_PROGRESS_6_MONTHS, "2026-11-24", G_DATE_MONDAY, NULL);
  year = compute (records, TEND_PROGRESS_12_MONTHS, "2026-11-24", G_DATE_MONDAY, NULL);

  /* Up to six months a week is a point; a year of weeks is too many to read at a glance. */
  g_assert_cmpint (tend_progress_get_averaging (month), ==, TEND_AVERAGE_WEEKS);
  g_assert_cmpint (tend_progress_get_averaging (half), ==, TEND_AVERAGE_WEEKS);
  g_assert_cmpint (tend_progress_get_averaging (year), ==, TEND_AVERAGE_MONTHS);
  g_assert_true (tend_progress_get_averages (month, &n) == month->weeks);
  g_assert_cmpuint (n, ==, month->n_weeks);
  g_assert_cmpuint (month->weeks[0].n_days, ==, 7);

  averages = tend_progress_get_averages (year, &n);
  g_assert_true (averages == year->months);
  /* November 2025 to November 2026: thirteen calendar months, each whole. */
  g_assert_cmpuint (n, ==, 13);
  assert_date (&averages[0].start, "2025-11-01");
  g_assert_cmpuint (averages[0].n_days, ==, 30);
  assert_date (&averages[1].start, "2025-12-01");
  g_assert_cmpuint (averages[1].n_days, ==, 31);
  assert_date (&averages[3].start, "2026-02-01");
  g_assert_cmpuint (averages[3].n_days, ==, 28);
  assert_date (&averages[12].start, "2026-11-01");

  assert_mean (averages[0].mean[TEND_SCALE_MOOD], 3);
  assert_mean (averages[0].mean[TEND_SCALE_DISTRESS], 7);
  assert_mean (averages[0].mean[TEND_SCALE_SAFETY], 2);
  g_assert_cmpuint (averages[0].count[TEND_SCALE_SAFETY], ==, 1);
  g_assert_cmpuint (averages[1].count[TEND_SCALE_MOOD], ==, 0);
  assert_mean (averages[1].mean[TEND_SCALE_MOOD], NAN);
  assert_mean (averages[2].mean[TEND_SCALE_DISTRESS], 5);
  assert_mean (averages[12].mean[TEND_SCALE_MOOD], 4.5);
  assert_mean (averages[12].mean[TEND_SCALE_CLOSENESS], 5);
  g_assert_cmpuint (averages[12].count[TEND_SCALE_CLOSENESS], ==, 1);
}

/* Changes are signed as a person writes them: a true minus sign, and no sign on nought. */
static void
test_signed (void)
{
  g_autofree char *drop = tend_progress_summary_signed (-2.14);
  g_autofree char *rise = tend_progress_summary_signed (0.5);
  g_autofree char *none = tend_progress_summary_signed (-0.04);

  g_assert_cmpstr (drop, ==, "\xe2\x88\x92" "2.1");
  g_assert_null (strchr (drop, '-'));
  g_assert_cmpstr (rise, ==, "+0.5");
  g_assert_cmpstr (none, ==, "0.0");
}

/* The same days make different weeks where weeks start on Sunday. */
static void
test_weeks_start (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) monday = NULL;
  g_autoptr(TendProgress) sunday = NULL;
  static const Week from_monday[] = {
    { "2026-10-26", { 3, 5, NAN, NAN }, { 2, 2, 0, 0 } },
    { "2026-11-02", GAP },
    { "2026-11-09", GAP },
    { "2026-11-16", { 5, NAN, NAN, NAN }, { 1, 0, 0, 0 } },
    { "2026-11-23", { 1, NAN, NAN, NAN }, { 1, 0, 0, 0 } },
  };
  static const Week from_sunday[] = {
    /* Starts on the 25th, but the 25th is not in the range: its entry does not count. */
    { "2026-10-25", { 2, 4, NAN, NAN }, { 1, 1, 0, 0 } },
    { "2026-11-01", { 4, 6, NAN, NAN }, { 1, 1, 0, 0 } },
    { "2026-11-08", GAP },
    { "2026-11-15", GAP },
    { "2026-11-22", { 3, NAN, NAN, NAN }, { 2, 0, 0, 0 } },
  };

  add_entry (records, "2026-10-25", 1, 10, U, U);  /* a Sunday, the day before the range */
  add_entry (records, "2026-10-31", 2, 4, U, U);   /* Saturday */
  add_entry (records, "2026-11-01", 4, 6, U, U);   /* Sunday */
  add_entry (records, "2026-11-22", 5, U, U, U);   /* Sunday */
  add_entry (records, "2026-11-23", 1, U, U, U);   /* Monday */

  monday = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_weeks (monday, from_monday, G_N_ELEMENTS (from_monday));
  sunday = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_SUNDAY, NULL);
  assert_weeks (sunday, from_sunday, G_N_ELEMENTS (from_sunday));

  /* The days themselves do not move. */
  for (guint i = 0; i < 30; i++)
    {
      g_assert_cmpuint (monday->days[i].entries, ==, sunday->days[i].entries);
      g_assert_cmpuint (monday->days[i].sessions, ==, sunday->days[i].sessions);
    }
  g_assert_cmpuint (monday->practice_days, ==, 4);
  g_assert_cmpuint (sunday->practice_days, ==, 4);
}

/* Months whose files were moved aside have no records at all: their weeks are gaps, the weeks
 * around them average only the days that are there, and the practice count leaves them out. */
static void
test_damaged_months (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  guint32 first = julian_of ("2026-05-25");
  guint32 last = julian_of ("2026-11-24");
  guint32 gap_first = julian_of ("2026-09-01");
  guint32 gap_last = julian_of ("2026-09-30");
  double third_sum[2] = { 0, 0 };
  guint third_count[2] = { 0, 0 };
  double from, to;

  for (guint32 julian = first; julian <= last; julian++)
    {
      g_autofree char *day = day_of_julian (julian);
      g_autofree char *started = g_strdup_printf ("%sT18:00:00Z", day);
      GDate date;
      int mday;

      if (julian >= gap_first && julian <= gap_last)
        continue;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      mday = g_date_get_day (&date);
      add_entry (records, day, 1 + mday % 5, mday % 11, U, 3);
      add_session (records, started, "orienting", TRUE, 6, 4);

      /* The thirds of 184 days are 61 days each. */
      for (guint t = 0; t < 2; t++)
        {
          if (t == 0 ? julian - first < 61 : julian - first >= 184 - 61)
            {
              third_sum[t] += mday % 11;
              third_count[t]++;
            }
        }
    }

  progress = compute (records, TEND_PROGRESS_6_MONTHS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_date (&progress->first, "2026-05-25");
  g_assert_cmpuint (progress->n_days, ==, 184);
  g_assert_cmpuint (progress->practice_days, ==, 184 - 30);
  for (guint i = 0; i < progress->n_days; i++)
    {
      gboolean missing = first + i >= gap_first && first + i <= gap_last;

      g_assert_cmpuint (progress->days[i].entries, ==, missing ? 0 : 1);
      g_assert_cmpuint (progress->days[i].sessions, ==, missing ? 0 : 1);
    }

  g_assert_cmpuint (progress->n_weeks, ==, 27);
  assert_week_frame (progress, G_DATE_MONDAY);
  for (guint i = 0; i < progress->n_weeks; i++)
    {
      const TendAverages *week = &progress->weeks[i];
      guint32 start = g_date_get_julian (&week->start);
      double mood = 0, distress = 0;
      guint n = 0;

      for (guint32 julian = start; julian < start + 7; julian++)
        {
          GDate date;

          if (julian > last || (julian >= gap_first && julian <= gap_last))
            continue;
          g_date_clear (&date, 1);
          g_date_set_julian (&date, julian);
          mood += 1 + g_date_get_day (&date) % 5;
          distress += g_date_get_day (&date) % 11;
          n++;
        }

      g_assert_cmpuint (week->count[TEND_SCALE_MOOD], ==, n);
      g_assert_cmpuint (week->count[TEND_SCALE_DISTRESS], ==, n);
      g_assert_cmpuint (week->count[TEND_SCALE_SAFETY], ==, 0);
      g_assert_cmpuint (week->count[TEND_SCALE_CLOSENESS], ==, n);
      assert_mean (week->mean[TEND_SCALE_MOOD], n > 0 ? mood / n : NAN);
      assert_mean (week->mean[TEND_SCALE_DISTRESS], n > 0 ? distress / n : NAN);
      g_assert_true (isnan (week->mean[TEND_SCALE_SAFETY]));
      assert_mean (week->mean[TEND_SCALE_CLOSENESS], n > 0 ? 3 : NAN);
    }

  /* Spelled out: the week across the gap's start has only 31 August, the three weeks inside
   * it are gaps rather than zeros, and the week across its end has only 1–4 October. */
  assert_date (&progress->weeks[14].start, "2026-08-31");
  g_assert_cmpuint (progress->weeks[14].count[TEND_SCALE_MOOD], ==, 1);
  assert_mean (progress->weeks[14].mean[TEND_SCALE_MOOD], 2);
  assert_mean (progress->weeks[14].mean[TEND_SCALE_DISTRESS], 9);
  for (guint i = 15; i <= 17; i++)
    {
      for (guint s = 0; s < TEND_N_SCALES; s++)
        {
          g_assert_cmpuint (progress->weeks[i].count[s], ==, 0);
          g_assert_true (isnan (progress->weeks[i].mean[s]));
        }
    }
  assert_date (&progress->weeks[18].start, "2026-09-28");
  g_assert_cmpuint (progress->weeks[18].count[TEND_SCALE_MOOD], ==, 4);
  assert_mean (progress->weeks[18].mean[TEND_SCALE_MOOD], 3.5);
  assert_mean (progress->weeks[18].mean[TEND_SCALE_DISTRESS], 2.5);

  /* The trend averages the check-ins that exist; the missing days do not pull it to zero. */
  assert_trend (progress, TEND_SCALE_DISTRESS, third_sum[0] / third_count[0],
                third_sum[1] / third_count[1]);
  g_assert_true (tend_progress_get_trend (progress, TEND_SCALE_DISTRESS, &from, &to));
  g_assert_cmpuint (third_count[1], ==, 61 - 6);
  assert_trend (progress, TEND_SCALE_SAFETY, NAN, NAN);
  assert_trend (progress, TEND_SCALE_CLOSENESS, 3, 3);

  /* The exercise's figures count the sessions that exist. */
  g_assert_cmpuint (progress->exercises->len, ==, 1);
  g_assert_cmpuint (g_array_index (progress->exercises, TendExerciseStats, 0).sessions, ==, 154);
}

/* Trend */

static void
test_trend (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;

  /* The first third of 30 days is 26 October – 4 November, the last 15 – 24 November. */
  add_entry (records, "2026-10-26", 2, U, U, U);
  add_entry (records, "2026-10-27", U, 8, U, U);
  add_entry (records, "2026-11-04", 3, U, U, U);
  add_entry (records, "2026-11-05", 5, 0, U, U);   /* the middle: left out */
  add_entry (records, "2026-11-14", 1, 0, U, U);   /* the middle: left out */
  add_entry (records, "2026-11-15", 4, U, U, 2);
  add_entry (records, "2026-11-24", 5, U, U, U);
  add_entry (records, "2026-11-24", 3, U, U, 4);
  add_entry (records, "2026-10-25", 1, 1, 1, 1);   /* before the range */
  /* Distress after a session is not a check-in, so distress has no last third. */
  add_session (records, "2026-11-20T10:00:00Z", "orienting", TRUE, 7, 2);

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_trend (progress, TEND_SCALE_MOOD, 2.5, 4);
  assert_trend (progress, TEND_SCALE_DISTRESS, NAN, NAN);
  assert_trend (progress, TEND_SCALE_SAFETY, NAN, NAN);
  assert_trend (progress, TEND_SCALE_CLOSENESS, NAN, NAN);
  g_clear_pointer (&progress, tend_progress_free);

  /* Three months to a leap day's May: 92 days, thirds of 30 (1–30 March, 2–31 May). */
  g_clear_pointer (&records, records_free);
  records = records_new ();
  add_entry (records, "2028-03-01", U, 7, U, U);
  add_entry (records, "2028-03-30", U, 9, U, U);
  add_entry (records, "2028-03-31", U, 0, U, U);
  add_entry (records, "2028-05-01", U, 0, U, U);
  add_entry (records, "2028-05-02", U, 3, U, U);
  add_entry (records, "2028-02-29", U, 10, U, U);  /* before the range */
  progress = compute (records, TEND_PROGRESS_3_MONTHS, "2028-05-31", G_DATE_MONDAY, NULL);
  assert_date (&progress->first, "2028-03-01");
  assert_trend (progress, TEND_SCALE_DISTRESS, 8, 3);
  assert_trend (progress, TEND_SCALE_MOOD, NAN, NAN);
  g_clear_pointer (&progress, tend_progress_free);

  /* All time over three days: one day a third. */
  g_clear_pointer (&records, records_free);
  records = records_new ();
  add_entry (records, "2026-11-22", 1, U, U, U);
  add_entry (records, "2026-11-23", 5, U, U, U);
  add_entry (records, "2026-11-24", 2, U, U, U);
  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_trend (progress, TEND_SCALE_MOOD, 1, 2);
  g_clear_pointer (&progress, tend_progress_free);

  /* Two days have no thirds to compare. */
  g_clear_pointer (&records, records_free);
  records = records_new ();
  add_entry (records, "2026-11-23", 1, U, U, U);
  add_entry (records, "2026-11-24", 2, U, U, U);
  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2026-11-24", G_DATE_MONDAY, NULL);
  g_assert_cmpuint (progress->n_days, ==, 2);
  assert_trend (progress, TEND_SCALE_MOOD, NAN, NAN);
}

/* A change smaller than a twentieth of the scale is told as no change: 5.0 to 5.3 distress
 * did not "rise", 5.0 to 5.5 did; 3.5 to 3.7 mood did not, 3.0 to 3.5 did. */
static void
test_trend_words (void)
{
  static const struct {
    int         first[2];
    int         last[3];
    TendScale   scale;
    const char *sentence;
  } cases[] = {
    { { 5, 5 }, { 5, 6, 5 }, TEND_SCALE_DISTRESS,
      "Average distress stayed around 5.3 over the last 30 days" },
    { { 5, 5 }, { 5, 6, -1 }, TEND_SCALE_DISTRESS,
      "Average distress rose from 5.0 to 5.5 over the last 30 days" },
    { { 5, 5 }, { 4, 5, -1 }, TEND_SCALE_DISTRESS,
      "Average distress fell from 5.0 to 4.5 over the last 30 days" },
    { { 3, 4 }, { 4, 3, 4 }, TEND_SCALE_MOOD,
      "Average mood stayed around 3.7 over the last 30 days" },
    { { 3, 3 }, { 3, 4, -1 }, TEND_SCALE_MOOD,
      "Average mood rose from 3.0 to 3.5 over the last 30 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(Records) records = records_new ();
      g_autoptr(TendProgress) progress = NULL;
      g_autofree char *sentence = NULL;
      static const char *first_days[] = { "2026-10-26", "2026-11-03" };
      static const char *last_days[] = { "2026-11-16", "2026-11-20", "2026-11-24" };

      /* The first third of 30 days is 26 October – 4 November, the last 15 – 24 November. */
      for (guint d = 0; d < 2; d++)
        add_entry (records, first_days[d],
                   cases[i].scale == TEND_SCALE_MOOD ? cases[i].first[d] : U,
                   cases[i].scale == TEND_SCALE_DISTRESS ? cases[i].first[d] : U, U, U);
      for (guint d = 0; d < 3 && cases[i].last[d] >= 0; d++)
        add_entry (records, last_days[d],
                   cases[i].scale == TEND_SCALE_MOOD ? cases[i].last[d] : U,
                   cases[i].scale == TEND_SCALE_DISTRESS ? cases[i].last[d] : U, U, U);

      progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
      sentence = tend_progress_summary_checkins (progress, cases[i].scale);
      g_assert_cmpstr (sentence, ==, cases[i].sentence);
    }
}

/* Exercises */

static void
test_exercises (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const Exercise expected[] = {
    /* Rated, largest drop first; equal drops: more sessions, then by id. */
    { "orienting", 2, 1, 1, 8, 1, -7 },
    { "butterfly-hug", 1, 1, 1, 10, 3, -7 },
    { "senses-54321", 1, 0, 1, 9, 2, -7 },
    { "river-walk", 1, 1, 1, 9, 5, -4 },
    { "box-breathing", 3, 2, 2, 7, 3.5, -3.5 },
    { "longer-exhale", 2, 2, 2, 5.5, 4, -1.5 },
    { "calm-place", 1, 1, 1, 3, 5, 2 },
    /* Never rated both before and after: most used first, then by id. */
    { "feet-on-floor", 2, 1, 0, NAN, NAN, NAN },
    { "sky-watching", 2, 0, 0, NAN, NAN, NAN },
    { "body-scan", 1, 0, 0, NAN, NAN, NAN },
  };

  add_session (records, "2026-11-01T09:00:00Z", "box-breathing", TRUE, 8, 4);
  add_session (records, "2026-11-02T09:00:00Z", "box-breathing", TRUE, 6, 3);
  add_session (records, "2026-11-03T09:00:00Z", "box-breathing", FALSE, 7, U);
  add_session (records, "2026-11-04T09:00:00Z", "longer-exhale", TRUE, 5, 4);
  add_session (records, "2026-11-05T09:00:00Z", "longer-exhale", TRUE, 6, 4);
  add_session (records, "2026-11-06T09:00:00Z", "senses-54321", FALSE, 9, 2);
  add_session (records, "2026-11-07T09:00:00Z", "orienting", TRUE, 8, 1);
  add_session (records, "2026-11-08T09:00:00Z", "orienting", FALSE, U, U);
  add_session (records, "2026-11-09T09:00:00Z", "butterfly-hug", TRUE, 10, 3);
  add_session (records, "2026-11-10T09:00:00Z", "calm-place", TRUE, 3, 5);
  add_session (records, "2026-11-11T09:00:00Z", "feet-on-floor", TRUE, U, U);
  add_session (records, "2026-11-12T09:00:00Z", "feet-on-floor", FALSE, U, 2);
  add_session (records, "2026-11-13T09:00:00Z", "body-scan", FALSE, 5, U);
  /* Exercises a newer Tend knows: listed under their own ids. */
  add_session (records, "2026-11-14T09:00:00Z", "sky-watching", FALSE, U, U);
  add_session (records, "2026-11-15T09:00:00Z", "sky-watching", FALSE, U, 3);
  add_session (records, "2026-11-16T09:00:00Z", "river-walk", TRUE, 9, 5);
  /* Outside the range. */
  add_session (records, "2026-10-25T09:00:00Z", "box-breathing", TRUE, 10, 0);
  add_session (records, "2026-10-25T10:00:00Z", "temperature-texture", TRUE, 10, 0);
  add_session (records, "2026-11-25T10:00:00Z", "calm-place", TRUE, 10, 0);

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_exercises (progress, expected, G_N_ELEMENTS (expected));

  /* The order does not depend on the order of the records. */
  g_clear_pointer (&progress, tend_progress_free);
  for (guint i = 0; i < records->sessions->len / 2; i++)
    {
      gpointer *pdata = records->sessions->pdata;
      guint j = records->sessions->len - 1 - i;
      gpointer swap = pdata[i];

      pdata[i] = pdata[j];
      pdata[j] = swap;
    }
  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_exercises (progress, expected, G_N_ELEMENTS (expected));
}

/* Themes */

static void
test_themes (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const Theme expected[5] = {
    { 3, "2026-10-28" },  /* truth */
    { 0, NULL },          /* pleasure */
    { 1, "2026-10-26" },  /* attunement */
    { 1, "2026-11-24" },  /* boundaries: its earlier entry is before the range */
    { 2, "2026-11-01" },  /* touch */
  };
  static const Theme all_time[5] = {
    { 3, "2026-10-28" },
    { 0, NULL },
    { 1, "2026-10-26" },
    { 2, "2026-10-20" },
    { 2, "2026-11-01" },
  };

  add_theme_entry (records, "2026-11-03", "truth");
  add_theme_entry (records, "2026-10-28", "truth");
  add_theme_entry (records, "2026-11-20", "truth");
  add_theme_entry (records, "2026-10-26", "attunement");
  add_theme_entry (records, "2026-11-24", "boundaries");
  add_theme_entry (records, "2026-10-20", "boundaries");
  add_theme_entry (records, "2026-11-01", "touch");
  add_theme_entry (records, "2026-11-01", "touch");
  /* Written freely, or about a theme this version does not know: no theme's count. */
  add_theme_entry (records, "2026-11-02", NULL);
  add_theme_entry (records, "2026-11-02", "joy");
  /* After today. */
  add_theme_entry (records, "2026-11-25", "pleasure");

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_themes (progress, expected);
  g_clear_pointer (&progress, tend_progress_free);

  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_themes (progress, all_time);
}

/* Look-backs */

static void
test_look_backs (void)
{
  g_autoptr(Records) records = records_new ();
  TendEntry *one, *three, *six;

  /* One month: 24 October. The closest wins; a hidden entry on the day itself is skipped. */
  add_entry_created (records, "2026-10-21", NULL);
  one = add_entry_created (records, "2026-10-26", NULL);
  tend_entry_set_lookback (add_entry_created (records, "2026-10-24", NULL), FALSE);

  /* Three months: 24 August. Three days either side: the one created first. */
  add_entry_created (records, "2026-08-27", "2026-08-27T08:00:00Z");
  three = add_entry_created (records, "2026-08-21", "2026-08-21T20:00:00Z");

  /* Six months: 24 May. Two on the same day, four days off: the one created first, wherever
   * it sits in the array; the hidden one on the day is skipped. */
  add_entry_created (records, "2026-05-20", "2026-05-20T21:00:00Z");
  six = add_entry_created (records, "2026-05-20", "2026-05-20T07:00:00Z");
  tend_entry_set_lookback (add_entry_created (records, "2026-05-24", NULL), FALSE);

  /* Twelve months: 24 November 2025. Eight days either side is too far; seven days before
   * would do, but that entry asked not to be shown again. */
  add_entry_created (records, "2025-11-16", NULL);
  add_entry_created (records, "2025-12-02", NULL);
  tend_entry_set_lookback (add_entry_created (records, "2025-11-17", NULL), FALSE);

  /* Whatever the range. */
  for (TendProgressRange range = TEND_PROGRESS_30_DAYS; range <= TEND_PROGRESS_ALL_TIME; range++)
    {
      g_autoptr(TendProgress) progress = compute (records, range, "2026-11-24", G_DATE_MONDAY,
                                                  NULL);

      g_test_message ("range %d", range);
      assert_look_backs (progress, one, three, six, NULL);
    }
}

static void
test_look_backs_clamped (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  TendEntry *one, *three, *six, *twelve;

  /* From 31 May 2028: 30 April, 29 February, 30 November 2027 and 31 May 2027. */
  one = add_entry_created (records, "2028-05-07", NULL);       /* seven days after: still near */
  add_entry_created (records, "2028-03-01", NULL);
  three = add_entry_created (records, "2028-02-29", NULL);
  six = add_entry_created (records, "2027-11-30", NULL);
  add_entry_created (records, "2027-12-01", NULL);
  twelve = add_entry_created (records, "2027-05-24", NULL);   /* seven days before */
  add_entry_created (records, "2027-06-08", NULL);             /* eight after */

  progress = compute (records, TEND_PROGRESS_30_DAYS, "2028-05-31", G_DATE_MONDAY, NULL);
  assert_look_backs (progress, one, three, six, twelve);
  g_clear_pointer (&progress, tend_progress_free);

  /* From 31 March 2026, a month back is 28 February. */
  g_clear_pointer (&records, records_free);
  records = records_new ();
  add_entry_created (records, "2026-03-03", NULL);
  one = add_entry_created (records, "2026-02-27", NULL);
  progress = compute (records, TEND_PROGRESS_30_DAYS, "2026-03-31", G_DATE_MONDAY, NULL);
  assert_look_backs (progress, one, NULL, NULL, NULL);
}

/* Time zones */

static void
test_time_zones (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) utc = NULL;
  g_autoptr(TendProgress) berlin = NULL;
  g_autoptr(TendProgress) new_york = NULL;
  static const DayCount in_utc[] = {
    { "2026-02-28", 0, 1 },
    { "2026-03-01", 1, 1 },
    { "2026-03-02", 0, 1 },
  };
  static const DayCount in_berlin[] = {
    { "2026-02-28", 0, 1 },
    { "2026-03-01", 1, 0 },
    { "2026-03-02", 0, 2 },
  };
  static const DayCount in_new_york[] = {
    { "2026-02-28", 0, 1 },
    { "2026-03-01", 1, 2 },
  };

  /* 23:30 UTC on the 1st is 00:30 on the 2nd in Berlin. */
  add_session (records, "2026-03-01T23:30:00Z", "orienting", TRUE, U, U);
  /* 03:00 UTC on the 2nd is 22:00 on the 1st in New York. */
  add_session (records, "2026-03-02T03:00:00Z", "orienting", TRUE, U, U);
  /* Noon UTC on the 28th is the 28th everywhere here. */
  add_session (records, "2026-02-28T12:00:00+05:00", "orienting", TRUE, U, U);
  /* An entry keeps the day it names, whatever the zone. */
  add_entry_created (records, "2026-03-01", "2026-03-01T23:30:00Z");

  utc = compute (records, TEND_PROGRESS_30_DAYS, "2026-03-10", G_DATE_MONDAY, NULL);
  assert_days (utc, in_utc, G_N_ELEMENTS (in_utc));
  berlin = compute (records, TEND_PROGRESS_30_DAYS, "2026-03-10", G_DATE_MONDAY,
                    "Europe/Berlin");
  assert_days (berlin, in_berlin, G_N_ELEMENTS (in_berlin));
  new_york = compute (records, TEND_PROGRESS_30_DAYS, "2026-03-10", G_DATE_MONDAY,
                      "America/New_York");
  assert_days (new_york, in_new_york, G_N_ELEMENTS (in_new_york));
}

/* The day of every session agrees with g_date_time_to_timezone (), around the year and
 * across both changes of the clocks. */
static void
test_time_zones_agree (void)
{
  static const char * const zones[] = {
    "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
  };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(Records) records = records_new ();
      g_autoptr(TendProgress) progress = NULL;
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[z]);
      g_autoptr(GDateTime) start = tend_test_date_time ("2025-12-31T00:00:00Z");
      g_autofree guint *expected = NULL;
      guint32 first = julian_of ("2025-12-30");

      g_test_message ("zone %s", zones[z]);
      g_assert_nonnull (tz);
      expected = g_new0 (guint, 400);
      /* Every 97 minutes falls on every minute of the day sooner or later. */
      for (guint i = 0; i < 366 * 1440 / 97; i++)
        {
          g_autoptr(GDateTime) when = g_date_time_add_minutes (start, 97 * (int) i);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (when, tz);
          g_autofree char *iso = g_date_time_format_iso8601 (when);
          g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

          add_session (records, iso, "orienting", TRUE, U, U);
          expected[julian_of (day) - first]++;
        }

      progress = compute (records, TEND_PROGRESS_ALL_TIME, "2027-01-02", G_DATE_MONDAY,
                          zones[z]);
      for (guint i = 0; i < progress->n_days; i++)
        g_assert_cmpuint (progress->days[i].sessions, ==,
                          expected[g_date_get_julian (&progress->first) + i - first]);
    }
}

/* Europe/Berlin springs forward on 29 March 2026 and falls back on 25 October: days that are
 * 23 and 25 hours long still hold what happened on them, and weeks are still seven days. */
static void
test_dst (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const DayCount expected[] = {
    { "2026-03-28", 0, 1 },
    { "2026-03-29", 1, 2 },
    { "2026-03-30", 1, 1 },
    { "2026-10-24", 0, 1 },
    { "2026-10-25", 1, 4 },
    { "2026-10-26", 0, 1 },
  };

  add_session (records, "2026-03-28T22:59:59Z", "orienting", TRUE, U, U);  /* 23:59:59 CET */
  add_session (records, "2026-03-28T23:30:00Z", "orienting", TRUE, U, U);  /* 00:30 CET */
  add_session (records, "2026-03-29T21:59:59Z", "orienting", TRUE, U, U);  /* 23:59:59 CEST */
  add_session (records, "2026-03-29T22:00:00Z", "orienting", TRUE, U, U);  /* 00:00 CEST */
  add_session (records, "2026-10-24T21:59:59Z", "orienting", TRUE, U, U);  /* 23:59:59 CEST */
  add_session (records, "2026-10-24T22:00:00Z", "orienting", TRUE, U, U);  /* 00:00 CEST */
  add_session (records, "2026-10-25T00:30:00Z", "orienting", TRUE, U, U);  /* 02:30 CEST */
  add_session (records, "2026-10-25T01:30:00Z", "orienting", TRUE, U, U);  /* 02:30 CET */
  add_session (records, "2026-10-25T22:59:59Z", "orienting", TRUE, U, U);  /* 23:59:59 CET */
  add_session (records, "2026-10-25T23:00:00Z", "orienting", TRUE, U, U);  /* 00:00 CET */
  add_entry (records, "2026-03-29", 2, 6, U, U);
  add_entry (records, "2026-03-30", 4, 2, U, U);
  add_entry (records, "2026-10-25", 5, 1, 5, 5);

  progress = compute (records, TEND_PROGRESS_12_MONTHS, "2026-11-24", G_DATE_MONDAY,
                      "Europe/Berlin");
  assert_date (&progress->first, "2025-11-25");
  assert_days (progress, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (progress->practice_days, ==, 6);
  assert_week_frame (progress, G_DATE_MONDAY);

  /* The Sunday of the change ends its week; the Monday after starts the next. */
  for (guint i = 0; i < progress->n_weeks; i++)
    {
      const TendAverages *week = &progress->weeks[i];
      guint32 start = g_date_get_julian (&week->start);
      double mood = NAN;
      guint count = 0;

      if (start == julian_of ("2026-03-23"))
        mood = 2, count = 1;
      else if (start == julian_of ("2026-03-30"))
        mood = 4, count = 1;
      else if (start == julian_of ("2026-10-19"))
        mood = 5, count = 1;

      g_assert_cmpuint (week->count[TEND_SCALE_MOOD], ==, count);
      assert_mean (week->mean[TEND_SCALE_MOOD], mood);
      g_assert_cmpuint (week->count[TEND_SCALE_DISTRESS], ==, count);
      g_assert_cmpuint (week->count[TEND_SCALE_SAFETY], ==, start == julian_of ("2026-10-19"));
    }
}

/* All time */

static void
test_all_time_one_old_record (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) progress = NULL;
  static const DayCount expected[] = { { "2019-06-15", 1, 0 } };
  static const Week first_week[] = {
    { "2019-06-10", { 3, 4, 3, 2 }, { 1, 1, 1, 1 } },
  };
  static const Theme themes[5] = { { 0 }, { 0 }, { 0 }, { 0 }, { 1, "2019-06-15" } };
  TendEntry *entry = add_entry (records, "2019-06-15", 3, 4, 3, 2);

  tend_entry_set_theme (entry, "touch");

  progress = compute (records, TEND_PROGRESS_ALL_TIME, "2026-11-24", G_DATE_MONDAY, NULL);
  assert_date (&progress->first, "2019-06-15");
  assert_date (&progress->last, "2026-11-24");
  g_assert_cmpuint (progress->n_days, ==, julian_of ("2026-11-24") - julian_of ("2019-06-15") + 1);
  assert_days (progress, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (progress->practice_days, ==, 1);
  g_assert_cmpuint (progress->n_weeks, ==, 390);
  assert_week_frame (progress, G_DATE_MONDAY);
  /* weeks[0] alone, then gaps through today. */
  g_assert_cmpuint (G_N_ELEMENTS (first_week), ==, 1);
  assert_date (&progress->weeks[0].start, first_week[0].start);
  for (guint s = 0; s < TEND_N_SCALES; s++)
    {
      g_assert_cmpuint (progress->weeks[0].count[s], ==, first_week[0].count[s]);
      assert_mean (progress->weeks[0].mean[s], first_week[0].mean[s]);
    }
  assert_gaps_from (progress, 1);
  assert_exercises (progress, NULL, 0);
  assert_themes (progress, themes);
  assert_look_backs (progress, NULL, NULL, NULL, NULL);
  for (TendScale scale = 0; scale < TEND_N_SCALES; scale++)
    assert_trend (progress, scale, NAN, NAN);
}

/* A session alone, before 1970 in UTC, still starts the range on its own day. */
static void
test_all_time_one_old_session (void)
{
  g_autoptr(Records) records = records_new ();
  g_autoptr(TendProgress) utc = NULL;
  g_autoptr(TendProgress) berlin = NULL;
  static const Exercise expected[] = { { "calm-place", 1, 1, 1, 6, 3, -3 } };

  add_session (records, "1969-12-31T23:30:00Z", "calm-place", TRUE, 6, 3);

  utc = compute (records, TEND_PROGRESS_ALL_TIME, "1970-01-10", G_DATE_MONDAY, NULL);
  assert_date (&utc->first, "1969-12-31");
  g_assert_cmpuint (utc->n_days, ==, 11);
  g_assert_cmpuint (utc->days[0].sessions, ==, 1);
  g_assert_cmpuint (utc->practice_days, ==, 1);
  assert_exercises (utc, expected, G_N_ELEMENTS (expected));
  assert_gaps_from (utc, 0);

  berlin = compute (records, TEND_PROGRESS_ALL_TIME, "1970-01-10", G_DATE_MONDAY,
                    "Europe/Berlin");
  assert_date (&berlin->first, "1970-01-01");
  g_assert_cmpuint (berlin->n_days, ==, 10);
  g_assert_cmpuint (berlin->days[0].sessions, ==, 1);
}

/* Locale */

static void
check_locale_week_start (const char   *locale,
                         GDateWeekday  expected)
{
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  if (setlocale (LC_TIME, locale) == NULL)
    {
      g_test_message ("locale %s is not installed", locale);
      return;
    }

  g_test_message ("locale %s", locale);
  g_assert_cmpint (tend_progress_locale_week_start (), ==, expected);
  setlocale (LC_TIME, saved);
}

static void
test_locale_week_start (void)
{
  GDateWeekday weekday = tend_progress_locale_week_start ();

  g_assert_true (g_date_valid_weekday (weekday));

#ifdef __GLIBC__
  if (setlocale (LC_TIME, "en_US.UTF-8") == NULL || setlocale (LC_TIME, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_TIME, "C");
      g_test_skip ("needs the en_US and de_DE locales");
      return;
    }
  setlocale (LC_TIME, "C");

  check_locale_week_start ("en_US.UTF-8", G_DATE_SUNDAY);
  check_locale_week_start ("de_DE.UTF-8", G_DATE_MONDAY);
  check_locale_week_start ("fr_FR.UTF-8", G_DATE_MONDAY);
  check_locale_week_start ("es_ES.UTF-8", G_DATE_MONDAY);
#else
  g_assert_cmpint (weekday, ==, G_DATE_MONDAY);
#endif
}

/* Preconditions */

static void
test_invalid (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  GDate today = date_of ("2026-11-24");
  GDate invalid;

  g_date_clear (&invalid, 1);

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
  g_assert_null (tend_progress_compute (NULL, 0, NULL, 0, TEND_PROGRESS_30_DAYS, &invalid,
                                        G_DATE_MONDAY, tz));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*g_date_valid_weekday*");
  g_assert_null (tend_progress_compute (NULL, 0, NULL, 0, TEND_PROGRESS_30_DAYS, &today,
                                        G_DATE_BAD_WEEKDAY, tz));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*tz != NULL*");
  g_assert_null (tend_progress_compute (NULL, 0, NULL, 0, TEND_PROGRESS_30_DAYS, &today,
                                        G_DATE_MONDAY, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*entries != NULL*");
  g_assert_null (tend_progress_compute (NULL, 3, NULL, 0, TEND_PROGRESS_30_DAYS, &today,
                                        G_DATE_MONDAY, tz));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*range*");
  g_assert_null (tend_progress_compute (NULL, 0, NULL, 0, TEND_PROGRESS_ALL_TIME + 1, &today,
                                        G_DATE_MONDAY, tz));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*scale*");
  {
    g_autoptr(TendProgress) progress = tend_progress_compute (NULL, 0, NULL, 0,
                                                              TEND_PROGRESS_30_DAYS, &today,
                                                              G_DATE_MONDAY, tz);

    g_assert_false (tend_progress_get_trend (progress, TEND_N_SCALES, NULL, NULL));
  }
  g_test_assert_expected_messages ();

  /* Freeing nothing is fine, as for g_free (). */
  tend_progress_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/progress/ranges", test_ranges);
  g_test_add_func ("/tend/progress/empty", test_empty);
  g_test_add_func ("/tend/progress/practice/days", test_practice_days);
  g_test_add_func ("/tend/progress/practice/saturates", test_practice_saturates);
  g_test_add_func ("/tend/progress/practice/calendar", test_days_calendar);
  g_test_add_func ("/tend/progress/weeks/averages", test_weeks);
  g_test_add_func ("/tend/progress/weeks/start", test_weeks_start);
  g_test_add_func ("/tend/progress/months/averages", test_months);
  g_test_add_func ("/tend/progress/signed", test_signed);
  g_test_add_func ("/tend/progress/weeks/damaged-months", test_damaged_months);
  g_test_add_func ("/tend/progress/trend", test_trend);
  g_test_add_func ("/tend/progress/trend/words", test_trend_words);
  g_test_add_func ("/tend/progress/exercises", test_exercises);
  g_test_add_func ("/tend/progress/themes", test_themes);
  g_test_add_func ("/tend/progress/look-backs/nearest", test_look_backs);
  g_test_add_func ("/tend/progress/look-backs/clamped", test_look_backs_clamped);
  g_test_add_func ("/tend/progress/time-zones/days", test_time_zones);
  g_test_add_func ("/tend/progress/time-zones/agree", test_time_zones_agree);
  g_test_add_func ("/tend/progress/time-zones/dst", test_dst);
  g_test_add_func ("/tend/progress/all-time/one-old-entry", test_all_time_one_old_record);
  g_test_add_func ("/tend/progress/all-time/one-old-session", test_all_time_one_old_session);
  g_test_add_func ("/tend/progress/locale-week-start", test_locale_week_start);
  g_test_add_func ("/tend/progress/invalid", test_invalid);

  return g_test_run ();
}
