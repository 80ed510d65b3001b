/* test-fuzz-replay.c — the fuzzer's check, replayed on its seeds and on every input that ever
 * crashed it, in the ordinary test suites.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include <glib.h>

/* From one of the fuzz targets (fuzz/fuzz-*.c, say fuzz/fuzz-month-file.c), built into
 * this test with the ordinary compiler; FUZZ_SEEDS and FUZZ_REGRESSIONS name its folders. */
int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, length), ==, 0);
}

static guint
add_folder (const char *name)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fuzz", name, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *file;
  guint count = 0;

  /* A target that never crashed has no regressions folder yet. */
  if (dir == NULL)
    return 0;
  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *test = g_strdup_printf ("/tend/fuzz-replay/%s/%s", name, file);

      /* The paths live as long as the test program. */
      g_test_add_data_func_full (test, g_build_filename (folder, file, NULL), replay, g_free);
      count++;
    }

  return count;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  g_assert_cmpuint (add_folder (FUZZ_SEEDS), >, 0);
  add_folder (FUZZ_REGRESSIONS);

  return g_test_run ();
}
