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

/* The plan kept at @path (normally tend_paths_get_safety_plan_path ()). Nothing is read until
 * tend_safety_plan_store_load() or tend_safety_plan_store_get_plan(). */
TendSafetyPlanStore *tend_safety_plan_store_new           (const char          *path) G_GNUC_WARN_UNUSED_RESULT;
const char          *tend_safety_plan_store_get_path      (TendSafetyPlanStore *self);

/* Reads the file once. A missing file is an empty plan. A file that cannot be read is moved,
 * unchanged, into damaged/ beside it (never over an earlier copy) and the plan starts empty;
 * when it cannot be moved, the plan is read-only so the file is never written over. Either
 * way the "problem" property says so in words for the person. Later calls do nothing. */
void                 tend_safety_plan_store_load          (TendSafetyPlanStore *self);
/* The plan (loaded first if need be). Changes to it are written by ..._save(). */
TendSafetyPlan      *tend_safety_plan_store_get_plan      (TendSafetyPlanStore *self);
/* What went wrong reading the file, for the person; NULL when nothing did. */
const char          *tend_safety_plan_store_get_problem   (TendSafetyPlanStore *self);
/* Where the damaged file was kept, or NULL. */
const char          *tend_safety_plan_store_get_damaged_path (TendSafetyPlanStore *self);

/* Another Tend has the journal open: the plan is shown, never written from here (and what an
 * interrupted write left beside it is not tidied). Set it before the plan is first read. */
void                 tend_safety_plan_store_set_read_only (TendSafetyPlanStore *self,
                                                           gboolean             read_only);
gboolean             tend_safety_plan_store_get_read_only (TendSafetyPlanStore *self);

/* Writes the plan as it is now, on a worker thread; returns at once. A write that fails keeps
 * its bytes: "unsaved" turns TRUE, ..._get_save_error() says why, and the next save (or
 * ..._retry()) tries again. */
void                 tend_safety_plan_store_save          (TendSafetyPlanStore *self);
void                 tend_safety_plan_store_retry         (TendSafetyPlanStore *self);
gboolean             tend_safety_plan_store_get_unsaved   (TendSafetyPlanStore *self);
const GError        *tend_safety_plan_store_get_save_error (TendSafetyPlanStore *self);
/* Blocks until every save asked for is written or has failed, trying a failed one once more
 * (application shutdown, tests). Returns FALSE when words are still not on disk. */
gboolean             tend_safety_plan_store_flush         (TendSafetyPlanStore *self);

G_END_DECLS
