/* tend-journal-page.c — the Journal section: past entries beside today's page, and the calendar
 * that goes to a day.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-day-picker.h"
#include "tend-entry-editor.h"
#include "tend-history-row.h"
#include "tend-journal-page.h"
#include "tend-learn-offer-link.h"
#include "tend-month-file.h"

struct _TendJournalPage
{
  AdwBin               parent_instance;

  TendStore           *store;
  GtkSortListModel    *by_month;
  /* The entries the list shows: the newest at first, the others once the end of the list
   * comes near (see show_older()). */
  GtkFilterListModel  *shown;
  GtkCustomFilter     *held_back;
  char                *held_before;
  GListStore          *results;
  GtkSortListModel    *results_by_month;
  GtkSingleSelection  *selection;
  char                *query;
  GHashTable          *bound_rows;
  /* The list is to show its very top once laid out (scroll_to_top_later). */
  gboolean             scroll_waiting;
  gboolean             history_shown;
  /* The older months are being read; the note that says so is shown once it is due. */
  gboolean             reading_older;
  gboolean             loading_note_due;
  guint                loading_note_id;
  /* Frames waited so far for the list's rows, to give them the focus after Back. */
  guint                focus_list_frames;

  AdwNavigationSplitView *split_view;
  GtkMenuButton       *calendar_button;
  TendDayPicker       *day_picker;
  GtkWidget           *new_entry_button;
  GtkToggleButton     *search_button;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkWidget           *loading_box;
  GtkLabel            *loading_label;
  GtkProgressBar      *loading_bar;
  TendEntryEditor     *editor;
};

G_DEFINE_FINAL_TYPE (TendJournalPage, tend_journal_page, ADW_TYPE_BIN)

static gboolean
searching (TendJournalPage *self)
{
  return self->query != NULL && *self->query != '\0';
}

/* About one row: less than that from the top, the list still counts as showing its top. */
#define NEAR_TOP_PX 64

/* After the frame's layout, before it is painted: the top, and one more layout pass, which
 * the frame clock runs before painting, so the list never shows scrolled and then jumps. */
static void
scroll_to_top_cb (GdkFrameClock   *clock,
                  TendJournalPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    return;
  g_signal_handlers_disconnect_by_func (clock, scroll_to_top_cb, self);
  self->scroll_waiting = FALSE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
connect_scroll_to_top (TendJournalPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    return;
  g_signal_handlers_disconnect_by_func (clock, scroll_to_top_cb, self);
  g_signal_connect_object (clock, "layout", G_CALLBACK (scroll_to_top_cb), self,
                           G_CONNECT_AFTER);
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));
}

/* Rows that arrive or change while the list shows its top are anchored with the first row at
 * the top, which hides the first month's heading above it; once they are laid out, in the
 * same frame, show the very top. */
static void
scroll_to_top_later (TendJournalPage *self)
{
  self->scroll_waiting = TRUE;
  connect_scroll_to_top (self);
}

/* Whether the list shows its top, or the rows just below it: then rows that change keep
 * the very top in sight, its month's heading with it. */
static gboolean
near_top (TendJournalPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));

  return gtk_adjustment_get_value (adjustment) - gtk_adjustment_get_lower (adjustment) <
         NEAR_TOP_PX;
}

/* The list's own rows changed: showing its top, it keeps it. */
static void
list_changed_cb (TendJournalPage *self)
{
  if (near_top (self))
    scroll_to_top_later (self);
}

/* The welcome of an empty journal and the note of a search without results are made the first
 * time they are shown: a journal with entries and no search needs neither to start. */
