/* test-exercises.c — the grounding catalog, the breathing pacer and "most helpful first".
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "tend-exercises.h"

#define S(seconds) ((gint64) ((seconds) * (double) G_USEC_PER_SEC))

static const char * const required_ids[] = {
  "senses-54321", "box-breathing", "longer-exhale", "butterfly-hug", "orienting",
  "feet-on-floor", "calm-place", "temperature-texture", "body-scan",
  /* For shutting down, not only for flooding (issue 15). */
  "here-and-now", "push-wall", "name-and-move",
};

static const char * const languages[] = { "de", "es", "fr" };

/* Calls @func on every string an exercise shows, with a name for failure messages. */
static void
foreach_string (const TendExercise *exercise,
                void (*func) (const TendExercise *, const char *, const char *))
{
  func (exercise, "title", exercise->title);
  func (exercise, "purpose", exercise->purpose);
  func (exercise, "gentle_way", exercise->gentle_way);
  func (exercise, "if_worse", exercise->if_worse);
  if (exercise->card_note != NULL)
    func (exercise, "card_note", exercise->card_note);
  if (exercise->breath_care != NULL)
    func (exercise, "breath_care", exercise->breath_care);

  for (guint i = 0; i < exercise->n_steps; i++)
    {
      func (exercise, "step", exercise->steps[i].text);
      if (exercise->steps[i].instead != NULL)
        func (exercise, "instead", exercise->steps[i].instead);
    }
}

static gboolean
has_breathing_step (const TendExercise *exercise)
{
  for (guint i = 0; i < exercise->n_steps; i++)
    {
      if (exercise->steps[i].breath != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_held_breath (const TendExercise *exercise)
{
  for (guint i = 0; i < exercise->n_steps; i++)
    {
      if (exercise->steps[i].breath != NULL &&
          tend_breath_pattern_has_holds (exercise->steps[i].breath))
        return TRUE;
    }

  return FALSE;
}

/* Whether @text has @word as a whole word, ignoring case. */
static gboolean
has_word (const char *text,
          const char *word)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  gsize len = strlen (word);

  for (const char *p = strstr (lower, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean starts = p == lower || !g_ascii_isalpha (p[-1]);
      gboolean ends = !g_ascii_isalpha (p[len]);

      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

static void
test_catalog_ids (void)
{
  guint n = tend_exercises_get_n_items ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 12);
  g_assert_null (tend_exercises_get_item (n));
  g_assert_null (tend_exercises_lookup ("no-such-exercise"));

  for (guint i = 0; i < n; i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      g_assert_nonnull (exercise);
      g_assert_nonnull (exercise->id);
      /* Stable ids are stored in the journal: lower case, digits and dashes only. */
      for (const char *c = exercise->id; *c != '\0'; c++)
        g_assert_true (g_ascii_islower (*c) || g_ascii_isdigit (*c) || *c == '-');
      g_assert_true (g_hash_table_add (seen, (gpointer) exercise->id));
      g_assert_true (tend_exercises_lookup (exercise->id) == exercise);
    }

  for (guint i = 0; i < G_N_ELEMENTS (required_ids); i++)
    {
      if (!g_hash_table_contains (seen, required_ids[i]))
        g_error ("the catalog has no “%s”", required_ids[i]);
    }
}

static void
check_non_empty (const TendExercise *exercise,
                 const char         *field,
                 const char         *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (*stripped == '\0')
    g_error ("%s: %s is empty", exercise->id, field);
}

/* Words that push, blame or over-breathe. "deep" catches "deep breath" and "deeply". */
static void
check_no_pressure (const TendExercise *exercise,
                   const char         *field,
                   const char         *text)
{
  static const char * const words[] = {
    "deep", "deeply", "deeper", "fail", "failed", "failure", "should", "must", "wrong",
    "quit", "harder", "properly", "correctly",
  };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (has_word (text, words[i]))
        g_error ("%s: %s says “%s”: %s", exercise->id, field, words[i], text);
    }

  if (strstr (lower, "give up") != NULL)
    g_error ("%s: %s says “give up”: %s", exercise->id, field, text);
}

static void
test_catalog_strings (void)
{
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      const TendExercise *other;

      foreach_string (exercise, check_non_empty);
      foreach_string (exercise, check_no_pressure);

      /* Every exercise offers a way through with eyes open. */
      if (strstr (exercise->gentle_way, "eyes open") == NULL)
        g_error ("%s: the gentle way does not mention eyes open", exercise->id);

      /* "If this feels worse" points at another exercise that exists. */
      g_assert_true (g_str_has_prefix (exercise->if_worse, "If this feels worse, "));
      g_assert_nonnull (exercise->try_instead);
      other = tend_exercises_lookup (exercise->try_instead);
      g_assert_nonnull (other);
      g_assert_true (other != exercise);
    }
}

static void
test_catalog_steps (void)
{
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      guint approx = tend_exercise_get_approx_seconds (exercise);

      g_assert_cmpuint (exercise->n_steps, >=, 3);
      g_assert_nonnull (exercise->steps);

      for (guint j = 0; j < exercise->n_steps; j++)
        {
          const TendStep *step = &exercise->steps[j];

          g_assert_true (step->advance == TEND_STEP_BY_PERSON || step->advance == TEND_STEP_TIMED);
          g_assert_cmpuint (tend_step_get_seconds (step, 1.0), >, 0);

          if (step->breath != NULL)
            {
              /* The pacer moves on by itself, after its cycles. */
              g_assert_true (tend_breath_pattern_is_valid (step->breath));
              g_assert_cmpint (step->advance, ==, TEND_STEP_TIMED);
              g_assert_cmpuint (step->seconds, ==, 0);
              g_assert_cmpuint (step->taps_per_minute, ==, 0);
            }
          else
            {
              g_assert_cmpuint (step->seconds, >, 0);
              g_assert_cmpuint (step->seconds, <=, 120);
            }

          if (step->taps_per_minute != 0)
            {
              /* A steady, unhurried tempo. */
              g_assert_cmpuint (step->taps_per_minute, >=, 30);
              g_assert_cmpuint (step->taps_per_minute, <=, 90);
              g_assert_cmpint (step->advance, ==, TEND_STEP_TIMED);
            }
        }

      /* Short enough for the worst moment, long enough to settle. */
      g_assert_cmpuint (approx, >=, 45);
      g_assert_cmpuint (approx, <=, 300);
    }
}

/* Translations: a small reader of po/LANG.po, enough for the catalog's messages. */

static void
string_free (GString *string)
{
  g_string_free (string, TRUE);
}

static char *
po_unquote (const char *line)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  g_assert_nonnull (start);
  g_assert_true (end > start);
  inner = g_strndup (start + 1, end - start - 1);
  return g_strcompress (inner);
}

