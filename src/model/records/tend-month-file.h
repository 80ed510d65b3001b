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

TendMonthFile *tend_month_file_new_from_bytes (GBytes        *bytes,
                                               const char    *file_name,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes        *tend_month_file_read           (const char    *path,
                                               guint64        max_bytes,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;
TendMonthFile *tend_month_file_load           (const char    *path,
                                               GError       **error) G_GNUC_WARN_UNUSED_RESULT;

GBytes        *tend_month_file_to_bytes      (TendMonthFile  *self,
                                              GError        **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean       tend_month_file_write_bytes   (const char     *path,
                                              GBytes         *bytes,
                                              GError        **error);

const char    *tend_month_file_get_month     (TendMonthFile  *self);
char          *tend_month_file_dup_file_name (TendMonthFile  *self) G_GNUC_WARN_UNUSED_RESULT;
gint64         tend_month_file_get_version   (TendMonthFile  *self);
gboolean       tend_month_file_is_read_only  (TendMonthFile  *self);

GPtrArray     *tend_month_file_get_entries   (TendMonthFile  *self);
GPtrArray     *tend_month_file_get_sessions  (TendMonthFile  *self);
GPtrArray     *tend_month_file_get_deleted   (TendMonthFile  *self);

void           tend_month_file_add_tombstone (TendMonthFile  *self,
                                              const char     *id,
                                              GDateTime      *updated);
TendTombstone *tend_month_file_find_tombstone (TendMonthFile *self,
                                               const char    *id);
gboolean       tend_month_file_remove_tombstone (TendMonthFile *self,
                                                 const char    *id);

char          *tend_month_for_day            (const char     *day) G_GNUC_WARN_UNUSED_RESULT;
gboolean       tend_month_is_valid           (const char     *month);
char          *tend_month_describe           (const char     *month) G_GNUC_WARN_UNUSED_RESULT;

void           tend_tombstone_free           (TendTombstone  *tombstone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendTombstone, tend_tombstone_free)

G_END_DECLS
