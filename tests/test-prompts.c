/* test-prompts.c — the prompt catalog and the choice of today's prompt.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "tend-prompts.h"

#define N_THEMES 5

static const char * const theme_ids[N_THEMES] = {
  "truth", "pleasure", "attunement", "boundaries", "touch",
};

/* Days as Julian day numbers, the way the rules count them. */
static guint32
julian_of (const char *day)
{
  guint year = 0, month = 0, mday = 0;
  GDate date;

  g_assert_cmpint (sscanf (day, "%u-%u-%u", &year, &month, &mday), ==, 3);
  g_assert_true (g_date_valid_dmy (mday, month, year));
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);

  return g_date_get_julian (&date);
}

static char *
day_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

/* A history of entries as the store would pass it, owning its strings. */
typedef struct {
  GArray       *uses;      /* TendPromptUse */
  GArray       *julians;   /* guint32, one per use */
  GStringChunk *strings;
} History;

static History *
history_new (void)
{
  History *self = g_new0 (History, 1);

  self->uses = g_array_new (FALSE, TRUE, sizeof (TendPromptUse));
  self->julians = g_array_new (FALSE, TRUE, sizeof (guint32));
  self->strings = g_string_chunk_new (1024);

  return self;
}

static void
history_free (History *self)
{
  g_array_unref (self->uses);
  g_array_unref (self->julians);
  g_string_chunk_free (self->strings);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (History, history_free)

static void
history_add (History    *self,
             guint32     julian,
             const char *theme_id,
             const char *prompt_id)
{
  g_autofree char *day = day_of (julian);
  TendPromptUse use = {
    g_string_chunk_insert_const (self->strings, day),
    theme_id ? g_string_chunk_insert_const (self->strings, theme_id) : NULL,
    prompt_id ? g_string_chunk_insert_const (self->strings, prompt_id) : NULL,
  };

  g_array_append_val (self->uses, use);
  g_array_append_val (self->julians, julian);
}

static const TendPrompt *
history_choose (History    *self,
                guint32     today,
                const char *theme_id,
                guint       skip)
{
  g_autofree char *day = day_of (today);

  return tend_prompts_choose (day, (TendPromptUse *) (gpointer) self->uses->data, self->uses->len,
                              theme_id, skip);
}

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

/* Prompts a review found risky (issue 16) keep their ids but offer a way out; two prompts make
 * room for a conflict that is not safe and for not knowing yet. */
static void
test_catalog_revised (void)
{
  static const struct {
    const char *id;
    const char *must;      /* what carries the way out */
    const char *must_not;  /* what the old wording assumed or asked */
  } revised[] = {
    { "attunement-04", "whether or not", "back to each other" },
    { "touch-03",      "welcome",        "Where in your body" },
    { "pleasure-07",   "not yet",        "Think of a moment" },
    { "truth-04",      "not yet",        "Think of a time" },
    { "attunement-11", "safe to stay in", NULL },
    { "boundaries-11", "I don’t know yet", NULL },
  };
  const TendTheme *boundaries = tend_prompts_lookup_theme ("boundaries");

  for (gsize i = 0; i < G_N_ELEMENTS (revised); i++)
    {
      const TendPrompt *prompt = tend_prompts_lookup (revised[i].id);

      g_test_message ("prompt %s", revised[i].id);
      g_assert_nonnull (prompt);
      g_assert_nonnull (strstr (prompt->text, revised[i].must));
      if (revised[i].must_not != NULL)
        g_assert_null (strstr (prompt->text, revised[i].must_not));
    }

  /* The theme's line is ours, not the source text's clause. */
  g_assert_null (strstr (boundaries->description, "what feels safe, and where your limits are"));
  g_assert_null (strstr (boundaries->description, "Finding words for what you need"));
}

/* Choosing: single cases */

static void
test_choose_invalid (void)
{
  static const char * const bad_days[] = {
    "2026-02-30", "2026-6-15", "2026-06-15T10:00", "2026/06/15", "0000-01-01", "", "today",
  };
  TendPromptUse use = { "2026-06-14", "truth", "truth-01" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_days); i++)
    {
      g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*valid_day*");
      g_assert_null (tend_prompts_choose (bad_days[i], NULL, 0, NULL, 0));
      g_test_assert_expected_messages ();
    }

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*valid_day*");
  g_assert_null (tend_prompts_choose (NULL, NULL, 0, NULL, 0));
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*history != NULL*");
  g_assert_null (tend_prompts_choose ("2026-06-15", NULL, 3, NULL, 0));
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*theme_index*");
  g_assert_null (tend_prompts_choose ("2026-06-15", &use, 1, "joy", 0));
  g_test_assert_expected_messages ();

  /* Leap days are days. */
  g_assert_nonnull (tend_prompts_choose ("2028-02-29", &use, 1, NULL, 0));
}

