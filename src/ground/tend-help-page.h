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

/* The "Need more help?" page, with the tag "help", to push on an AdwNavigationView. */
GtkWidget  *tend_help_page_new        (void);

/* The region whose numbers are shown, as the file names it: "DE", "EU", "general"… */
const char *tend_help_page_get_region (TendHelpPage *self);
/* Shows @region and keeps it in the settings. A country the file does not list by itself is
 * shown as the region that answers there ("AT" as "EU"); "" goes back to the locale's. */
void        tend_help_page_set_region (TendHelpPage *self,
                                       const char   *region);

G_END_DECLS
