/* test-seal.c — sealing the journal: the journal key, the key file that wraps it under the
 * passphrase and the recovery code, and sealed months; a wrong key is never damage.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#if HAVE_SEAL

#include <gcrypt.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "tend-aead.h"
#include "tend-journal-key.h"
#include "tend-key-file.h"
#include "tend-month-file.h"
#include "tend-recovery-code.h"
#include "tend-seal-error.h"
#include "tend-sealed-month.h"
#include "tend-test-model.h"
#include "tend-test-records.h"

#define PASSPHRASE "the lake in March, 1998"
#define SECRET_WORDS "I told her no and she stayed"

/* Cheap Argon2id costs, so the tests do not spend half a second per derivation; one test
 * checks the real defaults. */
static const TendKdfParams cheap = { 1, 8 * 1024, 1 };

typedef struct {
  char           *dir;
  char           *key_path;
  TendJournalKey *key;
  char           *code;
  TendKeyFile    *key_file;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tend-seal-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->key_path = g_build_filename (f->dir, TEND_KEY_FILE_NAME, NULL);

  f->key = tend_journal_key_new_random (&error);
  g_assert_no_error (error);
  f->code = tend_recovery_code_new (&error);
  g_assert_no_error (error);
  f->key_file = tend_key_file_new (f->key, PASSPHRASE, f->code, &cheap, &error);
  g_assert_no_error (error);
  tend_key_file_write (f->key_file, f->key_path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  tend_key_file_free (f->key_file);
  gcry_free (f->code);
  tend_journal_key_free (f->key);
  tend_test_remove_tree (f->dir);
  g_free (f->key_path);
  g_free (f->dir);
}

static void
assert_same_key (const TendJournalKey *a,
                 const TendJournalKey *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpmem (tend_journal_key_get_bytes (a), TEND_JOURNAL_KEY_BYTES,
                   tend_journal_key_get_bytes (b), TEND_JOURNAL_KEY_BYTES);
  g_assert_cmpstr (tend_journal_key_get_id (a), ==, tend_journal_key_get_id (b));
}

static JsonObject *
parse_object (GBytes     *bytes,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static GBytes *
object_to_bytes (JsonParser *parser)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *text;

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, NULL);
  return g_bytes_new_take (text, strlen (text));
}

/* @bytes with one bit of the base64 value at @path ("tag", "recovery/salt") flipped in its
 * decoded bytes, then encoded again: damage that still parses. */
static GBytes *
flip_field_bit (GBytes     *bytes,
                const char *path,
                gsize       bit)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(GStrv) parts = g_strsplit (path, "/", 2);
  JsonObject *object = parse_object (bytes, parser);
  const char *name = parts[0];
  g_autofree guint8 *data = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (parts[1] != NULL)
    {
      object = json_object_get_object_member (object, parts[0]);
      name = parts[1];
    }
  data = g_base64_decode (json_object_get_string_member (object, name), &length);
  g_assert_cmpuint (length, >, bit / 8);
  data[bit / 8] ^= 1u << (bit % 8);
  text = g_base64_encode (data, length);
  json_object_set_string_member (object, name, text);

  return object_to_bytes (parser);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A real month's JSON, as the store would write it, holding SECRET_WORDS. */
static GBytes *
month_bytes (void)
{
  g_autoptr(TendMonthFile) month = tend_month_file_new ("2026-11");
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_ptr_array_add (tend_month_file_get_entries (month),
                   tend_test_entry ("2026-11-23", "%s", SECRET_WORDS));
  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_no_error (error);
  return bytes;
}

static gboolean
contains (GBytes     *haystack,
          const char *needle)
{
  return g_strstr_len (g_bytes_get_data (haystack, NULL), g_bytes_get_size (haystack),
                       needle) != NULL;
}

/* libgcrypt's Argon2id gives RFC 9106's own test vector (section 5.3) on this platform: the
 * derivation every key file rests on is the standard one, not a look-alike. */
