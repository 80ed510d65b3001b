/* tend-progress-summary.h — the sentences that sum up each Progress chart.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-progress.h"

G_BEGIN_DECLS

char       *tend_progress_summary_day        (const GDate           *day,
                                              const TendDayActivity *activity) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_progress_summary_practice   (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_progress_summary_checkins   (const TendProgress    *progress,
                                              int                    scale) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_progress_summary_grounding  (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
char       *tend_progress_summary_themes     (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
const char *tend_progress_summary_look_back  (guint                  months_ago);
char       *tend_progress_summary_signed     (double                 value) G_GNUC_WARN_UNUSED_RESULT;
int         tend_progress_summary_direction  (TendScale              scale,
                                              double                 from,
                                              double                 to);

guint       tend_progress_summary_n_entries  (const TendProgress    *progress);
guint       tend_progress_summary_n_sessions (const TendProgress    *progress);

G_END_DECLS
