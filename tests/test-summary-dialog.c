/* test-summary-dialog.c — the summary for a therapist, as a PDF and as Markdown, from the dialog.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tend-summary-dialog.h"
#include "tend-summary-printer.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-window.h"

static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (then), g_date_time_get_month (then),
                                g_date_time_get_day_of_month (then), hour, 0, 0);
}

static void
add_entry (TendStore  *store,
           int         days,
           int         mood,
           int         distress,
           const char *theme,
           const char *text)
{
  g_autoptr(GDateTime) created = days_from_now (days, 10);
  g_autoptr(TendEntry) entry = tend_entry_new (NULL, created);

  tend_entry_set_mood (entry, mood);
  tend_entry_set_distress (entry, distress);
  tend_entry_set_theme (entry, theme);
  tend_entry_set_text (entry, text);
  g_assert_true (tend_store_add_entry (store, entry, NULL));
}

static void
add_session (TendStore *store,
             int        days,
             int        before,
             int        after)
{
  g_autoptr(GDateTime) started = days_from_now (days, 9);
  g_autoptr(TendGroundingSession) session =
    tend_grounding_session_new (NULL, started, "box-breathing");

  tend_grounding_session_set_completed (session, TRUE);
  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  g_assert_true (tend_store_add_session (store, session, NULL));
}

/* Three weeks within the dialog's first days (the last month): distress from 8 to 2. */
static TendStore *
open_store (const char *dir)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TendStore *store = tend_store_new (dir);

  g_assert_true (tend_store_load_recent (store, now, NULL));
  g_assert_true (tend_store_get_loaded (store));

  add_entry (store, -25, 2, 8, "boundaries", "PRIVATE-EARLY words");
  add_entry (store, -12, 3, 5, "touch", "SHARED-MIDDLE words\nand a second line");
  add_entry (store, -2, 4, 2, "boundaries", "PRIVATE-LATE words");
  add_session (store, -20, 7, 4);
  add_session (store, -3, 5, 2);

  return store;
}