static void
show_status (TendJournalPage *self,
             const char      *name)
{
  gboolean welcome = g_str_equal (name, "welcome");
  AdwStatusPage *page;

  if (gtk_stack_get_child_by_name (self->list_stack, name) == NULL)
    {
      page = ADW_STATUS_PAGE (adw_status_page_new ());
      gtk_widget_add_css_class (GTK_WIDGET (page), "compact");
      adw_status_page_set_icon_name (page, welcome ? "tend-journal-symbolic"
                                                   : "system-search-symbolic");
      adw_status_page_set_title (page, welcome ? _("Welcome") : _("No Entries Found"));
      adw_status_page_set_description (page,
                                       welcome ? _("This journal is yours alone. What you write "
                                                   "stays on this computer and is never sent "
                                                   "anywhere. Begin whenever you like, with as "
                                                   "few words as you like.")
                                               : _("Try other words, or fewer of them."));
      if (welcome)
        {
          /* Learn is offered here as a quiet way in for someone just starting: a link like
           * the others, at most once a week, and not when suggestions are off. */
          GtkWidget *learn = tend_learn_offer_link_new (TEND_LEARN_OFFER_JOURNAL, "",
                                                  _("_Learn About Trauma and Closeness"));

          gtk_widget_set_halign (learn, GTK_ALIGN_CENTER);
          adw_status_page_set_child (page, learn);
        }
      gtk_stack_add_named (self->list_stack, GTK_WIDGET (page), name);
    }

  gtk_stack_set_visible_child_name (self->list_stack, name);
}

static void
update_stack (TendJournalPage *self)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  gboolean was_list = g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") == 0;

  /* Before the rows are made, say "list" if there will be any, so no welcome flashes by. */
  if (!self->history_shown && self->store != NULL && !searching (self))
    n = g_list_model_get_n_items (tend_store_get_entries (self->store));

  if (n > 0 && !was_list)
    scroll_to_top_later (self);

  if (n > 0 || self->store == NULL)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    show_status (self, searching (self) ? "no-results" : "welcome");
}

static void search_changed_cb (TendJournalPage *self);
static void show_history (TendJournalPage *self);

/* How long the older months may take to be read, from when the list first shows, before the
 * sidebar says they still are. Most journals are read well before, and then nothing on screen
 * moves while they are: the window is still as soon as it appears. */
#define LOADING_NOTE_DELAY_MS 2000

static void update_loading (TendJournalPage *self);
static void show_older (TendJournalPage *self);

static gboolean
loading_note_due_cb (gpointer data)
{
  TendJournalPage *self = data;

  self->loading_note_id = 0;
  self->loading_note_due = TRUE;
  update_loading (self);

  return G_SOURCE_REMOVE;
}

static void
update_loading (TendJournalPage *self)
{
  guint done, total;
  g_autofree char *text = NULL;

  if (self->store == NULL || tend_store_get_loaded (self->store))
    {
      g_clear_handle_id (&self->loading_note_id, g_source_remove);
      /* A search typed while older months were still loading now covers them too. */
      if (self->reading_older && searching (self))
        search_changed_cb (self);
      self->reading_older = FALSE;
      gtk_widget_set_visible (self->loading_box, FALSE);
      show_older (self);
      return;
    }

  self->reading_older = TRUE;
  if (!self->loading_note_due)
    {
      if (self->loading_note_id == 0 && self->history_shown)
        self->loading_note_id = g_timeout_add (LOADING_NOTE_DELAY_MS, loading_note_due_cb, self);
      return;
    }

  done = tend_store_get_months_loaded (self->store);
  total = tend_store_get_months_total (self->store);
  /* Translators: shown while older entries are read; %u of %u months. */
  text = g_strdup_printf (ngettext ("Reading older entries… %u of %u month",
                                    "Reading older entries… %u of %u months", total),
                          done, total);
  gtk_label_set_text (self->loading_label, text);
  gtk_progress_bar_set_fraction (self->loading_bar, total > 0 ? (double) done / total : 0);
  gtk_widget_set_visible (self->loading_box, TRUE);
}

/* ------------------------------------------------------------------------------------------ */
/* Rows and month headers */

static char *
entry_month (TendEntry *entry)
{
  return tend_month_for_day (tend_entry_get_day (entry));
}

