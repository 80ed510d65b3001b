/* test-ground.c — the Ground section: exercises in the right order, and a player that saves
 * every session however it ends, on its own clock.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-distress-picker.h"
#include "tend-exercise-player.h"
#include "tend-ground-page.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-window.h"

typedef struct {
  char              *dir;
  TendStore         *store;
  GtkWindow         *window;
  AdwNavigationView *view;
  TendExercisePlayer *player;
} Fixture;

static gint64 fake_now_us;

static gint64
fake_now (gpointer user_data)
{
  return fake_now_us;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tend-ground-XXXXXX", NULL);
  f->store = tend_store_new (f->dir);
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);

  f->view = ADW_NAVIGATION_VIEW (adw_navigation_view_new ());
  adw_navigation_view_add (f->view, adw_navigation_page_new_with_tag (adw_status_page_new (),
                                                                       "Root", "main"));
  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->view));
  tend_test_show_window (f->window, 800, 700);
  fake_now_us = 1000 * G_USEC_PER_SEC;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  g_settings_reset (g_settings_new (BASE_APP_ID), "breath-pace");
  g_settings_reset (g_settings_new (BASE_APP_ID), "auto-advance");
  g_free (f->dir);
}

static void
open_player (Fixture    *f,
             const char *id)
{
  f->player = tend_exercise_player_new (f->store, tend_exercises_lookup (id));
  adw_navigation_view_push (f->view, ADW_NAVIGATION_PAGE (f->player));
  tend_step_clock_set_now_func (tend_exercise_player_get_clock (f->player), fake_now, NULL);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
}

static gboolean
is_visible_picker (GtkWidget *widget)
{
  return TEND_IS_DISTRESS_PICKER (widget) && gtk_widget_is_drawable (widget);
}

static GtkWidget *
find_visible_picker (GtkWidget *root)
{
  if (is_visible_picker (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_picker (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Taps a number as a person would: the button on the picker that is on screen. */
static void
rate (Fixture *f,
      int      value)
{
  g_autofree char *label = g_strdup_printf ("%d", value);
  GtkWidget *picker, *button;

  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  picker = find_visible_picker (GTK_WIDGET (f->player));
  g_assert_nonnull (picker);
  button = tend_test_find_button (picker, GTK_TYPE_BUTTON, label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
act (Fixture    *f,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->player), action, NULL));
}

static TendGroundingSession *
only_session (Fixture *f)
{
  GListModel *sessions = tend_store_get_sessions (f->store);
  g_autoptr(TendGroundingSession) session = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = g_list_model_get_item (sessions, 0);
  return session;  /* the store keeps its own reference */
}

/* The one session in this month's file on disk, as the store wrote it. */
static JsonObject *
session_on_disk (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "%Y-%m.json");
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *sessions;

  tend_store_flush (f->store);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  sessions = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "grounding");
  g_assert_cmpuint (json_array_get_length (sessions), ==, 1);
  return json_object_ref (json_array_get_object_element (sessions, 0));
}

static gboolean
player_gone (gpointer data)
{
  Fixture *f = data;

  return !TEND_IS_EXERCISE_PLAYER (adw_navigation_view_get_visible_page (f->view));
}

static void
test_rated_session (Fixture       *f,
                    gconstpointer  data)
{
  const TendExercise *senses = tend_exercises_lookup ("senses-54321");
  TendGroundingSession *session;
  g_autoptr(JsonObject) on_disk = NULL;

  open_player (f, senses->id);
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "before");
  g_assert_null (tend_exercise_player_get_session (f->player));

  rate (f, 8);
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "step");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->player), _(senses->steps[0].text)));

  for (guint i = 0; i < senses->n_steps; i++)
    {
      g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, i);
      act (f, "player.next");
    }
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "after");

  rate (f, 3);
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "note");
  act (f, "player.finish");

  /* Distress went down: nothing more is offered, and the player steps aside. */
  tend_test_wait_until (player_gone, f, "the player to close");

  session = only_session (f);
  g_assert_cmpstr (tend_grounding_session_get_exercise (session), ==, senses->id);
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==, 8);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==, 3);
  g_assert_true (tend_grounding_session_get_completed (session));

  on_disk = session_on_disk (f);
  g_assert_cmpint (json_object_get_int_member (on_disk, "distress_before"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (on_disk, "distress_after"), ==, 3);
  g_assert_true (json_object_get_boolean_member (on_disk, "completed"));
}

