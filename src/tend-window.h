/* tend-window.h — the main window: the three sections, banners, toasts and win.* actions.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-application.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_WINDOW (tend_window_get_type ())
G_DECLARE_FINAL_TYPE (TendWindow, tend_window, TEND, WINDOW, AdwApplicationWindow)

TendWindow *tend_window_new             (TendApplication *application,
                                         TendStore       *store) G_GNUC_WARN_UNUSED_RESULT;
void        tend_window_set_quitting    (TendWindow      *self,
                                         gboolean         quitting);
void        tend_window_add_toast       (TendWindow      *self,
                                         AdwToast        *toast);

const char *tend_window_get_section     (TendWindow      *self);
void        tend_window_show_section    (TendWindow      *self,
                                         const char      *section);
void        tend_window_show_open_error (TendWindow      *self,
                                         const GError    *error);
gboolean    tend_window_get_hidden      (TendWindow      *self);
gboolean    tend_window_lock            (TendWindow      *self);
gboolean    tend_window_get_locked      (TendWindow      *self);
void        tend_window_start_exercise  (TendWindow      *self,
                                         const char      *id);
void        tend_window_show_help       (TendWindow      *self);
void        tend_window_show_safety_plan (TendWindow     *self);
void        tend_window_show_learn      (TendWindow      *self,
                                         const char      *topic_id);
TendSafetyPlanStore *tend_window_get_safety_plan (TendWindow *self);
void        tend_window_show_today      (TendWindow      *self);

G_END_DECLS
