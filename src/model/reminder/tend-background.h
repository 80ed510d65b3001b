/* tend-background.h — asking to keep running and to start at login, for the daily reminder.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  tend_background_uses_portal    (void);
char     *tend_background_autostart_path (void) G_GNUC_WARN_UNUSED_RESULT;

void      tend_background_request_async  (gboolean              autostart,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  tend_background_request_finish (GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
