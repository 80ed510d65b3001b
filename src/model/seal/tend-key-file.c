/* tend-key-file.c — key.json: the journal key wrapped twice, by a key derived from the
 * passphrase and by one derived from the recovery code, with the Argon2id costs used.
 *
 *   { "format": "tend-key", "version": 1, "cipher": "chacha20-poly1305",
 *     "kdf": { "name": "argon2id", "t": 5, "m": 65536, "p": 1 },
 *     "key": "<the journal key's public id>",
 *     "passphrase": { "salt": "…", "nonce": "…", "wrapped": "…", "tag": "…" },
 *     "recovery":   { "salt": "…", "nonce": "…", "wrapped": "…", "tag": "…" },
 *     "check": "…" }
 *
 * Each wrap is ChaCha20-Poly1305 under Argon2id(secret, its own salt), with the format, version,
 * slot name, cipher, costs and key id as associated data, so none of them can be swapped
 * unnoticed. "check" is a plain SHA-256 over every other field: it cannot keep an attacker
 * out (the tags do that), but it lets Tend tell a damaged file from a wrong passphrase, since
 * both would otherwise fail the same tag.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <gcrypt.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tend-aead.h"
#include "tend-key-file.h"
#include "tend-json-private.h"
#include "tend-month-file.h"
#include "tend-recovery-code.h"
#include "tend-seal-error.h"
#include "tend-strict-parser.h"

#define CHECK_BYTES 16

typedef struct {
  guint8 salt[TEND_KDF_SALT_BYTES];
  guint8 nonce[TEND_AEAD_NONCE_BYTES];
  guint8 wrapped[TEND_JOURNAL_KEY_BYTES];
  guint8 tag[TEND_AEAD_TAG_BYTES];
} Slot;

enum { SLOT_PASSPHRASE, SLOT_RECOVERY, N_SLOTS };
static const char * const slot_names[N_SLOTS] = { "passphrase", "recovery" };

struct _TendKeyFile
{
  TendKdfParams  params;
  char          *key_id;
  Slot           slots[N_SLOTS];
};

static void
append_text (GByteArray *array,
             const char *text)
{
  g_byte_array_append (array, (const guint8 *) text, strlen (text) + 1);
}

/* What a slot's tag covers besides the key: everything that says how to open it. */
static GBytes *
slot_associated_data (const TendKeyFile *self,
                      guint              slot)
{
  g_autofree char *text =
    g_strdup_printf ("%s\n%d\n%s\n%s\n%s\n%u\n%u\n%u\n%s", TEND_KEY_FILE_FORMAT,
                     TEND_KEY_FILE_VERSION, slot_names[slot], TEND_AEAD_CIPHER, TEND_KDF_NAME,
                     self->params.passes, self->params.memory_kib, self->params.lanes,
                     self->key_id);

  return g_bytes_new (text, strlen (text));
}

static void
compute_check (const TendKeyFile *self,
               guint8            *check)
{
  g_autoptr(GByteArray) all = g_byte_array_new ();
  g_autoptr(GBytes) ad = NULL;
  guint8 digest[32];

  for (guint slot = 0; slot < N_SLOTS; slot++)
    {
      ad = slot_associated_data (self, slot);
      g_byte_array_append (all, g_bytes_get_data (ad, NULL), g_bytes_get_size (ad));
      g_clear_pointer (&ad, g_bytes_unref);
      g_byte_array_append (all, (const guint8 *) &self->slots[slot], sizeof (Slot));
    }
  append_text (all, "end");

  gcry_md_hash_buffer (GCRY_MD_SHA256, digest, all->data, all->len);
  memcpy (check, digest, CHECK_BYTES);
}

/* Derives the wrapping key for @secret into secure memory. */
static guint8 *
derive (const TendKeyFile  *self,
        const guint8       *salt,
        const char         *secret,
        GError            **error)
{
  guint8 *wrapping = gcry_malloc_secure (TEND_KDF_KEY_BYTES);

  if (wrapping == NULL)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                           "out of secure memory for the wrapping key");
      return NULL;
    }
  if (!tend_kdf_derive (&self->params, secret, strlen (secret), salt, wrapping, error))
    {
      gcry_free (wrapping);
      return NULL;
    }

  return wrapping;
}

