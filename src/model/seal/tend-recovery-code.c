/* tend-recovery-code.c — the recovery code: 125 random bits as five groups of five characters
 * that are easy to write down and to type back.
 *
 * The alphabet is Crockford's base32: digits and capital letters without I, L, O and U, so no
 * two characters look alike in handwriting. Reading back forgives what people do when copying
 * a code from paper: small letters, spaces or dashes anywhere, O for zero, I or L for one.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gcrypt.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-recovery-code.h"
#include "tend-seal-error.h"

#define ALPHABET    "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#define GROUP_CHARS 5

/**
 * tend_recovery_code_new:
 *
 * A new recovery code, like "7KQ2M-9XHTV-…", from libgcrypt's strongest randomness. Show it
 * once; only what it derives is kept.
 *
 * Returns: (transfer full) (nullable): the code in secure memory (free with gcry_free()), or
 *   %NULL with %TEND_SEAL_ERROR_FAILED
 */
char *
tend_recovery_code_new (GError **error)
{
  guint8 *random = NULL;
  char *code = NULL;
  gsize out = 0;

  if (!tend_seal_init (error))
    return NULL;

  random = gcry_malloc_secure (TEND_RECOVERY_CODE_CHARS);
  code = gcry_calloc_secure (TEND_RECOVERY_CODE_CHARS + TEND_RECOVERY_CODE_CHARS / GROUP_CHARS,
                             1);
  if (random == NULL || code == NULL ||
      !tend_aead_random (random, TEND_RECOVERY_CODE_CHARS, TRUE, error))
    {
      gcry_free (random);
      gcry_free (code);
      return NULL;
    }

  /* One random byte per character, five bits of it used: every character is uniform. */
  for (gsize i = 0; i < TEND_RECOVERY_CODE_CHARS; i++)
    {
      if (i > 0 && i % GROUP_CHARS == 0)
        code[out++] = '-';
      code[out++] = ALPHABET[random[i] & 0x1f];
    }
  code[out] = '\0';
  gcry_free (random);

  return code;
}

/**
 * tend_recovery_code_normalize:
 * @typed: a recovery code as typed or pasted
 *
 * The code in the one form Tend derives keys from: 25 characters, capitals and digits, no
 * separators.
 *
 * Returns: (transfer full) (nullable): the code in secure memory (free with gcry_free()), or
 *   %NULL when @typed cannot be a recovery code (a character outside the alphabet, or not 25)
 */
char *
tend_recovery_code_normalize (const char *typed)
{
  char *code;
  gsize n = 0;

  g_return_val_if_fail (typed != NULL, NULL);

  if (!tend_seal_init (NULL))
    return NULL;
  code = gcry_calloc_secure (TEND_RECOVERY_CODE_CHARS + 1, 1);
  if (code == NULL)
    return NULL;

  for (const char *p = typed; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (c == ' ' || c == '-' || c == '\t' || c == '\n')
        continue;
      if (c == 'O')
        c = '0';
      else if (c == 'I' || c == 'L')
        c = '1';
      if (strchr (ALPHABET, c) == NULL || n == TEND_RECOVERY_CODE_CHARS)
        {
          gcry_free (code);
          return NULL;
        }
      code[n++] = c;
    }

  if (n != TEND_RECOVERY_CODE_CHARS)
    {
      gcry_free (code);
      return NULL;
    }

  return code;
}
