/* tend-progress-page.c — the Progress section: what the journal and the exercises add up to.
 *
 * Everything on the page comes from one TendProgress, computed from the store's records for
 * the chosen range: again when the range changes, when records arrive or change (gathered
 * into one idle, so a burst of changes costs one computation), and when the page is shown,
 * since an entry's check-in can change without the list changing.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tend-bar-chart.h"
#include "tend-exercises.h"
#include "tend-heat-map.h"
#include "tend-learn-offer-link.h"
#include "tend-line-chart.h"
#include "tend-look-back-group.h"
#include "tend-progress-page.h"
#include "tend-progress-summary.h"
#include "tend-prompts.h"

#define N_RANGES (TEND_PROGRESS_ALL_TIME + 1)

/* The ids of each scale's card in the template: <id>_scale, <id>_summary and <id>_chart. */
static const char * const scale_ids[TEND_N_SCALES] = {
  [TEND_SCALE_MOOD] = "mood",
  [TEND_SCALE_DISTRESS] = "distress",
  [TEND_SCALE_SAFETY] = "safety",
  [TEND_SCALE_CLOSENESS] = "closeness",
};

enum {
  PROP_0,
  PROP_RANGE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

struct _TendProgressPage
{
  AdwBin             parent_instance;

  TendStore         *store;
  TendProgressRange  range;
  TendProgress      *progress;
  guint              recompute_id;
  guint              midnight_id;
  guint32            watched_day;  /* g_date_get_julian () of the day the page shows */
  gboolean           syncing;

