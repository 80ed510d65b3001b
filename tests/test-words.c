/* test-words.c — the word count under the editor counts words as a person would.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-words.h"

static void
test_count (void)
{
  static const struct {
    const char *text;
    guint       words;
  } cases[] = {
    { "", 0 },
    { "   \n\t ", 0 },
    { "One", 1 },
    { "Tonight I said no, kindly, and it held.", 8 },
    /* Apostrophes and hyphens join, they do not split. */
    { "I don't need self-care to be perfect.", 7 },
    /* A dash or an ellipsis standing alone is not a word. */
    { "I waited — and … nothing. Then: yes!", 6 },
    /* Lines and paragraphs are blanks like any other. */
    { "first line\n\nsecond\tline\r\nthird", 5 },
    /* Letters of any script, with or without accents; figures count. */
    { "Ça va, müde heute, 3 Tage, así así", 8 },
    { "Σήμερα ήταν ήρεμα", 3 },
    /* No-break space separates too. */
    { "two\u00a0words", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (tend_words_count (cases[i].text, -1), ==, cases[i].words);
    }

  /* A length stops the count inside the text. */
  g_assert_cmpuint (tend_words_count ("one two three", 7), ==, 2);
  g_assert_cmpuint (tend_words_count (NULL, 0), ==, 0);
}

/* An entry of a hundred thousand words is counted in one pass, quickly enough to do as the
 * person types (the editor counts long entries at most four times a second). */
static void
test_long (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 start;
  guint words;

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "a calm and slow evening, and I noticed it again. ");
  start = g_get_monotonic_time ();
  words = tend_words_count (text->str, text->len);
  g_assert_cmpuint (words, ==, 10 * 10000);
  /* Generous for a loaded machine and sanitizers: the count is a few milliseconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 250 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/words/count", test_count);
  g_test_add_func ("/tend/words/long", test_long);

  return g_test_run ();
}
