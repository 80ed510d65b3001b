/* tend-words.c — how many words a piece of writing holds, counted the way a person would:
 * "don't" and "self-care" are one word each, a dash or an ellipsis standing alone is none.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-words.h"

/**
 * tend_words_count:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when it ends with a nul
 *
 * The number of words in @text: runs of characters between blanks that hold at least one
 * letter or digit. Scripts written without spaces count a run as one word.
 *
 * One pass without copying, ASCII a byte at a time: the editor counts the whole entry as the
 * person types, and an entry may be long.
 */
guint
tend_words_count (const char *text,
                  gssize      length)
{
  const char *p = text;
  const char *end;
  guint words = 0;
  gboolean counted = FALSE;  /* the run of non-blanks being read is counted already */

  g_return_val_if_fail (text != NULL || length == 0, 0);

  end = length < 0 ? text + strlen (text) : text + length;
  while (p < end)
    {
      guchar b = (guchar) *p;
      gboolean space, alnum;

      if (b < 0x80)
        {
          space = g_ascii_isspace (b);
          alnum = g_ascii_isalnum (b);
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated (p, end - p);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          space = g_unichar_isspace (c);
          alnum = g_unichar_isalnum (c);
          p = g_utf8_next_char (p);
        }

      if (space)
        {
          counted = FALSE;
          continue;
        }

      if (alnum && !counted)
        {
          words++;
          counted = TRUE;
        }
    }

  return words;
}
