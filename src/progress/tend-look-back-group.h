/* tend-look-back-group.h — Look Back: entries from months ago, offered and never pushed.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-progress.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_LOOK_BACK_GROUP (tend_look_back_group_get_type ())
G_DECLARE_FINAL_TYPE (TendLookBackGroup, tend_look_back_group, TEND, LOOK_BACK_GROUP,
                      AdwPreferencesGroup)

/* Hidden while it has nothing to offer, or while Preferences turn Look Back off. */
GtkWidget *tend_look_back_group_new            (void) G_GNUC_WARN_UNUSED_RESULT;

void       tend_look_back_group_set_store      (TendLookBackGroup  *self,
                                                TendStore          *store);
/* Offers @look_backs (TEND_PROGRESS_N_LOOK_BACKS of them, a TendProgress's), less those put
 * aside with "Not Now" since the group was made. */
void       tend_look_back_group_set_look_backs (TendLookBackGroup  *self,
                                                const TendLookBack *look_backs);

G_END_DECLS