static void
test_leave_early (Fixture       *f,
                  gconstpointer  data)
{
  TendGroundingSession *session;
  g_autoptr(JsonObject) on_disk = NULL;

  open_player (f, "orienting");
  act (f, "player.skip-rating");
  act (f, "player.next");
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);

  /* Escape (Stop Here) from any step ends the exercise and meets the person with offers;
   * Escape again leaves. */
  gtk_widget_activate_action (GTK_WIDGET (f->player), "player.leave", NULL);
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "offer");
  gtk_widget_activate_action (GTK_WIDGET (f->player), "player.leave", NULL);
  tend_test_wait_until (player_gone, f, "the player to close");

  session = only_session (f);
  g_assert_false (tend_grounding_session_get_completed (session));
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==, TEND_DISTRESS_UNSET);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==, TEND_DISTRESS_UNSET);

  on_disk = session_on_disk (f);
  g_assert_cmpstr (json_object_get_string_member (on_disk, "exercise"), ==, "orienting");
  g_assert_false (json_object_get_boolean_member (on_disk, "completed"));
  g_assert_false (json_object_has_member (on_disk, "distress_before"));
  g_assert_true (json_object_has_member (on_disk, "seconds"));
}

static gboolean
on_step_2 (gpointer data)
{
  Fixture *f = data;

  return tend_exercise_player_get_step (f->player) == 2;
}

/* Timed steps follow the player's clock, not animations: with animations off (which makes
 * libadwaita finish them at once) the breathing still takes its full length. */
static void
test_timed_step_keeps_time (Fixture       *f,
                            gconstpointer  data)
{
  const TendExercise *box = tend_exercises_lookup ("box-breathing");
  const TendStep *breathing = &box->steps[1];
  guint seconds = tend_step_get_seconds (breathing, 1.0);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* Only when the person turned it on in Preferences. */
  g_settings_set_boolean (g_settings_new (BASE_APP_ID), "auto-advance", TRUE);

  open_player (f, box->id);
  act (f, "player.skip-rating");
  act (f, "player.next");
  g_assert_nonnull (breathing->breath);
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);

  /* A second short of the end, several ticks later, it is still breathing. */
  fake_now_us += (gint64) (seconds - 1) * G_USEC_PER_SEC;
  for (int i = 0; i < 3; i++)
    tend_test_wait_frames (GTK_WIDGET (f->window), 10);
  g_test_message ("waited a while at %u s of %u", seconds - 1, seconds);
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);

  /* Paused, time passing does not count. */
  g_object_set (f->player, "paused", TRUE, NULL);
  fake_now_us += 60 * G_USEC_PER_SEC;
  tend_test_wait_frames (GTK_WIDGET (f->window), 20);
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);

  g_object_set (f->player, "paused", FALSE, NULL);
  fake_now_us += 2 * G_USEC_PER_SEC;
  tend_test_wait_until (on_step_2, f, "the breathing step to end on time");

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

#define PACE_LIMIT "This is as slow as this breathing goes: longer rounds and holds can make " \
                   "you light-headed."

