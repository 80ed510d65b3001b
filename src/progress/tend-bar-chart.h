/* tend-bar-chart.h — named horizontal bars from a zero line.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One bar: its name, its length (NAN for no bar: nothing to measure) and what it says. */
typedef struct {
  const char *label;
  double      value;
  const char *value_text;
} TendBarRow;

#define TEND_TYPE_BAR_CHART (tend_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (TendBarChart, tend_bar_chart, TEND, BAR_CHART, GtkWidget)

GtkWidget  *tend_bar_chart_new              (void);

void        tend_bar_chart_set_rows         (TendBarChart     *self,
                                             const TendBarRow *rows,
                                             guint             n_rows);
guint       tend_bar_chart_get_n_rows       (TendBarChart     *self);
const char *tend_bar_chart_get_row_label    (TendBarChart     *self,
                                             guint             row);

double      tend_bar_chart_get_row_value (TendBarChart *self,
                                          guint         row);

G_END_DECLS
