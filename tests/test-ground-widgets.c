/* test-ground-widgets.c — the step clock, the breathing pacer and the tapping cue keep time,
 * and follow the system's reduced-motion setting.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-breath-pacer.h"
#include "tend-distress-picker.h"
#include "tend-fit-bin.h"
#include "tend-motion.h"
#include "tend-step-clock.h"
#include "tend-tap-cue.h"
#include "tend-test-utils.h"

/* Any instant will do; far from zero so that "before the start" would show. */
#define START_US (G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC)
#define SECONDS(s) ((gint64) ((s) * G_USEC_PER_SEC))

static gint64
fake_now (gpointer data)
{
  return *(gint64 *) data;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

static const TendBreathPattern *
breath_pattern_of (const char *exercise_id)
{
  const TendExercise *exercise = tend_exercises_lookup (exercise_id);

  g_assert_nonnull (exercise);
  for (guint i = 0; i < exercise->n_steps; i++)
    if (exercise->steps[i].breath != NULL)
      return exercise->steps[i].breath;

  g_assert_not_reached ();
}

/* The step clock */

static void
test_clock_pause_banks_time (void)
{
  TendStepClock *clock = tend_step_clock_new ();
  gint64 now_us = START_US;
  guint notified = 0;

  tend_step_clock_set_now_func (clock, fake_now, &now_us);
  g_signal_connect (clock, "notify::running", G_CALLBACK (count_notify), &notified);

  /* A new clock waits. */
  now_us += SECONDS (3);
  g_assert_false (tend_step_clock_get_running (clock));
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 0);

  tend_step_clock_set_running (clock, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  tend_step_clock_set_running (clock, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  now_us += SECONDS (2);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (2));

  /* A pause keeps the place however long it lasts. */
  tend_step_clock_set_running (clock, FALSE);
  g_assert_cmpuint (notified, ==, 2);
  now_us += SECONDS (60);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (2));

  g_object_set (clock, "running", TRUE, NULL);
  g_assert_cmpuint (notified, ==, 3);
  now_us += SECONDS (1.5);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (3.5));

  g_assert_finalize_object (clock);
}

static void
test_clock_reset (void)
{
  TendStepClock *clock = tend_step_clock_new ();
  gint64 now_us = START_US;

  tend_step_clock_set_now_func (clock, fake_now, &now_us);
  tend_step_clock_set_running (clock, TRUE);
  now_us += SECONDS (7);

  tend_step_clock_reset (clock, SECONDS (5));
  g_assert_true (tend_step_clock_get_running (clock));
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (5));
  now_us += SECONDS (1);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (6));

  /* Nothing comes before the start of a step. */
  tend_step_clock_reset (clock, -SECONDS (3));
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 0);

  /* A paused clock stays paused at the new place. */
  tend_step_clock_set_running (clock, FALSE);
  tend_step_clock_reset (clock, SECONDS (2));
  now_us += SECONDS (10);
  g_assert_false (tend_step_clock_get_running (clock));
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, SECONDS (2));

  g_assert_finalize_object (clock);
}

static void
test_clock_now_func_continuity (void)
{
  TendStepClock *clock = tend_step_clock_new ();
  gint64 now_us = START_US;
  gint64 before, after;

  /* From the monotonic clock to a hand-driven one and back, the reading does not jump. */
  tend_step_clock_set_running (clock, TRUE);
  g_usleep (20000);
  before = tend_step_clock_get_elapsed (clock);
  g_assert_cmpint (before, >=, 20000);

  tend_step_clock_set_now_func (clock, fake_now, &now_us);
  after = tend_step_clock_get_elapsed (clock);
  g_assert_cmpint (after, >=, before);
  g_assert_cmpint (after - before, <, G_USEC_PER_SEC);

  now_us += SECONDS (4);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, after + SECONDS (4));

  before = tend_step_clock_get_elapsed (clock);
  tend_step_clock_set_now_func (clock, NULL, NULL);
  after = tend_step_clock_get_elapsed (clock);
  g_assert_cmpint (after, >=, before);
  g_assert_cmpint (after - before, <, G_USEC_PER_SEC);

  g_assert_finalize_object (clock);
}