static gboolean
wrap (TendKeyFile          *self,
      guint                 slot,
      const TendJournalKey *key,
      const char           *secret,
      GError              **error)
{
  Slot fresh;
  g_autoptr(GBytes) ad = NULL;
  guint8 *wrapping;
  gboolean ok;

  if (!tend_aead_random (fresh.salt, sizeof fresh.salt, FALSE, error) ||
      !tend_aead_random (fresh.nonce, sizeof fresh.nonce, FALSE, error))
    return FALSE;

  wrapping = derive (self, fresh.salt, secret, error);
  if (wrapping == NULL)
    return FALSE;

  ad = slot_associated_data (self, slot);
  ok = tend_aead_seal (wrapping, fresh.nonce, ad, tend_journal_key_get_bytes (key),
                       TEND_JOURNAL_KEY_BYTES, fresh.wrapped, fresh.tag, error);
  gcry_free (wrapping);
  if (ok)
    self->slots[slot] = fresh;

  return ok;
}

static TendJournalKey *
unwrap (const TendKeyFile  *self,
        guint               slot,
        const char         *secret,
        GError            **error)
{
  g_autoptr(GBytes) ad = slot_associated_data (self, slot);
  g_autoptr(GError) local_error = NULL;
  guint8 *wrapping = derive (self, self->slots[slot].salt, secret, error);
  guint8 *plain;
  TendJournalKey *key = NULL;

  if (wrapping == NULL)
    return NULL;

  plain = gcry_malloc_secure (TEND_JOURNAL_KEY_BYTES);
  if (plain == NULL)
    {
      gcry_free (wrapping);
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                           "out of secure memory for the journal key");
      return NULL;
    }

  if (tend_aead_open (wrapping, self->slots[slot].nonce, ad, self->slots[slot].wrapped,
                      TEND_JOURNAL_KEY_BYTES, self->slots[slot].tag, plain, &local_error))
    key = tend_journal_key_new_from_bytes (plain, &local_error);
  gcry_free (wrapping);
  gcry_free (plain);

  if (key != NULL && g_strcmp0 (tend_journal_key_get_id (key), self->key_id) != 0)
    {
      /* The tag covers the id, so this needs a forged file, not a stray bit. */
      g_clear_pointer (&key, tend_journal_key_free);
      g_set_error_literal (&local_error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED,
                           "the key does not match its id");
    }

  if (key == NULL)
    {
      /* The check proved the file is as written: a tag that fails means the secret is wrong. */
      if (g_error_matches (local_error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED) &&
          slot == SLOT_PASSPHRASE)
        g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY,
                             _("That passphrase does not open this journal."));
      else if (g_error_matches (local_error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED))
        g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY,
                             _("That recovery code does not open this journal."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return key;
}

/**
 * tend_key_file_new:
 * @key: the journal key to wrap
 * @passphrase: the person's passphrase (UTF-8)
 * @recovery_code: from tend_recovery_code_new()
 * @params: (nullable): Argon2id costs, or %NULL for tend_kdf_params_default()
 *
 * Wraps @key twice. Runs Argon2id twice, so it takes about a second: call it off the main
 * thread.
 *
 * Returns: (transfer full) (nullable): the key file, not yet written
 */
TendKeyFile *
tend_key_file_new (const TendJournalKey  *key,
                   const char            *passphrase,
                   const char            *recovery_code,
                   const TendKdfParams   *params,
                   GError               **error)
{
  g_autoptr(TendKeyFile) self = g_new0 (TendKeyFile, 1);

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (passphrase != NULL, NULL);
  g_return_val_if_fail (recovery_code != NULL, NULL);

  if (params != NULL)
    self->params = *params;
  else
    tend_kdf_params_default (&self->params);
  self->key_id = g_strdup (tend_journal_key_get_id (key));

  if (!tend_key_file_set_passphrase (self, key, passphrase, error) ||
      !tend_key_file_set_recovery_code (self, key, recovery_code, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tend_key_file_set_passphrase:
 * @key: the journal key, as unlocked
 *
 * Wraps @key anew under @passphrase (with a new salt and nonce): changing the passphrase. The
 * recovery code still opens the file. Write the file afterwards.
 */
gboolean
tend_key_file_set_passphrase (TendKeyFile           *self,
                              const TendJournalKey  *key,
                              const char            *passphrase,
                              GError               **error)
{
  g_autofree char *normal = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL && key != NULL && passphrase != NULL, FALSE);
  g_return_val_if_fail (g_strcmp0 (tend_journal_key_get_id (key), self->key_id) == 0, FALSE);

  /* The same passphrase typed through another input method may arrive composed differently. */
  normal = g_utf8_normalize (passphrase, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                           "the passphrase is not UTF-8");
      return FALSE;
    }
  ok = wrap (self, SLOT_PASSPHRASE, key, normal, error);
  explicit_bzero (normal, strlen (normal));

  return ok;
}

/**
 * tend_key_file_set_recovery_code:
 * @key: the journal key, as unlocked
 * @recovery_code: a new code from tend_recovery_code_new()
 *
 * Wraps @key under a new recovery code; the old code no longer opens the file once written.
 */
gboolean
tend_key_file_set_recovery_code (TendKeyFile           *self,
                                 const TendJournalKey  *key,
                                 const char            *recovery_code,
                                 GError               **error)
{
  char *normal;
  gboolean ok;

  g_return_val_if_fail (self != NULL && key != NULL && recovery_code != NULL, FALSE);
  g_return_val_if_fail (g_strcmp0 (tend_journal_key_get_id (key), self->key_id) == 0, FALSE);

  normal = tend_recovery_code_normalize (recovery_code);
  if (normal == NULL)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_FAILED,
                           "not a recovery code");
      return FALSE;
    }
  ok = wrap (self, SLOT_RECOVERY, key, normal, error);
  gcry_free (normal);

  return ok;
}