static void
test_choose_stable_and_varied (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(History) history = history_new ();
  g_autoptr(GArray) reversed = g_array_new (FALSE, FALSE, sizeof (TendPromptUse));
  guint32 start = julian_of ("2026-06-01");
  const TendPrompt *first;

  for (guint32 d = start; d < start + 60; d++)
    {
      const TendPrompt *prompt = history_choose (history, d, NULL, 0);

      g_assert_nonnull (prompt);
      g_assert_true (history_choose (history, d, NULL, 0) == prompt);
      g_hash_table_add (seen, (gpointer) prompt);
    }

  /* With no history every prompt ties, and the day alone decides: it does not stand still. */
  g_assert_cmpuint (g_hash_table_size (seen), >=, 30);

  /* The order of the records does not matter. */
  for (guint32 d = start - 40; d < start; d++)
    history_add (history, d, theme_ids[d % N_THEMES], history_choose (history, d, NULL, 0)->id);
  for (guint i = history->uses->len; i > 0; i--)
    g_array_append_val (reversed, g_array_index (history->uses, TendPromptUse, i - 1));

  first = history_choose (history, start, NULL, 0);
  g_assert_true (tend_prompts_choose ("2026-06-01", (TendPromptUse *) (gpointer) reversed->data,
                                      reversed->len, NULL, 0) == first);
}

static void
test_choose_ignores_today (void)
{
  g_autoptr(History) history = history_new ();
  guint32 today = julian_of ("2026-06-15");
  const TendPrompt *before[12];

  for (guint32 d = today - 10; d < today; d++)
    history_add (history, d, NULL, history_choose (history, d, NULL, 0)->id);

  for (guint skip = 0; skip < G_N_ELEMENTS (before); skip++)
    before[skip] = history_choose (history, today, skip < 6 ? NULL : "touch", skip);

  /* Writing with today's prompt, twice, and a day ahead (a clock set wrong once) changes
   * nothing today: only days before today count. */
  history_add (history, today, NULL, before[0]->id);
  history_add (history, today, "touch", before[6]->id);
  history_add (history, today + 1, "touch", before[7]->id);
  history_add (history, today + 40, "touch", before[8]->id);

  for (guint skip = 0; skip < G_N_ELEMENTS (before); skip++)
    {
      const char *theme_id = skip < 6 ? NULL : "touch";

      g_assert_true (history_choose (history, today, theme_id, skip) == before[skip]);
    }

  /* Tomorrow, today's prompt is one used lately: it comes after the 30-odd free ones. */
  for (guint skip = 0; skip < 30; skip++)
    g_assert_true (history_choose (history, today + 1, NULL, skip) != before[0]);
}

static void
test_choose_balance_window (void)
{
  guint32 start = julian_of ("2026-03-10");
  gboolean left_touch = FALSE;

  for (guint32 today = start; today < start + 10; today++)
    {
      g_autoptr(History) inside = history_new ();
      g_autoptr(History) outside = history_new ();
      gsize n_touch = 0;

      tend_prompts_get_theme_prompts ("touch", &n_touch);

      /* One entry for each theme but touch, 30 days ago: only touch is least written. */
      for (guint t = 0; t < N_THEMES - 1; t++)
        history_add (inside, today - TEND_PROMPTS_BALANCE_DAYS, theme_ids[t], NULL);

      for (guint skip = 0; skip < n_touch; skip++)
        g_assert_cmpstr (history_choose (inside, today, NULL, skip)->theme_id, ==, "touch");
      g_assert_cmpstr (history_choose (inside, today, NULL, n_touch)->theme_id, !=, "touch");

      /* 31 days ago is outside the window: every theme ties, and the day picks among them. */
      for (guint t = 0; t < N_THEMES - 1; t++)
        history_add (outside, today - TEND_PROMPTS_BALANCE_DAYS - 1, theme_ids[t], NULL);

      if (!g_str_equal (history_choose (outside, today, NULL, 0)->theme_id, "touch"))
        left_touch = TRUE;
    }

  g_assert_true (left_touch);
}

