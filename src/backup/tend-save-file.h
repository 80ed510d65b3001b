/* tend-save-file.h — asking where a file should go, the same way for every export.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the chosen file, or with the error that kept the chooser from giving one. Not
 * called when the person dismisses the chooser: their choices simply stay as they were. */
typedef void (*TendFileChosen) (GtkWidget    *owner,
                                GFile        *file,
                                const GError *error);

void tend_save_file_ask (GtkWidget      *owner,
                         const char     *title,
                         const char     *initial_name,
                         GtkFileFilter  *filter,
                         TendFileChosen  chosen);

G_END_DECLS
