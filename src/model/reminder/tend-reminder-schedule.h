/* tend-reminder-schedule.h — when the daily reminder fires, worked out from the wall clock.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The reminder's time of day is kept as minutes since midnight, 0 to 1439. */
#define TEND_REMINDER_MINUTES_PER_DAY 1440

GDateTime *tend_reminder_fire_time_on (GDateTime  *day,
                                       guint       minutes) G_GNUC_WARN_UNUSED_RESULT;
GDateTime *tend_reminder_next_fire    (GDateTime  *now,
                                       guint       minutes) G_GNUC_WARN_UNUSED_RESULT;
char      *tend_reminder_day_key      (GDateTime  *time) G_GNUC_WARN_UNUSED_RESULT;
gboolean   tend_reminder_is_due       (GDateTime  *now,
                                       guint       minutes,
                                       GDateTime  *armed,
                                       const char *last_fired);

G_END_DECLS
