/* tend-journal-key.c — the journal key: 256 random bits that seal every month, kept in
 * libgcrypt's secure memory and wiped when freed.
 *
 * The key has a public id, so a month sealed with another key (a backup of another journal, a
 * key file replaced by an older one) says "wrong key" rather than "damaged": the id is an HMAC
 * of a fixed label under the key, which tells nothing about the key itself.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gcrypt.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-journal-key.h"
#include "tend-seal-error.h"

/* 96 bits of the HMAC: enough that two keys never share an id by chance. */
#define ID_BYTES 12
#define ID_LABEL "tend journal key id v1"

/* The whole struct lives in secure memory, so the key never sits in ordinary pages. */
struct _TendJournalKey
{
  guint8 bytes[TEND_JOURNAL_KEY_BYTES];
  char   id[((ID_BYTES + 2) / 3) * 4 + 1];
};

static TendJournalKey *
allocate (GError **error)
{
  TendJournalKey *self;

  if (!tend_seal_init (error))
    return NULL;

  self = gcry_calloc_secure (1, sizeof *self);
  if (self == NULL)
    g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                         "out of secure memory for the journal key");
  return self;
}

static gboolean
compute_id (TendJournalKey  *self,
            GError         **error)
{
  gcry_md_hd_t md = NULL;
  gcry_error_t err;
  g_autofree char *id = NULL;

  err = gcry_md_open (&md, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC | GCRY_MD_FLAG_SECURE);
  if (err == 0)
    err = gcry_md_setkey (md, self->bytes, sizeof self->bytes);
  if (err != 0)
    {
      gcry_md_close (md);
      g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED, "HMAC-SHA256: %s",
                   gcry_strerror (err));
      return FALSE;
    }

  gcry_md_write (md, ID_LABEL, strlen (ID_LABEL));
  id = g_base64_encode (gcry_md_read (md, GCRY_MD_SHA256), ID_BYTES);
  gcry_md_close (md);
  g_strlcpy (self->id, id, sizeof self->id);

  return TRUE;
}

/**
 * tend_journal_key_new_random:
 *
 * A new journal key from libgcrypt's strongest randomness (GCRY_VERY_STRONG_RANDOM).
 *
 * Returns: (transfer full) (nullable): the key, or %NULL with %TEND_SEAL_ERROR_FAILED
 */
TendJournalKey *
tend_journal_key_new_random (GError **error)
{
  TendJournalKey *self = allocate (error);

  if (self == NULL)
    return NULL;

  if (!tend_aead_random (self->bytes, sizeof self->bytes, TRUE, error) ||
      !compute_id (self, error))
    {
      tend_journal_key_free (self);
      return NULL;
    }

  return self;
}

/**
 * tend_journal_key_new_from_bytes:
 * @bytes: %TEND_JOURNAL_KEY_BYTES bytes, as unwrapped from the key file
 *
 * Returns: (transfer full) (nullable): a key holding a copy of @bytes in secure memory
 */
TendJournalKey *
tend_journal_key_new_from_bytes (const guint8  *bytes,
                                 GError       **error)
{
  TendJournalKey *self = allocate (error);

  if (self == NULL)
    return NULL;

  memcpy (self->bytes, bytes, sizeof self->bytes);
  if (!compute_id (self, error))
    {
      tend_journal_key_free (self);
      return NULL;
    }

  return self;
}

/**
 * tend_journal_key_copy:
 *
 * Returns: (transfer full) (nullable): a second key with the same bytes, in secure memory,
 *   or %NULL when secure memory has run out
 */
TendJournalKey *
tend_journal_key_copy (const TendJournalKey *self)
{
  TendJournalKey *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = allocate (NULL);
  if (copy != NULL)
    memcpy (copy, self, sizeof *copy);
  return copy;
}

/**
 * tend_journal_key_get_bytes:
 *
 * Returns: the key's %TEND_JOURNAL_KEY_BYTES bytes; never copy them out of secure memory
 */
const guint8 *
tend_journal_key_get_bytes (const TendJournalKey *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->bytes;
}

/**
 * tend_journal_key_get_id:
 *
 * Returns: the key's public id (base64), written beside every month it seals
 */
const char *
tend_journal_key_get_id (const TendJournalKey *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/**
 * tend_journal_key_free:
 *
 * Wipes the key and gives its secure memory back (gcry_free() wipes secure memory).
 */
void
tend_journal_key_free (TendJournalKey *self)
{
  if (self == NULL)
    return;

  explicit_bzero (self, sizeof *self);
  gcry_free (self);
}
