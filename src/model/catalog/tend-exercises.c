/* tend-exercises.c — the exercise catalog, the breathing pacer and "most helpful first".
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-exercises-private.h"

/* The longest phase a pattern may have, and the most rounds: a pacer past these is a typo. */
#define MAX_PHASE_SECONDS 20.0
#define MAX_CYCLES 60
#define MAX_DISTRESS 10

/**
 * tend_exercises_get_n_items:
 *
 * Returns: how many exercises the catalog holds.
 */
guint
tend_exercises_get_n_items (void)
{
  return tend_exercises_catalog_len;
}

/**
 * tend_exercises_get_item:
 * @position: from 0, in catalog order
 *
 * Returns: (nullable): the exercise at @position, or %NULL past the end.
 */
const TendExercise *
tend_exercises_get_item (guint position)
{
  if (position >= tend_exercises_catalog_len)
    return NULL;

  return &tend_exercises_catalog[position];
}

static int
catalog_position (const char *id)
{
  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    {
      if (g_str_equal (tend_exercises_catalog[i].id, id))
        return (int) i;
    }

  return -1;
}

/**
 * tend_exercises_lookup:
 * @id: a stable exercise id, as stored in the journal
 *
 * Returns: (nullable): the exercise, or %NULL when no exercise has that id (a journal written
 *   by a newer Tend may name one this version does not know).
 */
const TendExercise *
tend_exercises_lookup (const char *id)
{
  int position;

  g_return_val_if_fail (id != NULL, NULL);

  position = catalog_position (id);
  return position < 0 ? NULL : &tend_exercises_catalog[position];
}

/**
 * tend_exercises_get_default:
 *
 * Returns: the breathing offered when there is nothing to go on: longer exhale, no holds.
 */
const TendExercise *
tend_exercises_get_default (void)
{
  const TendExercise *exercise = tend_exercises_lookup (TEND_EXERCISES_DEFAULT_ID);

  g_assert (exercise != NULL);
  return exercise;
}

/* Rounds to whole seconds without pulling in libm for one call. */
static guint
round_seconds (double seconds)
{
  return seconds <= 0 ? 0 : (guint) (seconds + 0.5);
}

/**
 * tend_step_get_seconds:
 * @step: a step of an exercise
 * @pace: 1.0 for the normal pace, more than 1 for slower breathing
 *
 * A breathing step lasts its pattern's cycles, so @pace stretches it (within the safe limits
 * of tend_breath_pattern_clamp_pace(), holds never past 4 s); other steps keep their length (a step the person moves on from has only an estimate).
 *
 * Returns: about how long the step takes, in seconds.
 */
guint
tend_step_get_seconds (const TendStep *step,
                       double          pace)
{
  g_return_val_if_fail (step != NULL, 0);
  g_return_val_if_fail (pace > 0, 0);

  if (step->breath != NULL)
    return round_seconds (tend_breath_pattern_get_cycle_seconds_at (step->breath, pace)
                          * step->breath->cycles);

  return step->seconds;
}

/**
 * tend_exercise_get_approx_seconds:
 * @exercise: an exercise from the catalog
 *
 * Returns: about how long the exercise takes at the normal pace, from its steps.
 */
guint
tend_exercise_get_approx_seconds (const TendExercise *exercise)
{
  guint seconds = 0;

  g_return_val_if_fail (exercise != NULL, 0);

  for (guint i = 0; i < exercise->n_steps; i++)
    seconds += tend_step_get_seconds (&exercise->steps[i], 1.0);

  return seconds;
}

/**
 * tend_exercise_fits:
 * @exercise: an exercise from the catalog
 * @fits: %TEND_FITS_TOO_MUCH or %TEND_FITS_TOO_LITTLE
 *
 * Returns: whether @exercise is one to try when it is too much (racing, flooded) or too little
 *   (numb, far away), as @fits asks.
 */
gboolean
tend_exercise_fits (const TendExercise *exercise,
                    TendExerciseFits    fits)
{
  g_return_val_if_fail (exercise != NULL, FALSE);

  return (exercise->fits & fits) != 0;
}

