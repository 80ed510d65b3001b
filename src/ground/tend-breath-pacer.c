/* tend-breath-pacer.c — a soft shape that grows as the breath comes in and shrinks as it goes
 * out, with the phase in words under it. A pattern that holds after breathing in and after
 * breathing out (box breathing: four even sides) is drawn as a square, the shape its words
 * ask the person to follow; others as a circle. When the system asks for high contrast, the
 * shape is drawn opaque, with a full-strength outline.
 *
 * Time comes from a TendStepClock, never from an animation, so the pacer cannot drift and a
 * pause keeps its place. With animations on, a tick callback reads the clock every frame but
 * redraws only when the shape has moved by half a pixel. With reduced motion the shape rests
 * and the words count the seconds down instead, refreshed by a timeout set for the moment the
 * number changes. Paused or hidden, nothing runs.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tend-breath-pacer.h"
#include "tend-motion.h"

/* The square the shape lives in, in pixels. */
#define MIN_DISC     160
#define NAT_DISC     240
#define MAX_DISC     400
#define DISC_SPACING 18
#define RING_WIDTH   2.f
#define HC_RING_WIDTH 3.f
/* A square's corners are softened by this share of its side. */
#define SQUARE_ROUNDING 0.08f

/* At its smallest the shape is still this share of its largest size: a breath, not a dot. */
#define MIN_SCALE    0.35
/* With reduced motion the shape rests half-way. */
#define STILL_SIZE   0.5
/* Movement smaller than this is not worth a frame. */
#define REDRAW_PX    0.5f

struct _TendBreathPacer
{
  GtkWidget                parent_instance;

  GtkWidget               *phase_label;
  GtkWidget               *round_label;

  const TendBreathPattern *pattern;
  double                   pace;
  TendStepClock           *clock;
  GtkSettings             *settings;  /* watched while mapped */
  AdwStyleManager         *style;     /* watched while mapped, for high contrast */

  TendBreathState          state;
  gboolean                 animations;
  graphene_rect_t          disc;      /* the square the largest shape fills */
  float                    drawn_radius;

  /* What the labels say now, so a frame that changes nothing formats nothing. */
  TendBreathPhase          shown_phase;
  guint                    shown_countdown;
  guint                    shown_cycle;

  guint                    tick_id;
  guint                    timeout_id;
};

G_DEFINE_FINAL_TYPE (TendBreathPacer, tend_breath_pacer, GTK_TYPE_WIDGET)

static void update_motion (TendBreathPacer *self);

static const char *
phase_name (TendBreathPhase phase)
{
  switch (phase)
    {
    case TEND_BREATH_IN:
      /* Translators: the breathing guide while its shape grows; gentle, never "deeply". */
      return _("Breathe in");
    case TEND_BREATH_OUT:
      /* Translators: the breathing guide while its shape shrinks. */
      return _("Breathe out");
    case TEND_BREATH_HOLD_IN:
    case TEND_BREATH_HOLD_OUT:
    default:
      /* Translators: the breathing guide while the breath is softly held; its shape rests. */
      return C_("breathing", "Hold");
    }
}

/* Whole seconds, rounded up without pulling in libm: "3" until the last of the third second. */
static guint
ceil_seconds (double seconds)
{
  guint whole = seconds <= 0 ? 0 : (guint) seconds;

  return whole < seconds ? whole + 1 : whole;
}

static double
shown_size (TendBreathPacer *self)
{
  if (self->pattern == NULL || !self->animations)
    return STILL_SIZE;

  return self->state.size;
}

static float
radius_for (TendBreathPacer *self,
            double           size)
{
  float largest = self->disc.size.width / 2.f;

  return largest * (float) (MIN_SCALE + (1 - MIN_SCALE) * CLAMP (size, 0, 1));
}

static void
invalidate_labels (TendBreathPacer *self)
{
  self->shown_phase = (TendBreathPhase) -1;
  self->shown_countdown = G_MAXUINT;
  self->shown_cycle = G_MAXUINT;
}

