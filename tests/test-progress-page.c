/* test-progress-page.c — the Progress section: its sentences, the practice calendar from the
 * keyboard, gaps in the check-in lines, and look-backs that are offered, never pushed.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tend-bar-chart.h"
#include "tend-heat-map.h"
#include "tend-line-chart.h"
#include "tend-progress-page.h"
#include "tend-progress-summary.h"
#include "tend-test-utils.h"

/* How the practice calendar is meant, after its count. */
#define CALENDAR_NOTE ". Each day counts by itself; a day off takes nothing away."

typedef struct {
  char             *dir;
  TendStore        *store;
  GtkWindow        *window;
  TendProgressPage *page;
  char             *opened;  /* the id win.open-entry was asked for */
} Fixture;

/* ------------------------------------------------------------------------------------------ */
/* A history with known days */

static void
date_days_ago (guint  days_ago,
               GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int y, m, d;

  g_date_time_get_ymd (now, &y, &m, &d);
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  g_date_subtract_days (out, days_ago);
}

static char *
day_string (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static TendEntry *
add_entry_on (Fixture     *f,
              const GDate *date,
              const char  *theme,
              int          mood,
              int          distress)
{
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  g_autofree char *day = day_string (date);

  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, "A few words.");
  tend_entry_set_theme (entry, theme);
  tend_entry_set_mood (entry, mood);
  tend_entry_set_distress (entry, distress);
  g_assert_true (tend_store_add_entry (f->store, entry, NULL));
  return entry;  /* the store keeps its own reference */
}

static TendEntry *
add_entry (Fixture    *f,
           guint       days_ago,
           const char *theme,
           int         mood,
           int         distress)
{
  GDate date;

  date_days_ago (days_ago, &date);
  return add_entry_on (f, &date, theme, mood, distress);
}

static void
add_session (Fixture    *f,
             guint       days_ago,
             const char *exercise,
             int         before,
             int         after)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (now),
                                                     g_date_time_get_month (now),
                                                     g_date_time_get_day_of_month (now),
                                                     12, 0, 0);
  g_autoptr(GDateTime) started = g_date_time_add_days (noon, -(int) days_ago);
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new (id, started, exercise);

  tend_grounding_session_set_seconds (session, 180);
  tend_grounding_session_set_completed (session, TRUE);
  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  g_assert_true (tend_store_add_session (f->store, session, NULL));
}

/* Eight days with something in the last thirty: distress 7 at the start, 3 at the end, mood
 * 2 then 4; and one more entry 200 days ago, outside the month. */
static void
add_history (Fixture *f)
{
  add_entry (f, 29, "boundaries", 2, 7);
  add_entry (f, 28, "boundaries", 2, 7);
  add_entry (f, 15, "truth", TEND_CHECKIN_UNSET, TEND_CHECKIN_UNSET);
  add_entry (f, 1, "boundaries", 4, 3);
  add_entry (f, 0, NULL, 4, 3);
  add_entry (f, 200, "touch", 3, 5);

  add_session (f, 20, "orienting", TEND_DISTRESS_UNSET, TEND_DISTRESS_UNSET);
  add_session (f, 10, "longer-exhale", 7, 4);
  add_session (f, 5, "longer-exhale", 6, 4);
  add_session (f, 5, "box-breathing", 6, 5);
}

/* ------------------------------------------------------------------------------------------ */

static void
open_entry_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->opened);
  f->opened = g_variant_dup_string (parameter, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open_entry = g_simple_action_new ("open-entry", G_VARIANT_TYPE_STRING);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tend-progress-XXXXXX", NULL);
  f->store = tend_store_new (f->dir);
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);

  /* The window's action, as TendWindow will have it. */
  g_signal_connect (open_entry, "activate", G_CALLBACK (open_entry_cb), f);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (open_entry));

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (actions));
  f->page = TEND_PROGRESS_PAGE (tend_progress_page_new ());
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->page));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  g_settings_reset (g_settings_new (BASE_APP_ID), "show-look-back");
  g_free (f->opened);
  g_free (f->dir);
}

