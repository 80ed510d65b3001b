/* tend-ground-page.c — the Ground section: Ground Now, help and the plan in reach, a choice of
 * "too much" or "too little" that marks the exercises that fit, and every exercise as a card in
 * the catalog's order, the one that helped most marked where it stands.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-ground-page.h"
#include "tend-learn-offer-link.h"

struct _TendGroundPage
{
  AdwBin              parent_instance;

  TendStore          *store;
  GPtrArray          *order;  /* of const TendExercise, as the cards show them */
  GPtrArray          *card_widgets;  /* of GtkButton, in the same order */
  const TendExercise *badge;  /* the card marked "helped most", or NULL */
  guint               badge_sessions;  /* how many rated sessions the mark rests on */
  const TendExercise *best;
  TendExerciseFits    chosen; /* too much, too little, or 0 */
  gboolean            built;

  GSettings          *settings;

  GtkFlowBox         *cards;
  GtkLabel           *best_label;
  GtkToggleButton    *too_much_button;
  GtkToggleButton    *too_little_button;
};

G_DEFINE_FINAL_TYPE (TendGroundPage, tend_ground_page, ADW_TYPE_BIN)

static GtkWidget *
dim_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Short lines let two or three cards sit side by side on a wide window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static char *
card_length (const TendExercise *exercise)
{
  guint minutes = MAX ((tend_exercise_get_approx_seconds (exercise) + 30) / 60, 1);

  /* Translators: how long an exercise takes, roughly. */
  return g_strdup_printf (ngettext ("About %u minute", "About %u minutes", minutes), minutes);
}

/* A screen reader hears the title as the button's name, the rest as its description, with
 * whether it fits the choice made and whether it has helped before. */
/* Says what the mark rests on, so a person can weigh it; %NULL when the card has no mark. */
static char *
helped_most_text (guint helped_sessions)
{
  if (helped_sessions == 0)
    return NULL;

  /* Translators: on the exercise card that has lowered distress the most on average; %u is
   * how many sessions rated before and after that rests on (always 3 or more). */
  return g_strdup_printf (ngettext ("Has helped you most so far, over %u rated session",
                                    "Has helped you most so far, over %u rated sessions",
                                    helped_sessions),
                          helped_sessions);
}

static void
describe_card (GtkWidget          *button,
               const TendExercise *exercise,
               gboolean            fits,
               guint               helped_sessions)
{
  g_autofree char *length = card_length (exercise);
  g_autofree char *helped = helped_most_text (helped_sessions);
  g_autofree char *description = NULL;

  description = g_strjoin (" ", _(exercise->purpose),
                           exercise->card_note != NULL ? _(exercise->card_note) : "",
                           length,
                           helped != NULL ? helped : "",
                           fits ? _("May fit right now") : "",
                           NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(exercise->title),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, g_strstrip (description),
                                  -1);
}

static GtkWidget *
build_card (const TendExercise *exercise,
            guint               helped_sessions)
{
  g_autofree char *helped = helped_most_text (helped_sessions);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = dim_label (_(exercise->title), "title-4");
  GtkWidget *fits;
  g_autofree char *length = card_length (exercise);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), dim_label (_(exercise->purpose), NULL));
  if (exercise->card_note != NULL)
    gtk_box_append (GTK_BOX (box), dim_label (_(exercise->card_note), "caption"));
  if (helped != NULL)
    gtk_box_append (GTK_BOX (box), dim_label (helped, "accent"));
  /* Translators: on an exercise's card when it fits “Too Much” or “Too Little”, as chosen. */
  fits = dim_label (_("May fit right now"), "heading");
  gtk_widget_add_css_class (fits, "accent");
  gtk_widget_set_visible (fits, FALSE);
  gtk_box_append (GTK_BOX (box), fits);
  gtk_box_append (GTK_BOX (box), dim_label (length, "dim-label"));
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "tend-exercise-card");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.start-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", exercise->id);
  g_object_set_data (G_OBJECT (button), "tend-fits-label", fits);

  describe_card (button, exercise, FALSE, helped_sessions);
  return button;
}

/* Marks the cards that fit the choice; the others stay where they are, as they are. */
static void
mark_fitting (TendGroundPage *self)
{
  /* Before the first build there are no cards to mark; rebuild() marks them when it makes them. */
  if (self->order == NULL || self->card_widgets == NULL ||
      self->card_widgets->len != self->order->len)
    return;

  for (guint i = 0; i < self->order->len; i++)
    {
      const TendExercise *exercise = g_ptr_array_index (self->order, i);
      GtkWidget *card = g_ptr_array_index (self->card_widgets, i);
      gboolean fits = self->chosen != 0 && tend_exercise_fits (exercise, self->chosen);

      gtk_widget_set_visible (g_object_get_data (G_OBJECT (card), "tend-fits-label"), fits);
      if (fits)
        gtk_widget_add_css_class (card, "tend-fits");
      else
        gtk_widget_remove_css_class (card, "tend-fits");
      describe_card (card, exercise, fits, exercise == self->badge ? self->badge_sessions : 0);
    }
}