static void
test_argon2id_vector (void)
{
  static const guint8 expected[32] = {
    0x0d, 0x64, 0x0d, 0xf5, 0x8d, 0x78, 0x76, 0x6c, 0x08, 0xc0, 0x37, 0xa3, 0x4a, 0x8b, 0x53, 0xc9,
    0xd0, 0x1e, 0xf0, 0x45, 0x2d, 0x75, 0xb6, 0x5e, 0xb5, 0x25, 0x20, 0xe9, 0x6b, 0x01, 0xe6, 0x59,
  };
  unsigned long costs[4] = { 32, 3, 32, 4 };
  guint8 password[32], salt[16], secret[8], ad[12], out[32];
  gcry_kdf_hd_t hd = NULL;

  g_assert_true (tend_seal_init (NULL));
  memset (password, 1, sizeof password);
  memset (salt, 2, sizeof salt);
  memset (secret, 3, sizeof secret);
  memset (ad, 4, sizeof ad);

  g_assert_cmpint (gcry_kdf_open (&hd, GCRY_KDF_ARGON2, GCRY_KDF_ARGON2ID, costs, 4,
                                  password, sizeof password, salt, sizeof salt,
                                  secret, sizeof secret, ad, sizeof ad), ==, 0);
  g_assert_cmpint (gcry_kdf_compute (hd, NULL), ==, 0);
  g_assert_cmpint (gcry_kdf_final (hd, sizeof out, out), ==, 0);
  gcry_kdf_close (hd);

  g_assert_cmpmem (out, sizeof out, expected, sizeof expected);
}

/* Only standard padded base64 is read: a stray character is damage, not something skipped. */
static void
test_base64_strict (void)
{
  static const struct { const char *text; gssize length; const char *decoded; } cases[] = {
    { "", -1, "" }, { "QUJD", -1, "ABC" }, { "QUI=", -1, "AB" }, { "QQ==", -1, "A" },
    { "QUJDQQ==", -1, "ABCA" }, { "QUJDxx", 4, "ABC" },
    { "QUJ", -1, NULL }, { "QU=D", -1, NULL }, { "Q===", -1, NULL }, { "QUJD\n", -1, NULL },
    { "QU D", -1, NULL }, { "QU-D", -1, NULL }, { "QUJDQ===", -1, NULL }, { "=QUJ", -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = 0;
      g_autofree guint8 *out = tend_aead_base64_decode (cases[i].text, cases[i].length, &length);

      if (cases[i].decoded == NULL)
        g_assert_null (out);
      else
        g_assert_cmpmem (out, length, cases[i].decoded, strlen (cases[i].decoded));
    }
}

static void
test_journal_key (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendJournalKey) a = tend_journal_key_new_random (&error);
  g_autoptr(TendJournalKey) b = tend_journal_key_new_random (&error);
  g_autoptr(TendJournalKey) again = NULL;
  g_autoptr(TendJournalKey) copy = NULL;

  g_assert_no_error (error);
  g_assert_false (memcmp (tend_journal_key_get_bytes (a), tend_journal_key_get_bytes (b),
                          TEND_JOURNAL_KEY_BYTES) == 0);
  g_assert_cmpstr (tend_journal_key_get_id (a), !=, tend_journal_key_get_id (b));
  /* The key lives in libgcrypt's secure pool. */
  g_assert_true (gcry_is_secure (tend_journal_key_get_bytes (a)));

  again = tend_journal_key_new_from_bytes (tend_journal_key_get_bytes (a), &error);
  g_assert_no_error (error);
  assert_same_key (a, again);
  copy = tend_journal_key_copy (a);
  assert_same_key (a, copy);
  /* The public id gives nothing of the key away in the clear. */
  g_assert_null (g_strstr_len ((const char *) tend_journal_key_get_bytes (a),
                               TEND_JOURNAL_KEY_BYTES, tend_journal_key_get_id (a)));
}