static void
test_pace (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendStepClock *clock;
  GtkWidget *slower;

  open_player (f, "longer-exhale");
  act (f, "player.skip-rating");
  act (f, "player.next");
  clock = tend_exercise_player_get_clock (f->player);

  fake_now_us += 4 * G_USEC_PER_SEC;
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 4 * G_USEC_PER_SEC);

  /* While Slower can go slower, nothing explains a limit. */
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->player), PACE_LIMIT));

  /* Slower stretches the breath from where it is, and is kept for next time. */
  act (f, "player.slower");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "breath-pace"), 1.25, 1e-9);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 5 * G_USEC_PER_SEC);

  /* The slowest safe pace (15 s a round for 4 + 6 s) holds for this exercise only: the next
   * one starts as written. Slower then goes no further. */
  act (f, "player.slower");
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 6 * G_USEC_PER_SEC);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "breath-pace"), 1.0, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (f->player), "player.slower", NULL);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, 6 * G_USEC_PER_SEC);

  /* The greyed button is explained, in sight and to a screen reader on the button itself. */
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->player), PACE_LIMIT));
  slower = tend_test_find_button (GTK_WIDGET (f->player), GTK_TYPE_BUTTON, "Slower");
  g_assert_nonnull (slower);
  g_assert_false (gtk_widget_is_sensitive (slower));
  gtk_test_accessible_assert_property (slower, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, PACE_LIMIT);

  for (int i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->player), "player.faster", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "breath-pace"), >=, 0.5);
  g_assert_cmpfloat (g_settings_get_double (settings, "breath-pace"), <, 0.6);
}

static void
test_offer_another (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *offer;

  open_player (f, "calm-place");
  rate (f, 5);
  act (f, "player.leave");
  act (f, "player.leave");
  tend_test_wait_until (player_gone, f, "the player to close");

  /* Distress that did not go down is met first: another kind of exercise (nothing has
   * lowered it yet: from the senses to movement), never pressed, and no "What helped?". */
  open_player (f, "senses-54321");
  rate (f, 7);
  for (guint i = 0; i < tend_exercise_player_get_exercise (f->player)->n_steps; i++)
    act (f, "player.next");
  rate (f, 8);
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "offer");
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->player), "It is still a lot right now"));

  offer = tend_test_find_button (GTK_WIDGET (f->player), GTK_TYPE_BUTTON,
                                 "Try “Butterfly Hug”");
  g_assert_nonnull (offer);
  g_assert_true (gtk_widget_get_mapped (offer));
  g_assert_cmpint (tend_grounding_session_get_distress_after (tend_exercise_player_get_session (f->player)),
                   ==, 8);
  tend_test_wait_frames (GTK_WIDGET (f->window), 30);  /* past the crossfade */
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-still-a-lot");
}

/* The widget labelled @text that is on screen now, or NULL. */
static GtkWidget *
shown_label (Fixture    *f,
             const char *text)
{
  GtkWidget *label;

  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  label = tend_test_find_label (GTK_WIDGET (f->player), text);
  return label != NULL && gtk_widget_get_mapped (label) ? label : NULL;
}

static GtkWidget *
shown_button (Fixture    *f,
              const char *text)
{
  GtkWidget *button;

  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  button = tend_test_find_button (GTK_WIDGET (f->player), GTK_TYPE_BUTTON, text);
  return button != NULL && gtk_widget_get_mapped (button) ? button : NULL;
}

/* What each exercise wrote for a hard moment is on screen: its gentle way on its own step and
 * nowhere else, "if this feels worse" on every step, and Need More Help? on every step. */
static void
test_care_lines (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      guint gentle_step = tend_exercise_get_gentle_step (exercise);

      g_test_message ("exercise %s, gentle way on step %u", exercise->id, gentle_step + 1);
      open_player (f, exercise->id);
      act (f, "player.skip-rating");
      for (guint j = 0; j < exercise->n_steps; j++)
        {
          GtkWidget *help;

          g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, j);
          g_assert_nonnull (shown_label (f, _(exercise->if_worse)));
          if (j == gentle_step)
            g_assert_nonnull (shown_label (f, _(exercise->gentle_way)));
          else
            g_assert_null (shown_label (f, _(exercise->gentle_way)));
          help = shown_button (f, "Need More Help?");
          g_assert_nonnull (help);
          g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (help)), ==, "win.need-help");
          act (f, "player.next");
        }
      g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "after");
      act (f, "player.leave");
      tend_test_wait_until (player_gone, f, "the player to close");
    }
}

static gboolean
player_shown (gpointer data)
{
  Fixture *f = data;

  return TEND_IS_EXERCISE_PLAYER (adw_navigation_view_get_visible_page (f->view));
}

