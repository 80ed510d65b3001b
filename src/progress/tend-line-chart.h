/* tend-line-chart.h — one check-in scale over time, as a line of weekly or monthly averages.
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

GtkWidget *tend_line_chart_new             (void);

void       tend_line_chart_set_averages    (TendLineChart      *self,
                                            const TendAverages *points,
                                            guint               n_points,
                                            const GDate        *first,
                                            const GDate        *last);

TendScale  tend_line_chart_get_scale       (TendLineChart      *self);
void       tend_line_chart_set_scale       (TendLineChart      *self,
                                            TendScale           scale);

guint      tend_line_chart_get_n_segments  (TendLineChart      *self);
guint      tend_line_chart_get_n_renders   (TendLineChart      *self);
char     **tend_line_chart_dup_time_labels (TendLineChart      *self);

G_END_DECLS
