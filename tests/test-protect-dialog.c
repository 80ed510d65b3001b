/* test-protect-dialog.c — the journal's protection from Preferences: the passphrase typed twice,
 * the recovery code kept before going on, and the journal sealed on disk; the current passphrase
 * asked before any change to a protected journal, and how long it waits idle before it locks.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#if HAVE_SEAL
#include "tend-kdf.h"
#endif
#include "tend-preferences-dialog.h"
#include "tend-protect-dialog.h"
#include "tend-recovery-print.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"

/* Words of an entry that must not be readable in the month's file once it is protected. */
#define KNOWN_WORDS "the blue kettle on grandmother's stove"

typedef struct {
  char                  *dir;
  char                  *month_path;
  TendStore             *store;
  GtkWindow             *window;
  TendPreferencesDialog *prefs;
} Fixture;

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

#define PREFS(f, name) child ((f)->prefs, TEND_TYPE_PREFERENCES_DIALOG, (name))
#define PROTECT(d, name) child ((d), TEND_TYPE_PROTECT_DIALOG, (name))

static void
open_preferences (Fixture *f,
                  int      width)
{
  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), adw_bin_new ());
  tend_test_show_window_content (f->window, width, 720);
  f->prefs = TEND_PREFERENCES_DIALOG (tend_preferences_dialog_new (f->store));
  adw_dialog_present (ADW_DIALOG (f->prefs), GTK_WIDGET (f->window));
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *month = g_date_time_format (now, "%Y-%m.json");
  g_autoptr(TendEntry) entry = tend_test_entry (today, "I remembered %s today.", KNOWN_WORDS);
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tend-protect-XXXXXX", NULL);
  f->month_path = g_build_filename (f->dir, month, NULL);
  f->store = tend_test_open_store (f->dir, now);
  g_assert_true (tend_store_add_entry (f->store, entry, &error));
  g_assert_no_error (error);
  tend_store_flush (f->store);
  open_preferences (f, GPOINTER_TO_INT (data) > 0 ? GPOINTER_TO_INT (data) : 800);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  adw_dialog_force_close (ADW_DIALOG (f->prefs));
  gtk_window_destroy (f->window);
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  tend_test_remove_tree (f->dir);
  g_free (f->month_path);
  g_free (f->dir);
}

static TendProtectDialog *
find_protect_dialog (Fixture *f)
{
  GtkWidget *found = tend_test_find_type (GTK_WIDGET (f->window), TEND_TYPE_PROTECT_DIALOG);

  return found != NULL ? TEND_PROTECT_DIALOG (found) : NULL;
}

static const char *
visible_tag (TendProtectDialog *dialog)
{
  AdwNavigationView *navigation = PROTECT (dialog, "navigation");

  return adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (navigation));
}

static void
type_passphrases (TendProtectDialog *dialog,
                  const char        *first,
                  const char        *again)
{
  gtk_editable_set_text (PROTECT (dialog, "passphrase_row"), first);
  gtk_editable_set_text (PROTECT (dialog, "again_row"), again);
}

static void
wait_page (TendProtectDialog *dialog)
{
  tend_test_wait_frames (GTK_WIDGET (dialog), 3);
}

/* Turns the switch on, as a click or Space does, and returns the dialog it opens. */
static TendProtectDialog *
switch_on (Fixture *f)
{
  TendProtectDialog *dialog;

  adw_switch_row_set_active (PREFS (f, "protect_row"), TRUE);
  dialog = find_protect_dialog (f);
  g_assert_nonnull (dialog);
  wait_page (dialog);
  return dialog;
}

static gboolean
dialog_gone (gpointer data)
{
  Fixture *f = data;

  return find_protect_dialog (f) == NULL;
}

static gboolean
store_unprotected (gpointer data)
{
  Fixture *f = data;

  return !tend_store_get_protected (f->store) && !tend_store_get_converting (f->store) &&
         gtk_widget_get_sensitive (PREFS (f, "protect_row"));
}