static void
test_recovery_code (void)
{
  g_autoptr(GError) error = NULL;
  char *code = tend_recovery_code_new (&error);
  char *other = tend_recovery_code_new (&error);
  g_autofree char *typed = NULL;
  char *normal, *again;
  g_auto(GStrv) groups = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (code, !=, other);

  /* Five groups of five, from an alphabet without look-alikes. */
  groups = g_strsplit (code, "-", -1);
  g_assert_cmpuint (g_strv_length (groups), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpuint (strlen (groups[i]), ==, 5);
      for (const char *c = groups[i]; *c != '\0'; c++)
        g_assert_nonnull (strchr ("0123456789ABCDEFGHJKMNPQRSTVWXYZ", *c));
    }

  /* Copied back from paper: small letters, other spacing, O for 0 and l for 1 all open it. */
  normal = tend_recovery_code_normalize (code);
  g_assert_nonnull (normal);
  g_assert_cmpuint (strlen (normal), ==, TEND_RECOVERY_CODE_CHARS);
  typed = g_ascii_strdown (normal, -1);
  for (char *c = typed; *c != '\0'; c++)
    *c = *c == '0' ? 'o' : *c == '1' ? 'l' : *c;
  again = tend_recovery_code_normalize (typed);
  g_assert_cmpstr (again, ==, normal);
  gcry_free (again);

  again = tend_recovery_code_normalize (" 0000 0 -00000 00000 00000 00000 ");
  g_assert_cmpstr (again, ==, "0000000000000000000000000");
  gcry_free (again);

  /* Not a code: a character outside the alphabet, one too few, one too many. */
  g_assert_null (tend_recovery_code_normalize ("U0000-00000-00000-00000-00000"));
  g_assert_null (tend_recovery_code_normalize ("0000-00000-00000-00000-00000"));
  g_assert_null (tend_recovery_code_normalize ("000000-00000-00000-00000-00000"));

  gcry_free (normal);
  gcry_free (code);
  gcry_free (other);
}

static void
test_key_file_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendKeyFile) loaded = NULL;
  g_autoptr(TendJournalKey) by_passphrase = NULL;
  g_autoptr(TendJournalKey) by_code = NULL;
  g_autofree char *typed = NULL;
  GStatBuf st;

  /* Private to its owner, like every file of the journal. */
  g_assert_cmpint (g_stat (f->key_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = tend_key_file_load (f->key_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tend_key_file_get_key_id (loaded), ==, tend_journal_key_get_id (f->key));

  by_passphrase = tend_key_file_unlock_with_passphrase (loaded, PASSPHRASE, &error);
  g_assert_no_error (error);
  assert_same_key (f->key, by_passphrase);

  /* The recovery code opens it too, as copied back by hand. */
  typed = g_ascii_strdown (f->code, -1);
  g_strdelimit (typed, "-", ' ');
  by_code = tend_key_file_unlock_with_recovery_code (loaded, typed, &error);
  g_assert_no_error (error);
  assert_same_key (f->key, by_code);
}

static void
test_key_file_fields (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_file (f->key_path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (bytes, parser);
  JsonObject *kdf = json_object_get_object_member (root, "kdf");
  static const struct { const char *name; gsize length; } slot_fields[] = {
    { "salt", 16 }, { "nonce", 12 }, { "wrapped", 32 }, { "tag", 16 },
  };

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "tend-key");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "cipher"), ==, "chacha20-poly1305");
  g_assert_cmpstr (json_object_get_string_member (kdf, "name"), ==, "argon2id");
  g_assert_cmpint (json_object_get_int_member (kdf, "t"), ==, cheap.passes);
  g_assert_cmpint (json_object_get_int_member (kdf, "m"), ==, cheap.memory_kib);
  g_assert_cmpint (json_object_get_int_member (kdf, "p"), ==, cheap.lanes);
  g_assert_cmpstr (json_object_get_string_member (root, "key"), ==,
                   tend_journal_key_get_id (f->key));

  for (guint s = 0; s < 2; s++)
    {
      JsonObject *slot = json_object_get_object_member (root, s == 0 ? "passphrase" : "recovery");

      for (guint i = 0; i < G_N_ELEMENTS (slot_fields); i++)
        {
          g_autofree guint8 *decoded = NULL;
          gsize length = 0;

          decoded = g_base64_decode (json_object_get_string_member (slot, slot_fields[i].name),
                                     &length);
          g_assert_cmpuint (length, ==, slot_fields[i].length);
        }
    }

  /* Neither the passphrase, nor the code, nor the key is in the file. */
  g_assert_false (contains (bytes, PASSPHRASE));
  g_assert_false (contains (bytes, f->code));
  {
    g_autofree char *key64 = g_base64_encode (tend_journal_key_get_bytes (f->key),
                                              TEND_JOURNAL_KEY_BYTES);
    g_assert_false (contains (bytes, key64));
  }
}