static gboolean
clock_running (gpointer data)
{
  return tend_step_clock_get_running (data);
}

/* Help on top of an exercise pauses it; closing help goes on from the same step and the same
 * place in the breath. */
static void
test_help_pauses (Fixture       *f,
                  gconstpointer  data)
{
  TendStepClock *clock;
  gint64 elapsed;

  open_player (f, "longer-exhale");
  act (f, "player.skip-rating");
  act (f, "player.next");
  clock = tend_exercise_player_get_clock (f->player);
  fake_now_us += 3 * G_USEC_PER_SEC;
  elapsed = tend_step_clock_get_elapsed (clock);
  g_assert_cmpint (elapsed, ==, 3 * G_USEC_PER_SEC);

  /* What the window's win.need-help does from a player: push help on top of it. */
  adw_navigation_view_push (f->view, adw_navigation_page_new (adw_status_page_new (), "Help"));
  tend_test_wait_until (player_gone, f, "the help page to show");
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  g_assert_false (tend_step_clock_get_running (clock));
  fake_now_us += 120 * G_USEC_PER_SEC;
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, elapsed);

  adw_navigation_view_pop (f->view);
  tend_test_wait_until (player_shown, f, "the player to come back");
  tend_test_wait_until (clock_running, clock, "the exercise to go on");
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "step");
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);
  g_assert_cmpint (tend_step_clock_get_elapsed (clock), ==, elapsed);
}

/* Stop Here is met, not dropped: the offer page has another exercise, the safety plan and
 * help; Stop Here itself leaves the header once the exercise is over. A skipped after-rating
 * is met the same way. */
static void
test_stop_here_offers (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *plan, *help;

  open_player (f, "box-breathing");
  g_assert_nonnull (shown_button (f, "Stop Here"));
  rate (f, 6);
  act (f, "player.next");
  g_assert_nonnull (shown_button (f, "Stop Here"));
  act (f, "player.leave");
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "offer");
  g_assert_false (tend_grounding_session_get_completed (tend_exercise_player_get_session (f->player)));

  g_assert_nonnull (shown_label (f, "You stopped here, and that is all right"));
  /* Nothing has helped yet: from breathing to the senses. */
  g_assert_nonnull (shown_button (f, "Try “5-4-3-2-1 Senses”"));
  plan = shown_button (f, "My Safety Plan");
  g_assert_nonnull (plan);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (plan)), ==, "win.safety-plan");
  help = shown_button (f, "Need More Help?");
  g_assert_nonnull (help);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (help)), ==, "win.need-help");
  g_assert_null (shown_button (f, "Stop Here"));
  g_assert_null (shown_label (f, "What helped? (optional)"));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-stopped");
  act (f, "player.leave");
  tend_test_wait_until (player_gone, f, "the player to close");

  /* The after-rating skipped: offers too, and the exercise counts as finished. */
  open_player (f, "orienting");
  act (f, "player.skip-rating");
  for (guint i = 0; i < tend_exercise_player_get_exercise (f->player)->n_steps; i++)
    act (f, "player.next");
  g_assert_null (shown_button (f, "Stop Here"));
  act (f, "player.skip-rating");
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "offer");
  g_assert_true (tend_grounding_session_get_completed (tend_exercise_player_get_session (f->player)));
  g_assert_nonnull (shown_button (f, "My Safety Plan"));
  g_assert_nonnull (shown_button (f, "Need More Help?"));
  g_assert_nonnull (shown_button (f, "Try “Butterfly Hug”"));
}

/* A timed step waits for Next unless the person turned on Move On by Itself: no countdown,
 * and however long it runs, the step stays. */
