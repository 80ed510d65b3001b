/* tend-step-clock.c — the time spent in an exercise's step, with pauses taken out.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-step-clock.h"

struct _TendStepClock
{
  GObject   parent_instance;

  gint64    banked_us;  /* time counted before the last start */
  gint64    since_us;   /* when it last started; meaningful while running */
  gboolean  running;

  gint64  (*now_func) (gpointer user_data);
  gpointer  now_data;
};

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendStepClock, tend_step_clock, G_TYPE_OBJECT)

static gint64
now (TendStepClock *self)
{
  return self->now_func ? self->now_func (self->now_data) : g_get_monotonic_time ();
}

static void
tend_step_clock_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendStepClock *self = TEND_STEP_CLOCK (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_step_clock_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendStepClock *self = TEND_STEP_CLOCK (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      tend_step_clock_set_running (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_step_clock_class_init (TendStepClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tend_step_clock_get_property;
  object_class->set_property = tend_step_clock_set_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_step_clock_init (TendStepClock *self)
{
}

/**
 * tend_step_clock_new:
 *
 * The time spent in the current step of an exercise, on the monotonic clock, with pauses
 * taken out. Everything that moves in the player reads it, so nothing depends on animations
 * (which finish at once when the system turns them off).
 */
TendStepClock *
tend_step_clock_new (void)
{
  return g_object_new (TEND_TYPE_STEP_CLOCK, NULL);
}

/**
 * tend_step_clock_reset:
 *
 * Starts again from @elapsed_us, keeping whether it runs.
 */
void
tend_step_clock_reset (TendStepClock *self,
                       gint64         elapsed_us)
{
  g_return_if_fail (TEND_IS_STEP_CLOCK (self));

  self->banked_us = MAX (elapsed_us, 0);
  self->since_us = now (self);
}

gint64
tend_step_clock_get_elapsed (TendStepClock *self)
{
  g_return_val_if_fail (TEND_IS_STEP_CLOCK (self), 0);

  if (!self->running)
    return self->banked_us;

  return self->banked_us + MAX (now (self) - self->since_us, 0);
}

gboolean
tend_step_clock_get_running (TendStepClock *self)
{
  g_return_val_if_fail (TEND_IS_STEP_CLOCK (self), FALSE);

  return self->running;
}

void
tend_step_clock_set_running (TendStepClock *self,
                             gboolean       running)
{
  g_return_if_fail (TEND_IS_STEP_CLOCK (self));

  running = !!running;
  if (self->running == running)
    return;

  /* Bank what has passed, so a pause keeps the place exactly. */
  self->banked_us = tend_step_clock_get_elapsed (self);
  self->since_us = now (self);
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/**
 * tend_step_clock_set_now_func:
 *
 * Tests drive time by hand: the clock then reads @now_us instead of the monotonic clock.
 */
void
tend_step_clock_set_now_func (TendStepClock  *self,
                              gint64        (*now_func) (gpointer user_data),
                              gpointer        user_data)
{
  g_return_if_fail (TEND_IS_STEP_CLOCK (self));

  /* Keep the reading continuous across the switch. */
  self->banked_us = tend_step_clock_get_elapsed (self);
  self->now_func = now_func;
  self->now_data = user_data;
  self->since_us = now (self);
}
