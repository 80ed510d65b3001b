/* tend-dates.c — dates written as a language writes them: g_date_time_format() with the
 * abbreviated month names each language uses in a date, which the C library does not always
 * give (German writes "Dez." with its period, "Mai" and "Juni" whole; glibc says "Dez", "Jun"),
 * and the names a month has on its own, over a calendar or under a chart, where languages
 * that decline their months use another form than inside a date.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-dates.h"

static const char * const month_abbreviations[12] = {
  /* Translators: the abbreviated months as your language writes them inside a short date such
   * as “Mon 7 Dec”, with the period where your language puts one (German “Jan.”, “Mai”,
   * “Juni”, “Dez.”; French “janv.”, “mai”, “déc.”). */
  NC_("month in a short date", "Jan"),
  NC_("month in a short date", "Feb"),
  NC_("month in a short date", "Mar"),
  NC_("month in a short date", "Apr"),
  NC_("month in a short date", "May"),
  NC_("month in a short date", "Jun"),
  NC_("month in a short date", "Jul"),
  NC_("month in a short date", "Aug"),
  NC_("month in a short date", "Sep"),
  NC_("month in a short date", "Oct"),
  NC_("month in a short date", "Nov"),
  NC_("month in a short date", "Dec"),
};

static const char * const month_labels[12] = {
  /* Translators: the abbreviated months as your language writes them on their own, over a
   * calendar or under a chart, e.g. “Dec” or “Dec 2026”: the nominative where your language
   * declines its months, with the period where it puts one (German “Dez.”). */
  NC_("month on its own", "Jan"),
  NC_("month on its own", "Feb"),
  NC_("month on its own", "Mar"),
  NC_("month on its own", "Apr"),
  NC_("month on its own", "May"),
  NC_("month on its own", "Jun"),
  NC_("month on its own", "Jul"),
  NC_("month on its own", "Aug"),
  NC_("month on its own", "Sep"),
  NC_("month on its own", "Oct"),
  NC_("month on its own", "Nov"),
  NC_("month on its own", "Dec"),
};

/**
 * tend_dates_month_abbreviation:
 * @month: 1 for January to 12 for December
 *
 * The abbreviated name of @month as the person's language writes it in a date.
 */
const char *
tend_dates_month_abbreviation (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month in a short date", month_abbreviations[month - 1]);
}

/**
 * tend_dates_format:
 *
 * g_date_time_format() of @date in @format, except that `%b` is the month's abbreviation as
 * the person's language writes it in a date (tend_dates_month_abbreviation()), and `%Ob` as
 * it writes it on its own.
 */
char *
tend_dates_format (GDateTime  *date,
                   const char *format)
{
  g_autoptr(GString) expanded = NULL;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  expanded = g_string_sized_new (strlen (format) + 16);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append (expanded, "%%");
          p++;
        }
      else if ((p[0] == '%' && p[1] == 'b') || (p[0] == '%' && p[1] == 'O' && p[2] == 'b'))
        {
          int month = g_date_time_get_month (date);
          const char *name = p[1] == 'b'
            ? tend_dates_month_abbreviation (month)
            : g_dpgettext2 (GETTEXT_PACKAGE, "month on its own", month_labels[month - 1]);

          /* The name goes in as text: a % in it must not become a code. */
          for (const char *c = name; *c != '\0'; c++)
            {
              if (*c == '%')
                g_string_append_c (expanded, '%');
              g_string_append_c (expanded, *c);
            }
          p += p[1] == 'b' ? 1 : 2;
        }
      else
        g_string_append_c (expanded, *p);
    }

  return g_date_time_format (date, expanded->str);
}

/**
 * tend_dates_month_label:
 * @year: the year, shown when @with_year
 * @month: 1 for January to 12 for December
 *
 * A month's name on its own, abbreviated, for the months over a calendar and under a chart:
 * “Dec”, or “Dec 2026” where months of different years could be taken for each other.
 */
char *
tend_dates_month_label (int      year,
                        int      month,
                        gboolean with_year)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));

  noon = g_date_time_new_utc (year, month, 1, 12, 0, 0);
  g_return_val_if_fail (noon != NULL, g_strdup (""));

  if (with_year)
    /* Translators: a month on its own with its year, over a calendar or under a chart, e.g.
     * “Dec 2026”, as g_date_time_format() writes it; “%Ob” is the month as you wrote it under
     * the context “month on its own”. */
    return tend_dates_format (noon, C_("month label", "%Ob %Y"));

  /* Translators: a month on its own, over a calendar or under a chart, e.g. “Dec”; “%Ob” is
   * the month as you wrote it under the context “month on its own”. */
  /* xgettext:no-c-format */
  return tend_dates_format (noon, C_("month label", "%Ob"));
}