static void
exported_cb (TendSummaryDialog  *dialog,
             GFile              *file,
             GFile             **written)
{
  g_assert_null (*written);
  *written = g_object_ref (file);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static GtkCheckButton *
row_check (AdwActionRow *row)
{
  GtkWidget *check = tend_test_find_type (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

typedef struct {
  char               *dir;
  TendStore          *store;
  GtkWindow          *window;
  TendSummaryDialog  *dialog;
  GFile              *written;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *journal = NULL;

  fixture->dir = g_dir_make_tmp ("tend-summary-dialog-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  journal = g_build_filename (fixture->dir, "journal", NULL);
  fixture->store = open_store (journal);

  fixture->window = GTK_WINDOW (adw_window_new ());
  tend_test_show_window (fixture->window, 800, 760);
  fixture->dialog = TEND_SUMMARY_DIALOG (tend_summary_dialog_new (fixture->store));
  g_signal_connect (fixture->dialog, "exported", G_CALLBACK (exported_cb), &fixture->written);
  adw_dialog_present (ADW_DIALOG (fixture->dialog), GTK_WIDGET (fixture->window));
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->written);
  gtk_window_destroy (fixture->window);
  tend_store_flush (fixture->store);
  g_assert_finalize_object (fixture->store);
  tend_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
export (Fixture    *fixture,
        const char *name,
        gsize      *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;
  GStatBuf info;

  tend_summary_dialog_export_to_file (fixture->dialog, file);
  tend_test_wait_until (is_set, &fixture->written, "the summary");
  g_assert_true (g_file_equal (fixture->written, file));

  /* Only its owner may read it. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* A PDF at first, with nothing shared; its pages hold the figures. */
static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *name = tend_summary_dialog_dup_file_name (fixture->dialog);
  g_autofree char *contents = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_auto(GStrv) shared = tend_summary_dialog_dup_shared_ids (fixture->dialog);
  gsize length = 0;

  tend_test_save_screenshot (GTK_WIDGET (fixture->window), "summary-dialog");

  g_assert_true (tend_summary_dialog_get_pdf (fixture->dialog));
  g_assert_true (g_str_has_prefix (name, "tend-summary-"));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_cmpuint (g_strv_length (shared), ==, 0);

  /* The three entries of the days are offered, none ticked. */
  g_assert_false (gtk_check_button_get_active (row_check (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "PRIVATE-EARLY words"))));
  g_assert_false (gtk_check_button_get_active (row_check (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "SHARED-MIDDLE words"))));
  g_assert_false (gtk_check_button_get_active (row_check (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "PRIVATE-LATE words"))));

  contents = export (fixture, "summary.pdf", &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (tend_test_data_contains (contents, length, "%%EOF"));

  if (pdftotext != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
      const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
      g_autofree char *text = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &text, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (text, "Summary from My Journal"));
      g_assert_nonnull (strstr (text, "Distress: 5.0 of 10 on average, from 3 check-ins"));
      g_assert_nonnull (strstr (text, "Box Breathing: 2 times, finished 2"));
      g_assert_null (strstr (text, "PRIVATE"));
      g_assert_null (strstr (text, "SHARED"));
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's words are not read back");
}

/* Markdown, with one entry ticked: its words are in, the others' are not. */
static void
test_markdown_shares_ticked (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) shared = NULL;
  AdwActionRow *row;

  tend_test_activate_row (GTK_WIDGET (fixture->dialog), "Markdown");
  g_assert_false (tend_summary_dialog_get_pdf (fixture->dialog));
  name = tend_summary_dialog_dup_file_name (fixture->dialog);
  g_assert_true (g_str_has_suffix (name, ".md"));

  /* The row ticks its check button, as a click or Enter on it would. */
  row = tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "SHARED-MIDDLE words");
  g_assert_nonnull (row);
  adw_action_row_activate (row);
  g_assert_true (gtk_check_button_get_active (row_check (row)));
  shared = tend_summary_dialog_dup_shared_ids (fixture->dialog);
  g_assert_cmpuint (g_strv_length (shared), ==, 1);

  contents = export (fixture, "summary.md", NULL);
  g_assert_true (g_str_has_prefix (contents, "# Summary from My Journal\n"));
  g_assert_nonnull (strstr (contents, "- Mood: 3.0 of 5 on average, from 3 check-ins\n"));
  g_assert_nonnull (strstr (contents, "- Distress: 5.0 of 10 on average, from 3 check-ins\n"));
  g_assert_nonnull (strstr (contents, "- Box Breathing: 2 times, finished 2; distress 6.0 before "
                                      "and 3.0 after on average (2 rated sessions)\n"));
  g_assert_nonnull (strstr (contents, "- Needs and Boundaries: 2 entries\n"));
  g_assert_nonnull (strstr (contents, "## Entries I Chose to Share\n"));
  g_assert_nonnull (strstr (contents, "SHARED-MIDDLE words  \nand a second line\n"));
  g_assert_null (strstr (contents, "PRIVATE-EARLY"));
  g_assert_null (strstr (contents, "PRIVATE-LATE"));
}

/* The safety plan is in the summary only when the person turns it on. */
static void
safety_plan_test (Fixture  *fixture,
                  gboolean  include)
{
  g_autoptr(TendSafetyPlan) plan = tend_safety_plan_new ();
  g_autofree char *contents = NULL;
  AdwSwitchRow *row;

  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "PLAN-SAM", "555 0100");
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_REASONS, "PLAN-SEA", NULL);
  tend_summary_dialog_set_safety_plan (fixture->dialog, plan);

  row = ADW_SWITCH_ROW (tend_test_find_row (GTK_WIDGET (fixture->dialog), ADW_TYPE_SWITCH_ROW,
                                            "Include My Safety Plan"));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (row)));
  g_assert_false (adw_switch_row_get_active (row));
  g_assert_false (tend_summary_dialog_get_include_safety_plan (fixture->dialog));
  if (include)
    adw_switch_row_set_active (row, TRUE);

  tend_test_activate_row (GTK_WIDGET (fixture->dialog), "Markdown");
  contents = export (fixture, "summary.md", NULL);
  if (include)
    {
      g_assert_nonnull (strstr (contents, "## My Safety Plan\n"));
      g_assert_nonnull (strstr (contents, "PLAN-SAM: 555 0100"));
      g_assert_nonnull (strstr (contents, "PLAN-SEA"));
    }
  else
    {
      g_assert_null (strstr (contents, "My Safety Plan"));
      g_assert_null (strstr (contents, "PLAN-SAM"));
      g_assert_null (strstr (contents, "PLAN-SEA"));
    }
}

