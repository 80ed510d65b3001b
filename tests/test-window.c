/* test-window.c — the window opens, adapts, switches sections and keeps its size.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tend-application.h"
#include "tend-ground-page.h"
#include "tend-hidden-page.h"
#include "tend-learn-page.h"
#include "tend-learn-topic-page.h"
#include "tend-paths.h"
#include "tend-plan-contact-row.h"
#include "tend-progress-page.h"
#include "tend-safety-plan-page.h"
#include "tend-shortcuts.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-window-private.h"

static const char * const sections[] = { "journal", "ground", "progress" };

static TendWindow *
open_window (int width,
             int height)
{
  TendWindow *window = tend_window_new (NULL, NULL);

  tend_test_show_window (GTK_WINDOW (window), width, height);
  return window;
}

static AdwViewSwitcherBar *
find_switcher_bar (GtkWidget *root)
{
  if (ADW_IS_VIEW_SWITCHER_BAR (root))
    return ADW_VIEW_SWITCHER_BAR (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewSwitcherBar *bar = find_switcher_bar (child);

      if (bar != NULL)
        return bar;
    }

  return NULL;
}

static gboolean
bar_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data);
}

static gboolean
bar_hidden (gpointer data)
{
  return !adw_view_switcher_bar_get_reveal (data);
}

static void
test_window_opens (void)
{
  TendWindow *window = open_window (900, 700);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tend");
  g_assert_cmpstr (tend_window_get_section (window), ==, "journal");
#if DEVELOPMENT_BUILD
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "devel"));
#endif

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Click each view switcher button as a person would, and check the page follows. */
static void
test_window_switch_sections (void)
{
  static const char * const titles[] = { "Journal", "Ground", "Progress" };
  TendWindow *window = open_window (900, 700);

  for (int round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      {
        /* Start from a different section, so every click has to change the page. */
        guint j = (i + 1) % G_N_ELEMENTS (sections);
        GtkWidget *button;

        tend_window_show_section (window, sections[j]);
        button = tend_test_find_button (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, titles[i]);
        g_assert_nonnull (button);
        g_signal_emit_by_name (button, "clicked");
        g_assert_cmpstr (tend_window_get_section (window), ==, sections[i]);
        g_assert_nonnull (tend_test_find_label (GTK_WIDGET (window), titles[i]));
      }

  /* The section action takes the same path as Alt+1…3. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "progress");
  g_assert_cmpstr (tend_window_get_section (window), ==, "progress");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "nowhere");
  g_assert_cmpstr (tend_window_get_section (window), ==, "progress");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_narrow (void)
{
  TendWindow *window = open_window (360, 640);
  AdwViewSwitcherBar *bar = find_switcher_bar (GTK_WIDGET (window));

  g_assert_nonnull (bar);
  tend_test_wait_until (bar_revealed, bar, "bottom switcher bar at 360 px");
  g_assert_nonnull (tend_test_find_button (GTK_WIDGET (bar), GTK_TYPE_TOGGLE_BUTTON, "Ground"));
  tend_test_save_screenshot (GTK_WIDGET (window), "window-narrow");

  /* Widening the window moves the switcher back into the header bar. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  tend_test_wait_until (bar_hidden, bar, "bottom bar hidden at 900 px");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_keeps_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendWindow *window = open_window (720, 530);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 720);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 530);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window starts at the size the last one was closed with. */
  window = tend_window_new (NULL, NULL);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 720);
    g_assert_cmpint (height, ==, 530);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_window_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TendWindow *window;

  if (g_getenv ("TEND_SHOT_DIR") == NULL)
    {
      g_test_skip ("set TEND_SHOT_DIR to save screenshots");
      return;
    }

  window = open_window (900, 640);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  tend_test_save_screenshot (GTK_WIDGET (window), "window-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  tend_test_save_screenshot (GTK_WIDGET (window), "window-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
find_text (GtkWidget  *root,
           const char *needle)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_drawable (root) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_text (child, needle))
      return TRUE;

  return FALSE;
}

/* A month that cannot be read: the banner says which, the file is kept aside, and the
 * rest of the journal opens. */
