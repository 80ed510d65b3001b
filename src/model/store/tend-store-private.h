/* tend-store-private.h — what the store's own files share and nothing outside store/ may
 * see: the store's fields, the month reader and the writer threads, and the helpers that
 * tend-store.c, tend-store-loader.c and tend-store-import.c call in each other.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-month-file.h"
#include "tend-store.h"

#if HAVE_SEAL
#include "tend-journal-key.h"
#include "tend-key-file.h"
#else
/* Without libgcrypt there is never a key: the store passes NULL where one would go. */
typedef struct _TendJournalKey TendJournalKey;
typedef struct _TendKeyFile TendKeyFile;
#endif

G_BEGIN_DECLS

/* Shared by the store's files (tend-store.c, -folder.c, -load.c, -loader.c, -import.c,
 * -move.c) and tend-safety-plan-store.c. */

char           *tend_store_month_path          (const char           *dir,
                                                const char           *month);
int             tend_store_compare_sessions    (gconstpointer         a,
                                                gconstpointer         b,
                                                gpointer              user_data);
char           *tend_store_entry_month         (TendEntry            *entry);
char           *tend_store_session_month       (TendGroundingSession *session);
TendMonthFile  *tend_store_month_for_write     (TendStore            *self,
                                                const char           *month,
                                                GError              **error);
TendMonthFile  *tend_store_month_of_entry      (TendStore            *self,
                                                TendEntry            *entry,
                                                GError              **error);
gboolean        tend_store_save_month          (TendStore            *self,
                                                TendMonthFile        *file,
                                                GError              **error);
gboolean        tend_store_save_pending        (TendStore            *self,
                                                GError              **error);
gboolean        tend_store_ensure_dir_and_lock (TendStore            *self,
                                                GError              **error);
GPtrArray      *tend_store_list_months         (const char           *dir,
                                                GError              **error);
void            tend_store_insert_sorted       (GListStore           *store,
                                                gpointer              item,
                                                GCompareDataFunc      compare);
gboolean        tend_store_remove_sorted       (GListStore           *store,
                                                gpointer              item,
                                                GCompareDataFunc      compare);

/* What loading changed, told through the store's properties (tend-store.c owns them), in
 * this order. */
typedef enum {
  TEND_STORE_LOAD_MONTHS_TOTAL  = 1 << 0,
  TEND_STORE_LOAD_MONTHS_LOADED = 1 << 1,
  TEND_STORE_LOAD_LOADED        = 1 << 2,
} TendStoreLoadChange;

void            tend_store_notify_load         (TendStore            *self,
                                                TendStoreLoadChange   changed);
void            tend_store_notify_seal         (TendStore            *self);
void            tend_store_seal_init           (TendStore            *self);
void            tend_store_seal_clear          (TendStore            *self);
GBytes         *tend_store_seal_bytes          (TendStore            *self,
                                                const char           *month,
                                                GBytes               *plain,
                                                GError              **error);
void            tend_store_loaded_all          (TendStore            *self);
void            tend_store_forget              (TendStore            *self);
void            tend_store_emit_damaged        (TendStore            *self,
                                                const char           *month,
                                                const char           *where,
                                                const GError         *error);

/* What reading one month gave: a file (and whether it was sealed), or an error and where the
 * damaged file was kept. */
typedef struct {
  char          *month;
  TendMonthFile *file;
  gboolean       sealed;
  GError        *error;
  char          *moved_to;
  GError        *move_error;
} TendMonthRead;

typedef struct {
  TendMonthRead *reads;
  guint          n_reads;
} TendMonthReads;

void            tend_store_read_month          (const char           *dir,
                                                const TendJournalKey *key,
                                                const char           *month,
                                                TendMonthRead        *result);
void            tend_month_read_clear          (TendMonthRead        *result);
void            tend_store_prefer_unwritten    (TendStore            *self,
                                                TendMonthRead        *read);
void            tend_store_note_read           (TendStore            *self,
                                                const TendMonthRead  *read);
gboolean        tend_store_try_read_month      (const char           *dir,
                                                const TendJournalKey *key,
                                                const char           *month,
                                                TendMonthRead        *result,
                                                GError              **error);
char           *tend_store_move_file_aside     (const char           *path,
                                                GError              **error);
gboolean        tend_store_is_leftover_of      (const char           *name,
                                                const char           *base);

void            tend_store_take_reads          (TendStore            *self,
                                                TendMonthRead        *reads,
                                                guint                 n_reads);

typedef void  (*TendReadProgress)              (gpointer              user_data,
                                                guint                 months_read);

void            tend_store_read_months_async   (gpointer              owner,
                                                const char           *dir,
                                                const TendJournalKey *key,
                                                GPtrArray            *months,
                                                GCancellable         *cancellable,
                                                TendReadProgress      progress,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
TendMonthReads *tend_store_read_months_finish  (GAsyncResult         *result,
                                                GError              **error);
void            tend_month_reads_free          (TendMonthReads       *reads);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendMonthReads, tend_month_reads_free)

