/* tend-json.c — reading and writing the parts that entries, grounding sessions and month files
 * share: checked members, kept unknown members, pretty JSON, dates and times.
 *
 * Every reader checks one member's value and, when it does not fit, sets a
 * TEND_MONTH_FILE_ERROR_FORMAT error that names the file and the member, from @where
 * ("2026-11.json: entries[3]") and @member ("checkin.mood"; NULL when @where is the full path).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "tend-json-private.h"
#include "tend-records-error.h"

char *
tend_json_path (const char *where,
                const char *member)
{
  if (member == NULL)
    return g_strdup (where);

  return g_strconcat (where, ".", member, NULL);
}

void
tend_json_set_missing (GError     **error,
                       const char  *where,
                       const char  *member)
{
  g_autofree char *path = tend_json_path (where, member);

  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json:
                * entries[3].created”. */
               _("%s: this required member is missing"), path);
}

/**
 * tend_json_object_get_string:
 * @object: an object read from a file
 * @member: the member's name
 *
 * For readers that tell only "there" from "not there or not a string" (a sealed file, whose
 * every fault is one kind of damage).
 *
 * Returns: (nullable): @member's string, or %NULL when it is missing or of another type.
 */
const char *
tend_json_object_get_string (JsonObject *object,
                             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
tend_json_read_object (JsonNode    *node,
                       const char  *where,
                       const char  *member,
                       JsonObject **value,
                       GError     **error)
{
  g_autofree char *path = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      *value = json_node_get_object (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json: entries[3]”. An
                * object is a group of named values between { and }. */
               _("%s: expected an object"), path);
  return FALSE;
}

gboolean
tend_json_read_array (JsonNode    *node,
                      const char  *where,
                      const char  *member,
                      JsonArray  **value,
                      GError     **error)
{
  g_autofree char *path = NULL;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      *value = json_node_get_array (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json: entries”. A
                * list is a series of values between [ and ]. */
               _("%s: expected a list"), path);
  return FALSE;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
holds_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

gboolean
tend_json_read_string (JsonNode    *node,
                       const char  *where,
                       const char  *member,
                       const char **value,
                       GError     **error)
{
  g_autofree char *path = NULL;

  if (holds_string (node))
    {
      *value = json_node_get_string (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json:
                * entries[3].text”. */
               _("%s: expected text"), path);
  return FALSE;
}

gboolean
tend_json_read_id (JsonNode    *node,
                   const char  *where,
                   const char  *member,
                   const char **value,
                   GError     **error)
{
  g_autofree char *path = NULL;

  if (holds_string (node) && *json_node_get_string (node) != '\0')
    {
      *value = json_node_get_string (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json: entries[3].id”. */
               _("%s: expected an id (text that is not empty)"), path);
  return FALSE;
}

gboolean
tend_json_read_boolean (JsonNode    *node,
                        const char  *where,
                        const char  *member,
                        gboolean    *value,
                        GError     **error)
{
  g_autofree char *path = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      *value = json_node_get_boolean (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json:
                * grounding[0].completed”. “true” and “false” are written as they are in the
                * file: do not translate them. */
               _("%s: expected true or false"), path);
  return FALSE;
}

gboolean
tend_json_read_integer (JsonNode *node,
                        gint64    min,
                        gint64    max,
                        gint64   *value)
{
  gint64 number;

  if (!holds_integer (node))
    return FALSE;

  number = json_node_get_int (node);
  if (number < min || number > max)
    return FALSE;

  *value = number;
  return TRUE;
}

gboolean
tend_json_read_scale (JsonNode    *node,
                      const char  *where,
                      const char  *member,
                      int          min,
                      int          max,
                      int         *value,
                      GError     **error)
{
  g_autofree char *path = NULL;
  gint64 number;

  if (tend_json_read_integer (node, min, max, &number))
    {
      *value = (int) number;
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: the first %s is the file and the member, like “2026-11.json:
                * entries[3].checkin.mood”; the numbers are the lowest and highest value. */
               _("%s: expected a whole number from %d to %d"), path, min, max);
  return FALSE;
}

gboolean
tend_json_read_date_time (JsonNode    *node,
                          const char  *where,
                          const char  *member,
                          GDateTime  **value,
                          GError     **error)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *path = NULL;

  /* Without a default zone, GLib refuses a time that does not say its offset. */
  if (holds_string (node))
    date_time = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);

  if (date_time != NULL)
    {
      *value = tend_date_time_to_seconds (date_time);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json:
                * entries[3].created”. Keep the example date as it is: it shows the format the
                * file uses. */
               _("%s: expected a date and time like 2026-11-23T21:04:05+01:00"), path);
  return FALSE;
}

gboolean
tend_json_read_day (JsonNode    *node,
                    const char  *where,
                    const char  *member,
                    const char **value,
                    GError     **error)
{
  g_autofree char *path = NULL;

  if (holds_string (node) && tend_day_is_valid (json_node_get_string (node)))
    {
      *value = json_node_get_string (node);
      return TRUE;
    }

  path = tend_json_path (where, member);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
               /* Translators: %s is the file and the member, like “2026-11.json:
                * entries[3].day”. Keep the example date as it is: it shows the format the file
                * uses. */
               _("%s: expected a date like 2026-11-23"), path);
  return FALSE;
}

gboolean
tend_json_read_tags (JsonNode    *node,
                     const char  *where,
                     const char  *member,
                     char      ***value,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint length;

  if (!tend_json_read_array (node, where, member, &array, error))
    return FALSE;

  builder = g_strv_builder_new ();
  length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds_string (element))
        {
          g_autofree char *list = tend_json_path (where, member);
          g_autofree char *path = g_strdup_printf ("%s[%u]", list, i);

          return tend_json_read_string (element, path, NULL, NULL, error);
        }

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *value = g_strv_builder_end (builder);
  return TRUE;
}

