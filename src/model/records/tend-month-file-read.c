/* tend-month-file-read.c — reading a month file, and the rules a readable one keeps.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-json-private.h"
#include "tend-month-file-private.h"
#include "tend-strict-parser.h"

/* The three lists of records, as the file and the error messages name them. */
typedef enum {
  KIND_ENTRY,
  KIND_SESSION,
  KIND_TOMBSTONE,
  N_KINDS,
} RecordKind;

static const char * const kind_names[N_KINDS] = { "entries", "grounding", "deleted" };

/* Checking the whole file before parsing */

static gboolean
is_blank (const char *data,
          gsize       size)
{
  /* A byte order mark alone is as empty as nothing. */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  for (gsize i = 0; i < size; i++)
    if (data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r')
      return FALSE;

  return TRUE;
}

/* Line and column (in characters, from 1) of @offset in text that is valid UTF-8 up to it. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < data + offset; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          line_start = p + 1;
        }
    }

  *column = (guint) g_utf8_strlen (line_start, data + offset - line_start) + 1;
}

static void
set_nul_error (GError     **error,
               const char  *file_name,
               const char  *data,
               gsize        offset)
{
  guint line, column;

  locate (data, offset, &line, &column);
  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_ENCODING,
               /* Translators: %s is a file name like 2026-11.json, then a line and a column in
                * it. A NUL is the character with code zero, which never belongs in written text. */
               _("%s: line %u, column %u: the text holds a NUL character"),
               file_name, line, column);
}

static gboolean
check_text (const char  *data,
            gsize        size,
            const char  *file_name,
            GError     **error)
{
  const char *end = NULL;
  const char *p;

  if (!g_utf8_validate_len (data, size, &end))
    {
      guint line, column;

      if (*end == '\0')
        {
          set_nul_error (error, file_name, data, end - data);
          return FALSE;
        }

      locate (data, end - data, &line, &column);
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_ENCODING,
                   /* Translators: %s is a file name like 2026-11.json, then a line and a column
                    * in it. */
                   _("%s: line %u, column %u: the text is not valid UTF-8"),
                   file_name, line, column);
      return FALSE;
    }

  /* json-glib reads the escape \u0000 and silently cuts the text short there, so the rest of
   * that text would be lost on the next write. The escape is real when an odd number of
   * backslashes leads up to the "u". */
  for (p = data; (p = g_strstr_len (p, data + size - p, "\\u0000")) != NULL; p++)
    {
      gsize backslashes = 1;

      while (p - backslashes >= data && p[-(gssize) backslashes] == '\\')
        backslashes++;

      if (backslashes % 2 == 1)
        {
          set_nul_error (error, file_name, data, p - data);
          return FALSE;
        }
    }

  return TRUE;
}

/* json-glib's messages read "<data>:LINE:COLUMN: Parse error: DETAIL". */
static gboolean
split_parser_message (const char  *message,
                      guint       *line,
                      guint       *column,
                      const char **detail)
{
  const char *p = message;
  char *end;
  guint64 number;

  if (!g_str_has_prefix (p, "<data>:"))
    return FALSE;
  p += strlen ("<data>:");

  number = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':' || number > G_MAXUINT)
    return FALSE;
  *line = (guint) number;
  p = end + 1;

  number = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':' || number > G_MAXUINT)
    return FALSE;
  *column = (guint) number;
  p = end + 1;

  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "Parse error: "))
    p += strlen ("Parse error: ");

  *detail = p;
  return TRUE;
}

static void
set_syntax_error (GError       **error,
                  const char    *file_name,
                  const GError  *parser_error)
{
  g_autofree char *message = NULL;
  guint line, column;
  const char *detail;

  /* json-glib quotes the token it stopped at, cut to a number of bytes that can split a
   * character in two: the message must be valid UTF-8 to be shown. */
  message = g_utf8_make_valid (parser_error->message, -1);

  if (split_parser_message (message, &line, &column, &detail))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_SYNTAX,
                   /* Translators: %s is a file name like 2026-11.json, then a line and a column
                    * in it, then the JSON reader's own words for what it found there. */
                   _("%s: line %u, column %u: not valid JSON, or cut short (%s)"),
                   file_name, line, column, detail);
    }
  else
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_SYNTAX,
                   /* Translators: %s is a file name like 2026-11.json, then the JSON reader's
                    * own words for what it found wrong. */
                   _("%s: not valid JSON, or cut short (%s)"),
                   file_name, message);
    }
}

