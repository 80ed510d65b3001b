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
#include <stdio.h>

#include "tend-bar-chart.h"
#include "tend-exercises.h"
#include "tend-heat-map.h"
#include "tend-line-chart.h"
#include "tend-progress-page.h"
#include "tend-progress-summary.h"
#include "tend-prompts.h"

#define N_RANGES (TEND_PROGRESS_ALL_TIME + 1)

/* An entry offered to look back on, copied out of the TendProgress so that a card never holds
 * a record the store may have let go of. */
typedef struct {
  guint  months_ago;
  char  *id;
  GDate  day;
} LookBack;

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
  GSettings         *settings;
  TendProgressRange  range;
  TendProgress      *progress;
  LookBack           look_backs[TEND_PROGRESS_N_LOOK_BACKS];
  GHashTable        *set_aside;    /* ids of entries whose look-back was "Not Now" */
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
  GtkDropDown       *scale_dropdown;
  GtkLabel          *checkins_summary;
  TendLineChart     *line_chart;
  GtkLabel          *grounding_summary;
  TendBarChart      *exercises_chart;
  GtkLabel          *themes_summary;
  TendBarChart      *themes_chart;
  GtkWidget         *look_back_group;
  GtkBox            *look_back_box;
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
/* Look back */

static void
clear_look_backs (TendProgressPage *self)
{
  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      g_clear_pointer (&self->look_backs[i].id, g_free);
      self->look_backs[i].months_ago = 0;
    }
}

static const char *
button_entry_id (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "entry-id");
}

static void update_look_backs (TendProgressPage *self);

static void
show_clicked_cb (GtkButton        *button,
                 TendProgressPage *self)
{
  /* The window opens it in the journal, where reading it is the person's own doing. */
  gtk_widget_activate_action (GTK_WIDGET (button), "win.open-entry", "s",
                              button_entry_id (GTK_WIDGET (button)));
}

static void
set_aside (TendProgressPage *self,
           const char       *id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL &&
                       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->look_back_box));

  g_hash_table_add (self->set_aside, g_strdup (id));
  update_look_backs (self);

  /* The keyboard stays among the look-backs rather than falling back to the window. */
  if (had_focus &&
      !gtk_widget_child_focus (GTK_WIDGET (self->look_back_box), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (GTK_WIDGET (self->scale_dropdown));
}

static void
not_now_clicked_cb (GtkButton        *button,
                    TendProgressPage *self)
{
  set_aside (self, button_entry_id (GTK_WIDGET (button)));
}

static void
never_clicked_cb (GtkButton        *button,
                  TendProgressPage *self)
{
  g_autofree char *id = g_strdup (button_entry_id (GTK_WIDGET (button)));
  TendEntry *entry = self->store != NULL ? tend_store_find_entry (self->store, id) : NULL;
  g_autoptr(GError) error = NULL;

  if (entry != NULL)
    {
      tend_entry_set_lookback (entry, FALSE);
      if (!tend_store_update_entry (self->store, entry, &error))
        g_warning ("Could not keep “don't show again” for an entry: %s", error->message);
    }

  set_aside (self, id);
}

static GtkWidget *
look_back_button (const char       *label,
                  const char       *id,
                  const char       *description,
                  GCallback         callback,
                  TendProgressPage *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "entry-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", callback, self);
  /* Several cards have the same buttons: each says which entry it is about. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return button;
}

static GtkWidget *
build_look_back (TendProgressPage *self,
                 const LookBack   *look_back)
{
  const char *title = tend_progress_summary_look_back (look_back->months_ago);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *when, *show, *not_now, *never;
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (&look_back->day),
                                                   g_date_get_month (&look_back->day),
                                                   g_date_get_day (&look_back->day), 12, 0, 0);
  /* Translators: when an old entry was written, in the notation of g_date_time_format(),
   * e.g. “Written on 24 May 2026”. */
  g_autofree char *written = g_date_time_format (noon, _("Written on %-d %B %Y"));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "tend-chart-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (card), heading);

  when = gtk_label_new (written);
  gtk_label_set_wrap (GTK_LABEL (when), TRUE);
  gtk_label_set_xalign (GTK_LABEL (when), 0);
  gtk_widget_add_css_class (when, "dim-label");
  gtk_box_append (GTK_BOX (card), when);

  /* Translators: opens an old entry offered in Look Back. */
  show = look_back_button (_("_Show"), look_back->id, title, G_CALLBACK (show_clicked_cb), self);
  /* Translators: hides an old entry offered in Look Back until Tend is started again. */
  not_now = look_back_button (_("_Not Now"), look_back->id, title,
                              G_CALLBACK (not_now_clicked_cb), self);
  /* Translators: never offers this entry in Look Back again. */
  never = look_back_button (_("_Don’t Show Me This Again"), look_back->id, title,
                            G_CALLBACK (never_clicked_cb), self);
  gtk_widget_add_css_class (not_now, "flat");
  gtk_widget_add_css_class (never, "flat");

  gtk_widget_set_halign (never, GTK_ALIGN_START);

  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), show);
  gtk_box_append (GTK_BOX (buttons), not_now);
  gtk_box_append (GTK_BOX (card), buttons);
  gtk_box_append (GTK_BOX (card), never);

  return card;
}