static void
test_key_file_wrong_secret (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendKeyFile) loaded = tend_key_file_load (f->key_path, &error);
  g_autofree char *before = tend_test_snapshot_tree (f->dir, TRUE);
  g_autofree char *after = NULL;
  char *other_code = tend_recovery_code_new (NULL);
  TendJournalKey *key;

  g_assert_no_error (error);

  key = tend_key_file_unlock_with_passphrase (loaded, "the lake in March, 1999", &error);
  g_assert_null (key);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);

  /* The recovery code is not the passphrase, nor the other way round. */
  key = tend_key_file_unlock_with_passphrase (loaded, f->code, &error);
  g_assert_null (key);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);

  key = tend_key_file_unlock_with_recovery_code (loaded, other_code, &error);
  g_assert_null (key);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);

  key = tend_key_file_unlock_with_recovery_code (loaded, PASSPHRASE, &error);
  g_assert_null (key);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);

  /* Nothing moved, nothing rewritten. */
  after = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_cmpstr (before, ==, after);

  gcry_free (other_code);
}

static void
test_key_file_damage (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_file (f->key_path);
  static const char * const fields[] = {
    "passphrase/salt", "passphrase/nonce", "passphrase/wrapped", "passphrase/tag",
    "recovery/salt", "recovery/nonce", "recovery/wrapped", "recovery/tag", "check",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) changed = NULL;
  TendKeyFile *loaded;
  JsonObject *root;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    for (gsize bit = 0; bit < 96; bit += 37)
      {
        g_autoptr(GBytes) flipped = flip_field_bit (bytes, fields[i], bit);

        loaded = tend_key_file_new_from_bytes (flipped, &error);
        g_assert_null (loaded);
        g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED);
        g_clear_error (&error);
      }

  /* Cut short anywhere. */
  for (gsize length = 0; length < g_bytes_get_size (bytes); length += 7)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, length);

      loaded = tend_key_file_new_from_bytes (cut, &error);
      g_assert_null (loaded);
      g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED);
      g_clear_error (&error);
    }

  /* The costs are covered too: cheaper costs written in are damage, not a cheaper unlock. */
  root = parse_object (bytes, parser);
  json_object_set_int_member (json_object_get_object_member (root, "kdf"), "t", 2);
  changed = object_to_bytes (parser);
  loaded = tend_key_file_new_from_bytes (changed, &error);
  g_assert_null (loaded);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED);
  g_clear_error (&error);

  /* A newer Tend's file is not damage either. */
  json_object_set_int_member (root, "version", 2);
  g_clear_pointer (&changed, g_bytes_unref);
  changed = object_to_bytes (parser);
  loaded = tend_key_file_new_from_bytes (changed, &error);
  g_assert_null (loaded);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED);
}