static void
set_too_large_error (GError     **error,
                     const char  *file_name,
                     guint64      size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = g_format_size (TEND_MONTH_FILE_MAX_BYTES);

  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE,
               /* Translators: the first %s is a file name like 2026-11.json, the others are
                * sizes like “50.0 MB” and “16.8 MB”. */
               _("%s: the file is %s, more than the %s a month file may hold"),
               file_name, size_text, max_text);
}

/* Records: ids and months */

/* Where an id was first seen, for the message when it comes again. */
#define ID_PLACE(kind, index) GUINT_TO_POINTER ((index) * N_KINDS + (kind) + 1)

static gboolean
check_record (TendMonthFile  *self,
              GHashTable     *ids,
              RecordKind      kind,
              guint           index,
              const char     *where,
              const char     *id,
              const char     *day,
              const char     *day_member,
              GError        **error)
{
  gpointer place;

  if (g_hash_table_lookup_extended (ids, id, NULL, &place))
    {
      guint first = GPOINTER_TO_UINT (place) - 1;
      g_autofree char *path = tend_json_path (where, "id");
      g_autofree char *other = g_strdup_printf ("%s[%u]", kind_names[first % N_KINDS],
                                                first / N_KINDS);

      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: the first %s is the file and the member, like “2026-11.json:
                    * grounding[0].id”, the second the id, the third the record that already has
                    * it, like “entries[2]”. */
                   _("%s: the id “%s” is already used by %s"), path, id, other);
      return FALSE;
    }

  if (day != NULL && strncmp (day, self->month, 7) != 0)
    {
      g_autofree char *path = tend_json_path (where, day_member);

      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: the first %s is the file and the member, like “2026-11.json:
                    * entries[3].day”, the second a month like 2026-11, the third the date that
                    * was found, like 2026-12-01. */
                   _("%s: expected a date in %s, not %s"), path, self->month, day);
      return FALSE;
    }

  g_hash_table_insert (ids, (gpointer) id, ID_PLACE (kind, index));
  return TRUE;
}

static TendTombstone *
tombstone_new_from_json (JsonObject  *object,
                         const char  *where,
                         GError     **error)
{
  g_autoptr(TendTombstone) tombstone = g_new0 (TendTombstone, 1);
  JsonNode *id = NULL, *updated = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *id_string;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (strcmp (name, "id") == 0)
        id = node;
      else if (strcmp (name, "updated") == 0)
        updated = node;
      else
        tend_json_keep_member (&tombstone->extra, name, node);
    }

  if (id == NULL || updated == NULL)
    {
      tend_json_set_missing (error, where, id == NULL ? "id" : "updated");
      return NULL;
    }

  if (!tend_json_read_id (id, where, "id", &id_string, error) ||
      !tend_json_read_date_time (updated, where, "updated", &tombstone->updated, error))
    return NULL;

  tombstone->id = g_strdup (id_string);
  return g_steal_pointer (&tombstone);
}