/* Returns every translated, non-fuzzy message without a context, msgid to msgstr. */
static GHashTable *
read_po (const char *lang)
{
  g_autofree char *name = g_strconcat (lang, ".po", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) msgid = NULL;
  g_autoptr(GString) msgstr = NULL;
  GString *current = NULL;
  gboolean fuzzy = FALSE, context = FALSE, plural = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      gboolean blank = line == NULL || *line == '\0';

      if (blank || (g_str_has_prefix (line, "#") && current == msgstr && msgstr != NULL))
        {
          if (msgid != NULL && msgstr != NULL && !fuzzy && !context && !plural &&
              msgid->len > 0 && msgstr->len > 0)
            g_hash_table_replace (messages, g_strdup (msgid->str), g_strdup (msgstr->str));
          g_clear_pointer (&msgid, string_free);
          g_clear_pointer (&msgstr, string_free);
          current = NULL;
          fuzzy = context = plural = FALSE;
          if (line == NULL)
            break;
          if (blank)
            continue;
        }

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      else if (g_str_has_prefix (line, "#"))
        continue;
      else if (g_str_has_prefix (line, "msgctxt "))
        context = TRUE, current = NULL;
      else if (g_str_has_prefix (line, "msgid_plural "))
        plural = TRUE, current = NULL;
      else if (g_str_has_prefix (line, "msgid "))
        {
          g_autofree char *text = po_unquote (line);

          msgid = g_string_new (text);
          current = msgid;
        }
      else if (g_str_has_prefix (line, "msgstr "))
        {
          g_autofree char *text = po_unquote (line);

          msgstr = g_string_new (text);
          current = msgstr;
        }
      else if (g_str_has_prefix (line, "msgstr["))
        plural = TRUE, current = NULL;
      else if (line[0] == '"' && current != NULL)
        {
          g_autofree char *text = po_unquote (line);

          g_string_append (current, text);
        }
    }

  return messages;
}

static GHashTable *translations;  /* language of the test now running, msgid to msgstr */
static const char *translating;

static void
check_translated (const TendExercise *exercise,
                  const char         *field,
                  const char         *text)
{
  const char *translated = g_hash_table_lookup (translations, text);

  if (translated == NULL || *translated == '\0')
    g_error ("%s: %s is not translated into %s: %s", exercise->id, field, translating, text);
}

/* Every exercise, old and new, has its gentle way and its "if this feels worse" line, and
 * every other word it shows, in every language Tend speaks. */
static void
test_catalog_translated (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GHashTable) messages = read_po (languages[l]);

      g_assert_cmpuint (g_hash_table_size (messages), >, 100);
      translations = messages;
      translating = languages[l];

      for (guint i = 0; i < tend_exercises_get_n_items (); i++)
        {
          const TendExercise *exercise = tend_exercises_get_item (i);
          const char *gentle = g_hash_table_lookup (messages, exercise->gentle_way);
          const char *worse = g_hash_table_lookup (messages, exercise->if_worse);

          if (gentle == NULL || worse == NULL)
            g_error ("%s: no gentle way or no “if this feels worse” line in %s",
                     exercise->id, languages[l]);
          g_assert_cmpstr (gentle, !=, "");
          g_assert_cmpstr (worse, !=, "");
          /* Not left in English by mistake. */
          g_assert_cmpstr (gentle, !=, exercise->gentle_way);
          g_assert_cmpstr (worse, !=, exercise->if_worse);

          foreach_string (exercise, check_translated);
        }

      translations = NULL;
      translating = NULL;
    }
}

