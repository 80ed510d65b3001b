/* fuzz-key-file.c — libFuzzer over reading key.json and unlocking it.
 *
 * The seeds' key files use Argon2id's lowest costs Tend opens (tend_kdf_use_cheapest_for_tests()),
 * so the three unlock attempts of an input that reads take milliseconds, not seconds.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fuzz-seal.h"
#include "tend-kdf.h"
#include "tend-key-file.h"
#include "tend-seal-error.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The cheapest costs, as the seeds were written with. */
static TendKdfParams cheapest;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug as well: abort, so libFuzzer keeps the input. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  tend_kdf_use_cheapest_for_tests ();
  tend_kdf_params_default (&cheapest);

  return 0;
}

static void
check_message (const GError *error)
{
  g_assert (error != NULL);
  g_assert (error->domain == TEND_SEAL_ERROR);
  g_assert (g_utf8_validate (error->message, -1, NULL));
}

/* Whatever the bytes, reading either refuses the file as damaged or a newer Tend's, or gives
 * a key file that writes back to a file read the same way. One that reads is exactly as
 * written (its check says so): a wrong passphrase is told as such, never as damage, and the
 * right passphrase and recovery code both give the key it names. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendKeyFile) key_file = NULL;
  g_autoptr(TendKeyFile) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(TendJournalKey) wrong = NULL;
  g_autoptr(TendJournalKey) right = NULL;
  g_autoptr(TendJournalKey) recovered = NULL;
  TendKdfParams params;

  key_file = tend_key_file_new_from_bytes (bytes, &error);
  if (key_file == NULL)
    {
      check_message (error);
      g_assert (error->code == TEND_SEAL_ERROR_DAMAGED ||
                error->code == TEND_SEAL_ERROR_UNSUPPORTED);
      return 0;
    }
  g_assert (error == NULL);

  written = tend_key_file_to_bytes (key_file);
  again = tend_key_file_new_from_bytes (written, &error);
  if (again == NULL)
    g_error ("A key file that was read cannot be read back: %s", error->message);
  rewritten = tend_key_file_to_bytes (again);
  g_assert (g_bytes_equal (written, rewritten));
  g_assert (g_str_equal (tend_key_file_get_key_id (again), tend_key_file_get_key_id (key_file)));

  /* Costs outside what Tend runs are refused before any work, whoever asks. */
  tend_key_file_get_params (key_file, &params);
  if (!tend_kdf_params_are_sane (&params))
    {
      wrong = tend_key_file_unlock_with_passphrase (key_file, FUZZ_SEAL_PASSPHRASE, &error);
      g_assert (wrong == NULL);
      check_message (error);
      g_assert (error->code == TEND_SEAL_ERROR_UNSUPPORTED);
      return 0;
    }
  /* Other sane costs would need a forged check, and could take seconds an input. */
  if (memcmp (&params, &cheapest, sizeof params) != 0)
    return 0;

  wrong = tend_key_file_unlock_with_passphrase (key_file, FUZZ_SEAL_WRONG, &error);
  if (wrong != NULL)
    g_error ("A wrong passphrase opens a key file");
  check_message (error);
  if (error->code != TEND_SEAL_ERROR_WRONG_KEY)
    g_error ("A wrong passphrase is not told as one: %s", error->message);
  g_clear_error (&error);

  right = tend_key_file_unlock_with_passphrase (key_file, FUZZ_SEAL_PASSPHRASE, &error);
  if (right == NULL)
    g_error ("The passphrase does not open a key file that reads: %s", error->message);
  g_assert (g_str_equal (tend_journal_key_get_id (right), tend_key_file_get_key_id (key_file)));

  recovered = tend_key_file_unlock_with_recovery_code (key_file, FUZZ_SEAL_CODE, &error);
  if (recovered == NULL)
    g_error ("The recovery code does not open a key file that reads: %s", error->message);
  g_assert (memcmp (tend_journal_key_get_bytes (recovered), tend_journal_key_get_bytes (right),
                    TEND_JOURNAL_KEY_BYTES) == 0);

  return 0;
}
