/* tend-backup.h — the backup: its file format, reading and checking one, the merge rule, the
 * preview of an import, exporting and applying.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-safety-plan.h"
#include "tend-store.h"

G_BEGIN_DECLS

/* The "format" and the version this build writes: one JSON file of month objects, each
 * exactly as its month file holds it (DESIGN.md, Data). */
#define TEND_BACKUP_FORMAT  "tend-backup"
#define TEND_BACKUP_VERSION 1

/* A backup larger than this is refused before it is read into memory. */
#define TEND_BACKUP_MAX_BYTES (512 * 1024 * 1024)

#define TEND_BACKUP_ERROR (tend_backup_error_quark ())

/* Besides these, reading a backup gives the TEND_MONTH_FILE_ERROR of a damaged month (with the
 * member that is wrong) and G_IO_ERROR when the file cannot be read or written. */
typedef enum {
  TEND_BACKUP_ERROR_FORMAT,      /* not a Tend backup, or damaged */
  TEND_BACKUP_ERROR_NEWER,       /* made by a newer Tend: importing it could lose what it holds */
  TEND_BACKUP_ERROR_TOO_LARGE,   /* over TEND_BACKUP_MAX_BYTES */
  TEND_BACKUP_ERROR_NOT_LOADED,  /* a call that does not wait: older months are still read */
  TEND_BACKUP_ERROR_MONTH_TOO_LARGE,  /* importing would make a month too large to read back */
  TEND_BACKUP_ERROR_PROTECTED,   /* protected with a passphrase: load it with the passphrase */
} TendBackupError;

typedef enum {
  TEND_EXPORT_JSON,      /* a backup, to import again */
  TEND_EXPORT_MARKDOWN,  /* to read or print */
  TEND_EXPORT_TEXT,
  TEND_EXPORT_JSON_PROTECTED,  /* a backup sealed with the journal's passphrase */
} TendExportFormat;

/* What one record of a backup does to the journal, by the rule that the later time wins and
 * a deletion wins a tie (tend_backup_merge_action()). */
typedef enum {
  TEND_MERGE_KEEP,       /* the journal's copy is as new or newer: nothing changes */
  TEND_MERGE_ADD,        /* a record the journal lacks, or deleted before this copy changed */
  TEND_MERGE_REPLACE,    /* a newer copy of a record the journal holds */
  TEND_MERGE_DELETE,     /* a tombstone newer than the journal's record: it goes */
  TEND_MERGE_TOMBSTONE,  /* a tombstone kept (or dated later) with nothing to remove */
} TendMergeAction;

/* What importing a backup would change; records of the backup only. Records dated in the
 * future (tend_backup_set_include_future()) are counted apart, in the future_ members only. */
typedef struct {
  guint    new_entries;
  guint    changed_entries;
  guint    unchanged_entries;
  guint    removed_entries;
  guint    new_sessions;
  guint    changed_sessions;
  guint    unchanged_sessions;
  guint    removed_sessions;
  guint    future_entries;           /* new or changed */
  guint    future_sessions;
  guint    future_removed_entries;   /* by tombstones dated in the future */
  guint    future_removed_sessions;
  gboolean future_after_export;      /* "future" is after the backup's "exported", not now */
} TendImportPreview;

/* Runs on the main context of the call that started the work; @fraction grows from 0 to 1. */
typedef void (*TendBackupProgress) (double   fraction,
                                    gpointer user_data);

#define TEND_TYPE_BACKUP (tend_backup_get_type ())
G_DECLARE_FINAL_TYPE (TendBackup, tend_backup, TEND, BACKUP, GObject)

GQuark          tend_backup_error_quark   (void);

TendMergeAction tend_backup_merge_action  (GDateTime          *ours,
                                           gboolean            ours_deleted,
                                           GDateTime          *theirs,
                                           gboolean            theirs_deleted);

/* Exporting. */

gboolean        tend_backup_export        (TendStore          *store,
                                           TendExportFormat    format,
                                           const char         *first_day,
                                           const char         *last_day,
                                           GFile              *file,
                                           GCancellable       *cancellable,
                                           GError            **error);
void            tend_backup_export_async  (TendStore          *store,
                                           TendExportFormat    format,
                                           const char         *first_day,
                                           const char         *last_day,
                                           GFile              *file,
                                           GCancellable       *cancellable,
                                           TendBackupProgress  progress,
                                           gpointer            progress_data,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
gboolean        tend_backup_export_finish (GAsyncResult       *result,
                                           GError            **error);

void            tend_backup_export_with_plan_async (TendStore          *store,
                                                    TendSafetyPlan     *plan,
                                                    TendExportFormat    format,
                                                    const char         *first_day,
                                                    const char         *last_day,
                                                    GFile              *file,
                                                    GCancellable       *cancellable,
                                                    TendBackupProgress  progress,
                                                    gpointer            progress_data,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
gboolean        tend_backup_export_with_plan (TendStore          *store,
                                              TendSafetyPlan     *plan,
                                              TendExportFormat    format,
                                              const char         *first_day,
                                              const char         *last_day,
                                              GFile              *file,
                                              GCancellable       *cancellable,
                                              GError            **error);

char           *tend_backup_unsaved_to_markdown (GPtrArray      *months,
                                                 const char     *loose_words,
                                                 TendSafetyPlan *plan);

/* Importing: read and check the whole backup, look at what it would change, then apply it. */

TendBackup     *tend_backup_new_from_bytes (GBytes            *bytes,
                                            const char        *file_name,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
TendBackup     *tend_backup_load          (GFile              *file,
                                           GCancellable       *cancellable,
                                           GError            **error) G_GNUC_WARN_UNUSED_RESULT;
TendBackup     *tend_backup_load_protected (GFile             *file,
                                            const char        *secret,
                                            GCancellable      *cancellable,
                                            GError           **error) G_GNUC_WARN_UNUSED_RESULT;
void            tend_backup_load_async    (GFile              *file,
                                           TendStore          *store,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
void            tend_backup_load_protected_async (GFile              *file,
                                                  TendStore          *store,
                                                  const char         *secret,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
TendBackup     *tend_backup_load_finish   (GAsyncResult       *result,
                                           GError            **error) G_GNUC_WARN_UNUSED_RESULT;

GDateTime      *tend_backup_get_exported  (TendBackup         *self);
TendSafetyPlan *tend_backup_get_safety_plan (TendBackup       *self);
gboolean        tend_backup_get_include_future (TendBackup    *self);
void            tend_backup_set_include_future (TendBackup    *self,
                                                gboolean       include);
guint           tend_backup_get_n_records (TendBackup         *self);

void            tend_backup_preview       (TendBackup         *self,
                                           TendStore          *store,
                                           TendImportPreview  *preview);
char           *tend_import_preview_to_string (const TendImportPreview *preview) G_GNUC_WARN_UNUSED_RESULT;

gboolean        tend_backup_check         (TendBackup         *self,
                                           TendStore          *store,
                                           GError            **error);

gboolean        tend_backup_apply         (TendBackup         *self,
                                           TendStore          *store,
                                           GError            **error);
void            tend_backup_apply_async   (TendBackup         *self,
                                           TendStore          *store,
                                           GCancellable       *cancellable,
                                           TendBackupProgress  progress,
                                           gpointer            progress_data,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
gboolean        tend_backup_apply_finish  (TendBackup         *self,
                                           GAsyncResult       *result,
                                           GError            **error);

G_END_DECLS
