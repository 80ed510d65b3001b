/* test-search.c — what a search sees and shows: folding, an entry's first line for the list,
 * and the passage around a match with the matches in bold (tend-search.c).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-search.h"

static void
test_fold (void)
{
  struct { const char *in, *out; } cases[] = {
    { "Hello", "hello" },
    { "Éàü", "eau" },
    { "Straße", "strasse" },
    { "ﬁne", "fine" },  /* compatibility ligature */
    { "naïve café 🌱", "naive cafe 🌱" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = tend_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_first_line (void)
{
  struct { const char *in, *out; } cases[] = {
    { "  \nNothing much.\nJust rest.", "Nothing much." },
    { "One line only", "One line only" },
    { "\t\u00a0Blanks of every kind first", "Blanks of every kind first" },
    { "", "" },
    { " \n \n", "" },
  };
  g_autoptr(GString) long_line = g_string_new (NULL);
  g_autofree char *capped = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = tend_search_first_line (cases[i].in);

      g_assert_cmpstr (line, ==, cases[i].out);
    }

  /* A long paragraph is cut at 120 characters, never inside one: "ä" is two bytes. */
  for (guint i = 0; i < 200; i++)
    g_string_append (long_line, "ä");
  g_string_append (long_line, "\nsecond line");
  capped = tend_search_first_line (long_line->str);
  g_assert_true (g_utf8_validate (capped, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (capped, -1), ==, 120);
}

/* Pango markup is XML inside an element of Pango's own. */
static gboolean
markup_is_valid (const char *markup)
{
  static const GMarkupParser parser = { 0 };
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

  return g_markup_parse_context_parse (context, document, -1, NULL) &&
         g_markup_parse_context_end_parse (context, NULL);
}

static void
assert_snippet (const char *text,
                const char *query,
                guint       width,
                const char *expected)
{
  g_autofree char *snippet = tend_search_snippet (text, query, width);

  g_assert_cmpstr (snippet, ==, expected);
  /* Whatever the text, the label is given valid markup. */
  g_assert_true (markup_is_valid (snippet));
}

static void
test_snippet (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *far = NULL;

  /* Every word of the query in bold, matched without case or accents. */
  assert_snippet ("Café talk with my partner; I named a boundary.", "cafe BOUNDARY", 90,
                  "<b>Café</b> talk with my partner; I named a <b>boundary</b>.");
  /* Every match, not only the first. */
  assert_snippet ("calm, then calm again", "calm", 90, "<b>calm</b>, then <b>calm</b> again");
  /* The writer's own < and & stay text, never markup. */
  assert_snippet ("I wrote <b> & meant it", "meant", 90,
                  "I wrote &lt;b&gt; &amp; <b>meant</b> it");
  /* Lines become one. */
  assert_snippet ("first\nsecond\tthird", "third", 90, "first second <b>third</b>");
  /* No match: the start of the text, nothing in bold. */
  assert_snippet ("A quiet day.", "volcano", 90, "A quiet day.");
  /* Folding that changes the length (ß → ss) shows the text from its start, unbolded,
   * rather than guessing where the match is. */
  assert_snippet ("Die Straße war still.", "strasse", 90, "Die Straße war still.");
  /* Text longer than @width ends with an ellipsis. */
  assert_snippet ("one two three four five", "one", 8, "<b>one</b> two …");

  /* Long text: the passage starts a few words before the match, at the start of a word, so
   * the match comes first in a row that shows only the start of a passage. */
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "filler words here ");
  g_string_append (text, "and then the river.");
  far = tend_search_snippet (text->str, "river", 60);
  g_assert_cmpstr (far, ==, "…words here and then the <b>river</b>.");
  /* Never half a word before the match, and the text after it as far as @width goes. */
  assert_snippet ("I walked a little slower and then the tide came in, and I stayed.", "tide", 30,
                  "…slower and then the <b>tide</b> came …");
  /* The query's first word leads, and every word is in bold wherever the passage shows it. */
  assert_snippet ("Morning: a long walk by the water, then work, and all of it slowly. Evening: "
                  "a call with my sister, and the walk again.", "sister walk", 60,
                  "…Evening: a call with my <b>sister</b>, and the <b>walk</b> again.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/search/fold", test_fold);
  g_test_add_func ("/tend/search/first-line", test_first_line);
  g_test_add_func ("/tend/search/snippet", test_snippet);

  return g_test_run ();
}
