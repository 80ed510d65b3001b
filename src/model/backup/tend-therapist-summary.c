/* tend-therapist-summary.c — some weeks of the journal, in figures, to bring to a therapist.
 *
 * The summary is the person's to give: figures and the Progress section's own sentences, and
 * journal text only from the entries they chose. It is a list of blocks, so that the Markdown
 * file and the printed page say the same.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tend-backup-private.h"
#include "tend-exercises.h"
#include "tend-progress-summary.h"
#include "tend-prompts.h"
#include "tend-therapist-summary.h"

typedef struct {
  TendSummaryBlock  kind;
  char             *text;
} Block;

struct _TendTherapistSummary
{
  GObject  parent_instance;

  GArray  *blocks;  /* of Block */
};

G_DEFINE_FINAL_TYPE (TendTherapistSummary, tend_therapist_summary, G_TYPE_OBJECT)

/* The check-in scales in the words the journal's check-in and the exported journal use, so
 * that their translations are shared. */
static const struct {
  const char *title;
  int         max;
} scales[TEND_N_SCALES] = {
  [TEND_SCALE_MOOD] = { N_("Mood"), 5 },
  [TEND_SCALE_DISTRESS] = { N_("Distress"), 10 },
  [TEND_SCALE_SAFETY] = { N_("Safe in my body"), 5 },
  [TEND_SCALE_CLOSENESS] = { N_("Closeness"), 5 },
};

static void
add (TendTherapistSummary *self,
     TendSummaryBlock      kind,
     char                 *text)
{
  Block block = { kind, text };

  g_array_append_val (self->blocks, block);
}

static void
add_static (TendTherapistSummary *self,
            TendSummaryBlock      kind,
            const char           *text)
{
  add (self, kind, g_strdup (text));
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);
  char *text = g_date_time_format (noon, format);

  return g_strstrip (text);
}

static char *
format_day (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  if (!g_date_valid (&date))
    return g_strdup (day);

  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  return format_date (&date, _("%A, %-d %B %Y"));
}

static gboolean
entry_in_days (TendEntry  *entry,
               const char *first,
               const char *last)
{
  const char *day = tend_entry_get_day (entry);

  return day != NULL && strcmp (day, first) >= 0 && strcmp (day, last) <= 0;
}

static int
get_scale (TendEntry *entry,
           TendScale  scale)
{
  switch (scale)
    {
    case TEND_SCALE_MOOD:
      return tend_entry_get_mood (entry);
    case TEND_SCALE_DISTRESS:
      return tend_entry_get_distress (entry);
    case TEND_SCALE_SAFETY:
      return tend_entry_get_safety (entry);
    case TEND_SCALE_CLOSENESS:
    case TEND_N_SCALES:
    default:
      return tend_entry_get_closeness (entry);
    }
}

static char *
week_value (const TendAverages *week,
            TendScale               scale)
{
  /* A dash where the week has no check-in on that scale: a gap, not a zero. */
  return week->count[scale] > 0 ? g_strdup_printf ("%.1f", week->mean[scale]) : g_strdup ("–");
}