static gboolean
read_record (TendMonthFile  *self,
             RecordKind      kind,
             guint           index,
             JsonObject     *object,
             const char     *where,
             GHashTable     *ids,
             GError        **error)
{
  switch (kind)
    {
    case KIND_ENTRY:
      {
        g_autoptr(TendEntry) entry = tend_entry_new_from_json (object, where, error);

        if (entry == NULL ||
            !check_record (self, ids, kind, index, where, tend_entry_get_id (entry),
                           tend_entry_get_day (entry), "day", error))
          return FALSE;

        g_ptr_array_add (self->entries, g_steal_pointer (&entry));
        return TRUE;
      }

    case KIND_SESSION:
      {
        g_autoptr(TendGroundingSession) session =
          tend_grounding_session_new_from_json (object, where, error);
        char day[11];

        if (session == NULL)
          return FALSE;

        tend_date_time_to_day (tend_grounding_session_get_started (session), day);
        if (!check_record (self, ids, kind, index, where, tend_grounding_session_get_id (session),
                           day, "started", error))
          return FALSE;

        g_ptr_array_add (self->sessions, g_steal_pointer (&session));
        return TRUE;
      }

    case KIND_TOMBSTONE:
      {
        g_autoptr(TendTombstone) tombstone = tombstone_new_from_json (object, where, error);

        if (tombstone == NULL ||
            !check_record (self, ids, kind, index, where, tombstone->id, NULL, NULL, error))
          return FALSE;

        g_ptr_array_add (self->deleted, g_steal_pointer (&tombstone));
        return TRUE;
      }

    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Reads one of the three lists into its array. A month from a newer Tend is read leniently:
 * what does not fit is left out, since that month is only shown, never written back. */
static gboolean
read_records (TendMonthFile  *self,
              RecordKind      kind,
              JsonNode       *node,
              const char     *file_name,
              GHashTable     *ids,
              GError        **error)
{
  g_autofree char *list = g_strdup_printf ("%s: %s", file_name, kind_names[kind]);
  g_autoptr(GString) where = g_string_new (NULL);
  GError **record_error = self->read_only ? NULL : error;
  JsonArray *array;
  guint length;

  if (!tend_json_read_array (node, list, NULL, &array, record_error))
    return self->read_only;

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonObject *object;

      g_string_printf (where, "%s[%u]", list, i);

      if (!tend_json_read_object (json_array_get_element (array, i), where->str, NULL,
                                  &object, record_error) ||
          !read_record (self, kind, i, object, where->str, ids, record_error))
        {
          if (!self->read_only)
            return FALSE;
        }
    }

  return TRUE;
}

/* Before writing: the checks of records that reading makes, so a month is never written in a
 * way it could not be read back (a record of another month, an id used twice). */
gboolean
tend_month_file_check_records (TendMonthFile  *self,
                               GError        **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *file_name = tend_month_file_dup_file_name (self);

  for (guint i = 0; i < self->entries->len; i++)
    {
      TendEntry *entry = g_ptr_array_index (self->entries, i);

      g_string_printf (where, "%s: %s[%u]", file_name, kind_names[KIND_ENTRY], i);
      if (!check_record (self, ids, KIND_ENTRY, i, where->str, tend_entry_get_id (entry),
                         tend_entry_get_day (entry), "day", error))
        return FALSE;
    }

  for (guint i = 0; i < self->sessions->len; i++)
    {
      TendGroundingSession *session = g_ptr_array_index (self->sessions, i);
      char day[11];

      tend_date_time_to_day (tend_grounding_session_get_started (session), day);
      g_string_printf (where, "%s: %s[%u]", file_name, kind_names[KIND_SESSION], i);
      if (!check_record (self, ids, KIND_SESSION, i, where->str,
                         tend_grounding_session_get_id (session), day, "started", error))
        return FALSE;
    }

  for (guint i = 0; i < self->deleted->len; i++)
    {
      TendTombstone *tombstone = g_ptr_array_index (self->deleted, i);

      g_string_printf (where, "%s: %s[%u]", file_name, kind_names[KIND_TOMBSTONE], i);
      if (!check_record (self, ids, KIND_TOMBSTONE, i, where->str, tombstone->id,
                         NULL, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* The top level */

enum {
  MEMBER_FORMAT,
  MEMBER_VERSION,
  MEMBER_MONTH,
  MEMBER_ENTRIES,
  MEMBER_GROUNDING,
  MEMBER_DELETED,
  N_MEMBERS,
};

static const char * const member_names[N_MEMBERS] = {
  "format", "version", "month", "entries", "grounding", "deleted",
};

static gboolean
file_name_has_month (const char *file_name,
                     const char *month)
{
  const char *base = strrchr (file_name, G_DIR_SEPARATOR);

  base = base != NULL ? base + 1 : file_name;
  return strncmp (base, month, 7) == 0 && strcmp (base + 7, ".json") == 0;
}

/* @file_name names the month in errors; when @in_file, it is the month's own file, whose name
 * must agree with the "month" member (not so for a month inside a backup). */
static TendMonthFile *
read_month (JsonObject  *root,
            const char  *file_name,
            gboolean     in_file,
            GError     **error)
{
  g_autoptr(TendMonthFile) self = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *members[N_MEMBERS] = { NULL, };
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *format = NULL;
  const char *month = NULL;
  gint64 version;

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      guint i;

      for (i = 0; i < N_MEMBERS; i++)
        if (strcmp (name, member_names[i]) == 0)
          break;

      if (i < N_MEMBERS)
        members[i] = node;
      else
        tend_json_keep_member (&extra, name, node);
    }

  for (guint i = MEMBER_FORMAT; i <= MEMBER_MONTH; i++)
    {
      if (members[i] == NULL)
        {
          g_autofree char *path = g_strdup_printf ("%s: %s", file_name, member_names[i]);

          tend_json_set_missing (error, path, NULL);
          return NULL;
        }
    }

  if (!tend_json_read_string (members[MEMBER_FORMAT], file_name, NULL, &format, NULL) ||
      strcmp (format, TEND_MONTH_FILE_FORMAT) != 0)
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json. Keep “tend-journal” as it
                    * is: it is the name written in every journal file. */
                   _("%s: format: expected “tend-journal”; this is not a Tend journal file"),
                   file_name);
      return NULL;
    }

  if (!tend_json_read_integer (members[MEMBER_VERSION], 1, G_MAXINT64, &version))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json; “version” is the name of
                    * the member in the file, keep it as it is. */
                   _("%s: version: expected a whole number, 1 or more"), file_name);
      return NULL;
    }

  if (!tend_json_read_string (members[MEMBER_MONTH], file_name, NULL, &month, NULL) ||
      !tend_month_is_valid (month))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json; “month” is the name of
                    * the member in the file, keep it as it is, and keep the example month. */
                   _("%s: month: expected a month like 2026-11"), file_name);
      return NULL;
    }

  if (in_file && !file_name_has_month (file_name, month))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json, then the month found in
                    * it, like 2026-10; “month” is the name of the member in the file, keep it as
                    * it is. */
                   _("%s: month: “%s” is not the month in the file name"), file_name, month);
      return NULL;
    }

  self = tend_month_file_new (month);
  self->version = version;
  self->read_only = version > TEND_MONTH_FILE_VERSION;
  self->extra = g_steal_pointer (&extra);

  /* Ids are unique across the three lists: a tombstone stands for a record that is gone. */
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = MEMBER_ENTRIES; i <= MEMBER_DELETED; i++)
    {
      if (members[i] != NULL &&
          !read_records (self, KIND_ENTRY + (i - MEMBER_ENTRIES), members[i], file_name, ids,
                         error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * tend_month_file_parse:
 * @bytes: a Tend JSON file's contents
 * @file_name: how errors name it
 *
 * The checks every Tend file gets before its members are read, in the order a person would
 * want to hear of them: empty, not UTF-8 or holding a NUL, not JSON, a member twice in one
 * object, not an object at the top.
 * The size is the caller's to check, since a month and a backup have different limits.
 *
 * Returns: (nullable) (transfer full): the parser, holding an object as its root, or %NULL
 *   with a %TEND_MONTH_FILE_ERROR
 */
JsonParser *
tend_month_file_parse (GBytes      *bytes,
                       const char  *file_name,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parser_error = NULL;
  const char *data;
  const char *duplicate;
  gsize size;
  JsonNode *root;

  data = g_bytes_get_data (bytes, &size);

  if (is_blank (data, size))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_EMPTY,
                   /* Translators: %s is a file name like 2026-11.json. */
                   _("%s: the file is empty"), file_name);
      return NULL;
    }

  if (!check_text (data, size, file_name, error))
    return NULL;

  /* Not immutable: json-glib 1.10 aborts on some input with json_parser_new_immutable (). */
  parser = tend_strict_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, &parser_error))
    {
      set_syntax_error (error, file_name, parser_error);
      return NULL;
    }

  /* json-glib keeps only the last of two members with one name: reading on would drop the
   * other without a word, and the next save would make that final. */
  duplicate = tend_strict_parser_get_duplicate (TEND_STRICT_PARSER (parser));
  if (duplicate != NULL)
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: the first %s is a file name like 2026-11.json, the second
                    * a member in it, like “entries” or “entries[3].text”. */
                   _("%s: %s: this member appears twice; reading only one of them would lose "
                     "the other"),
                   file_name, duplicate);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json. An object is a group of
                    * named values between { and }, which is what a journal file holds. */
                   _("%s: expected an object at the top of the file"), file_name);
      return NULL;
    }

  return g_steal_pointer (&parser);
}

