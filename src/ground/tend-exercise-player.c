/* tend-exercise-player.c — one grounding exercise, step by step, with ratings before and after.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The player is read by someone who may be flooded: few words at a time, large targets, one
 * tap to rate, and a way out from every screen. Its timing comes from TendStepClock, checked
 * a few times a second, so timed steps move on at the right moment whether or not anything
 * on screen is animated. */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-breath-pacer.h"
#include "tend-distress-picker.h"
#include "tend-exercise-player.h"
#include "tend-learn-offer-link.h"
#include "tend-tap-cue.h"

#define TICK_MS 250
#define PACE_STEP 1.25
#define MIN_PACE 0.5
#define MAX_PACE 2.0
/* Distress this high after an exercise is when another one, or more help, is offered first. */
#define STILL_HIGH 6

/* Why the offer page is showing: each has its own words over the same three offers. */
typedef enum {
  OFFER_STILL_HIGH,  /* rated, and distress did not go down (or is still high) */
  OFFER_STOPPED,     /* Stop Here in the middle of the steps */
  OFFER_UNRATED,     /* the after-rating was skipped */
} OfferReason;

struct _TendExercisePlayer
{
  AdwNavigationPage     parent_instance;

  TendStore            *store;
  GSettings            *settings;
  const TendExercise   *exercise;
  TendGroundingSession *session;
  TendStepClock        *step_clock;
  TendStepClock        *total_clock;  /* the whole exercise, for the session's length */
  const TendExercise   *offered;

  guint                 step;
  double                pace;
  gboolean              paused;
  gboolean              unsaved;      /* the session's length has moved on since last saved */
  gboolean              recording;    /* FALSE once the person was told it will not be kept */
  gboolean              auto_advance; /* timed steps move on by themselves (Preferences) */
  int                   shown_seconds;
  guint                 tick_id;

  AdwBanner            *record_banner;
  GtkWidget            *leave_button;
  GtkStack             *stage_stack;
  GtkLabel             *step_count_label;
  GtkLabel             *step_label;
  GtkLabel             *instead_label;
  GtkLabel             *gentle_label;
  GtkLabel             *if_worse_label;
  GtkWidget            *help_bar;
  GtkWidget            *step_nav;
  GtkStack             *guide_stack;
  TendBreathPacer      *pacer;
  GtkLabel             *breath_care_label;
  GtkLabel             *pace_limit_label;
  GtkWidget            *slower_button;
  TendTapCue           *tap_cue;
  GtkLabel             *countdown_label;
  GtkWidget            *pause_button;
  GtkWidget            *next_button;
  AdwEntryRow          *note_row;
  GtkLabel             *offer_title;
  GtkLabel             *offer_text;
  GtkWidget            *offer_button;
  TendLearnOfferLink        *stop_link;
  GtkWidget            *plan_button;
};

enum {
  PROP_0,
  PROP_PAUSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendExercisePlayer, tend_exercise_player, ADW_TYPE_NAVIGATION_PAGE)

static const TendStep *
current_step (TendExercisePlayer *self)
{
  return &self->exercise->steps[self->step];
}

static gboolean
step_moves (const TendStep *step)
{
  return step->breath != NULL || step->taps_per_minute > 0;
}

/* When the exercise cannot be kept, the person reads it before starting (or as soon as it
 * happens), never only a log: the exercise itself runs on all the same. */
static void
stop_recording (TendExercisePlayer *self,
                const char         *why)
{
  self->recording = FALSE;
  adw_banner_set_title (self->record_banner, why);
  adw_banner_set_revealed (self->record_banner, TRUE);
}

static void
recording_failed (TendExercisePlayer *self,
                  const GError       *error)
{
  /* Translators: %s is why, in Tend's or the system's words. */
  g_autofree char *why = g_strdup_printf (_("This exercise could not be recorded: %s"),
                                          error->message);

  stop_recording (self, why);
}

static void
save_session (TendExercisePlayer *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || !self->recording)
    return;

  tend_grounding_session_set_seconds (self->session,
                                      tend_step_clock_get_elapsed (self->total_clock)
                                      / G_USEC_PER_SEC);
  if (!tend_store_update_session (self->store, self->session, &error))
    recording_failed (self, error);
  self->unsaved = FALSE;
}

static void
set_running (TendExercisePlayer *self,
             gboolean            running)
{
  tend_step_clock_set_running (self->step_clock, running);
  tend_step_clock_set_running (self->total_clock, running);
}

