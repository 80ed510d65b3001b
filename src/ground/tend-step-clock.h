/* tend-step-clock.h — the time spent in an exercise's step, with pauses taken out.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TEND_TYPE_STEP_CLOCK (tend_step_clock_get_type ())
G_DECLARE_FINAL_TYPE (TendStepClock, tend_step_clock, TEND, STEP_CLOCK, GObject)

TendStepClock *tend_step_clock_new         (void) G_GNUC_WARN_UNUSED_RESULT;

void           tend_step_clock_reset       (TendStepClock *self,
                                            gint64         elapsed_us);
gint64         tend_step_clock_get_elapsed (TendStepClock *self);
gboolean       tend_step_clock_get_running (TendStepClock *self);
void           tend_step_clock_set_running (TendStepClock *self,
                                            gboolean       running);

void           tend_step_clock_set_now_func (TendStepClock  *self,
                                             gint64        (*now_func) (gpointer user_data),
                                             gpointer        user_data);

G_END_DECLS