/**
 * tend_month_file_new_from_object:
 * @object: a month object, as a month file holds it at its top
 * @where: how errors name it, like "tend-backup.json: months[2]"
 *
 * Reads a month held inside another file (a backup) with the rules of a month file, except
 * that there is no file name for the "month" member to agree with.
 *
 * Returns: (nullable): the month, or %NULL with a %TEND_MONTH_FILE_ERROR
 */
TendMonthFile *
tend_month_file_new_from_object (JsonObject  *object,
                                 const char  *where,
                                 GError     **error)
{
  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_month (object, where, FALSE, error);
}

/**
 * tend_month_file_new_from_bytes:
 * @bytes: the file's contents
 * @file_name: its name, like "2026-11.json"
 *
 * Parses a month file strictly: anything that does not fit the format is an error, so a
 * damaged file is never mistaken for a shorter one and written back over. A file from a
 * newer Tend (a higher "version") is read leniently and comes back read-only. @file_name
 * names the file in errors and must match the "month" member.
 *
 * Returns: (nullable): the month, or %NULL with a %TEND_MONTH_FILE_ERROR whose message names
 *   the file, the member (e.g. "entries[3].checkin.mood") and what was expected
 */
TendMonthFile *
tend_month_file_new_from_bytes (GBytes      *bytes,
                                const char  *file_name,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > TEND_MONTH_FILE_MAX_BYTES)
    {
      set_too_large_error (error, file_name, g_bytes_get_size (bytes));
      return NULL;
    }

  parser = tend_month_file_parse (bytes, file_name, error);
  if (parser == NULL)
    return NULL;

  return read_month (json_node_get_object (json_parser_get_root (parser)), file_name, TRUE,
                     error);
}