/**
 * tend_step_dup_text:
 * @step: a step of an exercise
 * @now: (nullable): the time to name on a step that shows today's date; %NULL for now
 *
 * The step's words, translated, as the player shows them. A step that orients to the day
 * (@step->shows_today) gets today's weekday and date on a line of its own, so the person can
 * read it when it does not come to mind.
 *
 * Returns: (transfer full): the text to show.
 */
char *
tend_step_dup_text (const TendStep *step,
                    GDateTime      *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (step != NULL, NULL);

  if (!step->shows_today)
    return g_strdup (_(step->text));

  local = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  /* Translators: today's weekday and date on the step that orients to the day, as
   * g_date_time_format() writes it: "Monday, 7 December 2026". Use %OB instead of %B where
   * the month's name on its own differs from the one in a date. */
  date = g_date_time_format (local, C_("today on a step", "%A, %-d %B %Y"));
  if (date == NULL)
    return g_strdup (_(step->text));

  /* Translators: below a step that asks what day it is; %s is today's weekday and date. */
  today = g_strdup_printf (_("Today is %s."), date);
  return g_strdup_printf ("%s\n%s", _(step->text), today);
}

static gboolean
phase_seconds_valid (double seconds,
                     gboolean may_be_zero)
{
  /* Written so that NaN fails every comparison. */
  if (!(seconds >= 0 && seconds <= MAX_PHASE_SECONDS))
    return FALSE;

  return may_be_zero || seconds > 0;
}

/**
 * tend_breath_pattern_is_valid:
 * @pattern: (nullable): a breathing pattern
 *
 * Returns: whether the pacer can follow @pattern: breathing in and out take some time, holds
 *   take none or some, no phase is longer than 20 seconds, and there are 1 to 60 cycles.
 */
gboolean
tend_breath_pattern_is_valid (const TendBreathPattern *pattern)
{
  return pattern != NULL &&
         phase_seconds_valid (pattern->in, FALSE) &&
         phase_seconds_valid (pattern->hold_in, TRUE) &&
         phase_seconds_valid (pattern->out, FALSE) &&
         phase_seconds_valid (pattern->hold_out, TRUE) &&
         pattern->cycles >= 1 && pattern->cycles <= MAX_CYCLES;
}

/**
 * tend_breath_pattern_has_holds:
 * @pattern: a breathing pattern
 *
 * Returns: whether the breath is held after breathing in or after breathing out.
 */
gboolean
tend_breath_pattern_has_holds (const TendBreathPattern *pattern)
{
  g_return_val_if_fail (pattern != NULL, FALSE);

  return pattern->hold_in > 0 || pattern->hold_out > 0;
}

/**
 * tend_breath_pattern_get_cycle_seconds:
 * @pattern: a breathing pattern
 *
 * Returns: the length of one cycle at the normal pace.
 */
double
tend_breath_pattern_get_cycle_seconds (const TendBreathPattern *pattern)
{
  g_return_val_if_fail (pattern != NULL, 0);

  return pattern->in + pattern->hold_in + pattern->out + pattern->hold_out;
}

/* One phase at @pace, already clamped: breathing in and out stretch with the pace, a hold
 * never goes past TEND_BREATH_MAX_HOLD_SECONDS (a slower pace must not mean holding longer). */
static double
phase_seconds_at (double   written,
                  gboolean hold,
                  double   pace)
{
  if (!hold)
    return written * pace;

  return MIN (written * pace, TEND_BREATH_MAX_HOLD_SECONDS);
}

static double
cycle_seconds_unclamped (const TendBreathPattern *pattern,
                         double                   pace)
{
  return phase_seconds_at (pattern->in, FALSE, pace) +
         phase_seconds_at (pattern->hold_in, TRUE, pace) +
         phase_seconds_at (pattern->out, FALSE, pace) +
         phase_seconds_at (pattern->hold_out, TRUE, pace);
}

/* The longest round a slower pace may make: about four breaths a minute, or the pattern as
 * written where that is already longer. */
