/* test-journal.c — the Journal section keeps every word and adapts to the window; its calendar
 * marks the days written on, goes to a day, and moves an entry to another.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-backup.h"
#include "tend-checkin.h"
#include "tend-dates.h"
#include "tend-day-picker.h"
#include "tend-history-row.h"
#include "tend-journal-page.h"
#include "tend-prompts.h"
#include "tend-test-records.h"
#include "tend-test-journal.h"
#include "tend-test-utils.h"

typedef TendJournalFixture Fixture;

static guint
n_entries (Fixture *f)
{
  return g_list_model_get_n_items (tend_store_get_entries (f->store));
}

static gboolean
has_one_entry (gpointer data)
{
  return n_entries (data) == 1;
}

static char *
month_file_contents (Fixture *f)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "%Y-%m.json");
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  return contents;
}

static void
test_autosave_pause (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autofree char *on_disk = NULL;

  tend_test_journal_type (f, "Tonight I said no, kindly, and it held. ");
  /* Nothing is written while the person is still typing… */
  g_assert_cmpuint (n_entries (f), ==, 0);

  /* …and everything after a short quiet pause, with no Save button. */
  tend_test_wait_until (has_one_entry, f, "the entry after a pause");
  entry = g_list_model_get_item (tend_store_get_entries (f->store), 0);
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "Tonight I said no, kindly, and it held. ");
  g_assert_nonnull (tend_entry_get_prompt (entry));

  tend_store_flush (f->store);
  on_disk = month_file_contents (f);
  g_assert_nonnull (on_disk);
  g_assert_nonnull (strstr (on_disk, "Tonight I said no, kindly, and it held."));
}

static void
test_autosave_close (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *on_disk = NULL;

  tend_test_journal_type (f, "Written just before closing.");
  /* Closing at once must not lose the words. */
  gtk_window_destroy (f->window);
  f->window = NULL;
  g_assert_cmpuint (n_entries (f), ==, 1);

  tend_store_flush (f->store);
  on_disk = month_file_contents (f);
  g_assert_nonnull (strstr (on_disk, "Written just before closing."));
}

static void
test_checkin (Fixture       *f,
              gconstpointer  data)
{
  TendCheckin *checkin;
  GtkWidget *six;
  g_autoptr(TendEntry) entry = NULL;

  /* Folded away until the person opens it. */
  tend_test_journal_open_checkin (f);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  checkin = TEND_CHECKIN (tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CHECKIN));
  g_assert_nonnull (checkin);

  /* A rating alone starts an entry; the button says its scale and value to a screen reader. */
  six = tend_test_find_button (GTK_WIDGET (checkin), GTK_TYPE_TOGGLE_BUTTON, "6");
  g_assert_nonnull (six);
  g_signal_emit_by_name (six, "clicked");
  g_assert_cmpuint (n_entries (f), ==, 1);
  entry = g_list_model_get_item (tend_store_get_entries (f->store), 0);
  g_assert_cmpint (tend_entry_get_distress (entry), ==, 6);
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_DISTRESS), ==, 6);
}

/* The scales are made when the check-in is first opened; they then show the open entry's
 * ratings, and follow when another entry is opened. */
static void
test_checkin_opened_later (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TendEntry) rated = tend_entry_new_now ();
  g_autoptr(TendEntry) plain = tend_entry_new_now ();
  TendCheckin *checkin;

  tend_entry_set_text (rated, "Rated before the scales existed.");
  tend_entry_set_mood (rated, 4);
  tend_entry_set_closeness (rated, 2);
  g_assert_true (tend_store_add_entry (f->store, rated, NULL));
  tend_entry_set_text (plain, "Not rated.");
  g_assert_true (tend_store_add_entry (f->store, plain, NULL));

  tend_journal_page_open_entry (f->page, rated);
  g_assert_null (tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CHECKIN));
  tend_test_journal_open_checkin (f);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  checkin = TEND_CHECKIN (tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CHECKIN));
  g_assert_nonnull (checkin);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_MOOD), ==, 4);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_CLOSENESS), ==, 2);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_DISTRESS), ==,
                   TEND_CHECKIN_UNSET);
  /* Showing the ratings is not a change to save. */
  g_assert_cmpint (tend_entry_get_mood (rated), ==, 4);

  tend_journal_page_open_entry (f->page, plain);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_MOOD), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_CLOSENESS), ==,
                   TEND_CHECKIN_UNSET);
}

