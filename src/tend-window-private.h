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
/* tend-window-backup.c: win.summary, and the note about backing up (win.dismiss-backup-hint);
 * watch once the window has its store. */
void tend_window_backup_class_init (GtkWidgetClass *widget_class);
void tend_window_backup_watch      (TendWindow     *self);

/* tend-window.c */
GSettings *tend_window_get_settings (TendWindow *self);

G_END_DECLS
