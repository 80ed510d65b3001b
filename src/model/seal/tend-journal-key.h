/* tend-journal-key.h — the journal key: 256 random bits that seal every month, kept in
 * libgcrypt's secure memory and wiped when freed.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_JOURNAL_KEY_BYTES 32

typedef struct _TendJournalKey TendJournalKey;

TendJournalKey *tend_journal_key_new_random     (GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendJournalKey *tend_journal_key_new_from_bytes (const guint8   *bytes,
                                                 GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendJournalKey *tend_journal_key_copy           (const TendJournalKey *self)
                                                 G_GNUC_WARN_UNUSED_RESULT;
const guint8   *tend_journal_key_get_bytes      (const TendJournalKey *self);
const char     *tend_journal_key_get_id         (const TendJournalKey *self);
void            tend_journal_key_free           (TendJournalKey *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendJournalKey, tend_journal_key_free)

G_END_DECLS
