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

/* tend-window-saving.c: the banner while a save fails (win.retry-save), and the question
 * before closing over unsaved words; watch once the window has its store. */
void     tend_window_saving_class_init (GtkWidgetClass *widget_class);
void     tend_window_saving_watch      (TendWindow     *self);
/* FALSE when the window must stay open: the person is being asked what to do. */
gboolean tend_window_saving_may_close  (TendWindow     *self);

/* tend-window.c */
GSettings *tend_window_get_settings (TendWindow *self);
gboolean   tend_window_get_quitting (TendWindow *self);
void       tend_window_set_close_anyway (TendWindow *self,
                                         gboolean    close_anyway);
gboolean   tend_window_get_close_anyway (TendWindow *self);

G_END_DECLS