/**
 * tend_key_file_unlock_with_passphrase:
 *
 * Runs Argon2id once (about half a second): call it off the main thread.
 *
 * Returns: (transfer full) (nullable): the journal key, or %NULL with
 *   %TEND_SEAL_ERROR_WRONG_KEY when @passphrase is not the one
 */
TendJournalKey *
tend_key_file_unlock_with_passphrase (const TendKeyFile  *self,
                                      const char         *passphrase,
                                      GError            **error)
{
  g_autofree char *normal = NULL;
  TendJournalKey *key;

  g_return_val_if_fail (self != NULL && passphrase != NULL, NULL);

  normal = g_utf8_normalize (passphrase, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY,
                           _("That passphrase does not open this journal."));
      return NULL;
    }
  key = unwrap (self, SLOT_PASSPHRASE, normal, error);
  explicit_bzero (normal, strlen (normal));

  return key;
}

/**
 * tend_key_file_unlock_with_recovery_code:
 * @recovery_code: as typed: small letters, spaces and dashes are forgiven
 *
 * Returns: (transfer full) (nullable): the journal key, or %NULL with
 *   %TEND_SEAL_ERROR_WRONG_KEY when @recovery_code is not the one (or not a code at all)
 */
TendJournalKey *
tend_key_file_unlock_with_recovery_code (const TendKeyFile  *self,
                                         const char         *recovery_code,
                                         GError            **error)
{
  char *normal;
  TendJournalKey *key;

  g_return_val_if_fail (self != NULL && recovery_code != NULL, NULL);

  normal = tend_recovery_code_normalize (recovery_code);
  if (normal == NULL)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY,
                           _("That is not a recovery code. A recovery code has 25 letters "
                             "and digits."));
      return NULL;
    }
  key = unwrap (self, SLOT_RECOVERY, normal, error);
  gcry_free (normal);

  return key;
}

/* Writing and reading */

