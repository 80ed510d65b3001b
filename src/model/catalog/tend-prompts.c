/* tend-prompts.c — the journal prompts and their five themes, and the choice of today's prompt.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "tend-prompts.h"

/* The five themes of DESIGN.md, in the order the app shows them. */
static const TendTheme themes[] = {
  {
    "truth",
    /* Translators: the title of a journal theme: saying what is real for you and being met
     * with understanding. Short, like a heading. */
    N_("Sharing Your Truth"),
    /* Translators: the one-line description of the "Sharing Your Truth" journal theme. */
    N_("Saying what is real for you, and noticing when it is met with understanding."),
  },
  {
    "pleasure",
    /* Translators: the title of a journal theme about feeling comfort and enjoyment in one's
     * own body again. Short, like a heading; not sexual in tone. */
    N_("Comfort in Your Body"),
    /* Translators: the one-line description of the "Comfort in Your Body" journal theme. */
    N_("Finding what feels good and safe in your body, on your own terms."),
  },
  {
    "attunement",
    /* Translators: the title of a journal theme about staying emotionally present and
     * connected during disagreements. Short, like a heading. */
    N_("Staying Close in Conflict"),
    /* Translators: the one-line description of the "Staying Close in Conflict" journal theme. */
    N_("Noticing how you stay present with yourself and others when things get tense."),
  },
  {
    "boundaries",
    /* Translators: the title of a journal theme about finding words for needs and limits.
     * Short, like a heading. */
    N_("Needs and Boundaries"),
    /* Translators: the one-line description of the "Needs and Boundaries" journal theme. */
    N_("Putting your needs and limits into your own words, at your own pace."),
  },
  {
    "touch",
    /* Translators: the title of a journal theme about touch that feels calming and safe
     * rather than threatening. Short, like a heading. */
    N_("Safe Touch"),
    /* Translators: the one-line description of the "Safe Touch" journal theme. Touch may come
     * from another person, a pet, a blanket or one's own hands. */
    N_("Noticing when touch, from others or from your own hands, feels grounding and calm."),
  },
};

/* Every prompt, grouped by theme in the order of themes[]. Ids are stable: entries store them,
 * so a prompt may be reworded but never renumbered; new prompts take the next number. */