static void
test_safety_plan_off (Fixture       *fixture,
                      gconstpointer  data)
{
  safety_plan_test (fixture, FALSE);
}

static void
test_safety_plan_on (Fixture       *fixture,
                     gconstpointer  data)
{
  safety_plan_test (fixture, TRUE);
}

/* Days that leave out the ticked entry leave out its words, and offer only their entries. */
static void
test_days_limit_sharing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) week_ago = days_from_now (-7, 12);
  g_autofree char *contents = NULL;
  g_auto(GStrv) shared = NULL;
  GtkCalendar *first;

  tend_test_activate_row (GTK_WIDGET (fixture->dialog), "Markdown");
  adw_action_row_activate (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "SHARED-MIDDLE words"));

  first = GTK_CALENDAR (tend_test_find_type (GTK_WIDGET (fixture->dialog), GTK_TYPE_CALENDAR));
  gtk_calendar_select_day (first, week_ago);
  g_assert_null (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "SHARED-MIDDLE words"));
  g_assert_nonnull (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "PRIVATE-LATE words"));
  shared = tend_summary_dialog_dup_shared_ids (fixture->dialog);
  g_assert_cmpuint (g_strv_length (shared), ==, 0);

  contents = export (fixture, "week.md", NULL);
  g_assert_nonnull (strstr (contents, "- Mood: 4.0 of 5 on average, from 1 check-in\n"));
  g_assert_null (strstr (contents, "SHARED-MIDDLE"));
  g_assert_null (strstr (contents, "Entries I Chose to Share"));
}

/* As a click on @date would: GtkCalendar is silent when only the month differs, the dialog
 * hears the click itself; here the signal stands for it. */
static void
choose_day (GtkCalendar *calendar,
            GDateTime   *date)
{
  gtk_calendar_select_day (calendar, date);
  g_signal_emit_by_name (calendar, "day-selected");
}

static char *
calendar_day (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  return g_date_time_format (date, "%Y-%m-%d");
}

/* Looking at another month is not choosing a day: the days, the button, the list and the
 * summary stay as they were, and the calendar opens on the chosen day again. */
static void
test_month_is_not_a_day (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (fixture->dialog);
  GtkMenuButton *button = GTK_MENU_BUTTON (tend_test_find_type (dialog, GTK_TYPE_MENU_BUTTON));
  GtkCalendar *calendar = GTK_CALENDAR (tend_test_find_type (dialog, GTK_TYPE_CALENDAR));
  g_autofree char *label = g_strdup (gtk_menu_button_get_label (button));
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last_after = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *back;

  tend_summary_dialog_get_range (fixture->dialog, &first, &last);
  tend_test_activate_row (dialog, "Markdown");

  gtk_menu_button_popup (button);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  /* The calendar's first button goes a month back. */
  back = tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON);
  g_assert_nonnull (back);
  g_signal_emit_by_name (back, "clicked");
  g_signal_emit_by_name (back, "clicked");
  shown = calendar_day (calendar);
  g_assert_cmpstr (shown, <, first);

  tend_summary_dialog_get_range (fixture->dialog, &first_after, &last_after);
  g_assert_cmpstr (first_after, ==, first);
  g_assert_cmpstr (last_after, ==, last);
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, label);
  g_assert_nonnull (tend_test_find_action_row (dialog, "PRIVATE-EARLY words"));

  gtk_menu_button_popdown (button);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_clear_pointer (&shown, g_free);
  shown = calendar_day (calendar);
  g_assert_cmpstr (shown, ==, first);

  /* The summary covers the three weeks still. */
  contents = export (fixture, "month.md", NULL);
  g_assert_nonnull (strstr (contents, "- Mood: 3.0 of 5 on average, from 3 check-ins\n"));
}

