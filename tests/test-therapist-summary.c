/* test-therapist-summary.c — the summary for a therapist, from a month built by hand.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "tend-therapist-summary.h"
#include "tend-test-model.h"

typedef struct {
  GPtrArray *entries;
  GPtrArray *sessions;
} Records;

static void
records_free (Records *self)
{
  g_ptr_array_unref (self->entries);
  g_ptr_array_unref (self->sessions);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Records, records_free)

static void
add_entry (Records    *self,
           const char *id,
           const char *day,
           int         mood,
           int         distress,
           int         safety,
           int         closeness,
           const char *theme,
           const char *text)
{
  g_autofree char *iso = g_strdup_printf ("%sT10:00:00Z", day);
  g_autoptr(GDateTime) created = tend_test_date_time (iso);
  TendEntry *entry = tend_entry_new (id, created);

  tend_entry_set_day (entry, day);
  tend_entry_set_mood (entry, mood);
  tend_entry_set_distress (entry, distress);
  tend_entry_set_safety (entry, safety);
  tend_entry_set_closeness (entry, closeness);
  tend_entry_set_theme (entry, theme);
  tend_entry_set_text (entry, text);
  g_ptr_array_add (self->entries, entry);
}

static void
add_session (Records    *self,
             const char *started,
             const char *exercise,
             gboolean    completed,
             int         before,
             int         after)
{
  g_autoptr(GDateTime) when = tend_test_date_time (started);
  g_autofree char *id = g_strdup_printf ("session-%u", self->sessions->len);
  TendGroundingSession *session = tend_grounding_session_new (id, when, exercise);

  tend_grounding_session_set_completed (session, completed);
  tend_grounding_session_set_distress_before (session, before);
  tend_grounding_session_set_distress_after (session, after);
  g_ptr_array_add (self->sessions, session);
}

/* November 2026, Monday the 2nd to Monday the 30th, with a record either side. */
static Records *
november (void)
{
  Records *self = g_new0 (Records, 1);

  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);

  add_entry (self, "before", "2026-11-01", 1, 10, 1, 1, NULL, "BEFORE-TEXT");
  add_entry (self, "one", "2026-11-02", 2, 8, 2, 1, "boundaries", "PRIVATE-ONE\nmore");
  add_entry (self, "two", "2026-11-05", 3, 6, 2, 2, "touch", "SHARED-TWO words\n# not a heading");
  add_entry (self, "three", "2026-11-25", 4, 3, 4, 3, "boundaries", "PRIVATE-THREE");
  add_entry (self, "after", "2026-12-01", 5, 0, 5, 5, "touch", "AFTER-TEXT");

  add_session (self, "2026-11-03T09:00:00Z", "box-breathing", TRUE, 7, 4);
  add_session (self, "2026-11-05T20:00:00Z", "box-breathing", FALSE, 6, 5);
  add_session (self, "2026-11-10T08:00:00Z", "longer-exhale", TRUE, -1, -1);
  add_session (self, "2026-12-02T08:00:00Z", "longer-exhale", TRUE, 9, 1);

  return self;
}

static char *
summarize (Records            *records,
           const char * const *shared)
{
  g_autoptr(TendTherapistSummary) summary = NULL;
  g_autoptr(GDateTime) made = tend_test_date_time ("2026-12-03T12:00:00Z");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDate first, last;
  char *markdown;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 2, G_DATE_NOVEMBER, 2026);
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 30, G_DATE_NOVEMBER, 2026);

  summary = tend_therapist_summary_new ((TendEntry **) records->entries->pdata,
                                        records->entries->len,
                                        (TendGroundingSession **) records->sessions->pdata,
                                        records->sessions->len, &first, &last, shared, made,
                                        G_DATE_MONDAY, utc);
  markdown = tend_therapist_summary_to_markdown (summary);
  g_assert_finalize_object (g_steal_pointer (&summary));
  return markdown;
}

#define assert_has(haystack, needle) \
  G_STMT_START { \
    if (strstr ((haystack), (needle)) == NULL) \
      g_error ("“%s” not in:\n%s", (needle), (haystack)); \
  } G_STMT_END