static double
longest_cycle (const TendBreathPattern *pattern)
{
  return MAX (TEND_BREATH_MAX_CYCLE_SECONDS, cycle_seconds_unclamped (pattern, 1.0));
}

/**
 * tend_breath_pattern_get_slowest_pace:
 * @pattern: a valid breathing pattern
 *
 * Returns: the slowest pace (at least 1.0, the pattern as written) at which a round still
 *   takes no longer than TEND_BREATH_MAX_CYCLE_SECONDS, or than the written round when that
 *   is longer: longer exhale's 4 + 6 s can go to 1.5, box breathing's 16 s not at all.
 */
double
tend_breath_pattern_get_slowest_pace (const TendBreathPattern *pattern)
{
  double limit, low = 1.0, high = 1.0;

  g_return_val_if_fail (tend_breath_pattern_is_valid (pattern), 1.0);

  limit = longest_cycle (pattern);
  /* The round grows with the pace (holds stop growing at their cap; in and out never do),
   * so the slowest pace is found by halving the interval that holds it. */
  while (cycle_seconds_unclamped (pattern, high) <= limit + 1e-9 && high < 100)
    high *= 2;
  if (high >= 100)
    return 100;
  for (int i = 0; i < 50; i++)
    {
      double mid = (low + high) / 2;

      if (cycle_seconds_unclamped (pattern, mid) <= limit + 1e-9)
        low = mid;
      else
        high = mid;
    }

  return low;
}

/**
 * tend_breath_pattern_clamp_pace:
 * @pattern: a valid breathing pattern
 * @pace: the pace asked for: 1.0 as written, more than 1 slower
 *
 * Returns: @pace, or the slowest safe pace for @pattern when @pace is slower than that.
 */
double
tend_breath_pattern_clamp_pace (const TendBreathPattern *pattern,
                                double                   pace)
{
  g_return_val_if_fail (tend_breath_pattern_is_valid (pattern), 1.0);

  if (pace <= 1.0)
    return pace;

  return MIN (pace, tend_breath_pattern_get_slowest_pace (pattern));
}

/**
 * tend_breath_pattern_get_cycle_seconds_at:
 * @pattern: a valid breathing pattern
 * @pace: the pace asked for
 *
 * Returns: how long one round takes at @pace, within the safe limits: holds of at most
 *   TEND_BREATH_MAX_HOLD_SECONDS, and @pace no slower than the slowest safe pace.
 */
double
tend_breath_pattern_get_cycle_seconds_at (const TendBreathPattern *pattern,
                                          double                   pace)
{
  g_return_val_if_fail (tend_breath_pattern_is_valid (pattern), 0);
  g_return_val_if_fail (pace > 0, 0);

  return cycle_seconds_unclamped (pattern, tend_breath_pattern_clamp_pace (pattern, pace));
}

/* A breath speeds up and slows down at its ends, so the shape eases in and out. */
static double
ease (double t)
{
  return t * t * (3 - 2 * t);
}

static double
shape_size (TendBreathPhase phase,
            double          progress)
{
  switch (phase)
    {
    case TEND_BREATH_IN:
      return ease (progress);
    case TEND_BREATH_HOLD_IN:
      return 1;
    case TEND_BREATH_OUT:
      return 1 - ease (progress);
    case TEND_BREATH_HOLD_OUT:
    default:
      return 0;
    }
}

/**
 * tend_breath_phase_at:
 * @pattern: a valid breathing pattern
 * @pace: 1.0 for the pattern as written; more than 1 is slower (2.0 takes twice as long),
 *   within the safe limits of tend_breath_pattern_clamp_pace(); holds never last more than
 *   TEND_BREATH_MAX_HOLD_SECONDS, whatever the pace
 * @elapsed_us: microseconds since the first breath in began; earlier counts as the start
 * @out: (out caller-allocates): where the pacer is at @elapsed_us
 *
 * A pure function of time, so the pacer never drifts however often it is drawn, and a
 * change of pace can be applied by the caller from the current position. Holds of zero
 * seconds are skipped. After the last cycle the state stays at the end of the last phase
 * with @out->done set.
 */
