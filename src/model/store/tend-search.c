/* tend-search.c — what finds entries: text folded for searching (lower case, accents
 * dropped), each entry's folded text and tags kept as its search key, and the store's search,
 * which matches every word of a query against those keys (tend_store_search()); and what a
 * list shows of an entry found: its first line, or a passage with the matches in bold.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-search.h"

/* ------------------------------------------------------------------------------------------ */
/* Search keys are folded once, when an entry is read or changed, so a search only scans. */

/* The quark an entry's key is kept under, made on first use (as G_DEFINE_QUARK does). */
static GQuark
search_key_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("tend-search-key");

  return quark;
}

/**
 * tend_search_set_key:
 *
 * Folds @entry's text and tags into its search key, kept on the entry; call it when the
 * entry is read or changed. Safe on any thread for an entry no other thread touches.
 */
void
tend_search_set_key (TendEntry *entry)
{
  GString *key = g_string_new (tend_entry_get_text (entry));
  const char * const *tags = tend_entry_get_tags (entry);
  char *folded;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_string_append_c (key, '\n');
      g_string_append (key, tags[i]);
    }

  folded = tend_search_fold (key->str);
  g_string_free (key, TRUE);
  g_object_set_qdata_full (G_OBJECT (entry), search_key_quark (), folded, g_free);
}

/**
 * tend_search_get_key:
 *
 * @entry's search key, made now if it has none.
 */
const char *
tend_search_get_key (TendEntry *entry)
{
  const char *key = g_object_get_qdata (G_OBJECT (entry), search_key_quark ());

  if (key == NULL)
    {
      tend_search_set_key (entry);
      key = g_object_get_qdata (G_OBJECT (entry), search_key_quark ());
    }

  return key;
}

static void
append_folded (GString  *out,
               gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));

  for (gsize i = 0; i < n; i++)
    {
      gunichar p = parts[i];

      /* Dropping combining marks makes "é" match "e" and "ü" match "u". */
      if (g_unichar_ismark (p))
        continue;

      /* The few case folds that are not a plain lower case. */
      if (p == 0x00DF || p == 0x1E9E)         /* ß, ẞ */
        g_string_append (out, "ss");
      else if (p == 0x03C2)                   /* final sigma */
        g_string_append_unichar (out, 0x03C3);
      else if (p < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) p));
      else
        g_string_append_unichar (out, g_unichar_tolower (p));
    }
}

/**
 * tend_search_fold:
 *
 * Folds @text for searching: lower case, accents removed, compatibility forms unified.
 *
 * One pass, and only non-ASCII characters are decomposed: this runs over every entry while a
 * decade of history loads, so it must cost about what reading the text costs.
 */
