/* tend-backup-text.c — the journal as Markdown or plain text, to read or print.
 *
 * Runs on the export's worker thread: it reads only the month files it is given and the
 * static catalogs of prompts and exercises.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tend-backup-private.h"
#include "tend-exercises.h"
#include "tend-prompts.h"

/* The words of a check-in value are in a context of their own: "Close" on the closeness scale
 * must not translate the Close buttons that GTK and libadwaita take from the app's domain. */
#define value_word(word) g_dpgettext2 (NULL, "check-in value", (word))

/* The check-in scales, in the words the journal's check-in uses (journal/tend-checkin.c), so
 * that translations are shared. Words run from each scale's lowest value; NULL where the
 * number speaks for itself. */
typedef struct {
  const char *title;
  int         min;
  int         max;
  const char *words[5];
  int       (*get) (TendEntry *entry);
} Scale;

static const Scale scales[] = {
  { N_("Mood"), 1, 5,
    { NC_("check-in value", "Very low"), NC_("check-in value", "Low"),
      NC_("check-in value", "Okay"), NC_("check-in value", "Good"),
      NC_("check-in value", "Very good") },
    tend_entry_get_mood },
  { N_("Distress"), 0, 10, { NULL }, tend_entry_get_distress },
  { N_("Safe in my body"), 1, 5,
    { NC_("check-in value", "Not at all"), NC_("check-in value", "A little"),
      NC_("check-in value", "Somewhat"), NC_("check-in value", "Mostly"),
      NC_("check-in value", "Fully") },
    tend_entry_get_safety },
  { N_("Closeness"), 1, 5,
    { NC_("check-in value", "Far away"), NC_("check-in value", "A little"),
      NC_("check-in value", "Somewhat"), NC_("check-in value", "Close"),
      NC_("check-in value", "Very close") },
    tend_entry_get_closeness },
};

static gboolean
is_markdown (TendExportFormat format)
{
  return format == TEND_EXPORT_MARKDOWN;
}

static GDateTime *
day_to_date (const char *day)
{
  int year, month, mday;

  if (sscanf (day, "%d-%d-%d", &year, &month, &mday) != 3)
    return NULL;

  /* Noon: the date is the same in every zone's reading of it. */
  return g_date_time_new_local (year, month, mday, 12, 0, 0);
}

static char *
format_day (const char *day)
{
  g_autoptr(GDateTime) date = day_to_date (day);
  char *text;

  if (date == NULL)
    return g_strdup (day);

  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  text = g_date_time_format (date, _("%A, %-d %B %Y"));
  return text != NULL ? g_strstrip (text) : g_strdup (day);
}

/* Markdown marks headings with "#" and underlines; plain text underlines them, so they stand
 * out on paper too. */
static void
append_heading (GString          *out,
                TendExportFormat  format,
                guint             level,
                const char       *text)
{
  if (is_markdown (format))
    {
      for (guint i = 0; i < level; i++)
        g_string_append_c (out, '#');
      g_string_append_printf (out, " %s\n\n", text);
      return;
    }

  g_string_append_printf (out, "%s\n", text);
  for (glong i = g_utf8_strlen (text, -1); i > 0; i--)
    g_string_append_c (out, level <= 2 ? '=' : '-');
  g_string_append (out, "\n\n");
}

/* A line that would read as Markdown's own structure (a heading, a rule, an underline) is
 * escaped; lists and emphasis the person typed are theirs to keep. */
static gboolean
needs_escape (const char *line,
              gsize       length)
{
  gboolean only_rule = length > 0;

  if (length > 0 && line[0] == '#')
    return TRUE;

  for (gsize i = 0; i < length && only_rule; i++)
    only_rule = strchr ("-=*_ ", line[i]) != NULL;

  return only_rule && strspn (line, " ") < length;
}

/**
 * tend_backup_text_append_words:
 *
 * The person's words as a paragraph, their line breaks kept (Markdown joins lines into a
 * paragraph unless a line ends in two spaces); in Markdown, lines that would read as a
 * heading or a rule are escaped. The therapist summary's chosen entries use it too.
 */