static void
test_figures (void)
{
  g_autoptr(Records) records = november ();
  g_autofree char *markdown = summarize (records, NULL);

  assert_has (markdown, "# Summary from My Journal\n\n");
  assert_has (markdown, "From Monday, 2 November 2026 to Monday, 30 November 2026");
  assert_has (markdown, "Made with Tend on Thursday, 3 December 2026.");

  /* Averages over the three entries of the days; the entries either side are left out. */
  assert_has (markdown, "## Check-Ins\n");
  assert_has (markdown, "- Mood: 3.0 of 5 on average, from 3 check-ins\n");
  assert_has (markdown, "- Distress: 5.7 of 10 on average, from 3 check-ins\n");
  assert_has (markdown, "- Safe in my body: 2.7 of 5 on average, from 3 check-ins\n");
  assert_has (markdown, "- Closeness: 2.0 of 5 on average, from 3 check-ins\n");

  /* 29 days: the first third is 2–10 November, the last 22–30 November. */
  assert_has (markdown, "- Average mood rose from 2.5 in the first third of these days "
                        "to 4.0 in the last third\n");
  assert_has (markdown, "- Average distress fell from 7.0 in the first third of these days "
                        "to 3.0 in the last third\n");
  assert_has (markdown, "- Average safety in your body rose from 2.0 in the first third of "
                        "these days to 4.0 in the last third\n");
  assert_has (markdown, "- Average closeness rose from 1.5 in the first third of these days "
                        "to 3.0 in the last third\n");

  assert_has (markdown, "### Week by Week\n");
  assert_has (markdown, "- Week of 2 November 2026: mood 2.5, distress 7.0, safe in my body "
                        "2.0, closeness 1.5\n");
  assert_has (markdown, "- Week of 23 November 2026: mood 4.0, distress 3.0, safe in my body "
                        "4.0, closeness 3.0\n");
  g_assert_null (strstr (markdown, "Week of 9 November"));

  /* Entries on 2, 5 and 25 November, exercises on 3, 5 and 10 November. */
  assert_has (markdown, "## Practice\n\nPractised on 5 of the 29 chosen days\n\n");
  assert_has (markdown, "- 3 journal entries\n- 3 grounding exercises\n");

  /* Two rated sessions are too few to call Box Breathing what helped most. */
  assert_has (markdown, "## Grounding Exercises\n\nToo few rated sessions yet to say which "
                        "exercise helped most\n");
  assert_has (markdown, "- Box Breathing: 2 times, finished 1; distress 6.5 before and 4.5 "
                        "after on average (2 rated sessions)\n");
  assert_has (markdown, "- Longer Exhale: 1 time, finished 1; distress not rated before and "
                        "after\n");

  assert_has (markdown, "## Themes\n\nMost entries were about “Needs and Boundaries” (2)\n");
  assert_has (markdown, "- Needs and Boundaries: 2 entries\n");
  assert_has (markdown, "- Safe Touch: 1 entry\n");

  g_assert_true (g_str_has_suffix (markdown, "entry\n"));
}

