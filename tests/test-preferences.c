/* test-preferences.c — what Preferences changes reaches the journal and Ground at once.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tend-ground-page.h"
#include "tend-journal-page.h"
#include "tend-preferences-dialog.h"
#include "tend-time-button.h"
#include "tend-test-utils.h"

/* The combo rows, in the order the dialog shows them. */
static AdwComboRow *
nth_combo (GtkWidget *root,
           guint      n)
{
  GtkWidget *found = NULL;
  guint seen = 0;
  GtkWidget *stack[256];
  guint depth = 0;

  stack[depth++] = root;
  /* Depth first, in child order. */
  while (depth > 0 && found == NULL)
    {
      GtkWidget *widget = stack[--depth];
      GtkWidget *children[64];
      guint n_children = 0;

      if (ADW_IS_COMBO_ROW (widget) && seen++ == n)
        found = widget;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL && n_children < G_N_ELEMENTS (children);
           child = gtk_widget_get_next_sibling (child))
        children[n_children++] = child;
      while (n_children > 0 && depth < G_N_ELEMENTS (stack))
        stack[depth++] = children[--n_children];
    }

  return found != NULL ? ADW_COMBO_ROW (found) : NULL;
}

static void
test_prompt_switch (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("tend-prefs-XXXXXX", NULL);
  g_autoptr(TendStore) store = tend_store_new (dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  TendJournalPage *page = TEND_JOURNAL_PAGE (tend_journal_page_new ());
  AdwDialog *dialog;
  AdwSwitchRow *row;

  g_assert_true (tend_store_load_recent (store, now, NULL));
  tend_journal_page_set_store (page, store);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  tend_test_show_window (window, 1000, 700);

  g_assert_nonnull (tend_test_find_button (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Another Prompt"));

  dialog = tend_preferences_dialog_new (NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 4);
  row = ADW_SWITCH_ROW (tend_test_find_type (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW));
  g_assert_true (adw_switch_row_get_active (row));

  /* Turning the prompt off hides it from the fresh page at once. */
  adw_switch_row_set_active (row, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-prompt"));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (tend_test_find_button (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Another Prompt"));

  adw_switch_row_set_active (row, TRUE);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (tend_test_find_button (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Another Prompt"));

  adw_dialog_force_close (dialog);
  g_settings_reset (settings, "show-prompt");
  gtk_window_destroy (window);
  tend_store_flush (store);
}

static void
test_ground_choices (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  TendGroundPage *ground = TEND_GROUND_PAGE (tend_ground_page_new ());
  AdwDialog *dialog;
  AdwComboRow *exercise_row, *pace_row;
  const TendExercise *third = tend_exercises_get_item (2);

  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (ground));
  tend_test_show_window (window, 800, 700);
  g_assert_true (tend_ground_page_get_best (ground) == tend_exercises_get_default ());

  dialog = tend_preferences_dialog_new (NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 4);
  exercise_row = nth_combo (GTK_WIDGET (dialog), 0);
  pace_row = nth_combo (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (exercise_row);
  g_assert_nonnull (pace_row);
  g_assert_cmpuint (adw_combo_row_get_selected (exercise_row), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (pace_row), ==, 3);

  /* A chosen exercise is what Ground Now starts. */
  adw_combo_row_set_selected (exercise_row, 3);
  g_assert_cmpstr (g_settings_get_string (settings, "default-exercise"), ==, third->id);
  g_assert_true (tend_ground_page_get_best (ground) == third);

  /* Slower, as the player would set it. */
  adw_combo_row_set_selected (pace_row, 4);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "breath-pace"), 1.25, 1e-9);
  g_settings_set_double (settings, "breath-pace", 0.8);
  g_assert_cmpuint (adw_combo_row_get_selected (pace_row), ==, 2);

  adw_combo_row_set_selected (exercise_row, 0);
  g_assert_cmpstr (g_settings_get_string (settings, "default-exercise"), ==, "");

  tend_test_wait_frames (GTK_WIDGET (window), 4);
  tend_test_save_screenshot (GTK_WIDGET (window), "preferences");

  adw_dialog_force_close (dialog);
  g_settings_reset (settings, "breath-pace");
  gtk_window_destroy (window);
}

/* Look-back and the links to Learn are offered, never pushed: one switch turns both off. */
static void
test_look_back_switch (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  AdwDialog *dialog = tend_preferences_dialog_new (NULL);
  AdwSwitchRow *row;

  tend_test_show_window (window, 800, 700);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 4);
  row = ADW_SWITCH_ROW (tend_test_find_row (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW,
                                             "_Look Back and Reading Suggestions"));
  g_assert_nonnull (row);
  g_assert_true (adw_switch_row_get_active (row));

  adw_switch_row_set_active (row, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-look-back"));
  g_settings_set_boolean (settings, "show-look-back", TRUE);
  g_assert_true (adw_switch_row_get_active (row));

  adw_dialog_force_close (dialog);
  g_settings_reset (settings, "show-look-back");
  gtk_window_destroy (window);
}

/* Whether the clock of the locale LC_TIME names counts to 12, and how it writes 20:00 and 7:05. */
static void
check_locale_clock (const char *locale,
                    gboolean    twelve_hour,
                    const char *evening,
                    const char *morning)
{
  g_autofree char *old = g_strdup (setlocale (LC_TIME, NULL));
  g_autofree char *evening_text = NULL;
  g_autofree char *morning_text = NULL;
  gboolean locale_twelve_hour;

  if (setlocale (LC_TIME, locale) == NULL)
    {
      g_test_message ("no %s locale here; its clock is not checked", locale);
      return;
    }
  locale_twelve_hour = tend_time_clock_is_twelve_hour ();
  evening_text = tend_time_format (20 * 60, locale_twelve_hour);
  morning_text = tend_time_format (7 * 60 + 5, locale_twelve_hour);
  setlocale (LC_TIME, old);

  g_assert_cmpint (locale_twelve_hour, ==, twelve_hour);
  g_assert_cmpstr (evening_text, ==, evening);
  g_assert_cmpstr (morning_text, ==, morning);
}

/* The daily reminder: off at first, its time greyed out until it is on, one button that shows
 * the time as the locale writes it, and the hour and minutes in its popover, kept in GSettings. */
static void
test_reminder (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  AdwDialog *dialog;
  GtkWidget *group;
  GtkWidget *popover;
  GtkSpinButton *hour, *minute;
  GtkToggleButton *am, *pm;
  TendTimeButton *button;
  AdwActionRow *time_row;
  AdwSwitchRow *row;
  g_autofree char *label = NULL;

  /* The popover draws beside the window: GTK 4.24's own frame-timing warning may follow. */
  tend_test_allow_upstream_warnings ();

  /* en_US writes a 12-hour clock, German a 24-hour one. */
  check_locale_clock ("en_US.UTF-8", TRUE, "8:00 PM", "7:05 AM");
  check_locale_clock ("de_DE.UTF-8", FALSE, "20:00", "07:05");

  tend_test_show_window (window, 800, 700);
  dialog = tend_preferences_dialog_new (NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 4);

  button = TEND_TIME_BUTTON (tend_test_find_type (GTK_WIDGET (dialog), TEND_TYPE_TIME_BUTTON));
  g_assert_nonnull (button);
  group = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PREFERENCES_GROUP);
  row = ADW_SWITCH_ROW (tend_test_find_type (group, ADW_TYPE_SWITCH_ROW));
  time_row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW));
  popover = tend_test_find_type (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  hour = GTK_SPIN_BUTTON (tend_test_find_type (popover, GTK_TYPE_SPIN_BUTTON));
  minute = GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (
             gtk_widget_get_next_sibling (GTK_WIDGET (hour))));
  g_assert_true (GTK_IS_SPIN_BUTTON (minute));
  am = GTK_TOGGLE_BUTTON (tend_test_find_type (popover, GTK_TYPE_TOGGLE_BUTTON));
  pm = GTK_TOGGLE_BUTTON (gtk_widget_get_next_sibling (GTK_WIDGET (am)));

  /* Off by default, at 20:00, written once, as the person's clock writes it: the row has no
   * second copy of the time beside the button. */
  g_assert_false (adw_switch_row_get_active (row));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_assert_cmpint (tend_time_button_get_minutes (button), ==, 20 * 60);
  g_assert_cmpint (tend_time_button_get_twelve_hour (button), ==, tend_time_clock_is_twelve_hour ());
  label = tend_time_button_dup_label (button);
  g_test_message ("shown as “%s”", label);
  g_assert_cmpstr (label, ==, tend_time_button_get_twelve_hour (button) ? "8:00 PM" : "20:00");
  g_assert_true (adw_action_row_get_subtitle (time_row) == NULL ||
                 *adw_action_row_get_subtitle (time_row) == '\0');

  adw_switch_row_set_active (row, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "reminder-enabled"));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));

  /* Activating the row, as Enter or a click does, opens the hour and the minutes. */
  g_assert_false (gtk_widget_get_visible (popover));
  gtk_widget_activate (GTK_WIDGET (time_row));
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_get_visible (popover));

  /* On a 24-hour clock: hours 0 to 23, padded, and no AM or PM. */
  tend_time_button_set_twelve_hour (button, FALSE);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (am))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 20);
  gtk_spin_button_set_value (hour, 7);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 7 * 60);
  gtk_spin_button_set_value (minute, 5);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 7 * 60 + 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "07");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (minute)), ==, "05");
  g_clear_pointer (&label, g_free);
  label = tend_time_button_dup_label (button);
  g_assert_cmpstr (label, ==, "07:05");

  /* On a 12-hour clock: hours 1 to 12 and AM or PM; the evening is PM. */
  tend_time_button_set_twelve_hour (button, TRUE);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (am))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 7);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "7");
  g_assert_true (gtk_toggle_button_get_active (am));
  gtk_toggle_button_set_active (pm, TRUE);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 19 * 60 + 5);
  gtk_spin_button_set_value (hour, 12);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 12 * 60 + 5);
  gtk_toggle_button_set_active (am, TRUE);
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 5);
  g_clear_pointer (&label, g_free);
  label = tend_time_button_dup_label (button);
  g_assert_cmpstr (label, ==, "12:05 AM");
  tend_test_save_screenshot (popover, "preferences-time-popover");

  /* A time set elsewhere shows at once, without being written back half-changed. */
  g_settings_set_int (settings, "reminder-time", 23 * 60 + 59);
  g_assert_cmpint (tend_time_button_get_minutes (button), ==, 23 * 60 + 59);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 11);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minute), ==, 59);
  g_assert_true (gtk_toggle_button_get_active (pm));
  g_assert_cmpint (g_settings_get_int (settings, "reminder-time"), ==, 23 * 60 + 59);

  tend_test_wait_frames (GTK_WIDGET (window), 4);
  tend_test_save_screenshot (GTK_WIDGET (window), "preferences-reminder");

  gtk_popover_popdown (GTK_POPOVER (popover));
  adw_dialog_force_close (dialog);
  g_settings_reset (settings, "reminder-enabled");
  g_settings_reset (settings, "reminder-time");
  gtk_window_destroy (window);
}

