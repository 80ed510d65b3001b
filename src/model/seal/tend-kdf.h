/* tend-kdf.h — Argon2id (libgcrypt): a wrapping key from a passphrase or a recovery code, with
 * the cost parameters a key file records.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_KDF_NAME       "argon2id"
#define TEND_KDF_SALT_BYTES 16
#define TEND_KDF_KEY_BYTES  32

typedef struct {
  guint passes;      /* t */
  guint memory_kib;  /* m */
  guint lanes;       /* p */
} TendKdfParams;

void     tend_kdf_params_default  (TendKdfParams        *params);
gboolean tend_kdf_params_are_sane (const TendKdfParams  *params);
void     tend_kdf_use_cheapest_for_tests (void);

gboolean tend_kdf_derive          (const TendKdfParams  *params,
                                   const char           *secret,
                                   gsize                 secret_length,
                                   const guint8         *salt,
                                   guint8               *key,
                                   GError              **error);

G_END_DECLS
