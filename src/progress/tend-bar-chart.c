/* tend-bar-chart.c — named horizontal bars from a zero line.
 *
 * A row is a name, a bar and the bar's value in words: names at the start, which wrap when
 * the window is narrow, values at the end, and between them the bars, growing to the end side
 * for positive values and to the start side for negative ones. The bars are in the widget's
 * colour (the accent, from style.css); names and values are real labels, so a screen reader
 * reads them row by row.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tend-bar-chart.h"

#define SPACING         12
#define ROW_SPACING     10
#define BAR_THICKNESS   14
#define BAR_RADIUS      3.f
#define BAR_MIN_WIDTH   60
#define BAR_NAT_WIDTH   240
/* Names take at most this share of the width before they wrap. */
#define LABEL_SHARE     0.4

typedef struct {
  GtkWidget *label;
  GtkWidget *value_label;
  double     value;
} Row;

struct _TendBarChart
{
  GtkWidget  parent_instance;

  GArray    *rows;  /* of Row */
};

G_DEFINE_FINAL_TYPE (TendBarChart, tend_bar_chart, GTK_TYPE_WIDGET)

static Row *
row_at (TendBarChart *self,
        guint         i)
{
  return &g_array_index (self->rows, Row, i);
}

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->label, gtk_widget_unparent);
  g_clear_pointer (&row->value_label, gtk_widget_unparent);
}

static void
measure_columns (TendBarChart *self,
                 int          *label_min,
                 int          *label_nat,
                 int          *value_min,
                 int          *value_nat)
{
  *label_min = *label_nat = *value_min = *value_nat = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);
      int min, nat;

      gtk_widget_measure (row->label, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      *label_min = MAX (*label_min, min);
      *label_nat = MAX (*label_nat, nat);
      gtk_widget_measure (row->value_label, GTK_ORIENTATION_HORIZONTAL, -1,
                          &min, &nat, NULL, NULL);
      *value_min = MAX (*value_min, min);
      *value_nat = MAX (*value_nat, nat);
    }
}

/* How wide the names' column is at @width: as wide as the longest name, within its share. */
static int
label_width_for (TendBarChart *self,
                 int           width,
                 int          *value_width)
{
  int label_min, label_nat, value_min, value_nat;

  measure_columns (self, &label_min, &label_nat, &value_min, &value_nat);
  *value_width = value_nat;
  return MAX (label_min, MIN (label_nat, (int) (width * LABEL_SHARE)));
}

static int
row_height (Row *row,
            int  label_width)
{
  int label_h, value_h;

  gtk_widget_measure (row->label, GTK_ORIENTATION_VERTICAL, label_width,
                      NULL, &label_h, NULL, NULL);
  gtk_widget_measure (row->value_label, GTK_ORIENTATION_VERTICAL, -1,
                      NULL, &value_h, NULL, NULL);
  return MAX (MAX (label_h, value_h), BAR_THICKNESS);
}

static GtkSizeRequestMode
tend_bar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tend_bar_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  TendBarChart *self = TEND_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int label_min, label_nat, value_min, value_nat;

      measure_columns (self, &label_min, &label_nat, &value_min, &value_nat);
      *minimum = label_min + value_min + 2 * SPACING + BAR_MIN_WIDTH;
      *natural = label_nat + value_nat + 2 * SPACING + BAR_NAT_WIDTH;
    }
  else
    {
      int value_width;
      int label_width = label_width_for (self, for_size < 0 ? G_MAXINT / 2 : for_size,
                                         &value_width);
      int height = 0;

      for (guint i = 0; i < self->rows->len; i++)
        height += (i > 0 ? ROW_SPACING : 0) + row_height (row_at (self, i), label_width);
      *minimum = *natural = height;
    }
}

static void
allocate_child (GtkWidget *child,
                int        width,
                gboolean   rtl,
                int        x,
                int        y,
                int        child_width,
                int        child_height)
{
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) { rtl ? width - x - child_width : x, y,
                                               child_width, child_height },
                            -1);
}

static void
tend_bar_chart_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  TendBarChart *self = TEND_BAR_CHART (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int value_width;
  int label_width = label_width_for (self, width, &value_width);
  int y = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);
      int h = row_height (row, label_width);

      allocate_child (row->label, width, rtl, 0, y, label_width, h);
      allocate_child (row->value_label, width, rtl, width - value_width, y, value_width, h);
      y += h + ROW_SPACING;
    }
}

