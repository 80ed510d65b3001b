/* tend-cells-layout.h — a row of equal cells that wraps into balanced rows when narrow.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TEND_TYPE_CELLS_LAYOUT (tend_cells_layout_get_type ())
G_DECLARE_FINAL_TYPE (TendCellsLayout, tend_cells_layout, TEND, CELLS_LAYOUT, GtkLayoutManager)

GtkLayoutManager *tend_cells_layout_new (int spacing);

G_END_DECLS
