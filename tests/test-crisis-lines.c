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

      g_string_append_printf (numbers, "%s%s", i > 0 ? "|" : "", line->number != NULL ? line->number : "");
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

static gboolean
is_month (const char *text)
{
  guint month;

  if (strlen (text) != 7 || text[4] != '-' || !g_ascii_isdigit (text[0]))
    return FALSE;

  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  return month >= 1 && month <= 12;
}

static void
test_shipped (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  guint n = tend_crisis_lines_get_n_items (lines);

  g_assert_cmpuint (n, >=, 40);
  g_assert_null (tend_crisis_lines_get_item (lines, n));

  for (guint i = 0; i < n; i++)
    {
      const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

      g_assert_nonnull (line);
      g_test_message ("line %u: %s %s", i, line->region, line->number);

      /* A number for everything but the advice for where Tend knows none. */
      if (line->kind != TEND_CRISIS_LINE_LOCAL)
        g_assert_nonnull (line->number);
      if (line->number != NULL)
        g_assert_cmpstr (line->number, !=, "");
      if (g_str_equal (line->region, TEND_CRISIS_REGION_GENERAL))
        g_assert_null (line->number);

      /* Every line says where it comes from, and what its date means: a day it was compared
       * with that page, or the month it was written down without such a check. */
      g_assert_nonnull (line->source);
      g_assert_true (g_str_has_prefix (line->source, "https://") ||
                     g_str_has_prefix (line->source, "http://"));
      g_assert_true ((line->checked != NULL) != (line->listed != NULL));
      if (line->checked != NULL)
        {
          g_assert_true (is_full_date (line->checked));
          g_assert_cmpstr (line->checked, <=, "2026-12-07");
        }
      else
        g_assert_true (is_month (line->listed));
      /* Nobody compared the November 2026 list with a page: it may not claim a check. */
      g_assert_cmpstr (line->checked, !=, "2026-11-24");

      g_assert_nonnull (line->countries);
      g_assert_nonnull (line->except);

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
    { "US", "1 800 799 7233", TEND_CRISIS_LINE_VIOLENCE,  "National Domestic Violence Hotline", NULL },
    { "US", "1 800 656 4673", TEND_CRISIS_LINE_VIOLENCE,  "RAINN National Sexual Assault Hotline", NULL },
    { "US", "911",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "CA", "988",            TEND_CRISIS_LINE_SUPPORT,   "988 Suicide Crisis Helpline", "988" },
    { "CA", "911",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "CA-QC", "1 866 277 3553", TEND_CRISIS_LINE_SUPPORT, "1 866 APPELLE", "535353" },
    { "MX", "800 911 2000",   TEND_CRISIS_LINE_SUPPORT,   "Línea de la Vida", NULL },
    { "MX", "911",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "AR", "0800 999 0091",  TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "AR", "144",            TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "AR", "911",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "CL", "*4141",          TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "CL", "1455",           TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "CL", "131",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "CL", "133",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "CO", "106",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "CO", "155",            TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "CO", "123",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "PE", "113",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "PE", "100",            TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "PE", "105",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "UY", "0800 0767",      TEND_CRISIS_LINE_SUPPORT,   "Línea Vida", NULL },
    { "EC", "171",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "PY", "155",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "CR", "800 273 7869",   TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "PA", "147",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "DO", "811",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "GT", "110",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "GT", "122",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "BO", "110",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "NI", "118",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "EU", "112",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "FR", "3114",           TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "FR", "3919",           TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "ES", "024",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "ES", "016",            TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "DE", "0800 111 0 111", TEND_CRISIS_LINE_SUPPORT,   "TelefonSeelsorge", NULL },
    { "DE", "0800 111 0 222", TEND_CRISIS_LINE_SUPPORT,   "TelefonSeelsorge", NULL },
    { "DE", "116 123",        TEND_CRISIS_LINE_SUPPORT,   "TelefonSeelsorge", NULL },
    { "DE", "116 016",        TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "AT", "142",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "AT", "0800 222 555",   TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "CH", "143",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "BE", "0800 32 123",    TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "BE", "0800 30 030",    TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "LU", "454545",         TEND_CRISIS_LINE_SUPPORT,   "SOS Détresse", NULL },
    { "LU", "2060 1060",      TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "AD", "177",            TEND_CRISIS_LINE_SUPPORT,   NULL, NULL },
    { "GB", "116 123",        TEND_CRISIS_LINE_SUPPORT,   "Samaritans", NULL },
    { "GB", "0808 500 2222",  TEND_CRISIS_LINE_VIOLENCE,  NULL, NULL },
    { "GB", "999",            TEND_CRISIS_LINE_EMERGENCY, NULL, NULL },
    { "IE", "116 123",        TEND_CRISIS_LINE_SUPPORT,   "Samaritans", NULL },
  };
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
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
      g_assert_nonnull (found->source);

      /* Two lines of one region never share a title: Germany's three numbers of the
       * TelefonSeelsorge each say which they are. */
      {
        g_autofree char *key = g_strdup_printf ("%s %s", found->region, tend_crisis_line_get_title (found));

        if (found->kind != TEND_CRISIS_LINE_EMERGENCY)
          {
            if (g_hash_table_contains (titles, key))
              g_error ("two lines of %s are titled “%s”", found->region, tend_crisis_line_get_title (found));
            g_hash_table_add (titles, (gpointer) g_intern_string (key));
          }
      }
    }

  /* Only where the service itself says so. */
  for (guint i = 0; i < tend_crisis_lines_get_n_items (lines); i++)
    {
      const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

      g_assert_true (line->not_on_bill == (g_str_equal (line->region, "ES") &&
                                           g_strcmp0 (line->number, "016") == 0));
    }

  for (guint i = 0; i < tend_crisis_lines_get_n_items (lines); i++)
    {
      const TendCrisisLine *line = tend_crisis_lines_get_item (lines, i);

      if (g_str_equal (line->region, TEND_CRISIS_REGION_GENERAL))
        {
          has_general = TRUE;
          g_assert_cmpint (line->kind, ==, TEND_CRISIS_LINE_LOCAL);
          g_assert_null (line->number);
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
    { "de_DE.UTF-8", "DE", "0800 111 0 111|0800 111 0 222|116 123|116 016|112" },
    { "de_AT.UTF-8", "AT", "142|0800 222 555|112" },
    { "de_CH.UTF-8", "CH", "143|112" },
    { "fr_CH.UTF-8", "CH", "143|112" },
    { "fr_BE.UTF-8", "BE", "0800 32 123|0800 30 030|112" },
    { "fr_LU.UTF-8", "LU", "454545|2060 1060|112" },
    { "en_US.UTF-8", "US", "988|1 800 799 7233|1 800 656 4673|911" },
    { "es_US.UTF-8", "US", "988|1 800 799 7233|1 800 656 4673|911" },
    { "en_CA.UTF-8", "CA", "988|911" },
    /* French in Canada: Quebec's own line first, then Canada's. */
    { "fr_CA.UTF-8", "CA-QC", "1 866 277 3553|988|911" },
    { "es_MX.UTF-8", "MX", "800 911 2000|911" },
    /* Puerto Rico has 988 and 911 as the states do. */
    { "es_PR.UTF-8", "PR", "988|911" },
    { "es_AR.UTF-8", "AR", "0800 999 0091|144|911" },
    { "es_CL.UTF-8", "CL", "*4141|1455|131|133" },
    { "es_CO.UTF-8", "CO", "106|155|123" },
    { "es_PE.UTF-8", "PE", "113|100|105|106" },
    { "en_GB.UTF-8", "GB", "116 123|0808 500 2222|999" },
    { "en_IE.UTF-8", "IE", "116 123|112" },
    { "fr_FR.UTF-8", "FR", "3114|3919|112" },
    { "es_ES.UTF-8", "ES", "024|016|112" },
    /* A line of their own, and the Americas' 911 for an emergency. */
    { "es_PY.UTF-8", "PY", "155|911" },
    { "es_EC.UTF-8", "EC", "171|911" },
    { "es_CR.UTF-8", "CR", "800 273 7869|911" },
    { "es_PA.UTF-8", "PA", "147|911" },
    { "es_DO.UTF-8", "DO", "811|911" },
    { "ca_AD.UTF-8", "AD", "177|112" },
    /* No line of their own: the continent's number where it is theirs. */
    { "es_HN.UTF-8", "general-americas", "911" },
    { "es_VE.UTF-8", "general-americas", "911" },
    { "es_SV.UTF-8", "general-americas", "911" },
    /* Uruguay's own line, and the Americas' 911 for an emergency. */
    { "es_UY.UTF-8", "UY", "0800 0767|911" },
    { "nb_NO.UTF-8", "general-europe", "112" },
    { "it_IT.UTF-8", "IT", "112" },
    /* Not 911 in Brazil nor 112 in Japan: the advice, without a number. */
    { "pt_BR.UTF-8", "general", "" },
    /* Where 911 is not the number, their own emergency numbers. */
    { "es_BO.UTF-8", "BO", "110" },
    { "es_GT.UTF-8", "GT", "110|122" },
    { "es_NI.UTF-8", "NI", "118" },
    { "es_CU.UTF-8", "general", "" },
    { "ja_JP.UTF-8", "general", "" },
    { "C.UTF-8", "general", "" },
    { NULL, "general", "" },
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

  /* Quebec can be chosen by name, and it is a part of Canada. */
  g_assert_cmpstr (tend_crisis_region_get_name ("CA-QC"), ==, "Quebec");
  g_assert_cmpint (tend_crisis_region_get_continent ("CA-QC"), ==, TEND_CONTINENT_AMERICAS);

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

/* Every region code there can be: the 676 pairs of letters, which include every ISO 3166-1
 * code, and those the system's time zone data lists (in case of codes Tend's tables miss). */
static GPtrArray *
every_region_code (void)
{
  GPtrArray *codes = g_ptr_array_new ();
  g_autofree char *table = NULL;

  for (char a = 'A'; a <= 'Z'; a++)
    for (char b = 'A'; b <= 'Z'; b++)
      {
        char code[3] = { a, b, '\0' };

        g_ptr_array_add (codes, (gpointer) g_intern_string (code));
      }

  if (g_file_get_contents ("/usr/share/zoneinfo/iso3166.tab", &table, NULL, NULL))
    {
      g_auto(GStrv) rows = g_strsplit (table, "\n", -1);
      guint known = 0;

      for (guint i = 0; rows[i] != NULL; i++)
        {
          if (rows[i][0] == '#' || strlen (rows[i]) < 3 || rows[i][2] != '\t')
            continue;
          rows[i][2] = '\0';
          g_assert_true (g_ptr_array_find (codes, g_intern_string (rows[i]), NULL));
          known++;
        }
      g_test_message ("the system knows %u region codes", known);
      g_assert_cmpuint (known, >, 240);
    }

  return codes;
}

static void
test_fallback (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  g_autoptr(GPtrArray) codes = every_region_code ();
  guint n_americas = 0, n_911 = 0, n_europe = 0, n_none = 0;

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      const TendCrisisLine *fallback = tend_crisis_lines_get_fallback (lines, code);
      g_autoptr(GPtrArray) shown = tend_crisis_lines_get_for_region (lines, code);
      TendContinent continent = tend_crisis_region_get_continent (code);
      gboolean has_emergency = FALSE;

      g_assert_nonnull (fallback);
      g_assert_cmpint (fallback->kind, ==, TEND_CRISIS_LINE_LOCAL);
      g_assert_cmpuint (shown->len, >, 0);

      switch (continent)
        {
        case TEND_CONTINENT_AMERICAS:
          /* The Americas fall back to 911, or to no number where 911 is not theirs: never 112. */
          n_americas++;
          if (fallback->number != NULL)
            {
              g_assert_cmpstr (fallback->number, ==, "911");
              n_911++;
            }
          for (guint j = 0; j < shown->len; j++)
            {
              const TendCrisisLine *line = g_ptr_array_index (shown, j);

              if (g_strcmp0 (line->number, "112") == 0)
                g_error ("%s, in the Americas, shows 112", code);
            }
          break;
        case TEND_CONTINENT_EUROPE:
          n_europe++;
          if (fallback->number != NULL)
            g_assert_cmpstr (fallback->number, ==, "112");
          break;
        case TEND_CONTINENT_UNKNOWN:
        default:
          /* Where Tend cannot place a region, it names no number at all rather than a wrong one. */
          g_assert_cmpstr (fallback->region, ==, TEND_CRISIS_REGION_GENERAL);
          g_assert_null (fallback->number);
          n_none++;
          break;
        }

      /* Whatever a region shows, it ends with a way to reach emergency help. */
      for (guint j = 0; j < shown->len; j++)
        {
          const TendCrisisLine *line = g_ptr_array_index (shown, j);

          has_emergency |= line->kind == TEND_CRISIS_LINE_EMERGENCY || line->kind == TEND_CRISIS_LINE_LOCAL;
        }
      g_assert_true (has_emergency);

      /* The region picked from a locale of that country shows the same lines. */
      {
        g_autofree char *locale = g_strdup_printf ("xx_%s.UTF-8", code);
        const char *picked = tend_crisis_lines_pick_region (lines, locale);
        g_autoptr(GPtrArray) picked_lines = tend_crisis_lines_get_for_region (lines, picked);
        g_autofree char *a = numbers_of (shown);
        g_autofree char *b = numbers_of (picked_lines);

        g_assert_cmpstr (a, ==, b);
      }
    }

  g_test_message ("%u regions in the Americas (%u fall back to 911), %u in Europe, %u unplaced",
                  n_americas, n_911, n_europe, n_none);
  g_assert_cmpuint (n_americas, >=, 50);
  g_assert_cmpuint (n_911, >=, 25);
  g_assert_cmpuint (n_europe, >=, 45);

  /* Examples one can check by hand. */
  g_assert_cmpstr (tend_crisis_lines_get_fallback (lines, "PY")->number, ==, "911");
  g_assert_cmpstr (tend_crisis_lines_get_fallback (lines, "CA")->number, ==, "911");
  g_assert_null (tend_crisis_lines_get_fallback (lines, "BR")->number);
  g_assert_null (tend_crisis_lines_get_fallback (lines, "GP")->number);
  g_assert_cmpstr (tend_crisis_lines_get_fallback (lines, "NO")->number, ==, "112");
  g_assert_null (tend_crisis_lines_get_fallback (lines, "JP")->number);
  g_assert_null (tend_crisis_lines_get_fallback (lines, "AU")->number);
  g_assert_null (tend_crisis_lines_get_fallback (lines, "EU")->number);
}

static void
test_words (void)
{
  g_autoptr(TendCrisisLines) lines = load_shipped ();
  g_autoptr(GPtrArray) us = tend_crisis_lines_get_for_region (lines, "US");
  const TendCrisisLine *lifeline = g_ptr_array_index (us, 0);
  const TendCrisisLine *emergency = g_ptr_array_index (us, 3);
  g_autoptr(GPtrArray) de = tend_crisis_lines_get_for_region (lines, "DE");
  g_autoptr(GPtrArray) es = tend_crisis_lines_get_for_region (lines, "ES");
  g_autoptr(GPtrArray) lu = tend_crisis_lines_get_for_region (lines, "LU");
  g_autoptr(GPtrArray) br = tend_crisis_lines_get_for_region (lines, "BR");
  g_autoptr(GPtrArray) hn = tend_crisis_lines_get_for_region (lines, "HN");
  TendCrisisLine by_appointment = {
    .region = (char *) "DE", .kind = TEND_CRISIS_LINE_SUPPORT, .name = (char *) "Example",
    .number = (char *) "123", .hours = (char *) "Mo–Fr 9–17", .listed = (char *) "2026-12",
  };

  /* Named lines keep their own name; emergency numbers are described in the person's language. */
  g_assert_cmpstr (tend_crisis_line_get_title (lifeline), ==, "988 Suicide & Crisis Lifeline");
  g_assert_cmpstr (tend_crisis_line_get_title (emergency), ==, "Emergency services");
  g_assert_cmpstr (tend_crisis_line_get_hours (emergency), ==, "Any time, day or night");
  g_assert_cmpstr (tend_crisis_line_get_hours (&by_appointment), ==, "Mo–Fr 9–17");
  g_assert_null (tend_crisis_line_get_bill_note (lifeline));

  /* The three numbers of the TelefonSeelsorge, titled apart. */
  g_assert_cmpstr (tend_crisis_line_get_title (g_ptr_array_index (de, 0)), ==, "TelefonSeelsorge");
  g_assert_cmpstr (tend_crisis_line_get_title (g_ptr_array_index (de, 1)), ==, "TelefonSeelsorge, second number");
  g_assert_cmpstr (tend_crisis_line_get_title (g_ptr_array_index (de, 2)), ==, "TelefonSeelsorge, short number");
  g_assert_cmpint (((const TendCrisisLine *) g_ptr_array_index (de, 3))->kind, ==, TEND_CRISIS_LINE_VIOLENCE);
  g_assert_nonnull (strstr (tend_crisis_line_get_description (g_ptr_array_index (de, 3)), "sexual violence"));

  /* Spain's 016 says its calls stay off the bill; the note says the phone still lists them. */
  g_assert_nonnull (strstr (tend_crisis_line_get_bill_note (g_ptr_array_index (es, 1)), "list of recent calls"));

  /* A line that does not answer at every hour says so. */
  g_assert_cmpstr (tend_crisis_line_get_hours (g_ptr_array_index (lu, 0)), ==, "Not around the clock");

  /* Where 911 is not the number, no number; where it is, the Americas' words. */
  g_assert_cmpuint (br->len, ==, 1);
  g_assert_null (((const TendCrisisLine *) g_ptr_array_index (br, 0))->number);
  g_assert_nonnull (strstr (tend_crisis_line_get_description (g_ptr_array_index (br, 0)), "does not know"));
  g_assert_nonnull (strstr (tend_crisis_line_get_description (g_ptr_array_index (hn, 0)), "911"));

  g_assert_cmpstr (tend_crisis_region_get_name ("DE"), ==, "Germany");
  g_assert_cmpstr (tend_crisis_region_get_name ("GB"), ==, "United Kingdom");
  g_assert_cmpstr (tend_crisis_region_get_name (TEND_CRISIS_REGION_GENERAL), ==, "Wherever you are");
  g_assert_cmpstr (tend_crisis_region_get_name (TEND_CRISIS_REGION_AMERICAS), ==, "Elsewhere in the Americas");
  g_assert_null (tend_crisis_region_get_name ("ZZ"));
}

#define LINE(fields) "{\"format\":\"tend-crisis-lines\",\"version\":2,\"lines\":[" fields "," GENERAL "]}"
#define GENERAL "{\"region\":\"general\",\"kind\":\"local\",\"hours\":\"always\",\"listed\":\"2026-12\",\"source\":\"https://example.org/\"}"
#define SOURCE "\"source\":\"https://example.org/\""
#define FIELDS "\"hours\":\"always\",\"checked\":\"2026-12-07\"," SOURCE

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
    { "a newer version", "{\"format\":\"tend-crisis-lines\",\"version\":3,\"lines\":[" GENERAL "]}" },
    { "the older version", "{\"format\":\"tend-crisis-lines\",\"version\":1,\"lines\":[" GENERAL "]}" },
    { "no lines", "{\"format\":\"tend-crisis-lines\",\"version\":1}" },
    { "no general advice", "{\"format\":\"tend-crisis-lines\",\"version\":2,\"lines\":[]}" },
    { "a line that is not an object", LINE ("\"988\"") },
    { "no number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\"," FIELDS "}") },
    { "empty number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"\"," FIELDS "}") },
    { "number in words", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"nine one one\"," FIELDS "}") },
    { "number of one digit", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"9\"," FIELDS "}") },
    { "number of spaces", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"  \"," FIELDS "}") },
    { "number as a number", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":911," FIELDS "}") },
    { "text number in words", LINE ("{\"region\":\"US\",\"kind\":\"support\",\"name\":\"L\",\"number\":\"988\",\"text\":\"HOME\"," FIELDS "}") },
    { "no date", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\"," SOURCE "}") },
    { "checked and listed", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"listed\":\"2026-12\"," FIELDS "}") },
    { "checked date in another form", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"24.11.2026\"," SOURCE "}") },
    { "checked in a month", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"2026-11\"," SOURCE "}") },
    { "listed on a day", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"listed\":\"2026-11-24\"," SOURCE "}") },
    { "listed in month 13", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"listed\":\"2026-13\"," SOURCE "}") },
    { "checked on 30 February", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"checked\":\"2026-02-30\"," SOURCE "}") },
    { "no source", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"listed\":\"2026-12\"}") },
    { "source not an address", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"hours\":\"always\",\"listed\":\"2026-12\",\"source\":\"the radio\"}") },
    { "no hours", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"checked\":\"2026-12-07\"," SOURCE "}") },
    { "violence line without a name", LINE ("{\"region\":\"FR\",\"kind\":\"violence\",\"number\":\"3919\"," FIELDS "}") },
    { "unknown variant", LINE ("{\"region\":\"DE\",\"kind\":\"support\",\"name\":\"T\",\"variant\":\"third\",\"number\":\"116 123\"," FIELDS "}") },
    { "not-on-bill not a boolean", LINE ("{\"region\":\"ES\",\"kind\":\"violence\",\"name\":\"016\",\"number\":\"016\",\"not-on-bill\":\"yes\"," FIELDS "}") },
    { "emergency number not on the bill", LINE ("{\"region\":\"ES\",\"kind\":\"emergency\",\"number\":\"112\",\"not-on-bill\":true," FIELDS "}") },
    { "advice for a country", LINE ("{\"region\":\"US\",\"kind\":\"local\",\"number\":\"911\"," FIELDS "}") },
    { "emergency number as a fallback", LINE ("{\"region\":\"general-europe\",\"kind\":\"emergency\",\"number\":\"112\"," FIELDS "}") },
    { "exceptions for a country", LINE ("{\"region\":\"US\",\"kind\":\"emergency\",\"number\":\"911\",\"except\":[\"PR\"]," FIELDS "}") },
    { "countries for a fallback", LINE ("{\"region\":\"general-americas\",\"kind\":\"local\",\"number\":\"911\",\"countries\":[\"US\"]," FIELDS "}") },
    { "subdivision in lower case", LINE ("{\"region\":\"CA-qc\",\"kind\":\"emergency\",\"number\":\"911\"," FIELDS "}") },
    { "unknown kind", LINE ("{\"region\":\"US\",\"kind\":\"chat\",\"number\":\"911\"," FIELDS "}") },
    { "talk line without a name", LINE ("{\"region\":\"US\",\"kind\":\"support\",\"number\":\"988\"," FIELDS "}") },
    { "talk line without a number", LINE ("{\"region\":\"US\",\"kind\":\"support\",\"name\":\"L\"," FIELDS "}") },
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
  g_test_add_func ("/tend/crisis-lines/fallback", test_fallback);
  g_test_add_func ("/tend/crisis-lines/words", test_words);
  g_test_add_func ("/tend/crisis-lines/invalid", test_invalid);
  g_test_add_func ("/tend/crisis-lines/from-bytes", test_from_bytes);

  return g_test_run ();
}
