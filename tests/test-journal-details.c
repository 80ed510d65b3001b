/* test-journal-details.c — the details of the Journal a person notices: the page titled by
 * its day, a quiet word count, a check-in of one consistent control that is easy to tap at
 * 360 px, search results that show the words found; and screenshots of it all to look at.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-checkin.h"
#include "tend-journal-page.h"
#include "tend-test-journal.h"
#include "tend-test-utils.h"
#include "tend-word-count.h"

typedef TendJournalFixture Fixture;

static const char *
editor_title (Fixture *f,
              gboolean subtitle)
{
  GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));
  AdwWindowTitle *title = ADW_WINDOW_TITLE (tend_test_find_type (editor, ADW_TYPE_WINDOW_TITLE));

  return subtitle ? adw_window_title_get_subtitle (title) : adw_window_title_get_title (title);
}

static void
open_new_entry (Fixture    *f,
                const char *day,
                const char *text)
{
  g_autoptr(TendEntry) entry = tend_entry_new_now ();

  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, text);
  g_assert_true (tend_store_add_entry (f->store, entry, NULL));
  tend_journal_page_open_entry (f->page, entry);
}

/* The page is titled by its day, before and after the first keystroke. */
static void
test_title_is_the_day (Fixture       *f,
                       gconstpointer  data)
{
  TendEntryEditor *editor = tend_journal_page_get_editor (f->page);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) october = g_date_time_new_local (2025, 10, 3, 12, 0, 0);
  g_autofree char *yesterday_day = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *today_full = g_date_time_format (now, "%A, %-d %B %Y");
  g_autofree char *october_weekday = g_date_time_format (october, "%A");

  g_assert_cmpstr (editor_title (f, FALSE), ==, "Today");
  g_assert_cmpstr (editor_title (f, TRUE), ==, today_full);

  tend_test_journal_type (f, "T");
  tend_entry_editor_save (editor);
  g_assert_nonnull (tend_entry_editor_get_entry (editor));
  g_assert_cmpstr (editor_title (f, FALSE), ==, "Today");
  g_assert_cmpstr (editor_title (f, TRUE), ==, today_full);

  open_new_entry (f, yesterday_day, "Written yesterday.");
  g_assert_cmpstr (editor_title (f, FALSE), ==, "Yesterday");

  open_new_entry (f, "2025-10-03", "An October entry.");
  g_assert_cmpstr (editor_title (f, FALSE), ==, "3 October 2025");
  g_assert_cmpstr (editor_title (f, TRUE), ==, october_weekday);
}

static gboolean
count_is (gpointer data)
{
  Fixture *f = data;
  GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));
  TendWordCount *count = TEND_WORD_COUNT (tend_test_find_type (editor, TEND_TYPE_WORD_COUNT));

  return tend_word_count_get_n (count) ==
         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (f->window), "words"));
}

static void
wait_for_count (Fixture *f,
                guint    words)
{
  g_object_set_data (G_OBJECT (f->window), "words", GUINT_TO_POINTER (words));
  tend_test_wait_until (count_is, f, "the word count");
}

/* A quiet count of the open entry's words follows the typing, in words for one and many, and
 * keeps up with a long entry. */
static void
test_word_count (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));
  GtkWidget *count = tend_test_find_type (editor, TEND_TYPE_WORD_COUNT);
  GtkLabel *label = GTK_LABEL (tend_test_find_type (count, GTK_TYPE_LABEL));
  g_autoptr(TendEntry) one = tend_entry_new_now ();
  g_autoptr(TendEntry) long_entry = tend_entry_new_now ();
  g_autoptr(GString) text = g_string_new (NULL);

  /* An empty page invites writing; it shows no count of nothing. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));

  tend_test_journal_type (f, "One small step");
  wait_for_count (f, 3);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "3 words");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  tend_test_journal_type (f, " — today.");
  wait_for_count (f, 4);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "4 words");

  tend_entry_set_text (one, "Enough.");
  g_assert_true (tend_store_add_entry (f->store, one, NULL));
  tend_journal_page_open_entry (f->page, one);
  wait_for_count (f, 1);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "1 word");

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "a calm and slow evening, and I noticed it again.\n");
  tend_entry_set_text (long_entry, text->str);
  g_assert_true (tend_store_add_entry (f->store, long_entry, NULL));
  tend_journal_page_open_entry (f->page, long_entry);
  wait_for_count (f, 50000);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "50,000 words");
  tend_test_journal_type (f, "More.");
  wait_for_count (f, 50001);
}

static void
collect_toggles (GtkWidget *root,
                 GPtrArray *found)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && gtk_widget_get_mapped (root))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toggles (child, found);
}

/* At 360 px every choice of every scale is one consistent target of at least 44 by 44 px,
 * and the check-in fits the window. */