static int
compare_month (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  g_autofree char *ma = entry_month ((TendEntry *) a);
  g_autofree char *mb = entry_month ((TendEntry *) b);
  int order = g_strcmp0 (mb, ma);

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_row (GtkListItemFactory *factory,
           GtkListItem        *item,
           gpointer            user_data)
{
  gtk_list_item_set_child (item, tend_history_row_new ());
}

static void
refresh_row (GtkListItem *item)
{
  TendJournalPage *self = g_object_get_data (G_OBJECT (item), "page");
  TendEntry *entry = gtk_list_item_get_item (item);

  if (entry != NULL)
    {
      TendHistoryRow *row = TEND_HISTORY_ROW (gtk_list_item_get_child (item));
      g_autofree char *spoken = NULL;

      tend_history_row_set_entry (row, entry, self->query);
      /* The list item is what a screen reader lands on; it says what the row shows. */
      spoken = tend_history_row_dup_spoken (row);
      gtk_list_item_set_accessible_label (item, spoken);
    }
}

static void
bind_row (GtkListItemFactory *factory,
          GtkListItem        *item,
          TendJournalPage    *self)
{
  TendEntry *entry = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), "page", self);
  g_hash_table_add (self->bound_rows, item);
  refresh_row (item);
  /* A row follows its entry while it is edited. */
  g_signal_connect_object (entry, "notify::text", G_CALLBACK (refresh_row), item,
                           G_CONNECT_SWAPPED);
}

static void
unbind_row (GtkListItemFactory *factory,
            GtkListItem        *item,
            TendJournalPage    *self)
{
  TendEntry *entry = gtk_list_item_get_item (item);

  if (entry != NULL)
    g_signal_handlers_disconnect_by_func (entry, refresh_row, item);
  if (self->bound_rows != NULL)
    g_hash_table_remove (self->bound_rows, item);
}

/* A row whose entry keeps its place when the list changes (to the results, to other results,
 * back to every entry) keeps its widget and is not bound again, so it is told here. */
static void
refresh_rows (TendJournalPage *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    refresh_row (item);
}

static void
setup_header (GtkListItemFactory *factory,
              GtkListHeader      *header,
              gpointer            user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_start (label, 6);
  gtk_list_header_set_child (header, label);
}

static void
bind_header (GtkListItemFactory *factory,
             GtkListHeader      *header,
             gpointer            user_data)
{
  TendEntry *entry = gtk_list_header_get_item (header);
  g_autofree char *month = entry != NULL ? g_strndup (tend_entry_get_day (entry), 7) : NULL;
  g_autofree char *title = month != NULL ? tend_month_describe (month) : g_strdup ("");

  gtk_label_set_text (GTK_LABEL (gtk_list_header_get_child (header)), title);
}

/* ------------------------------------------------------------------------------------------ */

/**
 * tend_journal_page_open_entry:
 *
 * Opens @entry in the editor (and shows the editor on a narrow window).
 */
void
tend_journal_page_open_entry (TendJournalPage *self,
                              TendEntry       *entry)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  tend_entry_editor_set_entry (self->editor, entry);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
activate_cb (TendJournalPage *self,
             guint            position)
{
  GListModel *model = gtk_single_selection_get_model (self->selection);
  g_autoptr(TendEntry) entry = g_list_model_get_item (model, position);

  gtk_single_selection_set_selected (self->selection, position);
  tend_journal_page_open_entry (self, entry);
}

static void
search_changed_cb (TendJournalPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_set_str (&self->query, text);

  if (searching (self) && self->store != NULL)
    {
      g_autoptr(GPtrArray) found = tend_store_search (self->store, self->query);

      g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                           found->pdata, found->len);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->results_by_month));
    }
  else
    {
      g_list_store_remove_all (self->results);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->by_month));
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  refresh_rows (self);
  update_stack (self);
}

void
tend_journal_page_search (TendJournalPage *self)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * tend_journal_page_forget:
 *
 * Lets go of the journal's words the page holds besides the store's lists: the search and
 * its results, and the open entry (a fresh page takes its place; what was typed is saved
 * first). For a window that locks.
 */
void
tend_journal_page_forget (TendJournalPage *self)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  tend_journal_page_open_entry (self, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tend_journal_page_search (TEND_JOURNAL_PAGE (widget));
}

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TendJournalPage *self = TEND_JOURNAL_PAGE (widget);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  tend_journal_page_open_entry (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

/* ------------------------------------------------------------------------------------------ */
/* Going to a day */

/**
 * tend_journal_page_show_calendar:
 *
 * Opens the calendar to go to a day, with the keys in it (showing the list of entries first
 * on a narrow window).
 */
void
tend_journal_page_show_calendar (TendJournalPage *self)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_menu_button_popup (self->calendar_button);
}