/**
 * tend_json_keep_member:
 *
 * A member this version does not know: kept (copied) in *@extra, in file order.
 */
void
tend_json_keep_member (JsonObject **extra,
                       const char  *name,
                       JsonNode    *node)
{
  if (*extra == NULL)
    *extra = json_object_new ();

  json_object_set_member (*extra, name, json_node_copy (node));
}

/**
 * tend_json_add_kept_members:
 *
 * Appends copies of the kept members to @object, after the ones it already has.
 */
void
tend_json_add_kept_members (JsonObject *object,
                            JsonObject *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;

  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (object, name, json_node_copy (node));
}

/* Writing. JsonGenerator puts a space before each colon and prints doubles that do not
 * always read back as doubles, so Tend writes its files itself, in the layout of DESIGN.md. */

static void
write_indent (GString *out,
              guint    depth)
{
  static const char spaces[] = "                                ";

  for (guint width = depth * 2; width > 0;)
    {
      guint n = MIN (width, sizeof spaces - 1);

      g_string_append_len (out, spaces, n);
      width -= n;
    }
}

static void
write_string (GString    *out,
              const char *string)
{
  const char *run = string;
  const char *p;

  g_string_append_c (out, '"');

  for (p = string; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
    }

  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
write_double (GString *out,
              double   value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* JSON has no infinity; json-glib reads a too large number as one, and reads 1e999 back
   * as the same infinity, so the value survives a round trip. */
  if (isnan (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (isinf (value))
    {
      g_string_append (out, value < 0 ? "-1e999" : "1e999");
      return;
    }

  /* The shortest of these that reads back as the same number. */
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (out, buffer);

  /* "3" would read back as a whole number: keep it a double. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (out, ".0");
}

static void write_node (GString  *out,
                        JsonNode *node,
                        guint     depth);

static void
write_object (GString    *out,
              JsonObject *object,
              guint       depth)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gboolean first = TRUE;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      g_string_append (out, first ? "{\n" : ",\n");
      first = FALSE;

      write_indent (out, depth + 1);
      write_string (out, name);
      g_string_append (out, ": ");
      write_node (out, node, depth + 1);
    }

  if (first)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '\n');
  write_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      depth)
{
  guint length = json_array_get_length (array);

  if (length == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < length; i++)
    {
      write_indent (out, depth + 1);
      write_node (out, json_array_get_element (array, i), depth + 1);
      g_string_append (out, i + 1 < length ? ",\n" : "\n");
    }
  write_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            guint     depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      break;

    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          write_string (out, json_node_get_string (node));
          break;
        default:
          g_assert_not_reached ();
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * tend_json_write:
 *
 * Pretty JSON, two spaces an indent, members in their order, no final newline.
 */
void
tend_json_write (GString  *out,
                 JsonNode *node)
{
  write_node (out, node, 0);
}

/**
 * tend_json_write_at:
 *
 * The same, for a value nested @depth levels deep (its first line is not indented).
 */
void
tend_json_write_at (GString  *out,
                    JsonNode *node,
                    guint     depth)
{
  write_node (out, node, depth);
}

/**
 * tend_json_write_member_name:
 *
 * `  "name": ` at @depth.
 */
void
tend_json_write_member_name (GString    *out,
                             const char *name,
                             guint       depth)
{
  write_indent (out, depth);
  write_string (out, name);
  g_string_append (out, ": ");
}

/* Dates and times */

static gboolean
parse_digits (const char *s,
              guint       n,
              int        *value)
{
  int number = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      number = number * 10 + (s[i] - '0');
    }

  *value = number;
  return TRUE;
}

gboolean
tend_day_is_valid (const char *day)
{
  int year, month, mday;

  return day != NULL && strlen (day) == 10 &&
         parse_digits (day, 4, &year) && day[4] == '-' &&
         parse_digits (day + 5, 2, &month) && day[7] == '-' &&
         parse_digits (day + 8, 2, &mday) &&
         year >= 1 && g_date_valid_dmy (mday, month, year);
}

void
tend_date_time_to_day (GDateTime *date_time,
                       char       day[11])
{
  int year, month, mday;

  g_date_time_get_ymd (date_time, &year, &month, &mday);
  g_snprintf (day, 11, "%04d-%02d-%02d", year, month, mday);
}

void
tend_date_time_to_string (GDateTime *date_time,
                          char       string[TEND_DATE_TIME_STRING_SIZE])
{
  g_autoptr(GDateTime) utc = NULL;
  GTimeSpan offset = g_date_time_get_utc_offset (date_time);
  int year, month, mday, minutes;

  /* Old local mean times have offsets with seconds, which "+01:00" cannot say: the same
   * instant is then written in UTC. */
  if (offset % G_TIME_SPAN_MINUTE != 0 && (utc = g_date_time_to_utc (date_time)) != NULL)
    {
      date_time = utc;
      offset = 0;
    }

  minutes = (int) (offset / G_TIME_SPAN_MINUTE);
  g_date_time_get_ymd (date_time, &year, &month, &mday);
  g_snprintf (string, TEND_DATE_TIME_STRING_SIZE, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
              year, month, mday,
              g_date_time_get_hour (date_time),
              g_date_time_get_minute (date_time),
              g_date_time_get_second (date_time),
              minutes < 0 ? '-' : '+', ABS (minutes) / 60, ABS (minutes) % 60);
}

/**
 * tend_date_time_to_seconds:
 *
 * The same instant and offset, without the microseconds that the files do not keep.
 */
GDateTime *
tend_date_time_to_seconds (GDateTime *date_time)
{
  int microseconds = g_date_time_get_microsecond (date_time);

  if (microseconds == 0)
    return g_date_time_ref (date_time);

  return g_date_time_add (date_time, -microseconds);
}

/**
 * tend_date_time_same:
 *
 * Same instant and same offset, so they serialize the same way.
 */
gboolean
tend_date_time_same (GDateTime *a,
                     GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b) &&
         g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
}

/**
 * tend_date_time_set:
 *
 * Stores a reference to @value (in whole seconds) in *@slot; TRUE if that changed it.
 */
gboolean
tend_date_time_set (GDateTime **slot,
                    GDateTime  *value)
{
  g_autoptr(GDateTime) seconds = NULL;

  if (value != NULL)
    seconds = tend_date_time_to_seconds (value);

  if (tend_date_time_same (*slot, seconds))
    return FALSE;

  g_clear_pointer (slot, g_date_time_unref);
  *slot = g_steal_pointer (&seconds);
  return TRUE;
}
