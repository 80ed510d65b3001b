/* tend-strict-parser.c — a JSON parser that notices a member named twice in one object.
 *
 * json-glib keeps the last of two members with the same name and says nothing, so a month
 * with two "entries" (as a hand-merged sync conflict can make) would load only the second,
 * and the next save would lose the first for good. This parser counts the members of each
 * object as json-glib reads them: when an object ends up with fewer members than were read
 * into it, the last one read was a duplicate.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-strict-parser.h"

/* A member name longer than this is cut in the path: only a hostile file has one. */
#define MAX_NAME_CHARS 64

struct _TendStrictParser
{
  JsonParser  parent_instance;

  /* One count for each object or array being read, outermost first: members read so far
   * (arrays keep 0). */
  GArray     *open;

  /* The first duplicate's path, built outwards as the values around it end, and the index
   * in @open of the value whose place in its parent is still to be put in front. */
  GString    *duplicate;
  guint       unplaced;
};

G_DEFINE_FINAL_TYPE (TendStrictParser, tend_strict_parser, JSON_TYPE_PARSER)

static void
reset (TendStrictParser *self)
{
  g_array_set_size (self->open, 0);
  if (self->duplicate != NULL)
    g_string_free (g_steal_pointer (&self->duplicate), TRUE);
  self->unplaced = 0;
}

static void
push (TendStrictParser *self)
{
  guint zero = 0;

  g_array_append_val (self->open, zero);
}

static void
pop (TendStrictParser *self)
{
  if (self->open->len > 0)
    g_array_set_size (self->open, self->open->len - 1);
}

/* Once the value at @unplaced has ended, its parent (now the innermost open value) says
 * where it was: put that in front of the path. */
static gboolean
placing (TendStrictParser *self)
{
  return self->duplicate != NULL && self->unplaced > 0 && self->open->len == self->unplaced;
}

static void
put_in_front (TendStrictParser *self,
              const char       *part)
{
  if (self->duplicate->str[0] != '[')
    g_string_prepend_c (self->duplicate, '.');
  g_string_prepend (self->duplicate, part);
  self->unplaced--;
}

static void
tend_strict_parser_parse_start (JsonParser *parser)
{
  reset (TEND_STRICT_PARSER (parser));
}

static void
tend_strict_parser_object_start (JsonParser *parser)
{
  push (TEND_STRICT_PARSER (parser));
}

static void
tend_strict_parser_object_member (JsonParser *parser,
                                  JsonObject *object,
                                  const char *member_name)
{
  TendStrictParser *self = TEND_STRICT_PARSER (parser);
  guint *read;

  g_return_if_fail (self->open->len > 0);

  if (placing (self))
    {
      put_in_front (self, member_name);
      return;
    }

  read = &g_array_index (self->open, guint, self->open->len - 1);
  (*read)++;

  if (self->duplicate == NULL && json_object_get_size (object) < *read)
    {
      if (g_utf8_strlen (member_name, -1) > MAX_NAME_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (member_name, 0, MAX_NAME_CHARS);

          self->duplicate = g_string_new (cut);
          g_string_append (self->duplicate, "…");
        }
      else
        self->duplicate = g_string_new (member_name);
      self->unplaced = self->open->len - 1;
    }
}

static void
tend_strict_parser_object_end (JsonParser *parser,
                               JsonObject *object)
{
  pop (TEND_STRICT_PARSER (parser));
}

static void
tend_strict_parser_array_start (JsonParser *parser)
{
  push (TEND_STRICT_PARSER (parser));
}

static void
tend_strict_parser_array_element (JsonParser *parser,
                                  JsonArray  *array,
                                  int         index)
{
  TendStrictParser *self = TEND_STRICT_PARSER (parser);

  if (placing (self))
    {
      char part[16];

      g_snprintf (part, sizeof part, "[%d]", index);
      put_in_front (self, part);
    }
}

static void
tend_strict_parser_array_end (JsonParser *parser,
                              JsonArray  *array)
{
  pop (TEND_STRICT_PARSER (parser));
}

static void
tend_strict_parser_finalize (GObject *object)
{
  TendStrictParser *self = TEND_STRICT_PARSER (object);

  reset (self);
  g_array_unref (self->open);

  G_OBJECT_CLASS (tend_strict_parser_parent_class)->finalize (object);
}

static void
tend_strict_parser_class_init (TendStrictParserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  JsonParserClass *parser_class = JSON_PARSER_CLASS (klass);

  object_class->finalize = tend_strict_parser_finalize;

  /* The class's own functions, not signal handlers: json-glib 1.10 calls them directly when
   * no handler is connected, so watching costs a function call per value. */
  parser_class->parse_start = tend_strict_parser_parse_start;
  parser_class->object_start = tend_strict_parser_object_start;
  parser_class->object_member = tend_strict_parser_object_member;
  parser_class->object_end = tend_strict_parser_object_end;
  parser_class->array_start = tend_strict_parser_array_start;
  parser_class->array_element = tend_strict_parser_array_element;
  parser_class->array_end = tend_strict_parser_array_end;
}

static void
tend_strict_parser_init (TendStrictParser *self)
{
  self->open = g_array_sized_new (FALSE, FALSE, sizeof (guint), 8);
}

/**
 * tend_strict_parser_new:
 *
 * Returns: a parser that reads like json_parser_new()'s and remembers the first member that
 *   an object holds twice
 */
JsonParser *
tend_strict_parser_new (void)
{
  return g_object_new (TEND_TYPE_STRICT_PARSER, NULL);
}

/**
 * tend_strict_parser_get_duplicate:
 *
 * After a successful load: where the first member found twice in one object is, like
 * "entries" or "entries[3].checkin.mood", or %NULL when every name is used once.
 */
const char *
tend_strict_parser_get_duplicate (TendStrictParser *self)
{
  g_return_val_if_fail (TEND_IS_STRICT_PARSER (self), NULL);

  return self->duplicate != NULL ? self->duplicate->str : NULL;
}
