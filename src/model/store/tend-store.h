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
} TendStoreError;

#define TEND_TYPE_STORE (tend_store_get_type ())
G_DECLARE_FINAL_TYPE (TendStore, tend_store, TEND, STORE, GObject)

GQuark      tend_store_error_quark       (void);

/* A journal in @dir (one YYYY-MM.json a month); @dir is created with mode 0700. */
TendStore  *tend_store_new               (const char          *dir) G_GNUC_WARN_UNUSED_RESULT;

const char *tend_store_get_dir           (TendStore           *self);

/* Starts reading, on a thread, the months tend_store_load_recent() will want for @today, so
 * they are ready when it is called. Changes nothing on disk. */
void        tend_store_read_ahead        (TendStore           *self,
                                          GDateTime           *today);
/* Takes the journal's lock and reads what the first window needs: the month of @today and the
 * one before it. Damaged files are moved aside and reported with ::damaged. */
gboolean    tend_store_load_recent       (TendStore           *self,
                                          GDateTime           *today,
                                          GError             **error);
/* Reads every other month on worker threads. Progress is the "months-loaded" and
 * "months-total" properties; the records arrive in the list models when all are read. A call
 * while a read is under way waits for that read. */
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

/* Newest first. */
GListModel *tend_store_get_entries       (TendStore           *self);
GListModel *tend_store_get_sessions      (TendStore           *self);

TendEntry  *tend_store_find_entry        (TendStore           *self,
                                          const char          *id);
TendGroundingSession *tend_store_find_session (TendStore  *self,
                                               const char *id);
/* When the record @id was deleted, if the journal keeps a tombstone for it; else NULL. */
GDateTime  *tend_store_get_deleted_time  (TendStore           *self,
                                          const char          *id);
/* The month ("YYYY-MM") that keeps the tombstone of @id, or NULL. */
const char *tend_store_get_deleted_month (TendStore           *self,
                                          const char          *id);
/* The months read so far, oldest first (TendMonthFile). Read them, never change them: every
 * change goes through the store, which saves it. */
GPtrArray  *tend_store_dup_months        (TendStore           *self) G_GNUC_WARN_UNUSED_RESULT;

/* Changes are saved on a worker thread; these return at once. A change that would make its
 * month's file larger than the reader accepts is refused with TEND_MONTH_FILE_ERROR_TOO_LARGE
 * (and ::save-failed): a new record is not taken; changed fields stay in memory, unsaved. */
gboolean    tend_store_add_entry         (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
/* Call after changing an entry's fields: sets "updated" and saves its month. */
gboolean    tend_store_update_entry      (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
/* Removes the entry and leaves a tombstone; tend_store_undo_delete() brings it back. */
gboolean    tend_store_delete_entry      (TendStore           *self,
                                          TendEntry           *entry,
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

/* Merging a backup, once the whole journal is loaded. These keep the times the records bring
 * instead of stamping now; which copy wins is the caller's decision (tend-backup.h). An
 * imported entry or session is added, or the one with its id is made to hold what it holds;
 * a tombstone for its id is dropped. */
gboolean    tend_store_import_entry      (TendStore           *self,
                                          TendEntry           *entry,
                                          GError             **error);
gboolean    tend_store_import_session    (TendStore           *self,
                                          TendGroundingSession *session,
                                          GError             **error);
/* Removes the record @id if there is one and keeps a tombstone for it, dated @deleted; it goes
 * in @month ("YYYY-MM") when the journal has neither the record nor a tombstone for it. */
gboolean    tend_store_import_tombstone  (TendStore           *self,
                                          const char          *month,
                                          const char          *id,
                                          GDateTime           *deleted,
                                          GError             **error);

/* Many records merged at once: in between, each month an import function changes is saved
 * once, at the end (or at tend_store_flush()), so merging is linear in the records. The end
 * returns the error of a month that could not be saved. */
void        tend_store_import_begin      (TendStore           *self);
gboolean    tend_store_import_end        (TendStore           *self,
                                          GError             **error);

/* Blocks until every change made so far is on disk (application shutdown). */
void        tend_store_flush             (TendStore           *self);
/* Why the journal could not be opened when the store last tried (TEND_STORE_ERROR_LOCKED:
 * another Tend has it), or NULL. Changes fail with the same error meanwhile. */
const GError *tend_store_get_open_error  (TendStore           *self);
/* The last error a background save met while some change is unsaved, or NULL. */
const GError *tend_store_get_save_error  (TendStore           *self);
/* Whether a change is not on disk because its save failed (the "unsaved" property). Failed
 * saves are kept and tried again after a pause; this tries them again now. */
gboolean    tend_store_get_unsaved       (TendStore           *self);
/* Tries again to move aside the damaged months that had to be left in place (reported with
 * an empty "moved_to"); each one moved is reported again with where it went, and its month can
 * be written from then on. Returns how many moved. */
guint       tend_store_retry_damaged     (TendStore           *self);
void        tend_store_retry_saves       (TendStore           *self);
/* The months holding changes that are not on disk (TendMonthFile, oldest first), asked of
 * the writer at this moment; call tend_store_flush() first to let queued saves finish. */
GPtrArray  *tend_store_dup_unsaved_months (TendStore          *self) G_GNUC_WARN_UNUSED_RESULT;

/* Entries whose text or tags hold every word of @query, ignoring case and accents; newest
 * first. Returns a new array of borrowed TendEntry. */
GPtrArray  *tend_store_search            (TendStore           *self,
                                          const char          *query) G_GNUC_WARN_UNUSED_RESULT;

/* Newest first: by day, then by when written. Returns -1, 0 or 1 (a GCompareDataFunc, and
 * the values of GtkOrdering). */
int         tend_store_compare_entries   (gconstpointer        a,
                                          gconstpointer        b,
                                          gpointer             user_data);

G_END_DECLS