static void
test_no_auto_advance (Fixture       *f,
                      gconstpointer  data)
{
  open_player (f, "feet-on-floor");
  act (f, "player.skip-rating");
  act (f, "player.next");
  g_assert_cmpint (tend_exercise_player_get_exercise (f->player)->steps[1].advance, ==, TEND_STEP_TIMED);
  fake_now_us += 600 * G_USEC_PER_SEC;
  for (int i = 0; i < 3; i++)
    tend_test_wait_frames (GTK_WIDGET (f->window), 10);
  g_usleep (600 * 1000);
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);
  g_assert_null (shown_label (f, "Next step in 0:00"));
}

static void
add_session (TendStore  *store,
             const char *exercise,
             int         before,
             int         after)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new (id, now, exercise);

  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  tend_grounding_session_set_completed (session, TRUE);
  g_assert_true (tend_store_add_session (store, session, NULL));
}

static void
assert_catalog_order (TendGroundPage *page)
{
  g_autoptr(GPtrArray) order = tend_ground_page_dup_order (page);

  g_assert_cmpuint (order->len, ==, tend_exercises_get_n_items ());
  for (guint i = 0; i < order->len; i++)
    g_assert_true (g_ptr_array_index (order, i) == tend_exercises_get_item (i));
}

/* The cards keep the catalog's order whatever has helped, so the hand finds the same place;
 * the one that helped most is marked where it stands, and Ground Now starts it. */
static void
test_most_helpful_marked (Fixture       *f,
                          gconstpointer  data)
{
  TendGroundPage *page = TEND_GROUND_PAGE (tend_ground_page_new ());

  adw_navigation_view_push (f->view, adw_navigation_page_new (GTK_WIDGET (page), "Ground"));
  tend_ground_page_set_store (page, f->store);

  /* No history: the default breathing, and the catalog as written. */
  g_assert_true (tend_ground_page_get_best (page) == tend_exercises_get_default ());
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "Starts “Longer Exhale”"));

  assert_catalog_order (page);
  g_assert_null (tend_ground_page_get_marked (page));
  g_assert_null (tend_test_find_label (GTK_WIDGET (page), "Has helped you most so far"));

  add_session (f->store, "feet-on-floor", 8, 3);
  add_session (f->store, "feet-on-floor", 6, 2);
  add_session (f->store, "box-breathing", 7, 6);

  /* Two rated sessions: Ground Now may start it, but no card claims it helped most. */
  assert_catalog_order (page);
  g_assert_null (tend_ground_page_get_marked (page));
  g_assert_cmpstr (tend_ground_page_get_best (page)->id, ==, "feet-on-floor");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "Starts “Feet on the Floor”"));
  g_assert_null (tend_test_find_label (GTK_WIDGET (page),
                                       "Has helped you most so far, over 2 rated sessions"));

  /* The third says so, and says what it rests on. */
  add_session (f->store, "feet-on-floor", 7, 4);
  assert_catalog_order (page);
  g_assert_cmpstr (tend_ground_page_get_marked (page)->id, ==, "feet-on-floor");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page),
                                          "Has helped you most so far, over 3 rated sessions"));
  add_session (f->store, "feet-on-floor", 6, 4);
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page),
                                          "Has helped you most so far, over 4 rated sessions"));

  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "ground-page");
}

static char *
marked_ids (TendGroundPage *page)
{
  g_autoptr(GPtrArray) marked = tend_ground_page_dup_marked_fitting (page);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < marked->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            ((const TendExercise *) g_ptr_array_index (marked, i))->id);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && gtk_widget_is_drawable (root) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

/* "Too much" and "too little" mark the exercises that fit, hide none and move none; the two
 * are one or the other, and pressing the chosen one again lets go. */
