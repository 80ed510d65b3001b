/* tend-paths.h — where Tend keeps its data and the journal, and keeping that folder private.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *tend_paths_get_data_dir    (void) G_GNUC_WARN_UNUSED_RESULT;
char *tend_paths_get_journal_dir (void) G_GNUC_WARN_UNUSED_RESULT;
char *tend_paths_get_safety_plan_path (void) G_GNUC_WARN_UNUSED_RESULT;

void  tend_paths_make_data_dir_private (void);

G_END_DECLS