static void rebuild (TendGroundPage *self);

/* The two choices are one or the other, or neither: pressing the chosen one again lets go. */
static void
choice_toggled_cb (GtkToggleButton *button,
                   TendGroundPage  *self)
{
  GtkToggleButton *other = button == self->too_much_button ? self->too_little_button
                                                           : self->too_much_button;

  if (gtk_toggle_button_get_active (button) && gtk_toggle_button_get_active (other))
    {
      /* Its own toggled signal comes back here and finds nothing more to do. */
      gtk_toggle_button_set_active (other, FALSE);
      return;
    }

  self->chosen = 0;
  if (gtk_toggle_button_get_active (self->too_much_button))
    self->chosen = TEND_FITS_TOO_MUCH;
  else if (gtk_toggle_button_get_active (self->too_little_button))
    self->chosen = TEND_FITS_TOO_LITTLE;

  /* Ground Now follows the choice; the cards stay as they are, only marked. */
  rebuild (self);
  mark_fitting (self);
}

static gboolean
has_rated_history (GArray *ratings)
{
  for (guint i = 0; i < ratings->len; i++)
    {
      TendSessionRating *rating = &g_array_index (ratings, TendSessionRating, i);

      if (rating->distress_before != TEND_DISTRESS_UNSET
          && rating->distress_after != TEND_DISTRESS_UNSET)
        return TRUE;
    }
  return FALSE;
}

/* What Ground Now starts: the exercise chosen in Preferences; or, once "too much" or "too
 * little" is chosen, the one that fits and has helped most (the first that fits, without
 * history); otherwise the one that helped most, or the default breathing. */
static const TendExercise *
choose_best (TendGroundPage *self,
             GArray         *ratings)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "default-exercise");
  const TendExercise *exercise = tend_exercises_lookup (chosen);
  const TendSessionRating *data = (const TendSessionRating *) (gconstpointer) ratings->data;
  const TendExercise *helped;

  if (exercise != NULL)
    return exercise;

  helped = tend_exercises_best_for_now (data, ratings->len);
  if (self->chosen != 0 && !tend_exercise_fits (helped, self->chosen))
    {
      g_autoptr(GPtrArray) order = tend_exercises_order_by_helpfulness (data, ratings->len);

      for (guint i = 0; i < order->len; i++)
        {
          const TendExercise *candidate = g_ptr_array_index (order, i);

          if (tend_exercise_fits (candidate, self->chosen))
            return candidate;
        }
    }

  return helped;
}

static GArray *
get_ratings (TendGroundPage *self)
{
  if (self->store == NULL)
    return g_array_new (FALSE, FALSE, sizeof (TendSessionRating));
  return tend_grounding_sessions_get_ratings (tend_store_get_sessions (self->store));
}

static void
rebuild (TendGroundPage *self)
{
  g_autoptr(GArray) ratings = NULL;
  const TendSessionRating *data;
  GtkWidget *child;
  g_autofree char *best_text = NULL;
  const TendExercise *badge;
  guint badge_sessions = 0;

  ratings = get_ratings (self);
  data = (const TendSessionRating *) (gconstpointer) ratings->data;
  self->best = choose_best (self, ratings);

  /* Translators: under “Ground Now”: which exercise it starts; %s is its title. */
  best_text = g_strdup_printf (_("Starts “%s”"), _(self->best->title));
  gtk_label_set_label (self->best_label, best_text);

  /* Only an exercise that has lowered distress is marked; it stays in its place. */
  badge = has_rated_history (ratings)
          ? tend_exercises_helped_most (data, ratings->len, &badge_sessions)
          : NULL;

  /* Coming back to the page usually changes nothing: keep the cards, and the focus on them. */
  if (self->built && badge == self->badge && badge_sessions == self->badge_sessions)
    return;
  self->built = TRUE;
  self->badge = badge;
  self->badge_sessions = badge_sessions;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_flow_box_remove (self->cards, child);
  g_ptr_array_set_size (self->card_widgets, 0);

  for (guint i = 0; i < self->order->len; i++)
    {
      const TendExercise *exercise = g_ptr_array_index (self->order, i);
      GtkWidget *card = build_card (exercise, exercise == badge ? badge_sessions : 0);

      gtk_flow_box_append (self->cards, card);
      g_ptr_array_add (self->card_widgets, card);
      /* Tab lands on the cards themselves, not on the box's wrappers. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }

  mark_fitting (self);
}

static void
sessions_changed_cb (TendGroundPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

/* A session's after rating changes its order without adding an item: look again on return. */
static void
tend_ground_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tend_ground_page_parent_class)->map (widget);
  rebuild (TEND_GROUND_PAGE (widget));
}

static void
tend_ground_page_dispose (GObject *object)
{
  TendGroundPage *self = TEND_GROUND_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_GROUND_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->card_widgets, g_ptr_array_unref);

  G_OBJECT_CLASS (tend_ground_page_parent_class)->dispose (object);
}

