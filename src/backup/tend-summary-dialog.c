/* tend-summary-dialog.c — which days, which entries to share, and where the summary goes.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tend-day-button.h"
#include "tend-progress.h"
#include "tend-prompts.h"
#include "tend-save-file.h"
#include "tend-search.h"
#include "tend-summary-dialog.h"
#include "tend-summary-printer.h"
#include "tend-therapist-summary.h"

struct _TendSummaryDialog
{
  AdwDialog           parent_instance;

  TendStore          *store;
  /* The person's safety plan, included only when plan_row is on; or NULL. */
  TendSafetyPlan     *plan;
  GHashTable         *shared;       /* ids of ticked entries, among those listed */
  GCancellable       *loading;      /* while older months are read */
  /* While the summary is written. */
  GCancellable       *cancellable;
  GFile              *file;
  TendSummaryPrinter *printer;

  /* The filters' choices: a theme id, "" for entries without one, NULL for all; a month
   * "YYYY-MM", NULL for all. */
  char               *theme_filter;
  char               *month_filter;
  GPtrArray          *months;       /* the months of the listed days that have entries */
  gboolean            filling;      /* while the lists are made again */

  AdwNavigationView  *navigation;
  GtkStack           *stack;
  GtkCheckButton     *pdf_check;
  GtkWidget          *plan_group;
  AdwSwitchRow       *plan_row;
  TendDayButton      *first_button;
  TendDayButton      *last_button;
  AdwPreferencesGroup *entries_group;
  AdwComboRow        *theme_row;
  AdwComboRow        *month_row;
  GtkListBox         *entry_list;
  GtkTextView        *preview_view;
  GtkProgressBar     *progress_bar;
  GtkWidget          *save_button;
};

G_DEFINE_FINAL_TYPE (TendSummaryDialog, tend_summary_dialog, ADW_TYPE_DIALOG)

enum {
  EXPORTED,
  FAILED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

gboolean
tend_summary_dialog_get_pdf (TendSummaryDialog *self)
{
  g_return_val_if_fail (TEND_IS_SUMMARY_DIALOG (self), TRUE);

  return gtk_check_button_get_active (self->pdf_check);
}

/**
 * tend_summary_dialog_get_range:
 *
 * The chosen days, "YYYY-MM-DD", first before last.
 */
void
tend_summary_dialog_get_range (TendSummaryDialog  *self,
                               char              **first_day,
                               char              **last_day)
{
  g_return_if_fail (TEND_IS_SUMMARY_DIALOG (self));

  tend_day_button_dup_range (self->first_button, self->last_button, first_day, last_day);
}

static gboolean
in_days (TendEntry  *entry,
         const char *first,
         const char *last)
{
  const char *day = tend_entry_get_day (entry);

  return day != NULL && g_strcmp0 (day, first) >= 0 && g_strcmp0 (day, last) <= 0;
}

/**
 * tend_summary_dialog_dup_shared_ids:
 *
 * The ids of the ticked entries within the days, NULL-terminated.
 */
GStrv
tend_summary_dialog_dup_shared_ids (TendSummaryDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GListModel *entries;

  g_return_val_if_fail (TEND_IS_SUMMARY_DIALOG (self), NULL);

  tend_summary_dialog_get_range (self, &first, &last);
  entries = tend_store_get_entries (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      if (in_days (entry, first, last) &&
          g_hash_table_contains (self->shared, tend_entry_get_id (entry)))
        g_strv_builder_add (builder, tend_entry_get_id (entry));
    }

  return g_strv_builder_end (builder);
}

/**
 * tend_summary_dialog_dup_file_name:
 *
 * A name for the file, like "tend-summary-2026-11-24.pdf".
 */
char *
tend_summary_dialog_dup_file_name (TendSummaryDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (TEND_IS_SUMMARY_DIALOG (self), NULL);

  /* Not translated: file names travel between computers and languages. */
  return g_strdup_printf ("tend-summary-%s.%s", today,
                          tend_summary_dialog_get_pdf (self) ? "pdf" : "md");
}

/* Rows for the entries of the chosen days */

/* The group says how many entries are ticked, those the filters hide among them. */
static void
update_count (TendSummaryDialog *self)
{
  guint n = g_hash_table_size (self->shared);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("None are shared unless you tick them."));
  else
    /* Translators: below “Entries to Share”; %u counts the ticked entries, also those the
     * theme and month filters hide. */
    text = g_strdup_printf (ngettext ("%u entry is shared, with its words as you wrote them.",
                                      "%u entries are shared, with their words as you wrote them.",
                                      n), n);
  adw_preferences_group_set_description (self->entries_group, text);
}