/* The widgets, on a hand-driven clock */

typedef struct {
  GtkWindow     *window;
  GtkWidget     *box;
  TendStepClock *clock;
  gint64         now_us;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  set_animations (TRUE);

  f->now_us = START_US;
  f->clock = tend_step_clock_new ();
  tend_step_clock_set_now_func (f->clock, fake_now, &f->now_us);
  tend_step_clock_set_running (f->clock, TRUE);

  f->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_set_valign (f->box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (f->box, 24);
  gtk_widget_set_margin_bottom (f->box, 24);
  gtk_widget_set_margin_start (f->box, 24);
  gtk_widget_set_margin_end (f->box, 24);
  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), f->box);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_assert_finalize_object (f->clock);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  set_animations (FALSE);
}

/* Moves the clock to @seconds into the step, running or paused as it was. */
static void
set_elapsed (Fixture *f,
             double   seconds)
{
  tend_step_clock_reset (f->clock, SECONDS (seconds));
}

static TendBreathPacer *
show_pacer (Fixture    *f,
            const char *exercise_id,
            double      pace)
{
  GtkWidget *pacer = tend_breath_pacer_new ();

  tend_breath_pacer_set_pattern (TEND_BREATH_PACER (pacer), breath_pattern_of (exercise_id), pace);
  tend_breath_pacer_set_clock (TEND_BREATH_PACER (pacer), f->clock);
  gtk_box_append (GTK_BOX (f->box), pacer);
  tend_test_show_window (f->window, 360, 520);

  return TEND_BREATH_PACER (pacer);
}

typedef struct {
  TendBreathPacer *pacer;
  const char      *text;
} PhaseWait;

static gboolean
phase_text_is (gpointer data)
{
  PhaseWait *wait = data;

  return g_strcmp0 (tend_breath_pacer_get_phase_text (wait->pacer), wait->text) == 0;
}

/* The pacer follows the clock by itself: wait for its tick or its timeout to show @text. */
static void
assert_phase_at (Fixture         *f,
                 TendBreathPacer *pacer,
                 double           seconds,
                 const char      *text)
{
  PhaseWait wait = { pacer, text };
  g_autofree char *what = g_strdup_printf ("“%s” at %.2f s", text, seconds);

  set_elapsed (f, seconds);
  tend_test_wait_until (phase_text_is, &wait, what);
}

static void
assert_shows_label (Fixture    *f,
                    const char *text)
{
  if (tend_test_find_label (GTK_WIDGET (f->window), text) == NULL)
    g_error ("no label says “%s”", text);
}

static void
test_pacer_box_phases (Fixture       *f,
                       gconstpointer  data)
{
  TendBreathPacer *pacer = show_pacer (f, "box-breathing", 1);

  g_assert_true (tend_breath_pacer_get_animating (pacer));

  /* Four seconds each: in, hold, out, hold, then the second round. */
  assert_phase_at (f, pacer, 0.5, "Breathe in");
  assert_shows_label (f, "Round 1 of 4");
  assert_phase_at (f, pacer, 4.5, "Hold");
  assert_phase_at (f, pacer, 8.5, "Breathe out");
  assert_phase_at (f, pacer, 12.5, "Hold");
  assert_phase_at (f, pacer, 16.5, "Breathe in");
  assert_shows_label (f, "Round 2 of 4");
}

static void
test_pacer_longer_exhale_phases (Fixture       *f,
                                 gconstpointer  data)
{
  TendBreathPacer *pacer = show_pacer (f, "longer-exhale", 1);

  /* Four seconds in, six out, no holds. */
  assert_phase_at (f, pacer, 3.9, "Breathe in");
  assert_phase_at (f, pacer, 4.1, "Breathe out");
  assert_phase_at (f, pacer, 9.9, "Breathe out");
  assert_phase_at (f, pacer, 10.1, "Breathe in");
  assert_shows_label (f, "Round 2 of 6");

  /* Half as slow again: six in, nine out, from the same clock. */
  tend_breath_pacer_set_pattern (pacer, breath_pattern_of ("longer-exhale"), 1.5);
  assert_phase_at (f, pacer, 5.9, "Breathe in");
  assert_shows_label (f, "Round 1 of 6");
  assert_phase_at (f, pacer, 6.1, "Breathe out");
  assert_phase_at (f, pacer, 14.9, "Breathe out");
  assert_phase_at (f, pacer, 15.1, "Breathe in");
  assert_shows_label (f, "Round 2 of 6");
}

