/* test-reminder.c — the reminder object with a clock the test moves: one notification a day,
 * with words that never come from the journal, sent on time and after a suspend.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-reminder.h"
#include "tend-test-bus.h"
#include "tend-test-model.h"

/* Lives as long as the test program: GLib 2.84 crashes when an application whose freedesktop
 * notification backend has sent something is finalized. */
static GApplication *test_app;
/* Kept for the same reason: finalizing it would wait for the application's connection. */
static GTestDBus *test_bus;

/* What a person might have written today; nothing of it may reach a notification. */
static const char entry_text[] = "Talked to my sister about the lake house at last";

typedef struct
{
  GDateTime *now;
  /* When set, the clock runs: now plus the real time since start. */
  gint64     start;
} FakeClock;

static GDateTime *
fake_clock (gpointer user_data)
{
  FakeClock *clock = user_data;

  if (clock->start == 0)
    return g_date_time_ref (clock->now);
  return g_date_time_add (clock->now, g_get_monotonic_time () - clock->start);
}

static void
set_now (FakeClock  *clock,
         const char *iso)
{
  g_clear_pointer (&clock->now, g_date_time_unref);
  clock->now = tend_test_date_time (iso);
}

static void
count_cb (TendReminder *reminder,
          guint        *count)
{
  (*count)++;
}

static gboolean
count_reached (gconstpointer data)
{
  return *(const guint *) data >= 1;
}

static gboolean
has_notification (gconstpointer data)
{
  return ((const GPtrArray *) data)->len >= 1;
}