static void
shared_toggled_cb (GtkCheckButton    *check,
                   TendSummaryDialog *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "entry-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->shared, g_strdup (id));
  else
    g_hash_table_remove (self->shared, id);
  update_count (self);
}

static GtkWidget *
entry_row (TendSummaryDialog *self,
           TendEntry         *entry)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *line = tend_search_first_line (tend_entry_get_text (entry));
  const TendTheme *theme = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  int y, m, d;

  if (sscanf (tend_entry_get_day (entry), "%d-%d-%d", &y, &m, &d) == 3)
    noon = g_date_time_new_local (y, m, d, 12, 0, 0);
  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  date = noon != NULL ? g_strstrip (g_date_time_format (noon, _("%A, %-d %B %Y")))
                      : g_strdup (tend_entry_get_day (entry));
  if (tend_entry_get_theme (entry) != NULL)
    theme = tend_prompts_lookup_theme (tend_entry_get_theme (entry));
  if (theme != NULL)
    /* Translators: an entry that may be shared: its date, then its theme, e.g. “Monday,
     * 23 November 2026 · Safe Touch”. */
    title = g_strdup_printf (_("%s · %s"), date, tend_theme_get_title (theme));
  else
    title = g_strdup (date);

  /* The person's words are shown as they are, never read as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "entry-id", g_strdup (tend_entry_get_id (entry)),
                          g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->shared, tend_entry_get_id (entry)));
  g_signal_connect (check, "toggled", G_CALLBACK (shared_toggled_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, line,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);

  return row;
}

static void
set_placeholder (TendSummaryDialog *self,
                 const char        *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (self->entry_list, label);
}

static gboolean
passes_filters (TendSummaryDialog *self,
                TendEntry         *entry)
{
  const char *theme = tend_entry_get_theme (entry);

  if (self->theme_filter != NULL &&
      g_strcmp0 (theme != NULL ? theme : "", self->theme_filter) != 0)
    return FALSE;
  if (self->month_filter != NULL &&
      !g_str_has_prefix (tend_entry_get_day (entry), self->month_filter))
    return FALSE;
  return TRUE;
}

static char *
month_title (const char *month)
{
  g_autoptr(GDateTime) first = NULL;
  int y, m;

  if (sscanf (month, "%d-%d", &y, &m) == 2)
    first = g_date_time_new_local (y, m, 1, 12, 0, 0);
  if (first == NULL)
    return g_strdup (month);
  /* Translators: a month in the summary dialog's month filter, e.g. “November 2026”; see
   * strftime (%OB is the month's name as it stands alone). */
  return g_strstrip (g_date_time_format (first, _("%OB %Y")));
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (b, a);
}

static gboolean
same_months (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The month filter offers the months of the chosen days that have entries, newest first. Its
 * list is made again only when those months change, never while a month is being chosen. */
static void
fill_months (TendSummaryDialog *self,
             GListModel        *entries,
             const char        *first,
             const char        *last)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) titles = NULL;
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *month = NULL;

      if (!in_days (entry, first, last))
        continue;
      month = g_strndup (tend_entry_get_day (entry), 7);
      if (!g_ptr_array_find_with_equal_func (found, month, g_str_equal, NULL))
        g_ptr_array_add (found, g_steal_pointer (&month));
    }
  g_ptr_array_sort_values (found, newest_first);
  if (same_months (found, self->months))
    return;

  g_ptr_array_unref (self->months);
  self->months = g_steal_pointer (&found);

  titles = gtk_string_list_new (NULL);
  /* Translators: the month filter's choice that lists the entries of every month. */
  gtk_string_list_append (titles, _("All Months"));
  for (guint i = 0; i < self->months->len; i++)
    {
      g_autofree char *title = month_title (g_ptr_array_index (self->months, i));

      gtk_string_list_append (titles, title);
      if (g_strcmp0 (g_ptr_array_index (self->months, i), self->month_filter) == 0)
        selected = i + 1;
    }
  /* A month no longer among the days shows everything again. */
  if (selected == 0)
    g_clear_pointer (&self->month_filter, g_free);

  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->month_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_row), self->months->len > 1);
}

