/* tend-export-dialog.h — what to export, which days, and where.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-backup.h"

G_BEGIN_DECLS

#define TEND_TYPE_EXPORT_DIALOG (tend_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TendExportDialog, tend_export_dialog, TEND, EXPORT_DIALOG, AdwDialog)

AdwDialog        *tend_export_dialog_new             (TendStore        *store) G_GNUC_WARN_UNUSED_RESULT;
void              tend_export_dialog_set_safety_plan (TendExportDialog *self,
                                                      TendSafetyPlan   *plan);

TendExportFormat  tend_export_dialog_get_format      (TendExportDialog *self);
void              tend_export_dialog_get_range       (TendExportDialog *self,
                                                      char            **first_day,
                                                      char            **last_day);
char             *tend_export_dialog_dup_file_name   (TendExportDialog *self) G_GNUC_WARN_UNUSED_RESULT;
void              tend_export_dialog_export_to_file  (TendExportDialog *self,
                                                      GFile            *file);

G_END_DECLS