static void
add_checkins (TendTherapistSummary  *self,
              const TendProgress    *progress,
              GPtrArray             *entries)
{
  gboolean any = FALSE;

  /* Translators: a heading in the summary for a therapist. */
  add_static (self, TEND_SUMMARY_HEADING, _("Check-Ins"));

  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    {
      gint64 sum = 0;
      guint count = 0;

      for (guint i = 0; i < entries->len; i++)
        {
          int value = get_scale (g_ptr_array_index (entries, i), scale);

          if (value != TEND_CHECKIN_UNSET)
            {
              sum += value;
              count++;
            }
        }

      if (count == 0)
        continue;

      if (!any)
        /* Translators: above the average of each check-in scale over all the chosen days. */
        add_static (self, TEND_SUMMARY_PARAGRAPH, _("Averages over these days:"));
      any = TRUE;
      add (self, TEND_SUMMARY_ITEM,
           /* Translators: a check-in scale's average over the chosen days, e.g. “Mood: 3.2 of 5
            * on average, from 12 check-ins”. */
           g_strdup_printf (ngettext ("%s: %.1f of %d on average, from %u check-in",
                                      "%s: %.1f of %d on average, from %u check-ins", count),
                            _(scales[scale].title), (double) sum / count, scales[scale].max,
                            count));
    }

  if (!any)
    {
      add (self, TEND_SUMMARY_PARAGRAPH, tend_progress_summary_checkins (progress, -1));
      return;
    }

  /* Translators: above sentences that compare the first and the last part of the chosen days. */
  add_static (self, TEND_SUMMARY_PARAGRAPH,
              _("How the first part of these days compares with the last:"));
  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    if (tend_progress_get_trend (progress, scale, NULL, NULL))
      add (self, TEND_SUMMARY_ITEM, tend_progress_summary_checkins (progress, scale));
  if (!tend_progress_get_trend (progress, TEND_SCALE_MOOD, NULL, NULL) &&
      !tend_progress_get_trend (progress, TEND_SCALE_DISTRESS, NULL, NULL) &&
      !tend_progress_get_trend (progress, TEND_SCALE_SAFETY, NULL, NULL) &&
      !tend_progress_get_trend (progress, TEND_SCALE_CLOSENESS, NULL, NULL))
    add (self, TEND_SUMMARY_ITEM, tend_progress_summary_checkins (progress, -1));

  /* Translators: a heading in the summary for a therapist, above each week's averages. */
  add_static (self, TEND_SUMMARY_SUBHEADING, _("Week by Week"));
  for (guint w = 0; w < progress->n_weeks; w++)
    {
      const TendAverages *week = &progress->weeks[w];
      g_autofree char *start = NULL;
      g_autofree char *mood = NULL;
      g_autofree char *distress = NULL;
      g_autofree char *safety = NULL;
      g_autofree char *closeness = NULL;

      if (week->count[TEND_SCALE_MOOD] + week->count[TEND_SCALE_DISTRESS] +
          week->count[TEND_SCALE_SAFETY] + week->count[TEND_SCALE_CLOSENESS] == 0)
        continue;

      /* Translators: the first day of a week, e.g. “2 November 2026”; see strftime. */
      start = format_date (&week->start, _("%-d %B %Y"));
      mood = week_value (week, TEND_SCALE_MOOD);
      distress = week_value (week, TEND_SCALE_DISTRESS);
      safety = week_value (week, TEND_SCALE_SAFETY);
      closeness = week_value (week, TEND_SCALE_CLOSENESS);
      add (self, TEND_SUMMARY_ITEM,
           /* Translators: one week's average check-ins; the first %s is the week's first day,
            * the others are numbers like “3.5”, or a dash for no check-in. Mood, safety and
            * closeness run from 1 to 5, distress from 0 to 10. */
           g_strdup_printf (_("Week of %s: mood %s, distress %s, safe in my body %s, "
                              "closeness %s"),
                            start, mood, distress, safety, closeness));
    }
}

static void
add_practice (TendTherapistSummary *self,
              const TendProgress   *progress)
{
  guint n_entries = tend_progress_summary_n_entries (progress);
  guint n_sessions = tend_progress_summary_n_sessions (progress);

  /* Translators: a heading in the summary for a therapist: days with an entry or exercise. */
  add_static (self, TEND_SUMMARY_HEADING, _("Practice"));
  add (self, TEND_SUMMARY_PARAGRAPH, tend_progress_summary_practice (progress));
  add (self, TEND_SUMMARY_ITEM,
       /* Translators: in the summary for a therapist: how many entries the days hold. */
       g_strdup_printf (ngettext ("%u journal entry", "%u journal entries", n_entries),
                        n_entries));
  add (self, TEND_SUMMARY_ITEM,
       /* Translators: in the summary for a therapist: how many exercises the days hold. */
       g_strdup_printf (ngettext ("%u grounding exercise", "%u grounding exercises",
                                  n_sessions),
                        n_sessions));
}

