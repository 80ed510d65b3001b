/* tend-history.h — a deterministic, realistic journal history for benchmarks and tests.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-store.h"

G_BEGIN_DECLS

/* Writes @years of history ending yesterday into @dir: one or two entries a day of 150–400
 * words, zero to two grounding sessions a day. The same @years always gives the same text. */
void       tend_history_generate        (const char *dir,
                                         guint       years);
/* @n_entries entries (a multiple of @per_day), @per_day a day ending yesterday, of 10–40
 * words each, no sessions: an import stress test rather than a person's journal. The ids and
 * days depend on @n_entries alone; each @revision has later "updated" times and other words. */
void       tend_history_generate_entries (const char *dir,
                                          guint       n_entries,
                                          guint       per_day,
                                          guint       revision);
/* An entry of @today in @store, added if there is none yet. */
TendEntry *tend_history_entry_for_today (TendStore  *store,
                                         GDateTime  *today);
void       tend_history_remove          (const char *dir);

G_END_DECLS
