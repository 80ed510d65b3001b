/* tend-heat-map.h — the range's days as a calendar: a column a week, a row a weekday.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tend-progress.h"

G_BEGIN_DECLS

#define TEND_TYPE_HEAT_MAP (tend_heat_map_get_type ())
G_DECLARE_FINAL_TYPE (TendHeatMap, tend_heat_map, TEND, HEAT_MAP, GtkWidget)

GtkWidget *tend_heat_map_new             (void);

void       tend_heat_map_set_progress    (TendHeatMap        *self,
                                          const TendProgress *progress);

guint      tend_heat_map_get_focus_day   (TendHeatMap        *self);
void       tend_heat_map_set_focus_day   (TendHeatMap        *self,
                                          guint               day);
char      *tend_heat_map_dup_focus_text  (TendHeatMap        *self) G_GNUC_WARN_UNUSED_RESULT;
char     **tend_heat_map_dup_month_labels (TendHeatMap       *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
