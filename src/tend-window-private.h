/* tend-window-private.h — the window's parts that live in files of their own.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-window.h"

G_BEGIN_DECLS

/* tend-window-backup.c: win.export and win.import. */
void tend_window_export (TendWindow *self);
void tend_window_import (TendWindow *self);

G_END_DECLS
