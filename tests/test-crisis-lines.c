/* test-crisis-lines.c — the shipped list of crisis lines and picking them by locale.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tend-crisis-lines.h"

static TendCrisisLines *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "src", "ground",
                                                 "crisis-lines.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  TendCrisisLines *lines;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  lines = tend_crisis_lines_new_from_data (contents, (gssize) length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lines);

  return lines;
}

/* The numbers of @lines, joined by "|", to compare whole lists at once. */
static char *
numbers_of (GPtrArray *lines)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      const TendCrisisLine *line = g_ptr_array_index (lines, i);

      g_string_append_printf (numbers, "%s%s", i > 0 ? "|" : "", line->number);
    }

  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

static gboolean
is_full_date (const char *text)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
test_shipped (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  guint n = tend_crisis_lines_get_n_items (lines);

  g_assert_cmpuint (n, >=, 11);
  g_assert_null (tend_crisis_lines_get_item (lines, n));

  for (guint i = 0; i < n; i++)
    {
      const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

      g_assert_nonnull (line);
      g_assert_nonnull (line->number);
      g_assert_cmpstr (line->number, !=, "");
      g_assert_nonnull (line->checked);
      g_assert_true (g_str_has_prefix (line->checked, "20"));
      g_assert_nonnull (line->countries);

      /* Everything the page shows has words, and every region has a name. */
      g_assert_cmpstr (tend_crisis_line_get_title (line), !=, "");
      g_assert_cmpstr (tend_crisis_line_get_description (line), !=, "");
      g_assert_cmpstr (tend_crisis_line_get_hours (line), !=, "");
      if (tend_crisis_region_get_name (line->region) == NULL)
        g_error ("the region “%s” has no name", line->region);
    }
}

static void
test_required (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  static const struct {
    const char         *region;
    const char         *number;
    TendCrisisLineKind  kind;
    const char         *name;  /* NULL: none needed */
    const char         *text;  /* NULL: calls only */
  } required[] = {
    { "US", "988",            TEND_CRISIS_LINE_SUPPORT,   "988 Suicide & Crisis Lifeline", "988" },
    { "US", "911",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "EU", "112",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "FR", "3114",           TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "ES", "024",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "DE", "0800 111 0 111", TEND_CRISIS_LINE_SUPPORT,   "TelefonSeelsorge", NULL },
    { "DE", "0800 111 0 222", TEND_CRISIS_LINE_SUPPORT,   "TelefonSeelsorge", NULL },
    { "GB", "116 123",        TEND_CRISIS_LINE_SUPPORT,   "Samaritans", NULL },
    { "IE", "116 123",        TEND_CRISIS_LINE_SUPPORT,   "Samaritans", NULL },
  };
  gboolean has_general = FALSE;

  for (guint r = 0; r < G_N_ELEMENTS (required); r++)
    {
      const TendCrisisLine *found = NULL;

      for (guint i = 0; i < tend_crisis_lines_get_n_items (lines); i++)
        {
          const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

          if (g_str_equal (line->region, required[r].region) &&
              g_str_equal (line->number, required[r].number))
            found = line;
        }

      if (found == NULL)
        g_error ("no %s line with the number %s", required[r].region, required[r].number);

      g_assert_cmpint (found->kind, ==, required[r].kind);
      if (required[r].name != NULL)
        g_assert_cmpstr (found->name, ==, required[r].name);
      g_assert_cmpstr (found->text, ==, required[r].text);
      g_assert_cmpstr (found->hours, ==, "always");
      /* These were checked on a day, not only known from a month's memory. */
      g_assert_true (is_full_date (found->checked));
    }

  for (guint i = 0; i < tend_crisis_lines_get_n_items (lines); i++)
    {
      const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

      if (g_str_equal (line->region, TEND_CRISIS_REGION_GENERAL))
        {
          has_general = TRUE;
          g_assert_cmpint (line->kind, ==, TEND_CRISIS_LINE_LOCAL);
          g_assert_nonnull (strstr (tend_crisis_line_get_description (line), "emergency number where you are"));
        }
    }
  g_assert_true (has_general);
}

