/* tend-seal-error.h — the error domain of sealing: a wrong key, damage, a newer format, and the
 * crypto library failing, kept apart so a wrong passphrase is never taken for damage.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_SEAL_ERROR (tend_seal_error_quark ())

typedef enum {
  TEND_SEAL_ERROR_WRONG_KEY,    /* the passphrase, recovery code or journal key is not it */
  TEND_SEAL_ERROR_DAMAGED,      /* cut short, not the format, or fails with the right key */
  TEND_SEAL_ERROR_UNSUPPORTED,  /* a newer version, cipher or key derivation than known */
  TEND_SEAL_ERROR_FAILED,       /* the crypto library or the system's randomness failed */
} TendSealError;

GQuark   tend_seal_error_quark (void);

gboolean tend_seal_init        (GError **error);

G_END_DECLS
