/* tend-crisis-lines.c — the numbers on the "Need more help?" page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Tend is not a crisis service (DESIGN.md). This reads a list of numbers shipped with the app
 * and picks the ones for where the person probably is, from their locale. Nothing is looked up
 * or sent anywhere: the list is a file inside the app, and the person does the calling.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tend-crisis-lines.h"

#define FORMAT_NAME "tend-crisis-lines"
#define FORMAT_VERSION 1

struct _TendCrisisLines {
  GPtrArray *lines;  /* of TendCrisisLine, owned */
};

static const struct {
  const char *region;
  const char *name;
} region_names[] = {
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "US", N_("United States") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "EU", N_("European Union") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "FR", N_("France") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "ES", N_("Spain") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "DE", N_("Germany") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "GB", N_("United Kingdom") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "IE", N_("Ireland") },
  /* Translators: on the "Need more help?" page, above the advice that works in any country. */
  { TEND_CRISIS_REGION_GENERAL, N_("Wherever you are") },
};

static void
tend_crisis_line_free (gpointer data)
{
  TendCrisisLine *line = data;

  g_free (line->region);
  g_strfreev (line->countries);
  g_free (line->name);
  g_free (line->number);
  g_free (line->text);
  g_free (line->hours);
  g_free (line->checked);
  g_free (line);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendCrisisLine, tend_crisis_line_free)

static gboolean
is_code (const char *text)
{
  return strlen (text) == 2 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]);
}

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (strlen (text) != length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return TRUE;
}

/* "2026-11-24", or "2025-01" for what was known that month without a check. */
static gboolean
is_checked_date (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n_parts = g_strv_length (parts);
  guint year, month, day;

  if (n_parts < 2 || n_parts > 3 ||
      !is_digits (parts[0], 4) || !is_digits (parts[1], 2) ||
      (n_parts == 3 && !is_digits (parts[2], 2)))
    return FALSE;

  year = (guint) g_ascii_strtoull (parts[0], NULL, 10);
  month = (guint) g_ascii_strtoull (parts[1], NULL, 10);
  day = n_parts == 3 ? (guint) g_ascii_strtoull (parts[2], NULL, 10) : 1;

  return year >= 2000 && month >= 1 && month <= 12 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Digits in the groups people dial them in, with an optional leading "+". */
static gboolean
is_phone_number (const char *text)
{
  guint digits = 0;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (g_ascii_isdigit (*c))
        digits++;
      else if (!(*c == ' ' || (*c == '+' && c == text)))
        return FALSE;
    }

  return digits >= 2 && text[strlen (text) - 1] != ' ';
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             gboolean     required,
             guint        index,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has no “%s”", index, member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“%s” of crisis line %u is not a non-empty string", member, index);
      return FALSE;
    }

  *out = json_node_dup_string (node);
  return TRUE;
}

static gboolean
read_countries (JsonObject      *object,
                guint            index,
                TendCrisisLine  *line,
                GError         **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, "countries");
  JsonArray *array;

  /* Without a list, a line answers in its own region (none for the general advice). */
  if (node == NULL)
    {
      if (is_code (line->region))
        g_strv_builder_add (builder, line->region);
      line->countries = g_strv_builder_end (builder);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“countries” of crisis line %u is not a list", index);
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *code = JSON_NODE_HOLDS_VALUE (element) ? json_node_get_string (element) : NULL;

      if (code == NULL || !is_code (code))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "crisis line %u lists a country that is not a two-letter code", index);
          return FALSE;
        }
      g_strv_builder_add (builder, code);
    }

  line->countries = g_strv_builder_end (builder);
  return TRUE;
}

static TendCrisisLine *
read_line (JsonNode  *node,
           guint      index,
           GError   **error)
{
  g_autoptr(TendCrisisLine) line = g_new0 (TendCrisisLine, 1);
  g_autofree char *kind = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u is not an object", index);
      return NULL;
    }

  object = json_node_get_object (node);
  if (!read_string (object, "region", TRUE, index, &line->region, error) ||
      !read_string (object, "kind", TRUE, index, &kind, error) ||
      !read_string (object, "name", FALSE, index, &line->name, error) ||
      !read_string (object, "number", TRUE, index, &line->number, error) ||
      !read_string (object, "text", FALSE, index, &line->text, error) ||
      !read_string (object, "hours", TRUE, index, &line->hours, error) ||
      !read_string (object, "checked", TRUE, index, &line->checked, error))
    return NULL;

  if (g_str_equal (kind, "support"))
    line->kind = TEND_CRISIS_LINE_SUPPORT;
  else if (g_str_equal (kind, "emergency"))
    line->kind = TEND_CRISIS_LINE_EMERGENCY;
  else if (g_str_equal (kind, "local"))
    line->kind = TEND_CRISIS_LINE_LOCAL;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u is of an unknown kind “%s”", index, kind);
      return NULL;
    }

  if (!g_str_equal (line->region, TEND_CRISIS_REGION_GENERAL) && !is_code (line->region))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a region that is not a two-letter code", index);
      return NULL;
    }

  /* A line someone talks to is known by its own name. */
  if (line->kind == TEND_CRISIS_LINE_SUPPORT && line->name == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has no name", index);
      return NULL;
    }

  if (!is_phone_number (line->number) || (line->text != NULL && !is_phone_number (line->text)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a number that cannot be dialled", index);
      return NULL;
    }

  if (!is_checked_date (line->checked))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a checked date that is not YYYY-MM-DD or YYYY-MM", index);
      return NULL;
    }

  if (!read_countries (object, index, line, error))
    return NULL;

  return g_steal_pointer (&line);
}

