/* tend-log.c — what may be logged about an error: never the journal's words.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-log.h"
#include "tend-records-error.h"

/* A member path made of Tend's own names and indexes, like "entries[3].day". */
static gboolean
is_member_path (const char *text,
                gsize       length)
{
  gboolean name_start = TRUE;

  if (length == 0 || length > 64)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (g_ascii_islower (c) || c == '_')
        name_start = FALSE;
      else if (name_start)
        return FALSE;
      else if (c == '.')
        name_start = TRUE;
      else if (c == '[')
        {
          gsize digits = 0;

          while (i + 1 < length && g_ascii_isdigit (text[i + 1]))
            i++, digits++;
          if (digits == 0 || i + 1 >= length || text[++i] != ']')
            return FALSE;
        }
      else
        return FALSE;
    }

  return !name_start;
}

/* The numbers in @text, as "LINE:COLUMN"; NULL unless there are one or two. */
static char *
numbers_of (const char *text,
            gsize       length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint runs = 0;

  for (gsize i = 0; i < length; i++)
    if (g_ascii_isdigit (text[i]))
      {
        if (i == 0 || !g_ascii_isdigit (text[i - 1]))
          {
            if (runs++ > 0)
              g_string_append_c (out, ':');
          }
        g_string_append_c (out, text[i]);
      }

  return runs == 1 || runs == 2 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* Where in a month file the reader stopped, from its message, or NULL. The reader's messages
 * start "YYYY-MM.json: " and then name the place in the file, in Tend's own words: a line and
 * a column (in the person's language), or a member path. Whatever follows may quote the file,
 * and is never taken; nor is a place that holds a quote or a bracket, which could. */
static char *
find_position (const char *message)
{
  const char *place, *end;
  gsize length;

  if (strlen (message) < strlen ("YYYY-MM.json: ") ||
      strncmp (message + 7, ".json: ", strlen (".json: ")) != 0)
    return NULL;

  place = message + strlen ("YYYY-MM.json: ");
  end = strstr (place, ": ");
  length = end != NULL ? (gsize) (end - place) : strlen (place);

  if (is_member_path (place, length))
    return g_strndup (place, length);

  for (const char *p = place; p < place + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, place + length - p);

      if (c == (gunichar) -1 || c == (gunichar) -2 ||
          !(g_unichar_isalnum (c) || c == ' ' || c == ','))
        return NULL;
    }

  return numbers_of (place, length);
}

/**
 * tend_log_describe_error:
 *
 * Describes @error for a log without its message, which may quote the journal (json-glib
 * quotes the text it stopped at, and the reader names the values it refused): the error's
 * domain and code, and for a month file's error where in the file it is, when known.
 *
 * Returns: text like "tend-month-file-error-quark 1 at 3:15"
 */
char *
tend_log_describe_error (const GError *error)
{
  g_autofree char *position = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == TEND_MONTH_FILE_ERROR && error->message != NULL)
    position = find_position (error->message);

  if (position != NULL)
    return g_strdup_printf ("%s %d at %s", g_quark_to_string (error->domain), error->code,
                            position);

  return g_strdup_printf ("%s %d", g_quark_to_string (error->domain), error->code);
}
