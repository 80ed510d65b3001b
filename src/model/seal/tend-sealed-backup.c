/* tend-sealed-backup.c — a backup protected with the journal's passphrase:
 *
 *   { "format": "tend-backup-sealed", "version": 1, "cipher": "chacha20-poly1305",
 *     "key_file": "<key.json, base64>", "nonce": "…", "tag": "…", "ciphertext": "…" }
 *
 * The backup's JSON is sealed with the journal key; the key file beside it wraps that key by
 * the passphrase and by the recovery code, so either opens the backup on any computer, and
 * nothing else does. The format, version, cipher and key file are the associated data: none
 * can be swapped unnoticed.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-envelope-private.h"
#include "tend-json-private.h"
#include "tend-seal-error.h"
#include "tend-sealed-backup.h"

/* A backup holds at most 512 MiB of JSON (the backup layer's TEND_BACKUP_MAX_BYTES); in base64,
 * with its key file and envelope, a third more and a little. */
#define MAX_PLAIN_BYTES  ((gsize) 512 * 1024 * 1024)
#define MAX_SEALED_BYTES (MAX_PLAIN_BYTES / 3 * 4 + 1024 * 1024)

struct _TendBackupSealer
{
  TendJournalKey *key;
  char           *key_file64;
};

static GBytes *
associated_data (gint64      version,
                 const char *key_file64)
{
  g_autofree char *text = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%s\n%s",
                                           TEND_SEALED_BACKUP_FORMAT, version, TEND_AEAD_CIPHER,
                                           key_file64);

  return g_bytes_new (text, strlen (text));
}

/**
 * tend_backup_sealer_new:
 *
 * What sealing a backup needs, copied: it may then seal on a worker thread while the journal
 * is locked on the main one.
 */
TendBackupSealer *
tend_backup_sealer_new (const TendJournalKey *key,
                        const TendKeyFile    *key_file)
{
  TendBackupSealer *self = g_new0 (TendBackupSealer, 1);
  g_autoptr(GBytes) bytes = tend_key_file_to_bytes (key_file);

  self->key = tend_journal_key_copy (key);
  self->key_file64 = g_base64_encode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return self;
}

void
tend_backup_sealer_free (TendBackupSealer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->key, tend_journal_key_free);
  g_free (self->key_file64);
  g_free (self);
}

/**
 * tend_backup_sealer_seal:
 * @plain: a backup's JSON
 *
 * Returns: (transfer full) (nullable): the sealed backup, or %NULL with
 *   %TEND_SEAL_ERROR_FAILED
 */
GBytes *
tend_backup_sealer_seal (TendBackupSealer  *self,
                         GBytes            *plain,
                         GError           **error)
{
  guint8 nonce[TEND_AEAD_NONCE_BYTES], tag[TEND_AEAD_TAG_BYTES];
  g_autofree guint8 *sealed = NULL;
  g_autofree char *nonce64 = NULL, *sealed64 = NULL, *tag64 = NULL;
  g_autoptr(GBytes) ad = NULL;
  gconstpointer data;
  gsize length;
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (plain != NULL, NULL);

  data = g_bytes_get_data (plain, &length);
  if (length > MAX_PLAIN_BYTES)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                           _("The backup is too large to protect."));
      return NULL;
    }

  if (!tend_aead_random (nonce, sizeof nonce, FALSE, error))
    return NULL;
  ad = associated_data (TEND_SEALED_BACKUP_VERSION, self->key_file64);
  sealed = g_malloc (MAX (length, 1));
  if (!tend_aead_seal (tend_journal_key_get_bytes (self->key), nonce, ad, data, length, sealed,
                       tag, error))
    return NULL;

  nonce64 = g_base64_encode (nonce, sizeof nonce);
  sealed64 = g_base64_encode (sealed, length);
  tag64 = g_base64_encode (tag, sizeof tag);

  /* Every value is base64 or a constant: nothing needs escaping. */
  out = g_string_sized_new (strlen (sealed64) + strlen (self->key_file64) + 512);
  g_string_append_printf (out,
                          "{\n"
                          "  \"format\" : \"%s\",\n"
                          "  \"version\" : %d,\n"
                          "  \"cipher\" : \"%s\",\n"
                          "  \"key_file\" : \"%s\",\n"
                          "  \"nonce\" : \"%s\",\n"
                          "  \"tag\" : \"%s\",\n"
                          "  \"ciphertext\" : \"",
                          TEND_SEALED_BACKUP_FORMAT, TEND_SEALED_BACKUP_VERSION,
                          TEND_AEAD_CIPHER, self->key_file64, nonce64, tag64);
  g_string_append (out, sealed64);
  g_string_append (out, "\"\n}\n");

  return g_string_free_to_bytes (out);
}

