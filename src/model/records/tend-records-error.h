/* tend-records-error.h — the error domain of reading and writing records.
 *
 * The JSON helpers, the entry and session readers and the month file all raise it, so it is
 * defined here, below all of them, and none of them needs the month file to name an error.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_MONTH_FILE_ERROR (tend_month_file_error_quark ())

typedef enum {
  TEND_MONTH_FILE_ERROR_EMPTY,      /* zero bytes, or only white space */
  TEND_MONTH_FILE_ERROR_ENCODING,   /* not UTF-8, or holds NUL bytes */
  TEND_MONTH_FILE_ERROR_SYNTAX,     /* not JSON, or cut short */
  TEND_MONTH_FILE_ERROR_FORMAT,     /* JSON, but not a Tend month: types, members, ids, month */
  TEND_MONTH_FILE_ERROR_TOO_LARGE,  /* over TEND_MONTH_FILE_MAX_BYTES */
  TEND_MONTH_FILE_ERROR_READ_ONLY,  /* saving a month written by a newer Tend */
} TendMonthFileError;

GQuark tend_month_file_error_quark (void);

char  *tend_save_error_describe     (const GError *error);

G_END_DECLS