static const TendPrompt prompts[] = {
  { "truth-01", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Invites one small, honest
     * sentence about today. Warm and plain. */
    N_("Write one true sentence about how you are today. It can be a small one.") },
  { "truth-02", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Invites remembering a recent
     * moment of feeling heard and what the other person did. */
    N_("When did you last feel heard, even for a moment? What did the other person do that "
       "helped?") },
  { "truth-03", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Offers the journal as a private
     * first place to put something into words. */
    N_("Is there something you would like someone close to you to understand about you? You can "
       "write it here first, just for yourself.") },
  { "truth-04", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Does not assume that opening
     * up has ever gone well: the second sentence is a way out for someone who has never had
     * that moment. Encouraging, never pushing. */
    N_("Has sharing a little of yourself ever gone better than you feared? If so, what made it "
       "possible; if not, or not yet, what would help it feel a little safer?") },
  { "truth-05", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). "Who or what" includes people,
     * pets and places that make honesty easier. */
    N_("Who or what makes it a little easier for you to be honest? What do you notice about "
       "them?") },
  { "truth-06", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Invites imagining one small,
     * concrete moment of being understood. */
    N_("What would being met with understanding look like for you, in one small moment?") },
  { "truth-07", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Explicitly does not ask what
     * was held back, only what would make speaking feel safer. */
    N_("Was there a moment lately when you held something back? Without going into what it was, "
       "what would have made it feel safer to speak?") },
  { "truth-08", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Invites noticing the inner
     * signals that say when it is okay to share more and when to wait. */
    N_("How do you know when it is okay to share more, and when to wait? What does your body "
       "tell you?") },
  { "truth-09", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). Invites writing down comforting
     * words one would like to hear. */
    N_("Which words help you feel understood when you open up? Write them down, as if someone "
       "were saying them to you.") },
  { "truth-10", "truth",
    /* Translators: a journal prompt (theme: sharing your truth). A small truth told to someone
     * else or to oneself counts. */
    N_("What is one small truth you told this week, to someone else or to yourself? How did it "
       "feel afterwards?") },

  { "pleasure-01", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Invites noticing one small
     * pleasant sensation; the examples are everyday and non-sexual. */
    N_("What is one small thing that felt good in your body today? A warm drink, a stretch, some "
       "sun: anything counts.") },
  { "pleasure-02", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Invites locating where in
     * the body ease is felt right now, even slightly. */
    N_("Where in your body do you feel most at ease right now, even a little? What is it like "
       "there?") },
  { "pleasure-03", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). About comforting textures,
     * sounds and smells. */
    N_("Which textures, sounds or smells bring you comfort? Which one would you like more of "
       "this week?") },
  { "pleasure-04", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Allows that comfort may feel
     * far away and offers "neutral" as a gentle first step. */
    N_("If comfort feels far away today, what is one thing that feels simply neutral, neither "
       "good nor bad?") },
  { "pleasure-05", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). About what helps the body
     * relax, even slightly, in the evening. */
    N_("What helps your body soften, even slightly, at the end of a day?") },
  { "pleasure-06", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Invites planning a short,
     * kind time of comfort for oneself. */
    N_("If you could plan ten minutes of comfort just for yourself, what would they hold?") },
  { "pleasure-07", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Does not assume the person
     * has ever felt at home in their body: "not yet" is welcomed as an answer. */
    N_("Has there been a moment, however brief, when your body felt a little more like your own? "
       "If not, or not yet, that is a real answer too: what might a first small step be?") },
  { "pleasure-08", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). About enjoyment that belongs
     * to the person, with their own pace and choices. A small or unclear answer is welcome. */
    N_("What would it mean for enjoyment in your body to be fully on your own terms? A small or "
       "unclear answer is welcome.") },
  { "pleasure-09", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). About movements or rest that
     * feel good. */
    N_("Which movements feel good to you: walking, stretching, dancing, resting? Which could you "
       "give yourself today?") },
  { "pleasure-10", "pleasure",
    /* Translators: a journal prompt (theme: comfort in your body). Invites noticing a small sign
     * of progress: good feelings becoming a bit safer. */
    N_("Have you noticed any small sign lately that good feelings are becoming a little safer "
       "for your body?") },

  { "attunement-01", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Asks about a moment of
     * staying present during a disagreement, not about the disagreement itself. */
    N_("Think of a recent disagreement, big or small. Was there a moment you stayed present, "
       "even briefly? What helped?") },
  { "attunement-02", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Invites noticing early
     * body signals of tension. */
    N_("What are the first signs in your body that a conversation is getting tense?") },
  { "attunement-03", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). About small ways of
     * coming back to oneself when tension rises. */
    N_("When tension rises, what helps you come back to yourself: a breath, a pause, a word, a "
       "step back?") },
  { "attunement-04", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). About feeling steady
     * after a hard moment; does not assume that reconnecting with the other person is good
     * (after abuse it may not be). */
    N_("After a rough moment with someone, what helped you feel steady again, whether or not you "
       "chose to reconnect with them?") },
  { "attunement-05", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Invites kind words to
     * oneself for the next tense conversation. */
    N_("What would you like to say to yourself the next time a conversation starts to feel too "
       "much?") },
  { "attunement-06", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Invites drafting a
     * phrase for asking to pause a conversation. */
    N_("Is there a phrase that could help you ask for a pause when you feel overwhelmed? Try "
       "writing a few versions.") },
  { "attunement-07", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Invites noticing a small
     * step: reacting with a bit more calm or kindness than expected. */
    N_("Did you notice a moment when you responded with a little more calm or kindness than you "
       "expected? What was different?") },
  { "attunement-08", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). About what one needs
     * from the other person to stay connected while disagreeing. */
    N_("What do you need from the other person during a disagreement so that you can stay "
       "connected?") },
  { "attunement-09", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Gently acknowledges
     * that some feelings are bigger than the moment, without asking where they come from. */
    N_("Sometimes a feeling is bigger than the moment it shows up in. When that happens, what "
       "helps you be gentle with yourself?") },
  { "attunement-10", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Invites imagining a
     * disagreement that feels safe enough. */
    N_("What does a disagreement look like when it feels safe enough? Describe one small part of "
       "it.") },
  { "attunement-11", "attunement",
    /* Translators: a journal prompt (theme: staying close in conflict). Says plainly that some
     * conflicts are not safe to stay in, and that leaving or asking for help is allowed. */
    N_("Not every conflict is safe to stay in. What tells you a disagreement has become unsafe, "
       "not just hard? Stepping away and asking for help are always allowed.") },

  { "boundaries-01", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Invites naming one need in a
     * single sentence. */
    N_("What is one thing you need more of this week? Try to put it into a single sentence.") },
  { "boundaries-02", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Invites finding one's own
     * words for saying no. Use the natural quotation marks of your language. */
    N_("Write a way of saying “no” or “not right now” that feels kind to you and clear to "
       "others.") },
  { "boundaries-03", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Invites noticing a limit
     * early, before going past it. */
    N_("When did you last notice a limit, in your body or your feelings, before you went past "
       "it? What told you?") },
  { "boundaries-04", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). About a boundary kept
     * recently, however small. */
    N_("Is there a boundary you kept recently, even a small one? How did it feel to honor it?") },
  { "boundaries-05", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Offers examples of words for
     * what feels safe; "closeness" is emotional or physical nearness. */
    N_("Which words would help you ask for what feels safe: slower, softer, more space, more "
       "closeness?") },
  { "boundaries-06", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). About noticing a yes that
     * part of you does not mean. Gentle, not blaming. */
    N_("How can you tell when you are saying yes while part of you means no? What might you say "
       "next time?") },
  { "boundaries-07", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). About people who respect
     * one's limits without asking for reasons. */
    N_("Who respects your limits without needing a long explanation? What is it like to be with "
       "them?") },
  { "boundaries-08", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Playful, gentle image of
     * one's needs speaking for themselves. */
    N_("If your needs could speak freely today, what would they ask for?") },
  { "boundaries-09", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Says that boundaries may
     * change while healing, opening or closing. */
    N_("Boundaries can change as you heal. Has one shifted for you lately, opening or closing a "
       "little?") },
  { "boundaries-10", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). About the right to change
     * one's mind at any moment; the second sentence is a reassurance. */
    N_("Write a sentence you could use to change your mind in the middle of something. You are "
       "always allowed to.") },
  { "boundaries-11", "boundaries",
    /* Translators: a journal prompt (theme: needs and boundaries). Makes room for not knowing
     * yet; use the natural quotation marks of your language. */
    N_("Is there a need or a limit you are not sure about yet? “I don’t know yet” is a whole "
       "answer. If you like, write down the little you do know.") },

  { "touch-01", "touch",
    /* Translators: a journal prompt (theme: safe touch). Explicitly allows "none" as an answer. */
    N_("What kind of touch feels safe to you today, if any? It is okay if the answer is none.") },
  { "touch-02", "touch",
    /* Translators: a journal prompt (theme: safe touch). Examples include one's own hand, a pet
     * and a blanket, not only other people. */
    N_("Think of a touch that helped you feel calm: your own hand on your chest, a pet, a "
       "blanket, a hug. What made it feel safe?") },
  { "touch-03", "touch",
    /* Translators: a journal prompt (theme: safe touch). About the inner signal that a touch is
     * welcome or not; deliberately does not ask about parts of the body. */
    N_("How do you know, in the moment, whether a touch is welcome to you or not? A feeling or a "
       "single word is enough.") },
  { "touch-04", "touch",
    /* Translators: a journal prompt (theme: safe touch). About conditions that help one stay
     * present with touch: predictability, being asked, being able to stop. */
    N_("When you are touched, what helps you stay present: knowing what comes next, being asked "
       "first, being able to stop?") },
  { "touch-05", "touch",
    /* Translators: a journal prompt (theme: safe touch). An optional, gentle self-touch
     * invitation; "if it feels right" keeps it a choice. */
    N_("If it feels right, rest a hand on your arm or over your heart for a few breaths. What do "
       "you notice?") },
  { "touch-06", "touch",
    /* Translators: a journal prompt (theme: safe touch). About what a trusted person could know
     * about how one likes, or does not like, to be touched. */
    N_("What would you like someone you trust to know about how you like to be touched, or not "
       "touched?") },
  { "touch-07", "touch",
    /* Translators: a journal prompt (theme: safe touch). Invites noticing a small step: touch
     * feeling a little easier than before. */
    N_("Was there a moment recently when touch felt a little easier than before? What was "
       "different?") },
  { "touch-08", "touch",
    /* Translators: a journal prompt (theme: safe touch). About calming objects to hold. */
    N_("Which textures or objects are calming to hold? Could you keep one close this week?") },
  { "touch-09", "touch",
    /* Translators: a journal prompt (theme: safe touch). Invites drafting words to ask for the
     * touch one wants or to decline the touch one does not want. */
    N_("How could you ask for the touch you want, or say no to the touch you don’t? Write the "
       "words down.") },
  { "touch-10", "touch",
    /* Translators: a journal prompt (theme: safe touch). About settling again after touch felt
     * like too much; asks what helps, not what happened. */
    N_("After a moment when touch felt like too much, what helps you feel settled again?") },
};

