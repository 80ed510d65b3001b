/* tend-word-count.h — the quiet count of words under the text being written.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_WORD_COUNT (tend_word_count_get_type ())
G_DECLARE_FINAL_TYPE (TendWordCount, tend_word_count, TEND, WORD_COUNT, AdwBin)

GtkWidget   *tend_word_count_new      (void);

GtkTextView *tend_word_count_get_view (TendWordCount *self);
void         tend_word_count_set_view (TendWordCount *self,
                                       GtkTextView   *view);
guint        tend_word_count_get_n    (TendWordCount *self);

G_END_DECLS
