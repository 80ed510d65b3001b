/* test-summary-choice.c — choosing what a therapist sees in the summary: every entry shown
 * ticked or unticked at once, the list narrowed by theme and by month, and a preview that says
 * exactly what the file will.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-day-button.h"
#include "tend-prompts.h"
#include "tend-summary-dialog.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"

/* The entries, by the words they hold: two of Needs and Boundaries in different months, one of
 * Safe Touch, one written freely. */
static const struct {
  int         days_ago;
  const char *theme;
  const char *words;
} entries[] = {
  { 60, "boundaries", "ALPHA words" },
  { 30, "touch", "BETA words" },
  { 1, "boundaries", "GAMMA words" },
  { 1, NULL, "DELTA words" },
};

typedef struct {
  char              *dir;
  TendStore         *store;
  GtkWindow         *window;
  TendSummaryDialog *dialog;
  char              *days[G_N_ELEMENTS (entries)];
  GFile             *written;
  int                dpi;           /* GTK's before a test that doubles the text */
} Fixture;

/* What a test asks of the window: a phone's width with the text twice its size, or neither. */
static const char *large_narrow = "large-narrow";
#define SUMMARY_NARROW 360

static char *
day_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = g_date_time_add_days (now, -70);
  g_autofree char *journal = NULL;
  GtkWidget *from;

  fixture->dir = g_dir_make_tmp ("tend-summary-choice-XXXXXX", NULL);
  journal = g_build_filename (fixture->dir, "journal", NULL);
  fixture->store = tend_test_open_store (journal, NULL);
  tend_test_load_all (fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(TendEntry) entry = NULL;

      fixture->days[i] = day_ago (entries[i].days_ago);
      entry = tend_test_entry (fixture->days[i], "%s", entries[i].words);
      tend_entry_set_theme (entry, entries[i].theme);
      tend_entry_set_distress (entry, 4);
      g_assert_true (tend_store_add_entry (fixture->store, entry, NULL));
    }

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &fixture->dpi, NULL);
  if (data == large_narrow)
    g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 2 * 96 * 1024, NULL);

  fixture->window = GTK_WINDOW (adw_window_new ());
  if (data == large_narrow)
    tend_test_show_window_content (fixture->window, SUMMARY_NARROW, 720);
  else
    tend_test_show_window (fixture->window, 800, 760);
  fixture->dialog = TEND_SUMMARY_DIALOG (tend_summary_dialog_new (fixture->store));
  adw_dialog_present (ADW_DIALOG (fixture->dialog), GTK_WIDGET (fixture->window));

  /* Seventy days back: the entries fall in at least two months. */
  from = tend_test_find_type (GTK_WIDGET (fixture->dialog), TEND_TYPE_DAY_BUTTON);
  tend_day_button_set_date (TEND_DAY_BUTTON (from), first);
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->written);
  gtk_window_destroy (fixture->window);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", fixture->dpi, NULL);
  tend_store_flush (fixture->store);
  g_assert_finalize_object (fixture->store);
  tend_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_free (fixture->days[i]);
}

/* Which entries the list shows, as a string of 0 and 1 in the order of entries[]. */
static char *
shown (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_string_append_c (out, tend_test_find_action_row (GTK_WIDGET (fixture->dialog), entries[i].words) ? '1' : '0');
  return g_string_free (out, FALSE);
}

/* Which entries are shared, the same way. */
static char *
shared (Fixture *fixture)
{
  g_auto(GStrv) ids = tend_summary_dialog_dup_shared_ids (fixture->dialog);
  GListModel *model = tend_store_get_entries (fixture->store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gboolean in = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(TendEntry) entry = g_list_model_get_item (model, j);

          if (g_str_equal (tend_entry_get_text (entry), entries[i].words))
            in = g_strv_contains ((const char * const *) ids, tend_entry_get_id (entry));
        }
      g_string_append_c (out, in ? '1' : '0');
    }
  return g_string_free (out, FALSE);
}

static void
choose (Fixture    *fixture,
        const char *row_title,
        guint       position)
{
  GtkWidget *row = tend_test_find_row (GTK_WIDGET (fixture->dialog), ADW_TYPE_COMBO_ROW, row_title);

  g_assert_nonnull (row);
  g_assert_cmpuint (position, <, g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), action, NULL));
}