/* A few months read on a thread of their own, to be taken when they are needed. Only whole
 * months are kept: nothing on disk changes. */
typedef struct _TendReadAhead TendReadAhead;

TendReadAhead  *tend_read_ahead_start          (const char           *dir,
                                                const TendJournalKey *key,
                                                const char * const   *months);
gboolean        tend_read_ahead_take           (TendReadAhead        *self,
                                                const char           *month,
                                                TendMonthRead        *result);
void            tend_read_ahead_free           (TendReadAhead        *self);

/* One thread that writes month files in order, newest bytes of a month first to go. A write
 * that fails is kept and tried again (tend-store-writer.c). */
typedef struct _TendStoreWriter TendStoreWriter;

/* On the main context: @path was written (@error NULL, only after it had failed), or not. */
typedef void  (*TendWriteReport)               (const char           *path,
                                                const GError         *error,
                                                gpointer              owner);

TendStoreWriter *tend_store_writer_new         (TendWriteReport       report,
                                                gpointer              owner);
void             tend_store_writer_queue       (TendStoreWriter      *writer,
                                                const char           *path,
                                                GBytes               *bytes);
gboolean         tend_store_writer_write_now   (TendStoreWriter      *writer,
                                                const char           *path,
                                                GBytes               *bytes,
                                                GError              **error);
void             tend_store_writer_retry       (TendStoreWriter      *writer);
void             tend_store_writer_flush       (TendStoreWriter      *writer);
gboolean         tend_store_writer_is_idle     (TendStoreWriter      *writer);
GBytes          *tend_store_writer_dup_waiting (TendStoreWriter      *writer,
                                                const char           *path) G_GNUC_WARN_UNUSED_RESULT;
GStrv            tend_store_writer_dup_unsaved (TendStoreWriter      *writer) G_GNUC_WARN_UNUSED_RESULT;
void             tend_store_writer_free        (TendStoreWriter      *writer);

/* The store's fields, read and changed by tend-store.c and tend-store-import.c (never
 * outside store/). */
struct _TendStore
{
  GObject        parent_instance;

  char          *dir;
  /* The journal folder, locked; the lock file beside the months, also locked, or -1. */
  int            lock_fd;
  int            lock_file_fd;
  /* Why the journal could not be opened when the store last tried, or NULL. */
  GError        *open_error;

  /* "YYYY-MM" → TendMonthFile, for every month read so far. */
  GHashTable    *months;
  /* Months on disk that are not read yet, oldest first. */
  GPtrArray     *unread;
  guint          months_loaded;
  guint          months_total;
  gboolean       loaded;
  gboolean       loading;
  /* The months of tend_store_load_recent(), being read early (tend_store_read_ahead()). */
  TendReadAhead *ahead;
  /* Callers of tend_store_load_all_async() that came while the months were being read. */
  GPtrArray     *load_waiters;

  GListStore    *entries;
  GListStore    *sessions;
  /* id → TendEntry, for lookups and undo. */
  GHashTable    *entry_ids;
  GHashTable    *deleted;
  /* id → TendGroundingSession, and id → the month ("YYYY-MM") holding its tombstone, so a
   * backup can be merged record by record. */
  GHashTable    *session_ids;
  GHashTable    *tombstones;

  /* Months that could not be read: each is reported once ("YYYY-MM" set); those whose file
   * could not be moved aside are left alone, never written ("YYYY-MM" → why unreadable). */
  GHashTable    *damaged;
  GHashTable    *untouchable;

  TendStoreWriter *writer;
  GError        *save_error;
  /* Months whose changes are not on disk: a write of them failed, or their file would have
   * been one the reader refuses ("YYYY-MM" sets). */
  GHashTable    *write_failed;
  GHashTable    *refused;
  /* Protection (tend-store-seal.c): the key file and the journal key while unlocked, each
   * NULL otherwise; whether key.json exists; whether months are being turned (to sealed, or
   * back to plain when "unsealing" is beside them). A lock bumps the generation, so reads
   * started before it are dropped when they arrive. */
  TendKeyFile   *key_file;
  TendJournalKey *key;
  gboolean       protected;
  gboolean       unsealing;
  gboolean       converting;
  guint          generation;
  /* Months read plain while protected, or sealed while unsealing: written again. */
  GHashTable    *to_convert;
  /* While converting: the timeout that waits for the writer, and the tasks that wait. */
  guint          convert_poll_id;
  GPtrArray     *convert_waiters;

  /* The months an import changed (TendMonthFile), saved once when it ends: a save serialises
   * the whole month, so saving per record would make importing quadratic. NULL outside. */
  GHashTable    *import_pending;
};

G_END_DECLS
