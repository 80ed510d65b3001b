/* tend-summary-dialog.h — which days, which entries to share, and where the summary goes.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-safety-plan.h"

#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_SUMMARY_DIALOG (tend_summary_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TendSummaryDialog, tend_summary_dialog, TEND, SUMMARY_DIALOG, AdwDialog)

AdwDialog *tend_summary_dialog_new              (TendStore         *store) G_GNUC_WARN_UNUSED_RESULT;

gboolean   tend_summary_dialog_get_pdf          (TendSummaryDialog *self);
void       tend_summary_dialog_set_safety_plan  (TendSummaryDialog *self,
                                                 TendSafetyPlan    *plan);
gboolean   tend_summary_dialog_get_include_safety_plan (TendSummaryDialog *self);
void       tend_summary_dialog_get_range        (TendSummaryDialog *self,
                                                 char             **first_day,
                                                 char             **last_day);
GStrv      tend_summary_dialog_dup_shared_ids   (TendSummaryDialog *self) G_GNUC_WARN_UNUSED_RESULT;
char      *tend_summary_dialog_dup_file_name    (TendSummaryDialog *self) G_GNUC_WARN_UNUSED_RESULT;
char      *tend_summary_dialog_dup_preview_text (TendSummaryDialog *self) G_GNUC_WARN_UNUSED_RESULT;
void       tend_summary_dialog_export_to_file   (TendSummaryDialog *self,
                                                 GFile             *file);

G_END_DECLS
