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

/* Folds @text for searching: lower case, accents removed, compatibility forms unified. */
char       *tend_search_fold        (const char         *text) G_GNUC_WARN_UNUSED_RESULT;

/* Folds @entry's text and tags into its search key, kept on the entry; call it when the
 * entry is read or changed. Safe on any thread for an entry no other thread touches. */
void        tend_search_set_key     (TendEntry          *entry);
/* @entry's search key, made now if it has none. */
const char *tend_search_get_key     (TendEntry          *entry);
/* Whether @key (folded) holds every word of @words (folded); FALSE when all are empty. */
gboolean    tend_search_key_matches (const char         *key,
                                     const char * const *words);

/* The first line of @text without leading blanks, at most 120 characters: a list row shows
 * one ellipsized line, and laying out a whole paragraph per row would cost the first frame. */
char       *tend_search_first_line  (const char         *text) G_GNUC_WARN_UNUSED_RESULT;
/* Up to @width characters of @text on one line, around the first match of a word of @query,
 * as Pango markup with every match in bold, ignoring case and accents; "…" marks text left
 * out at either end. */
char       *tend_search_snippet     (const char         *text,
                                     const char         *query,
                                     guint               width) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