static void
test_checkin_narrow (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *checkin;
  int height = -1;

  tend_test_journal_close (f);
  tend_test_journal_open (f, 360);
  tend_test_journal_open_checkin (f);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  checkin = tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CHECKIN);
  g_assert_nonnull (checkin);
  g_assert_cmpint (gtk_widget_get_width (checkin), <=, 360);

  collect_toggles (checkin, cells);
  /* Five for mood, eleven for distress, five for safety, five for closeness. */
  g_assert_cmpuint (cells->len, ==, 26);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      graphene_rect_t box;

      /* The target is the cell's border box, padding and all. */
      g_assert_true (gtk_widget_compute_bounds (cell, cell, &box));
      g_assert_cmpfloat (box.size.width, >=, 44);
      g_assert_cmpfloat (box.size.height, >=, 44);
      /* One look for every scale: the same size everywhere. */
      if (height < 0)
        height = (int) box.size.height;
      g_assert_cmpint ((int) box.size.height, ==, height);
    }
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* @widget lies whole inside what @scroll shows, and inside the window. */
static void
assert_in_view (GtkWidget *widget,
                GtkWidget *scroll,
                GtkWidget *window)
{
  graphene_rect_t box, view;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, window, &box));
  g_assert_true (gtk_widget_compute_bounds (scroll, window, &view));
  g_test_message ("%s at %.0f,%.0f %.0f×%.0f; the page shows %.0f to %.0f of %d px",
                  G_OBJECT_TYPE_NAME (widget), box.origin.x, box.origin.y, box.size.width,
                  box.size.height, view.origin.y, view.origin.y + view.size.height,
                  gtk_widget_get_height (window));
  g_assert_cmpfloat (box.origin.y, >=, view.origin.y);
  g_assert_cmpfloat (box.origin.y + box.size.height, <=, view.origin.y + view.size.height);
  g_assert_cmpfloat (box.origin.x, >=, 0);
  g_assert_cmpfloat (box.origin.x + box.size.width, <=, gtk_widget_get_width (window));
}

/* A long entry opened on a phone or a laptop, at normal and twice the text size, shows its
 * check-in without scrolling: a row of at least 44 px at the top of the page that says what
 * was chosen, and opens the scales where they can be seen, above the prompt and the words. */
static void
test_checkin_in_view (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    int width;
    int height;
    int scale;
  } windows[] = { { 360, 640, 1 }, { 1000, 700, 1 }, { 360, 640, 2 }, { 1000, 700, 2 } };
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GString) text = g_string_new (NULL);
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  for (guint i = 0; i < 120; i++)
    g_string_append (text, "I walked along the shore a little slower than yesterday.\n");

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      g_autoptr(TendEntry) entry = tend_entry_new_now ();
      GtkWidget *editor, *scroll, *row, *checkin;
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      tend_test_journal_close (f);
      g_object_set (settings, "gtk-xft-dpi", windows[i].scale * 96 * 1024, NULL);
      tend_test_journal_open_at (f, windows[i].width, windows[i].height);
      tend_entry_set_text (entry, text->str);
      /* A long prompt over the words, which large text makes longer still. */
      tend_entry_set_prompt (entry, "boundaries-03");
      tend_entry_set_theme (entry, "boundaries");
      tend_entry_set_mood (entry, 4);
      tend_entry_set_distress (entry, 3);
      g_assert_true (tend_store_add_entry (f->store, entry, NULL));
      tend_journal_page_open_entry (f->page, entry);
      tend_test_wait_frames (GTK_WIDGET (f->window), 4);

      editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));
      scroll = tend_test_find_type (editor, GTK_TYPE_SCROLLED_WINDOW);
      row = tend_test_journal_checkin_button (f);
      g_test_message ("%d × %d, text × %d", windows[i].width, windows[i].height,
                      windows[i].scale);
      assert_in_view (row, scroll, GTK_WIDGET (f->window));
      g_assert_cmpint (gtk_widget_get_height (row), >=, 44);
      /* Folded, it still says what was chosen, in words. */
      g_assert_nonnull (find_label_containing (row, "Good"));
      g_assert_nonnull (find_label_containing (row, "3 of 10"));

      /* Opened, its first scale is in view too, before the words. */
      tend_test_journal_open_checkin (f);
      checkin = tend_test_find_type (editor, TEND_TYPE_CHECKIN);
      collect_toggles (checkin, cells);
      g_assert_cmpuint (cells->len, ==, 26);
      assert_in_view (g_ptr_array_index (cells, 0), scroll, GTK_WIDGET (f->window));
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static gboolean
shows_label_containing (gpointer data)
{
  Fixture *f = data;

  return find_label_containing (GTK_WIDGET (f->page),
                                g_object_get_data (G_OBJECT (f->window), "wanted")) != NULL;
}