static void
show_page (Fixture *f,
           int      width,
           int      height)
{
  tend_progress_page_set_store (f->page, f->store);
  tend_test_show_window (f->window, width, height);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_visible (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_bar_charts (GtkWidget *root,
                    GPtrArray *charts)
{
  if (TEND_IS_BAR_CHART (root))
    g_ptr_array_add (charts, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_bar_charts (child, charts);
}

static void
collect_charts (GtkWidget  *root,
                GPtrArray  *charts)
{
  if (TEND_IS_LINE_CHART (root))
    g_ptr_array_add (charts, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

/* The page's small chart of @scale; there is exactly one. */
static TendLineChart *
find_chart (Fixture   *f,
            TendScale  scale)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  TendLineChart *found = NULL;

  collect_charts (GTK_WIDGET (f->page), charts);
  g_assert_cmpuint (charts->len, ==, TEND_N_SCALES);
  for (guint i = 0; i < charts->len; i++)
    if (tend_line_chart_get_scale (charts->pdata[i]) == scale)
      {
        g_assert_null (found);
        found = charts->pdata[i];
      }
  g_assert_nonnull (found);
  return found;
}

typedef struct {
  Fixture    *f;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return tend_test_find_label (GTK_WIDGET (wait->f->window), wait->text) != NULL;
}

static void
wait_for_label (Fixture    *f,
                const char *text)
{
  LabelWait wait = { f, text };

  tend_test_wait_until (label_shown, &wait, text);
}

static gboolean
label_gone (gpointer data)
{
  return !label_shown (data);
}

static void
wait_for_no_label (Fixture    *f,
                   const char *text)
{
  LabelWait wait = { f, text };

  tend_test_wait_until (label_gone, &wait, text);
}

static GtkWidget *
find_label_with_prefix (GtkWidget  *root,
                        const char *prefix)
{
  if (!gtk_widget_get_visible (root))
    return NULL;

  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
click (Fixture    *f,
       GType       type,
       const char *label)
{
  GtkWidget *button = tend_test_find_button (GTK_WIDGET (f->window), type, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* The sentence beside each chart, on screen and as the chart's description. */
static void
test_summaries (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *practice;
  const char *text;

  add_history (f);
  show_page (f, 800, 900);

  g_assert_cmpuint (tend_progress_page_get_range (f->page), ==, TEND_PROGRESS_30_DAYS);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);
  /* A small chart for each check-in, each with its own sentence. */
  wait_for_label (f, "Average mood rose from 2.0 to 4.0 over the last 30 days");
  wait_for_label (f, "Average distress fell from 7.0 to 3.0 over the last 30 days");
  wait_for_label (f, "From 0, calm, to 10, overwhelmed: lower is calmer");
  wait_for_label (f, "Each point is the average of a week’s check-ins.");
  /* Longer Exhale lowered distress twice: too few to be called what helped most. */
  wait_for_label (f, "Too few rated sessions yet to say which exercise helped most");
  wait_for_label (f, "Most entries were about “Needs and Boundaries” (3)");

  /* The figures on top. */
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->window), "days with practice"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->window), "grounding exercises"));

  /* Theme bars, most entries first. */
  {
    GtkWidget *themes = NULL;
    g_autoptr(GPtrArray) bars = g_ptr_array_new ();

    collect_bar_charts (GTK_WIDGET (f->page), bars);
    g_assert_cmpuint (bars->len, ==, 2);  /* exercises, then themes */
    themes = bars->pdata[1];
    g_assert_cmpuint (tend_bar_chart_get_n_rows (TEND_BAR_CHART (themes)), ==, 5);
    g_assert_cmpstr (tend_bar_chart_get_row_label (TEND_BAR_CHART (themes), 0), ==,
                     "Needs and Boundaries");
    for (guint i = 1; i < 5; i++)
      g_assert_cmpfloat (tend_bar_chart_get_row_value (TEND_BAR_CHART (themes), i - 1), >=,
                         tend_bar_chart_get_row_value (TEND_BAR_CHART (themes), i));
  }

  /* Changes in distress carry a true minus sign. */
  g_assert_nonnull (find_label_with_prefix (GTK_WIDGET (f->window), "\xe2\x88\x92" "2.5 · "));

  /* A longer range takes in the entry from 200 days ago, and averages by month. */
  click (f, GTK_TYPE_TOGGLE_BUTTON, "12 Months");
  g_assert_cmpuint (tend_progress_page_get_range (f->page), ==, TEND_PROGRESS_12_MONTHS);
  wait_for_label (f, "Each point is the average of a month’s check-ins.");
  practice = find_label_with_prefix (GTK_WIDGET (f->window), "Practised on ");
  g_assert_nonnull (practice);
  text = gtk_label_get_text (GTK_LABEL (practice));
  g_assert_true (g_str_has_prefix (text, "Practised on 9 of the last "));
  g_assert_true (g_str_has_suffix (text, " days" CALENDAR_NOTE));

  click (f, GTK_TYPE_TOGGLE_BUTTON, "All Time");
  wait_for_label (f, "Practised on 9 of 201 days since your first record" CALENDAR_NOTE);

  /* And back, by the property. */
  tend_progress_page_set_range (f->page, TEND_PROGRESS_30_DAYS);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);
}

/* Records added while the page is shown appear, a burst of them in one computation. */
static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  show_page (f, 800, 900);
  /* Setting the same store again changes nothing, and keeps the page listening. */
  tend_progress_page_set_store (f->page, f->store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_widget (GTK_WIDGET (f->page),
                                                                             GTK_TYPE_STACK))),
                   ==, "empty");

  add_history (f);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_widget (GTK_WIDGET (f->page),
                                                                             GTK_TYPE_STACK))),
                   ==, "content");

  add_session (f, 3, "butterfly-hug", 5, 5);
  wait_for_label (f, "Practised on 9 of the last 30 days" CALENDAR_NOTE);
}

static char *
expected_day_text (guint       days_ago,
                   const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -(int) days_ago);
  g_autofree char *date = g_date_time_format (then, "%A %-d %B %Y");

  return g_strdup_printf ("%s: %s", date, what);
}

static void
assert_focus_text (TendHeatMap *map,
                   guint        days_ago,
                   const char  *what)
{
  g_autofree char *expected = expected_day_text (days_ago, what);
  g_autofree char *text = tend_heat_map_dup_focus_text (map);

  g_assert_cmpstr (text, ==, expected);
  /* The same words are the calendar's accessible name. */
  gtk_test_accessible_assert_property (map, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
}

static void
press (TendHeatMap *map,
       int          right,
       int          down)
{
  /* What the arrow keys are bound to. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "heat-map.move", "(ii)",
                                             right, down));
}

static void
test_heat_map_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  TendHeatMap *map;

  add_history (f);
  show_page (f, 800, 900);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);

  map = TEND_HEAT_MAP (find_widget (GTK_WIDGET (f->page), TEND_TYPE_HEAT_MAP));
  g_assert_nonnull (map);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (map)));
  gtk_widget_grab_focus (GTK_WIDGET (map));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (map)));

  /* Focus starts on today. */
  g_assert_cmpuint (tend_heat_map_get_focus_day (map), ==, 29);
  assert_focus_text (map, 0, "1 entry");

  /* Left is a week back, Right a week on; Up is the day before. */
  press (map, -1, 0);
  assert_focus_text (map, 7, "nothing recorded");
  press (map, 1, 0);
  assert_focus_text (map, 0, "1 entry");
  for (int i = 0; i < 5; i++)
    press (map, 0, -1);
  assert_focus_text (map, 5, "2 grounding exercises");
  press (map, 0, 1);
  assert_focus_text (map, 4, "nothing recorded");

  /* Home and End: the range's first day and today; nothing moves past them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "heat-map.first", NULL));
  assert_focus_text (map, 29, "1 entry");
  press (map, -1, 0);
  press (map, 0, -1);
  assert_focus_text (map, 29, "1 entry");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "heat-map.last", NULL));
  press (map, 1, 0);
  assert_focus_text (map, 0, "1 entry");

  /* The tooltip says the same. */
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (map)));
}

