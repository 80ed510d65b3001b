/* tend-progress-wip.c — a stand-in for tend-progress.c while the model is written elsewhere.
 *
 * Only here so that the Progress widgets build and can be tried on the `pui` branch; it is
 * dropped when the real model is merged. Simple and straightforward rather than fast.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <math.h>
#include <stdio.h>

#include "tend-exercises.h"
#include "tend-progress.h"
#include "tend-prompts.h"

static const guint look_back_months[TEND_PROGRESS_N_LOOK_BACKS] = { 1, 3, 6, 12 };

static gboolean
parse_day (const char *day,
           GDate      *out)
{
  int y, m, d;

  g_date_clear (out, 1);
  if (day == NULL || sscanf (day, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

static void
session_day (TendGroundingSession *session,
             GTimeZone            *tz,
             GDate                *out)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (tend_grounding_session_get_started (session),
                                                        tz);
  int y, m, d;

  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
}

static int
entry_scale (TendEntry *entry,
             TendScale  scale)
{
  switch (scale)
    {
    case TEND_SCALE_MOOD:
      return tend_entry_get_mood (entry);
    case TEND_SCALE_DISTRESS:
      return tend_entry_get_distress (entry);
    case TEND_SCALE_SAFETY:
      return tend_entry_get_safety (entry);
    case TEND_SCALE_CLOSENESS:
    case TEND_N_SCALES:
    default:
      return tend_entry_get_closeness (entry);
    }
}

static int
compare_exercises (gconstpointer a,
                   gconstpointer b)
{
  const TendExerciseStats *x = a;
  const TendExerciseStats *y = b;
  gboolean x_rated = !isnan (x->change);
  gboolean y_rated = !isnan (y->change);

  if (x_rated != y_rated)
    return x_rated ? -1 : 1;
  if (x_rated && x->change != y->change)
    return x->change < y->change ? -1 : 1;
  return (int) y->sessions - (int) x->sessions;
}

static void
add_day (TendProgress *self,
         const GDate  *day,
         gboolean      is_entry)
{
  guint i;
  guint16 *count;

  if (g_date_compare (day, &self->first) < 0 || g_date_compare (day, &self->last) > 0)
    return;

  i = g_date_get_julian (day) - g_date_get_julian (&self->first);
  count = is_entry ? &self->days[i].entries : &self->days[i].sessions;
  if (*count < G_MAXUINT16)
    (*count)++;
}

static void
compute_look_backs (TendProgress  *self,
                    TendEntry    **entries,
                    guint          n_entries)
{
  for (guint k = 0; k < TEND_PROGRESS_N_LOOK_BACKS; k++)
    {
      GDate target = self->last;
      guint best_distance = G_MAXUINT;

      g_date_subtract_months (&target, look_back_months[k]);
      self->look_backs[k].months_ago = look_back_months[k];
      self->look_backs[k].entry = NULL;

      for (guint i = 0; i < n_entries; i++)
        {
          GDate day;
          guint distance;

          if (!tend_entry_get_lookback (entries[i]) ||
              !parse_day (tend_entry_get_day (entries[i]), &day))
            continue;

          distance = ABS ((int) g_date_get_julian (&day) - (int) g_date_get_julian (&target));
          if (distance <= 7 && distance < best_distance)
            {
              best_distance = distance;
              self->look_backs[k].entry = entries[i];
            }
        }
    }
}

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
  TendProgress *self = g_new0 (TendProgress, 1);
  g_autoptr(GHashTable) by_exercise = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree double *sums = NULL;  /* n_weeks × TEND_N_SCALES */
  GDate week0;
  gsize n_themes;
  const TendTheme *themes = tend_prompts_get_themes (&n_themes);

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self->range = range;
  self->last = *today;
  self->first = *today;
  switch (range)
    {
    case TEND_PROGRESS_30_DAYS:
      g_date_subtract_days (&self->first, 29);
      break;
    case TEND_PROGRESS_3_MONTHS:
    case TEND_PROGRESS_6_MONTHS:
    case TEND_PROGRESS_12_MONTHS:
      g_date_subtract_months (&self->first, range == TEND_PROGRESS_3_MONTHS ? 3 :
                                            range == TEND_PROGRESS_6_MONTHS ? 6 : 12);
      g_date_add_days (&self->first, 1);
      break;
    case TEND_PROGRESS_ALL_TIME:
    default:
      for (guint i = 0; i < n_entries; i++)
        {
          GDate day;

          if (parse_day (tend_entry_get_day (entries[i]), &day) &&
              g_date_compare (&day, &self->first) < 0)
            self->first = day;
        }
      for (guint i = 0; i < n_sessions; i++)
        {
          GDate day;

          session_day (sessions[i], tz, &day);
          if (g_date_compare (&day, &self->first) < 0)
            self->first = day;
        }
      break;
    }

  self->n_days = g_date_get_julian (&self->last) - g_date_get_julian (&self->first) + 1;
  self->days = g_new0 (TendDayActivity, self->n_days);

  week0 = self->first;
  g_date_subtract_days (&week0, (g_date_get_weekday (&self->first) - week_start + 7) % 7);
  self->n_weeks = (g_date_get_julian (&self->last) - g_date_get_julian (&week0)) / 7 + 1;
  self->weeks = g_new0 (TendWeekAverages, self->n_weeks);
  sums = g_new0 (double, (gsize) self->n_weeks * TEND_N_SCALES);
  for (guint w = 0; w < self->n_weeks; w++)
    {
      self->weeks[w].start = week0;
      g_date_add_days (&self->weeks[w].start, 7 * w);
    }

  self->themes = g_array_new (FALSE, TRUE, sizeof (TendThemeStats));
  for (gsize t = 0; t < n_themes; t++)
    {
      TendThemeStats stats = { .theme_id = themes[t].id };

      g_date_clear (&stats.first, 1);
      g_array_append_val (self->themes, stats);
    }

  for (guint i = 0; i < n_entries; i++)
    {
      GDate day;
      guint w;

      if (!parse_day (tend_entry_get_day (entries[i]), &day) ||
          g_date_compare (&day, &self->first) < 0 || g_date_compare (&day, &self->last) > 0)
        continue;

      add_day (self, &day, TRUE);

      w = (g_date_get_julian (&day) - g_date_get_julian (&week0)) / 7;
      for (int s = 0; s < TEND_N_SCALES; s++)
        {
          int value = entry_scale (entries[i], s);

          if (value == TEND_CHECKIN_UNSET)
            continue;
          sums[w * TEND_N_SCALES + s] += value;
          self->weeks[w].count[s]++;
        }

      for (guint t = 0; t < self->themes->len; t++)
        {
          TendThemeStats *stats = &g_array_index (self->themes, TendThemeStats, t);

          if (g_strcmp0 (stats->theme_id, tend_entry_get_theme (entries[i])) != 0)
            continue;
          stats->entries++;
          if (!g_date_valid (&stats->first) || g_date_compare (&day, &stats->first) < 0)
            stats->first = day;
        }
    }

  for (guint w = 0; w < self->n_weeks; w++)
    for (int s = 0; s < TEND_N_SCALES; s++)
      self->weeks[w].mean[s] = self->weeks[w].count[s] > 0
                               ? sums[w * TEND_N_SCALES + s] / self->weeks[w].count[s]
                               : NAN;

  self->exercises = g_array_new (FALSE, TRUE, sizeof (TendExerciseStats));
  for (guint i = 0; i < n_sessions; i++)
    {
      const char *id = tend_grounding_session_get_exercise (sessions[i]);
      const TendExercise *exercise = tend_exercises_lookup (id);
      int before = tend_grounding_session_get_distress_before (sessions[i]);
      int after = tend_grounding_session_get_distress_after (sessions[i]);
      TendExerciseStats *stats;
      gpointer index;
      GDate day;

      session_day (sessions[i], tz, &day);
      if (g_date_compare (&day, &self->first) < 0 || g_date_compare (&day, &self->last) > 0)
        continue;

      add_day (self, &day, FALSE);

      if (exercise != NULL)
        id = exercise->id;
      if (!g_hash_table_lookup_extended (by_exercise, id, NULL, &index))
        {
          TendExerciseStats fresh = { .exercise_id = id };

          index = GUINT_TO_POINTER (self->exercises->len);
          g_array_append_val (self->exercises, fresh);
          g_hash_table_insert (by_exercise, (gpointer) id, index);
        }

      stats = &g_array_index (self->exercises, TendExerciseStats, GPOINTER_TO_UINT (index));
      stats->sessions++;
      if (tend_grounding_session_get_completed (sessions[i]))
        stats->finished++;
      if (before != TEND_DISTRESS_UNSET && after != TEND_DISTRESS_UNSET)
        {
          stats->rated++;
          stats->before += before;
          stats->after += after;
        }
    }

  for (guint i = 0; i < self->exercises->len; i++)
    {
      TendExerciseStats *stats = &g_array_index (self->exercises, TendExerciseStats, i);

      stats->before = stats->rated > 0 ? stats->before / stats->rated : NAN;
      stats->after = stats->rated > 0 ? stats->after / stats->rated : NAN;
      stats->change = stats->after - stats->before;
    }
  g_array_sort (self->exercises, compare_exercises);

  for (guint i = 0; i < self->n_days; i++)
    if (self->days[i].entries > 0 || self->days[i].sessions > 0)
      self->practice_days++;

  compute_look_backs (self, entries, n_entries);

  return self;
}

