/* tend-help-page.h — "Need more help?": Tend is not a crisis service, and where to call.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_HELP_PAGE (tend_help_page_get_type ())
G_DECLARE_FINAL_TYPE (TendHelpPage, tend_help_page, TEND, HELP_PAGE, AdwNavigationPage)

GtkWidget  *tend_help_page_new        (void);

const char *tend_help_page_get_region (TendHelpPage *self);
void        tend_help_page_set_region (TendHelpPage *self,
                                       const char   *region);

G_END_DECLS
