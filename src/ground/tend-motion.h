/* tend-motion.h — whether the person wants things on screen to move.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean tend_motion_has_reduced_motion (GtkSettings *settings);
gboolean tend_motion_wanted             (GtkSettings *settings);
void     tend_motion_connect            (GtkSettings *settings,
                                         GCallback    callback,
                                         gpointer     data);

GtkCssProvider *tend_motion_add_styles (GdkDisplay *display);

G_END_DECLS
