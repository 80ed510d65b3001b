/* tend-safety-plan-page.h — "My Safety Plan": the person's own plan, saved as they type.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-safety-plan-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_SAFETY_PLAN_PAGE (tend_safety_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (TendSafetyPlanPage, tend_safety_plan_page, TEND, SAFETY_PLAN_PAGE, AdwNavigationPage)

GtkWidget *tend_safety_plan_page_new       (TendSafetyPlanStore *store);
void       tend_safety_plan_page_save_now  (TendSafetyPlanPage  *self);

G_END_DECLS
