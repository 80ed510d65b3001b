/* tend-unlock-page.h — what a locked window shows: a passphrase to open the journal, and
 * grounding, the safety plan and help without one.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_UNLOCK_PAGE (tend_unlock_page_get_type ())
G_DECLARE_FINAL_TYPE (TendUnlockPage, tend_unlock_page, TEND, UNLOCK_PAGE, AdwBin)

GtkWidget *tend_unlock_page_new   (TendStore      *store) G_GNUC_WARN_UNUSED_RESULT;
void       tend_unlock_page_reset (TendUnlockPage *self);
gboolean   tend_unlock_page_get_busy (TendUnlockPage *self);

G_END_DECLS