/* Walks the protect flow with matching passphrases and the code kept, up to the store's work. */
static TendProtectDialog *
protect_up_to_work (Fixture    *f,
                    const char *passphrase)
{
  TendProtectDialog *dialog = switch_on (f);

  type_passphrases (dialog, passphrase, passphrase);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
  wait_page (dialog);
  gtk_check_button_set_active (PROTECT (dialog, "kept_check"), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.code-done", NULL);
  g_assert_cmpstr (visible_tag (dialog), ==, "work");
  return dialog;
}

static gboolean
current_answered (gpointer data)
{
  TendProtectDialog *dialog = data;

  return g_strcmp0 (visible_tag (dialog), "current") != 0 ||
         g_strcmp0 (gtk_stack_get_visible_child_name (PROTECT (dialog, "current_stack")),
                    "label") == 0;
}

/* Opens the dialog of @action from Preferences, on the current passphrase's page. */
static TendProtectDialog *
open_for_change (Fixture    *f,
                 const char *action)
{
  TendProtectDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->prefs), action, NULL);
  dialog = find_protect_dialog (f);
  g_assert_nonnull (dialog);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  return dialog;
}

/* Types @secret as the current passphrase and goes on, with a spinner until the store says. */
static void
answer_current (TendProtectDialog *dialog,
                const char        *secret)
{
  gtk_editable_set_text (PROTECT (dialog, "current_row"), secret);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.current-done", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PROTECT (dialog, "current_stack")), ==,
                   "spinner");
  g_assert_false (gtk_editable_get_editable (PROTECT (dialog, "current_row")));
  tend_test_wait_until (current_answered, dialog, "the current passphrase checked");
  wait_page (dialog);
}

/* A wrong current passphrase: said in the dialog, the field marked and its words selected to
 * type over, the same page, and not a byte of the key file changed. */
static void
assert_wrong_current (Fixture           *f,
                      TendProtectDialog *dialog,
                      const char        *wrong)
{
  g_autofree char *key_path = g_build_filename (f->dir, "key.json", NULL);
  g_autoptr(GBytes) before = tend_test_read_bytes (key_path);
  g_autoptr(GBytes) after = NULL;
  GtkEditable *row = PROTECT (dialog, "current_row");
  GtkLabel *error = PROTECT (dialog, "current_error");
  int start, end;

  answer_current (dialog, wrong);
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_cmpstr (gtk_label_get_text (error), ==,
                   "This is not the passphrase or the recovery code of this journal. Nothing "
                   "was changed. Please check it and try again.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_true (gtk_editable_get_editable (row));
  g_assert_cmpstr (gtk_editable_get_text (row), ==, wrong);
  g_assert_true (gtk_editable_get_selection_bounds (row, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen (wrong, -1));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (row)));

  after = tend_test_read_bytes (key_path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (tend_store_get_protected (f->store));
  g_assert_false (tend_store_get_locked (f->store));
}

/* Off by default: the switch is there, off, with nothing to change yet. */
static void
test_off_by_default (Fixture       *f,
                     gconstpointer  data)
{
  AdwSwitchRow *row = PREFS (f, "protect_row");

  g_assert_true (gtk_widget_get_visible (PREFS (f, "privacy_group")));
  g_assert_false (tend_store_get_protected (f->store));
  g_assert_false (adw_switch_row_get_active (row));
  g_assert_false (gtk_widget_get_visible (PREFS (f, "change_row")));
  g_assert_false (gtk_widget_get_visible (PREFS (f, "code_row")));
  /* A plain journal never locks: there is no idle time to choose. */
  g_assert_false (gtk_widget_get_visible (PREFS (f, "lock_row")));

  /* A Tend built without sealing says so and offers nothing it cannot do. */
  if (tend_store_get_can_protect (f->store))
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  else
    {
      g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       "This version of Tend cannot protect the journal");
    }
}