/* Lets D-Bus traffic in flight arrive. */
static void
settle (void)
{
  for (guint i = 0; i < 50; i++)
    {
      g_usleep (2000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
assert_last_fired (GSettings  *settings,
                   const char *day)
{
  g_autofree char *last = g_settings_get_string (settings, "reminder-last-fired");

  g_assert_cmpstr (last, ==, day);
}

static void
reset_settings (GSettings *settings)
{
  g_settings_reset (settings, "reminder-enabled");
  g_settings_reset (settings, "reminder-time");
  g_settings_reset (settings, "reminder-last-fired");
}

static void
test_fires_once_a_day (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  GApplication *app = test_app;
  TendTestNotifications *server = tend_test_notifications_new ();
  GPtrArray *sent = tend_test_notifications_get (server);
  FakeClock clock = { NULL, 0 };
  TendReminder *reminder;
  g_autoptr(GError) error = NULL;
  guint fired = 0;
  char **first;

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  g_settings_set_int (settings, "reminder-time", 20 * 60);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (app));

  set_now (&clock, "2026-03-10T19:00:00Z");
  reminder = tend_reminder_new (app);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_signal_connect (reminder, "fired", G_CALLBACK (count_cb), &fired);

  g_assert_false (tend_reminder_check (reminder));
  set_now (&clock, "2026-03-10T19:59:59Z");
  g_assert_false (tend_reminder_check (reminder));
  g_assert_cmpuint (fired, ==, 0);

  set_now (&clock, "2026-03-10T20:00:30Z");
  g_assert_true (tend_reminder_check (reminder));
  g_assert_cmpuint (fired, ==, 1);
  assert_last_fired (settings, "2026-03-10");

  tend_test_wait_for (has_notification, sent, "the reminder's notification");
  first = g_ptr_array_index (sent, 0);
  g_assert_cmpstr (first[0], ==, "A moment for yourself");
  g_assert_cmpstr (first[1], ==, "Whenever you’re ready, there is room for a few lines about "
                                 "your day.");
  g_assert_null (strstr (first[0], entry_text));
  g_assert_null (strstr (first[1], entry_text));
  g_assert_null (strstr (first[1], "lake"));

  /* Looking again the same evening, or at the last minute of the day, sends nothing. */
  set_now (&clock, "2026-03-10T20:05:00Z");
  g_assert_false (tend_reminder_check (reminder));
  set_now (&clock, "2026-03-10T23:59:59Z");
  g_assert_false (tend_reminder_check (reminder));
  settle ();
  g_assert_cmpuint (fired, ==, 1);
  g_assert_cmpuint (sent->len, ==, 1);

  /* Nor does a Tend started again that evening: the day is kept in GSettings. */
  g_object_unref (reminder);
  set_now (&clock, "2026-03-10T21:00:00Z");
  reminder = tend_reminder_new (app);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_signal_connect (reminder, "fired", G_CALLBACK (count_cb), &fired);
  g_assert_false (tend_reminder_check (reminder));

  /* The next evening brings the next one. */
  set_now (&clock, "2026-03-11T20:00:00Z");
  g_assert_true (tend_reminder_check (reminder));
  g_assert_cmpuint (fired, ==, 2);
  assert_last_fired (settings, "2026-03-11");

  g_assert_finalize_object (reminder);
  settle ();
  g_assert_cmpuint (sent->len, ==, 2);
  tend_test_notifications_free (server);
  g_clear_pointer (&clock.now, g_date_time_unref);
  reset_settings (settings);
}

/* Asleep from 19:00 to 23:30: one reminder on waking; the next morning, none. */
static void
test_resume_after_suspend (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  FakeClock clock = { NULL, 0 };
  TendReminder *reminder;
  guint fired = 0;

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  g_settings_set_string (settings, "reminder-last-fired", "2026-03-09");
  set_now (&clock, "2026-03-10T19:00:00Z");
  reminder = tend_reminder_new (NULL);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_signal_connect (reminder, "fired", G_CALLBACK (count_cb), &fired);
  g_assert_false (tend_reminder_check (reminder));

  set_now (&clock, "2026-03-10T23:30:00Z");
  g_assert_true (tend_reminder_check (reminder));
  g_assert_false (tend_reminder_check (reminder));
  set_now (&clock, "2026-03-11T08:00:00Z");
  g_assert_false (tend_reminder_check (reminder));
  g_assert_cmpuint (fired, ==, 1);

  /* Switched off, nothing comes even when due. */
  g_settings_set_string (settings, "reminder-last-fired", "");
  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  g_assert_false (tend_reminder_get_enabled (reminder));
  set_now (&clock, "2026-03-11T20:30:00Z");
  g_assert_false (tend_reminder_check (reminder));
  g_assert_cmpuint (fired, ==, 1);

  /* The switch asked to stop running in the background; let that finish first. */
  tend_test_wait_for_finalize (reminder);
  g_clear_pointer (&clock.now, g_date_time_unref);
  reset_settings (settings);
}

/* Logging in after the time still brings the day's reminder; switching the reminder on after
 * the time does not, not even after a restart that evening. */
static void
test_late_start (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  FakeClock clock = { NULL, 0 };
  TendReminder *reminder;
  g_autofree char *last = NULL;

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  g_settings_set_string (settings, "reminder-last-fired", "2026-03-09");
  set_now (&clock, "2026-03-10T21:30:00Z");
  reminder = tend_reminder_new (NULL);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_assert_true (tend_reminder_check (reminder));
  g_assert_false (tend_reminder_check (reminder));
  tend_test_wait_for_finalize (reminder);

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  g_settings_set_string (settings, "reminder-last-fired", "2026-03-09");
  reminder = tend_reminder_new (NULL);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  last = g_settings_get_string (settings, "reminder-last-fired");
  g_assert_cmpstr (last, ==, "2026-03-10");
  g_assert_false (tend_reminder_check (reminder));
  tend_test_wait_for_finalize (reminder);

  reminder = tend_reminder_new (NULL);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_assert_false (tend_reminder_check (reminder));

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  tend_test_wait_for_finalize (reminder);
  g_clear_pointer (&clock.now, g_date_time_unref);
  reset_settings (settings);
}

/* Nobody calls check(): the reminder's own timer notices the time, without a long timeout. */
static void
test_timer (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  FakeClock clock = { NULL, 0 };
  TendReminder *reminder;
  guint fired = 0;

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  set_now (&clock, "2026-03-10T19:59:59.300Z");
  clock.start = g_get_monotonic_time ();
  reminder = tend_reminder_new (NULL);
  tend_reminder_set_clock (reminder, fake_clock, &clock);
  g_signal_connect (reminder, "fired", G_CALLBACK (count_cb), &fired);

  tend_test_wait_for (count_reached, &fired, "the reminder's timer");
  assert_last_fired (settings, "2026-03-10");

  g_assert_finalize_object (reminder);
  g_clear_pointer (&clock.now, g_date_time_unref);
  reset_settings (settings);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Notifications go to the stand-in server on the private bus. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  test_app = g_application_new ("io.github.tendapp.Tend.ReminderTest", G_APPLICATION_DEFAULT_FLAGS);

  g_test_add_func ("/tend/reminder/once-a-day", test_fires_once_a_day);
  g_test_add_func ("/tend/reminder/resume", test_resume_after_suspend);
  g_test_add_func ("/tend/reminder/late-start", test_late_start);
  g_test_add_func ("/tend/reminder/timer", test_timer);

  status = g_test_run ();
  /* The application still holds its connection, which g_test_dbus_down() would wait for. */
  g_test_dbus_stop (test_bus);

  return status;
}