static void
add_exercises (TendTherapistSummary *self,
               const TendProgress   *progress)
{
  /* Translators: a heading in the summary for a therapist. */
  add_static (self, TEND_SUMMARY_HEADING, _("Grounding Exercises"));
  add (self, TEND_SUMMARY_PARAGRAPH, tend_progress_summary_grounding (progress));

  for (guint i = 0; i < progress->exercises->len; i++)
    {
      const TendExerciseStats *stats = &g_array_index (progress->exercises, TendExerciseStats, i);
      const TendExercise *exercise = tend_exercises_lookup (stats->exercise_id);
      const char *title = exercise != NULL ? _(exercise->title) : stats->exercise_id;
      g_autofree char *used = NULL;

      /* Translators: how often an exercise was started and finished, e.g. “5 times, finished
       * 4”; it begins a line of the summary for a therapist. */
      used = g_strdup_printf (ngettext ("%u time, finished %u", "%u times, finished %u",
                                        stats->sessions),
                              stats->sessions, stats->finished);

      if (stats->rated > 0)
        add (self, TEND_SUMMARY_ITEM,
             /* Translators: one exercise in the summary for a therapist: its title, how often
              * it was used (“5 times, finished 4”), the average distress (0–10) before and
              * after, and how many sessions were rated both times. */
             g_strdup_printf (ngettext ("%s: %s; distress %.1f before and %.1f after on average "
                                        "(%u rated session)",
                                        "%s: %s; distress %.1f before and %.1f after on average "
                                        "(%u rated sessions)", stats->rated),
                              title, used, stats->before, stats->after, stats->rated));
      else
        add (self, TEND_SUMMARY_ITEM,
             /* Translators: one exercise in the summary for a therapist: its title and how
              * often it was used (“5 times, finished 4”); distress was not rated. */
             g_strdup_printf (_("%s: %s; distress not rated before and after"), title, used));
    }
}

static void
add_themes (TendTherapistSummary *self,
            const TendProgress   *progress)
{
  /* Translators: a heading in the summary for a therapist: the healing themes of entries. */
  add_static (self, TEND_SUMMARY_HEADING, _("Themes"));
  add (self, TEND_SUMMARY_PARAGRAPH, tend_progress_summary_themes (progress));

  for (guint i = 0; i < progress->themes->len; i++)
    {
      const TendThemeStats *stats = &g_array_index (progress->themes, TendThemeStats, i);
      const TendTheme *theme = tend_prompts_lookup_theme (stats->theme_id);

      if (stats->entries == 0)
        continue;

      add (self, TEND_SUMMARY_ITEM,
           /* Translators: a healing theme and how many entries were about it, e.g. “Needs and
            * Boundaries: 3 entries”. */
           g_strdup_printf (ngettext ("%s: %u entry", "%s: %u entries", stats->entries),
                            theme != NULL ? tend_theme_get_title (theme) : stats->theme_id,
                            stats->entries));
    }
}

static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  TendEntry *ea = *(TendEntry **) a;
  TendEntry *eb = *(TendEntry **) b;
  int order = strcmp (tend_entry_get_day (ea), tend_entry_get_day (eb));

  return order != 0 ? order : g_date_time_compare (tend_entry_get_created (ea),
                                                   tend_entry_get_created (eb));
}