static void
update_look_backs (TendProgressPage *self)
{
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->look_back_box))) != NULL)
    gtk_box_remove (self->look_back_box, child);

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      const LookBack *look_back = &self->look_backs[i];

      if (look_back->id == NULL || g_hash_table_contains (self->set_aside, look_back->id))
        continue;

      gtk_box_append (self->look_back_box, build_look_back (self, look_back));
      any = TRUE;
    }

  gtk_widget_set_visible (self->look_back_group,
                          any && g_settings_get_boolean (self->settings, "show-look-back"));
}

static void
take_look_backs (TendProgressPage *self)
{
  clear_look_backs (self);

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      const TendLookBack *look_back = &self->progress->look_backs[i];
      int y, m, d;

      if (look_back->entry == NULL ||
          sscanf (tend_entry_get_day (look_back->entry), "%d-%d-%d", &y, &m, &d) != 3 ||
          !g_date_valid_dmy (d, m, y))
        continue;

      self->look_backs[i].months_ago = look_back->months_ago;
      self->look_backs[i].id = g_strdup (tend_entry_get_id (look_back->entry));
      g_date_clear (&self->look_backs[i].day, 1);
      g_date_set_dmy (&self->look_backs[i].day, d, m, y);
    }

  update_look_backs (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Charts */

static void
update_checkins (TendProgressPage *self)
{
  g_autofree char *summary = NULL;

  if (self->progress == NULL)
    return;

  summary = tend_progress_summary_checkins (self->progress,
                                            tend_line_chart_get_scale (self->line_chart));
  set_summary (self->checkins_summary, self->line_chart, summary);
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
        /* Translators: beside an exercise's bar: %+.1f is the average change in distress
         * (0–10) from before to after it, e.g. “-2.1”; %u is how often it was done. */
        text = g_strdup_printf (ngettext ("%+.1f · %u time", "%+.1f · %u times", stats->sessions),
                                stats->change, stats->sessions);
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

static void
update_themes (TendProgressPage *self)
{
  GArray *themes = self->progress->themes;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree TendBarRow *rows = g_new0 (TendBarRow, themes->len + 1);
  g_autofree char *summary = tend_progress_summary_themes (self->progress);
  guint total = 0;

  for (guint i = 0; i < themes->len; i++)
    {
      const TendThemeStats *stats = &g_array_index (themes, TendThemeStats, i);
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
  g_autofree char *summary = tend_progress_summary_practice (self->progress);

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
  tend_line_chart_set_weeks (self->line_chart, self->progress->weeks, self->progress->n_weeks);
  update_checkins (self);
  update_exercises (self);
  update_themes (self);
  take_look_backs (self);
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

static void
scale_selected_cb (TendProgressPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->scale_dropdown);

  /* The first choice is all four; then the scales in their order. */
  if (selected <= TEND_N_SCALES)
    tend_line_chart_set_scale (self->line_chart, (int) selected - 1);
  update_checkins (self);
}

static void
show_look_back_changed_cb (TendProgressPage *self)
{
  update_look_backs (self);
}

TendProgressRange
tend_progress_page_get_range (TendProgressPage *self)
{
  g_return_val_if_fail (TEND_IS_PROGRESS_PAGE (self), TEND_PROGRESS_30_DAYS);

  return self->range;
}

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
  g_clear_object (&self->settings);
  g_clear_pointer (&self->progress, tend_progress_free);
  g_clear_pointer (&self->set_aside, g_hash_table_unref);
  clear_look_backs (self);

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
  g_type_ensure (TEND_TYPE_LINE_CHART);
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
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, checkins_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, line_chart);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, grounding_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, exercises_chart);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, themes_summary);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, themes_chart);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, look_back_group);
  gtk_widget_class_bind_template_child (widget_class, TendProgressPage, look_back_box);
}

static void
tend_progress_page_init (TendProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->range = TEND_PROGRESS_30_DAYS;
  self->set_aside = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->settings = g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::show-look-back",
                           G_CALLBACK (show_look_back_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_toggle_button_set_active (self->range_30_days, TRUE);
  for (TendProgressRange range = 0; range < N_RANGES; range++)
    g_signal_connect (range_button (self, range), "toggled", G_CALLBACK (range_toggled_cb), self);
  g_signal_connect_swapped (self->range_dropdown, "notify::selected",
                            G_CALLBACK (range_selected_cb), self);
  g_signal_connect_swapped (self->scale_dropdown, "notify::selected",
                            G_CALLBACK (scale_selected_cb), self);

  update_loading (self);
}