/* On a phone with the text twice its size, Preferences fits the window: libadwaita says nothing
 * of needing more room (its warning would end the test), and the reminder's time button fits
 * its row. */
static void
test_large_text_narrow (void)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *button, *row;
  AdwDialog *dialog;
  int dpi;

  g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (gtk_settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  tend_test_show_window_content (window, 360, 720);
  dialog = tend_preferences_dialog_new (NULL);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  tend_test_wait_frames (GTK_WIDGET (window), 4);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  button = tend_test_find_type (GTK_WIDGET (dialog), TEND_TYPE_TIME_BUTTON);
  row = gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);
  g_assert_cmpint (gtk_widget_get_width (row), <=, gtk_widget_get_width (GTK_WIDGET (dialog)) - 24);
  tend_test_save_screenshot (GTK_WIDGET (window), "preferences-large-narrow");

  adw_dialog_force_close (dialog);
  gtk_window_destroy (window);
  g_object_set (gtk_settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/preferences/prompt", test_prompt_switch);
  g_test_add_func ("/tend/preferences/ground", test_ground_choices);
  g_test_add_func ("/tend/preferences/look-back", test_look_back_switch);
  g_test_add_func ("/tend/preferences/reminder", test_reminder);
  g_test_add_func ("/tend/preferences/large-text-narrow", test_large_text_narrow);

  return g_test_run ();
}