static void
add_base64 (JsonBuilder  *builder,
            const char   *name,
            const guint8 *data,
            gsize         length)
{
  g_autofree char *text = g_base64_encode (data, length);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

/**
 * tend_key_file_copy:
 *
 * A copy of @self that another thread may read or change while @self is replaced or freed.
 *
 * Returns: (transfer full): the copy
 */
TendKeyFile *
tend_key_file_copy (const TendKeyFile *self)
{
  g_autoptr(GBytes) bytes = tend_key_file_to_bytes (self);
  TendKeyFile *copy = tend_key_file_new_from_bytes (bytes, NULL);

  /* What tend_key_file_to_bytes() writes, tend_key_file_new_from_bytes() always reads. */
  g_assert (copy != NULL);
  return copy;
}

/**
 * tend_key_file_to_bytes:
 *
 * Returns: (transfer full): the file's JSON
 */
GBytes *
tend_key_file_to_bytes (const TendKeyFile *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint8 check[CHECK_BYTES];
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, TEND_KEY_FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, TEND_KEY_FILE_VERSION);
  json_builder_set_member_name (builder, "cipher");
  json_builder_add_string_value (builder, TEND_AEAD_CIPHER);
  json_builder_set_member_name (builder, "kdf");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, TEND_KDF_NAME);
  json_builder_set_member_name (builder, "t");
  json_builder_add_int_value (builder, self->params.passes);
  json_builder_set_member_name (builder, "m");
  json_builder_add_int_value (builder, self->params.memory_kib);
  json_builder_set_member_name (builder, "p");
  json_builder_add_int_value (builder, self->params.lanes);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "key");
  json_builder_add_string_value (builder, self->key_id);
  for (guint slot = 0; slot < N_SLOTS; slot++)
    {
      json_builder_set_member_name (builder, slot_names[slot]);
      json_builder_begin_object (builder);
      add_base64 (builder, "salt", self->slots[slot].salt, TEND_KDF_SALT_BYTES);
      add_base64 (builder, "nonce", self->slots[slot].nonce, TEND_AEAD_NONCE_BYTES);
      add_base64 (builder, "wrapped", self->slots[slot].wrapped, TEND_JOURNAL_KEY_BYTES);
      add_base64 (builder, "tag", self->slots[slot].tag, TEND_AEAD_TAG_BYTES);
      json_builder_end_object (builder);
    }
  compute_check (self, check);
  add_base64 (builder, "check", check, CHECK_BYTES);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  return g_bytes_new_take (text, strlen (text));
}

/**
 * tend_key_file_write:
 *
 * Writes the file as a month file is written: atomically, durably, mode 0600.
 */
gboolean
tend_key_file_write (const TendKeyFile  *self,
                     const char         *path,
                     GError            **error)
{
  g_autoptr(GBytes) bytes = tend_key_file_to_bytes (self);

  return tend_month_file_write_bytes (path, bytes, error);
}

static gboolean
damaged (GError     **error,
         const char  *why)
{
  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED,
               /* Translators: %s says what is wrong, in technical words. */
               _("The journal’s key file is damaged (%s)."), why);
  return FALSE;
}

static gboolean
read_base64 (JsonObject  *object,
             const char  *name,
             guint8      *out,
             gsize        length,
             GError     **error)
{
  const char *text = tend_json_object_get_string (object, name);
  g_autofree guint8 *data = NULL;
  gsize got = 0;

  if (text == NULL)
    return damaged (error, name);
  data = tend_aead_base64_decode (text, -1, &got);
  if (data == NULL || got != length)
    return damaged (error, name);

  memcpy (out, data, length);
  return TRUE;
}

static gboolean
read_uint (JsonObject  *object,
           const char  *name,
           guint       *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return damaged (error, name);
  value = json_node_get_int (node);
  if (value < 0 || value > G_MAXUINT)
    return damaged (error, name);

  *out = (guint) value;
  return TRUE;
}