static void
fill_entries (TendSummaryDialog *self)
{
  g_autoptr(GHashTable) shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GListModel *entries;

  /* Not yet given its store: there is nothing to list. */
  if (self->store == NULL)
    return;

  gtk_list_box_remove_all (self->entry_list);
  entries = tend_store_get_entries (self->store);

  /* Only what is in the list can be shared: a tick on an entry the days no longer hold is
   * forgotten, so it does not come back unseen when the days change again. */
  if (!tend_store_get_loaded (self->store))
    {
      g_hash_table_remove_all (self->shared);
      /* Translators: while the older months of the journal are read. */
      set_placeholder (self, _("Reading older entries…"));
      return;
    }

  tend_summary_dialog_get_range (self, &first, &last);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);
      const char *id = tend_entry_get_id (entry);

      if (in_days (entry, first, last) && g_hash_table_contains (self->shared, id))
        g_hash_table_add (shared, g_strdup (id));
    }
  g_clear_pointer (&self->shared, g_hash_table_unref);
  self->shared = g_steal_pointer (&shared);

  self->filling = TRUE;
  fill_months (self, entries, first, last);
  self->filling = FALSE;

  if (self->theme_filter != NULL || self->month_filter != NULL)
    /* Translators: the chosen days hold entries, but none of the chosen theme or month. */
    set_placeholder (self, _("No entries of this theme or month"));
  else
    /* Translators: the chosen days hold no journal entry to share. */
    set_placeholder (self, _("No entries on these days"));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      if (in_days (entry, first, last) && passes_filters (self, entry))
        gtk_list_box_append (self->entry_list, entry_row (self, entry));
    }
  update_count (self);
}

/* A theme or a month was chosen: the list shows only its entries; ticks stay as they were. */
static void
filter_changed_cb (TendSummaryDialog *self)
{
  guint theme = adw_combo_row_get_selected (self->theme_row);
  guint month = adw_combo_row_get_selected (self->month_row);
  gsize n_themes;
  const TendTheme *themes = tend_prompts_get_themes (&n_themes);

  if (self->filling)
    return;

  g_clear_pointer (&self->theme_filter, g_free);
  if (theme >= 1 && theme <= n_themes)
    self->theme_filter = g_strdup (themes[theme - 1].id);
  else if (theme == n_themes + 1)
    self->theme_filter = g_strdup ("");

  g_clear_pointer (&self->month_filter, g_free);
  if (month >= 1 && month <= self->months->len)
    self->month_filter = g_strdup (g_ptr_array_index (self->months, month - 1));

  fill_entries (self);
}

/* Ticks or unticks every entry the list shows (what the filters hide keeps its tick). */
static void
tick_shown (TendSummaryDialog *self,
            gboolean           active)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->entry_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL)
        gtk_check_button_set_active (check, active);
    }
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  tick_shown (TEND_SUMMARY_DIALOG (widget), TRUE);
}

static void
select_none_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tick_shown (TEND_SUMMARY_DIALOG (widget), FALSE);
}

static void show_error (TendSummaryDialog *self,
                        const GError      *error);

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TendSummaryDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, &error))
    {
      /* Without every month the figures would be wrong: nothing is offered to save. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  g_clear_object (&self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.preview", TRUE);
  fill_entries (self);
}

/* A day was chosen (not merely a month looked at): the list follows. */
static void
day_chosen_cb (TendSummaryDialog *self)
{
  fill_entries (self);
}

/* Writing */

static void
show_error (TendSummaryDialog *self,
            const GError      *error)
{
  AdwDialog *alert;

  /* Closed before the answer came: an alert would have nowhere to go, so whoever opened the
   * dialog says it (Tend's window, in a toast). */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    {
      g_debug ("The summary was not saved: %s", error->message);
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  alert = adw_alert_dialog_new (_("Could Not Save the Summary"), error->message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  TendSummaryDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
written (TendSummaryDialog *self,
         const GError      *error)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->file);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->printer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", TRUE);
  gtk_widget_set_visible (self->save_button, TRUE);

  if (error != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "choose");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, file);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
markdown_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TendSummaryDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  written (self, error);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TendSummaryDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  tend_summary_printer_export_finish (TEND_SUMMARY_PRINTER (source), result, &error);
  written (self, error);
}

static void
set_date (GDate      *date,
          const char *day)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, day);
}

