/* tend-application.h — the application: opens the journal, its windows, the app actions.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-safety-plan-store.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_APPLICATION (tend_application_get_type ())
G_DECLARE_FINAL_TYPE (TendApplication, tend_application, TEND, APPLICATION, AdwApplication)

TendApplication *tend_application_new       (void) G_GNUC_WARN_UNUSED_RESULT;

TendStore       *tend_application_get_store (TendApplication *self);
TendSafetyPlanStore *tend_application_get_safety_plan (TendApplication *self);

void             tend_application_add_accels (GtkApplication *app);

G_END_DECLS