static gboolean
undo_visible (gpointer data)
{
  Fixture *f = data;

  return tend_test_find_button (GTK_WIDGET (f->window), GTK_TYPE_BUTTON, "Undo") != NULL;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  TendEntryEditor *editor = tend_journal_page_get_editor (f->page);
  g_autofree char *id = NULL;
  GtkWidget *undo;

  tend_test_journal_type (f, "An entry I will delete and want back.");
  tend_entry_editor_save (editor);
  g_assert_cmpuint (n_entries (f), ==, 1);
  id = g_strdup (tend_entry_get_id (tend_entry_editor_get_entry (editor)));

  /* Deleting asks nothing; a toast offers Undo. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  g_assert_cmpuint (n_entries (f), ==, 0);
  g_assert_null (tend_store_find_entry (f->store, id));
  g_assert_null (tend_entry_editor_get_entry (editor));

  tend_test_wait_until (undo_visible, f, "the Undo button");
  undo = tend_test_find_button (GTK_WIDGET (f->window), GTK_TYPE_BUTTON, "Undo");
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (n_entries (f), ==, 1);
  g_assert_nonnull (tend_store_find_entry (f->store, id));
  g_assert_cmpstr (tend_entry_get_text (tend_entry_editor_get_entry (editor)), ==,
                   "An entry I will delete and want back.");
}

static gboolean
collapsed (gpointer data)
{
  return adw_navigation_split_view_get_collapsed (data);
}

static gboolean
expanded (gpointer data)
{
  return !adw_navigation_split_view_get_collapsed (data);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwNavigationSplitView *split;

  tend_test_journal_close (f);
  tend_test_journal_open (f, 360);
  split = ADW_NAVIGATION_SPLIT_VIEW (tend_test_find_type (GTK_WIDGET (f->page),
                                                ADW_TYPE_NAVIGATION_SPLIT_VIEW));

  /* One pane at a time: the editor first, the list one step back. */
  tend_test_wait_until (collapsed, split, "the split view to collapse at 360 px");
  g_assert_true (adw_navigation_split_view_get_show_content (split));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "journal-narrow");
  adw_navigation_split_view_set_show_content (split, FALSE);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (tend_journal_page_get_editor (f->page))));

  gtk_window_set_default_size (f->window, 1000, 700);
  tend_test_wait_until (expanded, split, "both panes at 1000 px");
}

static void
test_search_rows (Fixture       *f,
                  gconstpointer  data)
{
  static const char *texts[] = {
    "A morning by the river.",
    "Café talk with my partner; I named a boundary.",
    "Nothing much.\nJust rest.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(TendEntry) entry = tend_entry_new_now ();

      tend_entry_set_text (entry, texts[i]);
      g_assert_true (tend_store_add_entry (f->store, entry, NULL));
    }

  /* What a row shows of what was found: the passage, in the label's plain text without the
   * bold; without a query, the first line; with no words, a word for that. The passage's
   * markup itself is tend-search.c's (test-search). */
  {
    g_autoptr(GPtrArray) found = tend_store_search (f->store, "cafe boundary");
    GtkWidget *row = g_object_ref_sink (tend_history_row_new ());
    g_autoptr(TendEntry) empty = tend_entry_new_now ();
    g_autofree char *spoken = NULL;
    g_autofree char *first = NULL;
    g_autofree char *none = NULL;

    g_assert_cmpuint (found->len, ==, 1);
    tend_history_row_set_entry (TEND_HISTORY_ROW (row), g_ptr_array_index (found, 0),
                                "cafe boundary");
    spoken = tend_history_row_dup_spoken (TEND_HISTORY_ROW (row));
    g_assert_true (g_str_has_suffix (spoken, ", Café talk with my partner; I named a boundary."));

    tend_entry_set_text (empty, "  \nNothing much.\nJust rest.");
    tend_history_row_set_entry (TEND_HISTORY_ROW (row), empty, NULL);
    first = tend_history_row_dup_spoken (TEND_HISTORY_ROW (row));
    g_assert_true (g_str_has_suffix (first, ", Nothing much."));

    tend_entry_set_text (empty, "");
    tend_history_row_set_entry (TEND_HISTORY_ROW (row), empty, "");
    none = tend_history_row_dup_spoken (TEND_HISTORY_ROW (row));
    g_assert_true (g_str_has_suffix (none, ", No words yet"));

    g_object_unref (row);
  }
}

static gboolean
has_label (gpointer data)
{
  Fixture *f = data;
  const char *text = g_object_get_data (G_OBJECT (f->window), "wanted");

  return tend_test_find_label (GTK_WIDGET (f->window), text) != NULL;
}

static void
wait_for_label (Fixture    *f,
                const char *text)
{
  g_object_set_data_full (G_OBJECT (f->window), "wanted", g_strdup (text), g_free);
  tend_test_wait_until (has_label, f, text);
}

