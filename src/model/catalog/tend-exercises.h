/* tend-exercises.h — the grounding exercises and their steps, the breathing pacer and "most
 * helpful first".
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The exercise offered when there is no history yet: breathing without holds (DESIGN.md). */
#define TEND_EXERCISES_DEFAULT_ID "longer-exhale"

/* Safe pacing (issue 15): whatever the pace, a held breath lasts at most this long… */
#define TEND_BREATH_MAX_HOLD_SECONDS 4.0
/* …and a slower pace never takes breathing below about four breaths a minute: a round is at
 * most this long, or as long as the pattern is written, when that is longer (box breathing's
 * four fours are 16 s). */
#define TEND_BREATH_MAX_CYCLE_SECONDS 15.0

/* A breathing rhythm: seconds for each phase and how many rounds. Breathing exercises count
 * cycles, not minutes, so a slower pace makes the exercise longer instead of cutting it short. */
typedef struct {
  double in;
  double hold_in;
  double out;
  double hold_out;
  guint  cycles;
} TendBreathPattern;

typedef enum {
  TEND_BREATH_IN,
  TEND_BREATH_HOLD_IN,
  TEND_BREATH_OUT,
  TEND_BREATH_HOLD_OUT,
} TendBreathPhase;

/* Where the pacer is at one instant. */
typedef struct {
  TendBreathPhase phase;
  double          progress;      /* 0..1 through the phase */
  double          size;          /* 0..1: grows on in, stays on hold, shrinks on out */
  double          seconds_left;  /* in the phase, at the chosen pace */
  guint           cycle;         /* 1-based, up to the pattern's cycles */
  gboolean        done;          /* all cycles breathed: the rest is at its end */
} TendBreathState;

typedef enum {
  TEND_STEP_BY_PERSON,  /* moves on when the person is ready; `seconds` is a rough guess */
  TEND_STEP_TIMED,      /* moves on after `seconds` (breathing: after the pattern's cycles) */
} TendStepAdvance;

typedef enum {
  TEND_TAP_LEFT,
  TEND_TAP_RIGHT,
} TendTapSide;

/* Every string below is untranslated (marked with N_()): pass it through _() when shown. */
typedef struct {
  const char              *text;            /* what to do, in a sentence or two */
  const char              *instead;         /* or NULL: the step without turning inward */
  TendStepAdvance          advance;
  guint                    seconds;         /* timed: its length; by person: an estimate */
  const TendBreathPattern *breath;          /* or NULL: the pacer follows this */
  guint                    taps_per_minute; /* or 0: alternating left/right taps at this tempo */
  gboolean                 shows_today;     /* the text is followed by today's weekday and date */
} TendStep;

typedef enum {
  TEND_EXERCISE_BREATHING   = 1 << 0,  /* shows the breathing pacer */
  TEND_EXERCISE_BREATH_HOLD = 1 << 1,  /* its pattern holds the breath; its card says so */
} TendExerciseFlags;

/* When an exercise fits: too much (racing, flooded, on edge) or too little (numb, far away, cut
 * off). The Ground page highlights the ones that fit what the person chooses; it hides none. */
typedef enum {
  TEND_FITS_TOO_MUCH   = 1 << 0,
  TEND_FITS_TOO_LITTLE = 1 << 1,
} TendExerciseFits;

/* What an exercise works through, for offering "something different" when one did not help. */
typedef enum {
  TEND_EXERCISE_KIND_BREATHING,
  TEND_EXERCISE_KIND_SENSES,    /* seeing, hearing, touching, imagining: attention outward */
  TEND_EXERCISE_KIND_MOVEMENT,  /* the body moving or pressing: taps, feet, a scan */
} TendExerciseKind;

typedef struct {
  const char        *id;           /* stable, stored in the journal */
  const char        *title;
  const char        *purpose;      /* one line */
  const char        *card_note;    /* or NULL: what to know before starting (breath holds) */
  const char        *gentle_way;   /* eyes open, with an anchor outside the body */
  const char        *breath_care;  /* breathing only: breathe gently, and what to do if dizzy */
  const char        *if_worse;     /* one line: stop, or try `try_instead` */
  const char        *try_instead;  /* the id of the exercise `if_worse` suggests */
  TendExerciseFlags  flags;
  TendExerciseFits   fits;         /* at least one */
  TendExerciseKind   kind;
  guint              gentle_step;  /* 0-based: the step `gentle_way` belongs to */
  const TendStep    *steps;
  guint              n_steps;
} TendExercise;


#define TEND_EXERCISES_HELPED_MOST_MIN_SESSIONS 3

/* One recorded session, reduced to what ordering needs; -1 (TEND_DISTRESS_UNSET) is "not rated". */
typedef struct {
  const char *exercise_id;
  int         distress_before;
  int         distress_after;
} TendSessionRating;

guint               tend_exercises_get_n_items            (void);
const TendExercise *tend_exercises_get_item               (guint                    position);
const TendExercise *tend_exercises_lookup                 (const char              *id);
const TendExercise *tend_exercises_get_default            (void);

guint               tend_exercise_get_approx_seconds      (const TendExercise      *exercise);
gboolean            tend_exercise_fits                    (const TendExercise      *exercise,
                                                           TendExerciseFits         fits);
char               *tend_step_dup_text                    (const TendStep          *step,
                                                           GDateTime               *now) G_GNUC_WARN_UNUSED_RESULT;
guint               tend_step_get_seconds                 (const TendStep          *step,
                                                           double                   pace);

gboolean            tend_breath_pattern_is_valid          (const TendBreathPattern *pattern);
gboolean            tend_breath_pattern_has_holds         (const TendBreathPattern *pattern);
double              tend_breath_pattern_get_cycle_seconds (const TendBreathPattern *pattern);
double              tend_breath_pattern_get_cycle_seconds_at (const TendBreathPattern *pattern,
                                                           double                   pace);
double              tend_breath_pattern_get_slowest_pace  (const TendBreathPattern *pattern);
double              tend_breath_pattern_clamp_pace        (const TendBreathPattern *pattern,
                                                           double                   pace);
void                tend_breath_phase_at                  (const TendBreathPattern *pattern,
                                                           double                   pace,
                                                           gint64                   elapsed_us,
                                                           TendBreathState         *out);

TendTapSide         tend_tap_side_at                      (guint                    taps_per_minute,
                                                           double                   pace,
                                                           gint64                   elapsed_us,
                                                           double                  *out_progress);

TendExerciseKind    tend_exercise_get_kind                (const TendExercise      *exercise);
guint               tend_exercise_get_gentle_step         (const TendExercise      *exercise);

GPtrArray          *tend_exercises_order_by_helpfulness   (const TendSessionRating *sessions,
                                                           gsize                    n_sessions) G_GNUC_WARN_UNUSED_RESULT;
const TendExercise *tend_exercises_best_for_now           (const TendSessionRating *sessions,
                                                           gsize                    n_sessions);
const TendExercise *tend_exercises_choose_another         (const TendExercise      *current,
                                                           const TendSessionRating *sessions,
                                                           gsize                    n_sessions);
const TendExercise *tend_exercises_helped_most            (const TendSessionRating *sessions,
                                                           gsize                    n_sessions,
                                                           guint                   *n_rated);

G_END_DECLS
