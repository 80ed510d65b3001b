/* tend-history.c — a deterministic, realistic journal history for benchmarks and tests.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-history.h"

static const char * const words[] = {
  "I", "felt", "noticed", "today", "we", "talked", "about", "the", "small", "things", "that",
  "made", "it", "easier", "to", "stay", "close", "and", "when", "my", "shoulders", "dropped",
  "a", "little", "after", "walk", "by", "river", "in", "morning", "light", "gentle", "quiet",
  "kitchen", "tea", "warm", "hands", "asked", "for", "space", "said", "no", "without",
  "apologising", "boundary", "held", "softly", "partner", "friend", "listened", "heard",
  "breathing", "slower", "than", "before", "body", "safe", "enough", "was", "hard", "but",
  "not", "as", "scary", "as", "last", "week", "remembered", "what", "helps", "sitting", "with",
  "feet", "on", "floor", "counting", "sounds", "outside", "window", "rain", "evening", "slept",
  "better", "woke", "tired", "still", "hopeful", "laughed", "together", "dinner", "hug",
  "lasted", "longer", "chose", "touch", "wanted", "paused", "conflict", "came", "back", "later",
  "repair", "sorry", "understood", "trust", "growing", "slowly", "progress", "perfection",
  "maybe", "tomorrow", "also", "felt", "proud", "of", "myself", "this", "is", "new", "for", "me",
};

/* A few accented words, so folding has real work at ten years. */
static const char * const accented[] = {
  "café", "naïve", "déjà", "façade", "Zoë", "crème", "über", "señal", "résumé", "coöperate",
};

static const char * const themes[] = { "truth", "pleasure", "attunement", "boundaries", "touch" };
static const char * const tags[] = { "partner", "friend", "family", "body", "work", "therapy" };
static const char * const exercises[] = {
  "longer-exhale", "box-breathing", "senses-54321", "butterfly-hug", "feet-on-floor",
  "orienting", "calm-place", "temperature-texture", "body-scan",
};

static char *
prose (GRand *rand,
       guint  min_words,
       guint  max_words)
{
  guint n_words = g_rand_int_range (rand, min_words, max_words + 1);
  GString *text = g_string_sized_new (n_words * 7);
  gboolean sentence_start = TRUE;

  for (guint i = 0; i < n_words; i++)
    {
      const char *word = g_rand_int_range (rand, 0, 60) == 0
        ? accented[g_rand_int_range (rand, 0, G_N_ELEMENTS (accented))]
        : words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (text->len > 0)
        g_string_append_c (text, ' ');
      if (sentence_start)
        {
          g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (word)));
          g_string_append (text, g_utf8_next_char (word));
        }
      else
        g_string_append (text, word);

      sentence_start = g_rand_int_range (rand, 0, 12) == 0;
      if (sentence_start)
        g_string_append_c (text, g_rand_int_range (rand, 0, 8) == 0 ? '?' : '.');
      if (sentence_start && g_rand_int_range (rand, 0, 6) == 0)
        g_string_append (text, "\n\n");
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static char *
random_id (GRand *rand)
{
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%08x%04x", g_rand_int (rand),
                          g_rand_int (rand) & 0xffff, g_rand_int (rand) & 0xfff,
                          (g_rand_int (rand) & 0x3fff) | 0x8000, g_rand_int (rand),
                          g_rand_int (rand) & 0xffff);
}

/* What a generated day holds. A person's journal: one or two entries of 150–400 words and up
 * to two sessions. An import stress test: many short entries, drawn so that a second
 * revision has the same ids (from @ids) with later times and other words. */
typedef struct {
  guint  entries;     /* 0: one or two */
  guint  min_words;
  guint  max_words;
  guint  revision;
  GRand *ids;         /* NULL: from the day's own numbers */
} Shape;