/* The list's note for a search that found nothing is what the list shows. */
static gboolean
shows_no_results (gpointer data)
{
  Fixture *f = data;
  GtkWidget *page = tend_test_find_type (GTK_WIDGET (f->page), ADW_TYPE_STATUS_PAGE);

  for (; page != NULL; page = gtk_widget_get_next_sibling (page))
    if (ADW_IS_STATUS_PAGE (page) && gtk_widget_is_drawable (page) &&
        g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (page)), "No Entries Found") == 0)
      return TRUE;

  return FALSE;
}

/* The list groups entries under a heading for each month, newest month first. */
static void
test_months (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *november, *october;
  graphene_point_t a, b;

  tend_test_journal_add_entry_on (f, "2025-10-03", "An October entry.");
  tend_test_journal_add_entry_on (f, "2025-11-20", "A November entry.");
  tend_test_journal_add_entry_on (f, "2025-11-02", "An early November entry.");

  wait_for_label (f, "November 2025");
  wait_for_label (f, "October 2025");
  wait_for_label (f, "An early November entry.");
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "journal-months");
  november = tend_test_find_label (GTK_WIDGET (f->window), "November 2025");
  october = tend_test_find_label (GTK_WIDGET (f->window), "October 2025");
  g_assert_true (gtk_widget_compute_point (november, GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (0, 0), &a));
  g_assert_true (gtk_widget_compute_point (october, GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (0, 0), &b));
  g_assert_cmpfloat (a.y, <, b.y);
}

/* The list's own count of rows. */
static guint
listed (Fixture *f)
{
  GtkListView *list = GTK_LIST_VIEW (tend_test_find_type (GTK_WIDGET (f->page),
                                                          GTK_TYPE_LIST_VIEW));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
}

static void
scroll_to_end (Fixture *f)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (tend_test_find_type (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW)));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
}

/* Two entries a day on the first 28 days of the month @months_ago months before now. */
static guint
add_month (Fixture *f,
           int      months_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month = g_date_time_add_months (now, -months_ago);
  guint added = 0;

  for (int day = 1; day <= 28 && (months_ago > 0 || day <= g_date_time_get_day_of_month (now));
       day++)
    for (int i = 0; i < 2; i++, added++)
      {
        g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (month),
                                                g_date_time_get_month (month), day);

        tend_test_journal_add_entry_on (f, iso, "Lately");
      }

  return added;
}

/* The list first shows the newest entries, pages of them. The others read with them, and the
 * months read after the window appeared, change nothing on screen: they join the list when
 * its end comes near, and the note about reading them shows only if that takes long (issue
 * 20, a window that settles as soon as it appears). */
static void
test_older_months_wait (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (now, -1);
  guint recent, first;

  /* This month and last, read before the window appears; three entries a year ago. */
  tend_test_journal_close (f);
  f->store = tend_test_open_store (f->dir, now);
  recent = add_month (f, 1) + add_month (f, 0);
  for (int i = 1; i <= 3; i++)
    {
      g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (year_ago),
                                              g_date_time_get_month (year_ago), i);

      tend_test_journal_add_entry_on (f, iso, "A year ago");
    }
  tend_test_journal_close (f);

  tend_test_journal_open_at (f, 1000, 400);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  first = listed (f);
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <, recent);
  tend_test_load_all (f->store);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpuint (listed (f), ==, first);
  /* Read in well under two seconds: the note about reading them never showed. */
  g_assert_false (gtk_widget_get_mapped (tend_test_find_type (GTK_WIDGET (f->page),
                                                              GTK_TYPE_PROGRESS_BAR)));

  /* Near the end of the list, they are there. */
  scroll_to_end (f);
  g_assert_cmpuint (listed (f), ==, recent + 3);
}

/* Scrolled to the end while older months are still being read, the list shows every entry
 * read so far; the older months come after them, once read and the end is near again. */
static void
test_end_before_read (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint recent;

  tend_test_journal_close (f);
  f->store = tend_test_open_store (f->dir, now);
  recent = add_month (f, 1) + add_month (f, 0);
  tend_test_journal_add_entry_on (f, "2020-01-01", "Long ago");
  tend_test_journal_close (f);

  tend_test_journal_open_at (f, 1000, 400);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_cmpuint (listed (f), <, recent);
  scroll_to_end (f);
  g_assert_cmpuint (listed (f), ==, recent);
  scroll_to_end (f);
  g_assert_cmpuint (listed (f), ==, recent);

  tend_test_load_all (f->store);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  scroll_to_end (f);
  g_assert_cmpuint (listed (f), ==, recent + 1);
}

/* Every frame the window paints, from its first: whether it shows rows, and whether the newest
 * month's heading above them is in sight. */
typedef struct {
  Fixture       *f;
  const char    *heading;
  GdkFrameClock *clock;
  guint          with_rows;
  guint          heading_hidden;
} TopWatch;