static void
test_key_file_change_secrets (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendKeyFile) loaded = tend_key_file_load (f->key_path, &error);
  g_autoptr(TendJournalKey) key = NULL;
  g_autoptr(TendJournalKey) by_old_code = NULL;
  char *new_code = tend_recovery_code_new (NULL);
  TendJournalKey *none;

  g_assert_no_error (error);

  /* A new passphrase: the old one no longer opens the written file; the code still does. */
  key = tend_key_file_unlock_with_passphrase (loaded, PASSPHRASE, &error);
  g_assert_no_error (error);
  g_assert_true (tend_key_file_set_passphrase (loaded, key, "a new one", &error));
  g_assert_true (tend_key_file_write (loaded, f->key_path, &error));
  g_clear_pointer (&loaded, tend_key_file_free);
  loaded = tend_key_file_load (f->key_path, &error);
  g_assert_no_error (error);

  none = tend_key_file_unlock_with_passphrase (loaded, PASSPHRASE, &error);
  g_assert_null (none);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_clear_pointer (&key, tend_journal_key_free);
  key = tend_key_file_unlock_with_passphrase (loaded, "a new one", &error);
  g_assert_no_error (error);
  assert_same_key (f->key, key);
  by_old_code = tend_key_file_unlock_with_recovery_code (loaded, f->code, &error);
  g_assert_no_error (error);
  assert_same_key (f->key, by_old_code);

  /* A new recovery code: the old one stops working, the passphrase does not change. */
  g_assert_true (tend_key_file_set_recovery_code (loaded, key, new_code, &error));
  none = tend_key_file_unlock_with_recovery_code (loaded, f->code, &error);
  g_assert_null (none);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
  g_clear_error (&error);
  g_clear_pointer (&key, tend_journal_key_free);
  key = tend_key_file_unlock_with_recovery_code (loaded, new_code, &error);
  g_assert_no_error (error);
  assert_same_key (f->key, key);

  gcry_free (new_code);
}

/* The costs new key files get, as tend-bench measures them: the file records them. */
static void
test_key_file_default_costs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendJournalKey) key = tend_journal_key_new_random (&error);
  g_autoptr(TendKeyFile) file = NULL;
  g_autoptr(TendKeyFile) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TendKdfParams params, defaults;
  char *code = tend_recovery_code_new (&error);

  g_assert_no_error (error);
  file = tend_key_file_new (key, PASSPHRASE, code, NULL, &error);
  g_assert_no_error (error);
  bytes = tend_key_file_to_bytes (file);
  loaded = tend_key_file_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  tend_kdf_params_default (&defaults);
  tend_key_file_get_params (loaded, &params);
  g_assert_cmpuint (params.passes, ==, defaults.passes);
  g_assert_cmpuint (params.memory_kib, ==, defaults.memory_kib);
  g_assert_cmpuint (params.lanes, ==, defaults.lanes);
  g_assert_cmpuint (defaults.memory_kib, >=, 64 * 1024);
  g_assert_true (tend_kdf_params_are_sane (&defaults));

  /* Costs a hostile file might ask for are refused before any work is done. */
  {
    TendKdfParams huge = { 3, 64u * 1024 * 1024, 1 };
    guint8 out[TEND_KDF_KEY_BYTES], salt[TEND_KDF_SALT_BYTES] = { 0 };

    g_assert_false (tend_kdf_derive (&huge, "x", 1, salt, out, &error));
    g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED);
  }

  gcry_free (code);
}

static GBytes *
seal (const TendJournalKey *key,
      GBytes               *plain)
{
  g_autoptr(GError) error = NULL;
  GBytes *sealed = tend_sealed_month_seal (key, "2026-11", plain, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sealed);
  return sealed;
}

static void
test_month_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  g_autoptr(GBytes) again = seal (f->key, plain);
  g_autoptr(GBytes) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "journal", "2026-11.json", NULL);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(TendMonthFile) month = NULL;

  g_assert_false (contains (sealed, SECRET_WORDS));
  g_assert_true (tend_sealed_month_is_sealed (sealed));
  g_assert_false (tend_sealed_month_is_sealed (plain));
  /* A fresh nonce each save: the same month never seals to the same bytes. */
  g_assert_false (g_bytes_equal (sealed, again));

  /* Written and read back the way the store writes months. */
  tend_month_file_write_bytes (path, sealed, &error);
  g_assert_no_error (error);
  on_disk = read_file (path);
  opened = tend_sealed_month_open (f->key, on_disk, "2026-11", &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (opened, plain));

  month = tend_month_file_new_from_bytes (opened, "2026-11.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tend_month_file_get_entries (month)->len, ==, 1);

  /* An empty month seals and opens too. */
  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr(GBytes) sealed_empty = seal (f->key, empty);
    g_autoptr(GBytes) opened_empty = tend_sealed_month_open (f->key, sealed_empty, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_bytes_get_size (opened_empty), ==, 0);
  }
}