/* Different passphrases, or none, keep the person on the first page, saying why. */
static void
test_passphrase_mismatch (Fixture       *f,
                          gconstpointer  data)
{
  TendProtectDialog *dialog = switch_on (f);
  GtkLabel *error = PROTECT (dialog, "passphrase_error");

  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");
  g_assert_true (gtk_widget_has_focus (PROTECT (dialog, "passphrase_row")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         PROTECT (dialog, "passphrase_row")));

  /* Typing the second one, still on its way to the first: nothing said yet. */
  type_passphrases (dialog, "quiet harbour", "quiet");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));

  /* Once it cannot become the first, it says so at once. */
  type_passphrases (dialog, "quiet harbour", "quiet harp");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL));
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");
  g_assert_cmpstr (gtk_label_get_text (error), ==,
                   "The two passphrases are different. Type the same passphrase in both fields.");
  g_assert_true (gtk_widget_has_css_class (PROTECT (dialog, "again_row"), "error"));
  g_assert_true (gtk_widget_has_focus (PROTECT (dialog, "again_row")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         PROTECT (dialog, "again_row")));

  /* A prefix of the first is not the first either. */
  type_passphrases (dialog, "quiet harbour", "quiet");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL));
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");

  /* Nothing typed is no passphrase. */
  type_passphrases (dialog, "", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL));
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");
  g_assert_cmpstr (gtk_label_get_text (error), ==, "Type a passphrase first.");
  g_assert_true (gtk_widget_has_css_class (PROTECT (dialog, "passphrase_row"), "error"));
  g_assert_false (gtk_widget_has_css_class (PROTECT (dialog, "again_row"), "error"));

  /* The same twice: on to the code; the message has gone. */
  type_passphrases (dialog, "quiet harbour", "quiet harbour");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL));
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "code");

  /* Given up: the switch goes back to what the store says, and nothing changed. */
  adw_dialog_close (ADW_DIALOG (dialog));
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_false (adw_switch_row_get_active (PREFS (f, "protect_row")));
  g_assert_false (tend_store_get_protected (f->store));
}

static gboolean
is_recovery_code (const char *code)
{
  g_auto(GStrv) groups = g_strsplit (code, "-", -1);

  if (g_strv_length (groups) != 5)
    return FALSE;
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (strlen (groups[i]) != 5)
        return FALSE;
      for (const char *c = groups[i]; *c != '\0'; c++)
        if (!g_ascii_isupper (*c) && !g_ascii_isdigit (*c))
          return FALSE;
    }
  return TRUE;
}

/* The code is shown to keep, and going on needs the person to say they kept it. */
static void
test_code_needs_check (Fixture       *f,
                       gconstpointer  data)
{
  TendProtectDialog *dialog = switch_on (f);
  GtkLabel *code = PROTECT (dialog, "code_label");
  GtkCheckButton *kept = PROTECT (dialog, "kept_check");
  GtkWidget *button = PROTECT (dialog, "code_button");
  g_autofree char *shown = NULL;

  type_passphrases (dialog, "quiet harbour", "quiet harbour");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "code");

  shown = g_strdup (gtk_label_get_text (code));
  g_test_message ("recovery code %s", shown);
  g_assert_true (is_recovery_code (shown));
  g_assert_true (gtk_label_get_selectable (code));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (code), "monospace"));
  /* The first focus is Copy, not the code, which would select itself. */
  g_assert_true (gtk_widget_has_focus (PROTECT (dialog, "copy_button")));

  g_assert_false (gtk_check_button_get_active (kept));
  g_assert_false (gtk_widget_is_sensitive (button));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.code-done", NULL);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "code");

  gtk_check_button_set_active (kept, TRUE);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_check_button_set_active (kept, FALSE);
  g_assert_false (gtk_widget_is_sensitive (button));

  /* Copy puts exactly the code on the clipboard. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.copy", NULL);
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (dialog));
    g_autoptr(GError) error = NULL;
    GValue text = G_VALUE_INIT;

    g_value_init (&text, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard),
                                                   &text, &error));
    g_assert_cmpstr (g_value_get_string (&text), ==, shown);
    g_value_unset (&text);
  }

  /* Back and on again: the same code, shown once per dialog. */
  adw_navigation_view_pop (PROTECT (dialog, "navigation"));
  wait_page (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
  wait_page (dialog);
  g_assert_cmpstr (gtk_label_get_text (code), ==, shown);

  adw_dialog_close (ADW_DIALOG (dialog));
  g_assert_false (tend_store_get_protected (f->store));
}

