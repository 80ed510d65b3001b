/* tend-line-chart.h — weekly check-in averages as lines.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tend-progress.h"

G_BEGIN_DECLS

#define TEND_TYPE_LINE_CHART (tend_line_chart_get_type ())
G_DECLARE_FINAL_TYPE (TendLineChart, tend_line_chart, TEND, LINE_CHART, GtkWidget)

/* Weekly check-in averages as lines, one a scale, broken where a week has none. */
GtkWidget *tend_line_chart_new            (void);

/* Copies @n_weeks weeks, oldest first. */
void       tend_line_chart_set_weeks      (TendLineChart          *self,
                                           const TendWeekAverages *weeks,
                                           guint                   n_weeks);

/* The "scale" property: a TendScale, or -1 for all four, each against its own length. */
int        tend_line_chart_get_scale      (TendLineChart          *self);
void       tend_line_chart_set_scale      (TendLineChart          *self,
                                           int                     scale);

/* How many unbroken runs of weeks the lines shown make: a week without check-ins breaks a
 * line in two. */
guint      tend_line_chart_get_n_segments (TendLineChart          *self);

/* How many times the lines have been drawn into their texture since the chart was made:
 * scrolling past the chart should not add to it, new weeks or new colours should. */
guint      tend_line_chart_get_n_renders  (TendLineChart          *self);

G_END_DECLS
