/* tend-history-row.c — one entry in the list: its date, theme and first line.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tend-history-row.h"
#include "tend-prompts.h"
#include "tend-store.h"

struct _TendHistoryRow
{
  GtkBox     parent_instance;

  GtkLabel  *date_label;
  GtkLabel  *theme_label;
  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (TendHistoryRow, tend_history_row, GTK_TYPE_BOX)

/* More than a wide sidebar shows before its ellipsis. */
#define PREVIEW_CHARS 120

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

char *
tend_history_first_line (const char *text)
{
  const char *start = text;
  const char *end;
  const char *limit;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = strchr (start, '\n');
  if (end == NULL)
    end = start + strlen (start);

  /* A row shows one ellipsized line: laying out a whole paragraph per row would cost the
   * first frame more than everything else in it. */
  limit = start;
  for (guint n = 0; n < PREVIEW_CHARS && limit < end; n++)
    limit = g_utf8_next_char (limit);

  return g_strndup (start, MIN (limit, end) - start);
}

/* Folded text keeps one folded character per original one for most scripts; when it does
 * not, the match is shown from the start rather than guessed. */
static glong
match_offset (const char *text,
              const char *word)
{
  g_autofree char *folded_text = tend_search_fold (text);
  g_autofree char *folded_word = tend_search_fold (word);
  const char *hit;

  if (*folded_word == '\0' || g_utf8_strlen (folded_text, -1) != g_utf8_strlen (text, -1))
    return -1;

  hit = strstr (folded_text, folded_word);
  return hit != NULL ? g_utf8_pointer_to_offset (folded_text, hit) : -1;
}

char *
tend_history_snippet (const char *text,
                      const char *query,
                      guint       width)
{
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n", -1);
  g_autofree char *flat = g_strdup (text);
  GString *markup = g_string_new (NULL);
  glong first = -1, length, start, pos;

  /* One line: a list row has no room for paragraphs. */
  g_strdelimit (flat, "\n\t", ' ');
  length = g_utf8_strlen (flat, -1);

  for (guint i = 0; words[i] != NULL && first < 0; i++)
    first = match_offset (flat, words[i]);

  start = first > (glong) width / 3 ? first - (glong) width / 3 : 0;
  if (start > 0)
    g_string_append (markup, "…");

  pos = start;
  while (pos < MIN (length, start + (glong) width))
    {
      glong best = -1, best_len = 0;

      /* The nearest match of any word from here. */
      for (guint i = 0; words[i] != NULL; i++)
        {
          const char *from = g_utf8_offset_to_pointer (flat, pos);
          glong off = match_offset (from, words[i]);

          if (off >= 0 && (best < 0 || off < best))
            {
              best = off;
              best_len = g_utf8_strlen (words[i], -1);
            }
        }

      if (best < 0 || pos + best >= start + (glong) width)
        {
          const char *a = g_utf8_offset_to_pointer (flat, pos);
          const char *b = g_utf8_offset_to_pointer (flat, MIN (length, start + (glong) width));
          g_autofree char *escaped = g_markup_escape_text (a, b - a);

          g_string_append (markup, escaped);
          break;
        }
      else
        {
          const char *a = g_utf8_offset_to_pointer (flat, pos);
          const char *m = g_utf8_offset_to_pointer (flat, pos + best);
          const char *e = g_utf8_offset_to_pointer (flat, MIN (length, pos + best + best_len));
          g_autofree char *before = g_markup_escape_text (a, m - a);
          g_autofree char *hit = g_markup_escape_text (m, e - m);

          g_string_append_printf (markup, "%s<b>%s</b>", before, hit);
          pos += best + best_len;
        }
    }

  if (start + (glong) width < length)
    g_string_append (markup, "…");

  return g_string_free (markup, FALSE);
}

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
  /* Translators: a short date in the list of entries, e.g. “Mon 23 Nov”; see strftime. */
  date_text = date != NULL ? g_date_time_format (date, _("%a %-d %b")) : g_strdup ("");
  gtk_label_set_text (self->date_label, g_strstrip (date_text));

  theme = tend_entry_get_theme (entry) != NULL
    ? tend_prompts_lookup_theme (tend_entry_get_theme (entry)) : NULL;
  gtk_label_set_text (self->theme_label, theme != NULL ? tend_theme_get_title (theme) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->theme_label), theme != NULL);

  if (query != NULL && *query != '\0')
    {
      g_autofree char *snippet = tend_history_snippet (tend_entry_get_text (entry), query, 90);

      gtk_label_set_markup (self->text_label, snippet);
    }
  else
    {
      g_autofree char *line = tend_history_first_line (tend_entry_get_text (entry));

      /* Translators: shown in the list for an entry that has no words yet. */
      gtk_label_set_text (self->text_label, *line != '\0' ? line : _("No words yet"));
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