/* Words that make a step rely on sight. "eyes can stay open" and "eyes open" only allow it. */
static gboolean
relies_on_sight (const TendStep *step)
{
  static const char * const words[] = {
    "look", "looking", "see", "seeing", "eyes", "colour", "colours",
  };
  g_autofree char *lower = g_ascii_strdown (step->text, -1);
  g_autoptr(GString) text = g_string_new (lower);

  /* The breathing pacer is a shape to watch. */
  if (step->breath != NULL)
    return TRUE;

  g_string_replace (text, "eyes can stay open", "", 0);
  g_string_replace (text, "eyes open", "", 0);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (has_word (text->str, words[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_non_visual (const char *text)
{
  static const char * const words[] = {
    "listen", "hear", "sound", "sounds", "touch", "touching", "hold", "feel", "hand", "hands",
    "count", "press",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (has_word (text, words[i]))
        return TRUE;
    }

  return FALSE;
}

/* A step that relies on sight offers a way by sound or touch, as its "instead" line; the
 * translations carry it too (test_catalog_translated reads every "instead"). */
static void
test_catalog_non_visual (void)
{
  guint n_sight = 0;

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      for (guint j = 0; j < exercise->n_steps; j++)
        {
          const TendStep *step = &exercise->steps[j];

          if (!relies_on_sight (step))
            continue;

          n_sight++;
          if (step->instead == NULL || !is_non_visual (step->instead))
            g_error ("%s, step %u relies on sight with no way by sound or touch: %s",
                     exercise->id, j + 1, step->text);
          if (relies_on_sight (&(TendStep) { .text = step->instead }) &&
              !is_non_visual (step->instead))
            g_error ("%s, step %u: its other way needs sight too", exercise->id, j + 1);
        }
    }

  /* The senses, both breathing pacers and orienting to the room are among them. */
  g_assert_cmpuint (n_sight, >=, 8);
}

static char *
fitting_ids (TendExerciseFits fits)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      if (tend_exercise_fits (exercise, fits))
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", exercise->id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* "Too much" (racing, flooded) and "too little" (numb, far away): every exercise fits one or
 * both; breathing slower and imagining a calm place are for too much, never for shutting down;
 * the three exercises for shutting down are for too little. */
static void
test_catalog_fits (void)
{
  g_autofree char *too_much = fitting_ids (TEND_FITS_TOO_MUCH);
  g_autofree char *too_little = fitting_ids (TEND_FITS_TOO_LITTLE);

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      g_assert_cmpuint (exercise->fits, !=, 0);
      g_assert_cmpuint (exercise->fits & ~(TEND_FITS_TOO_MUCH | TEND_FITS_TOO_LITTLE), ==, 0);
      if (exercise->flags & TEND_EXERCISE_BREATHING)
        g_assert_false (tend_exercise_fits (exercise, TEND_FITS_TOO_LITTLE));
    }

  g_assert_cmpstr (too_much, ==,
                   "senses-54321 box-breathing longer-exhale butterfly-hug feet-on-floor "
                   "calm-place body-scan");
  g_assert_cmpstr (too_little, ==,
                   "senses-54321 orienting feet-on-floor temperature-texture here-and-now "
                   "push-wall name-and-move");

  /* The new ones say what they are for in plain words: no "dissociation", no "hypo-". */
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      g_autofree char *lower = g_ascii_strdown (exercise->purpose, -1);

      g_assert_null (strstr (lower, "dissociat"));
      g_assert_null (strstr (lower, "arousal"));
      g_assert_null (strstr (lower, "hypo"));
      g_assert_null (strstr (lower, "hyper"));
    }
}

/* The step that asks what day it is shows today's weekday and date under its words; no other
 * step changes. */
static void
test_step_today (void)
{
  const TendExercise *here = tend_exercises_lookup ("here-and-now");
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2026, 12, 7, 10, 0, 0);
  g_autofree char *expected = NULL;
  guint n_today = 0;

  g_assert_nonnull (here);
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      for (guint j = 0; j < exercise->n_steps; j++)
        {
          const TendStep *step = &exercise->steps[j];
          g_autofree char *text = tend_step_dup_text (step, monday);

          if (!step->shows_today)
            {
              g_assert_cmpstr (text, ==, step->text);
              continue;
            }

          n_today++;
          g_assert_true (exercise == here);
          expected = g_strdup_printf ("%s\nToday is Monday, 7 December 2026.", step->text);
          g_assert_cmpstr (text, ==, expected);
          g_clear_pointer (&expected, g_free);
        }
    }

  g_assert_cmpuint (n_today, ==, 1);
}

/* Here and now asks for age, day and place; pushing offers a way sitting down; every new one
 * points, if it feels worse, to something of another kind. */
static void
test_catalog_shutting_down (void)
{
  const TendExercise *here = tend_exercises_lookup ("here-and-now");
  const TendExercise *push = tend_exercises_lookup ("push-wall");
  const TendExercise *move = tend_exercises_lookup ("name-and-move");
  g_autoptr(GString) here_text = g_string_new (NULL);

  for (guint i = 0; i < here->n_steps; i++)
    g_string_append_printf (here_text, " %s", here->steps[i].text);
  g_assert_nonnull (strstr (here_text->str, "“I am … years old.”"));
  g_assert_nonnull (strstr (here_text->str, "“Today is …”"));
  g_assert_nonnull (strstr (here_text->str, "“I am in …”"));

  g_assert_nonnull (push->steps[0].instead);
  g_assert_nonnull (strstr (push->steps[0].instead, "sitting"));
  g_assert_nonnull (strstr (push->gentle_way, "sitting"));

  g_assert_cmpstr (here->try_instead, ==, "push-wall");
  g_assert_cmpstr (push->try_instead, ==, "name-and-move");
  g_assert_cmpstr (move->try_instead, ==, "temperature-texture");
}

static void
test_catalog_breathing (void)
{
  const TendExercise *fallback = tend_exercises_get_default ();
  const TendExercise *box = tend_exercises_lookup ("box-breathing");
  guint n_breathing = 0;

  g_assert_cmpstr (fallback->id, ==, "longer-exhale");
  g_assert_true (fallback->flags & TEND_EXERCISE_BREATHING);
  g_assert_false (fallback->flags & TEND_EXERCISE_BREATH_HOLD);
  g_assert_false (has_held_breath (fallback));

  g_assert_true (box->flags & TEND_EXERCISE_BREATH_HOLD);
  g_assert_true (has_held_breath (box));

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      gboolean breathing = (exercise->flags & TEND_EXERCISE_BREATHING) != 0;
      gboolean holds = (exercise->flags & TEND_EXERCISE_BREATH_HOLD) != 0;

      /* The flags say what the steps do. */
      g_assert_cmpint (breathing, ==, has_breathing_step (exercise));
      g_assert_cmpint (holds, ==, has_held_breath (exercise));

      if (breathing)
        {
          n_breathing++;
          g_assert_nonnull (exercise->breath_care);
          g_assert_true (has_word (exercise->breath_care, "gently"));
          g_assert_nonnull (strstr (exercise->breath_care, "If you feel dizzy, go back to your normal breathing."));
        }
      else
        {
          g_assert_null (exercise->breath_care);
        }

      /* Breath holds are said on the card before starting. */
      if (holds)
        {
          g_assert_nonnull (exercise->card_note);
          g_assert_true (has_word (exercise->card_note, "holds"));
        }
    }

  g_assert_cmpuint (n_breathing, >=, 2);
}

static const TendStep *
find_step (const TendExercise *exercise,
           gboolean (*predicate) (const TendStep *))
{
  for (guint i = 0; i < exercise->n_steps; i++)
    {
      if (predicate (&exercise->steps[i]))
        return &exercise->steps[i];
    }

  return NULL;
}

