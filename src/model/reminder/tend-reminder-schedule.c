/* tend-reminder-schedule.c — when the daily reminder fires, worked out from the wall clock.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules, in one place:
 *
 * - Each local calendar day has one fire time: the first moment of that day whose wall clock
 *   reads the chosen time or later. On the day clocks spring forward a time inside the skipped
 *   hour fires at the first moment after the gap (02:30 in Berlin fires at 03:00 CEST); on the
 *   day they fall back a time that happens twice fires at its first occurrence only.
 * - The reminder is due when the wall clock has reached today's fire time, that fire time is
 *   not earlier than the moment the reminder was armed (if it was), and it has not fired today.
 * - So a computer that sleeps through the time and wakes later the same day is reminded once
 *   on waking; one that wakes on a later day is reminded at that day's time, and the missed
 *   day is let go. Tend started after today's time (a late login) still reminds once.
 * - Only "today" counts as done: a last day in the future, left by a clock that was once set
 *   ahead, must not silence the reminder until that date comes round.
 */

#include "config.h"

#include <string.h>

#include "tend-json-private.h"
#include "tend-reminder-schedule.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

static gint32
offset_at (GTimeZone *tz,
           gint64     instant)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, instant);

  return g_time_zone_get_offset (tz, MAX (interval, 0));
}

/* The instant at which @tz reads @wall (wall-clock seconds counted as if in UTC), following
 * the rules above for skipped and repeated times. Offsets never move twice within two days,
 * so the offsets a day either side are the only ones that can apply. */
static gint64
instant_for_wall_time (GTimeZone *tz,
                       gint64     wall)
{
  gint32 off_before = offset_at (tz, wall - SECONDS_PER_DAY);
  gint32 off_after = offset_at (tz, wall + SECONDS_PER_DAY);
  gint64 with_before = wall - off_before;
  gint64 with_after = wall - off_after;
  gboolean before_ok = offset_at (tz, with_before) == off_before;
  gboolean after_ok = offset_at (tz, with_after) == off_after;
  gint64 low, high;

  if (before_ok && after_ok)
    return MIN (with_before, with_after);
  if (before_ok)
    return with_before;
  if (after_ok)
    return with_after;

  /* Skipped: the change of offset lies between the two guesses; find its first second. */
  low = MIN (with_before, with_after);
  high = MAX (with_before, with_after);
  while (high - low > 1)
    {
      gint64 middle = low + (high - low) / 2;

      if (offset_at (tz, middle) == offset_at (tz, high))
        high = middle;
      else
        low = middle;
    }

  return high;
}

/**
 * tend_reminder_fire_time_on:
 * @day: any moment of the day, in the time zone the reminder follows
 * @minutes: the reminder's time, in minutes since midnight
 *
 * Returns: (transfer full): when the reminder fires on @day's calendar date, in @day's zone.
 */
GDateTime *
tend_reminder_fire_time_on (GDateTime *day,
                            guint      minutes)
{
  GTimeZone *tz;
  g_autoptr(GDateTime) wall = NULL;
  g_autoptr(GDateTime) utc = NULL;
  int year, month, mday;

  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (minutes < TEND_REMINDER_MINUTES_PER_DAY, NULL);

  tz = g_date_time_get_timezone (day);
  g_date_time_get_ymd (day, &year, &month, &mday);
  wall = g_date_time_new_utc (year, month, mday, minutes / 60, minutes % 60, 0);
  utc = g_date_time_new_from_unix_utc (instant_for_wall_time (tz, g_date_time_to_unix (wall)));

  return g_date_time_to_timezone (utc, tz);
}

/**
 * tend_reminder_next_fire:
 * @now: the wall clock, in the time zone the reminder follows
 * @minutes: the reminder's time, in minutes since midnight
 *
 * Returns: (transfer full): today's fire time if it is still ahead of @now, otherwise
 *   tomorrow's.
 */
GDateTime *
tend_reminder_next_fire (GDateTime *now,
                         guint      minutes)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) tomorrow_noon = NULL;
  GDate date;
  int year, month, mday;

  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (minutes < TEND_REMINDER_MINUTES_PER_DAY, NULL);

  today = tend_reminder_fire_time_on (now, minutes);
  if (g_date_time_compare (today, now) > 0)
    return g_steal_pointer (&today);

  /* Calendar arithmetic on the date, so a 23- or 25-hour day does not skip or repeat one. */
  g_date_time_get_ymd (now, &year, &month, &mday);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  g_date_add_days (&date, 1);
  tomorrow_noon = g_date_time_new (g_date_time_get_timezone (now), g_date_get_year (&date),
                                   g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);

  return tend_reminder_fire_time_on (tomorrow_noon, minutes);
}

/* The local calendar date of @time as "YYYY-MM-DD", the form kept in reminder-last-fired. */
char *
tend_reminder_day_key (GDateTime *time)
{
  char day[11];

  g_return_val_if_fail (time != NULL, NULL);

  /* The same key as an entry's "day" field. */
  tend_date_time_to_day (time, day);
  return g_strdup (day);
}

/**
 * tend_reminder_is_due:
 * @now: the wall clock, in the time zone the reminder follows
 * @minutes: the reminder's time, in minutes since midnight
 * @armed: (nullable): when the reminder was switched on, retimed or started watching
 * @last_fired: (nullable): the day key of the last reminder, or "" for never
 *
 * Returns: whether the reminder should fire now (see the rules at the top of this file).
 */
gboolean
tend_reminder_is_due (GDateTime  *now,
                      guint       minutes,
                      GDateTime  *armed,
                      const char *last_fired)
{
  g_autoptr(GDateTime) fire = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (minutes < TEND_REMINDER_MINUTES_PER_DAY, FALSE);

  fire = tend_reminder_fire_time_on (now, minutes);
  if (g_date_time_compare (now, fire) < 0)
    return FALSE;
  if (armed != NULL && g_date_time_compare (fire, armed) < 0)
    return FALSE;

  today = tend_reminder_day_key (now);
  return last_fired == NULL || strcmp (today, last_fired) != 0;
}