static void
test_chooser (Fixture       *f,
              gconstpointer  data)
{
  TendGroundPage *page = TEND_GROUND_PAGE (tend_ground_page_new ());
  GtkToggleButton *much, *little;
  g_autofree char *ids = NULL;

  adw_navigation_view_push (f->view, adw_navigation_page_new (GTK_WIDGET (page), "Ground"));
  tend_ground_page_set_store (page, f->store);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  much = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page), TEND_TYPE_GROUND_PAGE,
                                                           "too_much_button"));
  little = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page), TEND_TYPE_GROUND_PAGE,
                                                             "too_little_button"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (much)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (little)));

  g_assert_cmpuint (tend_ground_page_get_chosen (page), ==, 0);
  ids = marked_ids (page);
  g_assert_cmpstr (ids, ==, "");
  g_clear_pointer (&ids, g_free);

  /* As a click does. */
  g_signal_emit_by_name (little, "clicked");
  g_assert_true (gtk_toggle_button_get_active (little));
  g_assert_cmpuint (tend_ground_page_get_chosen (page), ==, TEND_FITS_TOO_LITTLE);
  ids = marked_ids (page);
  g_assert_cmpstr (ids, ==, "senses-54321 orienting feet-on-floor temperature-texture "
                            "here-and-now push-wall name-and-move");
  g_clear_pointer (&ids, g_free);
  g_assert_cmpuint (count_labels (GTK_WIDGET (page), "May fit right now"), ==, 7);
  /* Ground Now follows: no breathing when it is too little. */
  g_assert_cmpstr (tend_ground_page_get_best (page)->id, ==, "senses-54321");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "Starts “5-4-3-2-1 Senses”"));
  assert_catalog_order (page);
  /* Nothing is hidden: every card is still on the page. */
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), tend_exercises_get_item (i)->title));
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "ground-too-little");

  g_signal_emit_by_name (much, "clicked");
  g_assert_true (gtk_toggle_button_get_active (much));
  g_assert_false (gtk_toggle_button_get_active (little));
  g_assert_cmpuint (tend_ground_page_get_chosen (page), ==, TEND_FITS_TOO_MUCH);
  ids = marked_ids (page);
  g_assert_cmpstr (ids, ==, "senses-54321 box-breathing longer-exhale butterfly-hug "
                            "feet-on-floor calm-place body-scan");
  g_clear_pointer (&ids, g_free);
  assert_catalog_order (page);
  g_assert_cmpstr (tend_ground_page_get_best (page)->id, ==, "longer-exhale");

  g_signal_emit_by_name (much, "clicked");
  g_assert_false (gtk_toggle_button_get_active (much));
  g_assert_cmpuint (tend_ground_page_get_chosen (page), ==, 0);
  ids = marked_ids (page);
  g_assert_cmpstr (ids, ==, "");
  g_assert_cmpuint (count_labels (GTK_WIDGET (page), "May fit right now"), ==, 0);

  /* The choice lasts while the page is rebuilt for a new session. */
  tend_ground_page_choose (page, TEND_FITS_TOO_LITTLE);
  add_session (f->store, "push-wall", 7, 3);
  g_clear_pointer (&ids, g_free);
  ids = marked_ids (page);
  /* One session is not enough to be marked as what helped most. */
  g_assert_null (tend_ground_page_get_marked (page));
  g_assert_nonnull (strstr (ids, "push-wall"));
  g_assert_cmpstr (tend_ground_page_get_best (page)->id, ==, "push-wall");
  /* What helped most, but for too little, is not what Ground Now starts for too much. */
  tend_ground_page_choose (page, TEND_FITS_TOO_MUCH);
  g_assert_cmpstr (tend_ground_page_get_best (page)->id, ==, "senses-54321");
}

static gboolean
inside (GtkWidget *widget,
        GtkWidget *area)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, area, &bounds))
    return FALSE;
  return bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (area) + 0.5 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (area) + 0.5;
}

/* Need More Help? and My Safety Plan are on screen without scrolling, at 700 px tall, wide and
 * at 360 px, in the real window with its header and switcher; the page is not made wider. */