#define assert_string(call, expected) \
  G_STMT_START { g_autofree char *got_ = (call); g_assert_cmpstr (got_, ==, (expected)); } G_STMT_END

/* All and None tick and untick every entry in the list; the group says how many are shared. */
static void
test_select_all_none (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *group = gtk_widget_get_ancestor (
    GTK_WIDGET (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "ALPHA words")),
    ADW_TYPE_PREFERENCES_GROUP);

  assert_string (shown (fixture), "1111");
  assert_string (shared (fixture), "0000");

  activate (fixture, "summary.select-all");
  assert_string (shared (fixture), "1111");
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (tend_test_find_type (
      GTK_WIDGET (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), entries[i].words)),
      GTK_TYPE_CHECK_BUTTON))));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "4 entries are shared, with their words as you wrote them.");

  activate (fixture, "summary.select-none");
  assert_string (shared (fixture), "0000");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "None are shared unless you tick them.");
}

/* The theme filter narrows the list; All ticks only what it shows, and ticks stay when the
 * filter changes. */
static void
test_filter_theme (Fixture       *fixture,
                   gconstpointer  data)
{
  gsize n_themes;
  const TendTheme *themes = tend_prompts_get_themes (&n_themes);
  guint boundaries = 0;

  for (guint i = 0; i < n_themes; i++)
    if (g_str_equal (themes[i].id, "boundaries"))
      boundaries = i + 1;
  g_assert_cmpuint (boundaries, >, 0);

  choose (fixture, "_Theme", boundaries);
  assert_string (shown (fixture), "1010");
  activate (fixture, "summary.select-all");
  assert_string (shared (fixture), "1010");

  /* Entries written without a theme, last in the list. */
  choose (fixture, "_Theme", n_themes + 1);
  assert_string (shown (fixture), "0001");

  choose (fixture, "_Theme", 0);
  assert_string (shown (fixture), "1111");
  assert_string (shared (fixture), "1010");

  /* The picture shows the filters and the list, at the foot of the page. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (
      GTK_WIDGET (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "ALPHA words")), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  }
  tend_test_save_screenshot (GTK_WIDGET (fixture->window), "summary-choice");
}

/* The month filter offers the months that have entries, newest first, and narrows the list. */
static void
test_filter_month (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *row = tend_test_find_row (GTK_WIDGET (fixture->dialog), ADW_TYPE_COMBO_ROW, "_Month");
  g_autofree char *newest = g_strndup (fixture->days[3], 7);
  g_autofree char *oldest = g_strndup (fixture->days[0], 7);
  GListModel *months = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  guint n = g_list_model_get_n_items (months);
  g_autoptr(GString) expected = g_string_new (NULL);

  /* All Months, then two or three months. */
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, <=, 4);

  choose (fixture, "_Month", 1);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_string_append_c (expected, g_str_has_prefix (fixture->days[i], newest) ? '1' : '0');
  assert_string (shown (fixture), expected->str);

  choose (fixture, "_Month", n - 1);
  g_string_truncate (expected, 0);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_string_append_c (expected, g_str_has_prefix (fixture->days[i], oldest) ? '1' : '0');
  assert_string (shown (fixture), expected->str);
  g_assert_cmpuint (strlen (expected->str), ==, 4);
  g_assert_cmpint (expected->str[0], ==, '1');

  choose (fixture, "_Month", 0);
  assert_string (shown (fixture), "1111");
}

static void
exported_cb (TendSummaryDialog  *dialog,
             GFile              *file,
             GFile             **written)
{
  *written = g_object_ref (file);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* The lines of a text, without blank ones, Markdown's marks and the preview's bullets: what a
 * person reads in either. */
static GPtrArray *
read_lines (const char *text,
            gboolean    markdown)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (markdown)
        {
          while (*line == '#')
            line++;
          if (line != lines[i] && *line == ' ')
            line++;
          if (g_str_has_prefix (line, "- "))
            line += 2;
          if (*line == '\\')
            line++;
        }
      else if (g_str_has_prefix (line, "• "))
        line += strlen ("• ");
      if (*line != '\0')
        g_ptr_array_add (out, g_strchomp (g_strdup (line)));
    }
  return out;
}

