/* tend-reminder.h — the daily reminder: watches the wall clock and sends one notification a day.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Returns the wall clock, in the local time zone (transfer full). */
typedef GDateTime *(*TendReminderClock) (gpointer user_data);

#define TEND_TYPE_REMINDER (tend_reminder_get_type ())
G_DECLARE_FINAL_TYPE (TendReminder, tend_reminder, TEND, REMINDER, GObject)

TendReminder  *tend_reminder_new              (GApplication      *application) G_GNUC_WARN_UNUSED_RESULT;

void           tend_reminder_set_clock        (TendReminder      *self,
                                               TendReminderClock  clock,
                                               gpointer           user_data);
gboolean       tend_reminder_get_enabled      (TendReminder      *self);
gboolean       tend_reminder_check            (TendReminder      *self);

GNotification *tend_reminder_new_notification (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