void
tend_breath_phase_at (const TendBreathPattern *pattern,
                      double                   pace,
                      gint64                   elapsed_us,
                      TendBreathState         *out)
{
  double seconds[4];
  gint64 phase_us[G_N_ELEMENTS (seconds)];
  gint64 cycle_us = 0;
  gint64 within;
  guint phase = 0;

  g_return_if_fail (tend_breath_pattern_is_valid (pattern));
  g_return_if_fail (pace > 0 && pace <= 100);
  g_return_if_fail (out != NULL);

  pace = tend_breath_pattern_clamp_pace (pattern, pace);
  seconds[TEND_BREATH_IN] = phase_seconds_at (pattern->in, FALSE, pace);
  seconds[TEND_BREATH_HOLD_IN] = phase_seconds_at (pattern->hold_in, TRUE, pace);
  seconds[TEND_BREATH_OUT] = phase_seconds_at (pattern->out, FALSE, pace);
  seconds[TEND_BREATH_HOLD_OUT] = phase_seconds_at (pattern->hold_out, TRUE, pace);

  for (guint i = 0; i < G_N_ELEMENTS (seconds); i++)
    {
      phase_us[i] = (gint64) (seconds[i] * G_USEC_PER_SEC + 0.5);
      cycle_us += phase_us[i];
    }

  elapsed_us = MAX (elapsed_us, 0);

  if (elapsed_us >= cycle_us * pattern->cycles)
    {
      out->phase = phase_us[TEND_BREATH_HOLD_OUT] > 0 ? TEND_BREATH_HOLD_OUT : TEND_BREATH_OUT;
      out->progress = 1;
      out->size = 0;
      out->seconds_left = 0;
      out->cycle = pattern->cycles;
      out->done = TRUE;
      return;
    }

  within = elapsed_us % cycle_us;
  while (within >= phase_us[phase])
    within -= phase_us[phase++];

  out->phase = phase;
  out->progress = (double) within / phase_us[phase];
  out->size = shape_size (phase, out->progress);
  out->seconds_left = (double) (phase_us[phase] - within) / G_USEC_PER_SEC;
  out->cycle = (guint) (elapsed_us / cycle_us) + 1;
  out->done = FALSE;
}

/**
 * tend_tap_side_at:
 * @taps_per_minute: the step's tempo, counting every tap, left and right
 * @pace: 1.0 for the written tempo; more than 1 is slower
 * @elapsed_us: microseconds since the first tap
 * @out_progress: (out) (optional): 0..1 through the current tap
 *
 * The butterfly hug alternates at a steady tempo, starting on the left.
 *
 * Returns: the side to tap now.
 */
TendTapSide
tend_tap_side_at (guint   taps_per_minute,
                  double  pace,
                  gint64  elapsed_us,
                  double *out_progress)
{
  gint64 interval_us;
  gint64 tap;

  g_return_val_if_fail (taps_per_minute > 0, TEND_TAP_LEFT);
  g_return_val_if_fail (pace > 0 && pace <= 100, TEND_TAP_LEFT);

  interval_us = (gint64) (60.0 * G_USEC_PER_SEC * pace / taps_per_minute + 0.5);
  elapsed_us = MAX (elapsed_us, 0);
  tap = elapsed_us / interval_us;

  if (out_progress != NULL)
    *out_progress = (double) (elapsed_us % interval_us) / interval_us;

  return tap % 2 == 0 ? TEND_TAP_LEFT : TEND_TAP_RIGHT;
}

/* "Most helpful first" */

typedef struct {
  guint  position;
  gint64 drop_sum;  /* distress before minus after, over rated sessions */
  guint  rated;
} Score;

static gboolean
distress_is_rated (int distress)
{
  return distress >= 0 && distress <= MAX_DISTRESS;
}

/* Larger average drop first, compared exactly (a/b > c/d as a*d > c*b); exercises without
 * rated sessions after those with; catalog order otherwise, which also makes ties stable. */
