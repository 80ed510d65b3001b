/* tend-test-journal.c — the Journal page in a window, over a journal in a folder of its own:
 * the fixture the Journal's UI tests share, and typing into its editor.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-journal.h"
#include "tend-test-utils.h"

static void
open_page (TendJournalFixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->store = tend_store_new (f->dir);
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);

  f->page = TEND_JOURNAL_PAGE (tend_journal_page_new ());
  tend_journal_page_set_store (f->page, f->store);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));

  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
}

void
tend_test_journal_open (TendJournalFixture *f,
                        int                 width)
{
  open_page (f);
  tend_test_show_window (f->window, width, 700);
}

/* Opens the page with exactly @width × @height px of content, as a phone or a laptop has. */
void
tend_test_journal_open_at (TendJournalFixture *f,
                           int                 width,
                           int                 height)
{
  open_page (f);
  tend_test_show_window_content (f->window, width, height);
}

void
tend_test_journal_close (TendJournalFixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  f->window = NULL;
  f->page = NULL;
  if (f->store != NULL)
    tend_store_flush (f->store);
  g_clear_object (&f->store);
}

void
tend_test_journal_setup (TendJournalFixture *f,
                         gconstpointer       data)
{
  f->dir = g_dir_make_tmp ("tend-journal-XXXXXX", NULL);
  tend_test_journal_open (f, 1000);
}

void
tend_test_journal_teardown (TendJournalFixture *f,
                            gconstpointer       data)
{
  tend_test_journal_close (f);
  g_free (f->dir);
}

/* Types as an input method would: through the buffer's insert path. */
void
tend_test_journal_type (TendJournalFixture *f,
                        const char         *text)
{
  GtkWidget *text_view = tend_test_find_type (GTK_WIDGET (tend_journal_page_get_editor (f->page)),
                                              GTK_TYPE_TEXT_VIEW);

  g_signal_emit_by_name (text_view, "insert-at-cursor", text);
}

/* Adds an entry with @text on @day (YYYY-MM-DD) to the journal. */
void
tend_test_journal_add_entry_on (TendJournalFixture *f,
                                const char         *day,
                                const char         *text)
{
  g_autoptr(TendEntry) entry = tend_entry_new_now ();

  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, text);
  g_assert_true (tend_store_add_entry (f->store, entry, NULL));
}

/* The editor's check-in row, found by name in every language. */
GtkWidget *
tend_test_journal_checkin_button (TendJournalFixture *f)
{
  GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));

  return GTK_WIDGET (gtk_widget_get_template_child (editor, TEND_TYPE_ENTRY_EDITOR,
                                                    "checkin_button"));
}

/* Opens the check-in, as a click on its row does. */
void
tend_test_journal_open_checkin (TendJournalFixture *f)
{
  GtkWidget *button = tend_test_journal_checkin_button (f);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
}