  GtkStack          *stack;
  GtkWidget         *loading_row;
  GtkSpinner        *loading_spinner;
  GtkToggleButton   *range_30_days;
  GtkToggleButton   *range_3_months;
  GtkToggleButton   *range_6_months;
  GtkToggleButton   *range_12_months;
  GtkToggleButton   *range_all_time;
  GtkDropDown       *range_dropdown;
  GtkLabel          *practice_figure;
  GtkLabel          *practice_caption;
  GtkLabel          *entries_figure;
  GtkLabel          *entries_caption;
  GtkLabel          *sessions_figure;
  GtkLabel          *sessions_caption;
  GtkLabel          *practice_summary;
  TendHeatMap       *heat_map;
  GtkWidget         *heat_map_scrollbar;
  AdwPreferencesGroup *checkins_group;
  GtkLabel          *checkin_scales[TEND_N_SCALES];
  GtkLabel          *checkin_summaries[TEND_N_SCALES];
  TendLineChart     *checkin_charts[TEND_N_SCALES];
  GtkLabel          *grounding_summary;
  TendBarChart      *exercises_chart;
  GtkLabel          *themes_summary;
  TendBarChart      *themes_chart;
  TendLearnOfferLink     *setbacks_link;
  TendLookBackGroup *look_back_group;
};

G_DEFINE_FINAL_TYPE (TendProgressPage, tend_progress_page, ADW_TYPE_BIN)

static void recompute (TendProgressPage *self);

static GtkToggleButton *
range_button (TendProgressPage  *self,
              TendProgressRange  range)
{
  GtkToggleButton *buttons[N_RANGES] = {
    self->range_30_days, self->range_3_months, self->range_6_months, self->range_12_months,
    self->range_all_time,
  };

  return buttons[range];
}

/* The sentence beside a chart is also what a screen reader hears about the chart. */
static void
set_summary (GtkLabel   *label,
             gpointer    chart,
             const char *text)
{
  gtk_label_set_text (label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
set_figure (GtkLabel   *figure,
            GtkLabel   *caption,
            guint       n,
            const char *text)
{
  g_autofree char *number = g_strdup_printf ("%u", n);

  gtk_label_set_text (figure, number);
  gtk_label_set_text (caption, text);
}

/* ------------------------------------------------------------------------------------------ */
/* Loading and the empty page */

static gboolean
has_records (TendProgressPage *self)
{
  return self->store != NULL &&
         (g_list_model_get_n_items (tend_store_get_entries (self->store)) > 0 ||
          g_list_model_get_n_items (tend_store_get_sessions (self->store)) > 0);
}

static void
update_loading (TendProgressPage *self)
{
  gboolean loading = self->store != NULL && !tend_store_get_loaded (self->store);

  gtk_widget_set_visible (self->loading_row, loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading);

  /* While older months are read, an empty recent past is not an empty journal. */
  gtk_stack_set_visible_child_name (self->stack,
                                    has_records (self) || loading ? "content" : "empty");
}

/* ------------------------------------------------------------------------------------------ */
/* Charts */

/* A small chart for each scale, each with its own sentence, averaged by week or by month. */
static void
update_checkins (TendProgressPage *self)
{
  TendAveraging averaging = tend_progress_get_averaging (self->progress);
  const char *points = averaging == TEND_AVERAGE_MONTHS
                       /* Translators: under the Check-ins heading, on ranges longer than about
                        * six months. */
                       ? _("Each point is the average of a month’s check-ins.")
                       /* Translators: under the Check-ins heading, on shorter ranges. */
                       : _("Each point is the average of a week’s check-ins.");
  const TendAverages *averages;
  guint n_averages;

  averages = tend_progress_get_averages (self->progress, &n_averages);
  adw_preferences_group_set_description (self->checkins_group, points);

  for (TendScale scale = 0; scale < TEND_N_SCALES; scale++)
    {
      g_autofree char *summary = tend_progress_summary_checkins (self->progress, scale);
      g_autofree char *description = NULL;

      tend_line_chart_set_averages (self->checkin_charts[scale], averages, n_averages,
                                    &self->progress->first, &self->progress->last);
      gtk_label_set_text (self->checkin_summaries[scale], summary);
      /* Translators: what a screen reader says about a small check-in chart: its summary
       * sentence, how its scale reads, and how its points are averaged, e.g. “Average distress
       * fell from 6.1 to 4.3 over the last 3 months. From 0, calm, to 10, overwhelmed: lower is
       * calmer. Each point is the average of a week’s check-ins.” */
      description = g_strdup_printf (_("%s. %s. %s"), summary,
                                     gtk_label_get_text (self->checkin_scales[scale]), points);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->checkin_charts[scale]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
}

static void
update_exercises (TendProgressPage *self)
{
  GArray *exercises = self->progress->exercises;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree TendBarRow *rows = g_new0 (TendBarRow, exercises->len + 1);
  g_autofree char *summary = tend_progress_summary_grounding (self->progress);

  for (guint i = 0; i < exercises->len; i++)
    {
      const TendExerciseStats *stats = &g_array_index (exercises, TendExerciseStats, i);
      const TendExercise *exercise = tend_exercises_lookup (stats->exercise_id);
      char *text;

      if (stats->rated > 0)
        {
          g_autofree char *change = tend_progress_summary_signed (stats->change);

          /* Translators: beside an exercise's bar: %s is the average change in distress (0–10)
           * from before to after it, with its sign, e.g. “−2.1”; %u is how often it was
           * done. */
          text = g_strdup_printf (ngettext ("%s · %u time", "%s · %u times", stats->sessions),
                                  change, stats->sessions);
        }
      else
        /* Translators: beside an exercise that was never rated before and after; %u is how
         * often it was done. */
        text = g_strdup_printf (ngettext ("%u time, not rated", "%u times, not rated",
                                          stats->sessions),
                                stats->sessions);
      g_ptr_array_add (texts, text);

      rows[i].label = exercise != NULL ? _(exercise->title) : stats->exercise_id;
      rows[i].value = stats->rated > 0 ? stats->change : NAN;
      rows[i].value_text = text;
    }

  tend_bar_chart_set_rows (self->exercises_chart, rows, exercises->len);
  gtk_widget_set_visible (GTK_WIDGET (self->exercises_chart), exercises->len > 0);
  set_summary (self->grounding_summary, self->exercises_chart, summary);
}

/* Most entries first; themes with as many keep the catalog's order. */
static int
compare_theme_counts (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  GArray *themes = data;
  guint ia = *(const guint *) a;
  guint ib = *(const guint *) b;
  guint na = g_array_index (themes, TendThemeStats, ia).entries;
  guint nb = g_array_index (themes, TendThemeStats, ib).entries;

  if (na != nb)
    return na > nb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static void
update_themes (TendProgressPage *self)
{
  GArray *themes = self->progress->themes;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree TendBarRow *rows = g_new0 (TendBarRow, themes->len + 1);
  g_autofree char *summary = tend_progress_summary_themes (self->progress);
  g_autofree guint *order = g_new (guint, themes->len + 1);
  guint total = 0;

  for (guint i = 0; i < themes->len; i++)
    order[i] = i;
  g_qsort_with_data (order, themes->len, sizeof (guint), compare_theme_counts, themes);

  for (guint i = 0; i < themes->len; i++)
    {
      const TendThemeStats *stats = &g_array_index (themes, TendThemeStats, order[i]);
      const TendTheme *theme = tend_prompts_lookup_theme (stats->theme_id);
      char *text = g_strdup_printf ("%u", stats->entries);

      g_ptr_array_add (texts, text);
      rows[i].label = theme != NULL ? tend_theme_get_title (theme) : stats->theme_id;
      rows[i].value = stats->entries;
      rows[i].value_text = text;
      total += stats->entries;
    }

  tend_bar_chart_set_rows (self->themes_chart, rows, themes->len);
  gtk_widget_set_visible (GTK_WIDGET (self->themes_chart), total > 0);
  set_summary (self->themes_summary, self->themes_chart, summary);
}

static void
update_practice (TendProgressPage *self)
{
  guint practised = self->progress->practice_days;
  guint entries = tend_progress_summary_n_entries (self->progress);
  guint sessions = tend_progress_summary_n_sessions (self->progress);
  g_autofree char *counted = tend_progress_summary_practice (self->progress);
  g_autofree char *summary = NULL;

  /* The calendar marks the days that were practised and nothing else: say so, so that no one
   * reads the days between as a broken streak. */
  if (practised > 0)
    /* Translators: the practice calendar's one-line summary: %s is a sentence such as
     * “Practised on 18 of the last 30 days”, and then how the calendar is meant. */
    summary = g_strdup_printf (_("%s. Each day counts by itself; a day off takes nothing away."),
                               counted);
  else
    summary = g_steal_pointer (&counted);

  set_figure (self->practice_figure, self->practice_caption, practised,
              /* Translators: under a large number: days with an entry or an exercise. */
              ngettext ("day with practice", "days with practice", practised));
  set_figure (self->entries_figure, self->entries_caption, entries,
              /* Translators: under a large number: journal entries written. */
              ngettext ("entry", "entries", entries));
  set_figure (self->sessions_figure, self->sessions_caption, sessions,
              /* Translators: under a large number: grounding exercises done. */
              ngettext ("grounding exercise", "grounding exercises", sessions));

  tend_heat_map_set_progress (self->heat_map, self->progress);
  set_summary (self->practice_summary, self->heat_map, summary);
}

/* ------------------------------------------------------------------------------------------ */
/* Computing */

static TendProgress *
compute (TendProgressPage *self)
{
  GListModel *entries = tend_store_get_entries (self->store);
  GListModel *sessions = tend_store_get_sessions (self->store);
  guint n_entries = g_list_model_get_n_items (entries);
  guint n_sessions = g_list_model_get_n_items (sessions);
  g_autoptr(GPtrArray) entry_array = g_ptr_array_new_full (n_entries, g_object_unref);
  g_autoptr(GPtrArray) session_array = g_ptr_array_new_full (n_sessions, g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDate today;
  int y, m, d;

  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (entry_array, g_list_model_get_item (entries, i));
  for (guint i = 0; i < n_sessions; i++)
    g_ptr_array_add (session_array, g_list_model_get_item (sessions, i));

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);

  /* The store keeps its own references, so the look-backs' entries outlive these arrays. */
  return tend_progress_compute ((TendEntry **) entry_array->pdata, entry_array->len,
                                (TendGroundingSession **) session_array->pdata,
                                session_array->len, self->range, &today,
                                tend_progress_locale_week_start (), tz);
}

static void
recompute (TendProgressPage *self)
{
  g_clear_handle_id (&self->recompute_id, g_source_remove);
  update_loading (self);

  if (self->store == NULL)
    return;

  g_clear_pointer (&self->progress, tend_progress_free);
  self->progress = compute (self);

  update_practice (self);
  update_checkins (self);
  update_exercises (self);
  update_themes (self);
  /* A harder stretch is met with a quiet word that setbacks are part of healing. */
  tend_learn_offer_link_set_wanted (self->setbacks_link,
                              tend_learn_offers_moved_hard_way (self->progress, NULL));
  tend_look_back_group_set_look_backs (self->look_back_group, self->progress->look_backs);
}

static gboolean
recompute_cb (gpointer data)
{
  TendProgressPage *self = data;

  self->recompute_id = 0;
  recompute (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_recompute (TendProgressPage *self)
{
  if (self->recompute_id == 0)
    self->recompute_id = g_idle_add (recompute_cb, self);
}

/* ------------------------------------------------------------------------------------------ */
/* Controls */

static void
range_toggled_cb (GtkToggleButton  *button,
                  TendProgressPage *self)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  for (TendProgressRange range = 0; range < N_RANGES; range++)
    if (range_button (self, range) == button)
      tend_progress_page_set_range (self, range);
}

static void
range_selected_cb (TendProgressPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  if (!self->syncing && selected < N_RANGES)
    tend_progress_page_set_range (self, selected);
}

/* The scrollbar under the calendar shows when there are weeks beyond the ones shown. It keeps
 * its place otherwise: the adjustment changes while the calendar is laid out, and the page
 * should not change height then. */
static void
sync_heat_map_scrollbar (TendProgressPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->heat_map));
  gboolean more = gtk_adjustment_get_upper (adjustment) >
                  gtk_adjustment_get_page_size (adjustment) + 0.5;

  gtk_widget_set_opacity (self->heat_map_scrollbar, more ? 1 : 0);
  gtk_widget_set_can_target (self->heat_map_scrollbar, more);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->heat_map_scrollbar),
                               GTK_ACCESSIBLE_STATE_HIDDEN, !more,
                               -1);
}

/* The keyboard was on the last look-back, now put aside: it goes back to the page. */
static void
look_back_focus_away_cb (TendProgressPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->heat_map));
}

