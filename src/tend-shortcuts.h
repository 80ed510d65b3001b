/* tend-shortcuts.h — the Keyboard Shortcuts view, in the form the running libadwaita offers.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean  tend_shortcuts_has_dialog (void);
GObject  *tend_shortcuts_new        (GtkWindow *parent,
                                     gboolean   dialog);

G_END_DECLS
