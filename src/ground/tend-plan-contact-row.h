/* tend-plan-contact-row.h — one of the person's own contacts, from their safety plan, on the
 * "Need more help?" page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_PLAN_CONTACT_ROW (tend_plan_contact_row_get_type ())
G_DECLARE_FINAL_TYPE (TendPlanContactRow, tend_plan_contact_row, TEND, PLAN_CONTACT_ROW, GtkListBoxRow)

GtkWidget  *tend_plan_contact_row_new        (const char         *name,
                                              const char         *number);
const char *tend_plan_contact_row_get_number (TendPlanContactRow *self);

G_END_DECLS