static int
position_of (History    *history,
             guint32     today,
             const char *theme_id,
             const char *prompt_id)
{
  for (guint skip = 0; skip < 100; skip++)
    {
      if (g_str_equal (history_choose (history, today, theme_id, skip)->id, prompt_id))
        return skip;
    }

  g_assert_not_reached ();
}

static void
test_choose_repeat_window (void)
{
  guint32 start = julian_of ("2026-09-01");
  gsize n_truth = 0;
  gboolean free_again = FALSE;

  tend_prompts_get_theme_prompts ("truth", &n_truth);

  for (guint32 today = start; today < start + 10; today++)
    {
      g_autoptr(History) recent = history_new ();
      g_autoptr(History) old = history_new ();

      /* Used 21 days ago: offered only after every other truth prompt. */
      history_add (recent, today - TEND_PROMPTS_NO_REPEAT_DAYS, "truth", "truth-04");
      g_assert_cmpint (position_of (recent, today, "truth", "truth-04"), ==, n_truth - 1);

      /* Used 22 days ago: free again, in the day's own place among the others. */
      history_add (old, today - TEND_PROMPTS_NO_REPEAT_DAYS - 1, "truth", "truth-04");
      if (position_of (old, today, "truth", "truth-04") < (int) n_truth - 1)
        free_again = TRUE;
    }

  g_assert_true (free_again);
}

static void
test_choose_least_recently_used (void)
{
  g_autoptr(History) history = history_new ();
  g_autoptr(History) again = history_new ();
  guint32 today = julian_of ("2026-12-01");
  gsize n_truth = 0;
  const TendPrompt *truth = tend_prompts_get_theme_prompts ("truth", &n_truth);

  /* Every truth prompt was used lately, truth-01 yesterday, truth-02 the day before, … */
  for (gsize i = 0; i < n_truth; i++)
    history_add (history, today - 1 - i, "truth", truth[i].id);

  for (gsize skip = 0; skip < n_truth; skip++)
    g_assert_cmpstr (history_choose (history, today, "truth", skip)->id, ==,
                     truth[n_truth - 1 - skip].id);

  /* The latest use is the one that counts, wherever it stands in the history. */
  history_add (again, today - 2, "truth", truth[n_truth - 1].id);
  for (gsize i = 0; i < n_truth; i++)
    history_add (again, today - 1 - i, "truth", truth[i].id);
  g_assert_cmpstr (history_choose (again, today, "truth", 0)->id, ==, truth[n_truth - 2].id);
  g_assert_cmpstr (history_choose (again, today, "truth", n_truth - 1)->id, ==, truth[0].id);
}

static void
test_choose_entry_themes (void)
{
  g_autoptr(History) history = history_new ();
  guint32 today = julian_of ("2027-01-05");

  history_add (history, today - 1, "truth", NULL);              /* free writing, with a theme */
  history_add (history, today - 2, NULL, "attunement-02");     /* a prompt, without a theme */
  history_add (history, today - 3, "boundaries", "boundaries-01");
  history_add (history, today - 4, NULL, NULL);                 /* free writing: no theme */
  history_add (history, today - 5, "joy", "joy-01");            /* from a newer Tend */
  history_add (history, today - 6, "touch", "touch-99");        /* a theme, an unknown prompt */

  /* Left: pleasure, never written about. */
  for (guint skip = 0; skip < 10; skip++)
    g_assert_cmpstr (history_choose (history, today, NULL, skip)->theme_id, ==, "pleasure");
}

