/* test-reminder-schedule.c — when the daily reminder fires, on ordinary days, across midnight,
 * month and year ends, on both days a year that Berlin changes its clocks, and after a suspend.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-reminder-schedule.h"

#define BERLIN "Europe/Berlin"

/* @iso in @zone: without an offset it is that zone's wall clock, with one it is that instant. */
static GDateTime *
at (const char *zone,
    const char *iso)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) parsed = NULL;

  g_assert_nonnull (tz);
  parsed = g_date_time_new_from_iso8601 (iso, tz);
  g_assert_nonnull (parsed);

  return g_date_time_to_timezone (parsed, tz);
}

static void
assert_same_instant (GDateTime  *actual,
                     const char *expected_utc)
{
  g_autoptr(GDateTime) expected = g_date_time_new_from_iso8601 (expected_utc, NULL);
  g_autofree char *shown = g_date_time_format_iso8601 (actual);

  g_assert_nonnull (expected);
  if (g_date_time_compare (actual, expected) != 0)
    g_error ("expected %s, got %s", expected_utc, shown);
}

typedef struct
{
  const char *zone;
  const char *now;
  guint       minutes;
  const char *next_utc;
} NextCase;

static const NextCase next_cases[] = {
  /* An ordinary winter evening in Berlin (UTC+1), before, at and after 20:00. */
  { BERLIN, "2026-03-10T19:59:00", 1200, "2026-03-10T19:00:00Z" },
  { BERLIN, "2026-03-10T20:00:00", 1200, "2026-03-11T19:00:00Z" },
  { BERLIN, "2026-03-10T20:01:00", 1200, "2026-03-11T19:00:00Z" },
  { "UTC", "2026-07-01T08:00:00", 0, "2026-07-02T00:00:00Z" },
  { "UTC", "2026-07-01T23:58:59", 1439, "2026-07-01T23:59:00Z" },
  /* Across midnight: a time just after it, seen from just before it. */
  { BERLIN, "2026-03-10T23:50:00", 15, "2026-03-10T23:15:00Z" },
  { BERLIN, "2026-03-11T00:10:00", 15, "2026-03-10T23:15:00Z" },
  { BERLIN, "2026-03-11T00:20:00", 15, "2026-03-11T23:15:00Z" },
  /* Month ends, a leap day and the year's end. */
  { BERLIN, "2026-01-31T21:00:00", 1200, "2026-02-01T19:00:00Z" },
  { BERLIN, "2026-02-28T21:00:00", 1200, "2026-03-01T19:00:00Z" },
  { BERLIN, "2028-02-28T21:00:00", 1200, "2028-02-29T19:00:00Z" },
  { BERLIN, "2026-04-30T21:00:00", 1200, "2026-05-01T18:00:00Z" },
  { BERLIN, "2026-12-31T21:00:00", 1200, "2027-01-01T19:00:00Z" },
  { "Pacific/Auckland", "2026-12-31T22:00:00", 1260, "2027-01-01T08:00:00Z" },
  /* Spring forward, 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC. A time in the
   * skipped hour fires at 03:00 CEST, the first moment after it. */
  { BERLIN, "2026-03-29T01:30:00", 150, "2026-03-29T01:00:00Z" },
  { BERLIN, "2026-03-29T01:30:00", 120, "2026-03-29T01:00:00Z" },
  { BERLIN, "2026-03-29T01:30:00", 179, "2026-03-29T01:00:00Z" },
  { BERLIN, "2026-03-29T01:30:00", 180, "2026-03-29T01:00:00Z" },
  { BERLIN, "2026-03-29T01:30:00", 181, "2026-03-29T01:01:00Z" },
  { BERLIN, "2026-03-29T01:30:00", 119, "2026-03-29T00:59:00Z" },
  { BERLIN, "2026-03-28T21:00:00", 1200, "2026-03-29T18:00:00Z" },
  { BERLIN, "2026-03-28T21:00:00", 150, "2026-03-29T01:00:00Z" },
  /* After the gap on that day, the next is the following day's, at its ordinary time. */
  { BERLIN, "2026-03-29T03:10:00", 150, "2026-03-30T00:30:00Z" },
  /* Fall back, 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC, so 02:30 happens
   * at 00:30 and again at 01:30 UTC. Only the first counts, and a clock past it waits a day. */
  { BERLIN, "2026-10-24T21:00:00", 150, "2026-10-25T00:30:00Z" },
  { BERLIN, "2026-10-25T02:10:00+02:00", 150, "2026-10-25T00:30:00Z" },
  { BERLIN, "2026-10-25T02:45:00+02:00", 150, "2026-10-26T01:30:00Z" },
  { BERLIN, "2026-10-25T02:10:00+01:00", 150, "2026-10-26T01:30:00Z" },
  { BERLIN, "2026-10-24T21:00:00", 1200, "2026-10-25T19:00:00Z" },
};

