/* tend-backup-private.h — what the backup's files share and nothing outside backup/ may see:
 * the document builder of the text export, and the records of a backup being imported.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-backup.h"

G_BEGIN_DECLS

/* The text export (tend-backup-text.c). */

void     tend_backup_text_begin     (GString          *out,
                                     TendExportFormat  format,
                                     const char       *first_day,
                                     const char       *last_day,
                                     GDateTime        *exported);
gboolean tend_backup_text_add_month (GString          *out,
                                     TendExportFormat  format,
                                     TendMonthFile    *month);
char    *tend_backup_text_plan      (TendSafetyPlan   *plan,
                                     TendExportFormat  format);
void     tend_backup_text_end       (GString          *out,
                                     TendExportFormat  format,
                                     gboolean          anything_shown);

void     tend_backup_text_append_words (GString          *out,
                                        TendExportFormat  format,
                                        const char       *text);

/* Importing (tend-backup.c, tend-backup-apply.c, tend-backup-check.c). */
typedef enum {
  RECORD_ENTRY,
  RECORD_SESSION,
  RECORD_TOMBSTONE,
} TendRecordKind;

/* One record of the backup, with the month it came in, and what it does to the journal. */
typedef struct {
  TendMonthFile   *month;
  TendRecordKind   kind;
  gpointer         record;
  TendMergeAction  action;
} TendBackupItem;

const char *tend_backup_item_id      (const TendBackupItem *item);
GDateTime  *tend_backup_item_time    (const TendBackupItem *item);
gboolean    tend_backup_check_months (TendStore            *store,
                                      GArray               *items,
                                      GError              **error);
TendMergeAction tend_backup_decide        (TendBackup           *self,
                                           const TendBackupItem *item,
                                           TendStore            *store);
GArray         *tend_backup_collect_items (TendBackup           *self);

G_END_DECLS