static void
test_window_damaged_month (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "2026-10.json", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 11, 24, 9, 0, 0);
  g_autoptr(TendStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  TendWindow *window = open_window (900, 640);

  g_assert_true (g_file_set_contents (path, "{ \"format\": \"tend-journal\", \"vers", -1, NULL));
  store = tend_store_new (dir);
  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, &error));
  g_assert_no_error (error);
  tend_test_wait_frames (GTK_WIDGET (window), 4);

  /* Which month, and where its file now is; the original is untouched. */
  g_assert_true (find_text (GTK_WIDGET (window), "The entries of October 2026 could not be read."));
  g_assert_true (find_text (GTK_WIDGET (window), "“damaged” folder"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *damaged = g_build_filename (dir, "damaged", NULL);
    g_autoptr(GDir) folder = g_dir_open (damaged, 0, NULL);
    const char *name = folder != NULL ? g_dir_read_name (folder) : NULL;

    g_assert_nonnull (name);
    g_assert_true (g_str_has_prefix (name, "2026-10.json."));
    g_assert_null (g_dir_read_name (folder));
    kept = g_build_filename (damaged, name, NULL);
  }
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ \"format\": \"tend-journal\", \"vers");

  tend_test_save_screenshot (GTK_WIDGET (window), "window-damaged");
  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

static gboolean
store_unsaved (gpointer data)
{
  return tend_store_get_unsaved (data);
}

static gboolean
no_dialog (gpointer data)
{
  return adw_application_window_get_visible_dialog (data) == NULL;
}

static gboolean
store_saved (gpointer data)
{
  return !tend_store_get_unsaved (data);
}

/* A save that fails is told, and closing over it asks first; Try Again saves, then closes. The
 * journal folder is swapped for a file so that writes fail even for root. */
static void
test_window_unsaved_close (void)
{
  g_autofree char *root = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (root, "journal", NULL);
  g_autofree char *away = g_build_filename (root, "journal.away", NULL);
  /* The editor writes today's entry. */
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (today, "%Y-%m.json");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  TendWindow *window = open_window (900, 640);
  TendEntryEditor *editor = tend_journal_page_get_editor (tend_window_get_journal_page (window));
  GtkTextView *view = GTK_TEXT_VIEW (tend_test_find_type (GTK_WIDGET (editor),
                                                          GTK_TYPE_TEXT_VIEW));
  AdwDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_rename (dir, away), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "not on disk yet", -1);
  tend_entry_editor_save (editor);
  tend_test_wait_until (store_unsaved, store, "the save to fail");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (find_text (GTK_WIDGET (window), "Tend could not save your latest words"));

  /* Closing asks instead. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  tend_test_save_screenshot (GTK_WIDGET (window), "window-unsaved-close");

  /* Cancel keeps the window and the words. */
  g_assert_true (adw_dialog_close (dialog));
  tend_test_wait_until (no_dialog, window, "the question to go");
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* The disk is back: Try Again saves and the window closes. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (away, dir), ==, 0);
  gtk_window_close (GTK_WINDOW (window));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  gtk_widget_activate (tend_test_find_button (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                              "Try Again"));
  tend_test_wait_until (store_saved, store, "the words to be saved");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "not on disk yet"));
  while (window != NULL && gtk_widget_get_visible (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));

  tend_store_flush (store);
  tend_test_remove_tree (root);
}

static void
keep_log (const char     *domain,
          GLogLevelFlags  level,
          const char     *message,
          gpointer        user_data)
{
  g_string_append_printf (user_data, "%s\n", message);
  if ((level & G_LOG_LEVEL_DEBUG) == 0)
    g_log_default_handler (domain, level, message, NULL);
}

/* json-glib quotes the text it stopped at; the debug log says which month and where, never
 * the words. */
static void
test_window_damaged_month_log (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "2026-11.json", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_local (2026, 11, 24, 9, 0, 0);
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GString) log = g_string_new (NULL);
  TendWindow *window = open_window (900, 640);
  const char *contents = "{ \"format\": \"tend-journal\", \"version\": 1,\n"
                         "  \"month\": \"2026-11\", \"entries\": [ { \"text\":\n"
                         "  \"what I never said out loud\" \"day\": \"2026-11-02\" } ] }";
  guint handler;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  handler = g_log_set_handler (G_LOG_DOMAIN, G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL, keep_log, log);
  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_log_remove_handler (G_LOG_DOMAIN, handler);

  g_assert_nonnull (strstr (log->str, "Month 2026-11 could not be read"));
  g_assert_nonnull (strstr (log->str, "at 3:"));
  g_assert_null (strstr (log->str, "never said"));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  tend_test_remove_tree (dir);
}

