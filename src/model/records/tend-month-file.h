/* tend-month-file.h — one month of the journal as a file (YYYY-MM.json): its records and
 * tombstones, read and written.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-entry.h"
#include "tend-grounding-session.h"
#include "tend-records-error.h"

G_BEGIN_DECLS

/* The format version this build writes; a file with a newer one is loaded read-only. */
#define TEND_MONTH_FILE_VERSION 1

/* A month file larger than this is refused as damaged rather than read into memory. */
#define TEND_MONTH_FILE_MAX_BYTES (16 * 1024 * 1024)

/* A deletion, kept so copies of a month can be merged record by record. */
typedef struct {
  char       *id;
  GDateTime  *updated;

  /*< private >*/
  JsonObject *extra;  /* members this version does not know, written back unchanged */
} TendTombstone;

#define TEND_TYPE_MONTH_FILE (tend_month_file_get_type ())
G_DECLARE_FINAL_TYPE (TendMonthFile, tend_month_file, TEND, MONTH_FILE, GObject)


TendMonthFile *tend_month_file_new           (const char     *month) G_GNUC_WARN_UNUSED_RESULT;

/* Parses a month file's bytes. @file_name ("2026-11.json") names the file in errors and must
 * match the "month" member. Errors are TEND_MONTH_FILE_ERROR with a precise message: the file,
 * the member (e.g. "entries[3].checkin.mood") and what was expected. */
TendMonthFile *tend_month_file_new_from_bytes (GBytes        *bytes,
                                               const char    *file_name,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
/* Reads and parses DIR/YYYY-MM.json. Errors are TEND_MONTH_FILE_ERROR as above (a file over
 * TEND_MONTH_FILE_MAX_BYTES is refused before it is read), or G_IO_ERROR when the file cannot
 * be read at all: G_IO_ERROR_NOT_REGULAR_FILE for a pipe, a device, a socket or a folder (or a
 * link to one), which are never read. */
TendMonthFile *tend_month_file_load           (const char    *path,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;

/* Serializes the whole month (pretty-printed JSON, UTF-8, final newline). Every save goes
 * through here, so this is where a month is kept from being written when it must not be:
 * READ_ONLY for a month from a newer Tend, FORMAT when the records would make a file that
 * cannot be read back (an id used twice, a record outside the month), TOO_LARGE when the file
 * would be over TEND_MONTH_FILE_MAX_BYTES. */
GBytes        *tend_month_file_to_bytes      (TendMonthFile  *self,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;

/* Writes @bytes to @path atomically and durably, mode 0600. Safe to call from any thread. */
gboolean       tend_month_file_write_bytes   (const char     *path,
                                              GBytes         *bytes,
                                              GError        **error);

const char    *tend_month_file_get_month     (TendMonthFile  *self);
/* "YYYY-MM.json" */
char          *tend_month_file_dup_file_name (TendMonthFile  *self) G_GNUC_WARN_UNUSED_RESULT;
gint64         tend_month_file_get_version   (TendMonthFile  *self);
/* TRUE when the file came from a newer Tend: it is shown, never rewritten. */
gboolean       tend_month_file_is_read_only  (TendMonthFile  *self);

/* The records, in file order. The arrays belong to the month file and may be changed. */
GPtrArray     *tend_month_file_get_entries   (TendMonthFile  *self);  /* of TendEntry */
GPtrArray     *tend_month_file_get_sessions  (TendMonthFile  *self);  /* of TendGroundingSession */
GPtrArray     *tend_month_file_get_deleted   (TendMonthFile  *self);  /* of TendTombstone */

void           tend_month_file_add_tombstone (TendMonthFile  *self,
                                              const char     *id,
                                              GDateTime      *updated);
/* The tombstone for @id, or NULL. It belongs to the month file. */
TendTombstone *tend_month_file_find_tombstone (TendMonthFile *self,
                                               const char    *id);
/* Removes the tombstone for @id (an undone delete); TRUE if there was one. */
gboolean       tend_month_file_remove_tombstone (TendMonthFile *self,
                                                 const char    *id);

/* "2026-11" from a local date or time. */
char          *tend_month_for_day            (const char     *day) G_GNUC_WARN_UNUSED_RESULT;
gboolean       tend_month_is_valid           (const char     *month);
/* "November 2026" for "2026-11", in the person's language; @month itself if it is not one. */
char          *tend_month_describe           (const char     *month) G_GNUC_WARN_UNUSED_RESULT;

void           tend_tombstone_free           (TendTombstone  *tombstone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendTombstone, tend_tombstone_free)

G_END_DECLS
