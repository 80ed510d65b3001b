/* tend-cells-layout.c — a row of equal cells that wraps into balanced rows when narrow: the
 * check-in's choices are one size on every scale (their natural size, from the start of the
 * row), large enough to tap, on a phone as beside the list. Eleven choices that do not fit one
 * row become rows of six and five, never ten and one (and, on a phone at twice the text size,
 * three rows of four, four and three).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-cells-layout.h"

struct _TendCellsLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
};

G_DEFINE_FINAL_TYPE (TendCellsLayout, tend_cells_layout, GTK_TYPE_LAYOUT_MANAGER)

typedef struct {
  int n;          /* visible cells */
  int min_width;  /* of the widest cell */
  int nat_width;
  int height;     /* of the tallest cell */
} Cells;

static Cells
measure_cells (GtkWidget *widget)
{
  Cells cells = { 0, 0, 0, 0 };

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_w, nat_w, nat_h;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &nat_h, NULL, NULL);
      cells.n++;
      cells.min_width = MAX (cells.min_width, min_w);
      cells.nat_width = MAX (cells.nat_width, nat_w);
      cells.height = MAX (cells.height, nat_h);
    }

  return cells;
}

static int
row_width (TendCellsLayout *self,
           int              per_row,
           int              cell_width)
{
  return per_row * cell_width + MAX (per_row - 1, 0) * self->spacing;
}

/* A scale split in more rows than this stops reading as one scale; three are for a phone at
 * twice the text size. */
#define MAX_ROWS 3

/* The fewest rows, each as full as the first, in which the cells fit @width. */
static int
rows_for_width (TendCellsLayout *self,
                const Cells     *cells,
                int              width)
{
  int rows;

  if (cells->n == 0)
    return 0;

  for (rows = 1; rows < MIN (MAX_ROWS, cells->n); rows++)
    if (width < 0 ||
        row_width (self, (cells->n + rows - 1) / rows, cells->min_width) <= width)
      break;

  return rows;
}

static GtkSizeRequestMode
tend_cells_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tend_cells_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  TendCellsLayout *self = TEND_CELLS_LAYOUT (manager);
  Cells cells = measure_cells (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int rows = MIN (MAX_ROWS, MAX (cells.n, 1));

      *minimum = row_width (self, (cells.n + rows - 1) / rows, cells.min_width);
      *natural = row_width (self, cells.n, cells.nat_width);
    }
  else
    {
      int rows = rows_for_width (self, &cells, for_size);

      *minimum = *natural = rows * cells.height + MAX (rows - 1, 0) * self->spacing;
    }
}

static void
tend_cells_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  TendCellsLayout *self = TEND_CELLS_LAYOUT (manager);
  Cells cells = measure_cells (widget);
  int rows = rows_for_width (self, &cells, width);
  int per_row, cell_width, cell_height, i = 0;

  if (rows == 0)
    return;

  per_row = (cells.n + rows - 1) / rows;
  cell_width = MIN (cells.nat_width, MAX ((width - (per_row - 1) * self->spacing) / per_row, 0));
  cell_height = cells.height;

  /* The last row's cells sit under the first row's, so the columns line up. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int column, row;
      GtkAllocation cell;

      if (!gtk_widget_should_layout (child))
        continue;

      column = i % per_row;
      row = i / per_row;
      cell.x = column * (cell_width + self->spacing);
      cell.y = row * (cell_height + self->spacing);
      cell.width = cell_width;
      cell.height = cell_height;
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        cell.x = width - cell.x - cell_width;
      gtk_widget_size_allocate (child, &cell, -1);
      i++;
    }
}

static void
tend_cells_layout_class_init (TendCellsLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = tend_cells_layout_get_request_mode;
  layout_class->measure = tend_cells_layout_measure;
  layout_class->allocate = tend_cells_layout_allocate;
}

static void
tend_cells_layout_init (TendCellsLayout *self)
{
}

GtkLayoutManager *
tend_cells_layout_new (int spacing)
{
  TendCellsLayout *self = g_object_new (TEND_TYPE_CELLS_LAYOUT, NULL);

  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