static void
add_day (TendMonthFile *file,
         GDateTime     *day_start,
         GRand         *rand,
         const Shape   *shape)
{
  g_autofree char *day = g_date_time_format (day_start, "%Y-%m-%d");
  guint n_entries = shape->entries > 0 ? shape->entries : (guint) g_rand_int_range (rand, 1, 3);
  guint n_sessions = shape->entries > 0 ? 0 : (guint) g_rand_int_range (rand, 0, 3);

  for (guint i = 0; i < n_entries; i++)
    {
      GRand *ids = shape->ids != NULL ? shape->ids : rand;
      g_autoptr(GDateTime) created = g_date_time_add_minutes (day_start,
                                                              g_rand_int_range (ids, 420, 1380));
      g_autoptr(GDateTime) updated = g_date_time_add_minutes (created,
                                                              g_rand_int_range (rand, 1, 40) +
                                                              shape->revision * 60);
      g_autofree char *id = random_id (ids);
      g_autofree char *text = prose (rand, shape->min_words, shape->max_words);
      TendEntry *entry = tend_entry_new (id, created);
      const char *theme = themes[g_rand_int_range (rand, 0, G_N_ELEMENTS (themes))];
      g_autofree char *prompt = g_strdup_printf ("%s-%02d", theme, g_rand_int_range (rand, 1, 9));
      const char *entry_tags[2] = { NULL, NULL };

      tend_entry_set_day (entry, day);
      tend_entry_set_updated (entry, updated);
      tend_entry_set_text (entry, text);
      if (g_rand_int_range (rand, 0, 5) != 0)
        {
          tend_entry_set_theme (entry, theme);
          tend_entry_set_prompt (entry, prompt);
        }
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          entry_tags[0] = tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (tags))];
          tend_entry_set_tags (entry, entry_tags);
        }
      if (g_rand_int_range (rand, 0, 4) != 0)
        {
          tend_entry_set_mood (entry, g_rand_int_range (rand, 1, 6));
          tend_entry_set_distress (entry, g_rand_int_range (rand, 0, 11));
          tend_entry_set_safety (entry, g_rand_int_range (rand, 1, 6));
          tend_entry_set_closeness (entry, g_rand_int_range (rand, 1, 6));
        }
      g_ptr_array_add (tend_month_file_get_entries (file), entry);
    }

  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(GDateTime) started = g_date_time_add_minutes (day_start,
                                                              g_rand_int_range (rand, 0, 1440));
      g_autofree char *id = random_id (rand);
      const char *exercise = exercises[g_rand_int_range (rand, 0, G_N_ELEMENTS (exercises))];
      TendGroundingSession *session = tend_grounding_session_new (id, started, exercise);
      int before = g_rand_int_range (rand, 3, 11);
      int after = before - g_rand_int_range (rand, -1, 5);

      tend_grounding_session_set_seconds (session, g_rand_int_range (rand, 60, 600));
      tend_grounding_session_set_completed (session, g_rand_int_range (rand, 0, 5) != 0);
      tend_grounding_session_set_distress_before (session, before);
      tend_grounding_session_set_distress_after (session, CLAMP (after, 0, 10));
      if (g_rand_int_range (rand, 0, 4) == 0)
        tend_grounding_session_set_note (session, "the cool glass helped");
      g_ptr_array_add (tend_month_file_get_sessions (file), session);
    }
}

static void
write_month (const char    *dir,
             TendMonthFile *file)
{
  g_autofree char *name = tend_month_file_dup_file_name (file);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = tend_month_file_to_bytes (file, &error);

  if (bytes == NULL || !tend_month_file_write_bytes (path, bytes, &error))
    g_error ("writing %s: %s", path, error->message);
}

static GDateTime *
today_start (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 0, 0, 0);
}

/* Days from @first up to today, not included. */
static void
generate (const char  *dir,
          GDateTime   *first,
          GRand       *rand,
          const Shape *shape)
{
  g_autoptr(GDateTime) today = today_start ();
  g_autoptr(GDateTime) day = g_date_time_ref (first);
  g_autoptr(TendMonthFile) file = NULL;

  g_mkdir_with_parents (dir, 0700);

  while (g_date_time_compare (day, today) < 0)
    {
      g_autofree char *month = g_date_time_format (day, "%Y-%m");
      GDateTime *next;

      if (file != NULL && !g_str_equal (tend_month_file_get_month (file), month))
        {
          write_month (dir, file);
          g_clear_object (&file);
        }
      if (file == NULL)
        file = tend_month_file_new (month);

      add_day (file, day, rand, shape);

      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }

  if (file != NULL)
    write_month (dir, file);
}

void
tend_history_generate (const char *dir,
                       guint       years)
{
  g_autoptr(GDateTime) today = today_start ();
  g_autoptr(GDateTime) first = g_date_time_add_years (today, -(int) years);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124 + years);
  Shape shape = { 0, 150, 400, 0, NULL };

  generate (dir, first, rand, &shape);
}

void
tend_history_generate_entries (const char *dir,
                               guint       n_entries,
                               guint       per_day,
                               guint       revision)
{
  g_autoptr(GDateTime) today = today_start ();
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207 + revision);
  g_autoptr(GRand) ids = g_rand_new_with_seed (20261207 + n_entries);
  Shape shape = { per_day, 10, 40, revision, ids };

  g_return_if_fail (per_day > 0 && n_entries % per_day == 0);

  first = g_date_time_add_days (today, -(int) (n_entries / per_day));
  generate (dir, first, rand, &shape);
}

TendEntry *
tend_history_entry_for_today (TendStore *store,
                              GDateTime *today)
{
  g_autofree char *day = g_date_time_format (today, "%Y-%m-%d");
  GListModel *entries = tend_store_get_entries (store);
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (g_list_model_get_n_items (entries) > 0)
    {
      entry = g_list_model_get_item (entries, 0);
      if (g_str_equal (tend_entry_get_day (entry), day))
        return g_steal_pointer (&entry);
      g_clear_object (&entry);
    }

  entry = tend_entry_new_now ();
  tend_entry_set_text (entry, "Today's entry.");
  if (!tend_store_add_entry (store, entry, &error))
    g_error ("adding today's entry: %s", error->message);
  tend_store_flush (store);

  return g_steal_pointer (&entry);
}

void
tend_history_remove (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        tend_history_remove (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}
