/* test-background.c — switching the reminder on and off asks to run in the background and to
 * start at login: from a stand-in Background portal, or with an autostart file outside Flatpak.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-background.h"
#include "tend-reminder.h"
#include "tend-test-bus.h"

static gboolean
has_calls (gconstpointer data)
{
  const GPtrArray *calls = ((const gpointer *) data)[0];
  guint wanted = GPOINTER_TO_UINT (((const gpointer *) data)[1]);

  return calls->len >= wanted;
}

static void
wait_for_calls (GPtrArray *calls,
                guint      wanted)
{
  gconstpointer data[] = { calls, GUINT_TO_POINTER (wanted) };

  tend_test_wait_for (has_calls, data, "a call to the Background portal");
  g_assert_cmpuint (calls->len, ==, wanted);
}

static void
count_cb (TendReminder *reminder,
          guint        *count)
{
  (*count)++;
}

static void
test_portal (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *autostart = tend_background_autostart_path ();
  TendTestPortal *portal;
  GPtrArray *calls;
  TendTestPortalCall *call;
  TendReminder *reminder;
  guint refused = 0;

  /* TEND_FORCE_PORTAL=1 takes the Flatpak path outside Flatpak. */
  g_setenv ("TEND_FORCE_PORTAL", "1", TRUE);
  g_assert_true (tend_background_uses_portal ());
  portal = tend_test_portal_new (0);
  calls = tend_test_portal_get_calls (portal);
  reminder = tend_reminder_new (NULL);
  g_signal_connect (reminder, "background-refused", G_CALLBACK (count_cb), &refused);

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  wait_for_calls (calls, 1);
  call = g_ptr_array_index (calls, 0);
  g_assert_cmpstr (call->parent_window, ==, "");
  g_assert_true (call->autostart);
  g_assert_false (call->dbus_activatable);
  g_assert_nonnull (call->commandline);
  g_assert_cmpstrv (call->commandline, ((const char * const[]) { "tend", "--hidden", NULL }));
  g_assert_nonnull (call->reason);
  g_assert_cmpstr (call->reason, !=, "");

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  wait_for_calls (calls, 2);
  call = g_ptr_array_index (calls, 1);
  g_assert_false (call->autostart);
  g_assert_cmpstrv (call->commandline, ((const char * const[]) { "tend", "--hidden", NULL }));

  tend_test_wait_for_finalize (reminder);
  g_assert_cmpuint (refused, ==, 0);
  g_assert_cmpuint (calls->len, ==, 2);
  /* The portal path leaves the autostart folder alone. */
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));

  tend_test_portal_free (portal);
  g_unsetenv ("TEND_FORCE_PORTAL");
  g_settings_reset (settings, "reminder-enabled");
}

/* Quick changes are sent in order, and only the last state is left standing. */
static void
test_portal_quick_changes (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendTestPortal *portal;
  GPtrArray *calls;
  TendReminder *reminder;

  g_setenv ("TEND_FORCE_PORTAL", "1", TRUE);
  portal = tend_test_portal_new (0);
  calls = tend_test_portal_get_calls (portal);
  reminder = tend_reminder_new (NULL);

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  tend_test_wait_for_finalize (reminder);

  g_assert_cmpuint (calls->len, >=, 1);
  g_assert_true (((TendTestPortalCall *) g_ptr_array_index (calls, calls->len - 1))->autostart);

  tend_test_portal_free (portal);
  g_unsetenv ("TEND_FORCE_PORTAL");
  g_settings_reset (settings, "reminder-enabled");
}

/* A refusal is told once; the reminder itself stays on, for the times Tend is open. */
static void
test_portal_refuses (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendTestPortal *portal;
  GPtrArray *calls;
  TendReminder *reminder;
  guint refused = 0;

  g_setenv ("TEND_FORCE_PORTAL", "1", TRUE);
  portal = tend_test_portal_new (1);
  calls = tend_test_portal_get_calls (portal);
  reminder = tend_reminder_new (NULL);
  g_signal_connect (reminder, "background-refused", G_CALLBACK (count_cb), &refused);

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  wait_for_calls (calls, 1);
  tend_test_wait_for ((TendTestBusCondition) g_atomic_int_get, &refused,
                      "the refusal to be told");
  g_assert_cmpuint (refused, ==, 1);
  g_assert_true (tend_reminder_get_enabled (reminder));

  /* Withdrawing, refused or not, is not a refusal to tell about. */
  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  wait_for_calls (calls, 2);
  tend_test_wait_for_finalize (reminder);
  g_assert_cmpuint (refused, ==, 1);

  tend_test_portal_free (portal);
  g_unsetenv ("TEND_FORCE_PORTAL");
  g_settings_reset (settings, "reminder-enabled");
}