static gboolean
is_tapping (const TendStep *step)
{
  return step->taps_per_minute > 0;
}

static gboolean
turns_inward_without_instead (const TendStep *step)
{
  return step->advance == TEND_STEP_TIMED && step->instead == NULL;
}

static void
check_gentle_temperature (const TendExercise *exercise,
                          const char         *field,
                          const char         *text)
{
  static const char * const words[] = {
    "cold", "ice", "icy", "freezing", "immerse", "plunge", "splash", "dive", "breath", "hot",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (has_word (text, words[i]))
        g_error ("%s: %s says “%s”: %s", exercise->id, field, words[i], text);
    }
}

static void
test_catalog_care (void)
{
  const TendExercise *butterfly = tend_exercises_lookup ("butterfly-hug");
  const TendExercise *calm = tend_exercises_lookup ("calm-place");
  const TendExercise *temperature = tend_exercises_lookup ("temperature-texture");
  const TendExercise *body_scan = tend_exercises_lookup ("body-scan");
  const TendStep *taps = find_step (butterfly, is_tapping);
  g_autoptr(GString) calm_text = g_string_new (calm->gentle_way);

  /* The butterfly hug taps left and right at a tempo, and can be done without touching the chest. */
  g_assert_nonnull (taps);
  g_assert_cmpuint (taps->seconds, >, 0);
  g_assert_nonnull (butterfly->steps[0].instead);

  /* Temperature stays gentle: no cold water, no ice, no breath holding. */
  g_assert_false (has_breathing_step (temperature));
  foreach_string (temperature, check_gentle_temperature);

  /* The calm place is imagined, has no one else in it, need not be home or bed, and it is
   * fine when none feels calm today. */
  for (guint i = 0; i < calm->n_steps; i++)
    {
      g_string_append_printf (calm_text, " %s", calm->steps[i].text);
      if (calm->steps[i].instead != NULL)
        g_string_append_printf (calm_text, " %s", calm->steps[i].instead);
    }
  g_assert_nonnull (strstr (calm_text->str, "Imagine"));
  g_assert_nonnull (strstr (calm_text->str, "Nobody else"));
  g_assert_nonnull (strstr (calm_text->str, "does not have to be home or bed"));
  g_assert_nonnull (strstr (calm_text->str, "If no place feels calm today"));

  /* Every timed step of the body scan offers an anchor outside the body. */
  g_assert_null (find_step (body_scan, turns_inward_without_instead));
  g_assert_nonnull (strstr (body_scan->gentle_way, "skip"));
}

typedef struct {
  const char      *name;
  double           pace;
  gint64           elapsed_us;
  TendBreathPhase  phase;
  double           progress;
  double           size;
  double           seconds_left;
  guint            cycle;
  gboolean         done;
} PacerCase;

static const TendBreathPattern box2 = { 4, 4, 4, 4, 2 };
static const TendBreathPattern exhale2 = { 4, 0, 6, 0, 2 };

static void
check_pacer (const TendBreathPattern *pattern,
             const PacerCase         *cases,
             gsize                    n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const PacerCase *c = &cases[i];
      TendBreathState state;

      g_test_message ("case %s", c->name);
      tend_breath_phase_at (pattern, c->pace, c->elapsed_us, &state);

      g_assert_cmpint (state.phase, ==, c->phase);
      g_assert_cmpfloat_with_epsilon (state.progress, c->progress, 1e-6);
      g_assert_cmpfloat_with_epsilon (state.size, c->size, 1e-6);
      g_assert_cmpfloat_with_epsilon (state.seconds_left, c->seconds_left, 1e-6);
      g_assert_cmpuint (state.cycle, ==, c->cycle);
      g_assert_cmpint (state.done, ==, c->done);
      g_assert_cmpfloat (state.size, >=, 0);
      g_assert_cmpfloat (state.size, <=, 1);
    }
}

static void
test_pacer_box (void)
{
  /* The shape eases: a quarter of the way in it has grown to 0.15625, half way to 0.5. */
  static const PacerCase cases[] = {
    { "start",               1.0, S (0),     TEND_BREATH_IN,       0,     0,       4,        1, FALSE },
    { "before the start",    1.0, S (-3),    TEND_BREATH_IN,       0,     0,       4,        1, FALSE },
    { "quarter in",          1.0, S (1),     TEND_BREATH_IN,       0.25,  0.15625, 3,        1, FALSE },
    { "half in",             1.0, S (2),     TEND_BREATH_IN,       0.5,   0.5,     2,        1, FALSE },
    { "hold starts full",    1.0, S (4),     TEND_BREATH_HOLD_IN,  0,     1,       4,        1, FALSE },
    { "hold stays full",     1.0, S (6),     TEND_BREATH_HOLD_IN,  0.5,   1,       2,        1, FALSE },
    { "out starts full",     1.0, S (8),     TEND_BREATH_OUT,      0,     1,       4,        1, FALSE },
    { "half out",            1.0, S (10),    TEND_BREATH_OUT,      0.5,   0.5,     2,        1, FALSE },
    { "three quarters out",  1.0, S (11),    TEND_BREATH_OUT,      0.75,  0.15625, 1,        1, FALSE },
    { "hold empty",          1.0, S (12),    TEND_BREATH_HOLD_OUT, 0,     0,       4,        1, FALSE },
    { "end of hold empty",   1.0, S (15.5),  TEND_BREATH_HOLD_OUT, 0.875, 0,       0.5,      1, FALSE },
    { "second cycle",        1.0, S (16),    TEND_BREATH_IN,       0,     0,       4,        2, FALSE },
    { "second cycle out",    1.0, S (26),    TEND_BREATH_OUT,      0.5,   0.5,     2,        2, FALSE },
    { "last microsecond",    1.0, S (32) - 1, TEND_BREATH_HOLD_OUT, 1 - 0.25e-6, 0,  1e-6,     2, FALSE },
    { "done",                1.0, S (32),    TEND_BREATH_HOLD_OUT, 1,     0,       0,        2, TRUE },
    { "long after",          1.0, S (3600),  TEND_BREATH_HOLD_OUT, 1,     0,       0,        2, TRUE },
    /* Four fours are already 16 s a round: slower is not allowed to stretch them, so twice
     * as slow breathes as written and the holds stay at 4 s. */
    { "slower, as written",  2.0, S (4),     TEND_BREATH_HOLD_IN,  0,     1,       4,        1, FALSE },
    { "slower, hold 4 s",    2.0, S (6),     TEND_BREATH_HOLD_IN,  0.5,   1,       2,        1, FALSE },
    { "slower, second cycle", 2.0, S (16),   TEND_BREATH_IN,       0,     0,       4,        2, FALSE },
    { "slower, done",        2.0, S (32),    TEND_BREATH_HOLD_OUT, 1,     0,       0,        2, TRUE },
    /* Faster than written. */
    { "faster, hold",        0.5, S (2),     TEND_BREATH_HOLD_IN,  0,     1,       2,        1, FALSE },
    { "faster, done",        0.5, S (16),    TEND_BREATH_HOLD_OUT, 1,     0,       0,        2, TRUE },
  };

  check_pacer (&box2, cases, G_N_ELEMENTS (cases));
}

