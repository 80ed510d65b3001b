/* tend-sealed-backup.h — a backup file protected with the journal's passphrase: the backup's
 * JSON sealed with the journal key, and the key file that wraps that key beside it.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-journal-key.h"
#include "tend-key-file.h"
#include "tend-sealed-formats.h"

G_BEGIN_DECLS

#define TEND_SEALED_BACKUP_VERSION 1

typedef struct _TendBackupSealer TendBackupSealer;

TendBackupSealer *tend_backup_sealer_new  (const TendJournalKey  *key,
                                           const TendKeyFile     *key_file)
                                           G_GNUC_WARN_UNUSED_RESULT;
GBytes           *tend_backup_sealer_seal (TendBackupSealer      *self,
                                           GBytes                *plain,
                                           GError               **error)
                                           G_GNUC_WARN_UNUSED_RESULT;
void              tend_backup_sealer_free (TendBackupSealer      *self);

GBytes           *tend_sealed_backup_open      (GBytes           *bytes,
                                                const char       *secret,
                                                GError          **error)
                                                G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendBackupSealer, tend_backup_sealer_free)

G_END_DECLS
