/* tend-checkin.h — four optional scales: mood, distress, safety in the body, closeness.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-entry.h"

G_BEGIN_DECLS

typedef enum {
  TEND_CHECKIN_MOOD,
  TEND_CHECKIN_DISTRESS,
  TEND_CHECKIN_SAFETY,
  TEND_CHECKIN_CLOSENESS,
  TEND_N_CHECKIN_SCALES,
} TendCheckinScale;

#define TEND_TYPE_CHECKIN (tend_checkin_get_type ())
G_DECLARE_FINAL_TYPE (TendCheckin, tend_checkin, TEND, CHECKIN, AdwBin)

GtkWidget *tend_checkin_new       (void);
char      *tend_checkin_describe  (TendEntry        *entry);

int        tend_checkin_get_value (TendCheckin      *self,
                                   TendCheckinScale  scale);
void       tend_checkin_set_value (TendCheckin      *self,
                                   TendCheckinScale  scale,
                                   int               value);

G_END_DECLS