/* The focus stays on its day when a longer range adds weeks before it. */
static void
test_heat_map_keeps_focus (Fixture       *f,
                           gconstpointer  data)
{
  TendHeatMap *map;

  add_history (f);
  show_page (f, 800, 900);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);
  map = TEND_HEAT_MAP (find_widget (GTK_WIDGET (f->page), TEND_TYPE_HEAT_MAP));

  for (int i = 0; i < 5; i++)
    press (map, 0, -1);
  assert_focus_text (map, 5, "2 grounding exercises");

  tend_progress_page_set_range (f->page, TEND_PROGRESS_12_MONTHS);
  assert_focus_text (map, 5, "2 grounding exercises");
  tend_progress_page_set_range (f->page, TEND_PROGRESS_30_DAYS);
  assert_focus_text (map, 5, "2 grounding exercises");
}

/* In a right-to-left language the weeks run from right to left, and so do the arrows. */
static void
test_heat_map_rtl (void)
{
  g_autofree TendProgress *progress = g_new0 (TendProgress, 1);
  g_autofree TendDayActivity *days = g_new0 (TendDayActivity, 30);
  g_autofree TendAverages *weeks = g_new0 (TendAverages, 5);
  GtkWidget *map = g_object_ref_sink (tend_heat_map_new ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_date_clear (&progress->first, 1);
  g_date_set_dmy (&progress->first, 2, G_DATE_NOVEMBER, 2026);  /* a Monday */
  progress->last = progress->first;
  g_date_add_days (&progress->last, 29);
  progress->n_days = 30;
  progress->days = days;
  progress->n_weeks = 5;
  progress->weeks = weeks;
  weeks[0].start = progress->first;
  days[22].entries = 1;

  tend_heat_map_set_progress (TEND_HEAT_MAP (map), progress);
  gtk_widget_set_direction (map, GTK_TEXT_DIR_RTL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), map);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  tend_test_show_window (GTK_WINDOW (window), 400, 240);

  g_assert_cmpuint (tend_heat_map_get_focus_day (TEND_HEAT_MAP (map)), ==, 29);
  press (TEND_HEAT_MAP (map), 1, 0);
  g_assert_cmpuint (tend_heat_map_get_focus_day (TEND_HEAT_MAP (map)), ==, 22);
  {
    g_autofree char *text = tend_heat_map_dup_focus_text (TEND_HEAT_MAP (map));

    g_assert_cmpstr (text, ==, "Tuesday 24 November 2026: 1 entry");
  }
  press (TEND_HEAT_MAP (map), -1, 0);
  g_assert_cmpuint (tend_heat_map_get_focus_day (TEND_HEAT_MAP (map)), ==, 29);
  tend_test_wait_frames (window, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (map);
}

/* ------------------------------------------------------------------------------------------ */
/* The line chart */

static TendAverages *
weeks_with_gap (guint n_weeks,
                guint gap)
{
  TendAverages *weeks = g_new0 (TendAverages, n_weeks);

  for (guint w = 0; w < n_weeks; w++)
    {
      g_date_clear (&weeks[w].start, 1);
      g_date_set_dmy (&weeks[w].start, 2, G_DATE_NOVEMBER, 2026);
      g_date_add_days (&weeks[w].start, 7 * w);
      weeks[w].n_days = 7;
      for (int s = 0; s < TEND_N_SCALES; s++)
        weeks[w].mean[s] = NAN;
      if (w != gap)
        {
          weeks[w].mean[TEND_SCALE_DISTRESS] = 4 + w % 3;
          weeks[w].count[TEND_SCALE_DISTRESS] = 2;
        }
    }
  return weeks;
}

static void
test_line_chart_gaps (void)
{
  g_autofree TendAverages *weeks = weeks_with_gap (6, 2);
  GtkWidget *chart = g_object_ref_sink (tend_line_chart_new ());
  GtkWidget *window = gtk_window_new ();

  tend_line_chart_set_averages (TEND_LINE_CHART (chart), weeks, 6, NULL, NULL);

  /* Only distress has check-ins; the empty week splits its line. */
  g_assert_cmpint (tend_line_chart_get_scale (TEND_LINE_CHART (chart)), ==, TEND_SCALE_MOOD);
  g_assert_cmpuint (tend_line_chart_get_n_segments (TEND_LINE_CHART (chart)), ==, 0);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_DISTRESS);
  g_assert_cmpuint (tend_line_chart_get_n_segments (TEND_LINE_CHART (chart)), ==, 2);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_MOOD);
  g_assert_cmpuint (tend_line_chart_get_n_segments (TEND_LINE_CHART (chart)), ==, 0);

  /* The last week alone after a gap is a segment of its own. */
  weeks[4].count[TEND_SCALE_DISTRESS] = 0;
  tend_line_chart_set_averages (TEND_LINE_CHART (chart), weeks, 6, NULL, NULL);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_DISTRESS);
  g_assert_cmpuint (tend_line_chart_get_n_segments (TEND_LINE_CHART (chart)), ==, 3);

  /* It draws, with or without weeks, without complaint. */
  gtk_window_set_child (GTK_WINDOW (window), chart);
  tend_test_show_window (GTK_WINDOW (window), 500, 320);
  tend_line_chart_set_averages (TEND_LINE_CHART (chart), NULL, 0, NULL, NULL);
  g_assert_cmpuint (tend_line_chart_get_n_segments (TEND_LINE_CHART (chart)), ==, 0);
  tend_test_wait_frames (window, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

/* In a right-to-left language the numbers stand on the right and time runs leftwards. */
static void
test_line_chart_rtl (void)
{
  g_autofree TendAverages *weeks = weeks_with_gap (12, 5);
  GtkWidget *chart = tend_line_chart_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label;
  graphene_rect_t bounds;

  tend_line_chart_set_averages (TEND_LINE_CHART (chart), weeks, 12, NULL, NULL);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_DISTRESS);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  tend_test_show_window (GTK_WINDOW (window), 500, 320);
  label = gtk_widget_get_first_child (chart);
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_true (gtk_widget_compute_bounds (label, chart, &bounds));
  g_assert_cmpfloat (bounds.origin.x, <, 100);

  /* As with a right-to-left locale: every widget turns, not the chart alone. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  tend_test_wait_frames (window, 2);
  g_assert_true (gtk_widget_compute_bounds (label, chart, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, >, 400);
  tend_test_save_screenshot (window, "line-chart-rtl");

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ten years of lines are drawn once: the same weeks again (opening the page) or a restyle that
 * leaves the colours alone (scrolling, dark style: the four colours suit both) keeps them; new
 * colours or new weeks draw them anew. */
static void
test_line_chart_keeps_texture (void)
{
  g_autofree TendAverages *weeks = weeks_with_gap (520, 200);
  g_autofree TendAverages *same = g_memdup2 (weeks, 520 * sizeof (TendAverages));
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *chart = tend_line_chart_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  tend_line_chart_set_averages (TEND_LINE_CHART (chart), weeks, 520, NULL, NULL);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_DISTRESS);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_window_set_child (GTK_WINDOW (window), box);
  tend_test_show_window (GTK_WINDOW (window), 600, 320);
  tend_test_wait_frames (window, 2);
  g_assert_cmpuint (tend_line_chart_get_n_renders (TEND_LINE_CHART (chart)), ==, 1);

  tend_line_chart_set_averages (TEND_LINE_CHART (chart), same, 520, NULL, NULL);
  gtk_widget_add_css_class (box, "undershoot-top");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  tend_test_wait_frames (window, 3);
  g_assert_cmpuint (tend_line_chart_get_n_renders (TEND_LINE_CHART (chart)), ==, 1);

  gtk_css_provider_load_from_string (provider, ".recoloured tend-line-chart.distress { color: red; }");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  gtk_widget_add_css_class (box, "recoloured");
  tend_test_wait_frames (window, 3);
  g_assert_cmpuint (tend_line_chart_get_n_renders (TEND_LINE_CHART (chart)), ==, 2);

  same[10].count[TEND_SCALE_DISTRESS] = 0;
  tend_line_chart_set_averages (TEND_LINE_CHART (chart), same, 520, NULL, NULL);
  tend_test_wait_frames (window, 3);
  g_assert_cmpuint (tend_line_chart_get_n_renders (TEND_LINE_CHART (chart)), ==, 3);

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Months under the plot carry their years: the first name and every January. */
static void
test_line_chart_years (void)
{
  TendAverages months[21] = { 0 };
  GtkWidget *chart = tend_line_chart_new ();
  GtkWidget *window = gtk_window_new ();
  g_auto(GStrv) labels = NULL;
  guint januaries = 0;

  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      g_date_clear (&months[m].start, 1);
      g_date_set_dmy (&months[m].start, 1, G_DATE_MARCH, 2025);
      g_date_add_months (&months[m].start, m);
      months[m].n_days = g_date_get_days_in_month (g_date_get_month (&months[m].start),
                                                   g_date_get_year (&months[m].start));
      months[m].mean[TEND_SCALE_DISTRESS] = 6 - m / 5.0;
      months[m].count[TEND_SCALE_DISTRESS] = 3;
    }

  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_DISTRESS);
  tend_line_chart_set_averages (TEND_LINE_CHART (chart), months, G_N_ELEMENTS (months), NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  tend_test_show_window (GTK_WINDOW (window), 900, 240);
  tend_test_wait_frames (window, 2);
  tend_test_save_screenshot (window, "line-chart-years");

  labels = tend_line_chart_dup_time_labels (TEND_LINE_CHART (chart));
  g_assert_cmpuint (g_strv_length (labels), >, 4);
  g_assert_cmpstr (labels[0], ==, "Mar");
  g_assert_cmpstr (labels[1], ==, "2025");
  for (guint i = 0; labels[i] != NULL; i++)
    if (g_str_equal (labels[i], "Jan"))
      {
        g_assert_cmpstr (labels[i + 1], ==, "2026");
        januaries++;
      }
  g_assert_cmpuint (januaries, ==, 1);

  /* Too narrow for months: only the years, each once. */
  gtk_window_set_default_size (GTK_WINDOW (window), 160, 240);
  tend_test_wait_frames (window, 3);
  g_clear_pointer (&labels, g_strfreev);
  labels = tend_line_chart_dup_time_labels (TEND_LINE_CHART (chart));
  for (guint i = 0; labels[i] != NULL; i++)
    g_assert_true (g_str_equal (labels[i], "2025") || g_str_equal (labels[i], "2026"));

  /* Thirty days from the middle of November: November is named at the start, with its year. */
  {
    g_autofree TendAverages *weeks = weeks_with_gap (6, 2);
    GDate first, last;

    g_date_clear (&first, 1);
    g_date_set_dmy (&first, 8, G_DATE_NOVEMBER, 2026);
    g_date_clear (&last, 1);
    g_date_set_dmy (&last, 7, G_DATE_DECEMBER, 2026);
    tend_line_chart_set_averages (TEND_LINE_CHART (chart), weeks, 6, &first, &last);
    gtk_window_set_default_size (GTK_WINDOW (window), 420, 240);
    tend_test_wait_frames (window, 3);
    g_clear_pointer (&labels, g_strfreev);
    labels = tend_line_chart_dup_time_labels (TEND_LINE_CHART (chart));
    g_assert_cmpuint (g_strv_length (labels), ==, 3);
    g_assert_cmpstr (labels[0], ==, "Nov");
    g_assert_cmpstr (labels[1], ==, "2026");
    g_assert_cmpstr (labels[2], ==, "Dec");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The practice calendar's month names are never cut off: the oldest edge names its month and
 * year wherever the weeks are scrolled to, and every January carries its year. */
static void
test_heat_map_months (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(TendProgress) progress = NULL;
  GtkWidget *map = tend_heat_map_new ();
  GtkWidget *window = gtk_window_new ();
  GtkAdjustment *adjustment;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 7, G_DATE_DECEMBER, 2026);
  progress = tend_progress_compute (NULL, 0, NULL, 0, TEND_PROGRESS_12_MONTHS, &today,
                                    G_DATE_MONDAY, tz);
  tend_heat_map_set_progress (TEND_HEAT_MAP (map), progress);
  gtk_window_set_child (GTK_WINDOW (window), map);
  tend_test_show_window (GTK_WINDOW (window), 330, 200);
  tend_test_wait_frames (window, 2);
  adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (map));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));

  for (int at = 0; at < 3; at++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
      g_auto(GStrv) labels = NULL;
      char *first;

      /* The newest weeks, the middle, the oldest. */
      gtk_adjustment_set_value (adjustment, upper * (2 - at) / 2 + (at == 1 ? 7 : 0));
      labels = tend_heat_map_dup_month_labels (TEND_HEAT_MAP (map));
      g_assert_cmpuint (g_strv_length (labels), >=, 2);
      first = labels[0];
      /* Name and year, e.g. "Sep 2026", whole. */
      g_assert_nonnull (strchr (first, ' '));
      g_assert_true (g_str_has_suffix (first, "2025") || g_str_has_suffix (first, "2026"));
      for (guint i = 0; labels[i] != NULL; i++)
        if (g_str_has_prefix (labels[i], "Jan"))
          g_assert_cmpstr (labels[i], ==, "Jan 2026");
      /* The oldest weeks: December's few, named though January's name must give way. */
      if (at == 2)
        g_assert_cmpstr (first, ==, "Dec 2025");
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_scale_notifies (void)
{
  GtkWidget *chart = g_object_ref_sink (tend_line_chart_new ());
  guint notified = 0;

  g_signal_connect_swapped (chart, "notify::scale", G_CALLBACK (count_cb), &notified);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_SAFETY);
  tend_line_chart_set_scale (TEND_LINE_CHART (chart), TEND_SCALE_SAFETY);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set (chart, "scale", TEND_SCALE_CLOSENESS, NULL);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (chart);
}