static void
test_help_in_reach (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { int width, height; const char *shot; } sizes[] = {
    { 1000, 700, "ground-light" },
    { 800, 700, NULL },
    { 360, 700, "ground-narrow" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      TendWindow *window = tend_window_new (NULL, f->store);
      AdwViewStack *stack;
      GtkWidget *page, *scroller, *help, *plan, *now;

      g_test_message ("at %d × %d", sizes[i].width, sizes[i].height);
      tend_test_show_window (GTK_WINDOW (window), sizes[i].width, sizes[i].height);
      stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), TEND_TYPE_WINDOW,
                                                             "stack"));
      adw_view_stack_set_visible_child_name (stack, "ground");
      tend_test_wait_frames (GTK_WIDGET (window), 4);

      page = tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_GROUND_PAGE);
      g_assert_nonnull (page);
      scroller = tend_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW);
      help = (GtkWidget *) gtk_widget_get_template_child (page, TEND_TYPE_GROUND_PAGE, "need_help_button");
      plan = (GtkWidget *) gtk_widget_get_template_child (page, TEND_TYPE_GROUND_PAGE, "safety_plan_button");
      now = (GtkWidget *) gtk_widget_get_template_child (page, TEND_TYPE_GROUND_PAGE, "ground_now_button");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
      tend_test_wait_frames (GTK_WIDGET (window), 2);

      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (help)), ==, "win.need-help");
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (plan)), ==, "win.safety-plan");
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, sizes[i].width);
      g_assert_true (gtk_widget_is_drawable (help));
      g_assert_true (gtk_widget_is_drawable (plan));
      g_assert_true (inside (now, scroller));
      g_assert_true (inside (help, scroller));
      g_assert_true (inside (plan, scroller));
      /* And the scroller itself is inside the window, above the switcher. */
      g_assert_true (inside (scroller, GTK_WIDGET (window)));

      if (sizes[i].shot != NULL)
        tend_test_save_screenshot (GTK_WIDGET (window), sizes[i].shot);
      if (sizes[i].width == 1000)
        {
          AdwStyleManager *style = adw_style_manager_get_default ();

          adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
          tend_ground_page_choose (TEND_GROUND_PAGE (page), TEND_FITS_TOO_LITTLE);
          tend_test_wait_frames (GTK_WIDGET (window), 4);
          tend_test_save_screenshot (GTK_WIDGET (window), "ground-dark-too-little");
          adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A second Tend, on another D-Bus session, finds the journal open in the first. Grounding
 * still runs, the person is told first that it will not be recorded, and nothing is written
 * or dropped behind their back. */
static void
test_not_recorded_when_locked (Fixture       *f,
                               gconstpointer  data)
{
  const TendExercise *senses = tend_exercises_lookup ("senses-54321");
  g_autoptr(TendStore) second = tend_store_new (f->dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwBanner *banner;

  tend_store_flush (f->store);
  before = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_false (tend_store_load_recent (second, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);

  f->player = tend_exercise_player_new (second, senses);
  adw_navigation_view_push (f->view, ADW_NAVIGATION_PAGE (f->player));
  tend_step_clock_set_now_func (tend_exercise_player_get_clock (f->player), fake_now, NULL);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);

  /* Told before the first rating, in plain words. */
  g_assert_cmpstr (tend_exercise_player_get_stage (f->player), ==, "before");
  banner = ADW_BANNER (tend_test_find_type (GTK_WIDGET (f->player), ADW_TYPE_BANNER));
  g_assert_nonnull (banner);
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "will not be recorded"));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "open in another Tend window"));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-not-recorded");

  /* The whole exercise runs (a warning here would end the test: warnings are fatal). */
  rate (f, 8);
  for (guint i = 0; i < senses->n_steps; i++)
    act (f, "player.next");
  rate (f, 4);
  act (f, "player.finish");
  tend_test_wait_until (player_gone, f, "the player to close");

  tend_store_flush (second);
  tend_store_flush (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_sessions (second)), ==, 0);
  after = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_cmpstr (after, ==, before);
}

/* @a and @b, in the window's coordinates, share no pixel. */
static gboolean
apart (GtkWidget *a,
       GtkWidget *b,
       GtkWidget *window)
{
  graphene_rect_t ra, rb, both;

  g_assert_true (gtk_widget_compute_bounds (a, window, &ra));
  g_assert_true (gtk_widget_compute_bounds (b, window, &rb));
  return !graphene_rect_intersection (&ra, &rb, &both) ||
         both.size.width < 0.5 || both.size.height < 0.5;
}

