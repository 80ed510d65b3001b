/* tend-history-row.h — one entry in the list: its date, theme and first line.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-entry.h"

G_BEGIN_DECLS

#define TEND_TYPE_HISTORY_ROW (tend_history_row_get_type ())
G_DECLARE_FINAL_TYPE (TendHistoryRow, tend_history_row, TEND, HISTORY_ROW, GtkBox)

GtkWidget *tend_history_row_new       (void);
void       tend_history_row_set_entry (TendHistoryRow *self,
                                       TendEntry      *entry,
                                       const char     *query);

char      *tend_history_row_dup_spoken (TendHistoryRow *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