/**
 * tend_progress_page_get_range:
 *
 * The "range" property: which stretch of time the page sums up.
 */
TendProgressRange
tend_progress_page_get_range (TendProgressPage *self)
{
  g_return_val_if_fail (TEND_IS_PROGRESS_PAGE (self), TEND_PROGRESS_30_DAYS);

  return self->range;
}

/**
 * tend_progress_page_set_range:
 *
 * The "range" property: which stretch of time the page sums up.
 */
void
tend_progress_page_set_range (TendProgressPage  *self,
                              TendProgressRange  range)
{
  g_return_if_fail (TEND_IS_PROGRESS_PAGE (self));
  g_return_if_fail (range < N_RANGES);

  self->syncing = TRUE;
  gtk_toggle_button_set_active (range_button (self, range), TRUE);
  gtk_drop_down_set_selected (self->range_dropdown, range);
  self->syncing = FALSE;

  if (self->range == range)
    return;

  self->range = range;
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

void
tend_progress_page_set_store (TendProgressPage *self,
                              TendStore        *store)
{
  g_return_if_fail (TEND_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || TEND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (tend_store_get_entries (self->store), self);
      g_signal_handlers_disconnect_by_data (tend_store_get_sessions (self->store), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }

  g_set_object (&self->store, store);
  tend_look_back_group_set_store (self->look_back_group, store);
  if (store != NULL)
    {
      g_signal_connect_object (tend_store_get_entries (store), "items-changed",
                               G_CALLBACK (schedule_recompute), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (tend_store_get_sessions (store), "items-changed",
                               G_CALLBACK (schedule_recompute), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::loaded",
                               G_CALLBACK (schedule_recompute), self, G_CONNECT_SWAPPED);
    }

  recompute (self);
}

/* ------------------------------------------------------------------------------------------ */

/**
 * tend_progress_page_new:
 *
 * Practice, check-ins, grounding and themes over a range, and entries to look back on. "Show"
 * on a look-back activates win.open-entry with the entry's id.
 */
GtkWidget *
tend_progress_page_new (void)
{
  return g_object_new (TEND_TYPE_PROGRESS_PAGE, NULL);
}

static guint32
julian_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, d, m, y);
  return g_date_get_julian (&today);
}

/* A new day moves the ranges and the calendar's "today". The clock is read once a minute
 * rather than waited on until midnight: a timeout does not count time spent suspended. */
static gboolean
new_day_cb (gpointer data)
{
  TendProgressPage *self = data;
  guint32 today = julian_today ();

  if (today != self->watched_day)
    {
      self->watched_day = today;
      if (self->store != NULL)
        schedule_recompute (self);
    }
  return G_SOURCE_CONTINUE;
}

static void
watch_midnight (TendProgressPage *self)
{
  self->watched_day = julian_today ();
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (60, new_day_cb, self);
}

/* An entry's check-in can change in the journal without any list changing: look again. */
static void
tend_progress_page_map (GtkWidget *widget)
{
  TendProgressPage *self = TEND_PROGRESS_PAGE (widget);

  GTK_WIDGET_CLASS (tend_progress_page_parent_class)->map (widget);
  if (self->store != NULL)
    schedule_recompute (self);
  watch_midnight (self);
}

static void
tend_progress_page_unmap (GtkWidget *widget)
{
  TendProgressPage *self = TEND_PROGRESS_PAGE (widget);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  GTK_WIDGET_CLASS (tend_progress_page_parent_class)->unmap (widget);
}

static void
tend_progress_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TendProgressPage *self = TEND_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_uint (value, self->range);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_progress_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TendProgressPage *self = TEND_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      tend_progress_page_set_range (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_progress_page_dispose (GObject *object)
{
  TendProgressPage *self = TEND_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_PROGRESS_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->progress, tend_progress_free);

  G_OBJECT_CLASS (tend_progress_page_parent_class)->dispose (object);
}

static void
tend_progress_page_class_init (TendProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_progress_page_get_property;
  object_class->set_property = tend_progress_page_set_property;
  object_class->dispose = tend_progress_page_dispose;
  widget_class->map = tend_progress_page_map;
  widget_class->unmap = tend_progress_page_unmap;

  properties[PROP_RANGE] =
    g_param_spec_uint ("range", NULL, NULL, 0, N_RANGES - 1, TEND_PROGRESS_30_DAYS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TEND_TYPE_BAR_CHART);
  g_type_ensure (TEND_TYPE_HEAT_MAP);
  g_type_ensure (TEND_TYPE_LEARN_OFFER_LINK);
  g_type_ensure (TEND_TYPE_LINE_CHART);
  g_type_ensure (TEND_TYPE_LOOK_BACK_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/progress/tend-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, loading_row);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_30_days);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_3_months);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_6_months);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_12_months);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_all_time);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, practice_figure);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, practice_caption);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, entries_figure);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, entries_caption);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, sessions_figure);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, sessions_caption);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, practice_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, heat_map);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, heat_map_scrollbar);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, checkins_group);
  for (TendScale scale = 0; scale < TEND_N_SCALES; scale++)
    {
      g_autofree char *label = g_strdup_printf ("%s_scale", scale_ids[scale]);
      g_autofree char *summary = g_strdup_printf ("%s_summary", scale_ids[scale]);
      g_autofree char *chart = g_strdup_printf ("%s_chart", scale_ids[scale]);

      /* The template keeps the names it is given. */
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (label), FALSE,
                                                 G_STRUCT_OFFSET (TendProgressPage,
                                                                  checkin_scales[scale]));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (summary), FALSE,
                                                 G_STRUCT_OFFSET (TendProgressPage,
                                                                  checkin_summaries[scale]));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (chart), FALSE,
                                                 G_STRUCT_OFFSET (TendProgressPage,
                                                                  checkin_charts[scale]));
    }
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, grounding_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, exercises_chart);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, themes_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, themes_chart);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, setbacks_link);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, look_back_group);
}

static void
tend_progress_page_init (TendProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->range = TEND_PROGRESS_30_DAYS;
  g_signal_connect_swapped (self->look_back_group, "focus-away",
                            G_CALLBACK (look_back_focus_away_cb), self);

  gtk_toggle_button_set_active (self->range_30_days, TRUE);
  for (TendProgressRange range = 0; range < N_RANGES; range++)
    g_signal_connect (range_button (self, range), "toggled", G_CALLBACK (range_toggled_cb), self);
  g_signal_connect_swapped (self->range_dropdown, "notify::selected",
                            G_CALLBACK (range_selected_cb), self);

  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->heat_map)),
                           "changed", G_CALLBACK (sync_heat_map_scrollbar), self,
                           G_CONNECT_SWAPPED);
  sync_heat_map_scrollbar (self);

  update_loading (self);
}
