/* tend-window-private.h — the window's fields, for its own files and its tests.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-exercise-player.h"
#include "tend-ground-page.h"
#include "tend-journal-page.h"
#include "tend-progress-page.h"
#include "tend-window.h"

G_BEGIN_DECLS

struct _TendWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  TendStore            *store;
  char                 *damaged_path;
  /* "YYYY-MM" → where its damaged file was kept, "" when it was left in place. */
  GHashTable           *damaged_months;
  /* Closing: asked by app.quit (then the whole app goes), and allowed with words unsaved. */
  gboolean              quitting;
  gboolean              close_anyway;

  AdwHeaderBar         *header_bar;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  AdwBanner            *damaged_banner;
  /* Bound by tend-window-saving.c. */
  AdwBanner            *save_banner;
  /* Bound by tend-window-backup.c. */
  GtkRevealer          *backup_hint;
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *privacy_stack;
  AdwNavigationView    *nav_view;
  /* "journal" (sections_view) or "locked" (unlock_page): tend-window-lock.c. */
  GtkStack             *lock_stack;
  GtkWidget            *sections_view;
  GtkWidget            *unlock_page;
  /* When a key was last pressed or the pointer moved, and the wait for a pause to lock. */
  gint64                last_input_time;
  guint                 idle_lock_id;
  TendJournalPage      *journal_page;
  AdwBin               *ground_bin;
  AdwBin               *progress_bin;
  /* NULL until their section is first shown: see ensure_section(). */
  TendGroundPage       *ground_page;
  TendProgressPage     *progress_page;
  /* Tests' windows have no TendApplication: their safety plan, made when first asked for. */
  TendSafetyPlanStore  *own_safety_plan;
  /* The keyboard shortcuts, built when first asked for. */
  GtkWindow            *shortcuts;
  /* When a letter was last typed where no text goes (tend-window-typing.c). */
  gint64                stray_key_time;
};

/* tend-window-backup.c */

void tend_window_export (TendWindow *self);
void tend_window_import (TendWindow *self);
void tend_window_backup_class_init (GtkWidgetClass *widget_class);
void tend_window_backup_watch      (TendWindow     *self);

/* tend-window-lock.c */

void tend_window_lock_class_init  (GtkWidgetClass *widget_class);
void tend_window_lock_init        (TendWindow     *self);
void tend_window_lock_watch       (TendWindow     *self);
void tend_window_lock_check_idle  (TendWindow     *self);

/* tend-window-saving.c */

void     tend_window_saving_class_init (GtkWidgetClass *widget_class);
void     tend_window_saving_watch      (TendWindow     *self);
gboolean tend_window_saving_may_close  (TendWindow     *self);

/* tend-window-typing.c */

void tend_window_typing_init (TendWindow *self);

/* tend-window.c */

void tend_window_close_dialogs (TendWindow *self);

/* tend-window-dialog-keys.c */

void tend_window_dialog_keys_init (TendWindow *self);

/* For tests. */

void                tend_window_set_store        (TendWindow *self,
                                                  TendStore  *store);
TendJournalPage    *tend_window_get_journal_page (TendWindow *self);
TendExercisePlayer *tend_window_get_player       (TendWindow *self);

G_END_DECLS