/* The page's own chart breaks its distress line where the middle weeks have no check-ins. */
static void
test_page_line_gap (Fixture       *f,
                    gconstpointer  data)
{
  TendLineChart *chart;

  add_history (f);
  show_page (f, 800, 900);
  wait_for_label (f, "Practised on 8 of the last 30 days" CALENDAR_NOTE);

  chart = find_chart (f, TEND_SCALE_DISTRESS);
  g_assert_cmpuint (tend_line_chart_get_n_segments (chart), ==, 2);
}

/* ------------------------------------------------------------------------------------------ */
/* Look back */

static void
add_look_back_history (Fixture    *f,
                       TendEntry **six,
                       TendEntry **year)
{
  GDate date;

  date_days_ago (0, &date);
  g_date_subtract_months (&date, 6);
  *six = add_entry_on (f, &date, "pleasure", 3, 4);

  date_days_ago (0, &date);
  g_date_subtract_months (&date, 12);
  *year = add_entry_on (f, &date, "touch", 3, 4);

  add_entry (f, 0, NULL, 4, 3);
}

/* The entry as its month's file says, after every save has landed. */
static gboolean
lookback_on_disk (Fixture   *f,
                  TendEntry *entry)
{
  g_autofree char *month = g_strndup (tend_entry_get_day (entry), 7);
  g_autofree char *name = g_strconcat (month, ".json", NULL);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *entries;

  tend_store_flush (f->store);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  entries = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "entries");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *object = json_array_get_object_element (entries, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), tend_entry_get_id (entry)) == 0)
        return json_object_get_boolean_member_with_default (object, "lookback", TRUE);
    }

  g_assert_not_reached ();
}

