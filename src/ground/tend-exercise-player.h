/* tend-exercise-player.h — one grounding exercise, step by step, with ratings before and after.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-exercises.h"
#include "tend-step-clock.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_EXERCISE_PLAYER (tend_exercise_player_get_type ())
G_DECLARE_FINAL_TYPE (TendExercisePlayer, tend_exercise_player, TEND, EXERCISE_PLAYER, AdwNavigationPage)

TendExercisePlayer   *tend_exercise_player_new          (TendStore          *store,
                                                         const TendExercise *exercise);

const TendExercise   *tend_exercise_player_get_exercise (TendExercisePlayer *self);
const char           *tend_exercise_player_get_stage    (TendExercisePlayer *self);
guint                 tend_exercise_player_get_step     (TendExercisePlayer *self);
TendGroundingSession *tend_exercise_player_get_session  (TendExercisePlayer *self);
TendStepClock        *tend_exercise_player_get_clock    (TendExercisePlayer *self);

G_END_DECLS
