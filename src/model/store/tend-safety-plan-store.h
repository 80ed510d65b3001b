/* tend-safety-plan-store.h — safety-plan.json on disk: read once, damage kept aside, every
 * change written atomically and durably on a worker thread.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-safety-plan.h"

G_BEGIN_DECLS

#define TEND_TYPE_SAFETY_PLAN_STORE (tend_safety_plan_store_get_type ())
G_DECLARE_FINAL_TYPE (TendSafetyPlanStore, tend_safety_plan_store, TEND, SAFETY_PLAN_STORE, GObject)

TendSafetyPlanStore *tend_safety_plan_store_new           (const char          *path) G_GNUC_WARN_UNUSED_RESULT;
const char          *tend_safety_plan_store_get_path      (TendSafetyPlanStore *self);

void                 tend_safety_plan_store_load          (TendSafetyPlanStore *self);
TendSafetyPlan      *tend_safety_plan_store_get_plan      (TendSafetyPlanStore *self);
const char          *tend_safety_plan_store_get_problem   (TendSafetyPlanStore *self);
const char          *tend_safety_plan_store_get_damaged_path (TendSafetyPlanStore *self);

void                 tend_safety_plan_store_set_read_only (TendSafetyPlanStore *self,
                                                           gboolean             read_only);
gboolean             tend_safety_plan_store_get_read_only (TendSafetyPlanStore *self);

void                 tend_safety_plan_store_save          (TendSafetyPlanStore *self);
void                 tend_safety_plan_store_retry         (TendSafetyPlanStore *self);
gboolean             tend_safety_plan_store_get_unsaved   (TendSafetyPlanStore *self);
const GError        *tend_safety_plan_store_get_save_error (TendSafetyPlanStore *self);
gboolean             tend_safety_plan_store_flush         (TendSafetyPlanStore *self);

G_END_DECLS