/* The label shows @word whole: laid out without its ellipsis, the word ends on a line the
 * label shows, and on its last line with room to spare for the ellipsis. */
static void
assert_word_shown (GtkLabel   *label,
                   const char *word)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  g_autoptr(PangoLayout) whole = pango_layout_copy (layout);
  const char *text = pango_layout_get_text (layout);
  const char *hit = strstr (text, word);
  /* A label that does not wrap shows one line. */
  int lines = gtk_label_get_wrap (label) ? gtk_label_get_lines (label) : 1;
  int width = pango_layout_get_width (layout) / PANGO_SCALE;
  int line, x;

  g_assert_nonnull (hit);
  g_assert_cmpint (width, >, 0);
  pango_layout_set_ellipsize (whole, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (whole, -1);
  pango_layout_index_to_line_x (whole, hit - text + strlen (word) - 1, TRUE, &line, &x);
  g_test_message ("“%s” ends on line %d at %d px of %d; the label shows %d lines", word, line,
                  x / PANGO_SCALE, width, lines);
  g_assert_cmpint (lines, >, 0);
  g_assert_cmpint (line, <, lines);
  if (line == lines - 1)
    g_assert_cmpint (x / PANGO_SCALE + 24, <=, width);
}

/* A search for a word late in a long entry shows the passage around it, the word itself
 * always visible: beside the editor, on a phone-sized window, and there at twice the text. */
static void
test_search_shows_match (Fixture       *f,
                         gconstpointer  data)
{
  static const struct {
    int width;
    int scale;
  } windows[] = { { 1000, 1 }, { 360, 1 }, { 360, 2 } };
  GtkSettings *settings = gtk_settings_get_default ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  int dpi;

  for (guint i = 0; i < 30; i++)
    g_string_append (text, "I walked along the shore a little slower than yesterday. ");
  g_string_append (text, "Then the tide came in, and I let it.");

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      GtkEditable *search;
      GtkWidget *label;

      tend_test_journal_close (f);
      g_object_set (settings, "gtk-xft-dpi", windows[i].scale * 96 * 1024, NULL);
      tend_test_journal_open (f, windows[i].width);
      if (i == 0)
        tend_test_journal_add_entry_on (f, today, text->str);
      tend_journal_page_search (f->page);
      search = GTK_EDITABLE (tend_test_find_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY));
      gtk_editable_set_text (search, "tide");
      g_object_set_data_full (G_OBJECT (f->window), "wanted", g_strdup ("tide"), g_free);
      tend_test_wait_until (shows_label_containing, f, "the passage with “tide”");
      tend_test_wait_frames (GTK_WIDGET (f->window), 3);
      label = find_label_containing (GTK_WIDGET (f->page), "tide");
      assert_word_shown (GTK_LABEL (label), "tide");
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

/* Screenshots of the Journal to look at by eye, in light and dark, beside the list and at
 * 360 px, at normal and twice the text size: TEND_SHOT_DIR=… (TEND_SHOT_TAG names a run in
 * another language or in high contrast). */
