/* test-lock.c — a journal protected with a passphrase, in the window: it opens locked, a wrong
 * passphrase moves nothing, locking keeps every word typed, and a pause locks it.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-records.h"
#include "tend-test-utils.h"
#include "tend-unlock-page.h"
#include "tend-window-private.h"

#define PASSPHRASE "quiet harbour at dusk"
#define CODE       "ABCDE-FGHJK-MNPQR-STVWX-YZ234"
#define WRONG      "This is not the passphrase or the recovery code of this journal. Nothing " \
                   "was changed. Please check it and try again."

typedef struct {
  TendTestDir  dir;
  TendStore   *store;
  TendWindow  *window;
} Fixture;

/* A journal with one entry of today, protected, opened again as the application opens it:
 * locked, nothing read. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TendStore) first = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(TendEntry) entry = tend_test_entry (today, "The garden after the rain");
  g_autoptr(GError) error = NULL;

  tend_test_dir_setup (&f->dir, NULL);
  first = tend_test_open_store (f->dir.dir, NULL);
  g_assert_true (tend_store_add_entry (first, entry, &error));
  g_assert_no_error (error);
  tend_test_protect (first, PASSPHRASE, CODE);
  tend_store_flush (first);
  g_clear_object (&first);

  f->store = tend_store_new (f->dir.dir);
  g_assert_true (tend_store_get_locked (f->store));
  f->window = tend_window_new (NULL, f->store);
  tend_test_show_window (GTK_WINDOW (f->window), 900, 700);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  tend_test_dir_teardown (&f->dir, NULL);
}

static gboolean
not_busy (gpointer data)
{
  return !tend_unlock_page_get_busy (data);
}

static gboolean
window_unlocked (gpointer data)
{
  return !tend_window_get_locked (data);
}

/* Types @secret into the unlock page and presses Enter, then waits for the answer. */
static void
try_secret (Fixture    *f,
            const char *secret)
{
  GtkWidget *row = tend_test_find_type (f->window->unlock_page, ADW_TYPE_PASSWORD_ENTRY_ROW);

  gtk_editable_set_text (GTK_EDITABLE (row), secret);
  g_signal_emit_by_name (row, "entry-activated");
  /* Nothing typed is not tried: the page asks for it. */
  g_assert_true (tend_unlock_page_get_busy (TEND_UNLOCK_PAGE (f->window->unlock_page)) ==
                 (secret[0] != '\0'));
  tend_test_wait_until (not_busy, f->window->unlock_page, "the answer to the passphrase");
}

/* As the application does after an unlock. */
static void
unlock (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  try_secret (f, PASSPHRASE);
  tend_test_wait_until (window_unlocked, f->window, "the journal to show");
  g_assert_true (tend_store_load_recent (f->store, now, &error));
  g_assert_no_error (error);
}

/* Whether win.section switches sections: it is off while the journal is locked. */
static gboolean
sections_switch (Fixture *f)
{
  gboolean switched;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.section", "s", "progress");
  switched = g_strcmp0 (tend_window_get_section (f->window), "progress") == 0;
  tend_window_show_section (f->window, "journal");
  return switched;
}

/* Opened locked: the unlock page, none of the journal's sections or actions; a wrong
 * passphrase says so and leaves every file as it was; the right one shows the journal. */
static void
test_opens_locked (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = tend_test_snapshot_tree (f->dir.dir, TRUE);
  g_autofree char *after = NULL;
  GtkWidget *message;

  g_assert_true (tend_window_get_locked (f->window));
  g_assert_nonnull (f->window->unlock_page);
  g_assert_true (gtk_widget_get_mapped (f->window->unlock_page));
  g_assert_false (gtk_widget_get_visible (f->window->sections_view));
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->window), "The garden after the rain"));
  g_assert_false (sections_switch (f));
  /* My Safety Plan never waits for the passphrase. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.safety-plan", NULL);
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (f->window->nav_view)),
                   ==, "safety-plan");
  adw_navigation_view_pop_to_tag (f->window->nav_view, "main");

  try_secret (f, "");
  g_assert_nonnull (tend_test_find_label (f->window->unlock_page,
                                          "Type your passphrase or your recovery code first."));
  g_assert_true (tend_window_get_locked (f->window));
  try_secret (f, "not my passphrase");
  message = tend_test_find_label (f->window->unlock_page, WRONG);
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_true (tend_store_get_locked (f->store));
  g_assert_true (tend_window_get_locked (f->window));
  after = tend_test_snapshot_tree (f->dir.dir, TRUE);
  g_assert_cmpstr (before, ==, after);

  /* The recovery code opens it too. */
  try_secret (f, CODE);
  tend_test_wait_until (window_unlocked, f->window, "the journal to show");
  g_assert_true (gtk_widget_get_visible (f->window->sections_view));
  g_assert_cmpstr (tend_window_get_section (f->window), ==, "journal");
  g_assert_true (sections_switch (f));
}

