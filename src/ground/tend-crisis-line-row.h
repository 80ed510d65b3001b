/* tend-crisis-line-row.h — one number on the "Need more help?" page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-crisis-lines.h"

G_BEGIN_DECLS

#define TEND_TYPE_CRISIS_LINE_ROW (tend_crisis_line_row_get_type ())
G_DECLARE_FINAL_TYPE (TendCrisisLineRow, tend_crisis_line_row, TEND, CRISIS_LINE_ROW, GtkListBoxRow)

GtkWidget  *tend_crisis_line_row_new        (const TendCrisisLine *line);
const char *tend_crisis_line_row_get_number (TendCrisisLineRow    *self);

/* "Checked on 7 December 2026" for YYYY-MM-DD, "Listed in November 2026" for YYYY-MM,
 * translated (exposed for tests). */
char       *tend_crisis_line_format_checked (const char           *checked) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
