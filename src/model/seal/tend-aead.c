/* tend-aead.c — authenticated encryption of a few bytes with ChaCha20-Poly1305 (libgcrypt), and
 * the strict base64 the sealed files carry it in.
 *
 * Nothing here is home-made cryptography: libgcrypt does the cipher, the tag and the randomness.
 * This file only puts the steps in their required order (key, nonce, associated data, then the
 * text) and turns libgcrypt's errors into the seal's own.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gcrypt.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-seal-error.h"

static gboolean
fail (GError     **error,
      const char  *what,
      gcry_error_t err)
{
  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED, "%s: %s", what, gcry_strerror (err));
  return FALSE;
}

/* Opens a ChaCha20-Poly1305 handle set up with @key, @nonce and @associated. */
static gcry_cipher_hd_t
start (const guint8  *key,
       const guint8  *nonce,
       GBytes        *associated,
       GError       **error)
{
  gcry_cipher_hd_t hd = NULL;
  gcry_error_t err;
  gconstpointer ad;
  gsize ad_length;

  if (!tend_seal_init (error))
    return NULL;

  err = gcry_cipher_open (&hd, GCRY_CIPHER_CHACHA20, GCRY_CIPHER_MODE_POLY1305,
                          GCRY_CIPHER_SECURE);
  if (err == 0)
    err = gcry_cipher_setkey (hd, key, TEND_AEAD_KEY_BYTES);
  if (err == 0)
    err = gcry_cipher_setiv (hd, nonce, TEND_AEAD_NONCE_BYTES);
  if (err == 0 && associated != NULL)
    {
      ad = g_bytes_get_data (associated, &ad_length);
      if (ad_length > 0)
        err = gcry_cipher_authenticate (hd, ad, ad_length);
    }
  if (err == 0)
    err = gcry_cipher_final (hd);

  if (err != 0)
    {
      gcry_cipher_close (hd);
      fail (error, "ChaCha20-Poly1305", err);
      return NULL;
    }

  return hd;
}

/**
 * tend_aead_seal:
 * @key: %TEND_AEAD_KEY_BYTES bytes
 * @nonce: %TEND_AEAD_NONCE_BYTES bytes, never used twice with @key (tend_aead_random())
 * @associated: (nullable): bytes the tag covers but that stay in the clear
 * @plain: @length bytes to seal
 * @sealed: room for @length bytes (may be @plain)
 * @tag: room for %TEND_AEAD_TAG_BYTES bytes
 *
 * Returns: %TRUE, or %FALSE with %TEND_SEAL_ERROR_FAILED
 */
gboolean
tend_aead_seal (const guint8  *key,
                const guint8  *nonce,
                GBytes        *associated,
                const guint8  *plain,
                gsize          length,
                guint8        *sealed,
                guint8        *tag,
                GError       **error)
{
  gcry_cipher_hd_t hd = start (key, nonce, associated, error);
  gcry_error_t err;

  if (hd == NULL)
    return FALSE;

  err = gcry_cipher_encrypt (hd, sealed, length, plain, length);
  if (err == 0)
    err = gcry_cipher_gettag (hd, tag, TEND_AEAD_TAG_BYTES);
  gcry_cipher_close (hd);

  return err == 0 || fail (error, "ChaCha20-Poly1305", err);
}

/**
 * tend_aead_open:
 * @plain: room for @length bytes (may be @sealed); wiped when the tag does not match
 *
 * Returns: %TRUE when @tag proves @sealed and @associated are what was sealed with @key; %FALSE
 *   with %TEND_SEAL_ERROR_DAMAGED when it does not (a wrong key looks the same: callers that
 *   can tell the two apart say which), or %TEND_SEAL_ERROR_FAILED
 */
gboolean
tend_aead_open (const guint8  *key,
                const guint8  *nonce,
                GBytes        *associated,
                const guint8  *sealed,
                gsize          length,
                const guint8  *tag,
                guint8        *plain,
                GError       **error)
{
  gcry_cipher_hd_t hd = start (key, nonce, associated, error);
  gcry_error_t err;

  if (hd == NULL)
    return FALSE;

  err = gcry_cipher_decrypt (hd, plain, length, sealed, length);
  if (err == 0)
    err = gcry_cipher_checktag (hd, tag, TEND_AEAD_TAG_BYTES);
  gcry_cipher_close (hd);

  if (gcry_err_code (err) == GPG_ERR_CHECKSUM)
    {
      explicit_bzero (plain, length);
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED,
                           "the authentication tag does not match");
      return FALSE;
    }

  return err == 0 || fail (error, "ChaCha20-Poly1305", err);
}

/**
 * tend_aead_random:
 * @very_strong: for keys (GCRY_VERY_STRONG_RANDOM); nonces and salts need only be unique
 *
 * Fills @buffer with random bytes from libgcrypt's generator, which draws on the kernel's.
 */
gboolean
tend_aead_random (guint8    *buffer,
                  gsize      length,
                  gboolean   very_strong,
                  GError   **error)
{
  if (!tend_seal_init (error))
    return FALSE;

  if (very_strong)
    gcry_randomize (buffer, length, GCRY_VERY_STRONG_RANDOM);
  else
    gcry_create_nonce (buffer, length);

  return TRUE;
}

/* 1 for the 64 characters of standard base64. */
static const guint8 base64_alphabet[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/**
 * tend_aead_base64_decode:
 * @text: base64, @text_length bytes, or up to its NUL if @text_length is -1
 *
 * Decodes standard padded base64 and nothing else: g_base64_decode() skips characters it does
 * not know, so a damaged file could decode to something shorter and be taken for another.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL when @text is not strict base64
 */
guint8 *
tend_aead_base64_decode (const char *text,
                         gssize      text_length,
                         gsize      *length)
{
  gsize n = text_length < 0 ? strlen (text) : (gsize) text_length, padding = 0;
  gint state = 0;
  guint save = 0;
  guint8 *out;

  if (n % 4 != 0)
    return NULL;

  /* Everything but the last two characters must be of the alphabet: one table look-up each,
   * since a sealed month is megabytes of it. */
  for (gsize i = 0; i + 2 < n; i++)
    if (!base64_alphabet[(guchar) text[i]])
      return NULL;
  for (gsize i = n >= 2 ? n - 2 : 0; i < n; i++)
    {
      if (text[i] == '=')
        padding++;
      else if (padding > 0 || !base64_alphabet[(guchar) text[i]])
        return NULL;
    }

  out = g_malloc ((n / 4) * 3 + 1);
  *length = g_base64_decode_step (text, n, out, &state, &save);
  return out;
}
