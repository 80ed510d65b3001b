/* tend-heat-map-private.h — what the practice calendar's files share: its fields and layout.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-heat-map.h"

G_BEGIN_DECLS

/* Room around the squares for the focus ring. */
#define PADDING           4
#define LABEL_SPACING     6

/* Weekday names label every other row, so they fit beside small squares in any language. */
#define N_WEEKDAY_LABELS  4

struct _TendHeatMap
{
  GtkWidget        parent_instance;

  /* What is shown, copied from a TendProgress. */
  GDate            first;       /* days[0] */
  guint            lead;        /* days from the first column's week start to `first` */
  guint            n_days;
  TendDayActivity *days;
  guint            n_columns;
  guint            focus;       /* index into days */

  GtkWidget       *weekday_labels[N_WEEKDAY_LABELS];

  GtkAdjustment   *hadjustment;
  GtkAdjustment   *vadjustment;
  guint            hscroll_policy : 1;
  guint            vscroll_policy : 1;
  guint            scroll_to_focus : 1;

  /* From the last allocation. */
  int              gutter;      /* the weekday names' strip */
  int              header;      /* the month names' strip */
};

int             tend_heat_map_pitch           (TendHeatMap *self);
int             tend_heat_map_content_width   (TendHeatMap *self);
double          tend_heat_map_scroll_value    (TendHeatMap *self);
graphene_rect_t tend_heat_map_cells_area      (TendHeatMap *self);
void            tend_heat_map_day_date        (TendHeatMap *self,
                                               guint        day,
                                               GDate       *out);

void            tend_heat_map_append_months   (TendHeatMap   *self,
                                               GtkSnapshot   *snapshot,
                                               const GdkRGBA *text);

G_END_DECLS
