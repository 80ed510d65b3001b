/* tend-journal-page.h — the Journal section: past entries beside today's page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-entry-editor.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_JOURNAL_PAGE (tend_journal_page_get_type ())
G_DECLARE_FINAL_TYPE (TendJournalPage, tend_journal_page, TEND, JOURNAL_PAGE, AdwBin)

GtkWidget       *tend_journal_page_new        (void);
void             tend_journal_page_set_store  (TendJournalPage *self,
                                               TendStore       *store);
TendEntryEditor *tend_journal_page_get_editor (TendJournalPage *self);
void             tend_journal_page_open_entry (TendJournalPage *self,
                                               TendEntry       *entry);
void             tend_journal_page_search     (TendJournalPage *self);
void             tend_journal_page_forget     (TendJournalPage *self);
void             tend_journal_page_show_calendar (TendJournalPage *self);
GtkMenuButton   *tend_journal_page_get_calendar_button (TendJournalPage *self);
gboolean         tend_journal_page_focus_content (TendJournalPage *self);
void             tend_journal_page_write_key  (TendJournalPage       *self,
                                               GtkEventControllerKey *controller);
void             tend_journal_page_another_prompt (TendJournalPage *self);

G_END_DECLS