static void
test_month_fields (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (sealed, parser);
  g_autofree guint8 *nonce = NULL, *tag = NULL, *ciphertext = NULL;
  gsize length = 0;

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "tend-journal-sealed");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "month"), ==, "2026-11");
  g_assert_cmpstr (json_object_get_string_member (root, "cipher"), ==, "chacha20-poly1305");
  g_assert_cmpstr (json_object_get_string_member (root, "key"), ==,
                   tend_journal_key_get_id (f->key));

  nonce = g_base64_decode (json_object_get_string_member (root, "nonce"), &length);
  g_assert_cmpuint (length, ==, 12);
  tag = g_base64_decode (json_object_get_string_member (root, "tag"), &length);
  g_assert_cmpuint (length, ==, 16);
  /* A stream cipher: the ciphertext is as long as the month, no longer. */
  ciphertext = g_base64_decode (json_object_get_string_member (root, "ciphertext"), &length);
  g_assert_cmpuint (length, ==, g_bytes_get_size (plain));
  g_assert_cmpuint (json_object_get_size (root), ==, 8);
}

static void
test_month_wrong_key (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendJournalKey) other = tend_journal_key_new_random (&error);
  GBytes *opened;

  g_assert_no_error (error);
  opened = tend_sealed_month_open (other, sealed, "2026-11", &error);
  g_assert_null (opened);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY);
}

static void
assert_damaged (const TendJournalKey *key,
                GBytes               *bytes,
                const char           *month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) opened = tend_sealed_month_open (key, bytes, month, &error);

  g_assert_null (opened);
  g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED);
}

static void
test_month_damage (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  static const char * const fields[] = { "nonce", "tag", "ciphertext" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) renamed = NULL;
  JsonObject *root;

  /* A flipped bit anywhere in the nonce, the tag or the ciphertext is damage. */
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    for (gsize bit = 0; bit < 96; bit += 5)
      {
        g_autoptr(GBytes) flipped = flip_field_bit (sealed, fields[i], bit);

        assert_damaged (f->key, flipped, "2026-11");
      }

  /* Another month's name is damage, whether or not the file's name agrees with it: the name
   * is associated data. */
  root = parse_object (sealed, parser);
  json_object_set_string_member (root, "month", "2026-10");
  renamed = object_to_bytes (parser);
  assert_damaged (f->key, renamed, NULL);
  assert_damaged (f->key, renamed, "2026-10");
  assert_damaged (f->key, sealed, "2026-10");
}

/* Every single flipped bit of the file's bytes: the month never opens to other words, and only a
 * change inside the key id can make it say "another key" instead of "damaged". */
static void
test_month_every_bit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TendMonthFile) month = tend_month_file_new ("2026-11");
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) sealed = NULL;
  const char *text;
  const char *key_at;
  gsize size, key_start, key_end;
  guint damaged = 0;

  plain = tend_month_file_to_bytes (month, NULL);
  sealed = seal (f->key, plain);
  text = g_bytes_get_data (sealed, &size);
  key_at = strstr (text, tend_journal_key_get_id (f->key));
  g_assert_nonnull (key_at);
  key_start = key_at - text;
  key_end = key_start + strlen (tend_journal_key_get_id (f->key));

  for (gsize i = 0; i < size; i++)
    {
      g_autofree char *copy = g_memdup2 (text, size);
      g_autoptr(GBytes) flipped = NULL;
      g_autoptr(GBytes) opened = NULL;
      g_autoptr(GError) error = NULL;

      copy[i] ^= 1u << (i % 8);
      flipped = g_bytes_new (copy, size);
      opened = tend_sealed_month_open (f->key, flipped, "2026-11", &error);

      if (opened != NULL)
        g_assert_true (g_bytes_equal (opened, plain));
      else if (g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY))
        g_assert_true (i >= key_start && i < key_end);
      else if (g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED))
        damaged++;
      else
        g_assert_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_UNSUPPORTED);
    }

  g_assert_cmpuint (damaged, >, size / 2);
}