static void
sync_labels (TendBreathPacer *self)
{
  guint countdown = 0;

  if (self->pattern == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->phase_label), "");
      gtk_widget_set_visible (self->round_label, FALSE);
      invalidate_labels (self);
      return;
    }

  /* With reduced motion the words carry the timing the still shape no longer shows. */
  if (!self->animations && !self->state.done)
    countdown = ceil_seconds (self->state.seconds_left);

  if (self->state.done)
    {
      /* The rounds are breathed; the step waits for Next (unless Preferences say the steps
       * move on by themselves), so the shape rests and says so. */
      if (self->shown_phase != (TendBreathPhase) -2)
        gtk_label_set_text (GTK_LABEL (self->phase_label),
                            /* Translators: the breathing guide after its last round. */
                            _("Breathe as you like"));
      self->shown_phase = (TendBreathPhase) -2;
      self->shown_countdown = 0;
    }
  else if (self->state.phase != self->shown_phase || countdown != self->shown_countdown)
    {
      g_autofree char *text = NULL;

      if (countdown > 0)
        /* Translators: without motion, a phase and its seconds left, e.g. "Breathe in · 3". */
        text = g_strdup_printf (C_("breathing", "%s · %u"),
                                phase_name (self->state.phase), countdown);

      gtk_label_set_text (GTK_LABEL (self->phase_label),
                          text != NULL ? text : phase_name (self->state.phase));
      self->shown_phase = self->state.phase;
      self->shown_countdown = countdown;
    }

  if (self->state.cycle != self->shown_cycle)
    {
      /* Translators: under the breathing guide, e.g. "Round 2 of 6"; a round is one breath. */
      g_autofree char *text = g_strdup_printf (_("Round %u of %u"),
                                               self->state.cycle, self->pattern->cycles);

      gtk_label_set_text (GTK_LABEL (self->round_label), text);
      gtk_widget_set_visible (self->round_label, TRUE);
      self->shown_cycle = self->state.cycle;
    }
}

/* Reads the clock; changes the words and asks for a frame only where something changed. */
static void
sync_to_clock (TendBreathPacer *self)
{
  gint64 elapsed_us = self->clock != NULL ? tend_step_clock_get_elapsed (self->clock) : 0;
  float radius;

  if (self->pattern != NULL)
    tend_breath_phase_at (self->pattern, self->pace, elapsed_us, &self->state);

  sync_labels (self);

  radius = radius_for (self, shown_size (self));
  if (ABS (radius - self->drawn_radius) >= REDRAW_PX)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  sync_to_clock (TEND_BREATH_PACER (widget));

  return G_SOURCE_CONTINUE;
}

static gboolean count_cb (gpointer data);

/* Wakes up when the countdown's number changes, not on a fixed beat, so each number stays
 * up for a whole second and the pacer wakes once a second. */
static void
schedule_count (TendBreathPacer *self)
{
  double until = 1;

  if (!self->state.done)
    until = self->state.seconds_left - (ceil_seconds (self->state.seconds_left) - 1.0);

  g_assert (self->timeout_id == 0);
  self->timeout_id = g_timeout_add ((guint) (CLAMP (until, 0, 1) * 1000) + 1, count_cb, self);
}

static gboolean
count_cb (gpointer data)
{
  TendBreathPacer *self = data;

  self->timeout_id = 0;
  sync_to_clock (self);
  schedule_count (self);

  return G_SOURCE_REMOVE;
}

static void
stop_motion (TendBreathPacer *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* Chooses between moving the shape every frame, counting down once a second, and resting. */
static void
update_motion (TendBreathPacer *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean live;

  self->animations = tend_motion_wanted (gtk_widget_get_settings (widget));
  live = gtk_widget_get_mapped (widget) && self->pattern != NULL && self->clock != NULL &&
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
        schedule_count (self);
    }
}

static void
animations_changed_cb (GtkSettings     *settings,
                       GParamSpec      *pspec,
                       TendBreathPacer *self)
{
  update_motion (self);
}

static void
running_changed_cb (TendStepClock   *clock,
                    GParamSpec      *pspec,
                    TendBreathPacer *self)
{
  update_motion (self);
}

static void
high_contrast_changed_cb (AdwStyleManager *style,
                          GParamSpec      *pspec,
                          TendBreathPacer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unwatch_settings (TendBreathPacer *self)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, animations_changed_cb, self);
  g_clear_object (&self->settings);
  if (self->style != NULL)
    g_signal_handlers_disconnect_by_func (self->style, high_contrast_changed_cb, self);
  g_clear_object (&self->style);
}

static void
tend_breath_pacer_map (GtkWidget *widget)
{
  TendBreathPacer *self = TEND_BREATH_PACER (widget);

  GTK_WIDGET_CLASS (tend_breath_pacer_parent_class)->map (widget);

  /* The setting belongs to the display the pacer is shown on. */
  self->settings = g_object_ref (gtk_widget_get_settings (widget));
  tend_motion_connect (self->settings, G_CALLBACK (animations_changed_cb), self);
  self->style = g_object_ref (adw_style_manager_get_default ());
  g_signal_connect (self->style, "notify::high-contrast",
                    G_CALLBACK (high_contrast_changed_cb), self);
  update_motion (self);
}