static void
test_pacer_no_holds (void)
{
  /* Holds of zero seconds never show: in goes straight to out, out straight to in. */
  static const PacerCase cases[] = {
    { "start",           1.0, S (0),   TEND_BREATH_IN,  0,    0,   4, 1, FALSE },
    { "out at the top",  1.0, S (4),   TEND_BREATH_OUT, 0,    1,   6, 1, FALSE },
    { "half out",        1.0, S (7),   TEND_BREATH_OUT, 0.5,  0.5, 3, 1, FALSE },
    { "in again",        1.0, S (10),  TEND_BREATH_IN,  0,    0,   4, 2, FALSE },
    { "done",            1.0, S (20),  TEND_BREATH_OUT, 1,    0,   0, 2, TRUE },
    { "slower, out",     1.5, S (6),   TEND_BREATH_OUT, 0,    1,   9, 1, FALSE },
    { "slower, not done", 1.5, S (29), TEND_BREATH_OUT, 1 - 1.0 / 9, 1 - 704.0 / 729, 1, 2, FALSE },
    { "slower, done",    1.5, S (30),  TEND_BREATH_OUT, 1,    0,   0, 2, TRUE },
  };

  check_pacer (&exhale2, cases, G_N_ELEMENTS (cases));
}

static void
test_pacer_patterns (void)
{
  static const struct {
    TendBreathPattern pattern;
    gboolean          valid;
    gboolean          holds;
  } cases[] = {
    { { 4, 4, 4, 4, 4 }, TRUE, TRUE },
    { { 4, 0, 6, 0, 6 }, TRUE, FALSE },
    { { 4, 7, 8, 0, 4 }, TRUE, TRUE },
    { { 4, 0, 4, 2, 1 }, TRUE, TRUE },
    { { 0, 0, 6, 0, 6 }, FALSE, FALSE },   /* no breath in */
    { { 4, 0, 0, 0, 6 }, FALSE, FALSE },   /* no breath out */
    { { 4, -1, 6, 0, 6 }, FALSE, FALSE },  /* negative hold */
    { { 4, 0, 6, 0, 0 }, FALSE, FALSE },   /* no cycles */
    { { 4, 0, 60, 0, 6 }, FALSE, FALSE },  /* a minute-long breath out */
    { { 4, 0, 6, 0, 1000 }, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (tend_breath_pattern_is_valid (&cases[i].pattern), ==, cases[i].valid);
      g_assert_cmpint (tend_breath_pattern_has_holds (&cases[i].pattern), ==, cases[i].holds);
    }

  g_assert_false (tend_breath_pattern_is_valid (NULL));
  g_assert_cmpfloat (tend_breath_pattern_get_cycle_seconds (&cases[2].pattern), ==, 19);
}

static void
test_pacer_invalid (void)
{
  static const TendBreathPattern no_out = { 4, 0, 0, 0, 2 };
  TendBreathState state = { .cycle = 99 };

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*tend_breath_pattern_is_valid*");
  tend_breath_phase_at (&no_out, 1.0, 0, &state);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (state.cycle, ==, 99);

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*pace > 0*");
  tend_breath_phase_at (&box2, 0.0, 0, &state);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (state.cycle, ==, 99);
}

static void
test_breathing_lengths (void)
{
  const TendExercise *box = tend_exercises_lookup ("box-breathing");
  const TendStep *pacer = NULL;

  for (guint i = 0; i < box->n_steps; i++)
    {
      if (box->steps[i].breath != NULL)
        pacer = &box->steps[i];
    }

  /* Breathing counts cycles: slower breathing takes longer, other steps keep their length. */
  g_assert_nonnull (pacer);
  g_assert_cmpuint (tend_step_get_seconds (pacer, 1.0), ==,
                    (guint) (tend_breath_pattern_get_cycle_seconds (pacer->breath) * pacer->breath->cycles));
  /* Box breathing cannot go slower safely (its rounds are 16 s), so slower is as written. */
  g_assert_cmpuint (tend_step_get_seconds (pacer, 1.5), ==,
                    (guint) (tend_breath_pattern_get_cycle_seconds (pacer->breath) * pacer->breath->cycles));
  g_assert_cmpuint (tend_step_get_seconds (pacer, 0.5), ==,
                    (guint) (tend_breath_pattern_get_cycle_seconds (pacer->breath) * pacer->breath->cycles * 0.5));
  g_assert_cmpuint (tend_step_get_seconds (&box->steps[0], 1.5), ==, box->steps[0].seconds);
}

static void
test_taps (void)
{
  static const struct {
    guint       tempo;
    double      pace;
    gint64      elapsed_us;
    TendTapSide side;
    double      progress;
  } cases[] = {
    { 60, 1.0, S (0),    TEND_TAP_LEFT,  0 },
    { 60, 1.0, S (-1),   TEND_TAP_LEFT,  0 },
    { 60, 1.0, S (0.5),  TEND_TAP_LEFT,  0.5 },
    { 60, 1.0, S (1),    TEND_TAP_RIGHT, 0 },
    { 60, 1.0, S (1.25), TEND_TAP_RIGHT, 0.25 },
    { 60, 1.0, S (2),    TEND_TAP_LEFT,  0 },
    { 60, 1.0, S (59),   TEND_TAP_RIGHT, 0 },
    { 60, 2.0, S (1),    TEND_TAP_LEFT,  0.5 },
    { 60, 2.0, S (2),    TEND_TAP_RIGHT, 0 },
    { 40, 1.0, S (1.5),  TEND_TAP_RIGHT, 0 },
    { 40, 1.0, S (2.25), TEND_TAP_RIGHT, 0.5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double progress = -1;

      g_assert_cmpint (tend_tap_side_at (cases[i].tempo, cases[i].pace, cases[i].elapsed_us, &progress),
                       ==, cases[i].side);
      g_assert_cmpfloat_with_epsilon (progress, cases[i].progress, 1e-9);
    }

  g_assert_cmpint (tend_tap_side_at (60, 1.0, S (1), NULL), ==, TEND_TAP_RIGHT);
}

/* Most helpful first */

static char *
order_to_string (GPtrArray *order)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < order->len; i++)
    {
      const TendExercise *exercise = g_ptr_array_index (order, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", exercise->id);
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
catalog_order (void)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", tend_exercises_get_item (i)->id);

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static const TendSessionRating mixed[] = {
  { "orienting",     7,  3 },   /* drop 4 */
  { "box-breathing", 6,  5 },   /* box: (1 + 4) / 2 = 2.5 */
  { "box-breathing", 8,  4 },
  { "body-scan",     5,  7 },   /* went up by 2 */
  { "calm-place",   -1,  3 },   /* not rated before: does not count */
  { "feet-on-floor", 5, -1 },   /* not rated after */
  { "no-such",       9,  0 },   /* unknown to this version */
  { NULL,            9,  0 },
  { "longer-exhale", 11, 0 },   /* out of range: not a rating */
};

static const TendSessionRating ties[] = {
  { "temperature-texture", 9, 3 },  /* (6 + 0) / 2 = 3 */
  { "butterfly-hug",       6, 3 },  /* 3 */
  { "temperature-texture", 4, 4 },
  { "senses-54321",        5, 2 },  /* 3 */
};

static const TendSessionRating only_worse[] = {
  { "box-breathing", 3, 6 },
  { "calm-place",    4, 4 },
};

static void
test_order (void)
{
  g_autofree char *catalog = catalog_order ();
  static const struct {
    const char              *name;
    const TendSessionRating *sessions;
    gsize                    n_sessions;
    const char              *expected;  /* NULL: catalog order */
  } cases[] = {
    { "no history", NULL, 0, NULL },
    { "mixed", mixed, G_N_ELEMENTS (mixed),
      "orienting box-breathing body-scan senses-54321 longer-exhale butterfly-hug "
      "feet-on-floor calm-place temperature-texture here-and-now push-wall name-and-move" },
    { "ties keep catalog order", ties, G_N_ELEMENTS (ties),
      "senses-54321 butterfly-hug temperature-texture box-breathing longer-exhale orienting "
      "feet-on-floor calm-place body-scan here-and-now push-wall name-and-move" },
    { "unrated only", &mixed[4], 5, NULL },
    { "worse and unchanged still come first", only_worse, G_N_ELEMENTS (only_worse),
      "calm-place box-breathing senses-54321 longer-exhale butterfly-hug orienting "
      "feet-on-floor temperature-texture body-scan here-and-now push-wall name-and-move" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) order = tend_exercises_order_by_helpfulness (cases[i].sessions,
                                                                        cases[i].n_sessions);
      g_autofree char *ids = order_to_string (order);

      g_test_message ("case %s", cases[i].name);
      g_assert_cmpuint (order->len, ==, tend_exercises_get_n_items ());
      g_assert_cmpstr (ids, ==, cases[i].expected ? cases[i].expected : catalog);
    }
}

static void
test_best_for_now (void)
{
  static const TendSessionRating calm_helped[] = {
    { "calm-place",    8, 2 },
    { "longer-exhale", 8, 7 },
  };

  g_assert_cmpstr (tend_exercises_best_for_now (NULL, 0)->id, ==, "longer-exhale");
  g_assert_cmpstr (tend_exercises_best_for_now (mixed, G_N_ELEMENTS (mixed))->id, ==, "orienting");
  g_assert_cmpstr (tend_exercises_best_for_now (ties, G_N_ELEMENTS (ties))->id, ==, "senses-54321");
  g_assert_cmpstr (tend_exercises_best_for_now (calm_helped, 2)->id, ==, "calm-place");
  /* Only unrated sessions: nothing to go on. */
  g_assert_cmpstr (tend_exercises_best_for_now (&mixed[4], 5)->id, ==, "longer-exhale");
  /* Nothing has lowered distress yet: the default, not the least bad. */
  g_assert_cmpstr (tend_exercises_best_for_now (only_worse, G_N_ELEMENTS (only_worse))->id, ==,
                   "longer-exhale");

}

/* What Ground and Progress call "helped most": only an exercise rated before and after at
 * least three times, and the count it rests on, so the words never outrun the evidence. */
static void
test_helped_most (void)
{
  static const TendSessionRating enough[] = {
    { "orienting",     9, 2 },  /* the largest drop, but only once */
    { "feet-on-floor", 8, 2 },  /* twice: still too few */
    { "feet-on-floor", 8, 2 },
    { "box-breathing", 6, 5 },  /* three times, 2 lower on average */
    { "box-breathing", 7, 5 },
    { "box-breathing", 8, 5 },
    { "body-scan",     5, 6 },  /* three times, never lower */
    { "body-scan",     5, 6 },
    { "body-scan",     5, 6 },
    { "box-breathing", 8, 6 },  /* a fourth */
  };
  guint n_rated = 99;

  g_assert_null (tend_exercises_helped_most (NULL, 0, &n_rated));
  g_assert_cmpuint (n_rated, ==, 0);
  g_assert_null (tend_exercises_helped_most (&mixed[4], 5, NULL));
  g_assert_null (tend_exercises_helped_most (only_worse, G_N_ELEMENTS (only_worse), NULL));

  /* Two sessions or one are not enough, however large the drop. */
  n_rated = 99;
  g_assert_null (tend_exercises_helped_most (mixed, G_N_ELEMENTS (mixed), &n_rated));
  g_assert_cmpuint (n_rated, ==, 0);
  g_assert_null (tend_exercises_helped_most (enough, 5, &n_rated));
  g_assert_cmpstr (tend_exercises_best_for_now (enough, 5)->id, ==, "orienting");

  /* The third rated session of box breathing makes it the one to name, with its count. */
  g_assert_cmpstr (tend_exercises_helped_most (enough, 6, &n_rated)->id, ==, "box-breathing");
  g_assert_cmpuint (n_rated, ==, 3);
  g_assert_cmpstr (tend_exercises_helped_most (enough, G_N_ELEMENTS (enough), &n_rated)->id, ==,
                   "box-breathing");
  g_assert_cmpuint (n_rated, ==, 4);

  /* Three sessions that never lowered distress are not "helped most". */
  g_assert_null (tend_exercises_helped_most (&enough[6], 3, &n_rated));
  g_assert_cmpuint (n_rated, ==, 0);
}

/* Safe pacing (issue 15): whatever the pace, holds stay at 4 s or less and a round never takes
 * longer than 15 s (four breaths a minute), or than the pattern as written where that is
 * longer (box breathing's 16 s). Checked on every breathing step of the catalog and on a
 * few patterns of our own, from twice as fast to far slower than any button reaches. */
static void
check_pace_limits (const TendBreathPattern *pattern,
                   const char              *name)
{
  static const double paces[] = { 0.5, 0.8, 1.0, 1.25, 1.5, 1.5625, 1.953125, 2.0, 3.0, 10.0, 100.0 };
  double written = tend_breath_pattern_get_cycle_seconds_at (pattern, 1.0);
  double longest = MAX (TEND_BREATH_MAX_CYCLE_SECONDS, written);
  double slowest = tend_breath_pattern_get_slowest_pace (pattern);

  g_test_message ("pattern %s: %.2f s a round as written, slowest pace %.4f", name, written, slowest);
  g_assert_cmpfloat (slowest, >=, 1.0);
  g_assert_cmpfloat (tend_breath_pattern_get_cycle_seconds_at (pattern, slowest), <=, longest + 1e-6);

  for (guint i = 0; i < G_N_ELEMENTS (paces); i++)
    {
      double pace = paces[i];
      double cycle = tend_breath_pattern_get_cycle_seconds_at (pattern, pace);
      gint64 at = 0;

      /* Never below about four breaths a minute (3.75 for box breathing as written). */
      g_assert_cmpfloat (cycle, <=, longest + 1e-6);
      g_assert_cmpfloat (60.0 / cycle, >=, 60.0 / 16.0 - 1e-6);
      /* Faster is never held back; slower only as far as is safe. */
      g_assert_cmpfloat (tend_breath_pattern_clamp_pace (pattern, pace), <=, MAX (pace, 1.0) + 1e-9);
      if (pace <= 1.0)
        g_assert_cmpfloat_with_epsilon (tend_breath_pattern_clamp_pace (pattern, pace), pace, 1e-9);

      /* Walk one round phase by phase: every hold, at its start, has at most 4 s left. */
      for (int phase = 0; phase < 4; phase++)
        {
          TendBreathState state;

          tend_breath_phase_at (pattern, pace, at, &state);
          if (state.done || state.cycle != 1)
            break;
          if (state.phase == TEND_BREATH_HOLD_IN || state.phase == TEND_BREATH_HOLD_OUT)
            g_assert_cmpfloat (state.seconds_left, <=, TEND_BREATH_MAX_HOLD_SECONDS + 1e-6);
          at += (gint64) (state.seconds_left * G_USEC_PER_SEC + 0.5);
        }
      /* A whole round takes the same time the step's length is counted in. */
      g_assert_cmpint (at, <=, (gint64) (longest * G_USEC_PER_SEC) + 4);
    }
}

static void
test_pace_limits (void)
{
  static const TendBreathPattern four_seven_eight = { 4, 7, 8, 0, 4 };
  static const TendBreathPattern quick = { 2, 1, 3, 1, 6 };

  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);

      for (guint j = 0; j < exercise->n_steps; j++)
        if (exercise->steps[j].breath != NULL)
          check_pace_limits (exercise->steps[j].breath, exercise->id);
    }
  check_pace_limits (&box2, "box2");
  check_pace_limits (&exhale2, "exhale2");
  check_pace_limits (&four_seven_eight, "4-7-8");
  check_pace_limits (&quick, "quick");

  /* Longer exhale, 4 + 6 s, may go to 1.5 (15 s a round) and no further. */
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_slowest_pace (&exhale2), 1.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_clamp_pace (&exhale2, 1.25), 1.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_clamp_pace (&exhale2, 2.0), 1.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_cycle_seconds_at (&exhale2, 2.0), 15, 1e-6);
  /* Box breathing, 16 s as written, does not go slower at all… */
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_slowest_pace (&box2), 1.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_cycle_seconds_at (&box2, 2.0), 16, 1e-6);
  /* …but goes faster as asked. */
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_cycle_seconds_at (&box2, 0.5), 8, 1e-6);
  /* A written hold longer than 4 s is held for 4 s. */
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_cycle_seconds_at (&four_seven_eight, 1.0),
                                  16, 1e-6);
  /* Short holds grow with a slower pace only up to 4 s: 2 + 1 + 3 + 1 = 7 s, at 2.0 14 s. */
  g_assert_cmpfloat_with_epsilon (tend_breath_pattern_get_cycle_seconds_at (&quick, 2.0), 14, 1e-6);
}