static void
test_next_fire (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (next_cases); i++)
    {
      const NextCase *c = &next_cases[i];
      g_autoptr(GDateTime) now = at (c->zone, c->now);
      g_autoptr(GDateTime) next = tend_reminder_next_fire (now, c->minutes);
      g_autoptr(GDateTime) expected = at (c->zone, c->next_utc);

      g_test_message ("%s %s at minute %u", c->zone, c->now, c->minutes);
      assert_same_instant (next, c->next_utc);
      /* The answer is in the zone that was asked about, and never in the past. */
      g_assert_true (g_date_time_compare (next, now) > 0);
      g_assert_cmpstr (g_date_time_get_timezone_abbreviation (next), ==,
                       g_date_time_get_timezone_abbreviation (expected));
    }
}

/* A fire time that exists on its day reads exactly the chosen time on the wall clock. */
static void
test_wall_clock_reads_the_time (void)
{
  g_autoptr(GDateTime) day = at (BERLIN, "2026-10-25T12:00:00");

  for (guint minutes = 0; minutes < TEND_REMINDER_MINUTES_PER_DAY; minutes += 7)
    {
      g_autoptr(GDateTime) fire = tend_reminder_fire_time_on (day, minutes);

      g_assert_cmpint (g_date_time_get_day_of_month (fire), ==, 25);
      g_assert_cmpint (g_date_time_get_hour (fire) * 60 + g_date_time_get_minute (fire), ==,
                       minutes);
      g_assert_cmpint (g_date_time_get_second (fire), ==, 0);
    }
}

typedef struct
{
  const char *now;
  const char *armed;
  const char *last_fired;
  gboolean    due;
} DueCase;

/* Reminder at 20:00 in Berlin; "armed" is when it was switched on or retimed. */
static const DueCase due_cases[] = {
  { "2026-03-10T19:59:59", "2026-03-10T09:00:00", "", FALSE },
  { "2026-03-10T20:00:00", "2026-03-10T09:00:00", "", TRUE },
  { "2026-03-10T20:00:00", "2026-03-10T09:00:00", "2026-03-09", TRUE },
  /* Once a day: the same day again stays quiet. */
  { "2026-03-10T20:00:30", "2026-03-10T09:00:00", "2026-03-10", FALSE },
  { "2026-03-10T23:59:59", "2026-03-10T09:00:00", "2026-03-10", FALSE },
  /* A last day in the future (a clock once set a year ahead) does not silence it. */
  { "2026-03-10T21:00:00", "2026-03-10T09:00:00", "2027-03-11", TRUE },
  /* Suspended at 19:00 and woken at 23:30: reminded once on waking. */
  { "2026-03-10T23:30:00", "2026-03-10T19:00:00", "2026-03-09", TRUE },
  /* Woken the next morning: the missed evening is let go, the next one comes as usual. */
  { "2026-03-11T08:00:00", "2026-03-10T19:00:00", "2026-03-09", FALSE },
  { "2026-03-11T20:00:00", "2026-03-10T19:00:00", "2026-03-09", TRUE },
  /* Switched on after today's time: tomorrow, not at once. */
  { "2026-03-10T21:00:00", "2026-03-10T21:00:00", "", FALSE },
  { "2026-03-11T20:00:00", "2026-03-10T21:00:00", "", TRUE },
  { "2026-03-10T20:00:00", NULL, "", TRUE },
};