static void
update_countdown (TendExercisePlayer *self)
{
  const TendStep *step = current_step (self);
  gint64 length_us, left_us;
  int seconds;

  /* Breathing counts rounds in the pacer; steps the person moves on need no clock, and a
   * timed step only counts down to a next step that will come by itself. */
  if (step->advance != TEND_STEP_TIMED || step->breath != NULL || !self->auto_advance)
    {
      gtk_label_set_label (self->countdown_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), FALSE);
      return;
    }

  length_us = (gint64) tend_step_get_seconds (step, self->pace) * G_USEC_PER_SEC;
  left_us = MAX (length_us - tend_step_clock_get_elapsed (self->step_clock), 0);
  seconds = (int) ((left_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

  if (seconds != self->shown_seconds)
    {
      /* Translators: a calm countdown to the next step, in minutes and seconds. */
      g_autofree char *text = g_strdup_printf (_("Next step in %d:%02d"),
                                               seconds / 60, seconds % 60);

      gtk_label_set_label (self->countdown_label, text);
      self->shown_seconds = seconds;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), TRUE);
}

static void go_next (TendExercisePlayer *self);

static gboolean
tick_cb (gpointer user_data)
{
  TendExercisePlayer *self = user_data;
  const TendStep *step = current_step (self);

  if (self->paused)
    return G_SOURCE_CONTINUE;

  self->unsaved = TRUE;
  /* Nothing moves on to a next step unless the person turned that on in Preferences: the
   * breathing rests after its rounds and the taps carry on until Next. */
  if (step->advance == TEND_STEP_TIMED && self->auto_advance)
    {
      gint64 length_us = (gint64) tend_step_get_seconds (step, self->pace) * G_USEC_PER_SEC;

      if (tend_step_clock_get_elapsed (self->step_clock) >= length_us)
        {
          go_next (self);
          return G_SOURCE_CONTINUE;
        }
    }
  update_countdown (self);

  return G_SOURCE_CONTINUE;
}

static void
stop_ticking (TendExercisePlayer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
set_stage (TendExercisePlayer *self,
           const char         *stage)
{
  gboolean running = g_str_equal (stage, "before") || g_str_equal (stage, "step");

  gtk_stack_set_visible_child_name (self->stage_stack, stage);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.skip-rating",
                                 g_str_equal (stage, "before") || g_str_equal (stage, "after"));
  /* Stop Here belongs to the exercise: once it is over, the pages after it have their own
   * ways out (Skip, Done, Close, Escape). */
  gtk_widget_set_visible (self->leave_button, running);
  /* Need More Help? stays in sight under every step; the offer page has its own. */
  gtk_widget_set_visible (self->help_bar, running);
  gtk_widget_set_visible (self->step_nav, g_str_equal (stage, "step"));
  /* "If this feels worse" belongs to the steps, not to the rating before them. */
  if (!g_str_equal (stage, "step"))
    gtk_widget_set_visible (GTK_WIDGET (self->if_worse_label), FALSE);
}

/* The slowest pace the current step may take: the breathing's safe limit, else the range. */
static double
slowest_pace (TendExercisePlayer *self)
{
  const TendStep *step = self->session != NULL ? current_step (self) : NULL;

  if (step != NULL && step->breath != NULL)
    return MIN (MAX_PACE, tend_breath_pattern_get_slowest_pace (step->breath));

  return MAX_PACE;
}

/* The pace the current step really runs at. */
static double
step_pace (TendExercisePlayer *self,
           double              pace)
{
  const TendStep *step = self->session != NULL ? current_step (self) : NULL;

  if (step != NULL && step->breath != NULL)
    return tend_breath_pattern_clamp_pace (step->breath, pace);

  return pace;
}

static void
sync_pace_actions (TendExercisePlayer *self)
{
  gboolean slower = step_pace (self, self->pace) < slowest_pace (self) - 0.001;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.slower", slower);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.faster",
                                 self->pace / PACE_STEP >= MIN_PACE - 0.001);

  /* A greyed button says nothing by itself: the reason is written under it, and a screen
   * reader hears it on the button. */
  gtk_widget_set_visible (GTK_WIDGET (self->pace_limit_label), !slower);
  if (slower)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->slower_button),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->slower_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_label_get_label (self->pace_limit_label), -1);
}

