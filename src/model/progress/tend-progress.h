/* tend-progress.h — what the Progress section shows, computed from the store's records.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tend-entry.h"
#include "tend-grounding-session.h"

G_BEGIN_DECLS

typedef enum {
  TEND_PROGRESS_30_DAYS,
  TEND_PROGRESS_3_MONTHS,
  TEND_PROGRESS_6_MONTHS,
  TEND_PROGRESS_12_MONTHS,
  TEND_PROGRESS_ALL_TIME,
  /* Days chosen by hand (tend_progress_compute_days ()); not one of the page's ranges. */
  TEND_PROGRESS_CHOSEN_DAYS,
} TendProgressRange;

typedef enum {
  TEND_SCALE_MOOD,
  TEND_SCALE_DISTRESS,
  TEND_SCALE_SAFETY,
  TEND_SCALE_CLOSENESS,
  TEND_N_SCALES,
} TendScale;

/* One local day of the range. */
typedef struct {
  guint16 entries;   /* entries written that day (saturates) */
  guint16 sessions;  /* grounding sessions started that day (saturates) */
} TendDayActivity;

/* The check-ins of one week (starting on the locale's first weekday) or one calendar month. A
 * scale without a check-in in it has count 0 and mean NAN: a gap, never an invented zero. */
typedef struct {
  GDate   start;
  guint   n_days;    /* 7 for a week, the month's length for a month */
  double  mean[TEND_N_SCALES];
  guint   count[TEND_N_SCALES];
} TendAverages;

/* How a range's check-ins are averaged for a chart: by week, or by month on long ranges. */
typedef enum {
  TEND_AVERAGE_WEEKS,
  TEND_AVERAGE_MONTHS,
} TendAveraging;

typedef struct {
  const char *exercise_id;     /* from the catalog (static), or the session's own id if unknown */
  guint       sessions;
  guint       finished;        /* completed */
  guint       rated;           /* rated both before and after */
  double      before;          /* averages over the rated sessions; NAN when none */
  double      after;
  double      change;          /* after - before: negative is a drop in distress */
} TendExerciseStats;

typedef struct {
  const char *theme_id;        /* from tend_prompts_get_themes () (static) */
  guint       entries;
  GDate       first;           /* invalid (g_date_valid () FALSE) when there are none */
} TendThemeStats;

typedef struct {
  guint      months_ago;       /* 1, 3, 6 or 12 */
  TendEntry *entry;            /* borrowed; NULL when none lies within a week of the date */
} TendLookBack;

#define TEND_PROGRESS_N_LOOK_BACKS 4

typedef struct {
  TendProgressRange  range;
  GDate              first;           /* first day of the range (local, inclusive) */
  GDate              last;            /* today */
  guint              n_days;
  TendDayActivity   *days;            /* n_days, days[0] is `first` */
  guint              practice_days;   /* days with an entry or a session */
  guint              n_weeks;
  TendAverages      *weeks;           /* n_weeks, oldest first; weeks[0] holds `first` */
  guint              n_months;
  TendAverages      *months;          /* n_months, oldest first; months[0] holds `first` */
  GArray            *exercises;       /* of TendExerciseStats, every exercise used in the range,
                                       * largest drop first, then by sessions */
  GArray            *themes;          /* of TendThemeStats, one per theme, catalog order */
  TendLookBack       look_backs[TEND_PROGRESS_N_LOOK_BACKS];  /* 1, 3, 6, 12 months ago */
} TendProgress;

TendProgress *tend_progress_compute (TendEntry            **entries,
                                     guint                  n_entries,
                                     TendGroundingSession **sessions,
                                     guint                  n_sessions,
                                     TendProgressRange      range,
                                     const GDate           *today,
                                     GDateWeekday           week_start,
                                     GTimeZone             *tz) G_GNUC_WARN_UNUSED_RESULT;
TendProgress *tend_progress_compute_days (TendEntry            **entries,
                                          guint                  n_entries,
                                          TendGroundingSession **sessions,
                                          guint                  n_sessions,
                                          const GDate           *first,
                                          const GDate           *last,
                                          GDateWeekday           week_start,
                                          GTimeZone             *tz) G_GNUC_WARN_UNUSED_RESULT;
void          tend_progress_free    (TendProgress          *self);
/* A TendProgress comes only from tend_progress_compute(): it keeps more than the struct shows
 * (the sums behind the trend), so never copy it by value. It borrows from @entries and
 * @sessions (look-backs, unknown exercise ids), so it must not outlive them. @tz must not be
 * NULL. */

GDateWeekday  tend_progress_locale_week_start (void);

TendAveraging       tend_progress_get_averaging (const TendProgress *self);
const TendAverages *tend_progress_get_averages  (const TendProgress *self,
                                                 guint              *n_averages);

gboolean      tend_progress_get_trend (const TendProgress *self,
                                       TendScale           scale,
                                       double             *out_from,
                                       double             *out_to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendProgress, tend_progress_free)

G_END_DECLS