/* Ground Now opens the exercise itself over the whole window; Need More Help? likewise. */
static void
test_window_ground_now (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  TendWindow *window = open_window (900, 640);
  TendExercisePlayer *player;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  g_assert_null (tend_window_get_player (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", "s", ""));
  player = tend_window_get_player (window);
  g_assert_nonnull (player);
  g_assert_true (tend_exercise_player_get_exercise (player) == tend_exercises_get_default ());
  g_assert_cmpstr (tend_window_get_section (window), ==, "ground");

  /* Asking again keeps the exercise already open. */
  tend_window_start_exercise (window, NULL);
  g_assert_true (tend_window_get_player (window) == player);

  /* A chosen exercise replaces it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", "s",
                                             "feet-on-floor"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (tend_exercise_player_get_exercise (tend_window_get_player (window))->id, ==,
                   "feet-on-floor");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.need-help", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (tend_window_get_player (window));
  g_assert_true (find_text (GTK_WIDGET (window), "Tend is not a crisis service"));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* win.safety-plan opens My Safety Plan over whatever is shown, once; Need More Help? shows the
 * plan's contacts above the crisis lines and opens the plan. */
static void
test_window_safety_plan (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  TendWindow *window = open_window (900, 640);
  TendSafetyPlanStore *plans;
  AdwNavigationPage *page;
  TendPlanContactRow *contact;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  plans = tend_window_get_safety_plan (window);
  tend_safety_plan_add_item (tend_safety_plan_store_get_plan (plans),
                             TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "Sam from next door", "555 0100");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.safety-plan", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  page = adw_navigation_view_get_visible_page (window->nav_view);
  g_assert_true (TEND_IS_SAFETY_PLAN_PAGE (page));
  g_assert_true (find_text (GTK_WIDGET (window), "Warning signs"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.safety-plan", NULL));
  g_assert_true (adw_navigation_view_get_visible_page (window->nav_view) == page);

  /* The person's own people come first on the help page, a copy button each. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.need-help", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (find_text (GTK_WIDGET (window), "Sam from next door"));
  g_assert_true (find_text (GTK_WIDGET (window), "555 0100"));
  contact = TEND_PLAN_CONTACT_ROW (tend_test_find_type (GTK_WIDGET (window),
                                                        TEND_TYPE_PLAN_CONTACT_ROW));
  g_assert_cmpstr (tend_plan_contact_row_get_number (contact), ==, "555 0100");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (contact), "contact.copy", NULL));

  /* And from there, the plan in one action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.safety-plan", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (TEND_IS_SAFETY_PLAN_PAGE (adw_navigation_view_get_visible_page (window->nav_view)));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* Activates a row that carries an action, as a click or Enter does. */
static void
activate_link (GtkWidget  *root,
               const char *title)
{
  GtkWidget *row = tend_test_find_row (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
}

/* Learn opens over the sections; a topic over the list; its links open the Ground exercise
 * or a new Journal entry in the theme they name, and Need More Help?. */
static void
test_window_learn (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  TendWindow *window = open_window (900, 640);
  AdwNavigationPage *page;
  GtkWidget *editor;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  page = adw_navigation_view_get_visible_page (window->nav_view);
  g_assert_true (TEND_IS_LEARN_PAGE (page));

  /* A row opens its topic, with its headings and the note at its foot. */
  activate_link (GTK_WIDGET (page), "The Window of Tolerance");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  page = adw_navigation_view_get_visible_page (window->nav_view);
  g_assert_true (TEND_IS_LEARN_TOPIC_PAGE (page));
  g_assert_cmpstr (tend_learn_topic_page_get_topic (TEND_LEARN_TOPIC_PAGE (page))->id, ==,
                   "window");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "Too Much"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "Too Little"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (page), "This is general information, not "
                                          "therapy or a diagnosis. For your own situation, a "
                                          "qualified professional can help."));
  tend_test_save_screenshot (GTK_WIDGET (window), "learn-window-of-tolerance");

  /* Back goes to the list, not past it. */
  adw_navigation_view_pop (window->nav_view);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (TEND_IS_LEARN_PAGE (adw_navigation_view_get_visible_page (window->nav_view)));

  /* An exercise named on the page opens in the player. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn-topic", "s",
                                             "window"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  page = adw_navigation_view_get_visible_page (window->nav_view);
  activate_link (GTK_WIDGET (page), "Pushing Against a Wall");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (tend_window_get_player (window));
  g_assert_cmpstr (tend_exercise_player_get_exercise (tend_window_get_player (window))->id, ==,
                   "push-wall");

  /* A theme named on "What healing can look like" starts an entry with its prompts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn-topic", "s",
                                             "healing"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (tend_window_get_player (window));
  page = adw_navigation_view_get_visible_page (window->nav_view);
  activate_link (GTK_WIDGET (page), "Write About “Safe Touch”");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (
                     window->nav_view)), ==, "main");
  g_assert_cmpstr (tend_window_get_section (window), ==, "journal");
  editor = GTK_WIDGET (tend_journal_page_get_editor (window->journal_page));
  g_assert_nonnull (tend_test_find_label (editor, "Safe Touch"));

  /* An unknown topic or theme changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn-topic", "s", "x"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.write-theme", "s", "x"));
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (
                     window->nav_view)), ==, "main");

  /* The page for someone close offers to save it to share (tests/test-share-dialog.c). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn-topic", "s",
                                             "close"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  page = adw_navigation_view_get_visible_page (window->nav_view);
  g_assert_nonnull (tend_test_find_button (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                           "Save to Share…"));

  /* Setbacks lead to Need More Help?. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.learn-topic", "s",
                                             "setbacks"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  activate_link (GTK_WIDGET (adw_navigation_view_get_visible_page (window->nav_view)),
                 "Need More Help?");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (find_text (GTK_WIDGET (window), "Tend is not a crisis service"));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  tend_test_remove_tree (dir);
}

/* While another Tend has the journal, the plan is shown there, and nothing can be typed. */
static void
test_window_safety_plan_locked (void)
{
  TendWindow *window = open_window (900, 640);
  TendSafetyPlanStore *plans = tend_window_get_safety_plan (window);
  AdwNavigationPage *page;
  AdwBanner *banner;
  GtkWidget *row;

  tend_safety_plan_store_set_read_only (plans, TRUE);
  tend_safety_plan_add_item (tend_safety_plan_store_get_plan (plans), TEND_SAFETY_PLAN_REASONS,
                             "the sea", NULL);
  tend_window_show_safety_plan (window);
  tend_test_wait_frames (GTK_WIDGET (window), 2);

  page = adw_navigation_view_get_visible_page (window->nav_view);
  banner = ADW_BANNER (tend_test_find_type (GTK_WIDGET (page), ADW_TYPE_BANNER));
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "open in another Tend"));
  row = tend_test_find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                            "Something I want to stay for");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "the sea");
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (row)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged plan is kept aside and the page says where. */
static void
test_window_safety_plan_damaged (void)
{
  g_autofree char *path = tend_paths_get_safety_plan_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  TendWindow *window = open_window (900, 640);
  AdwBanner *banner;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"tend-safety-plan\",", -1, NULL));

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*safety plan could not be read*");
  tend_window_show_safety_plan (window);
  g_test_assert_expected_messages ();
  tend_test_wait_frames (GTK_WIDGET (window), 2);

  banner = ADW_BANNER (tend_test_find_type (GTK_WIDGET (adw_navigation_view_get_visible_page (
                                              window->nav_view)), ADW_TYPE_BANNER));
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_nonnull (strstr (adw_banner_get_title (banner), "damaged"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A second Tend (another D-Bus session) finds the journal locked: the window says it could not
 * be opened, and Ground Now still opens the exercise, saying first it will not be recorded. */
static void
test_window_ground_when_locked (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) first = tend_store_new (dir);
  g_autoptr(TendStore) second = tend_store_new (dir);
  g_autoptr(GError) error = NULL;
  TendWindow *window = open_window (900, 640);
  TendExercisePlayer *player;
  AdwBanner *banner;

  g_assert_true (tend_store_load_recent (first, today, NULL));
  tend_window_set_store (window, second);
  g_assert_false (tend_store_load_recent (second, today, &error));
  tend_window_show_open_error (window, error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-exercise", "s", ""));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  player = tend_window_get_player (window);
  g_assert_nonnull (player);
  g_assert_cmpstr (tend_exercise_player_get_stage (player), ==, "before");
  banner = (AdwBanner *) tend_test_find_type (GTK_WIDGET (player), ADW_TYPE_BANNER);
  g_assert_nonnull (banner);
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_true (find_text (GTK_WIDGET (player), "open in another Tend window"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&second);
  g_clear_object (&first);
  tend_test_remove_tree (dir);
}

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

/* The journal is given when the window is made ("store", construct-only); a window made
 * without one takes it once, later, and says so. */
static void
test_window_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(TendStore) store = tend_store_new (dir);
  TendWindow *window = tend_window_new (NULL, store);
  TendWindow *later = tend_window_new (NULL, NULL);
  g_autoptr(TendStore) got = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (window), "store");
  guint notified = 0;

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  g_object_get (window, "store", &got, NULL);
  g_assert_true (got == store);
  g_clear_object (&got);

  g_object_get (later, "store", &got, NULL);
  g_assert_null (got);
  g_signal_connect_swapped (later, "notify::store", G_CALLBACK (count_notify_cb), &notified);
  tend_window_set_store (later, store);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (later, "store", &got, NULL);
  g_assert_true (got == store);
  g_clear_object (&got);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (later));
  tend_test_remove_tree (dir);
}

/* A look-back card opens its entry in the Journal, from anywhere. */
static void
test_window_open_entry (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  TendWindow *window = open_window (900, 640);
  TendEntryEditor *editor;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  tend_entry_set_text (entry, "Looking back at this one.");
  g_assert_true (tend_store_add_entry (store, entry, NULL));

  tend_window_start_exercise (window, "feet-on-floor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-entry", "s",
                                             tend_entry_get_id (entry)));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (tend_window_get_player (window));
  g_assert_cmpstr (tend_window_get_section (window), ==, "journal");
  editor = tend_journal_page_get_editor (tend_window_get_journal_page (window));
  g_assert_true (tend_entry_editor_get_entry (editor) == entry);

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* Ground and Progress are built when first shown, which keeps them out of the start-up, and
 * then read the journal like any page; a store given later reaches a page built before it. */
static void
test_window_sections_on_demand (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  TendWindow *window = open_window (900, 640);

  g_assert_true (tend_store_load_recent (store, today, NULL));
  tend_entry_set_text (entry, "A day that counts.");
  g_assert_true (tend_store_add_entry (store, entry, NULL));

  g_assert_null (tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_GROUND_PAGE));
  g_assert_null (tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_PROGRESS_PAGE));

  /* Shown before the journal is open: the page comes, and fills in once it is. */
  tend_window_show_section (window, "progress");
  g_assert_nonnull (tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_PROGRESS_PAGE));
  tend_window_set_store (window, store);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (find_text (GTK_WIDGET (window), "Practised on 1 of the last"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "ground");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_GROUND_PAGE));
  g_assert_true (find_text (GTK_WIDGET (window), "Ground Now"));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* The drawn button below @root that activates @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_is_drawable (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Quick Hide (Ctrl+H) puts a blank page over every word at once, with the title kept plain,
 * and the same action brings everything back. */
static void
test_window_quick_hide (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  TendWindow *window = open_window (900, 640);
  GtkWidget *text_view, *page, *show_again;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  tend_entry_set_text (entry, "Something nobody else should read.");
  g_assert_true (tend_store_add_entry (store, entry, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-entry", "s", tend_entry_get_id (entry));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  text_view = tend_test_find_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_true (gtk_widget_is_drawable (text_view));
  g_assert_true (find_text (GTK_WIDGET (window), "Something nobody else"));

  g_assert_false (tend_window_get_hidden (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.quick-hide", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (tend_window_get_hidden (window));
  g_assert_false (gtk_widget_is_drawable (text_view));
  g_assert_false (find_text (GTK_WIDGET (window), "Something nobody else"));
  g_assert_false (find_text (GTK_WIDGET (window), "Journal"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Tend");
  page = tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_HIDDEN_PAGE);
  g_assert_true (gtk_widget_is_drawable (page));
  show_again = find_action_button (page, "win.quick-hide");
  g_assert_nonnull (show_again);
  g_assert_true (gtk_widget_is_drawable (show_again));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.quick-hide", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (tend_window_get_hidden (window));
  g_assert_true (gtk_widget_is_drawable (text_view));
  g_assert_true (find_text (GTK_WIDGET (window), "Something nobody else"));

  /* A second time uses the same page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.quick-hide", NULL));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (tend_window_get_hidden (window));
  g_assert_true (tend_test_find_type (GTK_WIDGET (window), TEND_TYPE_HIDDEN_PAGE) == page);
  g_assert_false (gtk_widget_is_drawable (text_view));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* An application with Tend's keys, for the shortcuts view to read them from; one for the
 * whole run, as an application stays on the session bus once registered. */
static GtkApplication *
app_with_keys (void)
{
  static GtkApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = gtk_application_new ("io.github.tendapp.Tend.TestWindow", G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
      tend_application_add_accels (app);
    }

  return app;
}

/* What each shortcut shows, title to keys, read from what is drawn: the words of the key caps
 * under each shortcut label (GtkShortcutLabel in the window, AdwShortcutLabel in the dialog),
 * joined with "+", beside the nearest title above them. */
static void
collect_keys (GtkWidget  *widget,
              const char *title,
              GHashTable *keys)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);
  GParamSpec *pspec;
  g_autofree char *own_title = NULL;

  if (g_str_equal (type, "GtkShortcutLabel") || g_str_equal (type, "AdwShortcutLabel"))
    {
      g_autoptr(GString) shown = g_string_new (NULL);
      g_autofree char *accelerator = NULL;

      g_assert_nonnull (title);
      /* A label with no keys shows words instead ("No Shortcut" in libadwaita's): none. */
      g_object_get (widget, "accelerator", &accelerator, NULL);
      if (accelerator == NULL || accelerator[0] == '\0')
        {
          g_hash_table_insert (keys, g_strdup (title), g_strdup (""));
          return;
        }
      /* Depth first, in order: the caps and anything between them. */
      for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL; )
        {
          if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w) &&
              !g_str_equal (gtk_label_get_text (GTK_LABEL (w)), "+"))
            {
              if (shown->len > 0)
                g_string_append_c (shown, '+');
              g_string_append (shown, gtk_label_get_text (GTK_LABEL (w)));
            }
          if (gtk_widget_get_first_child (w) != NULL)
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w != widget && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = w == widget ? NULL : gtk_widget_get_next_sibling (w);
            }
        }
      /* GtkShortcutsWindow also keeps a copy of each shortcut for its search: the first seen
       * is the one in the list. */
      if (!g_hash_table_contains (keys, title))
        g_hash_table_insert (keys, g_strdup (title), g_string_free (g_steal_pointer (&shown), FALSE));
      return;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "title");
  if (pspec != NULL && pspec->value_type == G_TYPE_STRING && !GTK_IS_WINDOW (widget))
    g_object_get (widget, "title", &own_title, NULL);
  if (own_title != NULL && own_title[0] != '\0')
    title = own_title;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_keys (child, title, keys);
}

/* Every shortcut the view lists shows keys, and the ones issue 20 found empty show theirs. */
static void
assert_every_shortcut_shows_keys (GtkWidget *view)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer title, shown;

  collect_keys (view, NULL, keys);
  g_assert_cmpuint (g_hash_table_size (keys), ==, 16);
  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &title, &shown))
    if (((char *) shown)[0] == '\0')
      g_error ("the shortcut “%s” shows no keys", (char *) title);

  g_assert_cmpstr (g_hash_table_lookup (keys, "Ground now"), ==, "Ctrl+G");
  /* GtkShortcutsWindow names Shift first, AdwShortcutsDialog Ctrl: the same keys. */
  g_assert_true (g_strv_contains ((const char * const[]) { "Shift+Ctrl+P", "Ctrl+Shift+P", NULL },
                                  g_hash_table_lookup (keys, "My safety plan")));
  g_assert_cmpstr (g_hash_table_lookup (keys, "Hide everything on screen"), ==, "Ctrl+H");
  g_assert_cmpstr (g_hash_table_lookup (keys, "Lock the journal"), ==, "Ctrl+L");
  g_assert_cmpstr (g_hash_table_lookup (keys, "Search entries"), ==, "Ctrl+F");
  g_assert_cmpstr (g_hash_table_lookup (keys, "Go to a day"), ==, "Ctrl+D");
  g_assert_cmpstr (g_hash_table_lookup (keys, "Journal"), ==, "Alt+1");
}

