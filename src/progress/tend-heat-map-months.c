/* tend-heat-map-months.c — the month names over the practice calendar, never cut off.
 *
 * A month's name stands over the week in which the month begins. The name at the older edge
 * of the weeks on screen always says which month is there, and it and every January carry
 * their year, so a range of several years is never ambiguous. A name that would not fit whole
 * (at an edge, or into the next one) is left out rather than clipped.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "tend-dates.h"
#include "tend-heat-map-private.h"

/* A month's name over the calendar, where it stands on screen. */
typedef struct {
  char  *text;
  int    x;
  GDate  month;
} MonthLabel;

static gboolean
is_rtl (TendHeatMap *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* The first of a month in this column's week. */
static gboolean
month_begins (TendHeatMap *self,
              guint        column,
              GDate       *out)
{
  int start = (int) (column * 7) - (int) self->lead;

  for (int d = MAX (start, 0); d < start + 7 && d < (int) self->n_days; d++)
    {
      tend_heat_map_day_date (self, d, out);
      if (g_date_get_day (out) == 1)
        return TRUE;
    }
  return FALSE;
}

static char *
month_name (const GDate *date,
            gboolean     with_year)
{
  return tend_dates_month_label (g_date_get_year (date), g_date_get_month (date), with_year);
}

static int
name_width (TendHeatMap *self,
            const char  *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->weekday_labels[0], text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static void
clear_month_label (gpointer data)
{
  g_free (((MonthLabel *) data)->text);
}

/* How far the older edge of the strip is scrolled from the oldest week. */
static double
logical_scroll (TendHeatMap *self)
{
  graphene_rect_t area = tend_heat_map_cells_area (self);

  return is_rtl (self) ? tend_heat_map_content_width (self) - tend_heat_map_scroll_value (self) - area.size.width
                       : tend_heat_map_scroll_value (self);
}

/* The month names for the weeks on screen, whole or not at all: never a name cut off at an
 * edge. The oldest edge always says which month (and year) is there, and so does every
 * January; a name that would run into the next one is left out. Positions are counted from
 * the older edge of the strip, then turned into the widget's coordinates. */
static GArray *
layout_months (TendHeatMap *self)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (MonthLabel));
  graphene_rect_t area = tend_heat_map_cells_area (self);
  double scrolled = logical_scroll (self);
  int oldest_day, column;
  int next_start = (int) area.size.width;  /* where the newer name begins */
  MonthLabel edge;
  GDate date;
  int width;

  g_array_set_clear_func (labels, clear_month_label);
  if (self->n_days == 0 || area.size.width <= 0)
    return labels;

  /* Newest first, so that a name pushed out is always the older one. */
  for (column = (int) self->n_columns - 1; column >= 0; column--)
    {
      int start = PADDING + column * tend_heat_map_pitch (self) - (int) scrolled;
      MonthLabel label;

      if (start >= next_start)
        continue;
      if (start < 0)
        break;
      if (!month_begins (self, column, &date))
        continue;

      label.month = date;
      label.text = month_name (&date, g_date_get_month (&date) == G_DATE_JANUARY);
      width = name_width (self, label.text);
      if (start + width + LABEL_SPACING > next_start)
        {
          g_free (label.text);
          continue;
        }

      label.x = start;
      next_start = start;
      g_array_prepend_val (labels, label);
    }

  /* The month at the older edge, with its year, always: older names in its way give way. */
  oldest_day = CLAMP ((int) ((scrolled + PADDING) / tend_heat_map_pitch (self)) * 7 -
                      (int) self->lead,
                      0, (int) self->n_days - 1);
  tend_heat_map_day_date (self, oldest_day, &date);
  edge.text = month_name (&date, TRUE);
  edge.x = 0;
  edge.month = date;
  width = name_width (self, edge.text);
  if (width <= area.size.width)
    {
      while (labels->len > 0 &&
             g_array_index (labels, MonthLabel, 0).x < width + LABEL_SPACING)
        g_array_remove_index (labels, 0);
      g_array_prepend_val (labels, edge);
    }
  else
    {
      g_free (edge.text);
    }

  for (guint i = 0; i < labels->len; i++)
    {
      MonthLabel *label = &g_array_index (labels, MonthLabel, i);

      label->x = is_rtl (self)
                 ? (int) (area.origin.x + area.size.width) - label->x - name_width (self, label->text)
                 : (int) area.origin.x + label->x;
    }

  return labels;
}

/**
 * tend_heat_map_dup_month_labels:
 *
 * The month names over the weeks on screen, oldest first, as they are drawn. For tests.
 *
 * Returns: (transfer full): a %NULL-terminated array
 */
char **
tend_heat_map_dup_month_labels (TendHeatMap *self)
{
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TEND_IS_HEAT_MAP (self), NULL);

  labels = layout_months (self);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (builder, g_array_index (labels, MonthLabel, i).text);
  return g_strv_builder_end (builder);
}

/* Draws the month names over the weeks on screen. */
void
tend_heat_map_append_months (TendHeatMap   *self,
                             GtkSnapshot   *snapshot,
                             const GdkRGBA *text)
{
  g_autoptr(GArray) labels = layout_months (self);
  GdkRGBA dim = *text;

  dim.alpha *= adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) ? 1.f : 0.7f;
  for (guint i = 0; i < labels->len; i++)
    {
      const MonthLabel *label = &g_array_index (labels, MonthLabel, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->weekday_labels[0],
                                                                      label->text);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label->x, 0));
      gtk_snapshot_append_layout (snapshot, layout, &dim);
      gtk_snapshot_restore (snapshot);
    }
}