/* Words typed a moment before Ctrl+L, not handed to the store yet (the editor waits for a
 * pause), are on disk after it; the locked window holds none of them, nor the search. */
static void
test_lock_keeps_words (Fixture       *f,
                       gconstpointer  data)
{
  TendEntryEditor *editor = tend_journal_page_get_editor (f->window->journal_page);
  GtkTextView *view = GTK_TEXT_VIEW (tend_test_find_type (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));
  GListModel *entries;
  gboolean found = FALSE;
  GtkTextIter start, end;
  g_autofree char *left = NULL;

  GtkEditable *search = GTK_EDITABLE (tend_test_find_type (GTK_WIDGET (f->window->journal_page),
                                                         GTK_TYPE_SEARCH_ENTRY));

  unlock (f);
  tend_journal_page_search (f->window->journal_page);
  gtk_editable_set_text (search, "garden");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-entry", NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "Typed just before locking", -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  g_assert_true (tend_store_get_locked (f->store));
  g_assert_true (tend_window_get_locked (f->window));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  left = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpstr (left, ==, "");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_false (sections_switch (f));

  /* Locking forgot every entry: unlocked again, the words come back from the disk. */
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (f->store)), ==, 0);
  unlock (f);
  tend_test_load_all (f->store);
  entries = tend_store_get_entries (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      found |= g_strcmp0 (tend_entry_get_text (entry), "Typed just before locking") == 0;
    }
  g_assert_true (found);
}

/* A pause as long as Preferences says locks the journal, never during an exercise; 0 never. */
static void
test_idle_lock (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);

  g_settings_set_uint (settings, "lock-after-minutes", 1);
  unlock (f);
  g_assert_cmpuint (f->window->idle_lock_id, !=, 0);

  f->window->last_input_time = g_get_monotonic_time () - 30 * G_USEC_PER_SEC;
  tend_window_lock_check_idle (f->window);
  g_assert_false (tend_store_get_locked (f->store));
  g_assert_cmpuint (f->window->idle_lock_id, !=, 0);

  f->window->last_input_time = g_get_monotonic_time () - 90 * G_USEC_PER_SEC;
  tend_window_start_exercise (f->window, "box-breathing");
  g_assert_nonnull (tend_window_get_player (f->window));
  tend_window_lock_check_idle (f->window);
  g_assert_false (tend_store_get_locked (f->store));

  adw_navigation_view_pop_to_tag (f->window->nav_view, "main");
  tend_window_lock_check_idle (f->window);
  g_assert_true (tend_store_get_locked (f->store));
  g_assert_true (tend_window_get_locked (f->window));
  g_assert_cmpuint (f->window->idle_lock_id, ==, 0);

  g_settings_set_uint (settings, "lock-after-minutes", 0);
  unlock (f);
  g_assert_cmpuint (f->window->idle_lock_id, ==, 0);
  g_settings_reset (settings, "lock-after-minutes");
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  if (tend_test_skip_without_seal ("/tend/lock/needs-libgcrypt"))
    return g_test_run ();

  g_test_add ("/tend/lock/opens-locked", Fixture, NULL,
              fixture_setup, test_opens_locked, fixture_teardown);
  g_test_add ("/tend/lock/keeps-words", Fixture, NULL,
              fixture_setup, test_lock_keeps_words, fixture_teardown);
  g_test_add ("/tend/lock/idle", Fixture, NULL,
              fixture_setup, test_idle_lock, fixture_teardown);

  return g_test_run ();
}