/**
 * tend_prompts_get_themes:
 * @n_themes: (out): where to store the number of themes
 *
 * Returns: the themes, in the order the app shows them.
 */
const TendTheme *
tend_prompts_get_themes (gsize *n_themes)
{
  g_return_val_if_fail (n_themes != NULL, NULL);

  *n_themes = G_N_ELEMENTS (themes);
  return themes;
}

static gssize
theme_index (const char *theme_id)
{
  for (gsize i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      if (g_str_equal (themes[i].id, theme_id))
        return i;
    }

  return -1;
}

/**
 * tend_prompts_lookup_theme:
 * @theme_id: a theme id such as "touch"
 *
 * Returns: (nullable): the theme, or %NULL when no theme has that id (a journal written by a
 *   newer Tend, for instance).
 */
const TendTheme *
tend_prompts_lookup_theme (const char *theme_id)
{
  gssize i;

  g_return_val_if_fail (theme_id != NULL, NULL);

  i = theme_index (theme_id);
  return i < 0 ? NULL : &themes[i];
}

/**
 * tend_prompts_get_prompts:
 * @n_prompts: (out): where to store the number of prompts
 *
 * Returns: every prompt, grouped by theme in the order of tend_prompts_get_themes().
 */
const TendPrompt *
tend_prompts_get_prompts (gsize *n_prompts)
{
  g_return_val_if_fail (n_prompts != NULL, NULL);

  *n_prompts = G_N_ELEMENTS (prompts);
  return prompts;
}