static GBytes *
damaged (GError     **error,
         const char  *why)
{
  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED,
               /* Translators: %s says what is wrong, in technical words. */
               _("The protected backup is damaged (%s)."), why);
  return NULL;
}

/**
 * tend_sealed_backup_open:
 * @secret: the passphrase, or the recovery code, of the journal that made the backup
 *
 * Opens a protected backup; runs Argon2id, so about half a second: call it on a worker thread.
 *
 * Returns: (transfer full) (nullable): the backup's JSON; or %NULL with
 *   %TEND_SEAL_ERROR_WRONG_KEY, %TEND_SEAL_ERROR_DAMAGED or %TEND_SEAL_ERROR_UNSUPPORTED
 */
GBytes *
tend_sealed_backup_open (GBytes      *bytes,
                         const char  *secret,
                         GError     **error)
{
  g_auto(TendEnvelope) envelope = { NULL, };
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(TendJournalKey) key = NULL;
  g_autoptr(GBytes) key_file_bytes = NULL;
  g_autoptr(GBytes) ad = NULL;
  g_autofree guint8 *key_file_data = NULL, *nonce = NULL, *tag = NULL, *ciphertext = NULL;
  g_autofree guint8 *plain = NULL;
  const char *key_file64, *text;
  JsonNode *version_node;
  gsize key_file_length = 0, nonce_length = 0, tag_length = 0, length = 0;
  gint64 version;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (secret != NULL, NULL);

  if (!tend_envelope_parse (bytes, MAX_SEALED_BYTES, &envelope, error))
    return NULL;

  if (g_strcmp0 (tend_json_object_get_string (envelope.root, "format"),
                 TEND_SEALED_BACKUP_FORMAT) != 0)
    return damaged (error, "format");
  version_node = json_object_get_member (envelope.root, "version");
  if (version_node == NULL || !JSON_NODE_HOLDS_VALUE (version_node) ||
      json_node_get_value_type (version_node) != G_TYPE_INT64 ||
      (version = json_node_get_int (version_node)) < 1)
    return damaged (error, "version");
  if (version > TEND_SEALED_BACKUP_VERSION ||
      g_strcmp0 (tend_json_object_get_string (envelope.root, "cipher"), TEND_AEAD_CIPHER) != 0)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED,
                           _("This backup was protected by a newer version of Tend."));
      return NULL;
    }

  key_file64 = tend_json_object_get_string (envelope.root, "key_file");
  if (key_file64 == NULL ||
      (key_file_data = tend_aead_base64_decode (key_file64, -1, &key_file_length)) == NULL)
    return damaged (error, "key_file");
  key_file_bytes = g_bytes_new (key_file_data, key_file_length);
  key_file = tend_key_file_new_from_bytes (key_file_bytes, error);
  if (key_file == NULL)
    return NULL;

  text = tend_json_object_get_string (envelope.root, "nonce");
  if (text != NULL)
    nonce = tend_aead_base64_decode (text, -1, &nonce_length);
  text = tend_json_object_get_string (envelope.root, "tag");
  if (text != NULL)
    tag = tend_aead_base64_decode (text, -1, &tag_length);
  if (envelope.ciphertext != NULL)
    ciphertext = tend_aead_base64_decode (envelope.ciphertext, envelope.ciphertext_length,
                                          &length);
  if (nonce == NULL || nonce_length != TEND_AEAD_NONCE_BYTES)
    return damaged (error, "nonce");
  if (tag == NULL || tag_length != TEND_AEAD_TAG_BYTES)
    return damaged (error, "tag");
  if (ciphertext == NULL || length > MAX_PLAIN_BYTES)
    return damaged (error, "ciphertext");

  /* The secret last: a damaged file says so rather than "wrong passphrase". */
  key = tend_key_file_unlock (key_file, secret, error);
  if (key == NULL)
    return NULL;

  ad = associated_data (version, key_file64);
  plain = g_malloc (MAX (length, 1));
  if (!tend_aead_open (tend_journal_key_get_bytes (key), nonce, ad, ciphertext, length, tag,
                       plain, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&plain), length);
}