static void
tend_breath_pacer_unmap (GtkWidget *widget)
{
  TendBreathPacer *self = TEND_BREATH_PACER (widget);

  stop_motion (self);
  unwatch_settings (self);

  GTK_WIDGET_CLASS (tend_breath_pacer_parent_class)->unmap (widget);
}

static void
measure_labels (TendBreathPacer *self,
                GtkOrientation   orientation,
                int              for_size,
                int             *minimum,
                int             *natural)
{
  GtkWidget *labels[] = { self->phase_label, self->round_label };

  *minimum = *natural = 0;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (labels[i]))
        continue;

      gtk_widget_measure (labels[i], orientation, for_size, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min;
          *natural += child_nat;
        }
    }
}

static GtkSizeRequestMode
tend_breath_pacer_get_request_mode (GtkWidget *widget)
{
  /* The words wrap when the window is narrow. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tend_breath_pacer_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TendBreathPacer *self = TEND_BREATH_PACER (widget);
  int labels_min, labels_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      measure_labels (self, orientation, -1, &labels_min, &labels_nat);
      *minimum = MAX (MIN_DISC, labels_min);
      *natural = MAX (NAT_DISC, labels_nat);
    }
  else
    {
      int disc_nat = for_size < 0 ? NAT_DISC : CLAMP (for_size, MIN_DISC, NAT_DISC);

      measure_labels (self, orientation, for_size, &labels_min, &labels_nat);
      *minimum = MIN_DISC + DISC_SPACING + labels_min;
      *natural = disc_nat + DISC_SPACING + labels_nat;
    }
}

static void
tend_breath_pacer_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TendBreathPacer *self = TEND_BREATH_PACER (widget);
  int phase_h = 0;
  int round_h = 0;
  int disc, top, y;

  if (gtk_widget_should_layout (self->phase_label))
    gtk_widget_measure (self->phase_label, GTK_ORIENTATION_VERTICAL, width,
                        NULL, &phase_h, NULL, NULL);
  if (gtk_widget_should_layout (self->round_label))
    gtk_widget_measure (self->round_label, GTK_ORIENTATION_VERTICAL, width,
                        NULL, &round_h, NULL, NULL);

  /* The shape takes what the words leave, and the whole sits in the middle. */
  disc = CLAMP (MIN (width, height - DISC_SPACING - phase_h - round_h), 0, MAX_DISC);
  top = MAX (0, (height - disc - DISC_SPACING - phase_h - round_h) / 2);
  graphene_rect_init (&self->disc, (width - disc) / 2.f, top, disc, disc);

  y = top + disc + DISC_SPACING;
  if (gtk_widget_should_layout (self->phase_label))
    gtk_widget_size_allocate (self->phase_label,
                              &(GtkAllocation) { 0, y, width, phase_h }, -1);
  y += phase_h;
  if (gtk_widget_should_layout (self->round_label))
    gtk_widget_size_allocate (self->round_label,
                              &(GtkAllocation) { 0, y, width, round_h }, -1);
}

/* A circle, or with @square a square with softened corners, @radius from centre to side. */
static void
init_shape (GskRoundedRect         *shape,
            const graphene_point_t *centre,
            float                   radius,
            gboolean                square)
{
  gsk_rounded_rect_init_from_rect (shape,
                                   &GRAPHENE_RECT_INIT (centre->x - radius, centre->y - radius,
                                                        2 * radius, 2 * radius),
                                   square ? 2 * radius * SQUARE_ROUNDING : radius);
}