/* How many pixels of @widget are mostly opaque between columns @x_from and @x_to (-1: its
 * width): the shapes' area, plus the words. */
static guint
count_opaque_pixels_in (GtkWidget *widget,
                        int        x_from,
                        int        x_to)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guint count = 0;

  /* The widget's own drawing, without the window around it, once its words are laid out. */
  tend_test_wait_frames (widget, 2);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Downloads as premultiplied BGRA or ARGB in memory order: alpha is byte 3 either way on a
   * little-endian machine, and premultiplied, so a count of alpha is enough. */
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  if (x_to < 0)
    x_to = width;
  for (gsize y = 0; y < (gsize) height; y++)
    for (gsize x = x_from; x < (gsize) x_to; x++)
      if (pixels[(y * width + x) * 4 + (G_BYTE_ORDER == G_LITTLE_ENDIAN ? 3 : 0)] > 160)
        count++;

  return count;
}

static guint
count_opaque_pixels (GtkWidget *widget)
{
  return count_opaque_pixels_in (widget, 0, -1);
}

static void
test_pacer_shape_moves (Fixture       *f,
                        gconstpointer  data)
{
  TendBreathPacer *pacer = show_pacer (f, "longer-exhale", 1);
  guint small, large, still_early, still_late;

  /* Breathing in, the shape grows from its smallest to its largest. */
  assert_phase_at (f, pacer, 0.05, "Breathe in");
  small = count_opaque_pixels (GTK_WIDGET (pacer));
  assert_phase_at (f, pacer, 3.95, "Breathe in");
  large = count_opaque_pixels (GTK_WIDGET (pacer));
  g_test_message ("opaque pixels: %u at the start of a breath in, %u at its end", small, large);
  g_assert_cmpuint (large, >, 4 * small);

  /* With reduced motion it rests at one size. */
  set_animations (FALSE);
  assert_phase_at (f, pacer, 0.05, "Breathe in · 4");
  still_early = count_opaque_pixels (GTK_WIDGET (pacer));
  assert_phase_at (f, pacer, 3.95, "Breathe in · 1");
  still_late = count_opaque_pixels (GTK_WIDGET (pacer));
  g_assert_cmpuint (still_early, >, small);
  g_assert_cmpuint (still_early, <, large);
  g_assert_cmpuint (ABS ((int) still_early - (int) still_late), <, still_early / 20);
}

static gboolean
pacer_is_animating (gpointer pacer)
{
  return tend_breath_pacer_get_animating (pacer);
}

static void
test_pacer_reduced_motion (Fixture       *f,
                           gconstpointer  data)
{
  TendBreathPacer *pacer;

  set_animations (FALSE);
  pacer = show_pacer (f, "box-breathing", 1);

  /* No motion: the words count the seconds left in the phase instead. */
  g_assert_false (tend_breath_pacer_get_animating (pacer));
  assert_phase_at (f, pacer, 1.5, "Breathe in · 3");
  assert_phase_at (f, pacer, 2.2, "Breathe in · 2");
  assert_phase_at (f, pacer, 5.0, "Hold · 3");
  g_assert_false (tend_breath_pacer_get_animating (pacer));

  /* Animations back on while it runs: it moves, and the words drop the count. */
  set_animations (TRUE);
  g_assert_true (tend_breath_pacer_get_animating (pacer));
  assert_phase_at (f, pacer, 9.0, "Breathe out");

  /* A pause stops everything; going on starts it again. */
  tend_step_clock_set_running (f->clock, FALSE);
  g_assert_false (tend_breath_pacer_get_animating (pacer));
  tend_step_clock_set_running (f->clock, TRUE);
  g_assert_true (tend_breath_pacer_get_animating (pacer));

  /* Out of sight, nothing runs either. */
  gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  g_assert_false (tend_breath_pacer_get_animating (pacer));
  gtk_widget_set_visible (GTK_WIDGET (f->window), TRUE);
  tend_test_wait_until (pacer_is_animating, pacer, "the pacer moving again once shown");

  /* Turning animations off again while running falls back to the countdown. */
  set_animations (FALSE);
  g_assert_false (tend_breath_pacer_get_animating (pacer));
  assert_phase_at (f, pacer, 9.0, "Breathe out · 3");
}

