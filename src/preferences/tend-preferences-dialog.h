/* tend-preferences-dialog.h — Preferences: journal, grounding, progress, reminder, privacy and
 * backups.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_PREFERENCES_DIALOG (tend_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TendPreferencesDialog, tend_preferences_dialog, TEND, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *tend_preferences_dialog_new (TendStore *store);

G_END_DECLS
