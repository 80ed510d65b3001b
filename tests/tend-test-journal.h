/* tend-test-journal.h — the Journal page in a window, over a journal in a folder of its own:
 * the fixture the Journal's UI tests share, and typing into its editor.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-journal-page.h"

G_BEGIN_DECLS

typedef struct {
  char            *dir;
  TendStore       *store;
  GtkWindow       *window;
  TendJournalPage *page;
} TendJournalFixture;

void tend_test_journal_open         (TendJournalFixture *f,
                                     int                 width);
void tend_test_journal_open_at      (TendJournalFixture *f,
                                     int                 width,
                                     int                 height);
void tend_test_journal_close        (TendJournalFixture *f);
void tend_test_journal_setup        (TendJournalFixture *f,
                                     gconstpointer       data);
void tend_test_journal_teardown     (TendJournalFixture *f,
                                     gconstpointer       data);
void tend_test_journal_type         (TendJournalFixture *f,
                                     const char         *text);
void tend_test_journal_add_entry_on (TendJournalFixture *f,
                                     const char         *day,
                                     const char         *text);
GtkWidget *tend_test_journal_checkin_button (TendJournalFixture *f);
void tend_test_journal_open_checkin (TendJournalFixture *f);

G_END_DECLS
