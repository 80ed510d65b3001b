/* test-dates.c — short dates use the month abbreviations the translations give, whatever the
 * C library says for the language (German writes "Dez.", glibc "Dez").
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-dates.h"

static void
test_format (void)
{
  g_autoptr(GDateTime) december = g_date_time_new_utc (2026, 12, 7, 12, 0, 0);
  g_autoptr(GDateTime) may = g_date_time_new_utc (2026, 5, 1, 12, 0, 0);
  g_autofree char *short_date = tend_dates_format (december, "%a %-d %b");
  g_autofree char *with_percent = tend_dates_format (may, "%b %% %Y, %-d.%b");

  g_assert_cmpstr (short_date, ==, "Mon 7 Dec");
  /* Every %b is the month, a literal % stays one, other codes are GLib's. */
  g_assert_cmpstr (with_percent, ==, "May % 2026, 1.May");

  for (int m = 1; m <= 12; m++)
    g_assert_cmpuint (strlen (tend_dates_month_abbreviation (m)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/dates/format", test_format);

  return g_test_run ();
}
