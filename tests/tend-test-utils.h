/* tend-test-utils.h — helpers for the UI tests: a display, waiting for frames and conditions,
 * finding widgets, screenshots.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef gboolean (*TendTestCondition) (gpointer data);

void       tend_test_init            (int               *argc,
                                      char            ***argv);
void       tend_test_allow_upstream_warnings (void);
void       tend_test_wait_until      (TendTestCondition  condition,
                                      gpointer           data,
                                      const char        *what);
/* For tend_test_wait_until() on a gboolean, and for a signal to set one. */
gboolean   tend_test_is_true         (gpointer           flag);
void       tend_test_set_true        (gboolean          *flag);
void       tend_test_wait_frames     (GtkWidget         *widget,
                                      int                n_frames);
void       tend_test_show_window     (GtkWindow         *window,
                                      int                width,
                                      int                height);
/* @width × @height px for the window's content, without GTK's frame. */
void       tend_test_show_window_content (GtkWindow     *window,
                                          int            width,
                                          int            height);
/* The first widget of @type under @root (or @root itself), depth first. */
GtkWidget *tend_test_find_type       (GtkWidget         *root,
                                      GType              type);
void       tend_test_activate_row    (GtkWidget         *root,
                                      const char        *title);
GtkWidget *tend_test_find_label      (GtkWidget         *root,
                                      const char        *text);
/* The first preferences row of @type under @root whose title is @title. */
GtkWidget *tend_test_find_row        (GtkWidget         *root,
                                      GType              type,
                                      const char        *title);
GtkWidget *tend_test_find_button     (GtkWidget         *root,
                                      GType              type,
                                      const char        *text);
/* The first AdwActionRow under @root whose subtitle is @subtitle. */
AdwActionRow *tend_test_find_action_row (GtkWidget     *root,
                                         const char    *subtitle);
void       tend_test_save_screenshot (GtkWidget         *widget,
                                      const char        *name);
gboolean   tend_test_data_contains   (const char        *data,
                                      gsize              length,
                                      const char        *needle);

gboolean   tend_test_skip_without_seal (const char       *path);

G_END_DECLS
