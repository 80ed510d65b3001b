/* tend-tap-cue.h — a steady left, right, left for the butterfly hug.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tend-exercises.h"
#include "tend-step-clock.h"

G_BEGIN_DECLS

#define TEND_TYPE_TAP_CUE (tend_tap_cue_get_type ())
G_DECLARE_FINAL_TYPE (TendTapCue, tend_tap_cue, TEND, TAP_CUE, GtkWidget)

GtkWidget   *tend_tap_cue_new           (void);

void         tend_tap_cue_set_tempo     (TendTapCue    *self,
                                         guint          taps_per_minute,
                                         double         pace);
void         tend_tap_cue_set_clock     (TendTapCue    *self,
                                         TendStepClock *clock);

gboolean     tend_tap_cue_get_animating (TendTapCue    *self);
TendTapSide  tend_tap_cue_get_side      (TendTapCue    *self);

G_END_DECLS
