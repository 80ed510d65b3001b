/* tend-day-picker.h — a month calendar in a popover, days with entries marked: to go to a day,
 * or to move the open entry to another.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-store.h"

G_BEGIN_DECLS

typedef enum {
  TEND_DAY_PICKER_GO,
  TEND_DAY_PICKER_MOVE,
} TendDayPickerPurpose;

#define TEND_TYPE_DAY_PICKER_PURPOSE (tend_day_picker_purpose_get_type ())
GType tend_day_picker_purpose_get_type (void);

#define TEND_TYPE_DAY_PICKER (tend_day_picker_get_type ())
G_DECLARE_FINAL_TYPE (TendDayPicker, tend_day_picker, TEND, DAY_PICKER, GtkPopover)

GtkWidget           *tend_day_picker_new         (TendDayPickerPurpose  purpose);

TendDayPickerPurpose tend_day_picker_get_purpose (TendDayPicker        *self);
void                 tend_day_picker_set_purpose (TendDayPicker        *self,
                                                  TendDayPickerPurpose  purpose);
TendStore           *tend_day_picker_get_store   (TendDayPicker        *self);
void                 tend_day_picker_set_store   (TendDayPicker        *self,
                                                  TendStore            *store);
TendEntry           *tend_day_picker_get_entry   (TendDayPicker        *self);
void                 tend_day_picker_set_entry   (TendDayPicker        *self,
                                                  TendEntry            *entry);
GtkCalendar         *tend_day_picker_get_calendar (TendDayPicker       *self);
char                *tend_day_picker_dup_day     (TendDayPicker        *self) G_GNUC_WARN_UNUSED_RESULT;
void                 tend_day_picker_select_day  (TendDayPicker        *self,
                                                  const char           *day);
void                 tend_day_picker_choose      (TendDayPicker        *self);

G_END_DECLS
