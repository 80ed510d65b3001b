/* test-dates.c — short dates use the month abbreviations the translations give, whatever the
 * C library says for the language (German writes "Dez.", glibc "Dez"), and months on their
 * own, over a calendar or under a chart, carry their year where years could be confused.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tend-dates.h"
#include "tend-month-file.h"

static void
test_format (void)
{
  g_autoptr(GDateTime) december = g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
  g_autoptr(GDateTime) may = g_date_time_new_utc (2026, 5, 1, 12, 0, 0);
  g_autofree char *short_date = tend_dates_format (december, "%a %-d %b");
  g_autofree char *with_percent = tend_dates_format (may, "%b %% %Y, %-d.%b");
  g_autofree char *on_its_own = tend_dates_format (december, "%Ob %Y, %OB");

  g_assert_cmpstr (short_date, ==, "Mon 7 Dec");
  /* Every %b is the month, a literal % stays one, other codes are GLib's. */
  g_assert_cmpstr (with_percent, ==, "May % 2026, 1.May");
  /* %Ob is the month on its own; the other O codes are GLib's. */
  g_assert_cmpstr (on_its_own, ==, "Dec 2026, December");

  for (int m = 1; m <= 12; m++)
    g_assert_cmpuint (strlen (tend_dates_month_abbreviation (m)), ==, 3);
}

/* In English, German, Spanish and French: the day on the export's buttons, the months over
 * the practice calendar and under the charts, and the month over the list of entries, each in
 * the form the language uses there (German "Dez." with its period, French "juil.", Spanish
 * "diciembre de 2026"). */
static void
test_languages (void)
{
  static const struct {
    const char *locale;
    const char *language;
    const char *day;         /* 7 December 2026 on the export's day button */
    const char *december;    /* under a chart */
    const char *july;        /* the same, with its year, over the practice calendar */
    const char *march;
    const char *list_month;  /* over the list of entries */
  } cases[] = {
    { "en_US.UTF-8", "en", "7 Dec 2026", "Dec", "Jul 2025", "Mar 2025", "December 2026" },
    { "de_DE.UTF-8", "de", "7. Dez. 2026", "Dez.", "Juli 2025", "März 2025", "Dezember 2026" },
    { "es_ES.UTF-8", "es", "7 dic 2026", "dic", "jul 2025", "mar 2025", "diciembre de 2026" },
    { "fr_FR.UTF-8", "fr", "7 déc. 2026", "déc.", "juil. 2025", "mars 2025", "décembre 2026" },
  };
  g_autoptr(GDateTime) december = g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  const char *dir = g_getenv ("TEND_TEST_LOCALEDIR");

  if (dir == NULL)
    {
      g_test_skip ("TEND_TEST_LOCALEDIR names no catalogues");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = NULL;
      g_autofree char *dec = NULL;
      g_autofree char *jul = NULL;
      g_autofree char *mar = NULL;
      g_autofree char *list_month = NULL;

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      if (setlocale (LC_ALL, cases[i].locale) == NULL)
        {
          g_test_message ("the locale %s is not installed", cases[i].locale);
          g_test_incomplete ("a locale to test is not installed");
          continue;
        }

      /* The day button's own format, as its translation writes it. */
      day = tend_dates_format (december, g_dgettext (GETTEXT_PACKAGE, "%-d %b %Y"));
      dec = tend_dates_month_label (2026, 12, FALSE);
      jul = tend_dates_month_label (2025, 7, TRUE);
      mar = tend_dates_month_label (2025, 3, TRUE);
      list_month = tend_month_describe ("2026-12");
      g_test_message ("%s: %s, %s, %s, %s, %s", cases[i].language, day, dec, jul, mar,
                      list_month);
      g_assert_cmpstr (day, ==, cases[i].day);
      g_assert_cmpstr (dec, ==, cases[i].december);
      g_assert_cmpstr (jul, ==, cases[i].july);
      g_assert_cmpstr (mar, ==, cases[i].march);
      g_assert_cmpstr (list_month, ==, cases[i].list_month);
    }

  setlocale (LC_ALL, "C");
  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/dates/format", test_format);
  g_test_add_func ("/tend/dates/languages", test_languages);

  return g_test_run ();
}
