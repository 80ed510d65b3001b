/* tend-tap-cue.c — a steady left, right, left for the butterfly hug: two soft circles, the
 * side to tap lit in the accent colour, and its name in words under them.
 *
 * Time comes from a TendStepClock, as in the breathing pacer. With animations on, the lit
 * circle fades in and out over each beat, drawn by a tick callback; with reduced motion the
 * light just moves from one side to the other, by a timeout set for the next beat. Paused or
 * hidden, nothing runs. When the system asks for high contrast, the outlines are drawn at
 * full strength and the side to tap fills solid.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tend-tap-cue.h"
#include "tend-motion.h"

/* Circle diameters in pixels; the row is two circles and half a circle between them. */
#define MIN_CIRCLE   64
#define NAT_CIRCLE   96
#define MAX_CIRCLE   128
#define ROW_CIRCLES  2.5
#define SPACING      18
#define RING_WIDTH   2.f
#define HC_RING_WIDTH 3.f

/* How much light the side at rest keeps, so both places for the hands stay visible. */
#define DIM_LEVEL    0.12
/* Fading by less than this is not worth a frame. */
#define REDRAW_LEVEL 0.02

struct _TendTapCue
{
  GtkWidget      parent_instance;

  GtkWidget     *side_label;

  guint          taps_per_minute;
  double         pace;
  TendStepClock *clock;
  GtkSettings   *settings;  /* watched while mapped */

  TendTapSide    side;
  double         progress;  /* 0..1 through the current tap */
  gboolean       animations;
  float          diameter;
  float          top;
  double         drawn_level;
  TendTapSide    drawn_side;

  guint          tick_id;
  guint          timeout_id;
};

G_DEFINE_FINAL_TYPE (TendTapCue, tend_tap_cue, GTK_TYPE_WIDGET)

static const char *
side_name (TendTapSide side)
{
  if (side == TEND_TAP_LEFT)
    /* Translators: the tapping guide: tap with the left hand now. */
    return C_("tapping side", "Left");

  /* Translators: the tapping guide: tap with the right hand now. */
  return C_("tapping side", "Right");
}

/* How brightly the side to tap is lit: with motion it rises and falls smoothly over the beat
 * (16p²(1-p)², close to sin² without libm), without motion it is simply on. */
static double
lit_level (TendTapCue *self)
{
  double p = self->progress;
  double bump = 16 * p * p * (1 - p) * (1 - p);

  if (self->taps_per_minute == 0)
    return DIM_LEVEL;

  if (!self->animations)
    return 1;

  return DIM_LEVEL + (1 - DIM_LEVEL) * bump;
}

/* Reads the clock; changes the word and asks for a frame only where something changed. */
static void
sync_to_clock (TendTapCue *self)
{
  gint64 elapsed_us = self->clock != NULL ? tend_step_clock_get_elapsed (self->clock) : 0;
  TendTapSide old_side = self->side;

  if (self->taps_per_minute == 0)
    {
      self->side = TEND_TAP_LEFT;
      self->progress = 0;
      gtk_label_set_text (GTK_LABEL (self->side_label), "");
    }
  else
    {
      self->side = tend_tap_side_at (self->taps_per_minute, self->pace, elapsed_us,
                                     &self->progress);
      if (self->side != old_side || *gtk_label_get_text (GTK_LABEL (self->side_label)) == '\0')
        gtk_label_set_text (GTK_LABEL (self->side_label), side_name (self->side));
    }

  if (self->side != self->drawn_side ||
      ABS (lit_level (self) - self->drawn_level) >= REDRAW_LEVEL)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  sync_to_clock (TEND_TAP_CUE (widget));

  return G_SOURCE_CONTINUE;
}

static gboolean beat_cb (gpointer data);

/* Wakes up on the beat itself, so every tap lasts as long as the last. */
static void
schedule_beat (TendTapCue *self)
{
  double beat_ms = 60000.0 * self->pace / self->taps_per_minute;

  g_assert (self->timeout_id == 0);
  self->timeout_id = g_timeout_add ((guint) ((1 - self->progress) * beat_ms) + 1, beat_cb, self);
}

static gboolean
beat_cb (gpointer data)
{
  TendTapCue *self = data;

  self->timeout_id = 0;
  sync_to_clock (self);
  schedule_beat (self);

  return G_SOURCE_REMOVE;
}

