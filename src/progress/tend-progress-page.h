/* tend-progress-page.h — the Progress section: what the journal and the exercises add up to.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-progress.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_PROGRESS_PAGE (tend_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (TendProgressPage, tend_progress_page, TEND, PROGRESS_PAGE, AdwBin)

GtkWidget         *tend_progress_page_new       (void);
void               tend_progress_page_set_store (TendProgressPage  *self,
                                                 TendStore         *store);

TendProgressRange  tend_progress_page_get_range (TendProgressPage  *self);
void               tend_progress_page_set_range (TendProgressPage  *self,
                                                 TendProgressRange  range);

G_END_DECLS