/* The reader finds the ciphertext without parsing it, but accepts exactly what a JSON parser
 * would: members in any order and layout, and the word "ciphertext" elsewhere in the file. */
static void
test_month_any_layout (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (sealed, parser);
  g_autoptr(JsonObject) decoy = json_object_new ();
  g_autoptr(JsonObject) reordered = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) compact = NULL;
  g_autoptr(GBytes) opened = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const order[] = {
    "ciphertext", "tag", "nonce", "key", "cipher", "month", "version", "format",
  };
  char *text;

  /* A member holding another "ciphertext" comes first, the real one before the rest. */
  json_object_set_string_member (decoy, "ciphertext", "AAAA");
  json_object_set_object_member (reordered, "extra", g_steal_pointer (&decoy));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    json_object_set_member (reordered, order[i],
                            json_node_copy (json_object_get_member (root, order[i])));
  json_node_set_object (node, reordered);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  compact = g_bytes_new_take (text, strlen (text));

  g_assert_true (tend_sealed_month_is_sealed (compact));
  opened = tend_sealed_month_open (f->key, compact, "2026-11", &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (opened, plain));
}

static void
test_month_truncated (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) plain = month_bytes ();
  g_autoptr(GBytes) sealed = seal (f->key, plain);
  const char *text = g_bytes_get_data (sealed, NULL);
  gsize end = strrchr (text, '}') - text;

  /* Cut anywhere before its closing brace (after it is only the final line break). */
  for (gsize length = 0; length <= end; length++)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (sealed, 0, length);

      assert_damaged (f->key, cut, "2026-11");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/seal/argon2id/rfc9106-vector", test_argon2id_vector);
  g_test_add_func ("/seal/base64/strict", test_base64_strict);
  g_test_add_func ("/seal/journal-key/random", test_journal_key);
  g_test_add_func ("/seal/recovery-code/format", test_recovery_code);
  g_test_add_func ("/seal/key-file/default-costs", test_key_file_default_costs);
  g_test_add ("/seal/key-file/round-trip", Fixture, NULL,
              fixture_setup, test_key_file_round_trip, fixture_teardown);
  g_test_add ("/seal/key-file/fields", Fixture, NULL,
              fixture_setup, test_key_file_fields, fixture_teardown);
  g_test_add ("/seal/key-file/wrong-secret", Fixture, NULL,
              fixture_setup, test_key_file_wrong_secret, fixture_teardown);
  g_test_add ("/seal/key-file/damage", Fixture, NULL,
              fixture_setup, test_key_file_damage, fixture_teardown);
  g_test_add ("/seal/key-file/change-secrets", Fixture, NULL,
              fixture_setup, test_key_file_change_secrets, fixture_teardown);
  g_test_add ("/seal/month/round-trip", Fixture, NULL,
              fixture_setup, test_month_round_trip, fixture_teardown);
  g_test_add ("/seal/month/fields", Fixture, NULL,
              fixture_setup, test_month_fields, fixture_teardown);
  g_test_add ("/seal/month/wrong-key", Fixture, NULL,
              fixture_setup, test_month_wrong_key, fixture_teardown);
  g_test_add ("/seal/month/damage", Fixture, NULL,
              fixture_setup, test_month_damage, fixture_teardown);
  g_test_add ("/seal/month/every-bit", Fixture, NULL,
              fixture_setup, test_month_every_bit, fixture_teardown);
  g_test_add ("/seal/month/any-layout", Fixture, NULL,
              fixture_setup, test_month_any_layout, fixture_teardown);
  g_test_add ("/seal/month/truncated", Fixture, NULL,
              fixture_setup, test_month_truncated, fixture_teardown);

  return g_test_run ();
}

#else /* !HAVE_SEAL */

static void
test_unavailable (void)
{
  g_test_skip ("built without libgcrypt >= 1.10 (-Dpassphrase): this Tend cannot seal a journal");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/seal/unavailable", test_unavailable);
  return g_test_run ();
}

#endif
