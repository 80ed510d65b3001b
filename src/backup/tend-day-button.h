/* tend-day-button.h — one end of a range of days: a button that opens a calendar.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Which end of a range of days the button chooses: it says so to a screen reader. */
typedef enum {
  TEND_DAY_BUTTON_FIRST,
  TEND_DAY_BUTTON_LAST,
} TendDayButtonEnd;

#define TEND_TYPE_DAY_BUTTON_END (tend_day_button_end_get_type ())
GType tend_day_button_end_get_type (void) G_GNUC_CONST;

#define TEND_TYPE_DAY_BUTTON (tend_day_button_get_type ())
G_DECLARE_FINAL_TYPE (TendDayButton, tend_day_button, TEND, DAY_BUTTON, AdwBin)

GtkWidget        *tend_day_button_new      (TendDayButtonEnd  end) G_GNUC_WARN_UNUSED_RESULT;

TendDayButtonEnd  tend_day_button_get_end  (TendDayButton    *self);
void              tend_day_button_set_end  (TendDayButton    *self,
                                            TendDayButtonEnd  end);
GDateTime        *tend_day_button_get_date (TendDayButton    *self);
void              tend_day_button_set_date (TendDayButton    *self,
                                            GDateTime        *date);
char             *tend_day_button_dup_day  (TendDayButton    *self) G_GNUC_WARN_UNUSED_RESULT;
void              tend_day_button_dup_range (TendDayButton  *first,
                                             TendDayButton  *last,
                                             char          **first_day,
                                             char          **last_day);

G_END_DECLS