void
tend_backup_text_append_words (GString          *out,
                               TendExportFormat  format,
                               const char       *text)
{
  const char *p = text;
  const char *end = text + strlen (text);

  while (end > text && (end[-1] == '\n' || end[-1] == ' '))
    end--;

  while (p < end)
    {
      const char *line_end = memchr (p, '\n', end - p);
      gsize length;

      if (line_end == NULL)
        line_end = end;
      length = line_end - p;

      if (is_markdown (format) && needs_escape (p, length))
        g_string_append_c (out, '\\');
      g_string_append_len (out, p, length);

      if (line_end < end && is_markdown (format) && length > 0 &&
          line_end + 1 < end && line_end[1] != '\n')
        g_string_append (out, "  ");
      g_string_append_c (out, '\n');
      p = line_end + 1;
    }

  g_string_append_c (out, '\n');
}

static char *
scale_text (const Scale *scale,
            int          value)
{
  const char *word = value - scale->min < (int) G_N_ELEMENTS (scale->words)
                     ? scale->words[value - scale->min] : NULL;

  if (word != NULL)
    /* Translators: a check-in value read aloud, e.g. “3 of 5, Okay”. */
    return g_strdup_printf (_("%d of %d, %s"), value, scale->max, value_word (word));

  /* Translators: a check-in value read aloud, e.g. “4 of 10”. */
  return g_strdup_printf (_("%d of %d"), value, scale->max);
}

static void
append_entry (GString          *out,
              TendExportFormat  format,
              TendEntry        *entry)
{
  g_autofree char *date = format_day (tend_entry_get_day (entry));
  const TendPrompt *prompt = NULL;
  const TendTheme *theme = NULL;
  const char * const *tags = tend_entry_get_tags (entry);
  const char *line_break = is_markdown (format) ? "  \n" : "\n";
  gboolean listed = FALSE;

  append_heading (out, format, 3, date);

  /* A prompt or theme from a newer Tend is not in this catalog; it is left out. */
  if (tend_entry_get_prompt (entry) != NULL)
    prompt = tend_prompts_lookup (tend_entry_get_prompt (entry));
  if (tend_entry_get_theme (entry) != NULL)
    theme = tend_prompts_lookup_theme (tend_entry_get_theme (entry));
  if (theme == NULL && prompt != NULL)
    theme = tend_prompt_get_theme (prompt);

  if (theme != NULL || prompt != NULL)
    {
      if (theme != NULL)
        /* Translators: in an exported journal, the healing theme of an entry. */
        g_string_append_printf (out, _("Theme: %s"), tend_theme_get_title (theme));
      if (theme != NULL && prompt != NULL)
        g_string_append (out, line_break);
      if (prompt != NULL)
        /* Translators: in an exported journal, the question an entry answered. */
        g_string_append_printf (out, _("Prompt: %s"), tend_prompt_get_text (prompt));
      g_string_append (out, "\n\n");
    }

  if (*tend_entry_get_text (entry) != '\0')
    tend_backup_text_append_words (out, format, tend_entry_get_text (entry));

  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) tags);

      g_string_append (out, "- ");
      /* Translators: in an exported journal, an entry's tags, separated by commas. */
      g_string_append_printf (out, _("Tags: %s"), joined);
      g_string_append_c (out, '\n');
      listed = TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      int value = scales[i].get (entry);
      g_autofree char *spoken = NULL;

      if (value == TEND_CHECKIN_UNSET)
        continue;

      spoken = scale_text (&scales[i], value);
      g_string_append (out, "- ");
      /* Translators: a check-in scale and its value, e.g. “Mood: 3 of 5, Okay”. */
      g_string_append_printf (out, _("%s: %s"), _(scales[i].title), spoken);
      g_string_append_c (out, '\n');
      listed = TRUE;
    }

  if (listed)
    g_string_append_c (out, '\n');
}

static char *
minutes_text (guint seconds)
{
  guint minutes = (seconds + 30) / 60;

  if (minutes == 0)
    /* Translators: how long a grounding exercise lasted, in an exported journal. */
    return g_strdup (_("under a minute"));

  /* Translators: how long a grounding exercise lasted, in an exported journal. */
  return g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
}

static char *
distress_text (TendGroundingSession *session)
{
  int before = tend_grounding_session_get_distress_before (session);
  int after = tend_grounding_session_get_distress_after (session);

  if (before != TEND_DISTRESS_UNSET && after != TEND_DISTRESS_UNSET)
    /* Translators: distress (0–10) before and after a grounding exercise, e.g. “distress 7 → 4”. */
    return g_strdup_printf (_("distress %d → %d"), before, after);
  if (before != TEND_DISTRESS_UNSET)
    /* Translators: distress (0–10) before a grounding exercise; none was given after. */
    return g_strdup_printf (_("distress %d before"), before);
  if (after != TEND_DISTRESS_UNSET)
    /* Translators: distress (0–10) after a grounding exercise; none was given before. */
    return g_strdup_printf (_("distress %d after"), after);

  return NULL;
}

