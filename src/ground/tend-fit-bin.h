/* tend-fit-bin.h — holds one child at its natural size, shrunk to fit when there is less room.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TEND_TYPE_FIT_BIN (tend_fit_bin_get_type ())
G_DECLARE_FINAL_TYPE (TendFitBin, tend_fit_bin, TEND, FIT_BIN, GtkWidget)

GtkWidget *tend_fit_bin_new       (GtkWidget  *child);
GtkWidget *tend_fit_bin_get_child (TendFitBin *self);
double     tend_fit_bin_get_scale (TendFitBin *self);

G_END_DECLS
