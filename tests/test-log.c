/* test-log.c — what a log may say about a month that could not be read: where, never what.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-log.h"
#include "tend-month-file.h"
#include "tend-test-records.h"

#define SECRET "Zauberwort"

typedef struct {
  const char *contents;
  gboolean    quoted;    /* the reader's message quotes SECRET, as json-glib does */
  const char *position;  /* what the description ends with */
} Case;

static const Case cases[] = {
  /* Two strings without a comma between them, as a hand-merged copy can have: json-glib
   * quotes the whole string it stopped at. */
  { "{\n  \"format\": \"tend-journal\", \"version\": 1, \"month\": \"2026-11\",\n"
    "  \"entries\": [ { \"text\": \"" SECRET ", what I told nobody\"\n"
    "                 \"day\": \"2026-11-02\" } ]\n}\n",
    TRUE, " at 3:57" },
  /* A word where a value should be: json-glib quotes its first letter. */
  { "{\n  \"format\": \"tend-journal\", \"version\": 1, \"month\": \"2026-11\",\n"
    "  \"entries\": [ " SECRET " ]\n}\n",
    FALSE, " at 3:16" },
  { "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"2026-11\", \"entries\": [\n"
    "  { \"id\": \"a\", \"created\": \"2026-11-02T10:00:00Z\", "
    "\"updated\": \"2026-11-02T10:00:00Z\",\n"
    "    \"day\": \"" SECRET "\", \"text\": \"x\" } ] }\n",
    FALSE, " at entries[0].day" },
  { "{ \"format\": \"tend-journal\", \"version\": 1, \"month\": \"" SECRET "\" }",
    FALSE, " at month" },
};

static void
test_no_words (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = g_dir_make_tmp ("tend-log-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "2026-11.json", NULL);
  g_autoptr(TendMonthFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *about = NULL;

  g_assert_true (g_file_set_contents (path, c->contents, -1, NULL));
  file = tend_month_file_load (path, &error);
  g_assert_null (file);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, error->code);
  if (c->quoted)
    g_assert_nonnull (strstr (error->message, SECRET));

  about = tend_log_describe_error (error);
  g_assert_null (strstr (about, SECRET));
  g_assert_null (strstr (about, "`Z'"));
  g_assert_true (g_str_has_prefix (about, g_quark_to_string (TEND_MONTH_FILE_ERROR)));
  g_assert_nonnull (strstr (about, c->position));

  tend_test_remove_tree (dir);
}

/* Other errors: the domain and code only. */
static void
test_other_domain (void)
{
  g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED,
                                         "2026-11.json: entries[0]: " SECRET);
  g_autofree char *about = tend_log_describe_error (error);

  g_assert_cmpstr (about, ==, "g-io-error-quark 0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tend/log/no-words/%u", i);

      g_test_add_data_func (path, &cases[i], test_no_words);
    }
  g_test_add_func ("/tend/log/other-domain", test_other_domain);

  return g_test_run ();
}