static TendTherapistSummary *
make_summary (TendSummaryDialog *self)
{
  GListModel *entry_model = tend_store_get_entries (self->store);
  GListModel *session_model = tend_store_get_sessions (self->store);
  guint n_entries = g_list_model_get_n_items (entry_model);
  guint n_sessions = g_list_model_get_n_items (session_model);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_full (n_entries, g_object_unref);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_full (n_sessions, g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_auto(GStrv) shared = tend_summary_dialog_dup_shared_ids (self);
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  TendTherapistSummary *summary;
  GDate first, last;

  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (entries, g_list_model_get_item (entry_model, i));
  for (guint i = 0; i < n_sessions; i++)
    g_ptr_array_add (sessions, g_list_model_get_item (session_model, i));

  tend_summary_dialog_get_range (self, &first_day, &last_day);
  set_date (&first, first_day);
  set_date (&last, last_day);

  /* The summary copies what it says; the arrays may go. */
  summary = tend_therapist_summary_new ((TendEntry **) entries->pdata, entries->len,
                                        (TendGroundingSession **) sessions->pdata, sessions->len,
                                        &first, &last, (const char * const *) shared, now,
                                        tend_progress_locale_week_start (), tz);
  if (self->plan != NULL && tend_summary_dialog_get_include_safety_plan (self))
    tend_therapist_summary_add_safety_plan (summary, self->plan);

  return summary;
}

void
tend_summary_dialog_set_safety_plan (TendSummaryDialog *self,
                                     TendSafetyPlan    *plan)
{
  g_return_if_fail (TEND_IS_SUMMARY_DIALOG (self));
  g_return_if_fail (plan == NULL || TEND_IS_SAFETY_PLAN (plan));

  g_set_object (&self->plan, plan);
  gtk_widget_set_visible (self->plan_group, plan != NULL && !tend_safety_plan_is_empty (plan));
}

gboolean
tend_summary_dialog_get_include_safety_plan (TendSummaryDialog *self)
{
  g_return_val_if_fail (TEND_IS_SUMMARY_DIALOG (self), FALSE);

  return adw_switch_row_get_active (self->plan_row);
}

/**
 * tend_summary_dialog_export_to_file:
 *
 * Writes the summary to @file without asking where (the file chooser's answer, and tests).
 */
void
tend_summary_dialog_export_to_file (TendSummaryDialog *self,
                                    GFile             *file)
{
  g_autoptr(TendTherapistSummary) summary = NULL;

  g_return_if_fail (TEND_IS_SUMMARY_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);
  g_return_if_fail (tend_store_get_loaded (self->store));

  summary = make_summary (self);
  self->cancellable = g_cancellable_new ();
  self->file = g_object_ref (file);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", FALSE);
  gtk_widget_set_visible (self->save_button, FALSE);

  if (tend_summary_dialog_get_pdf (self))
    {
      self->printer = tend_summary_printer_new (summary);
      tend_summary_printer_export_async (self->printer,
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         file, self->cancellable, progress_cb, self,
                                         pdf_done_cb, g_object_ref (self));
    }
  else
    {
      g_autoptr(GBytes) bytes = NULL;
      char *markdown = tend_therapist_summary_to_markdown (summary);

      bytes = g_bytes_new_take (markdown, strlen (markdown));
      g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                           G_FILE_CREATE_PRIVATE |
                                           G_FILE_CREATE_REPLACE_DESTINATION,
                                           self->cancellable, markdown_done_cb,
                                           g_object_ref (self));
    }
}

/* The preview: the summary's blocks, as the PDF and the Markdown file lay them out */

static const char * const block_tags[] = {
  [TEND_SUMMARY_TITLE] = "title",
  [TEND_SUMMARY_HEADING] = "heading",
  [TEND_SUMMARY_SUBHEADING] = "subheading",
  [TEND_SUMMARY_PARAGRAPH] = "paragraph",
  [TEND_SUMMARY_ITEM] = "item",
  [TEND_SUMMARY_WORDS] = "words",
};

static void
add_block_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "title", "scale", 1.6, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "scale", 1.25, "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 18, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "subheading", "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 12, "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-above-lines", 4,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "item", "left-margin", 30, "indent", -12,
                              "pixels-below-lines", 2, NULL);
  gtk_text_buffer_create_tag (buffer, "words", "family", "serif", "left-margin", 30,
                              "pixels-below-lines", 6, NULL);
}

static void
show_preview (TendSummaryDialog    *self,
              TendTherapistSummary *summary)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview_view);
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, "", 0);
  for (guint i = 0; i < tend_therapist_summary_get_n_blocks (summary); i++)
    {
      TendSummaryBlock kind;
      g_autofree char *text = g_strdup (tend_therapist_summary_get_block (summary, i, &kind));
      const char *tag = kind < G_N_ELEMENTS (block_tags) ? block_tags[kind] : "paragraph";

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (i > 0)
        gtk_text_buffer_insert (buffer, &end, "\n", 1);
      if (kind == TEND_SUMMARY_ITEM)
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, "• ", -1, tag, NULL);
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, g_strchomp (text), -1, tag, NULL);
    }
}

/**
 * tend_summary_dialog_dup_preview_text:
 *
 * The text of the preview, as it was last shown.
 */