static void
stop_motion (TendTapCue *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* Chooses between fading every frame, switching on the beat, and resting. */
static void
update_motion (TendTapCue *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean live;

  self->animations = tend_motion_wanted (gtk_widget_get_settings (widget));
  live = gtk_widget_get_mapped (widget) && self->taps_per_minute > 0 && self->clock != NULL &&
         tend_step_clock_get_running (self->clock);

  sync_to_clock (self);

  if (live && self->animations)
    {
      g_clear_handle_id (&self->timeout_id, g_source_remove);
      if (self->tick_id == 0)
        self->tick_id = gtk_widget_add_tick_callback (widget, tick_cb, NULL, NULL);
    }
  else
    {
      stop_motion (self);
      if (live)
        schedule_beat (self);
    }
}

static void
animations_changed_cb (GtkSettings *settings,
                       GParamSpec  *pspec,
                       TendTapCue  *self)
{
  update_motion (self);
}

static void
running_changed_cb (TendStepClock *clock,
                    GParamSpec    *pspec,
                    TendTapCue    *self)
{
  update_motion (self);
}

static void
unwatch_settings (TendTapCue *self)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, animations_changed_cb, self);
  g_clear_object (&self->settings);
}

static void
tend_tap_cue_map (GtkWidget *widget)
{
  TendTapCue *self = TEND_TAP_CUE (widget);

  GTK_WIDGET_CLASS (tend_tap_cue_parent_class)->map (widget);

  /* The setting belongs to the display the cue is shown on. */
  self->settings = g_object_ref (gtk_widget_get_settings (widget));
  tend_motion_connect (self->settings, G_CALLBACK (animations_changed_cb), self);
  update_motion (self);
}

static void
tend_tap_cue_unmap (GtkWidget *widget)
{
  TendTapCue *self = TEND_TAP_CUE (widget);

  stop_motion (self);
  unwatch_settings (self);

  GTK_WIDGET_CLASS (tend_tap_cue_parent_class)->unmap (widget);
}

static GtkSizeRequestMode
tend_tap_cue_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tend_tap_cue_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TendTapCue *self = TEND_TAP_CUE (widget);
  int label_min, label_nat;

  gtk_widget_measure (self->side_label, orientation,
                      orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                      &label_min, &label_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX ((int) (MIN_CIRCLE * ROW_CIRCLES), label_min);
      *natural = MAX ((int) (NAT_CIRCLE * ROW_CIRCLES), label_nat);
    }
  else
    {
      int circle_nat = NAT_CIRCLE;

      if (for_size >= 0)
        circle_nat = CLAMP ((int) (for_size / ROW_CIRCLES), MIN_CIRCLE, NAT_CIRCLE);

      *minimum = MIN_CIRCLE + SPACING + label_min;
      *natural = circle_nat + SPACING + label_nat;
    }
}

static void
tend_tap_cue_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  TendTapCue *self = TEND_TAP_CUE (widget);
  int label_h;
  int diameter;

  gtk_widget_measure (self->side_label, GTK_ORIENTATION_VERTICAL, width,
                      NULL, &label_h, NULL, NULL);

  diameter = CLAMP (MIN ((int) (width / ROW_CIRCLES), height - SPACING - label_h),
                    0, MAX_CIRCLE);
  self->diameter = diameter;
  self->top = MAX (0, (height - diameter - SPACING - label_h) / 2);

  gtk_widget_size_allocate (self->side_label,
                            &(GtkAllocation) { 0, self->top + diameter + SPACING,
                                               width, label_h },
                            -1);
}

/* In high contrast, a side at rest is only its outline at full strength and the side to tap
 * fills solid, so the two never differ by a faint tint alone. */
static void
append_side (GtkSnapshot   *snapshot,
             float          centre_x,
             float          top,
             float          diameter,
             const GdkRGBA *color,
             double         level,
             gboolean       high_contrast)
{
  GskRoundedRect circle;
  GdkRGBA fill = *color;
  GdkRGBA ring = *color;
  float width = high_contrast ? HC_RING_WIDTH : RING_WIDTH;

  gsk_rounded_rect_init_from_rect (&circle,
                                   &GRAPHENE_RECT_INIT (centre_x - diameter / 2, top,
                                                        diameter, diameter),
                                   diameter / 2);

  if (high_contrast)
    fill.alpha *= level > DIM_LEVEL + REDRAW_LEVEL ? CLAMP (level, 0, 1) : 0;
  else
    fill.alpha *= CLAMP (level, 0, 1) * 0.85;
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &fill, &circle.bounds);
  gtk_snapshot_pop (snapshot);

  ring.alpha *= high_contrast ? 1.f : 0.4f;
  gtk_snapshot_append_border (snapshot, &circle,
                              (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { ring, ring, ring, ring });
}

