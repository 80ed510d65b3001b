/* tend-breath-pacer.h — a soft shape that grows and shrinks with the breath.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tend-exercises.h"
#include "tend-step-clock.h"

G_BEGIN_DECLS

#define TEND_TYPE_BREATH_PACER (tend_breath_pacer_get_type ())
G_DECLARE_FINAL_TYPE (TendBreathPacer, tend_breath_pacer, TEND, BREATH_PACER, GtkWidget)

GtkWidget  *tend_breath_pacer_new            (void);

void        tend_breath_pacer_set_pattern    (TendBreathPacer         *self,
                                              const TendBreathPattern *pattern,
                                              double                   pace);
void        tend_breath_pacer_set_clock      (TendBreathPacer         *self,
                                              TendStepClock           *clock);

gboolean    tend_breath_pacer_get_animating  (TendBreathPacer         *self);
const char *tend_breath_pacer_get_phase_text (TendBreathPacer         *self);
gboolean    tend_breath_pacer_get_square     (TendBreathPacer         *self);

G_END_DECLS
