/* tend-history-row.c — one entry in the list: its date, theme and first words, or the
 * passage a search found.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tend-dates.h"
#include "tend-history-row.h"
#include "tend-prompts.h"
#include "tend-search.h"

struct _TendHistoryRow
{
  GtkBox     parent_instance;

  GtkLabel  *date_label;
  GtkLabel  *theme_label;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (TendHistoryRow, tend_history_row, GTK_TYPE_BOX)

/**
 * tend_history_row_dup_spoken:
 *
 * What the row shows, in one line for a screen reader: date, theme and the first words.
 */
char *
tend_history_row_dup_spoken (TendHistoryRow *self)
{
  GString *spoken;

  g_return_val_if_fail (TEND_IS_HISTORY_ROW (self), NULL);

  spoken = g_string_new (gtk_label_get_text (self->date_label));
  /* The labels' text, without the bold of a search match. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->theme_label)))
    g_string_append_printf (spoken, ", %s", gtk_label_get_text (self->theme_label));
  g_string_append_printf (spoken, ", %s", gtk_label_get_text (self->text_label));
  return g_string_free (spoken, FALSE);
}

/**
 * tend_history_row_set_entry:
 *
 * Shows @entry; with @query, a passage around the first match with the words in bold.
 */
void
tend_history_row_set_entry (TendHistoryRow *self,
                            TendEntry      *entry,
                            const char     *query)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  const TendTheme *theme;
  int y, m, d;

  g_return_if_fail (TEND_IS_HISTORY_ROW (self));
  g_return_if_fail (TEND_IS_ENTRY (entry));

  if (sscanf (tend_entry_get_day (entry), "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);
  /* Translators: a short date in the list of entries, e.g. “Mon 23 Nov”; see strftime. %b is
   * the month as you wrote it under the context “month in a short date”. */
  date_text = date != NULL ? tend_dates_format (date, _("%a %-d %b")) : g_strdup ("");
  gtk_label_set_text (self->date_label, g_strstrip (date_text));

  theme = tend_entry_get_theme (entry) != NULL
    ? tend_prompts_lookup_theme (tend_entry_get_theme (entry)) : NULL;
  gtk_label_set_text (self->theme_label, theme != NULL ? tend_theme_get_title (theme) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->theme_label), theme != NULL);

  if (query != NULL && *query != '\0')
    {
      g_autofree char *snippet = tend_search_snippet (tend_entry_get_text (entry), query, 90);

      gtk_label_set_markup (self->text_label, snippet);
      gtk_label_set_lines (self->text_label, 3);
    }
  else
    {
      g_autofree char *line = tend_search_first_line (tend_entry_get_text (entry));

      /* Translators: shown in the list for an entry that has no words yet. */
      gtk_label_set_text (self->text_label, *line != '\0' ? line : _("No words yet"));
      gtk_label_set_lines (self->text_label, 2);
    }
}

static void
tend_history_row_class_init (TendHistoryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/journal/tend-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TendHistoryRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, TendHistoryRow, theme_label);
  gtk_widget_class_bind_template_child (widget_class, TendHistoryRow, text_label);
}

static void
tend_history_row_init (TendHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tend_history_row_new (void)
{
  return g_object_new (TEND_TYPE_HISTORY_ROW, NULL);
}
