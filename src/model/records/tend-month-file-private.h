/* tend-month-file-private.h — what the month file's own files and the backup share, and nothing
 * else may see.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-month-file.h"

G_BEGIN_DECLS

/* The "format" member of every journal file. */
#define TEND_MONTH_FILE_FORMAT "tend-journal"

struct _TendMonthFile
{
  GObject      parent_instance;

  char        *month;
  gint64       version;
  gboolean     read_only;

  GPtrArray   *entries;
  GPtrArray   *sessions;
  GPtrArray   *deleted;

  /* Top-level members this version does not know, kept for the next write. */
  JsonObject  *extra;
};

gboolean       tend_month_file_check_records   (TendMonthFile  *self,
                                                GError        **error);

/* What a month file and a backup share. */

JsonParser    *tend_month_file_parse           (GBytes         *bytes,
                                                const char     *file_name,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendMonthFile *tend_month_file_new_from_object (JsonObject     *object,
                                                const char     *where,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendMonthFile *tend_month_file_new_like        (TendMonthFile  *self) G_GNUC_WARN_UNUSED_RESULT;
GBytes        *tend_month_file_serialize       (TendMonthFile  *self,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendMonthFile *tend_month_file_copy_days       (TendMonthFile  *self,
                                                const char     *first_day,
                                                const char     *last_day) G_GNUC_WARN_UNUSED_RESULT;
GBytes        *tend_month_file_read_regular    (const char     *path,
                                                const char     *file_name,
                                                guint64         max_bytes,
                                                guint64        *size,
                                                GError        **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