static void
top_painted_cb (GdkFrameClock *clock,
                TopWatch      *watch)
{
  GtkWidget *list = tend_test_find_type (GTK_WIDGET (watch->f->page), GTK_TYPE_LIST_VIEW);
  GtkWidget *heading = tend_test_find_label (GTK_WIDGET (watch->f->page), watch->heading);
  graphene_point_t p;

  if (list == NULL || !gtk_widget_get_mapped (list) || listed (watch->f) == 0)
    return;
  watch->with_rows++;
  if (heading == NULL || !gtk_widget_get_mapped (heading) ||
      !gtk_widget_compute_point (heading, list, &GRAPHENE_POINT_INIT (0, 0), &p) || p.y < 0)
    watch->heading_hidden++;
}

static gboolean
watch_realize_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  TopWatch *watch = data;
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (watch->clock == NULL && GTK_IS_WINDOW (widget))
    {
      watch->clock = gtk_widget_get_frame_clock (widget);
      g_signal_connect (watch->clock, "after-paint", G_CALLBACK (top_painted_cb), watch);
    }
  return TRUE;
}

/* The list shows from its very top in the first frame it has rows, its newest month's heading
 * in sight, and never jumps there a frame later (issue 20: a window that settles at once). */
static void
test_first_paint_at_top (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *month = g_date_time_format (now, "%Y-%m");
  g_autofree char *heading = tend_month_describe (month);
  TopWatch watch = { f, heading, NULL, 0, 0 };
  guint signal = g_signal_lookup ("realize", GTK_TYPE_WIDGET);
  gulong hook;

  for (int i = 0; i < 12; i++)
    {
      g_autofree char *day = g_strdup_printf ("%s-%02d", month,
                                              1 + i % g_date_time_get_day_of_month (now));

      tend_test_journal_add_entry_on (f, day, "A line of this month.");
    }
  /* And older months, read after the window appears. */
  for (int i = 1; i <= 6; i++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_months (now, -3 * i);
      g_autofree char *day = g_date_time_format (then, "%Y-%m-01");

      tend_test_journal_add_entry_on (f, day, "A line of an older month.");
    }
  tend_test_journal_close (f);

  hook = g_signal_add_emission_hook (signal, 0, watch_realize_hook, &watch, NULL);
  tend_test_journal_open (f, 1000);
  tend_test_load_all (f->store);
  tend_test_wait_frames (GTK_WIDGET (f->window), 4);
  g_signal_remove_emission_hook (signal, hook);
  g_signal_handlers_disconnect_by_func (watch.clock, top_painted_cb, &watch);

  g_test_message ("%u frames with rows, %u with the heading out of sight", watch.with_rows,
                  watch.heading_hidden);
  g_assert_cmpuint (watch.with_rows, >, 0);
  g_assert_cmpuint (watch.heading_hidden, ==, 0);
}

static gboolean
lacks_label (gpointer data)
{
  return !has_label (data);
}

static void
wait_for_no_label (Fixture    *f,
                   const char *text)
{
  g_object_set_data_full (G_OBJECT (f->window), "wanted", g_strdup (text), g_free);
  tend_test_wait_until (lacks_label, f, text);
}

static double
label_y (Fixture    *f,
         const char *text)
{
  GtkWidget *label = tend_test_find_label (GTK_WIDGET (f->window), text);
  graphene_point_t p;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_compute_point (label, GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (0, 0), &p));
  return p.y;
}

/* Searching from the entry: every row shows its passage, even a row whose entry keeps its
 * place in the list, and the results keep their month headings. */