static void
tend_ground_page_class_init (TendGroundPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_ground_page_dispose;
  widget_class->map = tend_ground_page_map;

  g_type_ensure (TEND_TYPE_LEARN_OFFER_LINK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ground/tend-ground-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendGroundPage, cards);
  gtk_widget_class_bind_template_child (widget_class, TendGroundPage, best_label);
  gtk_widget_class_bind_template_child (widget_class, TendGroundPage, too_much_button);
  gtk_widget_class_bind_template_child (widget_class, TendGroundPage, too_little_button);
  gtk_widget_class_bind_template_callback (widget_class, choice_toggled_cb);
  /* For tests: that help and the plan are in reach without scrolling. */
  gtk_widget_class_bind_template_child_full (widget_class, "ground_now_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "need_help_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "safety_plan_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "window_link", FALSE, 0);
}

static void
tend_ground_page_init (TendGroundPage *self)
{
  /* The cards are made when the page is first shown (map), not with the window: Tend opens
   * on the Journal, and its first frame should not wait for them. */
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The cards keep the catalog's order, whatever has helped: the hand finds the same place. */
  self->order = g_ptr_array_sized_new (tend_exercises_get_n_items ());
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    g_ptr_array_add (self->order, (gpointer) tend_exercises_get_item (i));
  self->card_widgets = g_ptr_array_new ();

  self->settings = g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::default-exercise",
                           G_CALLBACK (sessions_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * tend_ground_page_new:
 *
 * "Ground now" and every exercise as a large card, most helpful first. Starting one
 * activates win.start-exercise with its id ("" for Ground now: the best one).
 */
GtkWidget *
tend_ground_page_new (void)
{
  return g_object_new (TEND_TYPE_GROUND_PAGE, NULL);
}

void
tend_ground_page_set_store (TendGroundPage *self,
                            TendStore      *store)
{
  g_return_if_fail (TEND_IS_GROUND_PAGE (self));
  g_return_if_fail (TEND_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (tend_store_get_sessions (self->store), self);
  g_set_object (&self->store, store);
  g_signal_connect_object (tend_store_get_sessions (store), "items-changed",
                           G_CALLBACK (sessions_changed_cb), self, G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

/**
 * tend_ground_page_get_best:
 *
 * The exercise Ground now starts: the one that helped most, or the default.
 */
const TendExercise *
tend_ground_page_get_best (TendGroundPage *self)
{
  g_autoptr(GArray) ratings = NULL;

  g_return_val_if_fail (TEND_IS_GROUND_PAGE (self), NULL);

  /* Ratings change after the page was drawn (the after rating of the last session). */
  ratings = get_ratings (self);
  return choose_best (self, ratings);
}

/**
 * tend_ground_page_dup_order:
 *
 * The cards' exercises in the order shown: the catalog's, always.
 */
GPtrArray *
tend_ground_page_dup_order (TendGroundPage *self)
{
  g_return_val_if_fail (TEND_IS_GROUND_PAGE (self), NULL);

  return g_ptr_array_ref (self->order);
}

/**
 * tend_ground_page_get_marked:
 *
 * The card marked "has helped you most so far", or %NULL.
 */
const TendExercise *
tend_ground_page_get_marked (TendGroundPage *self)
{
  g_return_val_if_fail (TEND_IS_GROUND_PAGE (self), NULL);

  if (!self->built)
    rebuild (self);
  return self->badge;
}

/**
 * tend_ground_page_choose:
 *
 * Chooses "too much" or "too little" (0: neither), as the two buttons do.
 */
void
tend_ground_page_choose (TendGroundPage   *self,
                         TendExerciseFits  fits)
{
  g_return_if_fail (TEND_IS_GROUND_PAGE (self));
  g_return_if_fail (fits == 0 || fits == TEND_FITS_TOO_MUCH || fits == TEND_FITS_TOO_LITTLE);

  gtk_toggle_button_set_active (self->too_much_button, fits == TEND_FITS_TOO_MUCH);
  gtk_toggle_button_set_active (self->too_little_button, fits == TEND_FITS_TOO_LITTLE);
}

TendExerciseFits
tend_ground_page_get_chosen (TendGroundPage *self)
{
  g_return_val_if_fail (TEND_IS_GROUND_PAGE (self), 0);

  return self->chosen;
}

/**
 * tend_ground_page_dup_marked_fitting:
 *
 * The exercises whose cards are marked as fitting the choice, in the order shown.
 */
GPtrArray *
tend_ground_page_dup_marked_fitting (TendGroundPage *self)
{
  GPtrArray *marked;

  g_return_val_if_fail (TEND_IS_GROUND_PAGE (self), NULL);

  if (!self->built)
    rebuild (self);
  marked = g_ptr_array_new ();
  for (guint i = 0; i < self->card_widgets->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (self->card_widgets, i);

      if (gtk_widget_has_css_class (card, "tend-fits"))
        g_ptr_array_add (marked, g_ptr_array_index (self->order, i));
    }
  return marked;
}
