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

/* Both may be NULL (tests); @store is the journal the window shows. */
TendWindow *tend_window_new             (TendApplication *application,
                                         TendStore       *store) G_GNUC_WARN_UNUSED_RESULT;
/* Set by app.quit before it closes the window: a close that first asks about unsaved words
 * then quits the whole application. */
void        tend_window_set_quitting    (TendWindow      *self,
                                         gboolean         quitting);
/* Shows @toast (taking it) over the sections, above the bottom bar. */
void        tend_window_add_toast       (TendWindow      *self,
                                         AdwToast        *toast);

const char *tend_window_get_section     (TendWindow      *self);
void        tend_window_show_section    (TendWindow      *self,
                                         const char      *section);
void        tend_window_show_open_error (TendWindow      *self,
                                         const GError    *error);
gboolean    tend_window_get_hidden      (TendWindow      *self);
/* Opens the player on @id, or on the exercise that helped most when @id is NULL or "" (then
 * an exercise already open is left as it is). */
void        tend_window_start_exercise  (TendWindow      *self,
                                         const char      *id);
void        tend_window_show_help       (TendWindow      *self);
/* My Safety Plan, over whatever the window shows (win.safety-plan). */
void        tend_window_show_safety_plan (TendWindow     *self);
/* The plan this window edits: the application's, or (in tests) its own. */
TendSafetyPlanStore *tend_window_get_safety_plan (TendWindow *self);
void        tend_window_show_today      (TendWindow      *self);

G_END_DECLS
