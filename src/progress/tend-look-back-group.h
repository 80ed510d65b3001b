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

GtkWidget *tend_look_back_group_new            (void) G_GNUC_WARN_UNUSED_RESULT;

void       tend_look_back_group_set_store      (TendLookBackGroup  *self,
                                                TendStore          *store);
void       tend_look_back_group_set_look_backs (TendLookBackGroup  *self,
                                                const TendLookBack *look_backs);

G_END_DECLS