static TendWindow *
open_window_with_keys (GtkApplication *app)
{
  TendWindow *window = tend_window_new (NULL, NULL);

  gtk_window_set_application (GTK_WINDOW (window), app);
  tend_test_show_window (GTK_WINDOW (window), 900, 640);

  return window;
}

static gboolean
has_visible_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) != NULL;
}

/* Keyboard Shortcuts (Ctrl+?) opens over Tend's window: libadwaita's dialog where the running
 * libadwaita has one (1.8), else GTK's window, built the first time it is asked for and kept
 * for the next. Either way every shortcut shows its keys. */
static void
test_window_shortcuts (void)
{
  TendWindow *window = open_window_with_keys (app_with_keys ());
  GtkWindow *shortcuts = NULL;

  tend_test_allow_upstream_warnings ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));

  if (tend_shortcuts_has_dialog ())
    {
      AdwDialog *dialog;

      tend_test_wait_until (has_visible_dialog, window, "the shortcuts dialog");
      dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      g_assert_cmpstr (G_OBJECT_TYPE_NAME (dialog), ==, "AdwShortcutsDialog");
      tend_test_wait_frames (GTK_WIDGET (window), 2);
      assert_every_shortcut_shows_keys (GTK_WIDGET (dialog));
      g_assert_true (adw_dialog_close (dialog));
      tend_test_wait_frames (GTK_WIDGET (window), 2);
      g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                                 NULL));
      tend_test_wait_until (has_visible_dialog, window, "the shortcuts dialog again");
      adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
    }
  else
    {
      for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
        if (GTK_IS_SHORTCUTS_WINDOW (l->data))
          shortcuts = l->data;
      g_assert_nonnull (shortcuts);
      g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
      tend_test_wait_frames (GTK_WIDGET (shortcuts), 2);
      assert_every_shortcut_shows_keys (GTK_WIDGET (shortcuts));

      gtk_window_close (shortcuts);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                                 NULL));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK's window, which libadwaita older than 1.8 gets, is read on every stack, so the newest
 * one checks the list of the older too. */
