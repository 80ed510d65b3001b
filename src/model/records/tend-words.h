/* tend-words.h — how many words a piece of writing holds.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint tend_words_count (const char *text,
                        gssize      length);

G_END_DECLS
