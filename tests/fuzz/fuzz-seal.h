/* fuzz-seal.h — what the sealing fuzzers and their seed generator share: the fixed journal key
 * the envelopes are sealed with, and the secrets the key files are wrapped under.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-journal-key.h"

/* The month every seed envelope is sealed as, the one the fuzzer opens it as. */
#define FUZZ_SEAL_MONTH      "2026-11"
#define FUZZ_SEAL_PASSPHRASE "quiet harbour at dusk"
#define FUZZ_SEAL_WRONG      "quiet harbour at dawn"
#define FUZZ_SEAL_CODE       "ABCDE-FGHJK-MNPQR-STVWX-YZ234"

/* A journal key from @seed: 32 bytes counting up from it. The seeds are sealed with the key
 * of seed 1; seed 2 is the other journal's. */
static inline TendJournalKey *
fuzz_seal_key (guint8 seed)
{
  guint8 bytes[TEND_JOURNAL_KEY_BYTES];
  g_autoptr(GError) error = NULL;
  TendJournalKey *key;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) (seed + i);
  key = tend_journal_key_new_from_bytes (bytes, &error);
  if (key == NULL)
    g_error ("No journal key: %s", error->message);

  return key;
}