static void
tend_tap_cue_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TendTapCue *self = TEND_TAP_CUE (widget);
  float middle = gtk_widget_get_width (widget) / 2.f;
  float offset = self->diameter * (ROW_CIRCLES - 1) / 2;
  double level = lit_level (self);
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA color;

  /* The accent colour, from style.css; the text colour where that is not loaded. */
  gtk_widget_get_color (widget, &color);

  /* Left stays on the left in right-to-left locales: the cue names the person's own hands,
   * and a body does not mirror with the text direction. */
  if (self->diameter > 0)
    {
      append_side (snapshot, middle - offset, self->top, self->diameter, &color,
                   self->side == TEND_TAP_LEFT ? level : DIM_LEVEL, high_contrast);
      append_side (snapshot, middle + offset, self->top, self->diameter, &color,
                   self->side == TEND_TAP_RIGHT ? level : DIM_LEVEL, high_contrast);
    }
  self->drawn_level = level;
  self->drawn_side = self->side;

  gtk_widget_snapshot_child (widget, self->side_label, snapshot);
}

static void
tend_tap_cue_dispose (GObject *object)
{
  TendTapCue *self = TEND_TAP_CUE (object);

  stop_motion (self);
  unwatch_settings (self);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_func (self->clock, running_changed_cb, self);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->side_label, gtk_widget_unparent);

  G_OBJECT_CLASS (tend_tap_cue_parent_class)->dispose (object);
}

static void
tend_tap_cue_class_init (TendTapCueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_tap_cue_dispose;

  widget_class->map = tend_tap_cue_map;
  widget_class->unmap = tend_tap_cue_unmap;
  widget_class->get_request_mode = tend_tap_cue_get_request_mode;
  widget_class->measure = tend_tap_cue_measure;
  widget_class->size_allocate = tend_tap_cue_size_allocate;
  widget_class->snapshot = tend_tap_cue_snapshot;

  gtk_widget_class_set_css_name (widget_class, "tend-tap-cue");
  /* A group, so the side in words stays readable (an image hides its children). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tend_tap_cue_init (TendTapCue *self)
{
  self->pace = 1;
  self->drawn_level = -1;

  /* A plain label: a screen reader finds the side when asked, and is not interrupted at
   * every tap. */
  self->side_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->side_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->side_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->side_label, "title-2");
  gtk_widget_set_parent (self->side_label, GTK_WIDGET (self));

  /* The style manager outlives every cue; the handler goes with the cue. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls the two circles. */
                                  _("Tapping guide"),
                                  -1);
}

GtkWidget *
tend_tap_cue_new (void)
{
  return g_object_new (TEND_TYPE_TAP_CUE, NULL);
}

/**
 * tend_tap_cue_set_tempo:
 *
 * Counts every tap, left and right; 0 shows both sides at rest.
 */
void
tend_tap_cue_set_tempo (TendTapCue *self,
                        guint       taps_per_minute,
                        double      pace)
{
  g_return_if_fail (TEND_IS_TAP_CUE (self));
  g_return_if_fail (pace > 0 && pace <= 100);

  self->taps_per_minute = taps_per_minute;
  self->pace = pace;
  update_motion (self);
}

void
tend_tap_cue_set_clock (TendTapCue    *self,
                        TendStepClock *clock)
{
  g_return_if_fail (TEND_IS_TAP_CUE (self));
  g_return_if_fail (clock == NULL || TEND_IS_STEP_CLOCK (clock));

  if (self->clock == clock)
    return;

  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_func (self->clock, running_changed_cb, self);
  g_set_object (&self->clock, clock);
  if (clock != NULL)
    g_signal_connect (clock, "notify::running", G_CALLBACK (running_changed_cb), self);

  update_motion (self);
}

/**
 * tend_tap_cue_get_animating:
 *
 * TRUE while a tick callback fades the cue: shown, running, and animations on.
 */
gboolean
tend_tap_cue_get_animating (TendTapCue *self)
{
  g_return_val_if_fail (TEND_IS_TAP_CUE (self), FALSE);

  return self->tick_id != 0;
}

TendTapSide
tend_tap_cue_get_side (TendTapCue *self)
{
  g_return_val_if_fail (TEND_IS_TAP_CUE (self), TEND_TAP_LEFT);

  return self->side;
}
