/* test-share-dialog.c — the page for someone close, saved to share from its Learn page: the
 * person's note and the needs they tick go above the page, as Markdown or as a PDF, readable by
 * its owner alone; a file that cannot be written loses none of their choices.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tend-learn-topic-page.h"
#include "tend-share-dialog.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"

typedef struct {
  char      *dir;
  GtkWindow *window;
  GtkWidget *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  AdwNavigationView *navigation = ADW_NAVIGATION_VIEW (adw_navigation_view_new ());

  fixture->dir = g_dir_make_tmp ("tend-share-dialog-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->page = tend_learn_topic_page_new (tend_learn_lookup ("close"));
  adw_navigation_view_add (navigation, ADW_NAVIGATION_PAGE (fixture->page));
  fixture->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (navigation));
  tend_test_show_window (fixture->window, GPOINTER_TO_INT (data) ? GPOINTER_TO_INT (data) : 800,
                         760);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_unsetenv ("TEND_TEST_FILE");
  gtk_window_destroy (fixture->window);
  tend_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The page's "Save to Share…" opens the dialog over it. */
static TendShareDialog *
open_dialog (Fixture *fixture)
{
  AdwDialog *dialog;

  g_assert_nonnull (tend_test_find_button (fixture->page, GTK_TYPE_BUTTON, "Save to Share…"));
  g_assert_true (gtk_widget_activate_action (fixture->page, "topic.share", NULL));
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  dialog = adw_window_get_visible_dialog (ADW_WINDOW (fixture->window));
  g_assert_true (TEND_IS_SHARE_DIALOG (dialog));
  return TEND_SHARE_DIALOG (dialog);
}

static void
type_note (TendShareDialog *dialog,
           const char      *note)
{
  GtkWidget *view = tend_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), note, -1);
}

static void
saved_cb (TendShareDialog *dialog,
          gboolean        *saved)
{
  *saved = TRUE;
}

/* Saves to @name in the fixture's folder (TEND_TEST_FILE stands in for the file chooser) and
 * returns what was written, checking it is its owner's alone and the dialog closed. */
static char *
save (Fixture         *fixture,
      TendShareDialog *dialog,
      const char      *name,
      gsize           *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  gboolean saved = FALSE;
  char *contents = NULL;
  GStatBuf info;

  g_setenv ("TEND_TEST_FILE", path, TRUE);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  tend_test_wait_until (tend_test_is_true, &saved, "the shared page");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_null (adw_window_get_visible_dialog (ADW_WINDOW (fixture->window)));

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Markdown: the note, then the two needs ticked, then the page. */
static void
test_markdown (Fixture       *fixture,
               gconstpointer  data)
{
  TendShareDialog *dialog = open_dialog (fixture);
  g_autofree char *contents = NULL;
  g_auto(GStrv) needs = NULL;
  gsize length;

  type_note (dialog, "Please ask before hugs.");
  tend_test_activate_row (GTK_WIDGET (dialog), "Tell me when you need a pause too.");
  tend_test_activate_row (GTK_WIDGET (dialog), "Ask before you touch me.");
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  g_assert_false (tend_share_dialog_get_pdf (dialog));
  needs = tend_share_dialog_dup_need_ids (dialog);
  g_assert_cmpstrv (needs, ((const char * const []) { "ask-touch", "your-pause", NULL }));

  contents = save (fixture, dialog, "for-someone-close.md", &length);
  g_assert_true (g_str_has_prefix (contents, "# For Someone Close to You\n\n"
                                             "> Please ask before hugs.\n\n"
                                             "## What Helps Me Right Now\n\n"
                                             "- Ask before you touch me.\n"
                                             "- Tell me when you need a pause too.\n\n"
                                             "## If Someone Shared This With You\n"));
  /* Only what was ticked. */
  g_assert_null (strstr (contents, "If I go quiet"));
}

/* A PDF is the first choice; it holds the note, the need ticked and the page. */
static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  TendShareDialog *dialog = open_dialog (fixture);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *path = g_build_filename (fixture->dir, "for-someone-close.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (tend_share_dialog_get_pdf (dialog));
  type_note (dialog, "NOTE-WORDS: please ask before hugs.");
  tend_test_activate_row (GTK_WIDGET (dialog), "If I go quiet, I may need space, not questions.");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  tend_test_save_screenshot (GTK_WIDGET (fixture->window),
                             data != NULL ? "share-dialog-narrow" : "share-dialog");

  contents = save (fixture, dialog, "for-someone-close.pdf", &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (tend_test_data_contains (contents, length, "%%EOF"));

  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, path, "-", NULL };
      g_autofree char *text = NULL;
      const char *note, *need, *page;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &text, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      note = strstr (text, "NOTE-WORDS");
      need = strstr (text, "If I go quiet");
      page = strstr (text, "If Someone Shared This With You");
      g_assert_true (note != NULL && need != NULL && page != NULL);
      g_assert_true (note < need && need < page);
      g_assert_null (strstr (text, "Ask before you touch me"));
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's words are not read back");

  /* To look at. */
  if (g_getenv ("TEND_SHOT_DIR") != NULL)
    {
      g_autofree char *kept = g_build_filename (g_getenv ("TEND_SHOT_DIR"),
                                                "share-page.pdf", NULL);

      g_mkdir_with_parents (g_getenv ("TEND_SHOT_DIR"), 0700);
      g_assert_true (g_file_set_contents (kept, contents, length, NULL));
    }
}

/* A folder that is not there: the dialog stays, says so, and keeps the note and the needs;
 * a file that can be written then takes them all. */
static void
test_not_written (Fixture       *fixture,
                  gconstpointer  data)
{
  TendShareDialog *dialog = open_dialog (fixture);
  g_autofree char *missing = g_build_filename (fixture->dir, "gone", "page.md", NULL);
  g_autofree char *note = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) needs = NULL;
  gsize length;

  type_note (dialog, "Kept.");
  tend_test_activate_row (GTK_WIDGET (dialog), "Ask before you touch me.");
  tend_test_activate_row (GTK_WIDGET (dialog), "Markdown");
  g_setenv ("TEND_TEST_FILE", missing, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "share.save", NULL));
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);

  g_assert_true (adw_window_get_visible_dialog (ADW_WINDOW (fixture->window)) ==
                 ADW_DIALOG (dialog));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  note = tend_share_dialog_dup_note (dialog);
  g_assert_cmpstr (note, ==, "Kept.");
  needs = tend_share_dialog_dup_need_ids (dialog);
  g_assert_cmpstrv (needs, ((const char * const []) { "ask-touch", NULL }));

  contents = save (fixture, dialog, "page.md", &length);
  g_assert_true (g_str_has_prefix (contents, "# For Someone Close to You\n\n> Kept.\n\n"));
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/share-dialog/markdown", Fixture, NULL,
              fixture_set_up, test_markdown, fixture_tear_down);
  g_test_add ("/tend/share-dialog/pdf", Fixture, NULL,
              fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/tend/share-dialog/pdf-narrow", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/tend/share-dialog/not-written", Fixture, NULL,
              fixture_set_up, test_not_written, fixture_tear_down);

  return g_test_run ();
}