static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Score *sa = a;
  const Score *sb = b;

  if ((sa->rated > 0) != (sb->rated > 0))
    return sa->rated > 0 ? -1 : 1;

  if (sa->rated > 0)
    {
      gint64 lhs = sa->drop_sum * (gint64) sb->rated;
      gint64 rhs = sb->drop_sum * (gint64) sa->rated;

      if (lhs != rhs)
        return lhs > rhs ? -1 : 1;
    }

  return sa->position < sb->position ? -1 : sa->position > sb->position;
}

static Score *
score_catalog (const TendSessionRating *sessions,
               gsize                    n_sessions)
{
  Score *scores = g_new0 (Score, tend_exercises_catalog_len);

  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    scores[i].position = i;

  for (gsize i = 0; i < n_sessions; i++)
    {
      const TendSessionRating *session = &sessions[i];
      int position;

      /* Only a session rated both before and after says anything about the change. */
      if (session->exercise_id == NULL ||
          !distress_is_rated (session->distress_before) ||
          !distress_is_rated (session->distress_after))
        continue;

      position = catalog_position (session->exercise_id);
      if (position < 0)
        continue;

      scores[position].drop_sum += session->distress_before - session->distress_after;
      scores[position].rated++;
    }

  g_qsort_with_data (scores, tend_exercises_catalog_len, sizeof (Score), compare_scores, NULL);

  return scores;
}

/**
 * tend_exercises_order_by_helpfulness:
 * @sessions: (array length=n_sessions) (nullable): recorded sessions, in any order
 * @n_sessions: how many
 *
 * Orders the whole catalog by how much, on average, each exercise lowered distress for this
 * person. Only sessions rated both before and after count; exercises without such sessions
 * follow in catalog order, and equal averages keep catalog order.
 *
 * Returns: (transfer container) (element-type TendExercise): every exercise, most helpful first.
 */
GPtrArray *
tend_exercises_order_by_helpfulness (const TendSessionRating *sessions,
                                     gsize                    n_sessions)
{
  g_autofree Score *scores = NULL;
  GPtrArray *order;

  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);

  scores = score_catalog (sessions, n_sessions);
  order = g_ptr_array_sized_new (tend_exercises_catalog_len);
  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    g_ptr_array_add (order, (gpointer) &tend_exercises_catalog[scores[i].position]);

  return order;
}

/**
 * tend_exercises_helped_most:
 * @sessions: (array length=n_sessions) (nullable): recorded sessions, in any order
 * @n_sessions: how many
 * @n_rated: (out) (optional): how many rated sessions the answer rests on, 0 with none
 *
 * The exercise that has lowered this person's distress the most on average, for the Ground
 * page to mark where it stands (the cards keep their order, so the hand finds the same place).
 * Only exercises rated before and after at least %TEND_EXERCISES_HELPED_MOST_MIN_SESSIONS
 * times count: one good evening is not yet something to tell a person about themselves.
 *
 * Returns: (nullable): an exercise from the catalog, or %NULL when none with enough rated
 *   sessions has lowered distress.
 */
const TendExercise *
tend_exercises_helped_most (const TendSessionRating *sessions,
                            gsize                    n_sessions,
                            guint                   *n_rated)
{
  g_autofree Score *scores = NULL;

  if (n_rated != NULL)
    *n_rated = 0;
  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);

  scores = score_catalog (sessions, n_sessions);
  /* Sorted by average drop, so the first with enough sessions is the best of those. */
  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    {
      if (scores[i].rated < TEND_EXERCISES_HELPED_MOST_MIN_SESSIONS)
        continue;
      if (scores[i].drop_sum <= 0)
        return NULL;
      if (n_rated != NULL)
        *n_rated = scores[i].rated;
      return &tend_exercises_catalog[scores[i].position];
    }

  return NULL;
}

/**
 * tend_exercises_best_for_now:
 * @sessions: (array length=n_sessions) (nullable): recorded sessions, in any order
 * @n_sessions: how many
 *
 * The exercise to offer first when someone is flooded: the one that has lowered their
 * distress the most on average. With no rated history, or when no exercise has lowered it
 * yet, the default breathing, rather than repeating something that has not helped.
 *
 * Returns: an exercise from the catalog.
 */