static void
append_circle (GtkSnapshot            *snapshot,
               const graphene_point_t *centre,
               float                   radius,
               gboolean                square,
               const GdkRGBA          *color)
{
  GskRoundedRect circle;

  init_shape (&circle, centre, radius, square);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, color, &circle.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
append_ring (GtkSnapshot            *snapshot,
             const graphene_point_t *centre,
             float                   radius,
             gboolean                square,
             float                   width,
             const GdkRGBA          *color)
{
  GskRoundedRect circle;

  init_shape (&circle, centre, radius, square);
  gtk_snapshot_append_border (snapshot, &circle,
                              (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

static void
tend_breath_pacer_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TendBreathPacer *self = TEND_BREATH_PACER (widget);
  float largest = self->disc.size.width / 2.f;
  float radius = radius_for (self, shown_size (self));
  gboolean square = tend_breath_pacer_get_square (self);
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  graphene_point_t centre;
  GdkRGBA color, space, ring;

  /* The accent colour, from style.css; the text colour where that is not loaded. */
  gtk_widget_get_color (widget, &color);
  graphene_rect_get_center (&self->disc, &centre);

  if (largest > 0)
    {
      /* A faint full-size shape shows where the breath is going; in high contrast, no faint
       * fill, a full-strength outline and an opaque shape. */
      space = ring = color;
      space.alpha *= high_contrast ? 0.f : 0.08f;
      ring.alpha *= high_contrast ? 1.f : 0.4f;
      if (space.alpha > 0)
        append_circle (snapshot, &centre, largest, square, &space);
      append_ring (snapshot, &centre, largest, square,
                   high_contrast ? HC_RING_WIDTH : RING_WIDTH, &ring);

      color.alpha *= high_contrast ? 1.f : 0.85f;
      append_circle (snapshot, &centre, radius, square, &color);
    }
  self->drawn_radius = radius;

  gtk_widget_snapshot_child (widget, self->phase_label, snapshot);
  gtk_widget_snapshot_child (widget, self->round_label, snapshot);
}

static void
tend_breath_pacer_dispose (GObject *object)
{
  TendBreathPacer *self = TEND_BREATH_PACER (object);

  stop_motion (self);
  unwatch_settings (self);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_func (self->clock, running_changed_cb, self);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->phase_label, gtk_widget_unparent);
  g_clear_pointer (&self->round_label, gtk_widget_unparent);

  G_OBJECT_CLASS (tend_breath_pacer_parent_class)->dispose (object);
}

static void
tend_breath_pacer_class_init (TendBreathPacerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_breath_pacer_dispose;

  widget_class->map = tend_breath_pacer_map;
  widget_class->unmap = tend_breath_pacer_unmap;
  widget_class->get_request_mode = tend_breath_pacer_get_request_mode;
  widget_class->measure = tend_breath_pacer_measure;
  widget_class->size_allocate = tend_breath_pacer_size_allocate;
  widget_class->snapshot = tend_breath_pacer_snapshot;

  gtk_widget_class_set_css_name (widget_class, "tend-breath-pacer");
  /* A group, not an image: an image's children are hidden from screen readers, and the
   * phase in words is what they should be able to read. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tend_breath_pacer_init (TendBreathPacer *self)
{
  self->pace = 1;
  self->drawn_radius = -1;
  invalidate_labels (self);

  /* Plain labels: a screen reader finds the phase when asked, and is not interrupted at
   * every breath. */
  self->phase_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->phase_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->phase_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->phase_label, "title-2");
  gtk_widget_set_parent (self->phase_label, GTK_WIDGET (self));

  self->round_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->round_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->round_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->round_label, "dim-label");
  gtk_widget_add_css_class (self->round_label, "caption");
  gtk_widget_set_visible (self->round_label, FALSE);
  gtk_widget_set_parent (self->round_label, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls the breathing shape. */
                                  _("Breathing guide"),
                                  -1);
}

GtkWidget *
tend_breath_pacer_new (void)
{
  return g_object_new (TEND_TYPE_BREATH_PACER, NULL);
}

/**
 * tend_breath_pacer_set_pattern:
 *
 * @pattern is borrowed: it is static catalog data. NULL shows the shape at rest.
 */
void
tend_breath_pacer_set_pattern (TendBreathPacer         *self,
                               const TendBreathPattern *pattern,
                               double                   pace)
{
  g_return_if_fail (TEND_IS_BREATH_PACER (self));
  g_return_if_fail (pattern == NULL || tend_breath_pattern_is_valid (pattern));
  g_return_if_fail (pace > 0 && pace <= 100);

  self->pattern = pattern;
  self->pace = pace;
  invalidate_labels (self);
  update_motion (self);
}

void
tend_breath_pacer_set_clock (TendBreathPacer *self,
                             TendStepClock   *clock)
{
  g_return_if_fail (TEND_IS_BREATH_PACER (self));
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
 * tend_breath_pacer_get_animating:
 *
 * TRUE while a tick callback moves the shape: shown, running, and animations on.
 */
gboolean
tend_breath_pacer_get_animating (TendBreathPacer *self)
{
  g_return_val_if_fail (TEND_IS_BREATH_PACER (self), FALSE);

  return self->tick_id != 0;
}

/**
 * tend_breath_pacer_get_phase_text:
 *
 * What the phase label says now.
 */
const char *
tend_breath_pacer_get_phase_text (TendBreathPacer *self)
{
  g_return_val_if_fail (TEND_IS_BREATH_PACER (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->phase_label));
}

/**
 * tend_breath_pacer_get_square:
 *
 * TRUE when the shape is drawn as a square: box breathing's four even sides, held after
 * breathing in and after breathing out.
 */
gboolean
tend_breath_pacer_get_square (TendBreathPacer *self)
{
  g_return_val_if_fail (TEND_IS_BREATH_PACER (self), FALSE);

  return self->pattern != NULL && self->pattern->hold_in > 0 && self->pattern->hold_out > 0;
}