static void
test_pacer_without_clock (void)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *pacer = tend_breath_pacer_new ();
  g_autoptr(TendStepClock) clock = tend_step_clock_new ();

  set_animations (TRUE);
  adw_window_set_content (ADW_WINDOW (window), pacer);
  tend_test_show_window (GTK_WINDOW (window), 360, 480);

  /* One picture with a name to a screen reader; its words stay ordinary text. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (pacer), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (pacer), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Breathing guide");

  /* Neither a pattern nor a clock: nothing to follow, nothing runs. */
  g_assert_false (tend_breath_pacer_get_animating (TEND_BREATH_PACER (pacer)));
  g_assert_cmpstr (tend_breath_pacer_get_phase_text (TEND_BREATH_PACER (pacer)), ==, "");

  tend_breath_pacer_set_pattern (TEND_BREATH_PACER (pacer), breath_pattern_of ("box-breathing"), 1);
  g_assert_false (tend_breath_pacer_get_animating (TEND_BREATH_PACER (pacer)));
  g_assert_cmpstr (tend_breath_pacer_get_phase_text (TEND_BREATH_PACER (pacer)), ==, "Breathe in");

  /* A stopped clock does not start it either. */
  tend_breath_pacer_set_clock (TEND_BREATH_PACER (pacer), clock);
  g_assert_false (tend_breath_pacer_get_animating (TEND_BREATH_PACER (pacer)));
  tend_step_clock_set_running (clock, TRUE);
  g_assert_true (tend_breath_pacer_get_animating (TEND_BREATH_PACER (pacer)));

  /* The pacer lets go of its clock. */
  tend_breath_pacer_set_clock (TEND_BREATH_PACER (pacer), NULL);
  g_assert_false (tend_breath_pacer_get_animating (TEND_BREATH_PACER (pacer)));
  g_assert_finalize_object (g_steal_pointer (&clock));

  gtk_window_destroy (GTK_WINDOW (window));
  set_animations (FALSE);
}

/* The tapping cue */

typedef struct {
  TendTapCue  *cue;
  TendTapSide  side;
} SideWait;

static gboolean
side_is (gpointer data)
{
  SideWait *wait = data;

  return tend_tap_cue_get_side (wait->cue) == wait->side;
}

static void
assert_side_at (Fixture     *f,
                TendTapCue  *cue,
                double       seconds,
                TendTapSide  side)
{
  SideWait wait = { cue, side };
  g_autofree char *what = g_strdup_printf ("%s at %.2f s",
                                           side == TEND_TAP_LEFT ? "left" : "right", seconds);

  set_elapsed (f, seconds);
  tend_test_wait_until (side_is, &wait, what);
  assert_shows_label (f, side == TEND_TAP_LEFT ? "Left" : "Right");
}

static TendTapCue *
show_tap_cue (Fixture *f)
{
  GtkWidget *cue = tend_tap_cue_new ();

  tend_tap_cue_set_tempo (TEND_TAP_CUE (cue), 60, 1);
  tend_tap_cue_set_clock (TEND_TAP_CUE (cue), f->clock);
  gtk_box_append (GTK_BOX (f->box), cue);
  tend_test_show_window (f->window, 360, 400);

  return TEND_TAP_CUE (cue);
}