/* The card around a look-back's title. */
static GtkWidget *
look_back_card (Fixture    *f,
                const char *title)
{
  GtkWidget *label = tend_test_find_label (GTK_WIDGET (f->window), title);
  GtkWidget *card = label;

  g_assert_nonnull (label);
  while (card != NULL && !gtk_widget_has_css_class (card, "card"))
    card = gtk_widget_get_parent (card);
  g_assert_nonnull (card);
  return card;
}

/* No row of a card holds more than two buttons. */
static void
assert_two_buttons_a_row (GtkWidget *widget)
{
  guint buttons = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child))
        buttons++;
      assert_two_buttons_a_row (child);
    }

  if (GTK_IS_BOX (widget) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_HORIZONTAL)
    g_assert_cmpuint (buttons, <=, 2);
}

static void
test_look_back (Fixture       *f,
                gconstpointer  data)
{
  TendEntry *six, *year;
  GtkWidget *group;

  add_look_back_history (f, &six, &year);
  show_page (f, 800, 1400);
  wait_for_label (f, "An entry from six months ago");
  wait_for_label (f, "An entry from a year ago");
  group = gtk_widget_get_ancestor (tend_test_find_label (GTK_WIDGET (f->window),
                                                         "An entry from six months ago"),
                                   ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (group);

  /* Show asks the window to open it, and nothing else. */
  {
    GtkWidget *card = look_back_card (f, "An entry from six months ago");

    assert_two_buttons_a_row (card);

    g_signal_emit_by_name (tend_test_find_button (card, GTK_TYPE_BUTTON, "Show"), "clicked");
    g_assert_cmpstr (f->opened, ==, tend_entry_get_id (six));
    g_assert_true (tend_entry_get_lookback (six));

    /* Not now: gone for now, still offered another time. */
    g_signal_emit_by_name (tend_test_find_button (card, GTK_TYPE_BUTTON, "Not Now"), "clicked");
    g_assert_null (tend_test_find_label (GTK_WIDGET (f->window), "An entry from six months ago"));
    g_assert_true (tend_entry_get_lookback (six));
  }

  /* Don't show me this again, from the card's menu: kept in the journal. */
  {
    GtkWidget *card = look_back_card (f, "An entry from a year ago");
    GtkWidget *menu = find_widget (card, GTK_TYPE_MENU_BUTTON);
    GMenuModel *model;
    g_autofree char *label = NULL;
    g_autofree char *action = NULL;
    g_autoptr(GVariant) target = NULL;

    g_assert_nonnull (menu);
    model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu));
    g_assert_cmpint (g_menu_model_get_n_items (model), ==, 1);
    g_assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "_Don’t Show Me This Again");
    g_assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                    &action));
    target = g_menu_model_get_item_attribute_value (model, 0, G_MENU_ATTRIBUTE_TARGET,
                                                    G_VARIANT_TYPE_STRING);
    g_assert_cmpstr (g_variant_get_string (target, NULL), ==, tend_entry_get_id (year));
    g_assert_true (gtk_widget_activate_action_variant (menu, action, target));
    g_assert_null (tend_test_find_label (GTK_WIDGET (f->window), "An entry from a year ago"));
    g_assert_false (tend_entry_get_lookback (year));
    g_assert_false (tend_entry_get_lookback (tend_store_find_entry (f->store,
                                                                    tend_entry_get_id (year))));
    g_assert_false (lookback_on_disk (f, year));
  }

  /* With nothing left to offer, the section steps aside, and stays aside when the page
   * computes again. */
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (gtk_widget_get_visible (group));
  tend_progress_page_set_range (f->page, TEND_PROGRESS_3_MONTHS);
  g_assert_false (gtk_widget_get_visible (group));
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->window), "An entry from a year ago"));
}