static void
release_on (GtkWidget *calendar,
            GtkWidget *day)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (calendar);
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (day, calendar,
                                           &GRAPHENE_POINT_INIT (2, 2), &point));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "released", 1, (double) point.x, (double) point.y);
    }
}

/* The calendar's day (a label.day-number) in @state. */
static GtkWidget *
day_in_state (GtkWidget     *root,
              GtkStateFlags  state)
{
  if (gtk_widget_has_css_class (root, "day-number") &&
      (gtk_widget_get_state_flags (root) & state) != 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = day_in_state (child, state);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A day with the number of the chosen one, in another month, is chosen by a click too, though
 * GtkCalendar says nothing of it. */
static void
test_same_number_other_month (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (fixture->dialog);
  GtkMenuButton *button = GTK_MENU_BUTTON (tend_test_find_type (dialog, GTK_TYPE_MENU_BUTTON));
  GtkCalendar *calendar = GTK_CALENDAR (tend_test_find_type (dialog, GTK_TYPE_CALENDAR));
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last_after = NULL;

  tend_summary_dialog_get_range (fixture->dialog, &first, &last);
  gtk_menu_button_popup (button);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_signal_emit_by_name (tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON), "clicked");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  shown = calendar_day (calendar);

  release_on (GTK_WIDGET (calendar),
              day_in_state (GTK_WIDGET (calendar), GTK_STATE_FLAG_SELECTED));
  tend_summary_dialog_get_range (fixture->dialog, &first_after, &last_after);
  g_assert_cmpstr (first_after, ==, shown);
  g_assert_cmpstr (first_after, <, first);
  g_assert_cmpstr (last_after, ==, last);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));

  /* Released on the month's name, nothing is chosen. */
  gtk_menu_button_popup (button);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_signal_emit_by_name (tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON), "clicked");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  release_on (GTK_WIDGET (calendar), tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_STACK));
  g_clear_pointer (&last_after, g_free);
  g_clear_pointer (&first_after, g_free);
  tend_summary_dialog_get_range (fixture->dialog, &first_after, &last_after);
  g_assert_cmpstr (first_after, ==, shown);
}

static void
press_key (GtkWidget *calendar,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (calendar);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
      g_signal_emit_by_name (controller, "key-released", keyval, 0, 0);
    }
}

/* Space chooses the day with the keyboard focus, in whichever month it is. */
static void
test_space_chooses_day (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (fixture->dialog);
  GtkMenuButton *button = GTK_MENU_BUTTON (tend_test_find_type (dialog, GTK_TYPE_MENU_BUTTON));
  GtkWidget *calendar = tend_test_find_type (dialog, GTK_TYPE_CALENDAR);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *first_after = NULL;
  g_autofree char *last_after = NULL;
  g_autofree char *number = NULL;

  tend_summary_dialog_get_range (fixture->dialog, &first, &last);
  gtk_menu_button_popup (button);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);

  /* Before any day has the focus, Space chooses nothing. */
  press_key (calendar, GDK_KEY_space);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));

  /* Back a month, then the focus on the day with the chosen day's number: GtkCalendar says
   * nothing of choosing it. */
  g_signal_emit_by_name (tend_test_find_type (calendar, GTK_TYPE_BUTTON), "clicked");
  number = g_strdup_printf ("%d", gtk_calendar_get_day (GTK_CALENDAR (calendar)));
  for (guint i = 0; i < 42; i++)
    {
      GtkWidget *day;

      press_key (calendar, GDK_KEY_Right);
      day = day_in_state (calendar, GTK_STATE_FLAG_FOCUSED);
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (day)), number) == 0 &&
          !gtk_widget_has_css_class (day, "other-month"))
        break;
    }
  press_key (calendar, GDK_KEY_space);
  shown = calendar_day (GTK_CALENDAR (calendar));
  tend_summary_dialog_get_range (fixture->dialog, &first_after, &last_after);
  g_assert_cmpstr (first_after, ==, shown);
  g_assert_cmpstr (first_after, <, first);
  g_assert_cmpstr (last_after, ==, last);
}

/* A tick on an entry the days leave out is forgotten: when the days take it in again, it is
 * offered unticked, and its words stay out unless it is ticked again. */