static void
test_tap_cue_alternates (Fixture       *f,
                         gconstpointer  data)
{
  TendTapCue *cue = show_tap_cue (f);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cue), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cue), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Tapping guide");

  /* Sixty taps a minute: a second on each side, starting on the left. */
  g_assert_true (tend_tap_cue_get_animating (cue));
  assert_side_at (f, cue, 0.5, TEND_TAP_LEFT);
  assert_side_at (f, cue, 1.5, TEND_TAP_RIGHT);
  assert_side_at (f, cue, 2.5, TEND_TAP_LEFT);
  assert_side_at (f, cue, 3.01, TEND_TAP_RIGHT);

  /* Half the tempo: two seconds a side. */
  tend_tap_cue_set_tempo (cue, 60, 2);
  assert_side_at (f, cue, 4.5, TEND_TAP_LEFT);
  assert_side_at (f, cue, 2.5, TEND_TAP_RIGHT);
  assert_side_at (f, cue, 1.9, TEND_TAP_LEFT);

  tend_step_clock_set_running (f->clock, FALSE);
  g_assert_false (tend_tap_cue_get_animating (cue));
}

static void
test_tap_cue_reduced_motion (Fixture       *f,
                             gconstpointer  data)
{
  TendTapCue *cue;

  set_animations (FALSE);
  cue = show_tap_cue (f);

  /* The light moves from side to side on the beat, with no fading. */
  g_assert_false (tend_tap_cue_get_animating (cue));
  assert_side_at (f, cue, 0.5, TEND_TAP_LEFT);
  assert_side_at (f, cue, 1.5, TEND_TAP_RIGHT);
  assert_side_at (f, cue, 2.5, TEND_TAP_LEFT);
  g_assert_false (tend_tap_cue_get_animating (cue));

  set_animations (TRUE);
  g_assert_true (tend_tap_cue_get_animating (cue));
  tend_step_clock_set_running (f->clock, FALSE);
  g_assert_false (tend_tap_cue_get_animating (cue));
}

/* The system's reduce-motion preference, where GTK has it (4.22). */
static gboolean
set_system_reduced_motion (gboolean reduce)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (!tend_motion_has_reduced_motion (settings))
    {
      /* Only GTK older than 4.22 lacks it: the newest stack must have it. */
      g_assert_cmpuint (gtk_get_minor_version (), <, 22);
      return FALSE;
    }

  /* GtkReducedMotion: 0 no preference, 1 reduce. */
  g_object_set (settings, "gtk-interface-reduced-motion", reduce ? 1 : 0, NULL);
  return TRUE;
}

/* GTK 4.22's reduce-motion preference stills both guides as animations off does, and lets
 * them move again when it is taken back; older GTK has only gtk-enable-animations. */
static void
test_system_reduced_motion (Fixture       *f,
                            gconstpointer  data)
{
  TendBreathPacer *pacer;
  TendTapCue *cue;

  set_animations (TRUE);
  if (!set_system_reduced_motion (TRUE))
    {
      g_test_skip ("this GTK has no reduced-motion preference (GTK 4.22 and newer)");
      return;
    }

  pacer = show_pacer (f, "box-breathing", 1);
  g_assert_false (tend_breath_pacer_get_animating (pacer));
  assert_phase_at (f, pacer, 1.5, "Breathe in · 3");
  set_system_reduced_motion (FALSE);
  g_assert_true (tend_breath_pacer_get_animating (pacer));
  set_system_reduced_motion (TRUE);
  g_assert_false (tend_breath_pacer_get_animating (pacer));

  cue = show_tap_cue (f);
  g_assert_false (tend_tap_cue_get_animating (cue));
  set_system_reduced_motion (FALSE);
  g_assert_true (tend_tap_cue_get_animating (cue));
}

/* The reduced-motion styles are read where GTK understands them (4.22), and parse there (an
 * error is critical, so fatal here); older GTK never sees them. */
static void
test_reduced_motion_styles (void)
{
  GtkCssProvider *css = tend_motion_add_styles (gdk_display_get_default ());

  if (gtk_get_minor_version () >= 22)
    g_assert_nonnull (css);
  else
    g_assert_null (css);
}