static void
test_look_back_setting (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendEntry *six, *year;

  add_look_back_history (f, &six, &year);
  show_page (f, 800, 1400);
  wait_for_label (f, "An entry from six months ago");

  g_settings_set_boolean (settings, "show-look-back", FALSE);
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->window), "An entry from six months ago"));
  g_settings_set_boolean (settings, "show-look-back", TRUE);
  wait_for_label (f, "An entry from six months ago");
}

/* ------------------------------------------------------------------------------------------ */
/* Loading */

static gboolean
store_loaded (gpointer data)
{
  return tend_store_get_loaded (data);
}

/* Older months are read after the window appears: the page says so, then counts them in. */
static void
test_loading (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  add_entry (f, 200, "touch", 3, 5);
  add_entry (f, 0, NULL, 4, 3);
  tend_store_flush (f->store);
  g_clear_object (&f->store);

  f->store = tend_store_new (f->dir);
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);
  g_assert_false (tend_store_get_loaded (f->store));

  show_page (f, 800, 900);
  tend_progress_page_set_range (f->page, TEND_PROGRESS_12_MONTHS);
  wait_for_label (f, "Reading older entries…");

  tend_store_load_all_async (f->store, NULL, NULL, NULL);
  tend_test_wait_until (store_loaded, f->store, "the store to load");
  wait_for_no_label (f, "Reading older entries…");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (
                   find_label_with_prefix (GTK_WIDGET (f->window), "Practised on "))),
                 "Practised on 2 of the last "));
}

/* ------------------------------------------------------------------------------------------ */
/* Sentences, from hand-made progress */

static TendProgress *
progress_new (TendProgressRange range,
              guint             n_days,
              guint             n_weeks)
{
  TendProgress *progress = g_new0 (TendProgress, 1);

  progress->range = range;
  g_date_clear (&progress->first, 1);
  g_date_set_dmy (&progress->first, 2, G_DATE_NOVEMBER, 2026);
  progress->last = progress->first;
  g_date_add_days (&progress->last, n_days - 1);
  progress->n_days = n_days;
  progress->days = g_new0 (TendDayActivity, n_days);
  progress->n_weeks = n_weeks;
  progress->weeks = g_new0 (TendAverages, n_weeks);
  for (guint w = 0; w < n_weeks; w++)
    {
      progress->weeks[w].start = progress->first;
      g_date_add_days (&progress->weeks[w].start, 7 * w);
      for (int s = 0; s < TEND_N_SCALES; s++)
        progress->weeks[w].mean[s] = NAN;
    }
  progress->exercises = g_array_new (FALSE, TRUE, sizeof (TendExerciseStats));
  progress->themes = g_array_new (FALSE, TRUE, sizeof (TendThemeStats));
  return progress;
}

/* Freed here, not with tend_progress_free(): these were not made by the model. */
static void
progress_free (TendProgress *progress)
{
  g_free (progress->days);
  g_free (progress->weeks);
  g_array_unref (progress->exercises);
  g_array_unref (progress->themes);
  g_free (progress);
}

typedef TendProgress HandMadeProgress;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HandMadeProgress, progress_free)

static void
assert_summary (char       *text,
                const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_summary_day (void)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 3, G_DATE_NOVEMBER, 2026);

  assert_summary (tend_progress_summary_day (&day, &(TendDayActivity) { 1, 2 }),
                  "Tuesday 3 November 2026: 1 entry, 2 grounding exercises");
  assert_summary (tend_progress_summary_day (&day, &(TendDayActivity) { 2, 0 }),
                  "Tuesday 3 November 2026: 2 entries");
  assert_summary (tend_progress_summary_day (&day, &(TendDayActivity) { 0, 1 }),
                  "Tuesday 3 November 2026: 1 grounding exercise");
  assert_summary (tend_progress_summary_day (&day, &(TendDayActivity) { 0, 0 }),
                  "Tuesday 3 November 2026: nothing recorded");
}

static void
test_summary_practice (void)
{
  g_autoptr(HandMadeProgress) month = progress_new (TEND_PROGRESS_30_DAYS, 30, 5);
  g_autoptr(HandMadeProgress) all = progress_new (TEND_PROGRESS_ALL_TIME, 400, 58);

  month->practice_days = 18;
  assert_summary (tend_progress_summary_practice (month), "Practised on 18 of the last 30 days");
  month->practice_days = 0;
  assert_summary (tend_progress_summary_practice (month), "Nothing recorded in the last 30 days");

  all->practice_days = 3;
  assert_summary (tend_progress_summary_practice (all),
                  "Practised on 3 of 400 days since your first record");

  month->days[0] = (TendDayActivity) { 2, 1 };
  month->days[29] = (TendDayActivity) { 1, 3 };
  g_assert_cmpuint (tend_progress_summary_n_entries (month), ==, 3);
  g_assert_cmpuint (tend_progress_summary_n_sessions (month), ==, 4);
}

/* Check-ins need the model's own trend (it keeps sums the struct does not show), so these
 * sentences come from tend_progress_compute() over hand-made entries. */
static TendEntry *
checkin_entry (const char *day,
               int         mood,
               int         distress,
               int         safety,
               int         closeness)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *iso = g_strdup_printf ("%sT20:00:00Z", day);
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (iso, NULL);
  TendEntry *entry = tend_entry_new (id, created);

  tend_entry_set_day (entry, day);
  tend_entry_set_mood (entry, mood);
  tend_entry_set_distress (entry, distress);
  tend_entry_set_safety (entry, safety);
  tend_entry_set_closeness (entry, closeness);
  return entry;
}

static char *
checkins_summary (GPtrArray         *entries,
                  TendProgressRange  range,
                  int                scale)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(TendProgress) progress = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 24, G_DATE_NOVEMBER, 2026);
  progress = tend_progress_compute ((TendEntry **) entries->pdata, entries->len, NULL, 0,
                                    range, &today, G_DATE_MONDAY, utc);
  return tend_progress_summary_checkins (progress, scale);
}