/* Scrolls Preferences to its end, where the Privacy group is. */
static void
scroll_to_privacy (Fixture *f)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (tend_test_find_type (GTK_WIDGET (f->prefs),
                                                                          GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static void
shot (Fixture    *f,
      const char *page,
      const char *variant)
{
  g_autofree char *name = g_strdup_printf ("protect-%s-%s", page, variant);

  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  tend_test_save_screenshot (GTK_WIDGET (f->window), name);
}

/* Every page of every step, to look at: TEND_SHOT_DIR=… (and LANGUAGE=de …). */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  TendProtectDialog *dialog;

  if (g_getenv ("TEND_SHOT_DIR") == NULL)
    {
      g_test_skip ("set TEND_SHOT_DIR to save screenshots");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *variant = g_strdup_printf ("%s-%d", i == 0 ? "light" : "dark",
                                                  GPOINTER_TO_INT (data));

      adw_style_manager_set_color_scheme (style, schemes[i]);
      scroll_to_privacy (f);
      shot (f, "0-preferences-off", variant);

      dialog = switch_on (f);
      type_passphrases (dialog, "quiet harbour", "quiet harp");
      shot (f, "1-passphrase-differ", variant);
      type_passphrases (dialog, "quiet harbour", "quiet harbour");
      gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
      wait_page (dialog);
      shot (f, "2-code", variant);
      gtk_check_button_set_active (PROTECT (dialog, "kept_check"), TRUE);
      gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.code-done", NULL);
      shot (f, "3-working", variant);
      tend_test_wait_until (dialog_gone, f, "the journal protected");
      scroll_to_privacy (f);
      shot (f, "4-preferences-on", variant);

      dialog = open_for_change (f, "prefs.change-passphrase");
      shot (f, "5-change-current", variant);
      answer_current (dialog, "quiet harb0ur");
      shot (f, "5-change-current-wrong", variant);
      answer_current (dialog, "quiet harbour");
      shot (f, "5-change-passphrase", variant);
      adw_dialog_close (ADW_DIALOG (dialog));
      tend_test_wait_until (dialog_gone, f, "the dialog closed");

      dialog = open_for_change (f, "prefs.new-recovery-code");
      shot (f, "6-new-code-current", variant);
      answer_current (dialog, "quiet harbour");
      shot (f, "6-new-recovery-code", variant);
      adw_dialog_close (ADW_DIALOG (dialog));
      tend_test_wait_until (dialog_gone, f, "the dialog closed");

      adw_switch_row_set_active (PREFS (f, "protect_row"), FALSE);
      dialog = find_protect_dialog (f);
      wait_page (dialog);
      shot (f, "7-turn-off", variant);
      answer_current (dialog, "quiet harbour");
      tend_test_wait_until (store_unprotected, f, "protection off");
      tend_test_wait_until (dialog_gone, f, "the dialog closed");
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
dialog_gone_or_failed (gpointer data)
{
  Fixture *f = data;
  TendProtectDialog *dialog = find_protect_dialog (f);

  return dialog == NULL ||
         g_strcmp0 (gtk_stack_get_visible_child_name (PROTECT (dialog, "work_stack")), "failed") == 0;
}

/* Whether any file under @path holds @needle: the month, its temporary files, anything. */
static gboolean
tree_contains (const char *path,
               const char *needle)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_autofree char *contents = NULL;
      gsize length;

      return g_file_get_contents (path, &contents, &length, NULL) &&
             tend_test_data_contains (contents, length, needle);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child_path = g_build_filename (path, name, NULL);

      if (tree_contains (child_path, needle))
        return TRUE;
    }
  return FALSE;
}

/* Through every page to a protected journal: the store says so, Preferences shows it, no file
 * holds the entry's words, and both the passphrase and the code shown open the journal. */
static void
test_protect_completes (Fixture       *f,
                        gconstpointer  data)
{
  TendProtectDialog *dialog;
  g_autofree char *code = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tree_contains (f->month_path, KNOWN_WORDS));

  dialog = protect_up_to_work (f, "quiet harbour");
  code = g_strdup (gtk_label_get_text (PROTECT (dialog, "code_label")));
  /* While the store works, the dialog cannot be closed or left. */
  g_assert_false (adw_dialog_get_can_close (ADW_DIALOG (dialog)));
  g_assert_false (adw_navigation_page_get_can_pop (PROTECT (dialog, "work_page")));
  tend_test_wait_until (dialog_gone, f, "the journal protected");

  g_assert_true (tend_store_get_protected (f->store));
  g_assert_false (tend_store_get_converting (f->store));
  g_assert_false (tend_store_get_locked (f->store));
  g_assert_true (adw_switch_row_get_active (PREFS (f, "protect_row")));
  g_assert_true (gtk_widget_get_visible (PREFS (f, "change_row")));
  g_assert_true (gtk_widget_get_visible (PREFS (f, "code_row")));
  g_assert_true (gtk_widget_get_visible (PREFS (f, "lock_row")));
  g_assert_true (gtk_widget_get_sensitive (PREFS (f, "lock_row")));
  g_assert_true (g_file_test (f->month_path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (tree_contains (f->dir, KNOWN_WORDS));
  g_assert_false (tree_contains (f->dir, "quiet harbour"));

  /* Locked, Preferences offers nothing to change until the journal is open again. */
  tend_store_lock (f->store);
  g_assert_false (gtk_widget_get_sensitive (PREFS (f, "protect_row")));
  g_assert_false (gtk_widget_get_sensitive (PREFS (f, "change_row")));
  g_assert_false (gtk_widget_get_sensitive (PREFS (f, "lock_row")));
  g_assert_true (tend_test_unlock (f->store, "quiet harbour", &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (PREFS (f, "protect_row")));
  tend_store_lock (f->store);
  g_assert_true (tend_test_unlock (f->store, code, &error));
  g_assert_no_error (error);
}

/* A failure is said in the dialog, nothing is lost, and Try Again finishes the job. */
static void
test_protect_retry (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *key_path = g_build_filename (f->dir, "key.json", NULL);
  TendProtectDialog *dialog;
  AdwStatusPage *status;

  /* Where the key file goes, a folder: its write fails, for root too. */
  g_assert_cmpint (g_mkdir (key_path, 0700), ==, 0);
  dialog = protect_up_to_work (f, "quiet harbour");
  tend_test_wait_until (dialog_gone_or_failed, f, "the protection to fail");
  g_assert_true (find_protect_dialog (f) == dialog);
  status = PROTECT (dialog, "failed_status");
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Could Not Protect the Journal");
  g_test_message ("said: %s", adw_status_page_get_description (status));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "key.json"));
  g_assert_true (g_str_has_suffix (adw_status_page_get_description (status),
                                   "\nNothing was lost, and you can try again."));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "protect-8-failed-360");
  g_assert_true (gtk_widget_has_focus (PROTECT (dialog, "retry_button")));
  g_assert_true (adw_dialog_get_can_close (ADW_DIALOG (dialog)));
  g_assert_false (tend_store_get_protected (f->store));
  g_assert_true (tree_contains (f->month_path, KNOWN_WORDS));

  g_assert_cmpint (g_rmdir (key_path), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.retry", NULL);
  tend_test_wait_until (dialog_gone, f, "the journal protected");
  g_assert_true (tend_store_get_protected (f->store));
  g_assert_false (tree_contains (f->dir, KNOWN_WORDS));
}

static void
protected_setup (Fixture       *f,
                 gconstpointer  data)
{
  fixture_setup (f, data);
  tend_test_protect (f->store, "old harbour", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE");
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
}

/* Locks the journal and tries @secret: it opens it, or is refused as a wrong key. */
static void
assert_unlocks (Fixture    *f,
                const char *secret,
                gboolean    opens)
{
  g_autoptr(GError) error = NULL;

  tend_store_lock (f->store);
  g_assert_cmpint (tend_test_unlock (f->store, secret, &error), ==, opens);
  if (opens)
    g_assert_no_error (error);
  else
    g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY);
}

/* A new passphrase, typed twice: the old one stops opening the journal, the code still does. */
static void
test_change_passphrase (Fixture       *f,
                        gconstpointer  data)
{
  TendProtectDialog *dialog;

  GtkEditable *current;

  g_assert_true (adw_switch_row_get_active (PREFS (f, "protect_row")));
  g_assert_true (gtk_widget_get_visible (PREFS (f, "change_row")));
  gtk_widget_activate (PREFS (f, "change_row"));
  dialog = find_protect_dialog (f);
  g_assert_nonnull (dialog);
  wait_page (dialog);

  /* The passphrase in use first, in a field that has the focus; a wrong one changes nothing. */
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  current = PROTECT (dialog, "current_row");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (current)));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.current-done", NULL);
  g_assert_cmpstr (gtk_label_get_text (PROTECT (dialog, "current_error")), ==,
                   "Type your passphrase or your recovery code first.");
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  assert_wrong_current (f, dialog, "old harb0ur");
  /* Typing again takes the red away. */
  gtk_editable_set_text (current, "old");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (current), "error"));

  /* Enter in the field goes on, as the button does: the right one leads to the new passphrase,
   * with no way back to this page. */
  gtk_editable_set_text (current, "old harbour");
  g_signal_emit_by_name (current, "entry-activated");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (PROTECT (dialog, "current_stack")), ==,
                   "spinner");
  tend_test_wait_until (current_answered, dialog, "the current passphrase checked");
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");
  g_assert_cmpstr (gtk_editable_get_text (current), ==, "");
  g_assert_null (adw_navigation_view_get_previous_page (PROTECT (dialog, "navigation"),
                                                        PROTECT (dialog, "passphrase_page")));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         PROTECT (dialog, "passphrase_row")));

  type_passphrases (dialog, "new harbour", "new harb0ur");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "passphrase");

  type_passphrases (dialog, "new harbour", "new harbour");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.passphrase-done", NULL);
  tend_test_wait_until (dialog_gone, f, "the passphrase changed");

  assert_unlocks (f, "old harbour", FALSE);
  assert_unlocks (f, "new harbour", TRUE);
  assert_unlocks (f, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", TRUE);
}