static void
save_journal_shots (Fixture    *f,
                    const char *variant)
{
  static const char *views[] = { "today", "entry", "checkin", "search" };
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *tag = g_getenv ("TEND_SHOT_TAG");
  g_autoptr(TendEntry) entry = tend_entry_new_now ();
  g_autoptr(TendEntry) other = tend_entry_new_now ();
  static const char * const tags[] = { "partner", NULL };
  g_autoptr(GString) text = g_string_new ("Tonight I said no, kindly, and it held. ");

  for (guint i = 0; i < 12; i++)
    g_string_append (text, "I walked along the shore a little slower than yesterday. ");
  g_string_append (text, "Then the tide came in, and I let it.");
  tend_entry_set_text (entry, text->str);
  tend_entry_set_prompt (entry, "boundaries-03");
  tend_entry_set_theme (entry, "boundaries");
  tend_entry_set_tags (entry, tags);
  tend_entry_set_mood (entry, 4);
  tend_entry_set_distress (entry, 3);
  g_assert_true (tend_store_add_entry (f->store, entry, NULL));
  /* The longest theme name in German, to see it wrap in a narrow list. */
  tend_entry_set_text (other, "A quiet morning with tea, and a message I answered when I was "
                              "ready.");
  tend_entry_set_theme (other, "attunement");
  g_assert_true (tend_store_add_entry (f->store, other, NULL));

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));

      if (g_str_equal (views[v], "today"))
        tend_journal_page_open_entry (f->page, NULL);
      else if (g_str_equal (views[v], "entry"))
        tend_journal_page_open_entry (f->page, entry);
      else if (g_str_equal (views[v], "checkin"))
        {
          GtkScrolledWindow *scroll;

          tend_test_journal_open_checkin (f);
          tend_test_wait_frames (GTK_WIDGET (f->window), 3);
          /* It opens above the words, where the page begins. */
          scroll = GTK_SCROLLED_WINDOW (tend_test_find_type (editor, GTK_TYPE_SCROLLED_WINDOW));
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroll), 0);
        }
      else
        {
          tend_journal_page_search (f->page);
          gtk_editable_set_text (GTK_EDITABLE (tend_test_find_type (GTK_WIDGET (f->page),
                                                                    GTK_TYPE_SEARCH_ENTRY)),
                                 "tide");
          g_object_set_data_full (G_OBJECT (f->window), "wanted", g_strdup ("tide"), g_free);
          tend_test_wait_until (shows_label_containing, f, "the passage with “tide”");
        }
      tend_test_wait_frames (GTK_WIDGET (f->window), 4);

      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *name = g_strdup_printf ("journal-%s-%s%s%s%s", views[v], variant,
                                                   dark ? "-dark" : "",
                                                   tag != NULL ? "-" : "", tag != NULL ? tag : "");

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          tend_test_save_screenshot (GTK_WIDGET (f->window), name);
        }
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    }
}

static void
test_shots (Fixture       *f,
            gconstpointer  data)
{
  static const struct {
    const char *variant;
    int         width;
    double      scale;
  } variants[] = {
    { "wide", 1000, 1 },
    { "narrow", 360, 1 },
    /* Twice the text: one pane up to 1320 px, beside each other above. */
    { "large", 1000, 2 },
    { "large-wide", 1400, 2 },
    { "large-narrow", 360, 2 },
  };
  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;

  if (g_getenv ("TEND_SHOT_DIR") == NULL)
    {
      g_test_skip ("set TEND_SHOT_DIR to save screenshots");
      return;
    }

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *dir = f->dir;

      tend_test_journal_close (f);
      f->dir = g_dir_make_tmp ("tend-journal-XXXXXX", NULL);
      g_object_set (settings, "gtk-xft-dpi", (int) (variants[i].scale * 96 * 1024), NULL);
      tend_test_journal_open (f, variants[i].width);
      save_journal_shots (f, variants[i].variant);
    }
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/tend/journal/" path, Fixture, NULL, tend_test_journal_setup, func, \
              tend_test_journal_teardown)
  ADD ("title-is-the-day", test_title_is_the_day);
  ADD ("word-count", test_word_count);
  ADD ("checkin-narrow", test_checkin_narrow);
  ADD ("checkin-in-view", test_checkin_in_view);
  ADD ("search-shows-match", test_search_shows_match);
  ADD ("shots", test_shots);
#undef ADD

  return g_test_run ();
}