static void
test_summary_checkins (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  const int unset = -1;

  /* Nothing, then too little to compare. The 3 months to 24 November start on 25 August;
   * their thirds are 30 days each: to 23 September, and from 25 October. */
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, -1),
                  "No check-ins in this time");
  g_ptr_array_add (entries, checkin_entry ("2026-08-27", unset, 7, unset, unset));
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, TEND_SCALE_DISTRESS),
                  "Not enough check-ins yet to show a change");
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, TEND_SCALE_MOOD),
                  "No check-ins in this time");

  /* The first and the last third. */
  g_ptr_array_add (entries, checkin_entry ("2026-09-10", unset, 5, unset, unset));
  g_ptr_array_add (entries, checkin_entry ("2026-11-01", unset, 4, unset, unset));
  g_ptr_array_add (entries, checkin_entry ("2026-11-20", unset, 5, unset, unset));
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, TEND_SCALE_DISTRESS),
                  "Average distress fell from 6.0 to 4.5 over the last 3 months");
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, -1),
                  "Average distress fell from 6.0 to 4.5 over the last 3 months");

  /* All four: the scale that moved most against its own length speaks. */
  g_ptr_array_add (entries, checkin_entry ("2026-08-28", unset, unset, 3, 2));
  g_ptr_array_add (entries, checkin_entry ("2026-11-21", unset, unset, 3, 4));
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, -1),
                  "Average closeness rose from 2.0 to 4.0 over the last 3 months");
  assert_summary (checkins_summary (entries, TEND_PROGRESS_3_MONTHS, TEND_SCALE_SAFETY),
                  "Average safety in your body stayed around 3.0 over the last 3 months");

  /* Other ranges say their own length. */
  assert_summary (checkins_summary (entries, TEND_PROGRESS_ALL_TIME, TEND_SCALE_CLOSENESS),
                  "Average closeness rose from 2.0 in your earliest check-ins "
                  "to 4.0 in your latest");
  g_ptr_array_add (entries, checkin_entry ("2026-10-27", 3, unset, unset, unset));
  g_ptr_array_add (entries, checkin_entry ("2026-11-23", 3, unset, unset, unset));
  assert_summary (checkins_summary (entries, TEND_PROGRESS_30_DAYS, TEND_SCALE_MOOD),
                  "Average mood stayed around 3.0 over the last 30 days");
}

static void
add_exercise (TendProgress *progress,
              const char   *id,
              guint         sessions,
              guint         rated,
              double        before,
              double        after)
{
  TendExerciseStats stats = { id, sessions, sessions, rated, before, after, after - before };

  g_array_append_val (progress->exercises, stats);
}

static void
test_summary_grounding (void)
{
  g_autoptr(HandMadeProgress) progress = progress_new (TEND_PROGRESS_30_DAYS, 30, 5);

  assert_summary (tend_progress_summary_grounding (progress),
                  "No grounding exercises in this time");

  add_exercise (progress, "orienting", 3, 0, NAN, NAN);
  assert_summary (tend_progress_summary_grounding (progress),
                  "3 grounding exercises in this time, without ratings before and after");

  add_exercise (progress, "box-breathing", 2, 2, 5, 5.5);
  assert_summary (tend_progress_summary_grounding (progress),
                  "On average, distress was not lower after exercises in this time");

  /* A larger drop, but from one or two rated sessions, names nothing. */
  add_exercise (progress, "butterfly-hug", 1, 1, 8, 2);
  add_exercise (progress, "calm-place", 2, 2, 8, 3);
  assert_summary (tend_progress_summary_grounding (progress),
                  "Too few rated sessions yet to say which exercise helped most");

  /* From three rated sessions on, the best of those is named with what it rests on. */
  add_exercise (progress, "longer-exhale", 4, 4, 6.5, 4.4);
  add_exercise (progress, "feet-on-floor", 3, 3, 6, 5);
  assert_summary (tend_progress_summary_grounding (progress),
                  "“Longer Exhale” helped most: distress 2.1 lower on average, over 4 rated "
                  "sessions");
}

static void
add_theme (TendProgress *progress,
           const char   *id,
           guint         entries)
{
  TendThemeStats stats = { id, entries };

  g_date_clear (&stats.first, 1);
  g_array_append_val (progress->themes, stats);
}

static void
test_summary_themes (void)
{
  g_autoptr(HandMadeProgress) progress = progress_new (TEND_PROGRESS_30_DAYS, 30, 5);

  add_theme (progress, "truth", 0);
  add_theme (progress, "boundaries", 0);
  assert_summary (tend_progress_summary_themes (progress),
                  "No entries with a theme in this time");

  g_array_index (progress->themes, TendThemeStats, 0).entries = 4;
  g_array_index (progress->themes, TendThemeStats, 1).entries = 12;
  assert_summary (tend_progress_summary_themes (progress),
                  "Most entries were about “Needs and Boundaries” (12)");

  g_assert_cmpstr (tend_progress_summary_look_back (1), ==, "An entry from a month ago");
  g_assert_cmpstr (tend_progress_summary_look_back (3), ==, "An entry from three months ago");
  g_assert_cmpstr (tend_progress_summary_look_back (6), ==, "An entry from six months ago");
  g_assert_cmpstr (tend_progress_summary_look_back (12), ==, "An entry from a year ago");
}

/* ------------------------------------------------------------------------------------------ */
/* The bar chart */

