/* tend-progress-summary.h — the sentences that sum up each Progress chart.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-progress.h"

G_BEGIN_DECLS

/* Every function returns translated text for a person to read or hear: plain facts, never a
 * streak and never a judgement. */

/* "Tuesday 3 November 2026: 1 entry, 2 grounding exercises", or "…: nothing recorded". */
char       *tend_progress_summary_day        (const GDate           *day,
                                              const TendDayActivity *activity) G_GNUC_WARN_UNUSED_RESULT;
/* "Practised on 18 of the last 30 days". */
char       *tend_progress_summary_practice   (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
/* "Average distress fell from 6.1 to 4.3 over the last 3 months". @scale is a TendScale, or
 * -1 for the scale that moved the most against its own length. */
char       *tend_progress_summary_checkins   (const TendProgress    *progress,
                                              int                    scale) G_GNUC_WARN_UNUSED_RESULT;
/* "“Longer Exhale” helped most: distress 2.1 lower on average". */
char       *tend_progress_summary_grounding  (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
/* "Most entries were about “Needs and Boundaries” (12)". */
char       *tend_progress_summary_themes     (const TendProgress    *progress) G_GNUC_WARN_UNUSED_RESULT;
/* "An entry from six months ago", for 1, 3, 6 or 12. */
const char *tend_progress_summary_look_back  (guint                  months_ago);

/* Totals over the range's days. */
guint       tend_progress_summary_n_entries  (const TendProgress    *progress);
guint       tend_progress_summary_n_sessions (const TendProgress    *progress);

G_END_DECLS