static void
show_step (TendExercisePlayer *self,
           guint               index)
{
  const TendStep *step;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  gboolean last;

  g_assert (index < self->exercise->n_steps);

  self->step = index;
  step = current_step (self);
  last = index + 1 == self->exercise->n_steps;

  tend_step_clock_reset (self->step_clock, 0);
  self->shown_seconds = -1;

  /* Translators: where the person is in an exercise, e.g. “Step 2 of 6”. */
  count = g_strdup_printf (_("Step %u of %u"), index + 1, self->exercise->n_steps);
  gtk_label_set_label (self->step_count_label, count);
  text = tend_step_dup_text (step, NULL);
  gtk_label_set_label (self->step_label, text);
  gtk_label_set_label (self->instead_label, step->instead != NULL ? _(step->instead) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->instead_label), step->instead != NULL);

  /* What the catalog wrote for a hard moment, shown where it is needed: the gentle way on its
   * own step, what to do if this feels worse on every step. */
  if (self->exercise->gentle_way != NULL && index == tend_exercise_get_gentle_step (self->exercise))
    {
      gtk_label_set_label (self->gentle_label, _(self->exercise->gentle_way));
      gtk_widget_set_visible (GTK_WIDGET (self->gentle_label), TRUE);
    }
  else
    {
      gtk_label_set_label (self->gentle_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->gentle_label), FALSE);
    }
  gtk_label_set_label (self->if_worse_label,
                       self->exercise->if_worse != NULL ? _(self->exercise->if_worse) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->if_worse_label), self->exercise->if_worse != NULL);

  if (step->breath != NULL)
    {
      tend_breath_pacer_set_pattern (self->pacer, step->breath, self->pace);
      gtk_label_set_label (self->breath_care_label,
                           self->exercise->breath_care != NULL
                           ? _(self->exercise->breath_care) : "");
      gtk_stack_set_visible_child_name (self->guide_stack, "breath");
    }
  else if (step->taps_per_minute > 0)
    {
      tend_tap_cue_set_tempo (self->tap_cue, step->taps_per_minute, self->pace);
      gtk_stack_set_visible_child_name (self->guide_stack, "taps");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->guide_stack, "none");
    }

  sync_pace_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.back", index > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button), last ? _("_Finish") : _("_Next"));
  update_countdown (self);

  /* A screen reader hears each step as it comes, also the ones that arrive on their own. */
  gtk_accessible_announce (GTK_ACCESSIBLE (self), text,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
start_steps (TendExercisePlayer *self,
             int                 distress_before)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;

  self->session = tend_grounding_session_new (id, now, self->exercise->id);
  tend_grounding_session_set_distress_before (self->session, distress_before);
  if (self->recording && !tend_store_add_session (self->store, self->session, &error))
    recording_failed (self, error);

  tend_step_clock_reset (self->total_clock, 0);
  set_running (self, !self->paused);
  set_stage (self, "step");
  show_step (self, 0);
  gtk_widget_grab_focus (self->next_button);

  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick_cb, self);
}

static void
finish_steps (TendExercisePlayer *self)
{
  stop_ticking (self);
  set_running (self, FALSE);
  tend_grounding_session_set_completed (self->session, TRUE);
  save_session (self);
  set_stage (self, "after");
}

static void
go_next (TendExercisePlayer *self)
{
  if (self->step + 1 < self->exercise->n_steps)
    show_step (self, self->step + 1);
  else
    finish_steps (self);
}

/* What to offer when this one was stopped or did not settle things: what has helped this
 * person most, else something of another kind (tend_exercises_choose_another()). */
static const TendExercise *
choose_another (TendExercisePlayer *self)
{
  g_autoptr(GArray) ratings = tend_grounding_sessions_get_ratings (tend_store_get_sessions (self->store));
  const TendSessionRating *data = (const TendSessionRating *) (gconstpointer) ratings->data;
  const TendExercise *another = tend_exercises_choose_another (self->exercise, data, ratings->len);

  return another != self->exercise ? another : NULL;
}

static gboolean
still_high (TendExercisePlayer *self)
{
  int before = tend_grounding_session_get_distress_before (self->session);
  int after = tend_grounding_session_get_distress_after (self->session);

  if (after == TEND_DISTRESS_UNSET)
    return FALSE;

  return after >= STILL_HIGH || (before != TEND_DISTRESS_UNSET && after >= before);
}

static void
leave (TendExercisePlayer *self)
{
  AdwNavigationView *view;

  view = ADW_NAVIGATION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                       ADW_TYPE_NAVIGATION_VIEW));
  if (view != NULL)
    adw_navigation_view_pop (view);
}

/* Met, not dropped: after Stop Here, a skipped rating, or distress that did not go down, the
 * person is offered another exercise, their safety plan and more help, and may simply close. */
