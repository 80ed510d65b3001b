/* tend-hidden-page.h — the blank page of Quick Hide: nothing on it says what Tend is for.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_HIDDEN_PAGE (tend_hidden_page_get_type ())
G_DECLARE_FINAL_TYPE (TendHiddenPage, tend_hidden_page, TEND, HIDDEN_PAGE, AdwBin)

GtkWidget *tend_hidden_page_new (void);

G_END_DECLS