static void
test_region_from_locale (void)
{
  static const struct {
    const char *locale;
    const char *region;
  } cases[] = {
    { "de_DE.UTF-8", "DE" },
    { "de_AT.UTF-8", "AT" },
    { "en_US", "US" },
    { "fr_FR@euro", "FR" },
    { "sr_RS@latin", "RS" },
    { "es_es.utf8", "ES" },
    { "en-GB", "GB" },
    { "de", NULL },
    { "C", NULL },
    { "C.UTF-8", NULL },
    { "POSIX", NULL },
    { "", NULL },
    { NULL, NULL },
    { "es_419", NULL },
    { "de_DEU", NULL },
    { "de_D", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("locale %s", cases[i].locale);
      g_assert_cmpstr (tend_crisis_region_from_locale (cases[i].locale), ==, cases[i].region);
    }
}

static void
test_pick (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  static const struct {
    const char *locale;
    const char *region;
    const char *numbers;
  } cases[] = {
    { "de_DE.UTF-8", "DE", "0800 111 0 111|0800 111 0 222|112" },
    { "de_AT.UTF-8", "AT", "112" },
    { "en_US.UTF-8", "US", "988|911" },
    { "es_US.UTF-8", "US", "988|911" },
    { "en_GB.UTF-8", "GB", "116 123|999" },
    { "en_IE.UTF-8", "IE", "116 123|112" },
    { "fr_FR.UTF-8", "FR", "3114|112" },
    { "es_ES.UTF-8", "ES", "024|112" },
    /* No line known there: the general advice to call the local emergency number. */
    { "ja_JP.UTF-8", "general", "112" },
    { "es_MX.UTF-8", "general", "112" },
    { "C.UTF-8", "general", "112" },
    { NULL, "general", "112" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *region = tend_crisis_lines_pick_region (lines, cases[i].locale);
      g_autoptr(GPtrArray) found = NULL;
      g_autofree char *numbers = NULL;

      g_test_message ("locale %s", cases[i].locale);
      g_assert_cmpstr (region, ==, cases[i].region);

      found = tend_crisis_lines_get_for_region (lines, region);
      numbers = numbers_of (found);
      g_assert_cmpstr (numbers, ==, cases[i].numbers);
    }

  /* A region without lines falls back to the general advice. */
  {
    g_autoptr(GPtrArray) found = tend_crisis_lines_get_for_region (lines, "ZZ");
    const TendCrisisLine *line;

    g_assert_cmpuint (found->len, ==, 1);
    line = g_ptr_array_index (found, 0);
    g_assert_cmpstr (line->region, ==, TEND_CRISIS_REGION_GENERAL);
    g_assert_cmpstr (tend_crisis_line_get_title (line), ==, "Your local emergency number");
  }

  /* A region that is not a country (the page offers it by name) shows its own lines. */
  {
    g_autoptr(GPtrArray) found = tend_crisis_lines_get_for_region (lines, "EU");
    const TendCrisisLine *line;

    g_assert_cmpuint (found->len, ==, 1);
    line = g_ptr_array_index (found, 0);
    g_assert_cmpstr (line->region, ==, "EU");
    g_assert_cmpstr (line->number, ==, "112");
    g_assert_cmpint (line->kind, ==, TEND_CRISIS_LINE_EMERGENCY);
  }
}

static void
test_words (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  g_autoptr(GPtrArray) us = tend_crisis_lines_get_for_region (lines, "US");
  const TendCrisisLine *lifeline = g_ptr_array_index (us, 0);
  const TendCrisisLine *emergency = g_ptr_array_index (us, 1);
  TendCrisisLine by_appointment = {
    .region = (char *) "DE", .kind = TEND_CRISIS_LINE_SUPPORT, .name = (char *) "Example",
    .number = (char *) "123", .hours = (char *) "Mo–Fr 9–17", .checked = (char *) "2026-11-24",
  };

  /* Named lines keep their own name; emergency numbers are described in the person's language. */
  g_assert_cmpstr (tend_crisis_line_get_title (lifeline), ==, "988 Suicide & Crisis Lifeline");
  g_assert_cmpstr (tend_crisis_line_get_title (emergency), ==, "Emergency services");
  g_assert_cmpstr (tend_crisis_line_get_hours (emergency), ==, "Any time, day or night");
  g_assert_cmpstr (tend_crisis_line_get_hours (&by_appointment), ==, "Mo–Fr 9–17");

  g_assert_cmpstr (tend_crisis_region_get_name ("DE"), ==, "Germany");
  g_assert_cmpstr (tend_crisis_region_get_name ("GB"), ==, "United Kingdom");
  g_assert_cmpstr (tend_crisis_region_get_name (TEND_CRISIS_REGION_GENERAL), ==, "Wherever you are");
  g_assert_null (tend_crisis_region_get_name ("ZZ"));
}

#define LINE(fields) "{\"format\":\"tend-crisis-lines\",\"version\":1,\"lines\":[" fields "," GENERAL "]}"
#define GENERAL "{\"region\":\"general\",\"kind\":\"local\",\"number\":\"112\",\"hours\":\"always\",\"checked\":\"2025-01\"}"
#define FIELDS "\"hours\":\"always\",\"checked\":\"2026-11-24\""

static void
test_invalid (void)
{
  static const struct {
    const char *name;
    const char *json;
  } cases[] = {
    { "not an object", "[]" },
    { "empty", "" },
    { "only spaces", "  \n" },
    { "another format", "{\"format\":\"tend-journal\",\"version\":1,\"lines\":[" GENERAL "]}" },
    { "a newer version", "{\"format\":\"tend-crisis-lines\",\"version\":2,\"lines\":[" GENERAL "]}" },
    { "no lines", "{\"format\":\"tend-crisis-lines\",\"version\":1}" },
    { "no general advice", "{\"format\":\"tend-crisis-lines\",\"version\":1,\"lines\":[]}" },
    { "a line that is not an object", LINE ("\"988\"") },
    { "no number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\"," FIELDS "}") },
    { "empty number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"\"," FIELDS "}") },
    { "number in words", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"nine one one\"," FIELDS "}") },
    { "number of one digit", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"9\"," FIELDS "}") },
    { "number of spaces", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"  \"," FIELDS "}") },
    { "number as a number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":911," FIELDS "}") },
    { "text number in words", LINE ("{\"region\":\"US\",\"kind\":\"support\",\"name\":\"L\",\"number\":\"988\",\"text\":\"HOME\"," FIELDS "}") },
    { "no checked date", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\"}") },
    { "checked date in another form", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"24.11.2026\"}") },
    { "checked in month 13", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"2026-13\"}") },
    { "checked on 30 February", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"2026-02-30\"}") },
    { "no hours", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"checked\":\"2026-11-24\"}") },
    { "unknown kind", LINE ("{\"region\":\"US\",\"kind\":\"chat\",\"number\":\"911\"," FIELDS "}") },
    { "talk line without a name", LINE ("{\"region\":\"US\",\"kind\":\"support\",\"number\":\"988\"," FIELDS "}") },
    { "region in lower case", LINE ("{\"region\":\"us\",\"kind\":\"emergency\",\"number\":\"911\"," FIELDS "}") },
    { "countries not a list", LINE ("{\"region\":\"EU\",\"kind\":\"emergency\",\"number\":\"112\",\"countries\":\"DE\"," FIELDS "}") },
    { "country not a code", LINE ("{\"region\":\"EU\",\"kind\":\"emergency\",\"number\":\"112\",\"countries\":[\"Germany\"]," FIELDS "}") },
  };
  g_autoptr(TendCrisisLines) valid = NULL;
  g_autoptr(GError) error = NULL;

  /* The pieces the cases are made of form a valid file on their own. */
  valid = tend_crisis_lines_new_from_data (LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\"," FIELDS "}"),
                                           -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tend_crisis_lines_get_n_items (valid), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TendCrisisLines) lines = NULL;
      g_autoptr(GError) case_error = NULL;

      g_test_message ("case %s", cases[i].name);
      lines = tend_crisis_lines_new_from_data (cases[i].json, -1, &case_error);
      g_assert_error (case_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (lines);
    }

  /* Not JSON at all. */
  {
    g_autoptr(TendCrisisLines) lines = tend_crisis_lines_new_from_data ("{\"format\":", -1, &error);

    g_assert_null (lines);
    g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE);
  }
}

static void
test_from_bytes (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) bytes = g_bytes_new_static (LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\"," FIELDS "}"),
                                               strlen (LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\"," FIELDS "}")));
  g_autoptr(TendCrisisLines) lines = NULL;
  g_autoptr(TendCrisisLines) none = NULL;
  g_autoptr(GError) error = NULL;

  lines = tend_crisis_lines_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tend_crisis_lines_pick_region (lines, "en_US.UTF-8"), ==, "US");
  g_assert_cmpstr (tend_crisis_lines_pick_region (lines, "de_DE.UTF-8"), ==, "general");

  none = tend_crisis_lines_new_from_bytes (empty, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/crisis-lines/shipped", test_shipped);
  g_test_add_func ("/tend/crisis-lines/required", test_required);
  g_test_add_func ("/tend/crisis-lines/region-from-locale", test_region_from_locale);
  g_test_add_func ("/tend/crisis-lines/pick", test_pick);
  g_test_add_func ("/tend/crisis-lines/words", test_words);
  g_test_add_func ("/tend/crisis-lines/invalid", test_invalid);
  g_test_add_func ("/tend/crisis-lines/from-bytes", test_from_bytes);

  return g_test_run ();
}
