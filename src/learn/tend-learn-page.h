/* tend-learn-page.h — Learn: the list of short topics about trauma and closeness.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_LEARN_PAGE (tend_learn_page_get_type ())
G_DECLARE_FINAL_TYPE (TendLearnPage, tend_learn_page, TEND, LEARN_PAGE, AdwNavigationPage)

GtkWidget *tend_learn_page_new (void);

G_END_DECLS