GtkMenuButton *
tend_journal_page_get_calendar_button (TendJournalPage *self)
{
  g_return_val_if_fail (TEND_IS_JOURNAL_PAGE (self), NULL);

  return self->calendar_button;
}

/* A day was chosen on the calendar: its newest entry is opened and chosen in the list, with
 * the others of that day just below it; a day without one opens a fresh page for it, which
 * becomes an entry only once something is written. */
static void
go_to_cb (TendJournalPage *self,
          const char      *day,
          TendEntry       *entry)
{
  GListModel *model;
  guint n;

  if (entry == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      tend_journal_page_open_entry (self, NULL);
      tend_entry_editor_start_day (self->editor, day);
      gtk_widget_grab_focus (GTK_WIDGET (self->editor));
      return;
    }

  /* The whole list, so the entry is in it whatever was searched for. */
  if (searching (self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
    }
  show_history (self);

  tend_journal_page_open_entry (self, entry);
  model = gtk_single_selection_get_model (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TendEntry) shown = g_list_model_get_item (model, i);

      if (shown == entry)
        {
          gtk_list_view_scroll_to (self->list_view, i, GTK_LIST_SCROLL_SELECT, NULL);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

/* Whether the editor is on screen: beside the list, or instead of it on a narrow window. */
static gboolean
editor_shown (TendJournalPage *self)
{
  return !adw_navigation_split_view_get_collapsed (self->split_view) ||
         adw_navigation_split_view_get_show_content (self->split_view);
}

static gboolean
showing_list (TendJournalPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") == 0;
}

/* The list, or the button for a first entry when there is none to go to. The list takes the
 * focus only once its rows are laid out: FALSE until then. */
static gboolean
focus_list (TendJournalPage *self)
{
  if (showing_list (self))
    return gtk_widget_grab_focus (GTK_WIDGET (self->list_view)) ||
           gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);

  return gtk_widget_grab_focus (self->new_entry_button);
}

static void focus_list_later (TendJournalPage *self);

/**
 * tend_journal_page_focus_content:
 *
 * Puts the focus where the Journal is used: in the words when the editor shows, else in the
 * list of entries (once its rows are laid out, when they are not yet).
 */
gboolean
tend_journal_page_focus_content (TendJournalPage *self)
{
  g_return_val_if_fail (TEND_IS_JOURNAL_PAGE (self), FALSE);

  if (editor_shown (self))
    return gtk_widget_grab_focus (GTK_WIDGET (self->editor));

  if (!focus_list (self))
    focus_list_later (self);
  return TRUE;
}

/**
 * tend_journal_page_write_key:
 *
 * Brings the editor forward and writes into it the key @controller is handling now (see
 * tend_entry_editor_write_key()).
 */
void
tend_journal_page_write_key (TendJournalPage       *self,
                             GtkEventControllerKey *controller)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  tend_entry_editor_write_key (self->editor, controller);
}

/**
 * tend_journal_page_another_prompt:
 *
 * Shows the editor with another prompt, as its Another Prompt button does.
 */
void
tend_journal_page_another_prompt (TendJournalPage *self)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->editor), "editor.another-prompt", NULL);
}

/* Frames to wait for the list's rows before the focus goes to the New Entry button instead. */
#define FOCUS_LIST_FRAMES 10

static gboolean
focus_list_later_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  TendJournalPage *self = TEND_JOURNAL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (editor_shown (self) ||
      (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view))) ||
      focus_list (self))
    return G_SOURCE_REMOVE;

  if (++self->focus_list_frames < FOCUS_LIST_FRAMES)
    return G_SOURCE_CONTINUE;

  gtk_widget_grab_focus (self->new_entry_button);
  return G_SOURCE_REMOVE;
}