static void
add_shared (TendTherapistSummary *self,
            GPtrArray            *entries,
            const char * const   *shared_ids)
{
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();

  for (guint i = 0; shared_ids != NULL && i < entries->len; i++)
    {
      TendEntry *entry = g_ptr_array_index (entries, i);

      if (g_strv_contains (shared_ids, tend_entry_get_id (entry)))
        g_ptr_array_add (shared, entry);
    }

  if (shared->len == 0)
    return;

  g_ptr_array_sort (shared, compare_oldest_first);

  /* Translators: a heading in the summary for a therapist, above the journal entries the
   * person chose to include. */
  add_static (self, TEND_SUMMARY_HEADING, _("Entries I Chose to Share"));
  for (guint i = 0; i < shared->len; i++)
    {
      TendEntry *entry = g_ptr_array_index (shared, i);
      const TendTheme *theme = NULL;

      add (self, TEND_SUMMARY_SUBHEADING, format_day (tend_entry_get_day (entry)));
      if (tend_entry_get_theme (entry) != NULL)
        theme = tend_prompts_lookup_theme (tend_entry_get_theme (entry));
      if (theme != NULL)
        /* Translators: in an exported journal, the healing theme of an entry. */
        add (self, TEND_SUMMARY_PARAGRAPH, g_strdup_printf (_("Theme: %s"),
                                                            tend_theme_get_title (theme)));
      if (*tend_entry_get_text (entry) != '\0')
        add_static (self, TEND_SUMMARY_WORDS, tend_entry_get_text (entry));
    }
}

/**
 * tend_therapist_summary_new:
 *
 * Figures for the days from @first to @last, from @entries and @sessions (any order, days read
 * in @tz). Journal text appears only for the entries whose ids are in @shared_ids (NULL for
 * none). @made is when the summary is made. Everything is copied: the records may go after.
 */
TendTherapistSummary *
tend_therapist_summary_new (TendEntry            **entries,
                            guint                  n_entries,
                            TendGroundingSession **sessions,
                            guint                  n_sessions,
                            const GDate           *first,
                            const GDate           *last,
                            const char * const    *shared_ids,
                            GDateTime             *made,
                            GDateWeekday           week_start,
                            GTimeZone             *tz)
{
  g_autoptr(TendProgress) progress = NULL;
  g_autoptr(GPtrArray) in_days = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *made_day = NULL;
  g_autofree char *made_text = NULL;
  char first_day[11];
  char last_day[11];
  TendTherapistSummary *self;

  g_return_val_if_fail (entries != NULL || n_entries == 0, NULL);
  g_return_val_if_fail (sessions != NULL || n_sessions == 0, NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (g_date_compare (first, last) <= 0, NULL);
  g_return_val_if_fail (made != NULL, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  progress = tend_progress_compute_days (entries, n_entries, sessions, n_sessions, first, last,
                                         week_start, tz);
  g_date_strftime (first_day, sizeof first_day, "%Y-%m-%d", first);
  g_date_strftime (last_day, sizeof last_day, "%Y-%m-%d", last);
  in_days = g_ptr_array_new ();
  for (guint i = 0; i < n_entries; i++)
    if (entry_in_days (entries[i], first_day, last_day))
      g_ptr_array_add (in_days, entries[i]);

  self = g_object_new (TEND_TYPE_THERAPIST_SUMMARY, NULL);

  /* Translators: the title of the summary a person can bring to their therapist. */
  add_static (self, TEND_SUMMARY_TITLE, _("Summary from My Journal"));
  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  first_text = format_date (first, _("%A, %-d %B %Y"));
  last_text = format_date (last, _("%A, %-d %B %Y"));
  made_day = g_date_time_format (made, "%Y-%m-%d");
  made_text = format_day (made_day);
  /* Translators: the days a summary for a therapist covers, e.g. “From Sunday, 1 November 2026
   * to Monday, 30 November 2026”. */
  add (self, TEND_SUMMARY_PARAGRAPH, g_strdup_printf (_("From %s to %s"), first_text, last_text));
  /* Translators: in the summary for a therapist; %s is a date, e.g. “Tuesday, 24 November
   * 2026”. */
  add (self, TEND_SUMMARY_PARAGRAPH, g_strdup_printf (_("Made with Tend on %s."), made_text));
  /* Translators: the opening words of the summary for a therapist, in the person's voice. */
  add_static (self, TEND_SUMMARY_PARAGRAPH,
              _("These are figures from my journal. My own words are here only from the "
                "entries I chose to share."));

  add_checkins (self, progress, in_days);
  add_practice (self, progress);
  add_exercises (self, progress);
  add_themes (self, progress);
  add_shared (self, in_days, shared_ids);

  return self;
}

/* Each part of @plan that holds words: its title (a block of @heading), then its items. */
static void
add_plan_parts (TendTherapistSummary *self,
                TendSafetyPlan       *plan,
                TendSummaryBlock      heading)
{
  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < tend_safety_plan_get_n_items (plan, s); i++)
        {
          char *line = tend_safety_plan_dup_line (plan, s, i);

          if (line != NULL)
            g_ptr_array_add (lines, line);
        }

      if (lines->len == 0)
        continue;

      add_static (self, heading, tend_safety_plan_section_title (s));
      for (guint i = 0; i < lines->len; i++)
        add (self, TEND_SUMMARY_ITEM, g_strdup (g_ptr_array_index (lines, i)));
    }
}