static void
assert_lit_side (TendTapCue  *cue,
                 TendTapSide  side)
{
  int middle = gtk_widget_get_width (GTK_WIDGET (cue)) / 2;
  guint left = count_opaque_pixels_in (GTK_WIDGET (cue), 0, middle);
  guint right = count_opaque_pixels_in (GTK_WIDGET (cue), middle, -1);

  g_test_message ("opaque pixels: %u on the left, %u on the right", left, right);
  if (side == TEND_TAP_LEFT)
    g_assert_cmpuint (left, >, 2 * right);
  else
    g_assert_cmpuint (right, >, 2 * left);
}

static void
test_tap_cue_right_to_left (Fixture       *f,
                            gconstpointer  data)
{
  TendTapCue *cue;

  set_animations (FALSE);
  cue = show_tap_cue (f);
  assert_side_at (f, cue, 0.5, TEND_TAP_LEFT);
  assert_lit_side (cue, TEND_TAP_LEFT);

  /* The cue names the person's hands, which do not swap with the text direction. */
  gtk_widget_set_direction (GTK_WIDGET (cue), GTK_TEXT_DIR_RTL);
  assert_lit_side (cue, TEND_TAP_LEFT);
  assert_side_at (f, cue, 1.5, TEND_TAP_RIGHT);
  assert_lit_side (cue, TEND_TAP_RIGHT);
}

/* Screenshots, to look at by eye: TEND_SHOT_DIR=… build-aux/dev test --suite ui */

