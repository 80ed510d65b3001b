/* tend-entry-editor.h — one entry: its prompt, the words, tags and the check-in.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_ENTRY_EDITOR (tend_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (TendEntryEditor, tend_entry_editor, TEND, ENTRY_EDITOR, AdwBin)

GtkWidget *tend_entry_editor_new       (void);

void       tend_entry_editor_set_store (TendEntryEditor *self,
                                        TendStore       *store);
void       tend_entry_editor_set_entry (TendEntryEditor *self,
                                        TendEntry       *entry);
TendEntry *tend_entry_editor_get_entry (TendEntryEditor *self);
void       tend_entry_editor_start_day (TendEntryEditor *self,
                                        const char      *day);
void       tend_entry_editor_save      (TendEntryEditor *self);
char      *tend_entry_editor_dup_unsaved_words (TendEntryEditor *self) G_GNUC_WARN_UNUSED_RESULT;
void       tend_entry_editor_write_key (TendEntryEditor       *self,
                                        GtkEventControllerKey *controller);

G_END_DECLS
