/* test-prompts.c — the prompt catalog.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "tend-prompts.h"

#define N_THEMES 5

static const char * const theme_ids[N_THEMES] = {
  "truth", "pleasure", "attunement", "boundaries", "touch",
};

/* Catalog */

static void
test_catalog_themes (void)
{
  const TendTheme *themes;
  gsize n_themes = 0;

  themes = tend_prompts_get_themes (&n_themes);
  g_assert_cmpuint (n_themes, ==, N_THEMES);

  for (gsize i = 0; i < n_themes; i++)
    {
      g_assert_cmpstr (themes[i].id, ==, theme_ids[i]);
      g_assert_true (tend_prompts_lookup_theme (theme_ids[i]) == &themes[i]);

      g_assert_nonnull (themes[i].title);
      g_assert_cmpstr (themes[i].title, !=, "");
      g_assert_nonnull (themes[i].description);
      g_assert_cmpstr (themes[i].description, !=, "");

      /* Without a translation the getters give the English original back. */
      g_assert_cmpstr (tend_theme_get_title (&themes[i]), ==, themes[i].title);
      g_assert_cmpstr (tend_theme_get_description (&themes[i]), ==, themes[i].description);
    }

  g_assert_null (tend_prompts_lookup_theme ("joy"));
  g_assert_null (tend_prompts_lookup_theme (""));
}

static void
test_catalog_prompts (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  const TendPrompt *prompts;
  gsize n_prompts = 0;
  gsize n_grouped = 0;

  prompts = tend_prompts_get_prompts (&n_prompts);
  g_assert_cmpuint (n_prompts, >=, N_THEMES * 8);

  for (gsize i = 0; i < n_prompts; i++)
    {
      const TendPrompt *prompt = &prompts[i];
      g_autofree char *prefix = NULL;
      const char *number;
      guint64 nn = 0;

      g_assert_nonnull (prompt->id);
      g_assert_nonnull (prompt->theme_id);
      g_assert_nonnull (prompt->text);
      g_assert_cmpstr (prompt->text, !=, "");
      g_assert_cmpstr (tend_prompt_get_text (prompt), ==, prompt->text);

      /* Ids are unique and read "<theme>-NN"; texts are unique too. */
      g_assert_true (g_hash_table_add (ids, (gpointer) prompt->id));
      g_assert_true (g_hash_table_add (texts, (gpointer) prompt->text));
      prefix = g_strconcat (prompt->theme_id, "-", NULL);
      g_assert_true (g_str_has_prefix (prompt->id, prefix));
      number = prompt->id + strlen (prefix);
      g_assert_cmpuint (strlen (number), ==, 2);
      g_assert_true (g_ascii_isdigit (number[0]) && g_ascii_isdigit (number[1]));
      g_assert_true (g_ascii_string_to_unsigned (number, 10, 1, 99, &nn, NULL));

      g_assert_nonnull (tend_prompts_lookup_theme (prompt->theme_id));
      g_assert_true (tend_prompt_get_theme (prompt) ==
                     tend_prompts_lookup_theme (prompt->theme_id));
      g_assert_true (tend_prompts_lookup (prompt->id) == prompt);

      /* A prompt asks something, or gently invites: it ends like a sentence. */
      g_assert_true (g_str_has_suffix (prompt->text, "?") || g_str_has_suffix (prompt->text, "."));
      g_assert_true (g_utf8_validate (prompt->text, -1, NULL));
    }

  for (guint t = 0; t < N_THEMES; t++)
    {
      const TendPrompt *theme_prompts;
      gsize n = 0;

      theme_prompts = tend_prompts_get_theme_prompts (theme_ids[t], &n);
      g_assert_nonnull (theme_prompts);
      g_assert_cmpuint (n, >=, 8);

      for (gsize i = 0; i < n; i++)
        {
          g_autofree char *expected = NULL;

          expected = g_strdup_printf ("%s-%02" G_GSIZE_FORMAT, theme_ids[t], i + 1);

          /* Numbered from 01 without gaps, so the next prompt's id is obvious. */
          g_assert_cmpstr (theme_prompts[i].theme_id, ==, theme_ids[t]);
          g_assert_cmpstr (theme_prompts[i].id, ==, expected);
        }

      n_grouped += n;
    }

  /* Every prompt belongs to exactly one theme's run. */
  g_assert_cmpuint (n_grouped, ==, n_prompts);
}

static void
test_catalog_lookup (void)
{
  gsize n = 99;

  g_assert_cmpstr (tend_prompts_lookup ("boundaries-03")->theme_id, ==, "boundaries");
  g_assert_null (tend_prompts_lookup ("boundaries-99"));
  g_assert_null (tend_prompts_lookup ("boundaries"));
  g_assert_null (tend_prompts_lookup (""));

  g_assert_null (tend_prompts_get_theme_prompts ("joy", &n));
  g_assert_cmpuint (n, ==, 0);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*prompt_id != NULL*");
  g_assert_null (tend_prompts_lookup (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*theme != NULL*");
  g_assert_null (tend_theme_get_title (NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/prompts/catalog/themes", test_catalog_themes);
  g_test_add_func ("/tend/prompts/catalog/prompts", test_catalog_prompts);
  g_test_add_func ("/tend/prompts/catalog/lookup", test_catalog_lookup);

  return g_test_run ();
}