static void
test_choose_skip (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(History) history = history_new ();
  guint32 today = julian_of ("2026-07-20");
  gsize n_prompts = 0;
  gsize n_touch = 0;

  tend_prompts_get_prompts (&n_prompts);
  tend_prompts_get_theme_prompts ("touch", &n_touch);

  for (guint skip = 0; skip < n_prompts; skip++)
    g_assert_true (g_hash_table_add (seen, (gpointer) history_choose (history, today, NULL, skip)));

  /* Once every prompt was offered, asking again starts over. */
  g_assert_true (history_choose (history, today, NULL, n_prompts) ==
                 history_choose (history, today, NULL, 0));

  g_hash_table_remove_all (seen);
  for (guint skip = 0; skip < n_touch; skip++)
    {
      const TendPrompt *prompt = history_choose (history, today, "touch", skip);

      g_assert_cmpstr (prompt->theme_id, ==, "touch");
      g_assert_true (g_hash_table_add (seen, (gpointer) prompt));
    }
  g_assert_true (history_choose (history, today, "touch", n_touch) ==
                 history_choose (history, today, "touch", 0));
}

/* Choosing: six months of a person writing
 *
 * The simulation asks for prompts the way the journal does, writes entries, and checks every
 * answer against the rules, worked out here again from the history in the plainest way. To show
 * that each check can fail, the same simulation runs over deliberately broken choosers and must
 * catch each one. */

typedef const TendPrompt *(*ChooseFunc) (const char          *day,
                                         const TendPromptUse *history,
                                         gsize                n_history,
                                         const char          *theme_id,
                                         guint                skip);

typedef enum {
  BROKEN_NOTHING    = 1 << 0,   /* no prompt at all */
  BROKEN_UNSTABLE   = 1 << 1,   /* the same question, a different answer */
  BROKEN_MIDDAY     = 1 << 2,   /* writing today changed today's answer */
  BROKEN_FILTER     = 1 << 3,   /* a prompt outside the chosen theme */
  BROKEN_SKIP       = 1 << 4,   /* "another prompt" gave one already offered today */
  BROKEN_REPEAT     = 1 << 5,   /* a prompt used lately, while another was free */
  BROKEN_LRU        = 1 << 6,   /* all used lately, and not the least recently used */
  BROKEN_BALANCE    = 1 << 7,   /* not from the least-written themes */
  BROKEN_SPREAD     = 1 << 8,   /* writing daily, the themes' counts drift apart */
  BROKEN_STALE      = 1 << 9,   /* writing daily for months, a prompt never came */
} Broken;

static const char * const broken_names[] = {
  "nothing", "unstable", "midday", "filter", "skip", "repeat", "lru", "balance", "spread",
  "stale",
};

static char *
broken_to_string (guint broken)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (broken_names); i++)
    {
      if (broken & (1U << i))
        g_string_append_printf (names, "%s%s", names->len ? " " : "", broken_names[i]);
    }

  return g_string_free (names, FALSE);
}

typedef enum {
  PLAN_DAILY,       /* today's prompt, every day */
  PLAN_MIXED,       /* rest days, "another prompt", chosen themes, free writing, two entries */
  PLAN_ONE_THEME,   /* always the touch theme: its prompts run out every ten days */
} Plan;

typedef struct {
  ChooseFunc  choose;
  History    *history;
  guint       broken;
  guint       n_free_checks;     /* answers checked against free prompts */
  guint       n_lru_checks;      /* answers checked when every allowed prompt was used */
  guint       n_skips;
} Sim;

typedef struct {
  const char       *theme_id;
  guint             skip;
  const TendPrompt *answer;
} Asked;