static void
test_bar_chart (void)
{
  const TendBarRow rows[] = {
    { "Longer Exhale", -2.1, "-2.1" },
    { "Box Breathing", 0.5, "+0.5" },
    { "Orienting to the Room", NAN, "3 times, not rated" },
  };
  GtkWidget *chart = g_object_ref_sink (tend_bar_chart_new ());
  GtkWidget *window = gtk_window_new ();

  tend_bar_chart_set_rows (TEND_BAR_CHART (chart), rows, G_N_ELEMENTS (rows));
  g_assert_cmpuint (tend_bar_chart_get_n_rows (TEND_BAR_CHART (chart)), ==, 3);
  g_assert_cmpstr (tend_bar_chart_get_row_label (TEND_BAR_CHART (chart), 2), ==,
                   "Orienting to the Room");

  gtk_window_set_child (GTK_WINDOW (window), chart);
  tend_test_show_window (GTK_WINDOW (window), 360, 200);
  g_assert_nonnull (tend_test_find_label (window, "3 times, not rated"));

  tend_bar_chart_set_rows (TEND_BAR_CHART (chart), NULL, 0);
  g_assert_cmpuint (tend_bar_chart_get_n_rows (TEND_BAR_CHART (chart)), ==, 0);
  tend_test_wait_frames (window, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (chart);
}

/* ------------------------------------------------------------------------------------------ */
/* Screenshots */

/* A year of gentle history: most days written, some grounded, distress easing. */
static void
add_year (Fixture *f)
{
  static const char * const themes[] = { "truth", "pleasure", "attunement", "boundaries",
                                          "touch", NULL };
  static const char * const exercises[] = { "longer-exhale", "box-breathing", "butterfly-hug",
                                            "senses-54321", "orienting" };
  GRand *rand = g_rand_new_with_seed (7);

  for (int days_ago = 364; days_ago >= 0; days_ago--)
    {
      double eased = days_ago / 364.0;

      if (g_rand_double (rand) < 0.62)
        {
          /* CLAMP() reads its value more than once: draw the numbers first. */
          int distress = 3 + (int) (4 * eased) + g_rand_int_range (rand, -2, 3);
          int mood = 4 - (int) (2 * eased) + g_rand_int_range (rand, -1, 2);
          int safety = mood + g_rand_int_range (rand, -1, 1);
          gboolean rated = g_rand_double (rand) < 0.8;
          const char *theme = themes[g_rand_int_range (rand, 0, 6)];
          TendEntry *entry;

          /* Three weeks away in the spring: a gap in the lines. */
          if (days_ago > 120 && days_ago < 142)
            continue;

          entry = add_entry (f, days_ago, theme, CLAMP (mood, 1, 5),
                             rated ? CLAMP (distress, 0, 10) : TEND_CHECKIN_UNSET);
          tend_entry_set_safety (entry, CLAMP (safety, 1, 5));
          tend_entry_set_closeness (entry, 2 + (int) (2 * (1 - eased)));
        }
      if (g_rand_double (rand) < 0.25)
        {
          int before = g_rand_int_range (rand, 4, 9);
          guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (exercises));
          int after = before - (int) (G_N_ELEMENTS (exercises) - which) +
                      g_rand_int_range (rand, -1, 2);

          add_session (f, days_ago, exercises[which], before, CLAMP (after, 0, 10));
        }
    }
  g_rand_free (rand);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GDate date;

  add_year (f);
  date_days_ago (0, &date);
  g_date_subtract_months (&date, 6);
  add_entry_on (f, &date, "pleasure", 3, 4);

  show_page (f, 900, 2100);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-month");
  tend_progress_page_set_range (f->page, TEND_PROGRESS_3_MONTHS);
  wait_for_label (f, "An entry from six months ago");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-dark");

  /* The end of the page: grounding, themes and Look Back. */
  {
    GtkWidget *map = find_widget (GTK_WIDGET (f->page), TEND_TYPE_HEAT_MAP);
    GtkWidget *scroller = gtk_widget_get_ancestor (map, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *page = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    gtk_adjustment_set_value (page, gtk_adjustment_get_upper (page));
    tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-end-dark");
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-end-light");
    gtk_adjustment_set_value (page, 0);
  }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  tend_progress_page_set_range (f->page, TEND_PROGRESS_12_MONTHS);
  gtk_widget_grab_focus (find_widget (GTK_WIDGET (f->page), TEND_TYPE_HEAT_MAP));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-year");

  gtk_window_set_default_size (f->window, 360, 2600);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-narrow");
}

static void
test_screenshot_empty (Fixture       *f,
                       gconstpointer  data)
{
  show_page (f, 800, 600);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "progress-empty");
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's in-process accessibility backend, which keeps what the widgets tell a screen
   * reader for gtk_test_accessible_assert_property(); no bus is involved. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/progress-page/summaries", Fixture, NULL,
              fixture_setup, test_summaries, fixture_teardown);
  g_test_add ("/tend/progress-page/follows-store", Fixture, NULL,
              fixture_setup, test_follows_store, fixture_teardown);
  g_test_add ("/tend/progress-page/heat-map-keyboard", Fixture, NULL,
              fixture_setup, test_heat_map_keyboard, fixture_teardown);
  g_test_add ("/tend/progress-page/heat-map-keeps-focus", Fixture, NULL,
              fixture_setup, test_heat_map_keeps_focus, fixture_teardown);
  g_test_add ("/tend/progress-page/line-gap", Fixture, NULL,
              fixture_setup, test_page_line_gap, fixture_teardown);
  g_test_add ("/tend/progress-page/look-back", Fixture, NULL,
              fixture_setup, test_look_back, fixture_teardown);
  g_test_add ("/tend/progress-page/look-back-setting", Fixture, NULL,
              fixture_setup, test_look_back_setting, fixture_teardown);
  g_test_add ("/tend/progress-page/loading", Fixture, NULL,
              fixture_setup, test_loading, fixture_teardown);
  g_test_add ("/tend/progress-page/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);
  g_test_add ("/tend/progress-page/screenshot-empty", Fixture, NULL,
              fixture_setup, test_screenshot_empty, fixture_teardown);
  g_test_add_func ("/tend/progress-page/line-chart-keeps-texture", test_line_chart_keeps_texture);
  g_test_add_func ("/tend/progress-page/line-chart-rtl", test_line_chart_rtl);
  g_test_add_func ("/tend/heat-map/right-to-left", test_heat_map_rtl);
  g_test_add_func ("/tend/line-chart/gaps", test_line_chart_gaps);
  g_test_add_func ("/tend/line-chart/years", test_line_chart_years);
  g_test_add_func ("/tend/heat-map/months", test_heat_map_months);
  g_test_add_func ("/tend/line-chart/scale-notifies", test_scale_notifies);
  g_test_add_func ("/tend/bar-chart/rows", test_bar_chart);
  g_test_add_func ("/tend/progress-summary/day", test_summary_day);
  g_test_add_func ("/tend/progress-summary/practice", test_summary_practice);
  g_test_add_func ("/tend/progress-summary/checkins", test_summary_checkins);
  g_test_add_func ("/tend/progress-summary/grounding", test_summary_grounding);
  g_test_add_func ("/tend/progress-summary/themes", test_summary_themes);

  return g_test_run ();
}
