/* make-seal-seeds.c — writes the sealing fuzzers' seeds with Tend's own sealing code.
 *
 *   build-aux/dev exec _build/fuzz/tests/fuzz/make-seal-seeds tests/fuzz/corpus \
 *     tests/fuzz/corpus-sealed tests/fuzz/corpus-key
 *
 * Each month seed is a month file of the month fuzzer's seeds, sealed as Tend seals it, with
 * the fuzzers' fixed key (and one with another journal's key); each key-file seed is a key.json
 * as Tend writes it, at the lowest Argon2id costs, so unlocking it takes milliseconds.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-seal.h"
#include "tend-kdf.h"
#include "tend-key-file.h"
#include "tend-sealed-month.h"

static void
write_seed (const char *dir,
            const char *name,
            GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    g_error ("%s", error->message);
}

static void
seal_month (const char     *months_dir,
            const char     *name,
            TendJournalKey *key,
            const char     *out_dir,
            const char     *out_name)
{
  g_autofree char *path = g_build_filename (months_dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) sealed = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  plain = g_bytes_new_take (g_steal_pointer (&contents), length);
  sealed = tend_sealed_month_seal (key, FUZZ_SEAL_MONTH, plain, &error);
  if (sealed == NULL)
    g_error ("%s", error->message);
  write_seed (out_dir, out_name, sealed);
}

static void
write_key_file (TendJournalKey *key,
                const char     *out_dir,
                const char     *out_name)
{
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  key_file = tend_key_file_new (key, FUZZ_SEAL_PASSPHRASE, FUZZ_SEAL_CODE, NULL, &error);
  if (key_file == NULL)
    g_error ("%s", error->message);
  bytes = tend_key_file_to_bytes (key_file);
  write_seed (out_dir, out_name, bytes);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TendJournalKey) key = NULL;
  g_autoptr(TendJournalKey) other_key = NULL;
  g_autoptr(GDir) months = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (argc != 4)
    {
      g_printerr ("usage: %s MONTH-SEEDS SEALED-SEEDS KEY-SEEDS\n", argv[0]);
      return 2;
    }

  tend_kdf_use_cheapest_for_tests ();
  key = fuzz_seal_key (1);
  other_key = fuzz_seal_key (2);
  g_mkdir_with_parents (argv[2], 0755);
  g_mkdir_with_parents (argv[3], 0755);

  months = g_dir_open (argv[1], 0, &error);
  if (months == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (months)) != NULL)
    seal_month (argv[1], name, key, argv[2], name);
  seal_month (argv[1], "full.json", other_key, argv[2], "other-key.json");

  write_key_file (key, argv[3], "key.json");
  write_key_file (other_key, argv[3], "other-key.json");

  return 0;
}