/* Nothing the person wrote is in the summary unless they chose the entry. */
static void
test_private_by_default (void)
{
  g_autoptr(Records) records = november ();
  g_autofree char *markdown = summarize (records, NULL);
  const char *texts[] = { "BEFORE-TEXT", "PRIVATE-ONE", "SHARED-TWO", "PRIVATE-THREE",
                          "AFTER-TEXT", "more", "not a heading" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_null (strstr (markdown, texts[i]));
  g_assert_null (strstr (markdown, "Entries I Chose to Share"));
}

static void
test_shared_entry (void)
{
  g_autoptr(Records) records = november ();
  /* "after" lies outside the days: choosing it does not bring it in. */
  const char * const shared[] = { "two", "after", NULL };
  g_autofree char *markdown = summarize (records, shared);

  assert_has (markdown, "## Entries I Chose to Share\n\n### Thursday, 5 November 2026\n\n"
                        "Theme: Safe Touch\n\n"
                        "SHARED-TWO words  \n\\# not a heading\n");
  g_assert_null (strstr (markdown, "PRIVATE-ONE"));
  g_assert_null (strstr (markdown, "PRIVATE-THREE"));
  g_assert_null (strstr (markdown, "AFTER-TEXT"));
  g_assert_null (strstr (markdown, "BEFORE-TEXT"));
}

/* The blocks are what the printed page draws: the same words, in order. */
static void
test_blocks (void)
{
  g_autoptr(Records) records = november ();
  g_autoptr(TendTherapistSummary) summary = NULL;
  g_autoptr(GDateTime) made = tend_test_date_time ("2026-12-03T12:00:00Z");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char * const shared[] = { "three", NULL };
  TendSummaryBlock kind;
  gboolean words_seen = FALSE;
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 20, G_DATE_NOVEMBER, 2026);
  last = first;

  summary = tend_therapist_summary_new ((TendEntry **) records->entries->pdata,
                                        records->entries->len,
                                        (TendGroundingSession **) records->sessions->pdata,
                                        records->sessions->len, &first, &last, shared, made,
                                        G_DATE_MONDAY, utc);

  g_assert_cmpstr (tend_therapist_summary_get_block (summary, 0, &kind), ==,
                   "Summary from My Journal");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_TITLE);

  /* One empty day: no check-ins, nothing practised, and "three" is not among its entries. */
  for (guint i = 0; i < tend_therapist_summary_get_n_blocks (summary); i++)
    {
      const char *text = tend_therapist_summary_get_block (summary, i, &kind);

      g_assert_nonnull (text);
      words_seen |= kind == TEND_SUMMARY_WORDS;
      g_assert_null (strstr (text, "PRIVATE-THREE"));
    }
  g_assert_false (words_seen);

  {
    g_autofree char *markdown = tend_therapist_summary_to_markdown (summary);

    assert_has (markdown, "## Check-Ins\n\nNo check-ins in this time\n");
    assert_has (markdown, "Practised on 0 of the 1 chosen day\n");
    assert_has (markdown, "No grounding exercises in this time\n");
    assert_has (markdown, "No entries with a theme in this time\n");
  }

  g_assert_finalize_object (g_steal_pointer (&summary));
}

/* The page for someone close, to print: the title, the person's note as their own words, the
 * needs they chose under their heading, then the page and its footer; nothing they did not
 * choose. */
static void
test_learn_topic (void)
{
  const TendLearnTopic *close = tend_learn_lookup ("close");
  const char * const chosen[] = { "quiet-space", "ask-touch", NULL };
  g_autoptr(TendTherapistSummary) page =
    tend_therapist_summary_new_learn_topic (close, "  Slow is good.\n", chosen);
  g_autoptr(TendTherapistSummary) bare = tend_therapist_summary_new_learn_topic (close, "", NULL);
  guint n = tend_therapist_summary_get_n_blocks (page);
  TendSummaryBlock kind;

  g_assert_cmpstr (tend_therapist_summary_get_block (page, 0, &kind), ==,
                   "For Someone Close to You");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_TITLE);
  g_assert_cmpstr (tend_therapist_summary_get_block (page, 1, &kind), ==, "Slow is good.");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_WORDS);
  g_assert_cmpstr (tend_therapist_summary_get_block (page, 2, &kind), ==,
                   "What Helps Me Right Now");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_HEADING);
  g_assert_cmpstr (tend_therapist_summary_get_block (page, 3, &kind), ==,
                   "Ask before you touch me.");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_ITEM);
  g_assert_cmpstr (tend_therapist_summary_get_block (page, 4, &kind), ==,
                   "If I go quiet, I may need space, not questions.");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_ITEM);
  g_assert_cmpstr (tend_therapist_summary_get_block (page, 5, &kind), ==,
                   "If Someone Shared This With You");
  g_assert_cmpint (kind, ==, TEND_SUMMARY_HEADING);
  g_assert_true (g_str_has_prefix (tend_therapist_summary_get_block (page, n - 1, &kind),
                                   "This is general information"));

  /* Without a note or needs, the page follows its title directly. */
  g_assert_cmpuint (tend_therapist_summary_get_n_blocks (bare), ==, n - 4);
  g_assert_cmpstr (tend_therapist_summary_get_block (bare, 1, &kind), ==,
                   "If Someone Shared This With You");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/therapist-summary/figures", test_figures);
  g_test_add_func ("/tend/therapist-summary/private-by-default", test_private_by_default);
  g_test_add_func ("/tend/therapist-summary/shared-entry", test_shared_entry);
  g_test_add_func ("/tend/therapist-summary/blocks", test_blocks);
  g_test_add_func ("/tend/therapist-summary/learn-topic", test_learn_topic);

  return g_test_run ();
}