static void
test_search_list (Fixture       *f,
                  gconstpointer  data)
{
  GtkEditable *search;
  GtkWidget *welcome;

  /* An empty journal is greeted; the greeting gives way to the first entry. */
  wait_for_label (f, "Welcome");
  tend_test_journal_add_entry_on (f, "2025-10-03", "October rain on the river.");
  tend_test_journal_add_entry_on (f, "2025-11-02", "Nothing about water.");
  tend_test_journal_add_entry_on (f, "2025-11-20", "Tea at dawn.\nA river walk.");
  wait_for_label (f, "October rain on the river.");

  tend_journal_page_search (f->page);
  search = GTK_EDITABLE (tend_test_find_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (search, "River");

  /* The newest entry is the first row before and after: its row shows the passage now. */
  wait_for_no_label (f, "Nothing about water.");
  wait_for_label (f, "Tea at dawn. A river walk.");
  wait_for_label (f, "November 2025");
  wait_for_label (f, "October 2025");
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  tend_test_save_screenshot (GTK_WIDGET (f->window), "journal-search");
  g_assert_cmpfloat (label_y (f, "November 2025"), <,
                     label_y (f, "Tea at dawn. A river walk."));
  g_assert_cmpfloat (label_y (f, "Tea at dawn. A river walk."), <,
                     label_y (f, "October 2025"));
  g_assert_cmpfloat (label_y (f, "October 2025"), <, label_y (f, "October rain on the river."));

  /* Words found nowhere say so. */
  gtk_editable_set_text (search, "volcano");
  tend_test_wait_until (shows_no_results, f, "No Entries Found");
  wait_for_no_label (f, "Tea at dawn. A river walk.");
  welcome = tend_test_find_label (GTK_WIDGET (f->page), "Welcome");
  g_assert_true (welcome == NULL || !gtk_widget_is_drawable (welcome));

  /* And back to the first lines when the search is cleared. */
  gtk_editable_set_text (search, "");
  wait_for_label (f, "Tea at dawn.");
  g_assert_false (shows_no_results (f));
  wait_for_label (f, "Nothing about water.");
  wait_for_label (f, "Tea at dawn.");
}

static gboolean
font_is (gpointer data)
{
  gpointer *args = data;
  GtkWidget *text_view = args[0];
  const char *family = args[1];
  const PangoFontDescription *desc =
    pango_context_get_font_description (gtk_widget_get_pango_context (text_view));

  return g_strcmp0 (pango_font_description_get_family (desc), family) == 0;
}

/* The editor writes in the font the person chose for documents, and follows a change. */
static void
test_document_font (Fixture       *f,
                    gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    source != NULL ? g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE)
                   : NULL;
  g_autoptr(GSettings) settings = NULL;
  GtkWidget *text_view = tend_test_find_type (GTK_WIDGET (tend_journal_page_get_editor (f->page)),
                                    GTK_TYPE_TEXT_VIEW);
  gpointer args[2] = { text_view, NULL };
  const PangoFontDescription *desc;
  int size_15, size_12;

  if (schema == NULL)
    {
      g_test_skip ("the desktop's interface settings are not installed");
      return;
    }
  settings = g_settings_new_full (schema, NULL, NULL);

  g_settings_set_string (settings, "document-font-name", "DejaVu Serif 15");
  args[1] = "DejaVu Serif";
  tend_test_wait_until (font_is, args, "the editor to use the document font");
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (text_view));
  size_15 = pango_font_description_get_size (desc);

  g_settings_set_string (settings, "document-font-name", "DejaVu Sans Mono 12");
  args[1] = "DejaVu Sans Mono";
  tend_test_wait_until (font_is, args, "the editor to follow a new document font");

  /* GTK keeps sizes in pixels, so compare the two sizes rather than assume a resolution. */
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (text_view));
  size_12 = pango_font_description_get_size (desc);
  g_assert_cmpint (size_12, >, 0);
  g_assert_cmpfloat_with_epsilon ((double) size_15 / size_12, 15.0 / 12.0, 0.02);

  g_settings_reset (settings, "document-font-name");
}


/* ------------------------------------------------------------------------------------------ */
/* Importing a backup while an entry is open */

/* An entry "kept" on today's page, from half an hour ago, with @text, changed @minutes from
 * now (never later than now: a backup holds nothing dated after it was made). The later copy
 * has a mood of 5, the earlier one 2. */
static TendEntry *
add_kept_entry (TendStore  *store,
                const char *text,
                int         minutes)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) created = g_date_time_add_minutes (now, -30);
  g_autoptr(GDateTime) updated = g_date_time_add_minutes (now, minutes);
  TendEntry *entry = tend_entry_new ("kept", created);

  tend_entry_set_text (entry, text);
  tend_entry_set_mood (entry, minutes > -15 ? 5 : 2);
  tend_entry_set_updated (entry, updated);
  g_assert_true (tend_store_add_entry (store, entry, NULL));
  return entry;
}

/* A backup, made elsewhere, that holds a newer copy of the entry "kept". */
static TendBackup *
newer_backup (Fixture *f)
{
  g_autofree char *other_dir = g_build_filename (f->dir, "other", NULL);
  g_autofree char *path = g_build_filename (f->dir, "backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TendStore) other = tend_store_new (other_dir);
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  TendBackup *backup;

  g_assert_true (tend_store_load_recent (other, now, &error));
  /* Changed after this computer's copy, and before the backup was made. */
  entry = add_kept_entry (other, "Words from the other computer", -10);
  g_assert_true (tend_backup_export (other, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error));
  g_assert_no_error (error);
  tend_store_flush (other);

  backup = tend_backup_load (file, NULL, &error);
  g_assert_no_error (error);
  return backup;
}

static char *
shown_text (Fixture *f)
{
  GtkWidget *text_view = tend_test_find_type (GTK_WIDGET (tend_journal_page_get_editor (f->page)),
                                              GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
shows_import (gpointer data)
{
  g_autofree char *text = shown_text (data);

  return g_strcmp0 (text, "Words from the other computer") == 0;
}

/* The open entry shows the imported copy, check-in and all. */
static void
test_import_refreshes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TendEntry) entry = add_kept_entry (f->store, "Words from this computer", -20);
  g_autoptr(TendBackup) backup = newer_backup (f);
  g_autoptr(GError) error = NULL;
  TendCheckin *checkin;

  tend_journal_page_open_entry (f->page, entry);
  g_assert_cmpstr (shown_text (f), ==, "Words from this computer");

  g_assert_true (tend_backup_apply (backup, f->store, &error));
  g_assert_no_error (error);
  tend_test_wait_until (shows_import, f, "the imported words");
  tend_test_journal_open_checkin (f);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  checkin = TEND_CHECKIN (tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CHECKIN));
  g_assert_cmpint (tend_checkin_get_value (checkin, TEND_CHECKIN_MOOD), ==, 5);

  /* Showing it saved nothing over it. */
  tend_entry_editor_save (tend_journal_page_get_editor (f->page));
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "Words from the other computer");
}