static void
append_session (GString              *out,
                TendGroundingSession *session)
{
  g_autofree char *day = tend_grounding_session_dup_day (session);
  g_autofree char *date = format_day (day);
  g_autofree char *length = minutes_text (tend_grounding_session_get_seconds (session));
  g_autofree char *distress = distress_text (session);
  const char *exercise_id = tend_grounding_session_get_exercise (session);
  const TendExercise *exercise = tend_exercises_lookup (exercise_id);
  const char *title = exercise != NULL ? _(exercise->title) : exercise_id;
  const char *note = tend_grounding_session_get_note (session);

  g_string_append (out, "- ");
  if (distress != NULL)
    g_string_append_printf (out,
                            /* Translators: one grounding exercise in an exported journal: the
                             * date, the exercise, how long it took and the distress before and
                             * after, e.g. “Monday, 23 November 2026: Box Breathing, 4 minutes,
                             * distress 7 → 4”. */
                            _("%s: %s, %s, %s"), date, title, length, distress);
  else
    g_string_append_printf (out,
                            /* Translators: one grounding exercise in an exported journal: the
                             * date, the exercise and how long it took, e.g. “Monday, 23 November
                             * 2026: Box Breathing, 4 minutes”. */
                            _("%s: %s, %s"), date, title, length);
  g_string_append_c (out, '\n');

  /* The note is the person's own words: on its own line, within the item. */
  if (note != NULL && *note != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (note, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*g_strstrip (lines[i]) != '\0')
          g_string_append_printf (out, "  %s\n", lines[i]);
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  TendEntry *ea = *(TendEntry **) a;
  TendEntry *eb = *(TendEntry **) b;
  int order = strcmp (tend_entry_get_day (ea), tend_entry_get_day (eb));

  return order != 0 ? order
                    : g_date_time_compare (tend_entry_get_created (ea),
                                           tend_entry_get_created (eb));
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  return g_date_time_compare (tend_grounding_session_get_started (*(TendGroundingSession **) a),
                              tend_grounding_session_get_started (*(TendGroundingSession **) b));
}

static GPtrArray *
borrow (GPtrArray *records)
{
  GPtrArray *copy = g_ptr_array_sized_new (records->len);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (copy, g_ptr_array_index (records, i));

  return copy;
}

/**
 * tend_backup_text_begin:
 *
 * The journal as a document to read or print: a title, each month with its entries oldest
 * first and then its grounding sessions, and an end. @format is TEND_EXPORT_MARKDOWN or
 * TEND_EXPORT_TEXT; @first_day and @last_day may be NULL.
 */
void
tend_backup_text_begin (GString          *out,
                        TendExportFormat  format,
                        const char       *first_day,
                        const char       *last_day,
                        GDateTime        *exported)
{
  g_autofree char *exported_day = g_date_time_format (exported, "%Y-%m-%d");
  g_autofree char *exported_text = format_day (exported_day);
  g_autofree char *first = first_day != NULL ? format_day (first_day) : NULL;
  g_autofree char *last = last_day != NULL ? format_day (last_day) : NULL;
  const char *line_break = is_markdown (format) ? "  \n" : "\n";

  /* Translators: the title at the top of an exported journal; Tend is the app's name. */
  append_heading (out, format, 1, _("Tend Journal"));

  if (first != NULL && last != NULL)
    /* Translators: the days an exported journal holds, e.g. “From Sunday, 1 November 2026 to
     * Monday, 30 November 2026”. */
    g_string_append_printf (out, _("From %s to %s"), first, last);
  else if (first != NULL)
    /* Translators: the days an exported journal holds: from a date to the last entry. */
    g_string_append_printf (out, _("From %s"), first);
  else if (last != NULL)
    /* Translators: the days an exported journal holds: from the first entry to a date. */
    g_string_append_printf (out, _("Until %s"), last);
  if (first != NULL || last != NULL)
    g_string_append (out, line_break);

  /* Translators: %s is a date, e.g. “Tuesday, 24 November 2026”. */
  g_string_append_printf (out, _("Exported on %s"), exported_text);
  g_string_append (out, "\n\n");
}

/**
 * tend_backup_text_add_month:
 *
 * Returns whether the month had anything to show.
 */
gboolean
tend_backup_text_add_month (GString          *out,
                            TendExportFormat  format,
                            TendMonthFile    *month)
{
  /* Borrowed: the month holds the records while the text is made. */
  g_autoptr(GPtrArray) entries = borrow (tend_month_file_get_entries (month));
  g_autoptr(GPtrArray) sessions = borrow (tend_month_file_get_sessions (month));
  g_autofree char *title = NULL;

  if (entries->len == 0 && sessions->len == 0)
    return FALSE;

  /* Oldest first: the document reads like the months were lived. */
  g_ptr_array_sort (entries, compare_entries);
  g_ptr_array_sort (sessions, compare_sessions);

  title = tend_month_describe (tend_month_file_get_month (month));
  append_heading (out, format, 2, title);

  for (guint i = 0; i < entries->len; i++)
    append_entry (out, format, g_ptr_array_index (entries, i));

  if (sessions->len > 0)
    {
      /* Translators: a heading in an exported journal, above the month's grounding exercises. */
      append_heading (out, format, 3, _("Grounding Exercises"));
      for (guint i = 0; i < sessions->len; i++)
        append_session (out, g_ptr_array_index (sessions, i));
      g_string_append_c (out, '\n');
    }

  return TRUE;
}

/**
 * tend_backup_text_plan:
 *
 * The safety plan as a section of the document: a heading, then each part that holds words
 * with its items as a list. NULL when @plan is NULL or empty. Made on the thread that owns
 * @plan; the export's worker only appends the text.
 */
char *
tend_backup_text_plan (TendSafetyPlan   *plan,
                       TendExportFormat  format)
{
  g_autoptr(GString) out = NULL;

  if (plan == NULL || tend_safety_plan_is_empty (plan))
    return NULL;

  out = g_string_new (NULL);
  /* Translators: a heading in an exported journal, above the person's safety plan; the same
   * words as the plan page's title. */
  append_heading (out, format, 2, _("My Safety Plan"));
  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      gboolean titled = FALSE;

      for (guint i = 0; i < tend_safety_plan_get_n_items (plan, s); i++)
        {
          g_autofree char *line = tend_safety_plan_dup_line (plan, s, i);

          if (line == NULL)
            continue;
          if (!titled)
            append_heading (out, format, 3, tend_safety_plan_section_title (s));
          titled = TRUE;
          /* A line of the person's that starts like a heading stays their words. */
          g_string_append_printf (out, "- %s%s\n",
                                  is_markdown (format) && line[0] == '#' ? "\\" : "", line);
        }
      if (titled)
        g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
tend_backup_text_end (GString          *out,
                      TendExportFormat  format,
                      gboolean          anything_shown)
{
  if (!anything_shown)
    {
      /* Translators: in an exported journal that has no entries or exercises to show. */
      g_string_append (out, _("Nothing was written on these days."));
      g_string_append (out, "\n\n");
    }

  /* One final newline, not a blank line, at the end of the file. */
  while (out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}

/**
 * tend_backup_unsaved_to_markdown:
 *
 * A copy, in Markdown, of what could not be saved: @months (TendMonthFile) whole,
 * @loose_words (words typed that no month holds yet, or NULL) first, and @plan (the safety
 * plan, when its latest words are not saved; or NULL) last.
 */
char *
tend_backup_unsaved_to_markdown (GPtrArray      *months,
                                 const char     *loose_words,
                                 TendSafetyPlan *plan)
{
  g_autofree char *plan_text = tend_backup_text_plan (plan, TEND_EXPORT_MARKDOWN);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean anything = FALSE;

  g_return_val_if_fail (months != NULL, NULL);

  tend_backup_text_begin (out, TEND_EXPORT_MARKDOWN, NULL, NULL, now);
  if (loose_words != NULL && *loose_words != '\0')
    {
      /* Translators: a heading in a copy of words Tend could not save: what was being typed. */
      append_heading (out, TEND_EXPORT_MARKDOWN, 2, _("Words Being Written"));
      tend_backup_text_append_words (out, TEND_EXPORT_MARKDOWN, loose_words);
      g_string_append (out, "\n\n");
      anything = TRUE;
    }
  for (guint i = 0; i < months->len; i++)
    anything |= tend_backup_text_add_month (out, TEND_EXPORT_MARKDOWN,
                                            g_ptr_array_index (months, i));
  if (plan_text != NULL)
    {
      g_string_append (out, plan_text);
      anything = TRUE;
    }
  tend_backup_text_end (out, TEND_EXPORT_MARKDOWN, anything);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
