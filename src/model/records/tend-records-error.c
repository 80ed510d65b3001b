/* tend-records-error.c — the error domain of reading and writing records.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-records-error.h"

G_DEFINE_QUARK (tend-month-file-error-quark, tend_month_file_error)
