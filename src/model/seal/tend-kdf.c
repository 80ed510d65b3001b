/* tend-kdf.c — Argon2id (libgcrypt): a wrapping key from a passphrase or a recovery code, with
 * the cost parameters a key file records.
 *
 * The default costs make one derivation take about half a second on the two-core machine Tend
 * is built and measured on (tend-bench's unlock_ms): slow enough that guessing passphrases from
 * a copied key file costs an attacker that much per guess and per core, quick enough that
 * unlocking feels like a pause, not a wait. Each key file records its own costs, so a later Tend
 * can raise them for new files and still open old ones.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gcrypt.h>

#include "tend-kdf.h"
#include "tend-seal-error.h"

#define DEFAULT_PASSES     5
#define DEFAULT_MEMORY_KIB (64 * 1024)
#define DEFAULT_LANES      1

/* What a key file may ask for: above this a damaged or hostile file could make unlocking take
 * minutes or exhaust memory; below it a file could have been written to be cheap to attack. */
#define MIN_PASSES      1
#define MAX_PASSES      64
#define MIN_MEMORY_KIB  (8 * 1024)
#define MAX_MEMORY_KIB  (4 * 1024 * 1024)
#define MAX_LANES       16

static gboolean cheap_for_tests;

/**
 * tend_kdf_params_default:
 *
 * The costs new key files get: 5 passes over 64 MiB in one lane. Measured on the two-core build
 * machine with libgcrypt 1.11 (tend-bench's unlock_cpu_ms): about 490 ms of one core's time; 3
 * passes took about 380 ms, 4 about 435 ms, and 3 passes over 96 MiB about 640 ms.
 */
void
tend_kdf_params_default (TendKdfParams *params)
{
  if (cheap_for_tests)
    {
      params->passes = MIN_PASSES;
      params->memory_kib = MIN_MEMORY_KIB;
      params->lanes = DEFAULT_LANES;
      return;
    }
  params->passes = DEFAULT_PASSES;
  params->memory_kib = DEFAULT_MEMORY_KIB;
  params->lanes = DEFAULT_LANES;
}

/**
 * tend_kdf_use_cheapest_for_tests:
 *
 * Makes new key files use the lowest costs Tend still opens (one pass over 8 MiB), so a test
 * can turn protection on and off hundreds of times. Tend itself never calls it.
 */
void
tend_kdf_use_cheapest_for_tests (void)
{
  cheap_for_tests = TRUE;
}

/**
 * tend_kdf_params_are_sane:
 *
 * Whether a key file's costs are ones Tend will run: not so low they were meant to be cheap to
 * attack, not so high a damaged file could hang the unlock page.
 */
gboolean
tend_kdf_params_are_sane (const TendKdfParams *params)
{
  return params->passes >= MIN_PASSES && params->passes <= MAX_PASSES &&
         params->lanes >= 1 && params->lanes <= MAX_LANES &&
         params->memory_kib >= MIN_MEMORY_KIB && params->memory_kib <= MAX_MEMORY_KIB &&
         params->memory_kib >= 8 * params->lanes;
}

/**
 * tend_kdf_derive:
 * @secret: the passphrase or the recovery code, @secret_length bytes
 * @salt: %TEND_KDF_SALT_BYTES bytes
 * @key: room for %TEND_KDF_KEY_BYTES bytes, best in secure memory
 *
 * Runs Argon2id on this thread; it takes about half a second with the default costs.
 *
 * Returns: %TRUE, or %FALSE with %TEND_SEAL_ERROR_UNSUPPORTED (costs outside what Tend runs)
 *   or %TEND_SEAL_ERROR_FAILED
 */
gboolean
tend_kdf_derive (const TendKdfParams  *params,
                 const char           *secret,
                 gsize                 secret_length,
                 const guint8         *salt,
                 guint8               *key,
                 GError              **error)
{
  unsigned long costs[4] = { TEND_KDF_KEY_BYTES, params->passes, params->memory_kib,
                             params->lanes };
  gcry_kdf_hd_t hd = NULL;
  gcry_error_t err;

  if (!tend_kdf_params_are_sane (params))
    {
      g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED,
                   "Argon2id costs out of range (t=%u m=%u p=%u)",
                   params->passes, params->memory_kib, params->lanes);
      return FALSE;
    }
  if (!tend_seal_init (error))
    return FALSE;

  err = gcry_kdf_open (&hd, GCRY_KDF_ARGON2, GCRY_KDF_ARGON2ID, costs, G_N_ELEMENTS (costs),
                       secret, secret_length, salt, TEND_KDF_SALT_BYTES, NULL, 0, NULL, 0);
  if (err == 0)
    err = gcry_kdf_compute (hd, NULL);
  if (err == 0)
    err = gcry_kdf_final (hd, TEND_KDF_KEY_BYTES, key);
  if (hd != NULL)
    gcry_kdf_close (hd);

  if (err != 0)
    {
      g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED, "Argon2id: %s",
                   gcry_strerror (err));
      return FALSE;
    }

  return TRUE;
}