static void
test_ticks_forgotten (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) week_ago = days_from_now (-7, 12);
  g_autoptr(GDateTime) month_ago = days_from_now (-30, 12);
  g_autofree char *contents = NULL;
  g_auto(GStrv) shared = NULL;
  GtkWidget *dialog = GTK_WIDGET (fixture->dialog);
  GtkCalendar *first = GTK_CALENDAR (tend_test_find_type (dialog, GTK_TYPE_CALENDAR));
  AdwActionRow *row;

  tend_test_activate_row (dialog, "Markdown");
  row = tend_test_find_action_row (dialog, "SHARED-MIDDLE words");
  adw_action_row_activate (row);
  g_assert_true (gtk_check_button_get_active (row_check (row)));

  choose_day (first, week_ago);
  g_assert_null (tend_test_find_action_row (dialog, "SHARED-MIDDLE words"));
  choose_day (first, month_ago);
  row = tend_test_find_action_row (dialog, "SHARED-MIDDLE words");
  g_assert_nonnull (row);
  g_assert_false (gtk_check_button_get_active (row_check (row)));
  shared = tend_summary_dialog_dup_shared_ids (fixture->dialog);
  g_assert_cmpuint (g_strv_length (shared), ==, 0);

  contents = export (fixture, "forgotten.md", NULL);
  g_assert_null (strstr (contents, "SHARED-MIDDLE"));
  g_assert_null (strstr (contents, "Entries I Chose to Share"));
}

/* Ticked again after the days came back, it is shared. */
static void
test_ticked_again (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) week_ago = days_from_now (-7, 12);
  g_autoptr(GDateTime) month_ago = days_from_now (-30, 12);
  g_autofree char *contents = NULL;
  GtkWidget *dialog = GTK_WIDGET (fixture->dialog);
  GtkCalendar *first = GTK_CALENDAR (tend_test_find_type (dialog, GTK_TYPE_CALENDAR));

  tend_test_activate_row (dialog, "Markdown");
  adw_action_row_activate (tend_test_find_action_row (dialog, "SHARED-MIDDLE words"));
  choose_day (first, week_ago);
  choose_day (first, month_ago);
  adw_action_row_activate (tend_test_find_action_row (dialog, "SHARED-MIDDLE words"));

  contents = export (fixture, "again.md", NULL);
  g_assert_nonnull (strstr (contents, "SHARED-MIDDLE words"));
  g_assert_null (strstr (contents, "PRIVATE"));
}

static void
printed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_summary_printer_export_finish (TEND_SUMMARY_PRINTER (source), result,
                                                     &error));
  g_assert_no_error (error);
  *done = TRUE;
}

typedef struct {
  guint  n_pages;
  double fraction;
} Drawn;

static void
page_drawn (double   fraction,
            gpointer user_data)
{
  Drawn *drawn = user_data;

  g_assert_cmpfloat (fraction, >, drawn->fraction);
  drawn->n_pages++;
  drawn->fraction = fraction;
}

static guint
print_pages (const char *path,
             const char *text)
{
  g_autoptr(GDateTime) created = days_from_now (0, 10);
  g_autoptr(TendEntry) entry = tend_entry_new ("long", created);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(TendTherapistSummary) summary = NULL;
  g_autoptr(TendSummaryPrinter) printer = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  const char * const shared[] = { "long", NULL };
  Drawn drawn = { 0, 0.0 };
  TendEntry *entries[] = { entry };
  gboolean done = FALSE;
  gsize length;
  GDate day;

  tend_entry_set_text (entry, text);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (created),
                  g_date_time_get_month (created), g_date_time_get_year (created));
  summary = tend_therapist_summary_new (entries, 1, NULL, 0, &day, &day, shared, created,
                                        G_DATE_MONDAY, tz);
  printer = tend_summary_printer_new (summary);
  g_assert_cmpuint (tend_summary_printer_get_n_pages (printer), ==, 0);
  tend_summary_printer_export_async (printer, NULL, file, NULL, page_drawn, &drawn, printed_cb,
                                     &done);
  tend_test_wait_until (tend_test_is_true, &done, "the PDF");

  /* Every page the layout made was drawn, and the progress reached its end. */
  g_assert_cmpuint (drawn.n_pages, ==, tend_summary_printer_get_n_pages (printer));
  g_assert_cmpfloat (drawn.fraction, ==, 1.0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (tend_test_data_contains (contents, length, "%%EOF"));

  return tend_summary_printer_get_n_pages (printer);
}

