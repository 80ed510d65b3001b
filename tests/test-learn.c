/* test-learn.c — the Learn topics: each is complete, short, ends with its note, and links only
 * to exercises and themes that exist, on the side of the window of tolerance they fit.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "tend-exercises.h"
#include "tend-learn.h"
#include "tend-prompts.h"

/* The topics the issue asks for, in the order the page lists them. */
static const char * const expected_ids[] = {
  "closeness", "signs", "window", "healing", "setbacks", "help", "questions", "close",
};

static void
test_topics_complete (void)
{
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  const TendLearnTopic *topics;
  gsize n_topics = 0;

  topics = tend_learn_get_topics (&n_topics);
  g_assert_cmpuint (n_topics, ==, G_N_ELEMENTS (expected_ids));

  for (gsize i = 0; i < n_topics; i++)
    {
      const TendLearnTopic *topic = &topics[i];
      guint n_sections = tend_learn_topic_get_n_sections (topic);
      guint n_paragraphs = 0;
      guint words = tend_learn_topic_count_words (topic);

      g_test_message ("topic %s: %u words", topic->id, words);
      g_assert_cmpstr (topic->id, ==, expected_ids[i]);
      g_assert_true (tend_learn_lookup (topic->id) == topic);
      g_assert_nonnull (topic->title);
      g_assert_cmpstr (topic->title, !=, "");
      g_assert_nonnull (topic->summary);
      g_assert_cmpstr (topic->summary, !=, "");

      /* Headings to find one's way, and enough to say something. */
      g_assert_cmpuint (n_sections, >=, 2);
      for (guint s = 0; s < n_sections; s++)
        {
          const TendLearnSection *section = &topic->sections[s];
          guint n = tend_learn_section_get_n_paragraphs (section);

          g_assert_cmpstr (section->heading, !=, "");
          g_assert_cmpuint (n, >=, 1);
          for (guint p = 0; p < n; p++)
            {
              g_assert_true (g_utf8_validate (section->paragraphs[p], -1, NULL));
              /* A sentence, not a fragment; and never the same paragraph twice. */
              g_assert_true (g_str_has_suffix (section->paragraphs[p], ".") ||
                             g_str_has_suffix (section->paragraphs[p], "?") ||
                             g_str_has_suffix (section->paragraphs[p], ":"));
              g_assert_true (g_hash_table_add (texts, (gpointer) section->paragraphs[p]));
            }
          n_paragraphs += n;
        }
      g_assert_cmpuint (n_paragraphs, >=, 3);

      /* About two minutes to read: at a slow 200 words a minute, under 450 words. */
      g_assert_cmpuint (words, >=, 120);
      g_assert_cmpuint (words, <=, 450);
    }

  g_assert_null (tend_learn_lookup ("no-such-topic"));
  g_assert_null (tend_learn_lookup (""));
}

/* Every topic says, at its foot, what it is and is not. */
static void
test_footer (void)
{
  const char *footer = tend_learn_get_footer ();

  g_assert_nonnull (strstr (footer, "general information"));
  g_assert_nonnull (strstr (footer, "not therapy"));
  g_assert_nonnull (strstr (footer, "diagnosis"));
}

static gboolean
section_heading_is (const TendLearnSection *section,
                    const char             *heading)
{
  return g_str_equal (section->heading, heading);
}

/* Links lead somewhere real: an exercise in the catalog (on the window of tolerance page, one
 * that fits the side it is listed under), a journal theme, or Need More Help?. */