/* A portal that takes the request and never answers: after its time the request counts as
 * refused, and the next one (switching off) still goes out. */
static void
test_portal_silent (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  TendTestPortal *portal;
  GPtrArray *calls;
  TendReminder *reminder;
  guint refused = 0;

  g_setenv ("TEND_FORCE_PORTAL", "1", TRUE);
  g_setenv ("TEND_PORTAL_TIMEOUT_SECONDS", "1", TRUE);
  portal = tend_test_portal_new (TEND_TEST_PORTAL_SILENT);
  calls = tend_test_portal_get_calls (portal);
  reminder = tend_reminder_new (NULL);
  g_signal_connect (reminder, "background-refused", G_CALLBACK (count_cb), &refused);

  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  wait_for_calls (calls, 1);
  tend_test_wait_for ((TendTestBusCondition) g_atomic_int_get, &refused,
                      "the silence to count as a refusal");
  g_assert_cmpuint (refused, ==, 1);

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  wait_for_calls (calls, 2);
  g_assert_false (((TendTestPortalCall *) g_ptr_array_index (calls, 1))->autostart);

  tend_test_wait_for_finalize (reminder);
  tend_test_portal_free (portal);
  g_unsetenv ("TEND_PORTAL_TIMEOUT_SECONDS");
  g_unsetenv ("TEND_FORCE_PORTAL");
  g_settings_reset (settings, "reminder-enabled");
}

static gboolean
file_exists (gconstpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
file_gone (gconstpointer path)
{
  return !g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Outside Flatpak: $XDG_CONFIG_HOME/autostart/<app id>.desktop starts `tend --hidden`. */
static void
test_autostart_file (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *path = tend_background_autostart_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                APP_ID ".desktop", NULL);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  TendReminder *reminder;
  guint refused = 0;

  g_assert_false (tend_background_uses_portal ());
  g_assert_cmpstr (path, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  reminder = tend_reminder_new (NULL);
  g_signal_connect (reminder, "background-refused", G_CALLBACK (count_cb), &refused);
  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  tend_test_wait_for (file_exists, path, "the autostart file");

  g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, NULL);
  type = g_key_file_get_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, NULL);
  g_assert_cmpstr (exec, ==, "tend --hidden");
  g_assert_cmpstr (type, ==, "Application");
  g_assert_true (g_key_file_get_boolean (file, G_KEY_FILE_DESKTOP_GROUP,
                                         "X-GNOME-Autostart-enabled", NULL));

  g_settings_set_boolean (settings, "reminder-enabled", FALSE);
  tend_test_wait_for (file_gone, path, "the autostart file to go");

  tend_test_wait_for_finalize (reminder);
  g_assert_cmpuint (refused, ==, 0);
  g_settings_reset (settings, "reminder-enabled");
}

/* An autostart folder that cannot be made is a refusal like the portal's. */
static void
test_autostart_file_fails (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *blocker = g_build_filename (g_get_user_config_dir (), "autostart", NULL);
  TendReminder *reminder;
  guint refused = 0;

  g_assert_true (g_mkdir_with_parents (g_get_user_config_dir (), 0700) == 0);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));

  reminder = tend_reminder_new (NULL);
  g_signal_connect (reminder, "background-refused", G_CALLBACK (count_cb), &refused);
  g_settings_set_boolean (settings, "reminder-enabled", TRUE);
  tend_test_wait_for ((TendTestBusCondition) g_atomic_int_get, &refused,
                      "the refusal to be told");
  g_assert_true (tend_reminder_get_enabled (reminder));

  g_settings_reset (settings, "reminder-enabled");
  tend_test_wait_for_finalize (reminder);
  g_assert_cmpuint (refused, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  int status;

  g_unsetenv ("TEND_FORCE_PORTAL");
  /* Each test has its own empty XDG_CONFIG_HOME. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  g_test_add_func ("/tend/background/portal", test_portal);
  g_test_add_func ("/tend/background/portal-quick-changes", test_portal_quick_changes);
  g_test_add_func ("/tend/background/portal-refuses", test_portal_refuses);
  g_test_add_func ("/tend/background/portal-silent", test_portal_silent);
  g_test_add_func ("/tend/background/autostart-file", test_autostart_file);
  g_test_add_func ("/tend/background/autostart-file-fails", test_autostart_file_fails);

  status = g_test_run ();
  g_test_dbus_down (bus);

  return status;
}