char *
tend_search_fold (const char *text)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text) + 16);
  for (p = text; *p != '\0';)
    {
      const char *run = p;
      gunichar c;

      /* A run of ASCII is lowered in place, without a call per byte. */
      while (*p != '\0' && (guchar) *p < 0x80)
        p++;
      if (p > run)
        {
          gsize at = out->len;

          g_string_set_size (out, at + (p - run));
          for (gsize i = 0; run + i < p; i++)
            {
              char b = run[i];

              out->str[at + i] = (b >= 'A' && b <= 'Z') ? (char) (b + ('a' - 'A')) : b;
            }
        }
      if (*p == '\0')
        break;

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      append_folded (out, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/**
 * tend_search_key_matches:
 *
 * Whether @key (folded) holds every word of @words (folded); FALSE when all are empty.
 *
 * Whether @key (folded) holds every word of @words (folded); FALSE when all are empty.
 */
gboolean
tend_search_key_matches (const char         *key,
                         const char * const *words)
{
  gboolean all = TRUE;
  gboolean any_word = FALSE;

  for (guint w = 0; words[w] != NULL && all; w++)
    {
      if (words[w][0] == '\0')
        continue;
      any_word = TRUE;
      all = strstr (key, words[w]) != NULL;
    }

  return all && any_word;
}

/* ------------------------------------------------------------------------------------------ */
/* What a list shows of an entry: its first line, or a passage around what was searched for. */

/* More than a wide sidebar shows before its ellipsis. */
#define PREVIEW_CHARS 120

/**
 * tend_search_first_line:
 *
 * The first line of @text without leading blanks, at most 120 characters: a list row shows
 * one ellipsized line, and laying out a whole paragraph per row would cost the first frame.
 */
char *
tend_search_first_line (const char *text)
{
  const char *start = text;
  const char *end;
  const char *limit;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = strchr (start, '\n');
  if (end == NULL)
    end = start + strlen (start);

  /* A row shows one ellipsized line: laying out a whole paragraph per row would cost the
   * first frame more than everything else in it. */
  limit = start;
  for (guint n = 0; n < PREVIEW_CHARS && limit < end; n++)
    limit = g_utf8_next_char (limit);

  return g_strndup (start, MIN (limit, end) - start);
}

/* How much of the text before a match a passage shows: a few words, so the match sits at the
 * start of a row's first line, where no ellipsis can hide it, however narrow the row. */
#define LEAD_CHARS 24

/* Where a passage around the match at @hit (a character in @flat) starts: at most LEAD_CHARS
 * before it, at the start of a word, never in the middle of one. */
static const char *
passage_start (const char *flat,
               const char *hit)
{
  const char *start = hit;

  for (guint n = 0; n < LEAD_CHARS && start > flat; n++)
    start = g_utf8_prev_char (start);
  if (start == flat)
    return flat;

  /* A word cut at the left would read as a different word: begin at the next one. */
  while (start < hit && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (start))))
    start = g_utf8_next_char (start);
  while (start < hit && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  return start;
}

/**
 * tend_search_snippet:
 *
 * Up to @width characters of @text on one line, beginning a few words before the first match
 * of the first word of @query found in it, as Pango markup with every match in bold, ignoring
 * case and accents; "…" marks text left out at either end. The match comes early in the
 * passage, so a row that shows only its start still shows the match.
 *
 * Folded text keeps one folded character per original one for most scripts; when it does
 * not, the passage is the start of the text, unbolded, rather than a guess.
 */
char *
tend_search_snippet (const char *text,
                     const char *query,
                     guint       width)
{
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n", -1);
  g_autoptr(GPtrArray) folded_words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *flat = g_strdup (text);
  g_autofree char *folded = NULL;
  GString *markup = g_string_new (NULL);
  const char *start = flat;
  const char *flat_p, *folded_p;
  gboolean aligned;
  guint n = 0;

  /* One line: a list row has no room for paragraphs. */
  g_strdelimit (flat, "\n\t\r", ' ');
  folded = tend_search_fold (flat);
  aligned = g_utf8_strlen (folded, -1) == g_utf8_strlen (flat, -1);

  for (guint i = 0; aligned && words[i] != NULL; i++)
    {
      char *word = tend_search_fold (words[i]);

      if (*word != '\0')
        g_ptr_array_add (folded_words, word);
      else
        g_free (word);
    }

  /* The passage starts a few words before the first match of the query's first word (of the
   * next one, when the first is only in the tags): the word the person typed first leads. */
  if (folded_words->len > 0)
    {
      const char *first = NULL;

      for (guint i = 0; i < folded_words->len && first == NULL; i++)
        first = strstr (folded, folded_words->pdata[i]);
      if (first != NULL)
        start = passage_start (flat, g_utf8_offset_to_pointer (flat,
                                                               g_utf8_pointer_to_offset (folded,
                                                                                         first)));
    }

  if (start > flat)
    g_string_append (markup, "…");

  /* The flat and the folded text are walked together, one character of each at a time. */
  flat_p = start;
  folded_p = g_utf8_offset_to_pointer (folded, g_utf8_pointer_to_offset (flat, start));
  while (*flat_p != '\0' && n < width)
    {
      const char *hit = NULL;
      glong hit_chars = 0;

      for (guint i = 0; i < folded_words->len; i++)
        {
          const char *found = strstr (folded_p, folded_words->pdata[i]);

          if (found != NULL && (hit == NULL || found < hit))
            {
              hit = found;
              hit_chars = g_utf8_strlen (folded_words->pdata[i], -1);
            }
        }

      if (hit == folded_p)
        {
          const char *from = flat_p;
          g_autofree char *escaped = NULL;

          for (glong c = 0; c < hit_chars && *flat_p != '\0'; c++, n++)
            {
              flat_p = g_utf8_next_char (flat_p);
              folded_p = g_utf8_next_char (folded_p);
            }
          escaped = g_markup_escape_text (from, flat_p - from);
          g_string_append_printf (markup, "<b>%s</b>", escaped);
        }
      else
        {
          const char *from = flat_p;
          g_autofree char *escaped = NULL;

          /* Plain text up to the next match, or to the end of the passage. */
          while (*flat_p != '\0' && n < width && (hit == NULL || folded_p < hit))
            {
              flat_p = g_utf8_next_char (flat_p);
              folded_p = g_utf8_next_char (folded_p);
              n++;
            }
          escaped = g_markup_escape_text (from, flat_p - from);
          g_string_append (markup, escaped);
        }
    }

  if (*flat_p != '\0')
    g_string_append (markup, "…");

  return g_string_free (markup, FALSE);
}