/**
 * tend_crisis_lines_new_from_data:
 * @data: the JSON text of `crisis-lines.json`
 * @length: its length, or -1 when it ends with a NUL
 * @error: where to say what is wrong with it
 *
 * Reads the list and checks every entry: each has a region, a number that can be dialled and
 * the date it was checked, and there is advice for anywhere (the general region).
 *
 * Returns: (transfer full) (nullable): the lines, or %NULL with @error set.
 */
TendCrisisLines *
tend_crisis_lines_new_from_data (const char  *data,
                                 gssize       length,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(TendCrisisLines) self = NULL;
  JsonObject *root;
  const char *format;
  JsonNode *lines;
  JsonArray *array;
  gboolean has_general = FALSE;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;

  /* An empty document parses, with no root at all. */
  if (json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the crisis lines are not a JSON object");
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  format = json_object_get_string_member_with_default (root, "format", NULL);
  if (g_strcmp0 (format, FORMAT_NAME) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != FORMAT_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the crisis lines are not in the “%s” format, version %d",
                   FORMAT_NAME, FORMAT_VERSION);
      return NULL;
    }

  lines = json_object_get_member (root, "lines");
  if (lines == NULL || !JSON_NODE_HOLDS_ARRAY (lines))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the crisis lines have no “lines” list");
      return NULL;
    }

  self = g_new0 (TendCrisisLines, 1);
  self->lines = g_ptr_array_new_with_free_func (tend_crisis_line_free);

  array = json_node_get_array (lines);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      TendCrisisLine *line = read_line (json_array_get_element (array, i), i, error);

      if (line == NULL)
        return NULL;

      has_general |= g_str_equal (line->region, TEND_CRISIS_REGION_GENERAL);
      g_ptr_array_add (self->lines, line);
    }

  if (!has_general)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the crisis lines have no advice for anywhere (region “general”)");
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * tend_crisis_lines_new_from_bytes:
 * @bytes: the file's contents, for example from the GResource
 * @error: where to say what is wrong with it
 *
 * Returns: (transfer full) (nullable): the lines, or %NULL with @error set.
 */
TendCrisisLines *
tend_crisis_lines_new_from_bytes (GBytes  *bytes,
                                  GError **error)
{
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL || size == 0 || size > (gsize) G_MAXSSIZE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "the crisis lines are empty");
      return NULL;
    }

  return tend_crisis_lines_new_from_data (data, (gssize) size, error);
}

void
tend_crisis_lines_free (TendCrisisLines *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_free (self);
}

guint
tend_crisis_lines_get_n_items (TendCrisisLines *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lines->len;
}

/**
 * tend_crisis_lines_get_item:
 * @self: the lines
 * @position: from 0, in the file's order
 *
 * Returns: (transfer none) (nullable): the line, or %NULL past the end.
 */
const TendCrisisLine *
tend_crisis_lines_get_item (TendCrisisLines *self,
                            guint            position)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (position >= self->lines->len)
    return NULL;

  return g_ptr_array_index (self->lines, position);
}

/**
 * tend_crisis_region_from_locale:
 * @locale: (nullable): a locale name such as "de_DE.UTF-8", "sr_RS@latin" or "en-GB"
 *
 * Returns: (nullable): the country part in upper case ("DE"), or %NULL when @locale names
 *   none ("C", "de", "es_419").
 */
const char *
tend_crisis_region_from_locale (const char *locale)
{
  char code[3];
  gsize name_length;
  const char *territory = NULL;

  if (locale == NULL)
    return NULL;

  /* language[_territory][.codeset][@modifier]: the territory is before any codeset. */
  name_length = strcspn (locale, ".@");
  for (gsize i = 0; i < name_length; i++)
    {
      if (locale[i] == '_' || locale[i] == '-')
        {
          territory = locale + i + 1;
          break;
        }
    }

  if (territory == NULL || territory + 2 != locale + name_length ||
      !g_ascii_isalpha (territory[0]) || !g_ascii_isalpha (territory[1]))
    return NULL;

  code[0] = g_ascii_toupper (territory[0]);
  code[1] = g_ascii_toupper (territory[1]);
  code[2] = '\0';

  return g_intern_string (code);
}