static void
test_kinds (void)
{
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const TendExercise *exercise = tend_exercises_get_item (i);
      TendExerciseKind kind = tend_exercise_get_kind (exercise);

      g_assert_cmpint (kind == TEND_EXERCISE_KIND_BREATHING, ==,
                       (exercise->flags & TEND_EXERCISE_BREATHING) != 0);
      /* The gentle way's step is one of the exercise's own. */
      g_assert_cmpuint (tend_exercise_get_gentle_step (exercise), <, exercise->n_steps);
    }
  g_assert_cmpint (tend_exercise_get_kind (tend_exercises_lookup ("orienting")), ==,
                   TEND_EXERCISE_KIND_SENSES);
  g_assert_cmpint (tend_exercise_get_kind (tend_exercises_lookup ("feet-on-floor")), ==,
                   TEND_EXERCISE_KIND_MOVEMENT);
  /* Box breathing's gentle way (trace a square while breathing) is on the breathing step. */
  g_assert_nonnull (tend_exercises_lookup ("box-breathing")->steps[
                      tend_exercise_get_gentle_step (tend_exercises_lookup ("box-breathing"))].breath);
}

static const char *
another_id (const char              *current,
            const TendSessionRating *sessions,
            gsize                    n_sessions)
{
  const TendExercise *exercise = tend_exercises_lookup (current);
  const TendExercise *another = tend_exercises_choose_another (exercise, sessions, n_sessions);

  g_assert_nonnull (another);
  g_assert_true (another != exercise);
  return another->id;
}