static gboolean
idle_passed (gpointer data)
{
  return (*(guint *) data)++ > 3;
}

/* Words typed and not yet saved stay on the page, and their save wins. */
static void
test_import_keeps_typing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TendEntry) entry = add_kept_entry (f->store, "Words from this computer", -20);
  g_autoptr(TendBackup) backup = newer_backup (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  guint turns = 0;

  tend_journal_page_open_entry (f->page, entry);
  tend_test_journal_type (f, "Still typing. ");
  typed = shown_text (f);
  g_assert_nonnull (strstr (typed, "Still typing. "));

  g_assert_true (tend_backup_apply (backup, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "Words from the other computer");
  tend_test_wait_until (idle_passed, &turns, "a few turns of the main loop");
  g_assert_cmpstr (shown_text (f), ==, typed);

  tend_entry_editor_save (tend_journal_page_get_editor (f->page));
  g_assert_cmpstr (tend_entry_get_text (entry), ==, typed);
}

static gboolean
shows_fresh_page (gpointer data)
{
  Fixture *f = data;

  return tend_entry_editor_get_entry (tend_journal_page_get_editor (f->page)) == NULL;
}

/* A backup that deleted the open entry elsewhere: the page turns to a fresh one, and words
 * typed there and not yet saved are kept as a new entry. */
static void
test_import_deletes_open (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *other_dir = g_build_filename (f->dir, "other", NULL);
  g_autofree char *path = g_build_filename (f->dir, "backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TendStore) other = tend_store_new (other_dir);
  g_autoptr(TendEntry) entry = add_kept_entry (f->store, "Words from this computer", -20);
  g_autoptr(TendEntry) copy = NULL;
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  TendEntryEditor *editor = tend_journal_page_get_editor (f->page);
  TendEntry *kept;

  g_assert_true (tend_store_load_recent (other, now, &error));
  copy = add_kept_entry (other, "Words from this computer", -20);
  g_assert_true (tend_store_delete_entry (other, copy, &error));
  g_assert_true (tend_backup_export (other, TEND_EXPORT_JSON, NULL, NULL, file, NULL, &error));
  g_assert_no_error (error);
  tend_store_flush (other);
  backup = tend_backup_load (file, NULL, &error);
  g_assert_no_error (error);

  tend_journal_page_open_entry (f->page, entry);
  tend_test_journal_type (f, "Typed just now. ");
  g_assert_true (tend_backup_apply (backup, f->store, &error));
  g_assert_no_error (error);
  g_assert_null (tend_store_find_entry (f->store, "kept"));
  tend_test_wait_until (shows_fresh_page, f, "the editor letting the deleted entry go");
  g_assert_nonnull (strstr (shown_text (f), "Typed just now. "));

  tend_entry_editor_save (editor);
  kept = tend_entry_editor_get_entry (editor);
  g_assert_nonnull (kept);
  g_assert_cmpstr (tend_entry_get_id (kept), !=, "kept");
  g_assert_nonnull (strstr (tend_entry_get_text (kept), "Typed just now. "));
  g_assert_true (tend_store_find_entry (f->store, tend_entry_get_id (kept)) == kept);
}

/* The Theme button's menu (made when it first opens) lists every theme; choosing one gives a
 * prompt of that theme. */
static void
test_theme_menu (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *editor = GTK_WIDGET (tend_journal_page_get_editor (f->page));
  GtkMenuButton *button = GTK_MENU_BUTTON (tend_test_find_type (editor, GTK_TYPE_MENU_BUTTON));
  const TendTheme *themes, *chosen = NULL;
  gsize n_themes;
  GtkWidget *item;

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "_Theme");

  /* A theme other than the one of today's prompt, so the choice has to change it. */
  themes = tend_prompts_get_themes (&n_themes);
  g_assert_cmpuint (n_themes, ==, 5);
  for (gsize i = 0; i < n_themes && chosen == NULL; i++)
    if (tend_test_find_label (editor, tend_theme_get_title (&themes[i])) == NULL)
      chosen = &themes[i];
  g_assert_nonnull (chosen);

  gtk_menu_button_popup (button);
  tend_test_wait_frames (editor, 2);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (button), "Any Theme"));
  for (gsize i = 0; i < n_themes; i++)
    g_assert_nonnull (tend_test_find_label (GTK_WIDGET (button), tend_theme_get_title (&themes[i])));

  item = gtk_widget_get_ancestor (tend_test_find_label (GTK_WIDGET (button),
                                                        tend_theme_get_title (chosen)),
                                  g_type_from_name ("GtkModelButton"));
  g_assert_nonnull (item);
  g_signal_emit_by_name (item, "clicked");
  tend_test_wait_frames (editor, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button))));
  g_assert_nonnull (tend_test_find_label (editor, tend_theme_get_title (chosen)));
}