static JsonObject *
read_object (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * tend_key_file_new_from_bytes:
 *
 * Reads a key file. Nothing here needs the passphrase: a file that parses and whose check
 * matches is exactly as written, so a passphrase it then refuses is a wrong one.
 *
 * Returns: (transfer full) (nullable): the key file, or %NULL with %TEND_SEAL_ERROR_DAMAGED
 *   or %TEND_SEAL_ERROR_UNSUPPORTED (written by a newer Tend)
 */
TendKeyFile *
tend_key_file_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(JsonParser) parser = tend_strict_parser_new ();
  g_autoptr(TendKeyFile) self = g_new0 (TendKeyFile, 1);
  JsonObject *root, *kdf;
  const char *text, *format, *key_id;
  gsize size;
  gint64 version;
  guint8 check[CHECK_BYTES], expected[CHECK_BYTES];

  g_return_val_if_fail (bytes != NULL, NULL);

  text = g_bytes_get_data (bytes, &size);
  if (size == 0 || size > TEND_KEY_FILE_MAX_BYTES || memchr (text, '\0', size) != NULL ||
      !g_utf8_validate (text, size, NULL))
    return damaged (error, "not a text file"), NULL;
  if (!json_parser_load_from_data (parser, text, size, NULL))
    return damaged (error, "not JSON"), NULL;
  if (tend_strict_parser_get_duplicate (TEND_STRICT_PARSER (parser)) != NULL)
    return damaged (error, "a member named twice"), NULL;
  /* Nothing but white space parses, with no root at all. */
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return damaged (error, "not an object"), NULL;
  root = json_node_get_object (json_parser_get_root (parser));

  format = tend_json_object_get_string (root, "format");
  if (g_strcmp0 (format, TEND_KEY_FILE_FORMAT) != 0)
    return damaged (error, "format"), NULL;
  if (json_object_get_member (root, "version") == NULL ||
      json_node_get_value_type (json_object_get_member (root, "version")) != G_TYPE_INT64)
    return damaged (error, "version"), NULL;
  version = json_object_get_int_member (root, "version");
  if (version < 1)
    return damaged (error, "version"), NULL;

  kdf = read_object (root, "kdf");
  if (version > TEND_KEY_FILE_VERSION ||
      g_strcmp0 (tend_json_object_get_string (root, "cipher"), TEND_AEAD_CIPHER) != 0 ||
      kdf == NULL || g_strcmp0 (tend_json_object_get_string (kdf, "name"), TEND_KDF_NAME) != 0)
    {
      g_set_error_literal (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED,
                           _("The journal’s key file was written by a newer version of Tend."));
      return NULL;
    }

  if (!read_uint (kdf, "t", &self->params.passes, error) ||
      !read_uint (kdf, "m", &self->params.memory_kib, error) ||
      !read_uint (kdf, "p", &self->params.lanes, error))
    return NULL;
  key_id = tend_json_object_get_string (root, "key");
  if (key_id == NULL || *key_id == '\0' || strlen (key_id) > 64)
    return damaged (error, "key"), NULL;
  self->key_id = g_strdup (key_id);

  for (guint slot = 0; slot < N_SLOTS; slot++)
    {
      JsonObject *object = read_object (root, slot_names[slot]);
      Slot *s = &self->slots[slot];

      if (object == NULL)
        return damaged (error, slot_names[slot]), NULL;
      if (!read_base64 (object, "salt", s->salt, sizeof s->salt, error) ||
          !read_base64 (object, "nonce", s->nonce, sizeof s->nonce, error) ||
          !read_base64 (object, "wrapped", s->wrapped, sizeof s->wrapped, error) ||
          !read_base64 (object, "tag", s->tag, sizeof s->tag, error))
        return NULL;
    }

  if (!read_base64 (root, "check", check, sizeof check, error))
    return NULL;
  compute_check (self, expected);
  if (memcmp (check, expected, CHECK_BYTES) != 0)
    return damaged (error, "check"), NULL;

  /* Costs outside the sane range are refused when unlocking, with a clear error; a file
   * asking for them is not damaged in the sense of moved aside. */
  return g_steal_pointer (&self);
}

/**
 * tend_key_file_load:
 *
 * Reads @path, refusing anything but a regular file up to %TEND_KEY_FILE_MAX_BYTES.
 *
 * Returns: (transfer full) (nullable): the key file, or %NULL with a %G_FILE_ERROR (missing,
 *   unreadable) or a %TEND_SEAL_ERROR
 */
TendKeyFile *
tend_key_file_load (const char  *path,
                    GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", path,
                   g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    return damaged (error, "not a regular file"), NULL;
  if (st.st_size > TEND_KEY_FILE_MAX_BYTES)
    return damaged (error, "too large"), NULL;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  return tend_key_file_new_from_bytes (bytes, error);
}

/* Accessors */

const char *
tend_key_file_get_key_id (const TendKeyFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->key_id;
}

void
tend_key_file_get_params (const TendKeyFile *self,
                          TendKdfParams     *params)
{
  g_return_if_fail (self != NULL);

  *params = self->params;
}

void
tend_key_file_free (TendKeyFile *self)
{
  if (self == NULL)
    return;

  g_free (self->key_id);
  g_free (self);
}

/**
 * tend_key_file_unlock:
 * @secret: what the person typed: the passphrase, or the recovery code
 *
 * What has the shape of a recovery code is tried as one first; a passphrase of that shape
 * still opens, a moment later.
 *
 * Returns: (transfer full) (nullable): the journal key, or %NULL with the error of the
 *   passphrase's try (%TEND_SEAL_ERROR_WRONG_KEY when neither opens)
 */
TendJournalKey *
tend_key_file_unlock (const TendKeyFile  *self,
                      const char         *secret,
                      GError            **error)
{
  char *code;
  TendJournalKey *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (secret != NULL, NULL);

  code = tend_recovery_code_normalize (secret);
  if (code != NULL)
    {
      key = tend_key_file_unlock_with_recovery_code (self, code, NULL);
      gcry_free (code);
    }
  if (key == NULL)
    key = tend_key_file_unlock_with_passphrase (self, secret, error);

  return key;
}