static void
test_window_shortcuts_window (void)
{
  TendWindow *window = open_window_with_keys (app_with_keys ());
  g_autoptr(GObject) shortcuts = tend_shortcuts_new (GTK_WINDOW (window), FALSE);

  g_assert_true (GTK_IS_WINDOW (shortcuts));
  gtk_window_present (GTK_WINDOW (shortcuts));
  tend_test_wait_frames (GTK_WIDGET (shortcuts), 2);
  assert_every_shortcut_shows_keys (GTK_WIDGET (shortcuts));

  gtk_window_destroy (GTK_WINDOW (shortcuts));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The reminder's notification opens today's page: from an exercise, and away from an old entry. */
static void
test_window_show_today (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -3);
  g_autofree char *day = g_date_time_format (earlier, "%Y-%m-%d");
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(TendEntry) old = tend_entry_new_now ();
  TendWindow *window = open_window (900, 640);
  TendEntryEditor *editor = tend_journal_page_get_editor (tend_window_get_journal_page (window));
  TendEntry *shown;

  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, now, NULL));
  tend_entry_set_day (old, day);
  tend_entry_set_text (old, "Three days ago.");
  g_assert_true (tend_store_add_entry (store, old, NULL));
  tend_entry_editor_set_entry (editor, old);

  /* Not in the middle of an exercise: that goes on. */
  tend_window_start_exercise (window, "feet-on-floor");
  tend_window_show_today (window);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (tend_window_get_player (window));
  gtk_widget_activate_action (GTK_WIDGET (tend_window_get_player (window)), "player.leave", NULL);
  tend_test_wait_frames (GTK_WIDGET (window), 4);
  g_assert_null (tend_window_get_player (window));

  tend_window_show_section (window, "progress");
  tend_window_show_today (window);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (tend_window_get_section (window), ==, "journal");
  shown = tend_entry_editor_get_entry (editor);
  g_assert_true (shown != old);
  g_assert_true (shown == NULL || g_strcmp0 (tend_entry_get_text (shown), "") == 0);

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
}

