/* tend-dates.h — dates written as a language writes them, with the abbreviated month names
 * each language uses in a date ("Dez." in German, where the C library says "Dez") and on
 * their own.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *tend_dates_month_abbreviation (int         month);
char       *tend_dates_format             (GDateTime  *date,
                                           const char *format) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_dates_month_label        (int         year,
                                           int         month,
                                           gboolean    with_year) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