/* ------------------------------------------------------------------------------------------ */
/* The calendar */

static TendEntry *
find_text (Fixture    *f,
           const char *text)
{
  GListModel *entries = tend_store_get_entries (f->store);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (tend_entry_get_text (entry), text))
        return entry;
    }
  return NULL;
}

static char *
month_text (Fixture    *f,
            const char *month)
{
  g_autofree char *name = g_strconcat (month, ".json", NULL);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  char *contents = NULL;

  tend_store_flush (f->store);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_strdup ("");
  return contents;
}

static TendDayPicker *
go_picker (Fixture *f)
{
  GtkMenuButton *button = tend_journal_page_get_calendar_button (f->page);

  return TEND_DAY_PICKER (gtk_menu_button_get_popover (button));
}

static void
assert_marked (GtkCalendar *calendar,
               const char  *expected)
{
  g_autoptr(GString) marked = g_string_new (NULL);

  for (guint day = 1; day <= 31; day++)
    if (gtk_calendar_get_day_is_marked (calendar, day))
      g_string_append_printf (marked, "%s%u", marked->len > 0 ? " " : "", day);
  g_assert_cmpstr (marked->str, ==, expected);
}

/* Days with entries are marked in the month shown; looking at another month marks its days,
 * and the marks follow entries as they come and go. */
static void
test_calendar_marks (Fixture       *f,
                     gconstpointer  data)
{
  TendDayPicker *picker = go_picker (f);
  GtkCalendar *calendar = tend_day_picker_get_calendar (picker);

  tend_test_journal_add_entry_on (f, "2025-10-03", "An October entry.");
  tend_test_journal_add_entry_on (f, "2025-11-20", "A November entry.");
  tend_test_journal_add_entry_on (f, "2025-11-02", "An early November entry.");
  tend_test_journal_add_entry_on (f, "2025-11-02", "A second one that day.");

  tend_day_picker_select_day (picker, "2025-11-15");
  assert_marked (calendar, "2 20");
  tend_day_picker_select_day (picker, "2025-10-10");
  assert_marked (calendar, "3");

  tend_test_journal_add_entry_on (f, "2025-10-21", "Written later about October.");
  assert_marked (calendar, "3 21");
  g_assert_true (tend_store_delete_entry (f->store, find_text (f, "An October entry."), NULL));
  assert_marked (calendar, "21");

  /* Opened by its shortcut's action, it shows the month of the open entry, marked. */
  tend_journal_page_open_entry (f->page, find_text (f, "A November entry."));
  tend_journal_page_show_calendar (f->page);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));
  g_assert_cmpint (gtk_calendar_get_month (calendar), ==, 10);
  assert_marked (calendar, "2 20");
  tend_test_save_screenshot (GTK_WIDGET (f->window), "journal-calendar");
}

/* Choosing a day opens its newest entry and chooses it in the list; a day without one offers
 * a fresh page for it, which becomes an entry of that day only once something is written. */
