/* tend-sealed-month.c — a month file sealed with the journal key: a small JSON envelope around
 * the month's JSON, encrypted and authenticated.
 *
 *   { "format": "tend-journal-sealed", "version": 1, "month": "2026-11",
 *     "cipher": "chacha20-poly1305", "key": "<the journal key's public id>",
 *     "nonce": "…", "ciphertext": "…", "tag": "…" }
 *
 * The ciphertext is the month's plain JSON, byte for byte, under ChaCha20-Poly1305 with a fresh
 * random nonce each save. The format, version, month and cipher are the associated data: a
 * sealed month renamed to another month, or its version changed, fails its tag. Being one file
 * per month, written the way plain months are, it keeps the store's atomic writes, its damage
 * handling and merging by record (which happens on the opened JSON).
 *
 * A wrong key and damage both fail the tag; the key id tells them apart. When the id is this
 * key's, the envelope was sealed with it and a failing tag is damage; when it is another's, the
 * month was sealed with another key, and nothing about it is damaged.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-envelope-private.h"
#include "tend-json-private.h"
#include "tend-month-file.h"
#include "tend-seal-error.h"
#include "tend-sealed-month.h"
#include "tend-strict-parser.h"

static GBytes *
associated_data (const char *month,
                 gint64      version)
{
  g_autofree char *text = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%s\n%s",
                                           TEND_SEALED_MONTH_FORMAT, version, month,
                                           TEND_AEAD_CIPHER);

  return g_bytes_new (text, strlen (text));
}

/**
 * tend_sealed_month_seal:
 * @month: the month's name, like "2026-11"
 * @plain: the month's JSON (tend_month_file_to_bytes())
 *
 * Returns: (transfer full) (nullable): the envelope, to be written with
 *   tend_month_file_write_bytes(), or %NULL with %TEND_SEAL_ERROR_FAILED
 */
GBytes *
tend_sealed_month_seal (const TendJournalKey  *key,
                        const char            *month,
                        GBytes                *plain,
                        GError               **error)
{
  guint8 nonce[TEND_AEAD_NONCE_BYTES], tag[TEND_AEAD_TAG_BYTES];
  g_autofree guint8 *sealed = NULL;
  g_autofree char *nonce64 = NULL, *sealed64 = NULL, *tag64 = NULL, *month_json = NULL;
  g_autoptr(GBytes) ad = NULL;
  gconstpointer data;
  gsize length;
  GString *out;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (tend_month_is_valid (month), NULL);
  g_return_val_if_fail (plain != NULL, NULL);

  data = g_bytes_get_data (plain, &length);
  if (length > TEND_MONTH_FILE_MAX_BYTES)
    {
      g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                   "%s is too large to seal", month);
      return NULL;
    }

  if (!tend_aead_random (nonce, sizeof nonce, FALSE, error))
    return NULL;
  ad = associated_data (month, TEND_SEALED_MONTH_VERSION);
  sealed = g_malloc (MAX (length, 1));
  if (!tend_aead_seal (tend_journal_key_get_bytes (key), nonce, ad, data, length, sealed, tag,
                       error))
    return NULL;

  nonce64 = g_base64_encode (nonce, sizeof nonce);
  sealed64 = g_base64_encode (sealed, length);
  tag64 = g_base64_encode (tag, sizeof tag);

  /* Written by hand rather than through JsonGenerator: the ciphertext is most of a month's
   * bytes, and copying it once more into a JsonNode would cost a save its time. Every value
   * is base64, a valid month name or a constant, none of which needs escaping. */
  out = g_string_sized_new (strlen (sealed64) + 512);
  g_string_append_printf (out,
                          "{\n"
                          "  \"format\" : \"%s\",\n"
                          "  \"version\" : %d,\n"
                          "  \"month\" : \"%s\",\n"
                          "  \"cipher\" : \"%s\",\n"
                          "  \"key\" : \"%s\",\n"
                          "  \"nonce\" : \"%s\",\n"
                          "  \"tag\" : \"%s\",\n"
                          "  \"ciphertext\" : \"",
                          TEND_SEALED_MONTH_FORMAT, TEND_SEALED_MONTH_VERSION, month,
                          TEND_AEAD_CIPHER, tend_journal_key_get_id (key), nonce64, tag64);
  g_string_append (out, sealed64);
  g_string_append (out, "\"\n}\n");

  return g_string_free_to_bytes (out);
}

static gboolean
damaged (GError     **error,
         const char  *month,
         const char  *why)
{
  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED,
               "sealed month %s is damaged (%s)", month != NULL ? month : "?", why);
  return FALSE;
}

static guint8 *
read_base64 (JsonObject *object,
             const char *name,
             gsize      *length)
{
  const char *text = tend_json_object_get_string (object, name);

  return text != NULL ? tend_aead_base64_decode (text, -1, length) : NULL;
}

