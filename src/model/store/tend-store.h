/* tend-store.h — the journal's one object: its entries and exercise sessions as list models,
 * loaded month by month, changed record by record, saved in the background.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-entry.h"
#include "tend-grounding-session.h"
#include "tend-month-file.h"
#include "tend-search.h"

G_BEGIN_DECLS

#define TEND_STORE_ERROR (tend_store_error_quark ())

typedef enum {
  TEND_STORE_ERROR_LOCKED,     /* another Tend is writing this journal */
  TEND_STORE_ERROR_READ_ONLY,  /* the month was written by a newer Tend */
  TEND_STORE_ERROR_NOT_FOUND,  /* no such record */
  TEND_STORE_ERROR_DAMAGED,    /* the month's file is damaged and could not be moved aside */
  TEND_STORE_ERROR_WRONG_KEY,  /* not this journal's passphrase or recovery code */
  TEND_STORE_ERROR_SEALED,     /* protected and locked, or this Tend cannot open sealed months */
} TendStoreError;

/* What sealing a backup with the journal's key needs (tend-sealed-backup.h, when built). */
typedef struct _TendBackupSealer TendBackupSealer;

#define TEND_TYPE_STORE (tend_store_get_type ())
G_DECLARE_FINAL_TYPE (TendStore, tend_store, TEND, STORE, GObject)

GQuark      tend_store_error_quark       (void);

TendStore  *tend_store_new               (const char          *dir) G_GNUC_WARN_UNUSED_RESULT;

const char *tend_store_get_dir           (TendStore           *self);

void        tend_store_read_ahead        (TendStore           *self,
                                          GDateTime           *today);
gboolean    tend_store_load_recent       (TendStore           *self,
                                          GDateTime           *today,
                                          GError             **error);
void        tend_store_load_all_async    (TendStore           *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    tend_store_load_all_finish   (TendStore           *self,
                                          GAsyncResult        *result,
                                          GError             **error);
gboolean    tend_store_get_loaded        (TendStore           *self);
guint       tend_store_get_months_loaded (TendStore           *self);
guint       tend_store_get_months_total  (TendStore           *self);

GListModel *tend_store_get_entries       (TendStore           *self);
GListModel *tend_store_get_sessions      (TendStore           *self);

TendEntry  *tend_store_find_entry        (TendStore           *self,
                                          const char          *id);
TendGroundingSession *tend_store_find_session (TendStore  *self,
                                               const char *id);
GDateTime  *tend_store_get_deleted_time  (TendStore           *self,
                                          const char          *id);
const char *tend_store_get_deleted_month (TendStore           *self,
                                          const char          *id);
GPtrArray  *tend_store_dup_months        (TendStore           *self) G_GNUC_WARN_UNUSED_RESULT;

gboolean    tend_store_add_entry         (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
gboolean    tend_store_update_entry      (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
gboolean    tend_store_delete_entry      (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
gboolean    tend_store_move_entry        (TendStore           *self,
                                          TendEntry           *entry,
                                          const char          *day,
                                          GError             **error);
gboolean    tend_store_undo_delete       (TendStore           *self,
                                          const char          *id,
                                          GError             **error);

gboolean    tend_store_add_session       (TendStore           *self,
                                          TendGroundingSession *session,
                                          GError             **error);
gboolean    tend_store_update_session    (TendStore           *self,
                                          TendGroundingSession *session,
                                          GError             **error);

gboolean    tend_store_import_entry      (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
gboolean    tend_store_import_session    (TendStore           *self,
                                          TendGroundingSession *session,
                                          GError             **error);
gboolean    tend_store_import_tombstone  (TendStore           *self,
                                          const char          *month,
                                          const char          *id,
                                          GDateTime           *deleted,
                                          GError             **error);

void        tend_store_import_begin      (TendStore           *self);
gboolean    tend_store_import_end        (TendStore           *self,
                                          GError             **error);

void        tend_store_flush             (TendStore           *self);
const GError *tend_store_get_open_error  (TendStore           *self);
const GError *tend_store_get_save_error  (TendStore           *self);
gboolean    tend_store_get_unsaved       (TendStore           *self);
guint       tend_store_retry_damaged     (TendStore           *self);
void        tend_store_retry_saves       (TendStore           *self);
GPtrArray  *tend_store_dup_unsaved_months (TendStore          *self) G_GNUC_WARN_UNUSED_RESULT;

GPtrArray  *tend_store_search            (TendStore           *self,
                                          const char          *query) G_GNUC_WARN_UNUSED_RESULT;

gboolean    tend_store_get_can_protect   (TendStore           *self);
gboolean    tend_store_get_protected     (TendStore           *self);
gboolean    tend_store_get_locked        (TendStore           *self);
gboolean    tend_store_get_converting    (TendStore           *self);
char       *tend_store_make_recovery_code (GError            **error) G_GNUC_WARN_UNUSED_RESULT;
void        tend_store_unlock_async      (TendStore           *self,
                                          const char          *secret,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    tend_store_unlock_finish     (TendStore           *self,
                                          GAsyncResult        *result,
                                          GError             **error);
void        tend_store_lock              (TendStore           *self);
void        tend_store_check_secret_async  (TendStore           *self,
                                            const char          *secret,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    tend_store_check_secret_finish (TendStore           *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void        tend_store_protect_async     (TendStore           *self,
                                          const char          *passphrase,
                                          const char          *recovery_code,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    tend_store_protect_finish    (TendStore           *self,
                                          GAsyncResult        *result,
                                          GError             **error);
void        tend_store_unprotect_async   (TendStore           *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    tend_store_unprotect_finish  (TendStore           *self,
                                          GAsyncResult        *result,
                                          GError             **error);
void        tend_store_set_passphrase_async    (TendStore           *self,
                                                const char          *passphrase,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
void        tend_store_set_recovery_code_async (TendStore           *self,
                                                const char          *recovery_code,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
gboolean    tend_store_change_secret_finish    (TendStore           *self,
                                                GAsyncResult        *result,
                                                GError             **error);
TendBackupSealer *tend_store_dup_backup_sealer (TendStore           *self,
                                                GError             **error) G_GNUC_WARN_UNUSED_RESULT;

int         tend_store_compare_entries   (gconstpointer        a,
                                          gconstpointer        b,
                                          gpointer             user_data);

G_END_DECLS