/* A new recovery code, shown once and kept: it opens the journal, and the old one no longer
 * does. */
static void
test_new_recovery_code (Fixture       *f,
                        gconstpointer  data)
{
  TendProtectDialog *dialog;
  g_autofree char *code = NULL;

  gtk_widget_activate (PREFS (f, "code_row"));
  dialog = find_protect_dialog (f);
  g_assert_nonnull (dialog);
  wait_page (dialog);

  /* The new code is not shown before the current passphrase, nor after a wrong one: it is
   * nowhere in the dialog yet. */
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  g_assert_cmpstr (gtk_label_get_text (PROTECT (dialog, "code_label")), ==, "");
  assert_wrong_current (f, dialog, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEF");
  g_assert_cmpstr (gtk_label_get_text (PROTECT (dialog, "code_label")), ==, "");
  /* The recovery code in use opens the way as well as the passphrase. */
  answer_current (dialog, "aaaaa bbbbb ccccc ddddd eeeee");
  g_assert_cmpstr (visible_tag (dialog), ==, "code");
  code = g_strdup (gtk_label_get_text (PROTECT (dialog, "code_label")));
  g_assert_true (is_recovery_code (code));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.code-done", NULL);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "code");
  gtk_check_button_set_active (PROTECT (dialog, "kept_check"), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.code-done", NULL);
  tend_test_wait_until (dialog_gone, f, "the new code saved");

  assert_unlocks (f, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", FALSE);
  assert_unlocks (f, code, TRUE);
  assert_unlocks (f, "old harbour", TRUE);
}

static gboolean
pointer_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Turning protection off says what it means and asks the current passphrase, in one dialog:
 * closing it or a wrong passphrase keeps it on, the right one makes the files plain. */
static void
test_turn_off (Fixture       *f,
               gconstpointer  data)
{
  AdwSwitchRow *row = PREFS (f, "protect_row");
  TendProtectDialog *dialog;

  g_assert_false (tree_contains (f->dir, KNOWN_WORDS));

  adw_switch_row_set_active (row, FALSE);
  dialog = find_protect_dialog (f);
  g_assert_nonnull (dialog);
  wait_page (dialog);
  g_assert_cmpstr (visible_tag (dialog), ==, "current");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (PROTECT (dialog, "current_intro")),
                                   "Your journal will be kept in plain files again"));
  g_assert_true (gtk_widget_has_css_class (PROTECT (dialog, "current_button"),
                                           "destructive-action"));
  g_assert_null (tend_test_find_type (GTK_WIDGET (f->window), ADW_TYPE_ALERT_DIALOG));
  adw_dialog_close (ADW_DIALOG (dialog));
  tend_test_wait_until (dialog_gone, f, "the dialog closed");
  g_assert_true (adw_switch_row_get_active (row));
  g_assert_true (tend_store_get_protected (f->store));

  /* Closed while the right passphrase is checked: the answer turns nothing off. */
  adw_switch_row_set_active (row, FALSE);
  dialog = find_protect_dialog (f);
  wait_page (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (PROTECT (dialog, "current_row"), "old harbour");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "protect.current-done", NULL);
  adw_dialog_close (ADW_DIALOG (dialog));
  tend_test_wait_until (pointer_gone, &dialog, "the dialog and its check gone");
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_true (tend_store_get_protected (f->store));
  g_assert_false (tend_store_get_converting (f->store));
  g_assert_true (adw_switch_row_get_active (row));

  adw_switch_row_set_active (row, FALSE);
  dialog = find_protect_dialog (f);
  wait_page (dialog);
  assert_wrong_current (f, dialog, "old harbour ");
  g_assert_false (tree_contains (f->dir, KNOWN_WORDS));

  answer_current (dialog, "old harbour");
  tend_test_wait_until (store_unprotected, f, "protection off");
  tend_test_wait_until (dialog_gone, f, "the dialog closed");
  g_assert_false (adw_switch_row_get_active (row));
  g_assert_false (gtk_widget_get_visible (PREFS (f, "change_row")));
  g_assert_false (gtk_widget_get_visible (PREFS (f, "code_row")));
  g_assert_false (gtk_widget_get_visible (PREFS (f, "lock_row")));
  g_assert_true (tree_contains (f->month_path, KNOWN_WORDS));
}

/* A new recovery code starts on its code, with Copy focused and nothing selected: a focused
 * code would select itself, and a keypress would then replace nothing but surprise. */
static void
test_new_code_focus (Fixture       *f,
                     gconstpointer  data)
{
  AdwDialog *dialog = tend_protect_dialog_new_recovery_code (f->store);
  int start, end;

  adw_dialog_present (dialog, GTK_WIDGET (f->window));
  wait_page (TEND_PROTECT_DIALOG (dialog));
  answer_current (TEND_PROTECT_DIALOG (dialog), "old harbour");
  g_assert_cmpstr (visible_tag (TEND_PROTECT_DIALOG (dialog)), ==, "code");
  g_assert_true (is_recovery_code (gtk_label_get_text (PROTECT (dialog, "code_label"))));
  g_assert_true (gtk_widget_has_focus (PROTECT (dialog, "copy_button")));
  g_assert_false (gtk_label_get_selection_bounds (PROTECT (dialog, "code_label"), &start, &end));
  g_assert_false (gtk_widget_is_sensitive (PROTECT (dialog, "code_button")));
  adw_dialog_close (dialog);
}

static const char *
lock_row_shows (Fixture *f)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (PREFS (f, "lock_row"));

  g_assert_nonnull (item);
  return gtk_string_object_get_string (item);
}