/* Reading only regular files */

static void
set_not_regular_error (GError      **error,
                       const char   *file_name,
                       mode_t        mode)
{
#define SET_ERROR(...) g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, __VA_ARGS__)
  if (S_ISFIFO (mode))
    /* Translators: %s is a file name like 2026-11.json. A named pipe (a FIFO) is a special
     * file that passes data between programs; it holds nothing to read. */
    SET_ERROR (_("%s: this is a named pipe, not an ordinary file"), file_name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    /* Translators: %s is a file name like 2026-11.json. A device is a special file, such
     * as /dev/zero, that stands for hardware or the system rather than holding data. */
    SET_ERROR (_("%s: this is a device, not an ordinary file"), file_name);
  else if (S_ISSOCK (mode))
    /* Translators: %s is a file name like 2026-11.json. A socket is a special file that
     * programs talk through. */
    SET_ERROR (_("%s: this is a socket, not an ordinary file"), file_name);
  else if (S_ISDIR (mode))
    /* Translators: %s is a file name like 2026-11.json. */
    SET_ERROR (_("%s: this is a folder, not an ordinary file"), file_name);
  else
    /* Translators: %s is a file name like 2026-11.json. */
    SET_ERROR (_("%s: this is not an ordinary file"), file_name);
#undef SET_ERROR
}

static void
set_errno_error (GError     **error,
                 const char  *file_name,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %s is a file name like 2026-11.json, then the system's reason. */
               _("%s: could not be read: %s"), file_name, g_strerror (saved_errno));
}