static void
show_offer (TendExercisePlayer *self,
            OfferReason         reason)
{
  g_autofree char *label = NULL;

  switch (reason)
    {
    case OFFER_STILL_HIGH:
      gtk_label_set_label (self->offer_title, _("It is still a lot right now"));
      gtk_label_set_label (self->offer_text,
                           _("That is all right. Sometimes one exercise is not enough. If you "
                             "like, try another one, look at your safety plan, or see who you "
                             "can talk to."));
      break;
    case OFFER_STOPPED:
      /* Translators: after Stop Here in the middle of an exercise; never a reproach. */
      gtk_label_set_label (self->offer_title, _("You stopped here, and that is all right"));
      gtk_label_set_label (self->offer_text,
                           _("Not every exercise fits every moment. If you like, try something "
                             "different, look at your safety plan, or see who you can talk to."));
      break;
    case OFFER_UNRATED:
    default:
      gtk_label_set_label (self->offer_title, _("Thank you for taking this time"));
      gtk_label_set_label (self->offer_text,
                           _("If it is still a lot, you can try another exercise, look at your "
                             "safety plan, or see who you can talk to."));
      break;
    }

  self->offered = choose_another (self);
  if (self->offered != NULL)
    {
      /* Translators: offers another grounding exercise; %s is its title. */
      label = g_strdup_printf (_("Try “%s”"), _(self->offered->title));
      gtk_button_set_label (GTK_BUTTON (self->offer_button), label);
    }
  gtk_widget_set_visible (self->offer_button, self->offered != NULL);

  /* Still a lot: hard moments belong to healing. Stopped or unrated: what fits which state. */
  if (reason == OFFER_STILL_HIGH)
    {
      tend_learn_offer_link_set_topic (self->stop_link, "setbacks");
      /* Translators: a quiet link at the foot of the page after an exercise that did not
       * settle things; it opens the Learn topic “Setbacks Are Part of Healing”. */
      tend_learn_offer_link_set_text (self->stop_link, _("Hard moments are part of healing too"));
    }
  else
    {
      tend_learn_offer_link_set_topic (self->stop_link, "window");
      /* Translators: a quiet link at the foot of the page after an exercise was stopped; it
       * opens the Learn topic “The Window of Tolerance”, which says which exercises fit
       * feeling too much and too little. */
      tend_learn_offer_link_set_text (self->stop_link, _("Too much or too little? Finding what fits"));
    }
  set_stage (self, "offer");
  gtk_widget_grab_focus (self->offered != NULL ? self->offer_button : self->plan_button);
}

/* Stop Here (or Escape) in the middle of the steps: the time is kept, not completed. */
static void
stop_here (TendExercisePlayer *self)
{
  stop_ticking (self);
  set_running (self, FALSE);
  save_session (self);
  show_offer (self, OFFER_STOPPED);
}

static void
finish (TendExercisePlayer *self)
{
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  g_autofree char *stripped = g_strstrip (g_strdup (note));

  tend_grounding_session_set_note (self->session, *stripped != '\0' ? stripped : NULL);
  save_session (self);
  leave (self);
}

static void
rated_after (TendExercisePlayer *self,
             int                 distress)
{
  tend_grounding_session_set_distress_after (self->session, distress);
  save_session (self);

  /* Distress that did not go down is met first; "What helped?" is only asked when it did. */
  if (distress == TEND_DISTRESS_UNSET)
    {
      show_offer (self, OFFER_UNRATED);
      return;
    }
  if (still_high (self))
    {
      show_offer (self, OFFER_STILL_HIGH);
      return;
    }

  set_stage (self, "note");
  gtk_widget_grab_focus (GTK_WIDGET (self->note_row));
}

static void
before_chosen_cb (TendExercisePlayer *self,
                  int                 value)
{
  start_steps (self, value);
}

static void
after_chosen_cb (TendExercisePlayer *self,
                 int                 value)
{
  rated_after (self, value);
}

static void
note_activated_cb (TendExercisePlayer *self)
{
  finish (self);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->stage_stack), "step"))
    stop_here (self);
  else
    leave (self);
}

static void
skip_rating_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);
  const char *stage = gtk_stack_get_visible_child_name (self->stage_stack);

  if (g_str_equal (stage, "before"))
    start_steps (self, TEND_DISTRESS_UNSET);
  else
    rated_after (self, TEND_DISTRESS_UNSET);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);

  if (self->step > 0)
    show_step (self, self->step - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_next (TEND_EXERCISE_PLAYER (widget));
}

