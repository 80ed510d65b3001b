/* tend-protect-journal.c — for end-to-end tests: protects the journal in a folder with a
 * passphrase, as Preferences does, so that Tend starts on it locked.
 *
 *   tend-protect-journal DIR PASSPHRASE
 *
 * Every month in DIR is sealed before it returns, with a fixed recovery code (RECOVERY_CODE,
 * printed) so that a test can open the journal with it too.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-records.h"

#define RECOVERY_CODE "ABCDE-FGHJK-MNPQR-STVWX-YZ234"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TendStore) store = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s DIR PASSPHRASE\n", argv[0]);
      return 2;
    }

  store = tend_test_open_store (argv[1], NULL);
  tend_test_protect (store, argv[2], RECOVERY_CODE);
  tend_store_flush (store);
  g_print ("%s\n", RECOVERY_CODE);

  return 0;
}