static void
test_calendar_goes_to_day (Fixture       *f,
                           gconstpointer  data)
{
  TendDayPicker *picker = go_picker (f);
  TendEntryEditor *editor = tend_journal_page_get_editor (f->page);
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *future = NULL;
  TendEntry *written;

  tend_test_journal_add_entry_on (f, "2025-11-02", "An early November entry.");
  tend_test_journal_add_entry_on (f, "2025-11-20", "A November entry.");
  wait_for_label (f, "A November entry.");

  tend_journal_page_show_calendar (f->page);
  tend_day_picker_select_day (picker, "2025-11-02");
  tend_day_picker_choose (picker);
  g_assert_true (tend_entry_editor_get_entry (editor) == find_text (f, "An early November entry."));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));

  /* A day to come cannot be gone to or written for yet. */
  tomorrow = g_date_time_add_days (now, 1);
  future = g_date_time_format (tomorrow, "%Y-%m-%d");
  tend_journal_page_show_calendar (f->page);
  tend_day_picker_select_day (picker, future);
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (picker), "This day is still to come."));
  tend_day_picker_choose (picker);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (picker)));

  tend_day_picker_select_day (picker, "2025-11-05");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (picker),
                                          "Nothing written on this day. You can write for it "
                                          "now, if you like."));
  tend_day_picker_choose (picker);
  g_assert_null (tend_entry_editor_get_entry (editor));
  g_assert_cmpuint (n_entries (f), ==, 2);

  tend_test_journal_type (f, "Remembering that Thursday.");
  tend_entry_editor_save (editor);
  written = find_text (f, "Remembering that Thursday.");
  g_assert_nonnull (written);
  g_assert_cmpstr (tend_entry_get_day (written), ==, "2025-11-05");
}

/* The first button under @root that opens a calendar. */
static GtkMenuButton *
find_picker_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) &&
      TEND_IS_DAY_PICKER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_picker_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_toast_label (gpointer data)
{
  Fixture *f = data;

  return tend_test_find_label (GTK_WIDGET (f->window), "Moved to Saturday, 1 November 2025") != NULL;
}

/* The open entry moves to another day through the editor's calendar: it is saved in the new
 * month's file and leaves the old one, keeping its id. */
static void
test_calendar_moves_entry (Fixture       *f,
                           gconstpointer  data)
{
  TendEntryEditor *editor = tend_journal_page_get_editor (f->page);
  GtkMenuButton *move_button;
  TendDayPicker *picker;
  TendEntry *entry;
  g_autofree char *id = NULL;
  g_autofree char *october = NULL;
  g_autofree char *november = NULL;

  tend_test_journal_add_entry_on (f, "2025-10-30", "Really about the first of November.");
  entry = find_text (f, "Really about the first of November.");
  id = g_strdup (tend_entry_get_id (entry));
  tend_journal_page_open_entry (f->page, entry);

  move_button = find_picker_button (GTK_WIDGET (editor));
  g_assert_nonnull (move_button);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (move_button)));
  picker = TEND_DAY_PICKER (gtk_menu_button_get_popover (move_button));
  g_assert_true (tend_day_picker_get_entry (picker) == entry);

  gtk_menu_button_popup (move_button);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_cmpint (gtk_calendar_get_day (tend_day_picker_get_calendar (picker)), ==, 30);
  assert_marked (tend_day_picker_get_calendar (picker), "30");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (picker), "This entry is on this day."));
  tend_test_save_screenshot (GTK_WIDGET (f->window), "journal-move");

  tend_day_picker_select_day (picker, "2025-11-01");
  tend_day_picker_choose (picker);
  tend_test_wait_until (has_toast_label, f, "the toast that says where the entry went");

  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2025-11-01");
  g_assert_cmpstr (tend_entry_get_id (entry), ==, id);
  g_assert_true (tend_entry_editor_get_entry (editor) == entry);
  october = month_text (f, "2025-10");
  november = month_text (f, "2025-11");
  g_assert_null (strstr (october, "Really about the first of November."));
  g_assert_nonnull (strstr (november, "Really about the first of November."));
  g_assert_nonnull (strstr (november, id));

  /* A fresh page has nothing to move. */
  tend_journal_page_open_entry (f->page, NULL);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (move_button)));
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/tend/journal/" path, Fixture, NULL, tend_test_journal_setup, func, \
              tend_test_journal_teardown)
  ADD ("autosave-after-pause", test_autosave_pause);
  ADD ("autosave-on-close", test_autosave_close);
  ADD ("checkin", test_checkin);
  ADD ("checkin-opened-later", test_checkin_opened_later);
  ADD ("theme-menu", test_theme_menu);
  ADD ("document-font", test_document_font);
  ADD ("delete-undo", test_delete_undo);
  ADD ("narrow", test_narrow);
  ADD ("search-rows", test_search_rows);
  ADD ("months", test_months);
  ADD ("older-months-wait", test_older_months_wait);
  ADD ("end-before-read", test_end_before_read);
  ADD ("first-paint-at-top", test_first_paint_at_top);
  ADD ("search-list", test_search_list);
  ADD ("import-refreshes", test_import_refreshes);
  ADD ("import-keeps-typing", test_import_keeps_typing);
  ADD ("import-deletes-open", test_import_deletes_open);
  ADD ("calendar-marks", test_calendar_marks);
  ADD ("calendar-goes-to-day", test_calendar_goes_to_day);
  ADD ("calendar-moves-entry", test_calendar_moves_entry);
#undef ADD

  return g_test_run ();
}
