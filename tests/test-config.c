/* test-config.c — application id, version, settings schema and data paths.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "tend-paths.h"

static void
test_app_id (void)
{
  g_assert_true (g_application_id_is_valid (APP_ID));
  g_assert_cmpstr (BASE_APP_ID, ==, "io.github.tendapp.Tend");

  if (g_str_equal (PROFILE, "development"))
    g_assert_cmpstr (APP_ID, ==, BASE_APP_ID ".Devel");
  else
    g_assert_cmpstr (APP_ID, ==, BASE_APP_ID);
}

static void
test_version (void)
{
  g_auto(GStrv) parts = g_strsplit (PACKAGE_VERSION, ".", -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      guint64 number;
      g_autoptr(GError) error = NULL;

      g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &number, &error);
      g_assert_no_error (error);
    }
}

static void
test_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  static const char * const keys[] = { "window-width", "window-height", "window-maximized" };

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE);
  g_assert_nonnull (schema);
  g_assert_cmpstr (g_settings_schema_get_path (schema), ==, "/io/github/tendapp/Tend/");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (g_settings_schema_has_key (schema, keys[i]));

  /* The first window fits a laptop screen and is not maximized. */
  settings = g_settings_new (BASE_APP_ID);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >=, 360);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), >=, 294);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* Values are kept: the memory backend stands in for dconf. */
  g_settings_set_int (settings, "window-width", 1111);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
  g_settings_reset (settings, "window-width");
}

static void
test_paths (void)
{
  g_autofree char *data_dir = tend_paths_get_data_dir ();
  g_autofree char *journal_dir = tend_paths_get_journal_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "tend", "journal", NULL);

  /* With isolated dirs the data dir is a fresh folder that the test owns, never a real home. */
  g_assert_true (g_str_has_prefix (data_dir, g_get_tmp_dir ()));
  g_assert_true (g_str_has_prefix (journal_dir, data_dir));
  g_assert_cmpstr (journal_dir, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tend/config/app-id", test_app_id);
  g_test_add_func ("/tend/config/version", test_version);
  g_test_add_func ("/tend/config/schema", test_schema);
  g_test_add_func ("/tend/paths/journal-dir", test_paths);

  return g_test_run ();
}