/**
 * tend_month_file_read_regular:
 * @path: a file to read whole
 * @file_name: how errors name it
 * @max_bytes: the most it may hold
 * @size: (out): its size, when it is over @max_bytes
 *
 * Reads a regular file, following symbolic links. Anything else (a named pipe, a device such
 * as /dev/zero, a socket, a folder, or a link to one) is refused with
 * %G_IO_ERROR_NOT_REGULAR_FILE without a byte read from it: a pipe would block Tend until a
 * writer came, a device could hand it endless bytes. The type is checked before the file is
 * opened, and again on what was opened, so a name swapped in between cannot make it wait.
 *
 * Returns: (nullable): the contents; or %NULL with a %G_IO_ERROR; or %NULL without an error
 *   when the file holds more than @max_bytes, its size in @size, for the caller to refuse in
 *   its own words
 */
GBytes *
tend_month_file_read_regular (const char  *path,
                              const char  *file_name,
                              guint64      max_bytes,
                              guint64     *size,
                              GError     **error)
{
  g_autofd int fd = -1;
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize capacity;
  gsize length = 0;

  g_return_val_if_fail (max_bytes < G_MAXSIZE, NULL);

  if (g_stat (path, &st) != 0)
    {
      set_errno_error (error, file_name, errno);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, file_name, st.st_mode);
      return NULL;
    }

  /* O_NONBLOCK: should a pipe have taken the name since, opening it does not wait for a
   * writer, and fstat() below refuses it. O_NOCTTY: nor does a terminal become ours. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      set_errno_error (error, file_name, errno);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      set_not_regular_error (error, file_name, st.st_mode);
      return NULL;
    }
  if (fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK) != 0)
    {
      set_errno_error (error, file_name, errno);
      return NULL;
    }

  /* A file too large is refused before it is read into memory. */
  if ((guint64) st.st_size > max_bytes)
    {
      *size = (guint64) st.st_size;
      return NULL;
    }

  /* From the file that was checked, to its end: should it have grown meanwhile, reading
   * stops once it is over the limit. */
  capacity = (gsize) st.st_size + 1;
  data = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (length == capacity)
        {
          if (length > max_bytes)
            break;
          capacity = (gsize) MIN ((guint64) capacity * 2, max_bytes + 1);
          data = g_realloc (data, capacity);
        }

      n = read (fd, data + length, capacity - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, file_name, errno);
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }

  if (length > max_bytes)
    {
      *size = length;
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), length);
}

/**
 * tend_month_file_read:
 * @path: a month file, like ".../journal/2026-11.json"
 * @max_bytes: the most it may hold: TEND_MONTH_FILE_MAX_BYTES for a plain month, more for one
 *   that may be sealed
 *
 * Reads a month file's bytes as tend_month_file_read_regular() does, without parsing them.
 *
 * Returns: (nullable): the bytes, or %NULL with a %G_IO_ERROR, or %TEND_MONTH_FILE_ERROR_TOO_LARGE
 */
GBytes *
tend_month_file_read (const char  *path,
                      guint64      max_bytes,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;
  guint64 size = 0;
  GError *read_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file_name = g_filename_display_basename (path);
  bytes = tend_month_file_read_regular (path, file_name, max_bytes, &size, &read_error);
  if (bytes == NULL)
    {
      if (read_error != NULL)
        g_propagate_error (error, read_error);
      else
        set_too_large_error (error, file_name, size);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/**
 * tend_month_file_load:
 * @path: a month file, like ".../journal/2026-11.json"
 *
 * Reads and parses DIR/YYYY-MM.json. Errors are those of tend_month_file_new_from_bytes() (a
 * file over TEND_MONTH_FILE_MAX_BYTES is refused before it is read), or G_IO_ERROR when the
 * file cannot be read at all: G_IO_ERROR_NOT_REGULAR_FILE for a pipe, a device, a socket or a
 * folder (or a link to one), which are never read.
 *
 * Returns: (nullable): the month, or %NULL with a %TEND_MONTH_FILE_ERROR or a %G_IO_ERROR
 */
TendMonthFile *
tend_month_file_load (const char  *path,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = tend_month_file_read (path, TEND_MONTH_FILE_MAX_BYTES, error);
  if (bytes == NULL)
    return NULL;

  file_name = g_filename_display_basename (path);
  return tend_month_file_new_from_bytes (bytes, file_name, error);
}