/* A written PDF leaves nothing connected to the caller's cancellable: cancelling it later,
 * when the printer is gone (a dialog closing), calls into nothing. */
static void
test_lets_go_of_cancellable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-summary-cancellable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "page.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TendTherapistSummary) page =
    tend_therapist_summary_new_learn_topic (tend_learn_lookup ("close"), "A note", NULL);
  TendSummaryPrinter *printer = tend_summary_printer_new (page);
  gboolean done = FALSE;

  tend_summary_printer_export_async (printer, NULL, file, cancellable, NULL, NULL, printed_cb,
                                     &done);
  tend_test_wait_until (tend_test_is_true, &done, "the PDF");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_signal_has_handler_pending (cancellable,
                                                g_signal_lookup ("cancelled",
                                                                 G_TYPE_CANCELLABLE),
                                                0, FALSE));
  g_assert_finalize_object (printer);
  g_cancellable_cancel (cancellable);
  tend_test_remove_tree (dir);
}

/* Long shared words run on over pages. */
static void
test_page_breaks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-summary-pages-XXXXXX", NULL);
  g_autofree char *short_path = g_build_filename (dir, "short.pdf", NULL);
  g_autofree char *long_path = g_build_filename (dir, "long.pdf", NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Line %u of a long entry\n", i);

  g_assert_cmpuint (print_pages (short_path, "A few words"), ==, 1);
  g_assert_cmpuint (print_pages (long_path, text->str), >=, 4);

  /* To look at: the pages, numbered at their foot. */
  if (g_getenv ("TEND_SHOT_DIR") != NULL)
    {
      g_autofree char *kept = g_build_filename (g_getenv ("TEND_SHOT_DIR"), "summary-long.pdf",
                                                NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (long_path, &contents, &length, NULL));
      g_mkdir_with_parents (g_getenv ("TEND_SHOT_DIR"), 0700);
      g_assert_true (g_file_set_contents (kept, contents, length, NULL));
    }

  g_string_free (text, TRUE);
  tend_test_remove_tree (dir);
}


static TendTherapistSummary *
long_summary (void)
{
  g_autoptr(GDateTime) created = days_from_now (0, 10);
  g_autoptr(TendEntry) entry = tend_entry_new ("long", created);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const shared[] = { "long", NULL };
  TendEntry *entries[] = { entry };
  GDate day;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "Line %u of a long entry\n", i);
  tend_entry_set_text (entry, text->str);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (created),
                  g_date_time_get_month (created), g_date_time_get_year (created));
  return tend_therapist_summary_new (entries, 1, NULL, 0, &day, &day, shared, created,
                                     G_DATE_MONDAY, tz);
}

typedef struct {
  GError   *error;
  gboolean  done;
} Export;

static void
exported (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Export *export = user_data;
  gboolean ok = tend_summary_printer_export_finish (TEND_SUMMARY_PRINTER (source), result,
                                                    &export->error);

  g_assert_true (ok == (export->error == NULL));
  export->done = TRUE;
}