/* What the stop page offers: the exercise that helped this person most, else another kind. */
static void
test_choose_another (void)
{
  static const TendSessionRating helped[] = {
    { "feet-on-floor", 7, 3 },
    { "feet-on-floor", 8, 4 },
    { "orienting", 6, 5 },
    { "calm-place", 5, 7 },
    { "box-breathing", -1, 2 },
  };
  static const TendSessionRating none_helped[] = {
    { "calm-place", 5, 7 },
    { "orienting", 6, 6 },
    { "butterfly-hug", 4, -1 },
  };

  /* No history: a different kind, breathing ↔ senses ↔ movement. */
  g_assert_cmpstr (another_id ("box-breathing", NULL, 0), ==, "senses-54321");
  g_assert_cmpstr (another_id ("longer-exhale", NULL, 0), ==, "orienting");
  g_assert_cmpstr (another_id ("senses-54321", NULL, 0), ==, "butterfly-hug");
  g_assert_cmpstr (another_id ("feet-on-floor", NULL, 0), ==, "orienting");
  g_assert_cmpstr (another_id ("butterfly-hug", NULL, 0), ==, "senses-54321");
  g_assert_cmpstr (another_id ("body-scan", NULL, 0), ==, "orienting");

  /* Sessions that did not lower distress say nothing: still another kind. */
  g_assert_cmpstr (another_id ("box-breathing", none_helped, G_N_ELEMENTS (none_helped)), ==,
                   "senses-54321");
  g_assert_cmpstr (another_id ("senses-54321", none_helped, G_N_ELEMENTS (none_helped)), ==,
                   "butterfly-hug");

  /* With history: what lowered distress the most, never the one just stopped. */
  g_assert_cmpstr (another_id ("box-breathing", helped, G_N_ELEMENTS (helped)), ==, "feet-on-floor");
  g_assert_cmpstr (another_id ("calm-place", helped, G_N_ELEMENTS (helped)), ==, "feet-on-floor");
  g_assert_cmpstr (another_id ("feet-on-floor", helped, G_N_ELEMENTS (helped)), ==, "orienting");

  /* Whatever the exercise and history, something else is offered. */
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    {
      const char *id = tend_exercises_get_item (i)->id;

      another_id (id, NULL, 0);
      another_id (id, helped, G_N_ELEMENTS (helped));
      another_id (id, none_helped, G_N_ELEMENTS (none_helped));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/exercises/catalog/ids", test_catalog_ids);
  g_test_add_func ("/tend/exercises/catalog/strings", test_catalog_strings);
  g_test_add_func ("/tend/exercises/catalog/steps", test_catalog_steps);
  g_test_add_func ("/tend/exercises/catalog/translated", test_catalog_translated);
  g_test_add_func ("/tend/exercises/catalog/non-visual", test_catalog_non_visual);
  g_test_add_func ("/tend/exercises/catalog/fits", test_catalog_fits);
  g_test_add_func ("/tend/exercises/catalog/shutting-down", test_catalog_shutting_down);
  g_test_add_func ("/tend/exercises/catalog/today", test_step_today);
  g_test_add_func ("/tend/exercises/catalog/breathing", test_catalog_breathing);
  g_test_add_func ("/tend/exercises/catalog/care", test_catalog_care);
  g_test_add_func ("/tend/exercises/pacer/box", test_pacer_box);
  g_test_add_func ("/tend/exercises/pacer/no-holds", test_pacer_no_holds);
  g_test_add_func ("/tend/exercises/pacer/patterns", test_pacer_patterns);
  g_test_add_func ("/tend/exercises/pacer/invalid", test_pacer_invalid);
  g_test_add_func ("/tend/exercises/pacer/lengths", test_breathing_lengths);
  g_test_add_func ("/tend/exercises/taps", test_taps);
  g_test_add_func ("/tend/exercises/helpful/order", test_order);
  g_test_add_func ("/tend/exercises/helpful/best-for-now", test_best_for_now);
  g_test_add_func ("/tend/exercises/helpful/helped-most", test_helped_most);
  g_test_add_func ("/tend/exercises/pacer/pace-limits", test_pace_limits);
  g_test_add_func ("/tend/exercises/kinds", test_kinds);
  g_test_add_func ("/tend/exercises/helpful/choose-another", test_choose_another);

  return g_test_run ();
}