static void
test_links (void)
{
  g_autoptr(GHashTable) themes_linked = g_hash_table_new (g_str_hash, g_str_equal);
  const TendLearnTopic *topics;
  const TendLearnTopic *window = tend_learn_lookup ("window");
  gsize n_topics = 0;
  guint too_much = 0, too_little = 0;

  topics = tend_learn_get_topics (&n_topics);
  for (gsize i = 0; i < n_topics; i++)
    {
      for (guint s = 0; s < tend_learn_topic_get_n_sections (&topics[i]); s++)
        {
          const TendLearnSection *section = &topics[i].sections[s];

          for (guint l = 0; l < tend_learn_section_get_n_links (section); l++)
            {
              const TendLearnLink *link = &section->links[l];

              switch (link->kind)
                {
                case TEND_LEARN_LINK_EXERCISE:
                  g_assert_nonnull (tend_exercises_lookup (link->target));
                  break;
                case TEND_LEARN_LINK_THEME:
                  g_assert_nonnull (tend_prompts_lookup_theme (link->target));
                  g_hash_table_add (themes_linked, (gpointer) link->target);
                  g_assert_cmpstr (topics[i].id, ==, "healing");
                  break;
                case TEND_LEARN_LINK_HELP:
                  g_assert_null (link->target);
                  break;
                case TEND_LEARN_LINK_NONE:
                default:
                  g_assert_not_reached ();
                }
            }
        }
    }

  /* "What healing can look like" leads to all five themes. */
  g_assert_cmpuint (g_hash_table_size (themes_linked), ==, 5);

  /* The window of tolerance names exercises for each side, and only ones that fit it. */
  for (guint s = 0; s < tend_learn_topic_get_n_sections (window); s++)
    {
      const TendLearnSection *section = &window->sections[s];

      for (guint l = 0; l < tend_learn_section_get_n_links (section); l++)
        {
          const TendExercise *exercise = tend_exercises_lookup (section->links[l].target);

          g_assert_cmpint (section->links[l].kind, ==, TEND_LEARN_LINK_EXERCISE);
          if (section_heading_is (section, "Too Much"))
            {
              g_assert_true (tend_exercise_fits (exercise, TEND_FITS_TOO_MUCH));
              too_much++;
            }
          else if (section_heading_is (section, "Too Little"))
            {
              g_assert_true (tend_exercise_fits (exercise, TEND_FITS_TOO_LITTLE));
              too_little++;
            }
          else
            g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (too_much, >=, 2);
  g_assert_cmpuint (too_little, >=, 2);
}

/* The page for someone close, as the file a person shares: their note at the top as a quote,
 * every heading and paragraph, the footer; nothing else of theirs. Only that page is offered. */
static void
test_markdown (void)
{
  const TendLearnTopic *close = tend_learn_lookup ("close");
  g_autofree char *plain = NULL;
  g_autofree char *noted = NULL;
  g_autofree char *blank = NULL;

  g_assert_true (tend_learn_topic_is_shareable (close));
  g_assert_false (tend_learn_topic_is_shareable (tend_learn_lookup ("window")));

  plain = tend_learn_topic_to_markdown (close, NULL, NULL);
  g_assert_true (g_str_has_prefix (plain, "# For Someone Close to You\n\n## "));
  g_assert_null (strstr (plain, "> "));
  for (guint s = 0; s < tend_learn_topic_get_n_sections (close); s++)
    {
      g_autofree char *heading = g_strdup_printf ("\n## %s\n\n", close->sections[s].heading);

      g_assert_nonnull (strstr (plain, heading));
      for (guint p = 0; p < tend_learn_section_get_n_paragraphs (&close->sections[s]); p++)
        g_assert_nonnull (strstr (plain, close->sections[s].paragraphs[p]));
    }
  g_assert_true (g_str_has_suffix (plain, "*This is general information, not therapy or a "
                                          "diagnosis. For your own situation, a qualified "
                                          "professional can help.*\n"));

  /* The note comes first, each line quoted, trimmed of blank lines around it. */
  noted = tend_learn_topic_to_markdown (close, "\nPlease ask before hugs.\nSlow is good.  \n\n",
                                        NULL);
  g_assert_true (g_str_has_prefix (noted, "# For Someone Close to You\n\n"
                                          "> Please ask before hugs.\n"
                                          "> Slow is good.\n\n"
                                          "## If Someone Shared This With You\n"));

  blank = tend_learn_topic_to_markdown (close, "  \n ", (const char * const []) { NULL });
  g_assert_cmpstr (blank, ==, plain);
}

/* The needs a person ticks go below their note, as a list under a heading of their own, in
 * the order they are offered, before the page; unknown ones are left out. */
static void
test_markdown_needs (void)
{
  const TendLearnTopic *close = tend_learn_lookup ("close");
  const char * const chosen[] = { "your-pause", "unknown", "ask-touch", NULL };
  const char * const unknown[] = { "unknown", NULL };
  g_autofree char *both = tend_learn_topic_to_markdown (close, "Slow is good.", chosen);
  g_autofree char *needs_only = tend_learn_topic_to_markdown (close, NULL, chosen);
  g_autofree char *none = tend_learn_topic_to_markdown (close, NULL, unknown);
  g_autofree char *plain = tend_learn_topic_to_markdown (close, NULL, NULL);
  const TendLearnNeed *needs;
  gsize n_needs;

  g_assert_true (g_str_has_prefix (both, "# For Someone Close to You\n\n"
                                         "> Slow is good.\n\n"
                                         "## What Helps Me Right Now\n\n"
                                         "- Ask before you touch me.\n"
                                         "- Tell me when you need a pause too.\n\n"
                                         "## If Someone Shared This With You\n"));
  g_assert_true (g_str_has_prefix (needs_only, "# For Someone Close to You\n\n"
                                               "## What Helps Me Right Now\n\n"
                                               "- Ask before you touch me.\n"));
  g_assert_null (strstr (needs_only, "> "));
  g_assert_cmpstr (none, ==, plain);
  g_assert_null (strstr (plain, "What Helps Me"));

  /* A short list, each one looked up by its id, none twice. */
  needs = tend_learn_get_needs (&n_needs);
  g_assert_cmpuint (n_needs, >=, 8);
  g_assert_cmpuint (n_needs, <=, 10);
  for (gsize i = 0; i < n_needs; i++)
    {
      g_assert_true (tend_learn_lookup_need (needs[i].id) == &needs[i]);
      g_assert_cmpuint (strlen (needs[i].text), <, 80);
    }
  g_assert_null (tend_learn_lookup_need ("unknown"));
}

static void
test_preconditions (void)
{
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*topic_id != NULL*");
  g_assert_null (tend_learn_lookup (NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/learn/topics/complete", test_topics_complete);
  g_test_add_func ("/tend/learn/topics/footer", test_footer);
  g_test_add_func ("/tend/learn/topics/links", test_links);
  g_test_add_func ("/tend/learn/topics/markdown", test_markdown);
  g_test_add_func ("/tend/learn/topics/markdown-needs", test_markdown_needs);
  g_test_add_func ("/tend/learn/preconditions", test_preconditions);

  return g_test_run ();
}