/* Picks @name in the row's list as the keyboard does: Enter on the row opens the list, the
 * arrows go to the item, Enter chooses it. */
static void
choose_lock_time (Fixture    *f,
                  const char *name)
{
  AdwComboRow *row = PREFS (f, "lock_row");
  GListModel *names = adw_combo_row_get_model (row);
  GtkWidget *popover = tend_test_find_type (GTK_WIDGET (row), GTK_TYPE_POPOVER);
  GtkWidget *list = tend_test_find_type (popover, GTK_TYPE_LIST_VIEW);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  gtk_widget_activate (GTK_WIDGET (row));
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (gtk_widget_get_visible (popover));
  /* The arrow keys move the selection along the list; Enter takes it. */
  gtk_widget_activate_action (list, "list.select-item", "(ubb)", position, FALSE, FALSE);
  gtk_widget_activate_action (list, "list.activate-item", "u", position);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (gtk_widget_get_visible (popover));
}

/* Lock When Idle: shown while protected, it writes the time chosen, shows a time set elsewhere
 * (even one it does not offer, as itself), and is greyed while the journal is locked. */
static void
test_lock_after (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  AdwComboRow *row = PREFS (f, "lock_row");
  GListModel *names;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 10);
  g_assert_cmpstr (lock_row_shows (f), ==, "10 minutes");
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 7);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "Never");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "1 minute");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 6), ==, "1 hour");

  choose_lock_time (f, "5 minutes");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 5);
  choose_lock_time (f, "Never");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 0);
  choose_lock_time (f, "1 hour");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 60);

  /* Set elsewhere: shown at once, and not written back. */
  g_settings_set_uint (settings, "lock-after-minutes", 30);
  g_assert_cmpstr (lock_row_shows (f), ==, "30 minutes");
  g_settings_set_uint (settings, "lock-after-minutes", 20);
  g_assert_cmpstr (lock_row_shows (f), ==, "20 minutes");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 20);
  {
    GtkWidget *popover = tend_test_find_type (GTK_WIDGET (row), GTK_TYPE_POPOVER);

    gtk_widget_activate (GTK_WIDGET (row));
    tend_test_save_screenshot (popover, "protect-lock-after-list");
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 8);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 4), ==, "15 minutes");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 5), ==, "20 minutes");
  g_settings_set_uint (settings, "lock-after-minutes", 120);
  g_assert_cmpstr (lock_row_shows (f), ==, "2 hours");
  g_settings_set_uint (settings, "lock-after-minutes", 90);
  g_assert_cmpstr (lock_row_shows (f), ==, "90 minutes");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 90);

  /* The one set elsewhere stays offered; another can be chosen from beside it. */
  choose_lock_time (f, "15 minutes");
  g_assert_cmpuint (g_settings_get_uint (settings, "lock-after-minutes"), ==, 15);

  /* Locked, nobody changes how soon it locks. */
  tend_store_lock (f->store);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_true (tend_test_unlock (f->store, "old harbour", &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));

  g_settings_reset (settings, "lock-after-minutes");
  g_assert_cmpstr (lock_row_shows (f), ==, "10 minutes");
}