const TendExercise *
tend_exercises_best_for_now (const TendSessionRating *sessions,
                             gsize                    n_sessions)
{
  g_autofree Score *scores = NULL;

  g_return_val_if_fail (sessions != NULL || n_sessions == 0, tend_exercises_get_default ());

  /* Unlike the words "helped most", the first offer may lean on a single good session: it
   * claims nothing, and the person can always choose another. */
  scores = score_catalog (sessions, n_sessions);
  if (scores[0].rated > 0 && scores[0].drop_sum > 0)
    return &tend_exercises_catalog[scores[0].position];

  return tend_exercises_get_default ();
}

/**
 * tend_exercise_get_kind:
 * @exercise: an exercise from the catalog
 *
 * Returns: whether @exercise works through breathing, the senses or movement.
 */
TendExerciseKind
tend_exercise_get_kind (const TendExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, TEND_EXERCISE_KIND_SENSES);

  return exercise->kind;
}

/**
 * tend_exercise_get_gentle_step:
 * @exercise: an exercise from the catalog
 *
 * Returns: the 0-based step that @exercise's gentle way belongs to, where the player shows it.
 */
guint
tend_exercise_get_gentle_step (const TendExercise *exercise)
{
  g_return_val_if_fail (exercise != NULL, 0);

  return exercise->gentle_step < exercise->n_steps ? exercise->gentle_step : 0;
}

/* Something different when one kind did not help: breathing ↔ senses ↔ movement. */
static TendExerciseKind
other_kind (TendExerciseKind kind)
{
  switch (kind)
    {
    case TEND_EXERCISE_KIND_BREATHING:
    case TEND_EXERCISE_KIND_MOVEMENT:
      return TEND_EXERCISE_KIND_SENSES;
    case TEND_EXERCISE_KIND_SENSES:
    default:
      return TEND_EXERCISE_KIND_MOVEMENT;
    }
}

/**
 * tend_exercises_choose_another:
 * @current: the exercise that was just stopped or did not help
 * @sessions: (array length=n_sessions) (nullable): this person's recorded sessions
 * @n_sessions: how many
 *
 * What to offer after stopping early, or when distress did not go down: the exercise other
 * than @current that has lowered this person's distress the most on average (only one that
 * has lowered it counts); without such history, something of a different kind (breathing ↔
 * senses ↔ movement): @current's own suggestion when it is of that kind, else the first of
 * that kind in the catalog (for breathing, the default, which has no holds).
 *
 * Returns: an exercise from the catalog, never @current.
 */
const TendExercise *
tend_exercises_choose_another (const TendExercise      *current,
                               const TendSessionRating *sessions,
                               gsize                    n_sessions)
{
  g_autofree Score *scores = NULL;
  TendExerciseKind want;
  const TendExercise *instead;

  g_return_val_if_fail (current != NULL, tend_exercises_get_default ());
  g_return_val_if_fail (sessions != NULL || n_sessions == 0, tend_exercises_get_default ());

  scores = score_catalog (sessions, n_sessions);
  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    {
      const TendExercise *exercise = &tend_exercises_catalog[scores[i].position];

      /* Sorted: past the first that has not lowered distress, none further has. */
      if (scores[i].rated == 0 || scores[i].drop_sum <= 0)
        break;
      if (exercise != current)
        return exercise;
    }

  want = other_kind (tend_exercise_get_kind (current));
  instead = current->try_instead != NULL ? tend_exercises_lookup (current->try_instead) : NULL;
  if (instead != NULL && instead != current && tend_exercise_get_kind (instead) == want)
    return instead;

  if (want == TEND_EXERCISE_KIND_BREATHING && tend_exercises_get_default () != current)
    return tend_exercises_get_default ();

  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    {
      const TendExercise *exercise = &tend_exercises_catalog[i];

      if (exercise != current && tend_exercise_get_kind (exercise) == want)
        return exercise;
    }

  /* A catalog with nothing of another kind: anything but this one. */
  for (guint i = 0; i < tend_exercises_catalog_len; i++)
    if (&tend_exercises_catalog[i] != current)
      return &tend_exercises_catalog[i];

  return current;
}
