/* tend-search.h — folding text for searching, the folded keys that entries are searched
 * by, and what a list shows of an entry: its first line or a passage around a match.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-entry.h"

G_BEGIN_DECLS

char       *tend_search_fold        (const char         *text) G_GNUC_WARN_UNUSED_RESULT;

void        tend_search_set_key     (TendEntry          *entry);
const char *tend_search_get_key     (TendEntry          *entry);
gboolean    tend_search_key_matches (const char         *key,
                                     const char * const *words);

char       *tend_search_first_line  (const char         *text) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_search_snippet     (const char         *text,
                                     const char         *query,
                                     guint               width) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