/* The printed page holds the code and says what it is. */
static void
test_print_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-protect-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "code.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GtkPrintOperation) operation = tend_recovery_print_new ("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, path, "-", NULL };
      g_autofree char *text = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &text, NULL, &status, NULL));
      g_assert_nonnull (strstr (text, "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2"));
      g_assert_nonnull (strstr (text, "recovery code opens your Tend journal"));
    }
  else
    g_test_message ("pdftotext is not installed: the page's words are not read back");

  tend_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  if (tend_test_skip_without_seal ("/tend/protect/needs-libgcrypt"))
    return g_test_run ();
#if HAVE_SEAL
  tend_kdf_use_cheapest_for_tests ();
#endif

  g_test_add ("/tend/protect/off-by-default", Fixture, NULL,
              fixture_setup, test_off_by_default, fixture_teardown);
  g_test_add ("/tend/protect/passphrase-mismatch", Fixture, NULL,
              fixture_setup, test_passphrase_mismatch, fixture_teardown);
  g_test_add ("/tend/protect/code-needs-check", Fixture, NULL,
              fixture_setup, test_code_needs_check, fixture_teardown);
  g_test_add ("/tend/protect/completes", Fixture, NULL,
              fixture_setup, test_protect_completes, fixture_teardown);
  /* On a phone, where the failure's words have the least room. */
  g_test_add ("/tend/protect/retry", Fixture, GINT_TO_POINTER (360),
              fixture_setup, test_protect_retry, fixture_teardown);
  g_test_add ("/tend/protect/change-passphrase", Fixture, NULL,
              protected_setup, test_change_passphrase, fixture_teardown);
  g_test_add ("/tend/protect/new-recovery-code", Fixture, NULL,
              protected_setup, test_new_recovery_code, fixture_teardown);
  g_test_add ("/tend/protect/turn-off", Fixture, NULL,
              protected_setup, test_turn_off, fixture_teardown);
  g_test_add ("/tend/protect/lock-after", Fixture, NULL,
              protected_setup, test_lock_after, fixture_teardown);
  g_test_add ("/tend/protect/new-code-focus", Fixture, NULL,
              protected_setup, test_new_code_focus, fixture_teardown);
  g_test_add_func ("/tend/protect/print-page", test_print_page);
  g_test_add ("/tend/protect/screenshots-360", Fixture, GINT_TO_POINTER (360),
              fixture_setup, test_screenshots, fixture_teardown);
  g_test_add ("/tend/protect/screenshots-800", Fixture, GINT_TO_POINTER (800),
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