static void
save_light_and_dark (Fixture    *f,
                     const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strconcat (name, "-light", NULL);
  g_autofree char *dark = g_strconcat (name, "-dark", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  tend_test_save_screenshot (GTK_WIDGET (f->window), light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  tend_test_save_screenshot (GTK_WIDGET (f->window), dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Box breathing's four even sides are drawn as a square, the shape its words ask to follow;
 * breathing without holds keeps the circle. */
static void
test_pacer_square (Fixture       *f,
                   gconstpointer  data)
{
  TendBreathPacer *pacer = show_pacer (f, "box-breathing", 1);

  g_assert_true (tend_breath_pacer_get_square (pacer));
  tend_breath_pacer_set_pattern (pacer, breath_pattern_of ("longer-exhale"), 1);
  g_assert_false (tend_breath_pacer_get_square (pacer));
  tend_breath_pacer_set_pattern (pacer, breath_pattern_of ("box-breathing"), 1);
  set_elapsed (f, 2);
  tend_step_clock_set_running (f->clock, FALSE);
  save_light_and_dark (f, "ground-breath-pacer-square");
}

static GtkWidget *
picker_choice (GtkWidget *picker,
               int        value)
{
  g_autofree char *text = g_strdup_printf ("%d", value);
  GtkWidget *button = tend_test_find_button (picker, GTK_TYPE_BUTTON, text);

  g_assert_nonnull (button);
  return button;
}

/* The 0–10 scale in a phone's column (360 px less the player's 12 px margins): one row of
 * eleven, each at least 44 px tall, inside the column, with "0 is calm" starting under 0 and
 * the words for 10 ending under 10. */
static void
check_picker_row (GtkWidget  *picker,
                  const char *what)
{
  GtkWidget *low = tend_test_find_label (picker, "0 is calm");
  GtkWidget *high = tend_test_find_label (picker, "10 is the most you can imagine");
  graphene_rect_t first, last, low_bounds, high_bounds;
  int width = gtk_widget_get_width (picker);

  g_test_message ("%s: the scale is %d px wide", what, width);
  /* The row never pushes the window past a phone's width: 360 less 2 × 12 px of margins. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (gtk_widget_get_root (picker))), <=, 360);
  g_assert_cmpint (width, <=, gtk_widget_get_width (GTK_WIDGET (gtk_widget_get_root (picker))) - 24);
  g_assert_nonnull (low);
  g_assert_nonnull (high);
  g_assert_true (gtk_widget_compute_bounds (picker_choice (picker, 0), picker, &first));
  g_assert_true (gtk_widget_compute_bounds (picker_choice (picker, 10), picker, &last));
  /* The row takes the column's whole width, edge to edge. */
  g_assert_cmpfloat (ABS (first.origin.x), <=, 0.5);
  g_assert_cmpfloat (ABS (last.origin.x + last.size.width - width), <=, 0.5);
  for (int v = 0; v <= 10; v++)
    {
      GtkWidget *button = picker_choice (picker, v);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (button, picker, &bounds));
      g_test_message ("%s: %d at %.0f,%.0f, %.0f × %.0f", what, v, bounds.origin.x,
                      bounds.origin.y, bounds.size.width, bounds.size.height);
      g_assert_cmpfloat (bounds.origin.y, ==, first.origin.y);
      g_assert_cmpfloat (bounds.size.height, >=, 44);
      /* As wide as an equal share of the row allows (11 choices, 10 gaps of 2 px). */
      g_assert_cmpfloat (bounds.size.width, >=, (width - 10 * 2) / 11);
      g_assert_cmpfloat (ABS (bounds.size.width - first.size.width), <=, 1);
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      /* Every number fits its button, drawn smaller if need be but never cut off, and never
       * smaller than a line of body text at the normal text size (about 17 px). */
      {
        TendFitBin *fit = TEND_FIT_BIN (gtk_button_get_child (GTK_BUTTON (button)));
        GtkWidget *number = tend_fit_bin_get_child (fit);
        double scale = tend_fit_bin_get_scale (fit);

        g_assert_cmpfloat (gtk_widget_get_width (number) * scale, <=, bounds.size.width + 0.5);
        g_assert_cmpfloat (gtk_widget_get_height (number) * scale, >=, 17);
      }
    }

  g_assert_true (gtk_widget_compute_bounds (low, picker, &low_bounds));
  g_assert_true (gtk_widget_compute_bounds (high, picker, &high_bounds));
  g_assert_cmpfloat (low_bounds.origin.y, >=, first.origin.y + first.size.height);
  g_assert_cmpfloat (ABS (low_bounds.origin.x - first.origin.x), <=, 1);
  g_assert_cmpfloat (ABS ((high_bounds.origin.x + high_bounds.size.width) -
                          (last.origin.x + last.size.width)), <=, 1);
}

static void
test_picker_one_row (Fixture       *f,
                     gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *picker = tend_distress_picker_new ();
  int dpi;

  gtk_widget_set_margin_start (f->box, 12);
  gtk_widget_set_margin_end (f->box, 12);
  gtk_box_append (GTK_BOX (f->box), picker);
  tend_test_show_window_content (f->window, 360, 640);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpint (gtk_widget_get_width (picker), ==, 360 - 24);
  check_picker_row (picker, "360 px");
  tend_test_save_screenshot (GTK_WIDGET (f->window), "ground-distress-picker-narrow");

  /* Text twice as large, as with Large Text and more. */
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "ground-distress-picker-narrow-large-text");
  check_picker_row (picker, "360 px, text scale 2");
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static gboolean
press_key (GtkWidget *cell,
           guint      keyval)
{
  GtkWidget *row = gtk_widget_get_parent (cell);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

/* From the keyboard: Left and Right move along the row and stay in it, Home and End go to its
 * ends, in the reading direction; every choice says its name and value. */
static void
test_picker_keys (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *picker = tend_distress_picker_new ();
  GtkWidget *window = GTK_WIDGET (f->window);

  gtk_box_append (GTK_BOX (f->box), picker);
  tend_test_show_window (f->window, 800, 400);

  gtk_widget_grab_focus (picker_choice (picker, 5));
  g_assert_true (press_key (picker_choice (picker, 5), GDK_KEY_Right));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 6)));
  g_assert_true (press_key (picker_choice (picker, 6), GDK_KEY_Left));
  g_assert_true (press_key (picker_choice (picker, 5), GDK_KEY_Left));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 4)));
  g_assert_true (press_key (picker_choice (picker, 4), GDK_KEY_End));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 10)));
  /* At the end the focus stays in the row. */
  g_assert_true (press_key (picker_choice (picker, 10), GDK_KEY_Right));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 10)));
  g_assert_true (press_key (picker_choice (picker, 10), GDK_KEY_Home));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 0)));
  g_assert_false (press_key (picker_choice (picker, 0), GDK_KEY_a));

  /* Right to left, Right goes towards 0. */
  gtk_widget_set_direction (picker, GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (gtk_widget_get_parent (picker_choice (picker, 0)), GTK_TEXT_DIR_RTL);
  gtk_widget_grab_focus (picker_choice (picker, 3));
  g_assert_true (press_key (picker_choice (picker, 3), GDK_KEY_Right));
  g_assert_true (gtk_widget_is_focus (picker_choice (picker, 2)));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (picker_choice (picker, 6)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Distress: 6 of 10");
  g_assert_true (gtk_widget_get_mapped (window));
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  TendBreathPacer *pacer = show_pacer (f, "longer-exhale", 1);
  TendTapCue *cue;

  /* Half-way through the second breath in, held still by a pause. */
  assert_phase_at (f, pacer, 12, "Breathe in");
  tend_step_clock_set_running (f->clock, FALSE);
  save_light_and_dark (f, "ground-breath-pacer");

  set_animations (FALSE);
  g_assert_cmpstr (tend_breath_pacer_get_phase_text (pacer), ==, "Breathe in · 2");
  save_light_and_dark (f, "ground-breath-pacer-still");

  gtk_box_remove (GTK_BOX (f->box), GTK_WIDGET (pacer));
  set_animations (TRUE);
  tend_step_clock_set_running (f->clock, TRUE);
  cue = show_tap_cue (f);
  assert_side_at (f, cue, 1.5, TEND_TAP_RIGHT);
  tend_step_clock_set_running (f->clock, FALSE);
  save_light_and_dark (f, "ground-tap-cue");

  /* Left stays left in right-to-left text. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  set_elapsed (f, 0.5);
  set_animations (FALSE);
  g_assert_cmpint (tend_tap_cue_get_side (cue), ==, TEND_TAP_LEFT);
  save_light_and_dark (f, "ground-tap-cue-rtl");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's in-process accessibility backend, so the tests can read roles and names; it talks
   * to no bus, unlike the one the end-to-end tests use. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/step-clock/pause-banks-time", test_clock_pause_banks_time);
  g_test_add_func ("/tend/step-clock/reset", test_clock_reset);
  g_test_add_func ("/tend/step-clock/now-func-continuity", test_clock_now_func_continuity);

  g_test_add ("/tend/breath-pacer/box-phases", Fixture, NULL,
              fixture_setup, test_pacer_box_phases, fixture_teardown);
  g_test_add ("/tend/breath-pacer/longer-exhale-phases", Fixture, NULL,
              fixture_setup, test_pacer_longer_exhale_phases, fixture_teardown);
  g_test_add ("/tend/breath-pacer/shape-moves", Fixture, NULL,
              fixture_setup, test_pacer_shape_moves, fixture_teardown);
  g_test_add ("/tend/breath-pacer/reduced-motion", Fixture, NULL,
              fixture_setup, test_pacer_reduced_motion, fixture_teardown);
  g_test_add_func ("/tend/breath-pacer/without-clock", test_pacer_without_clock);

  g_test_add ("/tend/tap-cue/alternates", Fixture, NULL,
              fixture_setup, test_tap_cue_alternates, fixture_teardown);
  g_test_add ("/tend/tap-cue/reduced-motion", Fixture, NULL,
              fixture_setup, test_tap_cue_reduced_motion, fixture_teardown);

  g_test_add_func ("/tend/motion/styles", test_reduced_motion_styles);
  g_test_add ("/tend/motion/system-reduced-motion", Fixture, NULL,
              fixture_setup, test_system_reduced_motion, fixture_teardown);

  g_test_add ("/tend/tap-cue/right-to-left", Fixture, NULL,
              fixture_setup, test_tap_cue_right_to_left, fixture_teardown);

  g_test_add ("/tend/breath-pacer/square", Fixture, NULL,
              fixture_setup, test_pacer_square, fixture_teardown);
  g_test_add ("/tend/distress-picker/keys", Fixture, NULL,
              fixture_setup, test_picker_keys, fixture_teardown);
  g_test_add ("/tend/distress-picker/one-row", Fixture, NULL,
              fixture_setup, test_picker_one_row, fixture_teardown);
  g_test_add ("/tend/ground/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
