/* tend-key-file.h — key.json: the journal key wrapped twice, by a key derived from the
 * passphrase and by one derived from the recovery code, with the Argon2id costs used.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-journal-key.h"
#include "tend-kdf.h"

G_BEGIN_DECLS

#define TEND_KEY_FILE_FORMAT    "tend-key"
#define TEND_KEY_FILE_VERSION   1
#define TEND_KEY_FILE_NAME      "key.json"
#define TEND_KEY_FILE_MAX_BYTES (64 * 1024)

typedef struct _TendKeyFile TendKeyFile;

TendKeyFile    *tend_key_file_new             (const TendJournalKey  *key,
                                               const char            *passphrase,
                                               const char            *recovery_code,
                                               const TendKdfParams   *params,
                                               GError               **error)
                                               G_GNUC_WARN_UNUSED_RESULT;
TendKeyFile    *tend_key_file_new_from_bytes  (GBytes                *bytes,
                                               GError               **error)
                                               G_GNUC_WARN_UNUSED_RESULT;
TendKeyFile    *tend_key_file_load            (const char            *path,
                                               GError               **error)
                                               G_GNUC_WARN_UNUSED_RESULT;
TendKeyFile    *tend_key_file_copy            (const TendKeyFile     *self)
                                               G_GNUC_WARN_UNUSED_RESULT;
GBytes         *tend_key_file_to_bytes        (const TendKeyFile     *self)
                                               G_GNUC_WARN_UNUSED_RESULT;
gboolean        tend_key_file_write           (const TendKeyFile     *self,
                                               const char            *path,
                                               GError               **error);

TendJournalKey *tend_key_file_unlock_with_passphrase    (const TendKeyFile  *self,
                                                         const char         *passphrase,
                                                         GError            **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;
TendJournalKey *tend_key_file_unlock_with_recovery_code (const TendKeyFile  *self,
                                                         const char         *recovery_code,
                                                         GError            **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;

TendJournalKey *tend_key_file_unlock                    (const TendKeyFile  *self,
                                                         const char         *secret,
                                                         GError            **error)
                                                         G_GNUC_WARN_UNUSED_RESULT;

gboolean        tend_key_file_set_passphrase    (TendKeyFile           *self,
                                                 const TendJournalKey  *key,
                                                 const char            *passphrase,
                                                 GError               **error);
gboolean        tend_key_file_set_recovery_code (TendKeyFile           *self,
                                                 const TendJournalKey  *key,
                                                 const char            *recovery_code,
                                                 GError               **error);

const char     *tend_key_file_get_key_id      (const TendKeyFile     *self);
void            tend_key_file_get_params      (const TendKeyFile     *self,
                                               TendKdfParams         *params);
void            tend_key_file_free            (TendKeyFile           *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendKeyFile, tend_key_file_free)

G_END_DECLS