void
tend_progress_free (TendProgress *self)
{
  if (self == NULL)
    return;

  g_free (self->days);
  g_free (self->weeks);
  g_clear_pointer (&self->exercises, g_array_unref);
  g_clear_pointer (&self->themes, g_array_unref);
  g_free (self);
}

GDateWeekday
tend_progress_locale_week_start (void)
{
#ifdef __GLIBC__
  /* glibc gives a reference day (a Sunday or a Monday in 1997) and the first weekday counted
   * from it, 1-based. */
  union { unsigned int word; char *string; } origin;
  int first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int sunday_based;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  sunday_based = origin.word == 19971130 ? 0 : origin.word == 19971201 ? 1 : -1;
  if (sunday_based >= 0 && first >= 1 && first <= 7)
    {
      int day = (sunday_based + first - 1) % 7;  /* 0 is Sunday */

      return day == 0 ? G_DATE_SUNDAY : (GDateWeekday) day;
    }
#endif
  return G_DATE_MONDAY;
}

static gboolean
mean_of_weeks (const TendProgress *self,
               TendScale           scale,
               guint               from,
               guint               to,
               double             *out)
{
  double sum = 0;
  guint count = 0;

  for (guint w = from; w < to; w++)
    {
      if (self->weeks[w].count[scale] == 0)
        continue;
      sum += self->weeks[w].mean[scale] * self->weeks[w].count[scale];
      count += self->weeks[w].count[scale];
    }

  if (count == 0)
    return FALSE;
  *out = sum / count;
  return TRUE;
}

gboolean
tend_progress_get_trend (const TendProgress *self,
                         TendScale           scale,
                         double             *out_from,
                         double             *out_to)
{
  guint third;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (scale < TEND_N_SCALES, FALSE);

  if (self->n_weeks < 2)
    return FALSE;

  third = MAX (1, self->n_weeks / 3);
  return mean_of_weeks (self, scale, 0, third, out_from) &&
         mean_of_weeks (self, scale, self->n_weeks - third, self->n_weeks, out_to);
}
