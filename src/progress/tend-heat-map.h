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

/* The days of a range as a calendar: a column a week, a row a weekday. It is a GtkScrollable:
 * put it in a GtkScrolledWindow to scroll through years of weeks. */
GtkWidget *tend_heat_map_new             (void);

/* Copies what it shows from @progress (its days and weeks), which may be freed afterwards.
 * The focused day stays where it was when the new range holds it, and is today otherwise. */
void       tend_heat_map_set_progress    (TendHeatMap        *self,
                                          const TendProgress *progress);

/* The focused day, as an index into the progress' days (0 is its first day). */
guint      tend_heat_map_get_focus_day   (TendHeatMap        *self);
void       tend_heat_map_set_focus_day   (TendHeatMap        *self,
                                          guint               day);
/* What the focused day says to a screen reader and in its tooltip. */
char      *tend_heat_map_dup_focus_text  (TendHeatMap        *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
