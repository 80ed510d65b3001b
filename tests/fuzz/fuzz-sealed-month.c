/* fuzz-sealed-month.c — libFuzzer over reading a sealed month's envelope with the journal key.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-seal.h"
#include "tend-seal-error.h"
#include "tend-sealed-month.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The key the seeds are sealed with, and another journal's; they live as long as the process. */
static TendJournalKey *key;
static TendJournalKey *other_key;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug as well: abort, so libFuzzer keeps the input. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  key = fuzz_seal_key (1);
  other_key = fuzz_seal_key (2);

  return 0;
}

/* A refusal the store can act on: another key (left alone), damage (kept aside) or a newer
 * Tend's (left alone), with a message it can show. */
static void
check_refusal (const GError *error)
{
  g_assert (error != NULL);
  g_assert (error->domain == TEND_SEAL_ERROR);
  g_assert (error->code == TEND_SEAL_ERROR_WRONG_KEY || error->code == TEND_SEAL_ERROR_DAMAGED ||
            error->code == TEND_SEAL_ERROR_UNSUPPORTED);
  g_assert (g_utf8_validate (error->message, -1, NULL));
}

/* Whatever the bytes, opening either gives the month's JSON or a refusal the store can act
 * on. What opens is taken for a sealed month by the loader, never opens with another
 * journal's key, and seals again to an envelope that opens to the same JSON. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) any_month = NULL;
  g_autoptr(GBytes) other = NULL;
  g_autoptr(GBytes) resealed = NULL;
  g_autoptr(GBytes) reopened = NULL;
  gboolean sealed;

  sealed = tend_sealed_month_is_sealed (bytes);

  plain = tend_sealed_month_open (key, bytes, FUZZ_SEAL_MONTH, &error);
  if (plain == NULL)
    {
      check_refusal (error);
      g_clear_error (&error);
      /* Named as another month, it opens no more than as its own. */
      any_month = tend_sealed_month_open (key, bytes, "1999-01", &error);
      g_assert (any_month == NULL);
      check_refusal (error);
      return 0;
    }
  g_assert (error == NULL);
  /* The loader asks tend_sealed_month_is_sealed() first: an envelope that opens and were
   * not recognised would be read as a plain month, and set aside as damage. */
  if (!sealed)
    g_error ("An envelope that opens is not recognised as sealed");

  any_month = tend_sealed_month_open (key, bytes, NULL, &error);
  g_assert (error == NULL);
  g_assert (any_month != NULL && g_bytes_equal (any_month, plain));

  other = tend_sealed_month_open (other_key, bytes, FUZZ_SEAL_MONTH, &error);
  if (other != NULL)
    g_error ("An envelope opens with another journal's key");
  check_refusal (error);
  g_clear_error (&error);

  resealed = tend_sealed_month_seal (key, FUZZ_SEAL_MONTH, plain, &error);
  if (resealed == NULL)
    g_error ("A month that was opened cannot be sealed again: %s", error->message);
  g_assert (tend_sealed_month_is_sealed (resealed));
  reopened = tend_sealed_month_open (key, resealed, FUZZ_SEAL_MONTH, &error);
  if (reopened == NULL)
    g_error ("A month sealed again does not open: %s", error->message);
  g_assert (g_bytes_equal (reopened, plain));

  return 0;
}