static void
change_pace (TendExercisePlayer *self,
             double              pace)
{
  const TendStep *step = current_step (self);
  double old = step_pace (self, self->pace);
  double slowest = slowest_pace (self);

  /* The pace keeps to the steps of Preferences; the breathing runs at it, or at the slowest
   * that is safe for its pattern (tend_breath_pattern_clamp_pace()). */
  self->pace = CLAMP (pace, MIN_PACE, MAX_PACE);
  /* Kept for next time, except the slowest: a pace that slow, chosen in one hard moment, is
   * not carried silently into the next; the next exercise starts as written. */
  g_settings_set_double (self->settings, "breath-pace",
                         self->pace > 1.0 && step_pace (self, self->pace) >= slowest - 0.001
                         ? 1.0 : self->pace);

  /* Keep the place in the breath: the whole pattern stretches with the pace. */
  if (step_moves (step))
    tend_step_clock_reset (self->step_clock,
                           (gint64) (tend_step_clock_get_elapsed (self->step_clock)
                                     * step_pace (self, self->pace) / old));
  if (step->breath != NULL)
    tend_breath_pacer_set_pattern (self->pacer, step->breath, self->pace);
  if (step->taps_per_minute > 0)
    tend_tap_cue_set_tempo (self->tap_cue, step->taps_per_minute, self->pace);
  sync_pace_actions (self);
}

static void
slower_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);

  change_pace (self, self->pace * PACE_STEP);
}

static void
faster_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);

  change_pace (self, self->pace / PACE_STEP);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  finish (TEND_EXERCISE_PLAYER (widget));
}

static void
try_another_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (widget);

  if (self->offered != NULL)
    gtk_widget_activate_action (widget, "win.start-exercise", "s", self->offered->id);
}

static void
set_paused (TendExercisePlayer *self,
            gboolean            paused)
{
  paused = !!paused;
  if (self->paused == paused)
    return;

  self->paused = paused;
  if (self->session != NULL && !tend_grounding_session_get_completed (self->session))
    set_running (self, !paused);

  gtk_button_set_icon_name (GTK_BUTTON (self->pause_button),
                            paused ? "media-playback-start-symbolic"
                                   : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (self->pause_button, paused ? _("Continue") : _("Pause"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  paused ? _("Continue") : _("Pause"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
}

/* However the page goes away (Stop Here, Escape, a swipe back, closing the window), the time
 * spent so far is kept. */
static void
tend_exercise_player_hiding (AdwNavigationPage *page)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (page);

  set_running (self, FALSE);
  if (self->session != NULL && (self->unsaved || !tend_grounding_session_get_completed (self->session)))
    save_session (self);

  ADW_NAVIGATION_PAGE_CLASS (tend_exercise_player_parent_class)->hiding (page);
}

static void
tend_exercise_player_shown (AdwNavigationPage *page)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (page);

  ADW_NAVIGATION_PAGE_CLASS (tend_exercise_player_parent_class)->shown (page);

  /* Back from another page on top: carry on where the person was. */
  if (g_str_equal (gtk_stack_get_visible_child_name (self->stage_stack), "step"))
    set_running (self, !self->paused);
}

static void
tend_exercise_player_dispose (GObject *object)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (object);

  stop_ticking (self);
  if (self->session != NULL && self->unsaved)
    save_session (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_EXERCISE_PLAYER);

  g_clear_object (&self->session);
  g_clear_object (&self->step_clock);
  g_clear_object (&self->total_clock);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tend_exercise_player_parent_class)->dispose (object);
}

