/* test-day-button.c — the day a TendDayButton holds changes when a day is chosen, not when
 * another month is looked at.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-day-button.h"
#include "tend-test-utils.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* The day notifies once when it changes, not when only the time of day does; the button
 * shows it. (The names it gives a screen reader are for the end-to-end tests: the widget tests
 * run without accessibility.) */
static void
test_date (void)
{
  GtkWidget *widget = g_object_ref_sink (tend_day_button_new (TEND_DAY_BUTTON_LAST));
  TendDayButton *button = TEND_DAY_BUTTON (widget);
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (tend_test_find_type (widget,
                                                                      GTK_TYPE_MENU_BUTTON));
  g_autoptr(GDateTime) morning = g_date_time_new_local (2026, 3, 9, 8, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new_local (2026, 3, 9, 20, 0, 0);
  g_autofree char *day = NULL;
  guint n_date = 0;
  guint n_end = 0;

  g_signal_connect (button, "notify::date", G_CALLBACK (count_cb), &n_date);
  g_signal_connect (button, "notify::end", G_CALLBACK (count_cb), &n_end);

  tend_day_button_set_date (button, morning);
  g_assert_cmpuint (n_date, ==, 1);
  tend_day_button_set_date (button, evening);
  g_assert_cmpuint (n_date, ==, 1);
  day = tend_day_button_dup_day (button);
  g_assert_cmpstr (day, ==, "2026-03-09");
  g_assert_cmpstr (gtk_menu_button_get_label (menu_button), ==, "9 Mar 2026");

  g_assert_cmpint (tend_day_button_get_end (button), ==, TEND_DAY_BUTTON_LAST);
  tend_day_button_set_end (button, TEND_DAY_BUTTON_FIRST);
  tend_day_button_set_end (button, TEND_DAY_BUTTON_FIRST);
  g_assert_cmpuint (n_end, ==, 1);

  g_assert_finalize_object (widget);
}

/* Another month looked at leaves the day as it was, and the calendar goes back to it when it
 * closes; a day chosen there is kept, and closes the calendar. */
static void
test_choose (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *widget = tend_day_button_new (TEND_DAY_BUTTON_FIRST);
  TendDayButton *button = TEND_DAY_BUTTON (widget);
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (tend_test_find_type (widget,
                                                                      GTK_TYPE_MENU_BUTTON));
  GtkCalendar *calendar = GTK_CALENDAR (tend_test_find_type (widget, GTK_TYPE_CALENDAR));
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2026, 3, 9, 12, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  g_autofree char *day = NULL;
  guint n_date = 0;

  gtk_window_set_child (window, widget);
  tend_test_show_window (window, 300, 200);
  tend_day_button_set_date (button, chosen);
  g_signal_connect (button, "notify::date", G_CALLBACK (count_cb), &n_date);

  gtk_menu_button_popup (menu_button);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_signal_emit_by_name (tend_test_find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON),
                         "clicked");
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 2);
  g_assert_cmpuint (n_date, ==, 0);
  day = tend_day_button_dup_day (button);
  g_assert_cmpstr (day, ==, "2026-03-09");

  gtk_menu_button_popdown (menu_button);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_clear_pointer (&shown, g_date_time_unref);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);

  /* The signal stands for a click on the 2nd of February. */
  gtk_menu_button_popup (menu_button);
  tend_test_wait_frames (GTK_WIDGET (window), 2);
  g_clear_pointer (&shown, g_date_time_unref);
  shown = g_date_time_new_local (2026, 2, 2, 12, 0, 0);
  gtk_calendar_select_day (calendar, shown);
  g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpuint (n_date, ==, 1);
  g_clear_pointer (&day, g_free);
  day = tend_day_button_dup_day (button);
  g_assert_cmpstr (day, ==, "2026-02-02");
  g_assert_cmpstr (gtk_menu_button_get_label (menu_button), ==, "2 Feb 2026");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu_button))));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/day-button/date", test_date);
  g_test_add_func ("/tend/day-button/choose", test_choose);

  return g_test_run ();
}