char *
tend_summary_dialog_dup_preview_text (TendSummaryDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TEND_IS_SUMMARY_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->preview_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Made from the same summary the file is written from, so it shows exactly what is shared. */
static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (widget);
  g_autoptr(TendTherapistSummary) summary = NULL;

  if (!tend_store_get_loaded (self->store))
    return;

  summary = make_summary (self);
  show_preview (self, summary);
  adw_navigation_view_push_by_tag (self->navigation, "preview");
}

static void
file_chosen (GtkWidget    *owner,
             GFile        *file,
             const GError *error)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (owner);

  if (file != NULL)
    tend_summary_dialog_export_to_file (self, file);
  else
    show_error (self, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = tend_summary_dialog_dup_file_name (self);

  if (tend_summary_dialog_get_pdf (self))
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Markdown"));
      gtk_file_filter_add_suffix (filter, "md");
    }

  tend_save_file_ask (widget, _("Save Summary"), name, filter, file_chosen);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
tend_summary_dialog_closed (AdwDialog *dialog)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (dialog);

  /* Closed half way: the file is not written. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);

  ADW_DIALOG_CLASS (tend_summary_dialog_parent_class)->closed (dialog);
}

static void
tend_summary_dialog_dispose (GObject *object)
{
  TendSummaryDialog *self = TEND_SUMMARY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_SUMMARY_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->loading);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->printer);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->theme_filter, g_free);
  g_clear_pointer (&self->month_filter, g_free);

  G_OBJECT_CLASS (tend_summary_dialog_parent_class)->dispose (object);
}

static void
tend_summary_dialog_class_init (TendSummaryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = tend_summary_dialog_dispose;
  dialog_class->closed = tend_summary_dialog_closed;

  /**
   * TendSummaryDialog::exported:
   * @file: the file that was written
   *
   * The summary is on disk; the dialog closes next.
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  /**
   * TendSummaryDialog::failed:
   * @error: why the summary could not be written
   *
   * Writing failed after the dialog had closed, so it has no alert to show: whoever opened it
   * tells the person.
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  g_type_ensure (TEND_TYPE_DAY_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/backup/tend-summary-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, navigation);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, pdf_check);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, plan_group);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, plan_row);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, first_button);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, last_button);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, entries_group);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, month_row);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, entry_list);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TendSummaryDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, day_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "summary.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "summary.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "summary.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "summary.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "summary.select-none", NULL, select_none_action);
}

static void
tend_summary_dialog_init (TendSummaryDialog *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) month_ago = NULL;

  g_autoptr(GtkStringList) themes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) all_months = gtk_string_list_new (NULL);
  const TendTheme *catalog;
  gsize n_themes;

  self->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->months = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_block_tags (gtk_text_view_get_buffer (self->preview_view));

  /* Every theme, then the entries written freely. */
  catalog = tend_prompts_get_themes (&n_themes);
  /* Translators: the theme filter's choice that lists entries of every theme. */
  gtk_string_list_append (themes, _("All Themes"));
  for (gsize i = 0; i < n_themes; i++)
    gtk_string_list_append (themes, tend_theme_get_title (&catalog[i]));
  /* Translators: the theme filter's choice for entries written without a theme. */
  gtk_string_list_append (themes, _("Without a Theme"));
  self->filling = TRUE;
  adw_combo_row_set_model (self->theme_row, G_LIST_MODEL (themes));
  /* Until the days' months are known, only "All Months", and nothing to choose. */
  gtk_string_list_append (all_months, _("All Months"));
  adw_combo_row_set_model (self->month_row, G_LIST_MODEL (all_months));
  gtk_widget_set_sensitive (GTK_WIDGET (self->month_row), FALSE);
  self->filling = FALSE;

  /* The last month, up to today: about the time between two appointments, or a few. */
  now = g_date_time_new_now_local ();
  month_ago = g_date_time_add_months (now, -1);
  tend_day_button_set_date (self->first_button, month_ago);
  tend_day_button_set_date (self->last_button, now);
}

/**
 * tend_summary_dialog_new:
 *
 * Asks which days, which entries to share and which format, writes the summary for a
 * therapist, and emits ::exported before it closes (or ::failed when writing fails after it
 * closed).
 */
AdwDialog *
tend_summary_dialog_new (TendStore *store)
{
  TendSummaryDialog *self;

  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  self = g_object_new (TEND_TYPE_SUMMARY_DIALOG, NULL);
  self->store = g_object_ref (store);

  /* Every month is needed for the figures and the list of entries. */
  if (!tend_store_get_loaded (store))
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.preview", FALSE);
      self->loading = g_cancellable_new ();
      tend_store_load_all_async (store, self->loading, loaded_cb, g_object_ref (self));
    }
  fill_entries (self);

  return ADW_DIALOG (self);
}