static void
tend_exercise_player_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_exercise_player_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TendExercisePlayer *self = TEND_EXERCISE_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      set_paused (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_exercise_player_class_init (TendExercisePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = tend_exercise_player_dispose;
  object_class->get_property = tend_exercise_player_get_property;
  object_class->set_property = tend_exercise_player_set_property;
  page_class->hiding = tend_exercise_player_hiding;
  page_class->shown = tend_exercise_player_shown;

  properties[PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TEND_TYPE_BREATH_PACER);
  g_type_ensure (TEND_TYPE_DISTRESS_PICKER);
  g_type_ensure (TEND_TYPE_LEARN_OFFER_LINK);
  g_type_ensure (TEND_TYPE_TAP_CUE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ground/tend-exercise-player.ui");
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, record_banner);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, leave_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, gentle_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, if_worse_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, help_bar);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, step_nav);
  /* Named for tests, which find them in every language. */
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "step_help_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, offer_title);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, offer_text);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, plan_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, stage_stack);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, step_count_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, step_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, instead_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, guide_stack);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, pacer);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, breath_care_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, pace_limit_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, slower_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, tap_cue);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, pause_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, next_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, note_row);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, offer_button);
  gtk_widget_class_bind_template_child (widget_class, TendExercisePlayer, stop_link);
  gtk_widget_class_bind_template_callback (widget_class, before_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, after_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_activated_cb);

  gtk_widget_class_install_action (widget_class, "player.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "player.skip-rating", NULL, skip_rating_action);
  gtk_widget_class_install_action (widget_class, "player.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "player.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "player.slower", NULL, slower_action);
  gtk_widget_class_install_action (widget_class, "player.faster", NULL, faster_action);
  gtk_widget_class_install_action (widget_class, "player.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "player.try-another", NULL, try_another_action);
  gtk_widget_class_install_property_action (widget_class, "player.pause", "paused");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "player.leave", NULL);
}

static void
tend_exercise_player_init (TendExercisePlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APP_ID);
  self->pace = CLAMP (g_settings_get_double (self->settings, "breath-pace"), MIN_PACE, MAX_PACE);
  self->auto_advance = g_settings_get_boolean (self->settings, "auto-advance");
  self->step_clock = tend_step_clock_new ();
  self->total_clock = tend_step_clock_new ();
  self->shown_seconds = -1;

  tend_breath_pacer_set_clock (self->pacer, self->step_clock);
  tend_tap_cue_set_clock (self->tap_cue, self->step_clock);
  sync_pace_actions (self);
  set_stage (self, "before");
}

/**
 * tend_exercise_player_new:
 *
 * One exercise, one step at a time, from an optional distress rating before to one after.
 * The session goes to @store as soon as the first step starts, and is kept up to date until
 * the person leaves, however they leave.
 */
TendExercisePlayer *
tend_exercise_player_new (TendStore          *store,
                          const TendExercise *exercise)
{
  TendExercisePlayer *self;
  const GError *open_error;

  g_return_val_if_fail (TEND_IS_STORE (store), NULL);
  g_return_val_if_fail (exercise != NULL, NULL);

  self = g_object_new (TEND_TYPE_EXERCISE_PLAYER, NULL);
  self->store = g_object_ref (store);
  self->exercise = exercise;
  self->recording = TRUE;
  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), _(exercise->title));

  /* Grounding is never held back because the journal is not there to keep it. */
  open_error = tend_store_get_open_error (store);
  if (g_error_matches (open_error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED))
    stop_recording (self, _("This exercise will not be recorded, because your journal is open "
                            "in another Tend window. The exercise works just the same."));
  else if (open_error != NULL)
    stop_recording (self, _("This exercise will not be recorded, because your journal could "
                            "not be opened. The exercise works just the same."));
  /* Started from the unlock page: nothing can be written until the journal is unlocked. */
  else if (tend_store_get_locked (store))
    stop_recording (self, _("This exercise will not be recorded, because your journal is "
                            "locked. The exercise works just the same."));

  return self;
}

const TendExercise *
tend_exercise_player_get_exercise (TendExercisePlayer *self)
{
  g_return_val_if_fail (TEND_IS_EXERCISE_PLAYER (self), NULL);

  return self->exercise;
}

/**
 * tend_exercise_player_get_stage:
 *
 * "before", "step", "after", "note" or "offer".
 */
const char *
tend_exercise_player_get_stage (TendExercisePlayer *self)
{
  g_return_val_if_fail (TEND_IS_EXERCISE_PLAYER (self), NULL);

  return gtk_stack_get_visible_child_name (self->stage_stack);
}

guint
tend_exercise_player_get_step (TendExercisePlayer *self)
{
  g_return_val_if_fail (TEND_IS_EXERCISE_PLAYER (self), 0);

  return self->step;
}

/**
 * tend_exercise_player_get_session:
 *
 * NULL until the first step starts.
 */
TendGroundingSession *
tend_exercise_player_get_session (TendExercisePlayer *self)
{
  g_return_val_if_fail (TEND_IS_EXERCISE_PLAYER (self), NULL);

  return self->session;
}

/**
 * tend_exercise_player_get_clock:
 *
 * The clock of the current step: tests move it by hand.
 */
TendStepClock *
tend_exercise_player_get_clock (TendExercisePlayer *self)
{
  g_return_val_if_fail (TEND_IS_EXERCISE_PLAYER (self), NULL);

  return self->step_clock;
}