/**
 * tend_therapist_summary_new_safety_plan:
 *
 * The person's safety plan on its own, to print: a title, when it was made, and each part that
 * holds words.
 */
TendTherapistSummary *
tend_therapist_summary_new_safety_plan (TendSafetyPlan *plan,
                                        GDateTime      *made)
{
  g_autofree char *made_day = NULL;
  g_autofree char *made_text = NULL;
  TendTherapistSummary *self;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (plan), NULL);
  g_return_val_if_fail (made != NULL, NULL);

  self = g_object_new (TEND_TYPE_THERAPIST_SUMMARY, NULL);
  /* Translators: the title of the printed safety plan; the same words as the page's title. */
  add_static (self, TEND_SUMMARY_TITLE, _("My Safety Plan"));
  made_day = g_date_time_format (made, "%Y-%m-%d");
  made_text = format_day (made_day);
  /* Translators: in the summary for a therapist; %s is a date, e.g. “Tuesday, 24 November
   * 2026”. */
  add (self, TEND_SUMMARY_PARAGRAPH, g_strdup_printf (_("Made with Tend on %s."), made_text));
  if (tend_safety_plan_is_empty (plan))
    /* Translators: the printed safety plan when nothing has been written in it yet. */
    add_static (self, TEND_SUMMARY_PARAGRAPH, _("Nothing has been written in this plan yet."));
  add_plan_parts (self, plan, TEND_SUMMARY_HEADING);

  return self;
}

/**
 * tend_therapist_summary_add_safety_plan:
 *
 * Appends the safety plan as a section of the summary (only when the person chose to).
 */
void
tend_therapist_summary_add_safety_plan (TendTherapistSummary *self,
                                        TendSafetyPlan       *plan)
{
  g_return_if_fail (TEND_IS_THERAPIST_SUMMARY (self));
  g_return_if_fail (TEND_IS_SAFETY_PLAN (plan));

  if (tend_safety_plan_is_empty (plan))
    return;

  /* Translators: a section of the summary for a therapist, when the person chose to add
   * their safety plan. */
  add_static (self, TEND_SUMMARY_HEADING, _("My Safety Plan"));
  add_plan_parts (self, plan, TEND_SUMMARY_SUBHEADING);
}

/**
 * tend_therapist_summary_new_learn_topic:
 * @topic: a Learn topic, such as the page for someone close
 * @note: (nullable): the person's own words, first below the title; empty or %NULL for none
 * @need_ids: (nullable): the needs they chose, by id, listed below the note
 *
 * A Learn topic to print and share, with what the person chose to put at the top: the same
 * blocks as tend_learn_topic_to_markdown() writes, so the PDF and the Markdown file agree.
 */