/**
 * tend_prompts_get_theme_prompts:
 * @theme_id: a theme id
 * @n_prompts: (out): where to store the number of prompts of the theme
 *
 * Returns: (nullable): the prompts of the theme, or %NULL (and 0) for an unknown theme.
 */
const TendPrompt *
tend_prompts_get_theme_prompts (const char *theme_id,
                                gsize      *n_prompts)
{
  gsize first = 0;
  gsize n = 0;

  g_return_val_if_fail (theme_id != NULL, NULL);
  g_return_val_if_fail (n_prompts != NULL, NULL);

  /* The table is grouped by theme, so a theme's prompts are one run of it. */
  while (first < G_N_ELEMENTS (prompts) && !g_str_equal (prompts[first].theme_id, theme_id))
    first++;
  while (first + n < G_N_ELEMENTS (prompts) && g_str_equal (prompts[first + n].theme_id, theme_id))
    n++;

  *n_prompts = n;
  return n > 0 ? &prompts[first] : NULL;
}

static gssize
prompt_index (const char *prompt_id)
{
  for (gsize i = 0; i < G_N_ELEMENTS (prompts); i++)
    {
      if (g_str_equal (prompts[i].id, prompt_id))
        return i;
    }

  return -1;
}

/**
 * tend_prompts_lookup:
 * @prompt_id: a prompt id such as "boundaries-03"
 *
 * Returns: (nullable): the prompt, or %NULL when no prompt has that id.
 */