/* On the tallest step (Box Breathing's shape) the step's Back, Pause and Next and Need More
 * Help? are all on screen without scrolling, none over another or over the step: at
 * 1000 × 700, on a phone, and at twice the text size on both. */
static void
test_step_fits (Fixture       *f,
                gconstpointer  data)
{
  static const struct { int width, height, scale; const char *shot; } sizes[] = {
    { 1000, 700, 1, "player-step-wide" },
    { 360, 640, 1, "player-step-narrow" },
    { 1000, 700, 2, "player-step-large" },
    { 360, 640, 2, "player-step-large-narrow" },
  };
  static const char * const names[] = {
    "back_button", "pause_button", "next_button", "step_help_button"
  };
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  open_player (f, "box-breathing");
  act (f, "player.skip-rating");
  act (f, "player.next");
  g_assert_cmpuint (tend_exercise_player_get_step (f->player), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWidget *window = GTK_WIDGET (f->window);
      GtkWidget *player = GTK_WIDGET (f->player);
      GtkWidget *controls[G_N_ELEMENTS (names)];
      GtkWidget *scroller;

      g_test_message ("at %d × %d, text × %d", sizes[i].width, sizes[i].height, sizes[i].scale);
      g_object_set (settings, "gtk-xft-dpi", sizes[i].scale * 96 * 1024, NULL);
      tend_test_show_window_content (f->window, sizes[i].width, sizes[i].height);
      tend_test_wait_frames (window, 4);
      tend_test_save_screenshot (window, sizes[i].shot);

      /* Found by name, not by their words, so the test runs in every language. */
      for (guint c = 0; c < G_N_ELEMENTS (controls); c++)
        controls[c] = (GtkWidget *) gtk_widget_get_template_child (player,
                                                                   TEND_TYPE_EXERCISE_PLAYER,
                                                                   names[c]);
      scroller = tend_test_find_type (player, GTK_TYPE_SCROLLED_WINDOW);
      g_assert_cmpint (gtk_widget_get_width (gtk_window_get_child (f->window)), ==,
                       sizes[i].width);
      for (guint c = 0; c < G_N_ELEMENTS (controls); c++)
        {
          g_assert_nonnull (controls[c]);
          g_assert_true (gtk_widget_is_drawable (controls[c]));
          g_assert_true (inside (controls[c], window));
          g_assert_true (apart (controls[c], scroller, window));
          for (guint d = c + 1; d < G_N_ELEMENTS (controls); d++)
            g_assert_true (apart (controls[c], controls[d], window));
        }
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  open_player (f, "longer-exhale");
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-before");
  act (f, "player.skip-rating");
  act (f, "player.next");
  fake_now_us += 2 * G_USEC_PER_SEC;
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-breathing");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-breathing-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (f->window, 360, 700);
  tend_test_wait_frames (GTK_WIDGET (f->window), 6);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "player-breathing-narrow");
}

int
main (int argc, char *argv[])
{
  /* GTK's in-process accessibility backend, which keeps what the widgets tell a screen
   * reader for gtk_test_accessible_assert_property(); no bus is involved. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  tend_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/tend/ground/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("player/rated-session", test_rated_session);
  ADD ("player/leave-early", test_leave_early);
  ADD ("player/timed-step-keeps-time", test_timed_step_keeps_time);
  ADD ("player/pace", test_pace);
  ADD ("player/offer-another", test_offer_another);
  ADD ("player/care-lines", test_care_lines);
  ADD ("player/help-pauses", test_help_pauses);
  ADD ("player/stop-here-offers", test_stop_here_offers);
  ADD ("player/no-auto-advance", test_no_auto_advance);
  ADD ("player/not-recorded-when-locked", test_not_recorded_when_locked);
  ADD ("page/most-helpful-marked", test_most_helpful_marked);
  ADD ("page/chooser", test_chooser);
  ADD ("page/help-in-reach", test_help_in_reach);
  ADD ("player/step-fits", test_step_fits);
  ADD ("screenshots", test_screenshots);
#undef ADD

  return g_test_run ();
}
