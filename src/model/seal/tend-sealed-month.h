/* tend-sealed-month.h — a month file sealed with the journal key: a small JSON envelope around
 * the month's JSON, encrypted and authenticated.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-journal-key.h"
#include "tend-month-file.h"
#include "tend-sealed-formats.h"

G_BEGIN_DECLS

#define TEND_SEALED_MONTH_VERSION 1
/* base64 grows the largest month by a third; the envelope's own fields are a few hundred bytes. */
#define TEND_SEALED_MONTH_MAX_BYTES (TEND_MONTH_FILE_MAX_BYTES / 3 * 4 + 4096)

GBytes   *tend_sealed_month_seal      (const TendJournalKey  *key,
                                       const char            *month,
                                       GBytes                *plain,
                                       GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes   *tend_sealed_month_open      (const TendJournalKey  *key,
                                       GBytes                *sealed,
                                       const char            *month,
                                       GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean  tend_sealed_month_is_sealed (GBytes                *bytes);

G_END_DECLS