/**
 * tend_sealed_month_open:
 * @sealed: an envelope as read from disk
 * @month: (nullable): the month its file name says, which the envelope must name too
 *
 * Returns: (transfer full) (nullable): the month's plain JSON, for
 *   tend_month_file_new_from_bytes(); or %NULL with %TEND_SEAL_ERROR_WRONG_KEY (sealed with
 *   another journal key: keep the file as it is), %TEND_SEAL_ERROR_DAMAGED (keep it aside like
 *   any damaged month) or %TEND_SEAL_ERROR_UNSUPPORTED (a newer Tend's: leave it alone)
 */
GBytes *
tend_sealed_month_open (const TendJournalKey  *key,
                        GBytes                *sealed,
                        const char            *month,
                        GError               **error)
{
  g_auto(TendEnvelope) envelope = { NULL, };
  g_autoptr(GBytes) ad = NULL;
  g_autofree guint8 *nonce = NULL, *ciphertext = NULL, *tag = NULL;
  g_autofree guint8 *plain = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *version_node;
  const char *named, *key_id;
  gsize nonce_length = 0, length = 0, tag_length = 0;
  gint64 version = 0;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (sealed != NULL, NULL);

  if (!tend_envelope_parse (sealed, TEND_SEALED_MONTH_MAX_BYTES, &envelope, error))
    return NULL;
  root = envelope.root;

  if (g_strcmp0 (tend_json_object_get_string (root, "format"), TEND_SEALED_MONTH_FORMAT) != 0)
    return damaged (error, month, "format"), NULL;
  version_node = json_object_get_member (root, "version");
  if (version_node == NULL || !JSON_NODE_HOLDS_VALUE (version_node) ||
      json_node_get_value_type (version_node) != G_TYPE_INT64 ||
      (version = json_node_get_int (version_node)) < 1)
    return damaged (error, month, "version"), NULL;
  if (version > TEND_SEALED_MONTH_VERSION ||
      g_strcmp0 (tend_json_object_get_string (root, "cipher"), TEND_AEAD_CIPHER) != 0)
    {
      g_autofree char *described = tend_month_describe (month != NULL ? month : "?");

      g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED,
                   /* Translators: %s is a month, like “November 2026”. */
                   _("%s was sealed by a newer version of Tend."), described);
      return NULL;
    }

  named = tend_json_object_get_string (root, "month");
  if (named == NULL || !tend_month_is_valid (named) ||
      (month != NULL && strcmp (named, month) != 0))
    return damaged (error, month, "month"), NULL;
  key_id = tend_json_object_get_string (root, "key");
  if (key_id == NULL)
    return damaged (error, named, "key"), NULL;

  nonce = read_base64 (root, "nonce", &nonce_length);
  tag = read_base64 (root, "tag", &tag_length);
  if (envelope.ciphertext != NULL)
    ciphertext = tend_aead_base64_decode (envelope.ciphertext, envelope.ciphertext_length,
                                          &length);
  if (nonce == NULL || nonce_length != TEND_AEAD_NONCE_BYTES)
    return damaged (error, named, "nonce"), NULL;
  if (tag == NULL || tag_length != TEND_AEAD_TAG_BYTES)
    return damaged (error, named, "tag"), NULL;
  if (ciphertext == NULL || length > TEND_MONTH_FILE_MAX_BYTES)
    return damaged (error, named, "ciphertext"), NULL;

  ad = associated_data (named, version);
  plain = g_malloc (MAX (length, 1));
  if (!tend_aead_open (tend_journal_key_get_bytes (key), nonce, ad, ciphertext, length, tag,
                       plain, &local_error))
    {
      if (!g_error_matches (local_error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (strcmp (key_id, tend_journal_key_get_id (key)) != 0)
        {
          g_autofree char *described = tend_month_describe (named);

          g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY,
                       /* Translators: %s is a month, like “November 2026”. */
                       _("%s was sealed with a key other than this journal’s."), described);
        }
      else
        damaged (error, named, "it fails authentication");
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&plain), length);
}

/**
 * tend_sealed_month_is_sealed:
 *
 * Whether @bytes are a sealed envelope rather than a plain month: both are JSON objects, told
 * apart by their "format". Only looks; says nothing about whether the envelope opens. A plain
 * month is not parsed unless it holds the word "ciphertext" in quotes, or a "\u" escape.
 */
gboolean
tend_sealed_month_is_sealed (GBytes *bytes)
{
  g_auto(TendEnvelope) envelope = { NULL, };
  const char *text;
  gsize size, start, end;

  /* A plain month rarely holds the word, so it is told apart without parsing it. Spelled
   * with a "\u" escape the name still reads as "ciphertext" (and the envelope opens), so
   * text with an escape goes through the parser too; plain months rarely hold one either. */
  text = g_bytes_get_data (bytes, &size);
  if (text == NULL ||
      (!tend_envelope_find_ciphertext (text, size, &start, &end) &&
       g_strstr_len (text, size, "\\u") == NULL))
    return FALSE;

  return tend_envelope_parse (bytes, TEND_SEALED_MONTH_MAX_BYTES, &envelope, NULL) &&
         g_strcmp0 (tend_json_object_get_string (envelope.root, "format"), TEND_SEALED_MONTH_FORMAT) == 0;
}