static void
focus_list_later (TendJournalPage *self)
{
  self->focus_list_frames = 0;
  gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_list_later_cb, NULL, NULL);
}

/* Back from the editor on a narrow window leaves the focus in the list it went back to, on the
 * entry left, once the list is laid out: left to itself the focus would fall on the first
 * button of the header bar. */
static void
show_content_cb (TendJournalPage *self)
{
  if (!editor_shown (self) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_list_later (self);
}

/* The older months are read after the window appears and arrive at once, below what the list
 * shows: taken into the list then, they would move its scroll bar and redraw it while the
 * person is reading or writing. They come in when the end of the list is near, by scrolling
 * or because the list is short, which is when they are wanted; so do the entries read first
 * beyond the newest (hold_back_older()). */
static gboolean
held_back_cb (gpointer item,
              gpointer user_data)
{
  TendJournalPage *self = user_data;

  return self->held_before == NULL ||
         strcmp (tend_entry_get_day (TEND_ENTRY (item)), self->held_before) >= 0;
}

/* How many of the newest entries the list first shows: more than a tall window holds. The
 * rows are made in one frame, at about a millisecond each; two months of daily entries would
 * be sixty of them. */
#define FIRST_ROWS 24

/* The list first shows the newest entries; the others read by now, and the months not read
 * yet, wait until the end of the list comes near (show_older()). */
static void
hold_back_older (TendJournalPage *self)
{
  GListModel *entries = tend_store_get_entries (self->store);
  guint n = g_list_model_get_n_items (entries);
  g_autoptr(TendEntry) last = NULL;

  if (n == 0 || (n <= FIRST_ROWS && tend_store_get_loaded (self->store)))
    return;

  last = g_list_model_get_item (entries, MIN (n, FIRST_ROWS) - 1);
  g_set_str (&self->held_before, tend_entry_get_day (last));
  gtk_filter_changed (GTK_FILTER (self->held_back), GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
show_older (TendJournalPage *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  double page = gtk_adjustment_get_page_size (adjustment);
  gboolean known = page > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->list_view));
  GListModel *entries;
  g_autoptr(TendEntry) oldest = NULL;
  guint n;

  if (self->held_before == NULL || self->store == NULL)
    return;

  /* Within a page of the end, or the list not mapped to know: show them. */
  if (known &&
      gtk_adjustment_get_value (adjustment) + 2 * page < gtk_adjustment_get_upper (adjustment))
    return;

  if (tend_store_get_loaded (self->store))
    {
      g_clear_pointer (&self->held_before, g_free);
      gtk_filter_changed (GTK_FILTER (self->held_back), GTK_FILTER_CHANGE_LESS_STRICT);
      return;
    }

  /* Still reading: what is read so far, scrolled to; the months being read come after. */
  entries = tend_store_get_entries (self->store);
  n = g_list_model_get_n_items (entries);
  oldest = n > 0 ? g_list_model_get_item (entries, n - 1) : NULL;
  if (!known || oldest == NULL || strcmp (tend_entry_get_day (oldest), self->held_before) >= 0)
    return;
  g_set_str (&self->held_before, tend_entry_get_day (oldest));
  gtk_filter_changed (GTK_FILTER (self->held_back), GTK_FILTER_CHANGE_LESS_STRICT);
}

/* The rows of past entries are made in the frame after the window first appears: making
 * them costs about as much as the rest of the window, and the editor is ready before them. */
static void
show_history (TendJournalPage *self)
{
  if (self->history_shown || self->store == NULL)
    return;

  self->history_shown = TRUE;
  hold_back_older (self);
  gtk_filter_list_model_set_model (self->shown, tend_store_get_entries (self->store));
  gtk_sort_list_model_set_model (self->by_month, G_LIST_MODEL (self->shown));
  update_stack (self);
  update_loading (self);
}

static void
first_paint_cb (GdkFrameClock   *clock,
                TendJournalPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  show_history (self);
}

static void
show_history_after_paint (TendJournalPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->history_shown || clock == NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_paint_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tend_journal_page_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tend_journal_page_parent_class)->realize (widget);
  if (TEND_JOURNAL_PAGE (widget)->scroll_waiting)
    connect_scroll_to_top (TEND_JOURNAL_PAGE (widget));
  show_history_after_paint (TEND_JOURNAL_PAGE (widget));
}

