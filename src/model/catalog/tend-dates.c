/* tend-dates.c — dates written as a language writes them: g_date_time_format() with the
 * abbreviated month names each language uses in a date, which the C library does not always
 * give (German writes "Dez." with its period, "Mai" and "Juni" whole; glibc says "Dez", "Jun").
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
 * the person's language writes it in a date (tend_dates_month_abbreviation()).
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
      else if (p[0] == '%' && p[1] == 'b')
        {
          const char *name = tend_dates_month_abbreviation (g_date_time_get_month (date));

          /* The name goes in as text: a % in it must not become a code. */
          for (const char *c = name; *c != '\0'; c++)
            {
              if (*c == '%')
                g_string_append_c (expanded, '%');
              g_string_append_c (expanded, *c);
            }
          p++;
        }
      else
        g_string_append_c (expanded, *p);
    }

  return g_date_time_format (date, expanded->str);
}