/* What the rules look at, over the entries before @today. */
static void
sim_window (Sim     *sim,
            guint32  today,
            guint    theme_counts[N_THEMES],
            guint32 *last_used)
{
  gsize n_prompts = 0;
  const TendPrompt *prompts = tend_prompts_get_prompts (&n_prompts);

  memset (theme_counts, 0, N_THEMES * sizeof (guint));
  memset (last_used, 0, n_prompts * sizeof (guint32));

  for (guint i = 0; i < sim->history->uses->len; i++)
    {
      const TendPromptUse *use = &g_array_index (sim->history->uses, TendPromptUse, i);
      guint32 day = g_array_index (sim->history->julians, guint32, i);
      const char *theme_id = use->theme_id;

      if (day >= today || day < today - TEND_PROMPTS_BALANCE_DAYS)
        continue;

      if (theme_id == NULL && use->prompt_id != NULL)
        theme_id = tend_prompts_lookup (use->prompt_id)->theme_id;
      for (guint t = 0; t < N_THEMES; t++)
        {
          if (theme_id != NULL && g_str_equal (theme_id, theme_ids[t]))
            theme_counts[t]++;
        }

      for (gsize p = 0; p < n_prompts; p++)
        {
          if (use->prompt_id != NULL && g_str_equal (use->prompt_id, prompts[p].id) &&
              day >= today - TEND_PROMPTS_NO_REPEAT_DAYS)
            last_used[p] = MAX (last_used[p], day);
        }
    }
}

static guint
theme_number (const char *theme_id)
{
  for (guint t = 0; t < N_THEMES; t++)
    {
      if (g_str_equal (theme_id, theme_ids[t]))
        return t;
    }

  g_assert_not_reached ();
}

static const TendPrompt *
sim_ask (Sim        *sim,
         guint32     today,
         const char *theme_id,
         guint       skip,
         GArray     *asked)
{
  g_autofree char *day = day_of (today);
  TendPromptUse *uses = (TendPromptUse *) (gpointer) sim->history->uses->data;
  gsize n_uses = sim->history->uses->len;
  gsize n_prompts = 0;
  const TendPrompt *prompts = tend_prompts_get_prompts (&n_prompts);
  g_autofree guint32 *last_used = g_new0 (guint32, n_prompts);
  guint theme_counts[N_THEMES];
  const TendPrompt *answer;
  gboolean any_left = FALSE;
  gboolean any_free = FALSE;
  guint least_count = G_MAXUINT;
  guint32 least_recent = G_MAXUINT32;
  gsize a;

  answer = sim->choose (day, uses, n_uses, theme_id, skip);
  if (answer == NULL)
    {
      sim->broken |= BROKEN_NOTHING;
      return NULL;
    }

  if (sim->choose (day, uses, n_uses, theme_id, skip) != answer)
    sim->broken |= BROKEN_UNSTABLE;

  if (theme_id != NULL && !g_str_equal (answer->theme_id, theme_id))
    sim->broken |= BROKEN_FILTER;

  /* What is still allowed: the theme's prompts (or all) not offered by an earlier skip. */
  sim_window (sim, today, theme_counts, last_used);
  for (gsize p = 0; p < n_prompts; p++)
    {
      gboolean offered = FALSE;

      if (theme_id != NULL && !g_str_equal (prompts[p].theme_id, theme_id))
        continue;

      for (guint i = 0; i < asked->len; i++)
        {
          Asked *earlier = &g_array_index (asked, Asked, i);

          if (earlier->skip < skip && g_strcmp0 (earlier->theme_id, theme_id) == 0 &&
              earlier->answer == &prompts[p])
            offered = TRUE;
        }

      if (offered)
        {
          if (answer == &prompts[p])
            sim->broken |= BROKEN_SKIP;
          continue;
        }

      any_left = TRUE;
      if (last_used[p] == 0)
        {
          any_free = TRUE;
          least_count = MIN (least_count, theme_counts[theme_number (prompts[p].theme_id)]);
        }
      else
        {
          least_recent = MIN (least_recent, last_used[p]);
        }
    }

  a = answer - prompts;
  if (any_free)
    {
      sim->n_free_checks++;
      if (last_used[a] != 0)
        sim->broken |= BROKEN_REPEAT;
      else if (theme_counts[theme_number (answer->theme_id)] != least_count)
        sim->broken |= BROKEN_BALANCE;
    }
  else if (any_left)
    {
      sim->n_lru_checks++;
      if (last_used[a] != least_recent)
        sim->broken |= BROKEN_LRU;
    }

  if (skip > 0)
    sim->n_skips++;

  g_array_append_val (asked, ((Asked) { theme_id, skip, answer }));

  return answer;
}

