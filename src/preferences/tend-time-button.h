/* tend-time-button.h — a time of day on one button, written as the person's clock writes it,
 * with hour and minutes to change in its popover.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_TIME_BUTTON (tend_time_button_get_type ())
G_DECLARE_FINAL_TYPE (TendTimeButton, tend_time_button, TEND, TIME_BUTTON, AdwBin)

GtkWidget *tend_time_button_new             (void) G_GNUC_WARN_UNUSED_RESULT;

int        tend_time_button_get_minutes     (TendTimeButton *self);
void       tend_time_button_set_minutes     (TendTimeButton *self,
                                             int             minutes);
gboolean   tend_time_button_get_twelve_hour (TendTimeButton *self);
void       tend_time_button_set_twelve_hour (TendTimeButton *self,
                                             gboolean        twelve_hour);
char      *tend_time_button_dup_label       (TendTimeButton *self) G_GNUC_WARN_UNUSED_RESULT;

gboolean   tend_time_clock_is_twelve_hour   (void);
char      *tend_time_format                 (int             minutes,
                                             gboolean        twelve_hour) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