/* Preview shows the summary as the file will hold it: the ticked entries' words and nothing
 * else of theirs, line for line what the Markdown file says. */
static void
test_preview_is_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *preview = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "summary.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *markdown = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  AdwNavigationView *navigation;

  adw_action_row_activate (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "BETA words"));
  adw_action_row_activate (tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "DELTA words"));
  assert_string (shared (fixture), "0101");

  activate (fixture, "summary.preview");
  navigation = ADW_NAVIGATION_VIEW (tend_test_find_type (GTK_WIDGET (fixture->dialog),
                                                         ADW_TYPE_NAVIGATION_VIEW));
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (navigation)),
                   ==, "preview");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  tend_test_save_screenshot (GTK_WIDGET (fixture->window), "summary-preview");

  preview = tend_summary_dialog_dup_preview_text (fixture->dialog);
  g_assert_true (g_str_has_prefix (preview, "Summary from My Journal\n"));
  g_assert_nonnull (strstr (preview, "BETA words"));
  g_assert_nonnull (strstr (preview, "DELTA words"));
  g_assert_null (strstr (preview, "ALPHA"));
  g_assert_null (strstr (preview, "GAMMA"));

  /* Back, then the file. */
  adw_navigation_view_pop (navigation);
  tend_test_activate_row (GTK_WIDGET (fixture->dialog), "Markdown");
  g_signal_connect (fixture->dialog, "exported", G_CALLBACK (exported_cb), &fixture->written);
  tend_summary_dialog_export_to_file (fixture->dialog, file);
  tend_test_wait_until (is_set, &fixture->written, "the summary");
  g_assert_true (g_file_get_contents (path, &markdown, NULL, NULL));

  seen = read_lines (preview, FALSE);
  saved = read_lines (markdown, TRUE);
  g_assert_cmpuint (seen->len, >, 10);
  for (guint i = 0; i < MIN (seen->len, saved->len); i++)
    g_assert_cmpstr (g_ptr_array_index (seen, i), ==, g_ptr_array_index (saved, i));
  g_assert_cmpuint (seen->len, ==, saved->len);
}

/* On a phone with the text twice its size, the dialog and its preview fit the window: libadwaita
 * says nothing of needing more room (its warning would end the test), and the rows keep their
 * margins. */
static void
test_large_text_narrow (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwActionRow *row = tend_test_find_action_row (GTK_WIDGET (fixture->dialog), "BETA words");
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_BOX);

  tend_test_wait_frames (GTK_WIDGET (fixture->window), 4);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->dialog)), <=, SUMMARY_NARROW);
  g_assert_cmpint (gtk_widget_get_width (list), <=, gtk_widget_get_width (GTK_WIDGET (fixture->dialog)) - 24);
  tend_test_save_screenshot (GTK_WIDGET (fixture->window), "summary-large-narrow");

  adw_action_row_activate (row);
  activate (fixture, "summary.preview");
  tend_test_wait_frames (GTK_WIDGET (fixture->window), 4);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->dialog)), <=, SUMMARY_NARROW);
  tend_test_save_screenshot (GTK_WIDGET (fixture->window), "summary-preview-large-narrow");
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/summary-choice/select-all-none", Fixture, NULL,
              fixture_set_up, test_select_all_none, fixture_tear_down);
  g_test_add ("/tend/summary-choice/filter-theme", Fixture, NULL,
              fixture_set_up, test_filter_theme, fixture_tear_down);
  g_test_add ("/tend/summary-choice/filter-month", Fixture, NULL,
              fixture_set_up, test_filter_month, fixture_tear_down);
  g_test_add ("/tend/summary-choice/preview-is-export", Fixture, NULL,
              fixture_set_up, test_preview_is_export, fixture_tear_down);
  g_test_add ("/tend/summary-choice/large-text-narrow", Fixture, large_narrow,
              fixture_set_up, test_large_text_narrow, fixture_tear_down);

  return g_test_run ();
}