static void
sim_write (Sim              *sim,
           guint32           today,
           const char       *theme_id,
           const TendPrompt *prompt)
{
  if (prompt != NULL)
    history_add (sim->history, today, theme_id ? theme_id : prompt->theme_id, prompt->id);
  else
    history_add (sim->history, today, theme_id, NULL);
}

/* One day of @plan: ask, maybe ask again, write, and check that writing changed nothing. */
static void
sim_day (Sim     *sim,
         Plan     plan,
         guint32  today,
         guint    i)
{
  g_autoptr(GArray) asked = g_array_new (FALSE, FALSE, sizeof (Asked));
  const TendPrompt *prompt = NULL;
  const char *theme_id = NULL;

  switch (plan)
    {
    case PLAN_DAILY:
      sim_write (sim, today, NULL, sim_ask (sim, today, NULL, 0, asked));
      break;

    case PLAN_ONE_THEME:
      prompt = sim_ask (sim, today, "touch", 0, asked);
      if (i % 4 == 1)
        {
          sim_ask (sim, today, "touch", 1, asked);
          prompt = sim_ask (sim, today, "touch", 2, asked);
        }
      sim_write (sim, today, "touch", prompt);
      break;

    case PLAN_MIXED:
      prompt = sim_ask (sim, today, NULL, 0, asked);
      if (i % 9 == 4)
        break;   /* a rest day: the prompt was shown, nothing written */

      if (i % 7 == 2)
        {
          for (guint skip = 1; skip <= 3; skip++)
            prompt = sim_ask (sim, today, NULL, skip, asked);
        }
      else if (i % 6 == 5)
        {
          theme_id = theme_ids[(i / 6) % N_THEMES];
          sim_ask (sim, today, theme_id, 0, asked);
          prompt = sim_ask (sim, today, theme_id, 1, asked);
        }

      sim_write (sim, today, theme_id, prompt);
      if (i % 10 == 7)
        sim_write (sim, today, NULL, NULL);
      if (i % 13 == 0)
        sim_write (sim, today, theme_ids[i % N_THEMES], NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  /* Everything asked today gets the same answer after today's writing. */
  for (guint k = 0; k < asked->len; k++)
    {
      Asked *q = &g_array_index (asked, Asked, k);
      g_autofree char *day = day_of (today);

      if (sim->choose (day, (TendPromptUse *) (gpointer) sim->history->uses->data,
                       sim->history->uses->len, q->theme_id, q->skip) != q->answer)
        sim->broken |= BROKEN_MIDDAY;
    }
}

#define SIM_DAYS 183

static void
sim_run (Sim  *sim,
         Plan  plan)
{
  guint32 start = julian_of ("2026-01-01");
  gsize n_prompts = 0;
  g_autofree guint32 *last_used = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  tend_prompts_get_prompts (&n_prompts);
  last_used = g_new0 (guint32, n_prompts);

  for (guint i = 0; i < SIM_DAYS; i++)
    {
      guint32 today = start + i;

      sim_day (sim, plan, today, i);

      /* Writing daily from today's prompt, the themes' counts over the last 30 days stay
       * within two of each other once 30 days have passed: the entry written today joins a
       * least-written theme, while the one leaving the window may belong to another. */
      if (plan == PLAN_DAILY && i >= TEND_PROMPTS_BALANCE_DAYS)
        {
          guint counts[N_THEMES];
          guint least = G_MAXUINT;
          guint most = 0;

          sim_window (sim, today + 1, counts, last_used);
          for (guint t = 0; t < N_THEMES; t++)
            {
              least = MIN (least, counts[t]);
              most = MAX (most, counts[t]);
            }
          if (most - least > 2)
            sim->broken |= BROKEN_SPREAD;
        }
    }

  if (plan == PLAN_DAILY)
    {
      for (guint i = 0; i < sim->history->uses->len; i++)
        {
          const TendPromptUse *use = &g_array_index (sim->history->uses, TendPromptUse, i);

          if (use->prompt_id != NULL)
            g_hash_table_add (used, (gpointer) use->prompt_id);
        }
      if (g_hash_table_size (used) < n_prompts)
        sim->broken |= BROKEN_STALE;
    }
}

static guint
simulate (ChooseFunc  choose,
          Plan        plan,
          guint      *n_free_checks,
          guint      *n_lru_checks,
          guint      *n_skips)
{
  g_autoptr(History) history = history_new ();
  Sim sim = { choose, history, 0, 0, 0, 0 };

  sim_run (&sim, plan);

  if (n_free_checks != NULL)
    *n_free_checks = sim.n_free_checks;
  if (n_lru_checks != NULL)
    *n_lru_checks = sim.n_lru_checks;
  if (n_skips != NULL)
    *n_skips = sim.n_skips;

  return sim.broken;
}

static void
test_simulate_months (void)
{
  static const struct {
    Plan        plan;
    const char *name;
  } plans[] = {
    { PLAN_DAILY, "daily" },
    { PLAN_MIXED, "mixed" },
    { PLAN_ONE_THEME, "one-theme" },
  };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      guint n_free = 0, n_lru = 0, n_skips = 0;
      guint broken = simulate (tend_prompts_choose, plans[p].plan, &n_free, &n_lru, &n_skips);
      g_autofree char *names = broken_to_string (broken);

      g_test_message ("%s: %u answers with free prompts, %u with none free, %u skips",
                      plans[p].name, n_free, n_lru, n_skips);
      g_assert_cmpstr (names, ==, "");

      /* The checks above had something to check. */
      if (plans[p].plan == PLAN_ONE_THEME)
        {
          g_assert_cmpuint (n_free, >=, 10);
          g_assert_cmpuint (n_lru, >=, SIM_DAYS / 2);
        }
      else
        {
          g_assert_cmpuint (n_free, >=, SIM_DAYS);
        }
      if (plans[p].plan != PLAN_DAILY)
        g_assert_cmpuint (n_skips, >=, SIM_DAYS / 8);
    }
}

/* Broken choosers, each failing one rule. */

static const TendPrompt *
choose_nothing (const char          *day,
                const TendPromptUse *history,
                gsize                n_history,
                const char          *theme_id,
                guint                skip)
{
  return NULL;
}

static const TendPrompt *
choose_unstable (const char          *day,
                 const TendPromptUse *history,
                 gsize                n_history,
                 const char          *theme_id,
                 guint                skip)
{
  static guint calls;

  return tend_prompts_choose (day, history, n_history, theme_id, skip + (calls++ % 2));
}

static const TendPrompt *
choose_counting_today (const char          *day,
                       const TendPromptUse *history,
                       gsize                n_history,
                       const char          *theme_id,
                       guint                skip)
{
  g_autofree char *tomorrow = day_of (julian_of (day) + 1);

  return tend_prompts_choose (tomorrow, history, n_history, theme_id, skip);
}

static const TendPrompt *
choose_ignoring_filter (const char          *day,
                        const TendPromptUse *history,
                        gsize                n_history,
                        const char          *theme_id,
                        guint                skip)
{
  return tend_prompts_choose (day, history, n_history, NULL, skip);
}

static const TendPrompt *
choose_ignoring_skip (const char          *day,
                      const TendPromptUse *history,
                      gsize                n_history,
                      const char          *theme_id,
                      guint                skip)
{
  return tend_prompts_choose (day, history, n_history, theme_id, 0);
}

static const TendPrompt *
choose_ignoring_history (const char          *day,
                         const TendPromptUse *history,
                         gsize                n_history,
                         const char          *theme_id,
                         guint                skip)
{
  return tend_prompts_choose (day, NULL, 0, theme_id, skip);
}

static const TendPrompt *
choose_first (const char          *day,
              const TendPromptUse *history,
              gsize                n_history,
              const char          *theme_id,
              guint                skip)
{
  gsize n = 0;
  const TendPrompt *prompts = theme_id ? tend_prompts_get_theme_prompts (theme_id, &n)
                                       : tend_prompts_get_prompts (&n);

  return &prompts[skip % n];
}

static const TendPrompt *
choose_always_truth (const char          *day,
                     const TendPromptUse *history,
                     gsize                n_history,
                     const char          *theme_id,
                     guint                skip)
{
  return tend_prompts_choose (day, history, n_history, theme_id ? theme_id : "truth", skip);
}

/* Right while a prompt is free; once all were used lately, not the least recently used. */
static const TendPrompt *
choose_wrong_when_all_used (const char          *day,
                            const TendPromptUse *history,
                            gsize                n_history,
                            const char          *theme_id,
                            guint                skip)
{
  const TendPrompt *best = tend_prompts_choose (day, history, n_history, theme_id, skip);
  guint32 today = julian_of (day);

  for (gsize i = 0; i < n_history; i++)
    {
      guint32 used = julian_of (history[i].day);

      if (g_strcmp0 (history[i].prompt_id, best->id) == 0 && used < today &&
          used >= today - TEND_PROMPTS_NO_REPEAT_DAYS)
        return tend_prompts_choose (day, history, n_history, theme_id, skip + 1);
    }

  return best;
}

static const struct {
  const char *name;
  ChooseFunc  choose;
  guint       caught_as;
} broken_choosers[] = {
  { "nothing", choose_nothing, BROKEN_NOTHING },
  { "unstable", choose_unstable, BROKEN_UNSTABLE },
  { "counting-today", choose_counting_today, BROKEN_MIDDAY },
  { "ignoring-filter", choose_ignoring_filter, BROKEN_FILTER },
  { "ignoring-skip", choose_ignoring_skip, BROKEN_SKIP },
  { "ignoring-history", choose_ignoring_history, BROKEN_REPEAT },
  { "first", choose_first, BROKEN_REPEAT | BROKEN_STALE | BROKEN_SPREAD },
  { "always-truth", choose_always_truth, BROKEN_BALANCE | BROKEN_SPREAD | BROKEN_STALE },
  { "wrong-when-all-used", choose_wrong_when_all_used, BROKEN_LRU },
};

static void
test_simulate_catches (gconstpointer data)
{
  guint which = GPOINTER_TO_UINT (data);
  guint broken = 0;
  g_autofree char *names = NULL;

  for (Plan plan = PLAN_DAILY; plan <= PLAN_ONE_THEME; plan++)
    broken |= simulate (broken_choosers[which].choose, plan, NULL, NULL, NULL);

  names = broken_to_string (broken);
  g_test_message ("%s is caught as: %s", broken_choosers[which].name, names);

  /* Every rule the chooser breaks is noticed. */
  g_assert_cmphex (broken & broken_choosers[which].caught_as, ==, broken_choosers[which].caught_as);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/prompts/catalog/themes", test_catalog_themes);
  g_test_add_func ("/tend/prompts/catalog/prompts", test_catalog_prompts);
  g_test_add_func ("/tend/prompts/catalog/lookup", test_catalog_lookup);
  g_test_add_func ("/tend/prompts/catalog/revised", test_catalog_revised);

  g_test_add_func ("/tend/prompts/choose/invalid", test_choose_invalid);
  g_test_add_func ("/tend/prompts/choose/stable-and-varied", test_choose_stable_and_varied);
  g_test_add_func ("/tend/prompts/choose/ignores-today", test_choose_ignores_today);
  g_test_add_func ("/tend/prompts/choose/balance-window", test_choose_balance_window);
  g_test_add_func ("/tend/prompts/choose/repeat-window", test_choose_repeat_window);
  g_test_add_func ("/tend/prompts/choose/least-recently-used", test_choose_least_recently_used);
  g_test_add_func ("/tend/prompts/choose/entry-themes", test_choose_entry_themes);
  g_test_add_func ("/tend/prompts/choose/skip", test_choose_skip);

  g_test_add_func ("/tend/prompts/simulate/months", test_simulate_months);
  for (guint i = 0; i < G_N_ELEMENTS (broken_choosers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tend/prompts/simulate/catches/%s",
                                               broken_choosers[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_simulate_catches);
    }

  return g_test_run ();
}