static void
test_due (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (due_cases); i++)
    {
      const DueCase *c = &due_cases[i];
      g_autoptr(GDateTime) now = at (BERLIN, c->now);
      g_autoptr(GDateTime) armed = c->armed != NULL ? at (BERLIN, c->armed) : NULL;

      g_test_message ("now %s, armed %s, last %s", c->now, c->armed, c->last_fired);
      g_assert_cmpint (tend_reminder_is_due (now, 1200, armed, c->last_fired), ==, c->due);
    }
}

/* The fall-back day: fired at the first 02:30, the second one an hour later stays quiet. */
static void
test_due_twice_occurring_time (void)
{
  g_autoptr(GDateTime) armed = at (BERLIN, "2026-10-24T22:00:00");
  g_autoptr(GDateTime) first = at (BERLIN, "2026-10-25T02:30:00+02:00");
  g_autoptr(GDateTime) second = at (BERLIN, "2026-10-25T02:30:00+01:00");
  g_autofree char *day = tend_reminder_day_key (first);

  g_assert_cmpstr (day, ==, "2026-10-25");
  g_assert_true (tend_reminder_is_due (first, 150, armed, ""));
  g_assert_false (tend_reminder_is_due (second, 150, armed, day));
  /* Had Tend been asleep through the first, the second is still the same day's reminder. */
  g_assert_true (tend_reminder_is_due (second, 150, armed, "2026-10-24"));
}

/* Suspend and resume as a run of wall-clock readings a minute apart, with one jump, for a day
 * after waking: whatever the jump, no day gets two reminders. */
static void
test_clock_jumps (void)
{
  static const struct { const char *asleep; const char *awake; guint reminders; } jumps[] = {
    { "2026-03-10T19:30:00", "2026-03-10T22:00:00", 2 },   /* slept through: late, same day */
    { "2026-03-10T20:30:00", "2026-03-10T22:00:00", 2 },   /* already fired before sleeping */
    { "2026-03-10T19:30:00", "2026-03-11T07:00:00", 1 },   /* slept through the night */
    { "2026-03-10T19:30:00", "2026-03-12T21:00:00", 2 },   /* away two days, back late */
    { "2026-03-10T21:00:00", "2026-03-10T18:00:00", 1 },   /* clock set back an afternoon */
  };

  for (guint i = 0; i < G_N_ELEMENTS (jumps); i++)
    {
      g_autoptr(GDateTime) armed = at (BERLIN, "2026-03-10T08:00:00");
      g_autoptr(GDateTime) now = g_date_time_ref (armed);
      g_autoptr(GDateTime) asleep = at (BERLIN, jumps[i].asleep);
      g_autoptr(GDateTime) awake = at (BERLIN, jumps[i].awake);
      g_autoptr(GDateTime) end = g_date_time_add_days (awake, 1);
      g_autofree char *last = g_strdup ("");
      g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint reminders = 0;
      gboolean jumped = FALSE;

      while (g_date_time_compare (now, end) < 0)
        {
          GDateTime *later;

          if (tend_reminder_is_due (now, 1200, armed, last))
            {
              g_free (last);
              last = tend_reminder_day_key (now);
              g_assert_true (g_hash_table_add (days, g_strdup (last)));
              reminders++;
            }

          if (!jumped && g_date_time_compare (now, asleep) >= 0)
            {
              later = g_date_time_ref (awake);
              jumped = TRUE;
            }
          else
            later = g_date_time_add_minutes (now, 1);
          g_date_time_unref (now);
          now = later;
        }

      g_test_message ("asleep %s, awake %s", jumps[i].asleep, jumps[i].awake);
      g_assert_cmpuint (reminders, ==, jumps[i].reminders);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/reminder-schedule/next-fire", test_next_fire);
  g_test_add_func ("/tend/reminder-schedule/wall-clock", test_wall_clock_reads_the_time);
  g_test_add_func ("/tend/reminder-schedule/due", test_due);
  g_test_add_func ("/tend/reminder-schedule/twice-occurring", test_due_twice_occurring_time);
  g_test_add_func ("/tend/reminder-schedule/clock-jumps", test_clock_jumps);

  return g_test_run ();
}
