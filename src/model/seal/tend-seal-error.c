/* tend-seal-error.c — the error domain of sealing, and starting libgcrypt once with secure
 * memory for the keys.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gcrypt.h>
#include <glib/gi18n.h>

#include "tend-seal-error.h"

/* 1.10 brought Argon2 (gcry_kdf_open) to libgcrypt. */
#define TEND_GCRYPT_MIN_VERSION "1.10.0"

/* Room for a few keys at once (journal key, wrapping keys, passphrase copies); libgcrypt rounds
 * it up to whole pages, which it locks into memory where the system allows. */
#define SECURE_MEMORY_BYTES (32 * 1024)

G_DEFINE_QUARK (tend-seal-error-quark, tend_seal_error)

static gpointer
init_once (gpointer data)
{
  if (gcry_check_version (TEND_GCRYPT_MIN_VERSION) == NULL)
    return GINT_TO_POINTER (FALSE);

  if (!gcry_control (GCRYCTL_INITIALIZATION_FINISHED_P))
    {
      /* Without the right to lock memory (a container, a low RLIMIT_MEMLOCK) the keys still stay
       * in libgcrypt's own pool, which it wipes on free; its warning about that would only
       * alarm someone reading a terminal. */
      gcry_control (GCRYCTL_DISABLE_SECMEM_WARN);
      gcry_control (GCRYCTL_INIT_SECMEM, SECURE_MEMORY_BYTES, 0);
      gcry_control (GCRYCTL_INITIALIZATION_FINISHED, 0);
    }

  return GINT_TO_POINTER (TRUE);
}

/**
 * tend_seal_init:
 *
 * Starts libgcrypt for sealing, once per process, with a pool of secure memory for keys. Every
 * sealing function calls it; calling it again is cheap.
 *
 * Returns: %TRUE, or %FALSE with %TEND_SEAL_ERROR_FAILED when the libgcrypt found at run time
 *   is older than the one Tend needs
 */
gboolean
tend_seal_init (GError **error)
{
  static GOnce once = G_ONCE_INIT;

  if (GPOINTER_TO_INT (g_once (&once, init_once, NULL)))
    return TRUE;

  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
               /* Translators: %s is a version number like 1.10.0. */
               _("The encryption library is too old: Tend needs libgcrypt %s or newer."),
               TEND_GCRYPT_MIN_VERSION);
  return FALSE;
}