/* Text scaled to twice its size (GNOME's Large Text goes to 1.25; people go further), and
 * high contrast when ADW_DEBUG_HIGH_CONTRAST is set: pictures of every section to look at. */
static void
test_window_large_text (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(TendStore) store = NULL;
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;
  TendWindow *window;

  if (g_getenv ("TEND_SHOT_DIR") == NULL)
    {
      g_test_skip ("set TEND_SHOT_DIR to save screenshots");
      return;
    }

  dir = g_dir_make_tmp ("tend-window-XXXXXX", NULL);
  store = tend_store_new (dir);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);

  window = open_window (1000, 760);
  tend_window_set_store (window, store);
  g_assert_true (tend_store_load_recent (store, today, NULL));
  tend_entry_set_text (entry, "A quiet evening, and I noticed it.");
  tend_entry_set_distress (entry, 3);
  g_assert_true (tend_store_add_entry (store, entry, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *name = g_strdup_printf ("large-%s", sections[i]);

      tend_window_show_section (window, sections[i]);
      tend_test_wait_frames (GTK_WIDGET (window), 6);
      tend_test_save_screenshot (GTK_WIDGET (window), name);
    }
  tend_window_show_learn (window, "window");
  tend_test_wait_frames (GTK_WIDGET (window), 6);
  tend_test_save_screenshot (GTK_WIDGET (window), "large-learn");
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
  tend_test_wait_frames (GTK_WIDGET (window), 6);
  tend_test_save_screenshot (GTK_WIDGET (window), "large-learn-360");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  tend_window_start_exercise (window, "longer-exhale");
  tend_test_wait_frames (GTK_WIDGET (window), 6);
  tend_test_save_screenshot (GTK_WIDGET (window), "large-player");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  tend_store_flush (store);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/window/opens", test_window_opens);
  g_test_add_func ("/tend/window/damaged-month", test_window_damaged_month);
  g_test_add_func ("/tend/window/unsaved-close", test_window_unsaved_close);
  g_test_add_func ("/tend/window/damaged-month-log", test_window_damaged_month_log);
  g_test_add_func ("/tend/window/ground-now", test_window_ground_now);
  g_test_add_func ("/tend/window/ground-when-locked", test_window_ground_when_locked);
  g_test_add_func ("/tend/window/safety-plan", test_window_safety_plan);
  g_test_add_func ("/tend/window/learn", test_window_learn);
  g_test_add_func ("/tend/window/safety-plan-locked", test_window_safety_plan_locked);
  g_test_add_func ("/tend/window/safety-plan-damaged", test_window_safety_plan_damaged);
  g_test_add_func ("/tend/window/store", test_window_store);
  g_test_add_func ("/tend/window/open-entry", test_window_open_entry);
  g_test_add_func ("/tend/window/show-today", test_window_show_today);
  g_test_add_func ("/tend/window/sections-on-demand", test_window_sections_on_demand);
  g_test_add_func ("/tend/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/tend/window/shortcuts-window", test_window_shortcuts_window);
  g_test_add_func ("/tend/window/quick-hide", test_window_quick_hide);
  g_test_add_func ("/tend/window/large-text", test_window_large_text);
  g_test_add_func ("/tend/window/switch-sections", test_window_switch_sections);
  g_test_add_func ("/tend/window/narrow", test_window_narrow);
  g_test_add_func ("/tend/window/keeps-size", test_window_keeps_size);
  g_test_add_func ("/tend/window/screenshots", test_window_screenshots);

  return g_test_run ();
}
