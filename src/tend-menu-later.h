/* tend-menu-later.h — a menu button whose menu is made the first time it opens.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tend_menu_later_attach (GtkMenuButton *button,
                             GMenuModel    *model);

G_END_DECLS