static void
tend_bar_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  TendBarChart *self = TEND_BAR_CHART (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int value_width;
  int label_width = label_width_for (self, width, &value_width);
  float bar_x = label_width + SPACING;
  float bar_width = MAX (0, width - label_width - value_width - 2 * SPACING);
  double low = 0, high = 0;
  float zero_x;
  GdkRGBA color, line;

  if (self->rows->len == 0)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      double value = row_at (self, i)->value;

      if (!isnan (value))
        {
          low = MIN (low, value);
          high = MAX (high, value);
        }
    }
  if (high - low <= 0)
    high = low + 1;

  gtk_widget_get_color (widget, &color);
  gtk_widget_get_color (row_at (self, 0)->label, &line);
  line.alpha *= 0.3f;

  zero_x = bar_x + (float) ((0 - low) / (high - low)) * bar_width;
  if (rtl)
    zero_x = width - zero_x;
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT ((int) zero_x, 0, 1, height));

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);
      graphene_rect_t allocation;
      float end_x, y;
      GskRoundedRect bar;

      if (isnan (row->value) || row->value == 0)
        continue;

      if (!gtk_widget_compute_bounds (row->label, widget, &allocation))
        continue;

      end_x = bar_x + (float) ((row->value - low) / (high - low)) * bar_width;
      if (rtl)
        end_x = width - end_x;
      y = allocation.origin.y + (allocation.size.height - BAR_THICKNESS) / 2;

      gsk_rounded_rect_init_from_rect (&bar,
                                       &GRAPHENE_RECT_INIT (MIN (zero_x, end_x), y,
                                                            MAX (ABS (end_x - zero_x), 2),
                                                            BAR_THICKNESS),
                                       BAR_RADIUS);
      gtk_snapshot_push_rounded_clip (snapshot, &bar);
      gtk_snapshot_append_color (snapshot, &color, &bar.bounds);
      gtk_snapshot_pop (snapshot);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      gtk_widget_snapshot_child (widget, row_at (self, i)->label, snapshot);
      gtk_widget_snapshot_child (widget, row_at (self, i)->value_label, snapshot);
    }
}

/**
 * tend_bar_chart_set_rows:
 *
 * Copies @n_rows rows, shown top to bottom in this order.
 */
void
tend_bar_chart_set_rows (TendBarChart     *self,
                         const TendBarRow *rows,
                         guint             n_rows)
{
  g_return_if_fail (TEND_IS_BAR_CHART (self));
  g_return_if_fail (rows != NULL || n_rows == 0);

  g_array_set_size (self->rows, 0);

  for (guint i = 0; i < n_rows; i++)
    {
      Row row = { NULL, NULL, rows[i].value };

      row.label = gtk_label_new (rows[i].label);
      gtk_label_set_wrap (GTK_LABEL (row.label), TRUE);
      /* A long single word ("Schmetterlingsumarmung") may break, rather than widen the page
       * past a phone's width. */
      gtk_label_set_wrap_mode (GTK_LABEL (row.label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (row.label), 0);
      gtk_widget_set_parent (row.label, GTK_WIDGET (self));

      row.value_label = gtk_label_new (rows[i].value_text);
      gtk_label_set_xalign (GTK_LABEL (row.value_label), 1);
      gtk_widget_add_css_class (row.value_label, "dim-label");
      gtk_widget_add_css_class (row.value_label, "numeric");
      gtk_widget_set_parent (row.value_label, GTK_WIDGET (self));

      g_array_append_val (self->rows, row);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
tend_bar_chart_get_n_rows (TendBarChart *self)
{
  g_return_val_if_fail (TEND_IS_BAR_CHART (self), 0);

  return self->rows->len;
}

const char *
tend_bar_chart_get_row_label (TendBarChart *self,
                              guint         row)
{
  g_return_val_if_fail (TEND_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return gtk_label_get_text (GTK_LABEL (row_at (self, row)->label));
}

/**
 * tend_bar_chart_get_row_value:
 *
 * The value of row @row, in the order the rows were given (NAN for a row without a bar).
 */
double
tend_bar_chart_get_row_value (TendBarChart *self,
                              guint         row)
{
  g_return_val_if_fail (TEND_IS_BAR_CHART (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return row_at (self, row)->value;
}

/**
 * tend_bar_chart_new:
 *
 * Horizontal bars from a zero line: to the end side for positive values, to the start side
 * for negative ones.
 */
GtkWidget *
tend_bar_chart_new (void)
{
  return g_object_new (TEND_TYPE_BAR_CHART, NULL);
}

static void
tend_bar_chart_dispose (GObject *object)
{
  TendBarChart *self = TEND_BAR_CHART (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (tend_bar_chart_parent_class)->dispose (object);
}

static void
tend_bar_chart_class_init (TendBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_bar_chart_dispose;

  widget_class->get_request_mode = tend_bar_chart_get_request_mode;
  widget_class->measure = tend_bar_chart_measure;
  widget_class->size_allocate = tend_bar_chart_size_allocate;
  widget_class->snapshot = tend_bar_chart_snapshot;

  gtk_widget_class_set_css_name (widget_class, "tend-bar-chart");
  /* A group, not an image: the names and values are worth reading one by one. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tend_bar_chart_init (TendBarChart *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
}