const TendPrompt *
tend_prompts_lookup (const char *prompt_id)
{
  gssize i;

  g_return_val_if_fail (prompt_id != NULL, NULL);

  i = prompt_index (prompt_id);
  return i < 0 ? NULL : &prompts[i];
}

/**
 * tend_theme_get_title:
 * @theme: a theme of the catalog
 *
 * Returns: the theme's title in the user's language.
 */
const char *
tend_theme_get_title (const TendTheme *theme)
{
  g_return_val_if_fail (theme != NULL, NULL);

  return _(theme->title);
}

/**
 * tend_theme_get_description:
 * @theme: a theme of the catalog
 *
 * Returns: the theme's one-line description in the user's language.
 */
const char *
tend_theme_get_description (const TendTheme *theme)
{
  g_return_val_if_fail (theme != NULL, NULL);

  return _(theme->description);
}

/**
 * tend_prompt_get_text:
 * @prompt: a prompt of the catalog
 *
 * Returns: the prompt in the user's language.
 */
const char *
tend_prompt_get_text (const TendPrompt *prompt)
{
  g_return_val_if_fail (prompt != NULL, NULL);

  return _(prompt->text);
}

/**
 * tend_prompt_get_theme:
 * @prompt: a prompt of the catalog
 *
 * Returns: the theme the prompt belongs to.
 */
const TendTheme *
tend_prompt_get_theme (const TendPrompt *prompt)
{
  g_return_val_if_fail (prompt != NULL, NULL);

  return tend_prompts_lookup_theme (prompt->theme_id);
}