static void
cancel_on_first_page (double   fraction,
                      gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* A PDF cancelled half way leaves the file it was to replace as it was, and no other file; a
 * whole one replaces it, readable by its owner alone. */
static void
test_replace_only_when_whole (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-summary-replace-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TendTherapistSummary) summary = long_summary ();
  g_autoptr(TendSummaryPrinter) cancelled = tend_summary_printer_new (summary);
  g_autoptr(TendSummaryPrinter) printer = tend_summary_printer_new (summary);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  Export export = { NULL, FALSE };
  GStatBuf info;

  g_assert_true (g_file_set_contents_full (path, "the last summary", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0644, NULL));

  tend_summary_printer_export_async (cancelled, NULL, file, cancellable, cancel_on_first_page,
                                     cancellable, exported, &export);
  tend_test_wait_until (tend_test_is_true, &export.done, "the cancelled PDF");
  g_assert_error (export.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&export.error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the last summary");
  g_assert_cmpuint (count_files (dir), ==, 1);

  export.done = FALSE;
  tend_summary_printer_export_async (printer, NULL, file, NULL, NULL, NULL, exported, &export);
  tend_test_wait_until (tend_test_is_true, &export.done, "the PDF");
  g_assert_no_error (export.error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files (dir), ==, 1);

  tend_test_remove_tree (dir);
}

static gboolean
toast_shown (gpointer data)
{
  return tend_test_find_label (data, "Summary saved as “from-window.pdf”") != NULL;
}

/* The main menu's Summary for a Therapist… opens the dialog; a written summary says so. */
static void
test_from_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-summary-window-XXXXXX", NULL);
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "from-window.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TendStore *store = open_store (journal);
  TendWindow *window = tend_window_new (NULL, store);
  AdwDialog *dialog;

  tend_test_show_window (GTK_WINDOW (window), 900, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.summary", NULL);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (TEND_IS_SUMMARY_DIALOG (dialog));

  tend_summary_dialog_export_to_file (TEND_SUMMARY_DIALOG (dialog), file);
  tend_test_wait_until (toast_shown, window, "the toast");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

static gboolean
error_toast_shown (gpointer data)
{
  return tend_test_find_label (data, "Could Not Save the Summary") != NULL;
}

/* The summary's window closes while it is written, and writing fails: there is no dialog left
 * for an alert, so Tend's other window says it in a toast. */
static void
test_error_after_window_closed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-summary-gone-XXXXXX", NULL);
  g_autofree char *journal = g_build_filename (dir, "journal", NULL);
  g_autofree char *path = g_build_filename (dir, "missing", "summary.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.tendapp.Tend.SummaryTest",
                                                       G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  TendStore *store = open_store (journal);
  TendWindow *window = tend_window_new (NULL, store);
  TendWindow *other = tend_window_new (NULL, NULL);
  AdwDialog *dialog;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  tend_test_show_window (GTK_WINDOW (window), 900, 760);
  gtk_window_set_application (GTK_WINDOW (other), GTK_APPLICATION (app));
  tend_test_show_window (GTK_WINDOW (other), 600, 600);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.summary", NULL);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  tend_summary_dialog_export_to_file (TEND_SUMMARY_DIALOG (dialog), file);
  gtk_window_destroy (GTK_WINDOW (window));

  tend_test_wait_until (error_toast_shown, other, "the toast");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (other));
  tend_store_flush (store);
  g_assert_finalize_object (store);
  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/summary-dialog/pdf", Fixture, NULL,
              fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/safety-plan-off", Fixture, NULL,
              fixture_set_up, test_safety_plan_off, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/safety-plan-on", Fixture, NULL,
              fixture_set_up, test_safety_plan_on, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/markdown-shares-ticked", Fixture, NULL,
              fixture_set_up, test_markdown_shares_ticked, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/days-limit-sharing", Fixture, NULL,
              fixture_set_up, test_days_limit_sharing, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/month-is-not-a-day", Fixture, NULL,
              fixture_set_up, test_month_is_not_a_day, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/same-number-other-month", Fixture, NULL,
              fixture_set_up, test_same_number_other_month, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/space-chooses-day", Fixture, NULL,
              fixture_set_up, test_space_chooses_day, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/ticks-forgotten", Fixture, NULL,
              fixture_set_up, test_ticks_forgotten, fixture_tear_down);
  g_test_add ("/tend/summary-dialog/ticked-again", Fixture, NULL,
              fixture_set_up, test_ticked_again, fixture_tear_down);
  g_test_add_func ("/tend/summary-dialog/page-breaks", test_page_breaks);
  g_test_add_func ("/tend/summary-dialog/lets-go-of-cancellable", test_lets_go_of_cancellable);
  g_test_add_func ("/tend/summary-dialog/replace-only-when-whole", test_replace_only_when_whole);
  g_test_add_func ("/tend/summary-dialog/from-window", test_from_window);
  g_test_add_func ("/tend/summary-dialog/error-after-window-closed",
                   test_error_after_window_closed);

  return g_test_run ();
}