void
tend_journal_page_set_store (TendJournalPage *self,
                             TendStore       *store)
{
  g_return_if_fail (TEND_IS_JOURNAL_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_history (self);
  else if (gtk_widget_get_realized (GTK_WIDGET (self)))
    show_history_after_paint (self);
  tend_entry_editor_set_store (self->editor, store);
  tend_day_picker_set_store (self->day_picker, store);

  g_signal_connect_object (tend_store_get_entries (store), "items-changed",
                           G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::months-loaded", G_CALLBACK (update_loading), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::loaded", G_CALLBACK (update_loading), self,
                           G_CONNECT_SWAPPED);
  update_loading (self);
  update_stack (self);
}

TendEntryEditor *
tend_journal_page_get_editor (TendJournalPage *self)
{
  g_return_val_if_fail (TEND_IS_JOURNAL_PAGE (self), NULL);

  return self->editor;
}

static void
tend_journal_page_dispose (GObject *object)
{
  TendJournalPage *self = TEND_JOURNAL_PAGE (object);

  g_clear_handle_id (&self->loading_note_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_JOURNAL_PAGE);
  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->by_month);
  g_clear_object (&self->shown);
  g_clear_object (&self->held_back);
  g_clear_pointer (&self->held_before, g_free);
  g_clear_object (&self->results_by_month);
  g_clear_object (&self->results);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (tend_journal_page_parent_class)->dispose (object);
}

static void
tend_journal_page_class_init (TendJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_journal_page_dispose;
  widget_class->realize = tend_journal_page_realize;

  g_type_ensure (TEND_TYPE_DAY_PICKER);
  g_type_ensure (TEND_TYPE_ENTRY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/journal/tend-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, split_view);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, day_picker);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, new_entry_button);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, loading_box);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, loading_label);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, loading_bar);
  gtk_widget_class_bind_template_child (widget_class, TendJournalPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, go_to_cb);

  gtk_widget_class_install_action (widget_class, "journal.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "journal.search", NULL, search_action);
}

static void
tend_journal_page_init (TendJournalPage *self)
{
  g_autoptr(GtkListItemFactory) rows = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) headers = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkCustomSorter) months = gtk_custom_sorter_new (compare_month, NULL, NULL);
  /* Newest first, as the store keeps them; the sort model needs a sorter to find sections. */
  GtkCustomSorter *newest = gtk_custom_sorter_new (tend_store_compare_entries, NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->results = g_list_store_new (TEND_TYPE_ENTRY);
  /* Results are grouped under their months too, not all under the first result's. */
  self->results_by_month = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->results)),
                                                    GTK_SORTER (g_object_ref (newest)));
  gtk_sort_list_model_set_section_sorter (self->results_by_month, GTK_SORTER (months));
  self->held_back = gtk_custom_filter_new (held_back_cb, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->held_back)));
  self->by_month = gtk_sort_list_model_new (NULL, GTK_SORTER (newest));
  gtk_sort_list_model_set_section_sorter (self->by_month, GTK_SORTER (months));
  /* The page keeps both lists: the selection shows one and drops it for the other. */
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->by_month)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (rows, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (rows, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (rows, "unbind", G_CALLBACK (unbind_row), self);
  g_signal_connect (headers, "setup", G_CALLBACK (setup_header), NULL);
  g_signal_connect (headers, "bind", G_CALLBACK (bind_header), NULL);
  gtk_list_view_set_factory (self->list_view, rows);
  gtk_list_view_set_header_factory (self->list_view, headers);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  /* What the list holds decides between it and the welcome; the store's own count does only
   * before the list is made (see update_stack()). */
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)),
                           "value-changed", G_CALLBACK (show_older), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->split_view, "notify::show-content",
                           G_CALLBACK (show_content_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  update_loading (self);
  update_stack (self);
}

GtkWidget *
tend_journal_page_new (void)
{
  return g_object_new (TEND_TYPE_JOURNAL_PAGE, NULL);
}
