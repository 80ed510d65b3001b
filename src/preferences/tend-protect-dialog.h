/* tend-protect-dialog.h — protecting the journal with a passphrase, changing the passphrase,
 * making a new recovery code, or turning the protection off.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_PROTECT_DIALOG (tend_protect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TendProtectDialog, tend_protect_dialog, TEND, PROTECT_DIALOG, AdwDialog)

AdwDialog *tend_protect_dialog_new_protect           (TendStore *store) G_GNUC_WARN_UNUSED_RESULT;
AdwDialog *tend_protect_dialog_new_change_passphrase (TendStore *store) G_GNUC_WARN_UNUSED_RESULT;
AdwDialog *tend_protect_dialog_new_recovery_code     (TendStore *store) G_GNUC_WARN_UNUSED_RESULT;
AdwDialog *tend_protect_dialog_new_turn_off          (TendStore *store) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