TendTherapistSummary *
tend_therapist_summary_new_learn_topic (const TendLearnTopic *topic,
                                        const char           *note,
                                        const char * const   *need_ids)
{
  g_autofree char *trimmed = NULL;
  const TendLearnNeed *needs;
  TendTherapistSummary *self;
  gboolean any_need = FALSE;
  gsize n_needs;

  g_return_val_if_fail (topic != NULL, NULL);

  self = g_object_new (TEND_TYPE_THERAPIST_SUMMARY, NULL);
  add_static (self, TEND_SUMMARY_TITLE, _(topic->title));

  trimmed = g_strstrip (g_strdup (note != NULL ? note : ""));
  if (*trimmed != '\0')
    add (self, TEND_SUMMARY_WORDS, g_steal_pointer (&trimmed));

  needs = tend_learn_get_needs (&n_needs);
  for (gsize i = 0; i < n_needs; i++)
    {
      if (!tend_learn_needs_chosen (need_ids, needs[i].id))
        continue;
      if (!any_need)
        add_static (self, TEND_SUMMARY_HEADING, _(tend_learn_get_needs_heading ()));
      any_need = TRUE;
      add_static (self, TEND_SUMMARY_ITEM, _(needs[i].text));
    }

  for (guint s = 0; s < tend_learn_topic_get_n_sections (topic); s++)
    {
      const TendLearnSection *section = &topic->sections[s];

      add_static (self, TEND_SUMMARY_HEADING, _(section->heading));
      for (guint p = 0; p < tend_learn_section_get_n_paragraphs (section); p++)
        add_static (self, TEND_SUMMARY_PARAGRAPH, _(section->paragraphs[p]));
    }
  add_static (self, TEND_SUMMARY_PARAGRAPH, _(tend_learn_get_footer ()));

  return self;
}

guint
tend_therapist_summary_get_n_blocks (TendTherapistSummary *self)
{
  g_return_val_if_fail (TEND_IS_THERAPIST_SUMMARY (self), 0);

  return self->blocks->len;
}

/**
 * tend_therapist_summary_get_block:
 *
 * The text of block @position, translated; @kind says what it is.
 */
const char *
tend_therapist_summary_get_block (TendTherapistSummary *self,
                                  guint                 position,
                                  TendSummaryBlock     *kind)
{
  const Block *block;

  g_return_val_if_fail (TEND_IS_THERAPIST_SUMMARY (self), NULL);
  g_return_val_if_fail (position < self->blocks->len, NULL);

  block = &g_array_index (self->blocks, Block, position);
  if (kind != NULL)
    *kind = block->kind;
  return block->text;
}

char *
tend_therapist_summary_to_markdown (TendTherapistSummary *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (TEND_IS_THERAPIST_SUMMARY (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      gboolean list_ends = block->kind == TEND_SUMMARY_ITEM &&
                           (i + 1 == self->blocks->len ||
                            g_array_index (self->blocks, Block, i + 1).kind != TEND_SUMMARY_ITEM);

      switch (block->kind)
        {
        case TEND_SUMMARY_TITLE:
          g_string_append_printf (out, "# %s\n\n", block->text);
          break;
        case TEND_SUMMARY_HEADING:
          g_string_append_printf (out, "## %s\n\n", block->text);
          break;
        case TEND_SUMMARY_SUBHEADING:
          g_string_append_printf (out, "### %s\n\n", block->text);
          break;
        case TEND_SUMMARY_PARAGRAPH:
          g_string_append_printf (out, "%s\n\n", block->text);
          break;
        case TEND_SUMMARY_ITEM:
          g_string_append_printf (out, "- %s\n%s", block->text, list_ends ? "\n" : "");
          break;
        case TEND_SUMMARY_WORDS:
        default:
          tend_backup_text_append_words (out, TEND_EXPORT_MARKDOWN, block->text);
          break;
        }
    }

  /* One final newline, not a blank line. */
  while (out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static void
clear_block (gpointer data)
{
  g_free (((Block *) data)->text);
}

static void
tend_therapist_summary_finalize (GObject *object)
{
  TendTherapistSummary *self = TEND_THERAPIST_SUMMARY (object);

  g_clear_pointer (&self->blocks, g_array_unref);

  G_OBJECT_CLASS (tend_therapist_summary_parent_class)->finalize (object);
}

static void
tend_therapist_summary_class_init (TendTherapistSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tend_therapist_summary_finalize;
}

static void
tend_therapist_summary_init (TendTherapistSummary *self)
{
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);
}