static gboolean
line_answers_in (const TendCrisisLine *line,
                 const char           *region)
{
  /* A region of the file ("EU") has its own lines, whichever countries they answer in. */
  if (g_str_equal (line->region, region))
    return TRUE;

  if (g_str_equal (region, TEND_CRISIS_REGION_GENERAL))
    return FALSE;

  return g_strv_contains ((const char * const *) line->countries, region);
}

/**
 * tend_crisis_lines_pick_region:
 * @self: the lines
 * @locale: (nullable): the person's locale, such as "de_DE.UTF-8"
 *
 * Returns: the country of @locale when some line answers there, otherwise
 *   %TEND_CRISIS_REGION_GENERAL; an interned string.
 */
const char *
tend_crisis_lines_pick_region (TendCrisisLines *self,
                               const char      *locale)
{
  const char *region;

  g_return_val_if_fail (self != NULL, TEND_CRISIS_REGION_GENERAL);

  region = tend_crisis_region_from_locale (locale);
  if (region != NULL)
    {
      for (guint i = 0; i < self->lines->len; i++)
        {
          if (line_answers_in (g_ptr_array_index (self->lines, i), region))
            return region;
        }
    }

  return g_intern_static_string (TEND_CRISIS_REGION_GENERAL);
}

/**
 * tend_crisis_lines_get_for_region:
 * @self: the lines
 * @region: a country code such as "DE", a region of the file such as "EU", or
 *   %TEND_CRISIS_REGION_GENERAL
 *
 * Returns: (transfer container) (element-type TendCrisisLine): the lines of @region and those
 *   that answer in it, in the file's order (talk lines before emergency numbers); the general advice
 *   when none does.
 */
GPtrArray *
tend_crisis_lines_get_for_region (TendCrisisLines *self,
                                  const char      *region)
{
  GPtrArray *found;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < self->lines->len; i++)
    {
      if (line_answers_in (g_ptr_array_index (self->lines, i), region))
        g_ptr_array_add (found, g_ptr_array_index (self->lines, i));
    }

  if (found->len == 0 && !g_str_equal (region, TEND_CRISIS_REGION_GENERAL))
    {
      g_ptr_array_unref (found);
      return tend_crisis_lines_get_for_region (self, TEND_CRISIS_REGION_GENERAL);
    }

  return found;
}

/**
 * tend_crisis_region_get_name:
 * @region: a region of the file, such as "EU", or %TEND_CRISIS_REGION_GENERAL
 *
 * Returns: (nullable): the region's name, translated, or %NULL for a region Tend has no
 *   name for.
 */
const char *
tend_crisis_region_get_name (const char *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (region_names); i++)
    {
      if (g_str_equal (region_names[i].region, region))
        return _(region_names[i].name);
    }

  return NULL;
}

/**
 * tend_crisis_line_get_title:
 * @line: a line
 *
 * Returns: the service's own name, or what the number is for, translated.
 */
const char *
tend_crisis_line_get_title (const TendCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (line->name != NULL)
    return line->name;

  switch (line->kind)
    {
    case TEND_CRISIS_LINE_EMERGENCY:
      /* Translators: the title of an emergency number such as 112 or 911. */
      return _("Emergency services");
    case TEND_CRISIS_LINE_LOCAL:
      /* Translators: the title of the advice shown when Tend knows no number for the country. */
      return _("Your local emergency number");
    case TEND_CRISIS_LINE_SUPPORT:
    default:
      /* Translators: the title of a crisis line that has no name of its own. */
      return _("A crisis line");
    }
}

/**
 * tend_crisis_line_get_description:
 * @line: a line
 *
 * Returns: one line, translated, about when to call it.
 */
const char *
tend_crisis_line_get_description (const TendCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  switch (line->kind)
    {
    case TEND_CRISIS_LINE_EMERGENCY:
      /* Translators: below an emergency number such as 112 or 911. */
      return _("Police, ambulance and fire service, for when someone is in danger right now.");
    case TEND_CRISIS_LINE_LOCAL:
      /* Translators: below the general advice; 112 is the number shown beside it. */
      return _("Call the emergency number where you are. On many mobile phones, 112 also reaches it.");
    case TEND_CRISIS_LINE_SUPPORT:
    default:
      /* Translators: below a crisis line such as Samaritans or TelefonSeelsorge. */
      return _("Someone to talk to when things feel like too much.");
    }
}

/**
 * tend_crisis_line_get_hours:
 * @line: a line
 *
 * Returns: when it answers, translated when the file says "always".
 */
const char *
tend_crisis_line_get_hours (const TendCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (g_str_equal (line->hours, "always"))
    {
      /* Translators: when a crisis line or emergency number answers. */
      return _("Any time, day or night");
    }

  return line->hours;
}