/* Reads a strict "YYYY-MM-DD" into a Julian day number (1 is 0001-01-01). */
static gboolean
parse_day (const char *day,
           guint32    *julian)
{
  static const guint8 digits[] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  guint year, month, mday;
  GDate date;

  if (day == NULL || strlen (day) != 10 || day[4] != '-' || day[7] != '-')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    {
      if (!g_ascii_isdigit (day[digits[i]]))
        return FALSE;
    }

  year = (day[0] - '0') * 1000 + (day[1] - '0') * 100 + (day[2] - '0') * 10 + (day[3] - '0');
  month = (day[5] - '0') * 10 + (day[6] - '0');
  mday = (day[8] - '0') * 10 + (day[9] - '0');

  if (!g_date_valid_dmy (mday, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  *julian = g_date_get_julian (&date);

  return TRUE;
}

/* A well-mixed 32-bit hash (the finalizer of "lowbias32"), so neighbouring days and ids give
 * unrelated orders. Written out rather than g_str_hash() so the order is the same everywhere. */
static guint32
mix (guint32 h)
{
  h ^= h >> 16;
  h *= 0x7feb352dU;
  h ^= h >> 15;
  h *= 0x846ca68bU;
  h ^= h >> 16;

  return h;
}

static guint32
shuffle_key (guint32     julian,
             const char *prompt_id)
{
  guint32 h = 2166136261U;   /* FNV-1a */

  for (const char *c = prompt_id; *c != '\0'; c++)
    {
      h ^= (guchar) *c;
      h *= 16777619U;
    }

  return mix (h ^ mix (julian));
}

typedef struct {
  const TendPrompt *prompt;
  guint32           last_used;     /* Julian day of the latest use in the no-repeat window, or 0 */
  guint             theme_count;   /* entries of the prompt's theme in the balance window */
  guint32           shuffle;       /* the day's own order among equals */
} Candidate;

/* The order of a day's candidates: first the prompts not used lately, from the least-written
 * themes on; then, only when those run out, the used ones, least recently used first. */
static int
compare_candidates (const void *a,
                    const void *b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  gboolean used_a = ca->last_used != 0;
  gboolean used_b = cb->last_used != 0;

  if (used_a != used_b)
    return used_a ? 1 : -1;

  if (used_a && ca->last_used != cb->last_used)
    return ca->last_used < cb->last_used ? -1 : 1;

  if (!used_a && ca->theme_count != cb->theme_count)
    return ca->theme_count < cb->theme_count ? -1 : 1;

  if (ca->shuffle != cb->shuffle)
    return ca->shuffle < cb->shuffle ? -1 : 1;

  return strcmp (ca->prompt->id, cb->prompt->id);
}

/**
 * tend_prompts_choose:
 * @day: the local day the prompt is for, "YYYY-MM-DD"
 * @history: (array length=n_history) (nullable): what entries recorded, in any order
 * @n_history: the number of records in @history
 * @theme_id: (nullable): only choose from this theme; %NULL for any theme
 * @skip: 0 for the day's prompt, 1, 2, … each time the person asks for another one
 *
 * Chooses the prompt to offer on @day. It is a pure function of its arguments: no clock, no
 * random numbers, so the same inputs give the same prompt all day, and it can be tested over
 * simulated months without a store.
 *
 * Only entries written before @day count. Entries written on @day itself (and any dated later,
 * from a clock that was wrong once) are ignored, so writing today never changes today's prompt
 * under the person's eyes.
 *
 * Among the allowed prompts (those of @theme_id, or all), the candidates are ordered so that:
 *
 * - a prompt used in the %TEND_PROMPTS_NO_REPEAT_DAYS days before @day comes after every prompt
 *   that was not; when all were used, the least recently used comes first;
 * - among prompts not used lately, those of the themes with the fewest entries in the
 *   %TEND_PROMPTS_BALANCE_DAYS days before @day come first;
 * - ties are broken by an order derived from @day, so the prompt changes from day to day.
 *
 * The day's prompt is the first candidate and @skip walks down the list, so "another prompt"
 * never repeats an earlier one of the same day until all allowed prompts were offered; then it
 * starts again from the top.
 *
 * Returns: the prompt, or %NULL if @day is not a valid date or @theme_id is unknown.
 */
const TendPrompt *
tend_prompts_choose (const char          *day,
                     const TendPromptUse *history,
                     gsize                n_history,
                     const char          *theme_id,
                     guint                skip)
{
  Candidate candidates[G_N_ELEMENTS (prompts)];
  guint theme_counts[G_N_ELEMENTS (themes)] = { 0, };
  guint32 last_used[G_N_ELEMENTS (prompts)] = { 0, };
  guint32 today = 0;
  gboolean valid_day;
  gsize n = 0;

  /* Parsed outside g_return_val_if_fail(), which G_DISABLE_CHECKS would compile away. */
  valid_day = parse_day (day, &today);
  g_return_val_if_fail (valid_day, NULL);
  g_return_val_if_fail (history != NULL || n_history == 0, NULL);
  g_return_val_if_fail (theme_id == NULL || theme_index (theme_id) >= 0, NULL);

  for (gsize i = 0; i < n_history; i++)
    {
      const TendPromptUse *use = &history[i];
      gssize prompt = -1;
      gssize theme = -1;
      guint32 julian;
      guint32 age;

      /* Records come from files people own; a malformed or unknown one is simply not counted. */
      if (!parse_day (use->day, &julian) || julian >= today)
        continue;

      age = today - julian;
      if (age > TEND_PROMPTS_BALANCE_DAYS)
        continue;

      if (use->prompt_id != NULL)
        prompt = prompt_index (use->prompt_id);

      /* An entry counts for the theme it recorded, or else for the theme of its prompt. */
      if (use->theme_id != NULL)
        theme = theme_index (use->theme_id);
      if (theme < 0 && prompt >= 0)
        theme = theme_index (prompts[prompt].theme_id);

      if (theme >= 0)
        theme_counts[theme]++;

      if (prompt >= 0 && age <= TEND_PROMPTS_NO_REPEAT_DAYS)
        last_used[prompt] = MAX (last_used[prompt], julian);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (prompts); i++)
    {
      if (theme_id != NULL && !g_str_equal (prompts[i].theme_id, theme_id))
        continue;

      candidates[n].prompt = &prompts[i];
      candidates[n].last_used = last_used[i];
      candidates[n].theme_count = theme_counts[theme_index (prompts[i].theme_id)];
      candidates[n].shuffle = shuffle_key (today, prompts[i].id);
      n++;
    }

  g_assert (n > 0);
  qsort (candidates, n, sizeof (Candidate), compare_candidates);

  return candidates[skip % n].prompt;
}
