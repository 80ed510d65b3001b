/* tend-month-file-private.h
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

gboolean tend_month_file_check_records (TendMonthFile  *self,
                                        GError        **error);

G_END_DECLS
