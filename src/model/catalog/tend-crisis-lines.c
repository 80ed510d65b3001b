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
#define FORMAT_VERSION 2

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
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "CA", N_("Canada") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines: the
   * Canadian province. */
  { "CA-QC", N_("Quebec") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "MX", N_("Mexico") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "AR", N_("Argentina") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "CL", N_("Chile") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "CO", N_("Colombia") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "PE", N_("Peru") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "UY", N_("Uruguay") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "EC", N_("Ecuador") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "PY", N_("Paraguay") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "CR", N_("Costa Rica") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "PA", N_("Panama") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "DO", N_("Dominican Republic") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "GT", N_("Guatemala") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "BO", N_("Bolivia") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "NI", N_("Nicaragua") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "AT", N_("Austria") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "CH", N_("Switzerland") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "BE", N_("Belgium") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "LU", N_("Luxembourg") },
  /* Translators: a region on the "Need more help?" page, above its crisis lines. */
  { "AD", N_("Andorra") },
  /* Translators: on the "Need more help?" page, for a country of the Americas whose own
   * numbers Tend does not list. */
  { TEND_CRISIS_REGION_AMERICAS, N_("Elsewhere in the Americas") },
  /* Translators: on the "Need more help?" page, for a country of Europe whose own numbers
   * Tend does not list. */
  { TEND_CRISIS_REGION_EUROPE, N_("Elsewhere in Europe") },
  /* Translators: on the "Need more help?" page, above the advice that works in any country. */
  { TEND_CRISIS_REGION_GENERAL, N_("Wherever you are") },
};

/* ISO 3166-1 codes by continent (UN M49 regions; Cyprus with Europe, and "XK", the code
 * in use for Kosovo). Only the continents with one common emergency number matter here. */
static const char * const americas[] = {
  "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BV", "BZ", "CA", "CL",
  "CO", "CR", "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GS", "GT", "GY",
  "HN", "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR",
  "PY", "SR", "SV", "SX", "TC", "TT", "US", "UY", "VC", "VE", "VG", "VI", NULL,
};

static const char * const europe[] = {
  "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES",
  "FI", "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI",
  "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU",
  "SE", "SI", "SJ", "SK", "SM", "UA", "VA", "XK", NULL,
};

/* Where a locale's language says more than its country: French in Canada is most often
 * Quebec (the page lets the person choose Canada instead). */
static const struct {
  const char *language;
  const char *country;
  const char *subdivision;
} locale_subdivisions[] = {
  { "fr", "CA", "CA-QC" },
};

static void
tend_crisis_line_free (gpointer data)
{
  TendCrisisLine *line = data;

  g_free (line->region);
  g_strfreev (line->countries);
  g_strfreev (line->except);
  g_free (line->name);
  g_free (line->variant);
  g_free (line->number);
  g_free (line->text);
  g_free (line->hours);
  g_free (line->checked);
  g_free (line->listed);
  g_free (line->source);
  g_free (line);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendCrisisLine, tend_crisis_line_free)

static gboolean
is_code (const char *text)
{
  return strlen (text) == 2 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]);
}

/* "CA-QC": a country and, after a hyphen, one to three letters or digits (ISO 3166-2). */
static gboolean
is_subdivision (const char *text)
{
  gsize length = strlen (text);

  if (length < 4 || length > 6 || text[2] != '-')
    return FALSE;

  for (gsize i = 3; i < length; i++)
    {
      if (!g_ascii_isupper (text[i]) && !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]);
}

gboolean
tend_crisis_region_is_fallback (const char *region)
{
  g_return_val_if_fail (region != NULL, FALSE);

  return g_str_equal (region, TEND_CRISIS_REGION_GENERAL) ||
         g_str_equal (region, TEND_CRISIS_REGION_AMERICAS) ||
         g_str_equal (region, TEND_CRISIS_REGION_EUROPE);
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

/* "2026-11-24" (@n_parts 3), or "2026-11" (@n_parts 2). */
static gboolean
is_date (const char *text,
         guint       wanted_parts)
{
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);
  guint n_parts = g_strv_length (parts);
  guint year, month, day;

  if (n_parts != wanted_parts ||
      !is_digits (parts[0], 4) || !is_digits (parts[1], 2) ||
      (n_parts == 3 && !is_digits (parts[2], 2)))
    return FALSE;

  year = (guint) g_ascii_strtoull (parts[0], NULL, 10);
  month = (guint) g_ascii_strtoull (parts[1], NULL, 10);
  day = n_parts == 3 ? (guint) g_ascii_strtoull (parts[2], NULL, 10) : 1;

  return year >= 2000 && month >= 1 && month <= 12 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Digits in the groups people dial them in, with an optional leading "+" or "*" (Chile's
 * *4141 is dialled with the star). */
static gboolean
is_phone_number (const char *text)
{
  guint digits = 0;

  for (const char *c = text; *c != '\0'; c++)
    {
      if (g_ascii_isdigit (*c))
        digits++;
      else if (!(*c == ' ' || ((*c == '+' || *c == '*') && c == text)))
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
read_codes (JsonObject      *object,
            const char      *member,
            guint            index,
            const char      *own,
            char          ***out,
            GError         **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  /* Without a list, a line answers in its own region (none for the fallbacks). */
  if (node == NULL)
    {
      if (own != NULL && is_code (own))
        g_strv_builder_add (builder, own);
      *out = g_strv_builder_end (builder);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“%s” of crisis line %u is not a list", member, index);
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

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *member,
              guint        index,
              gboolean    *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "“%s” of crisis line %u is not true or false", member, index);
      return FALSE;
    }

  *out = json_node_get_boolean (node);
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
      !read_string (object, "variant", FALSE, index, &line->variant, error) ||
      !read_string (object, "number", FALSE, index, &line->number, error) ||
      !read_string (object, "text", FALSE, index, &line->text, error) ||
      !read_string (object, "hours", TRUE, index, &line->hours, error) ||
      !read_string (object, "checked", FALSE, index, &line->checked, error) ||
      !read_string (object, "listed", FALSE, index, &line->listed, error) ||
      !read_string (object, "source", TRUE, index, &line->source, error) ||
      !read_boolean (object, "not-on-bill", index, &line->not_on_bill, error))
    return NULL;

  if (g_str_equal (kind, "support"))
    line->kind = TEND_CRISIS_LINE_SUPPORT;
  else if (g_str_equal (kind, "violence"))
    line->kind = TEND_CRISIS_LINE_VIOLENCE;
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

  if (!tend_crisis_region_is_fallback (line->region) && !is_code (line->region) &&
      !is_subdivision (line->region))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a region that is not a two-letter code", index);
      return NULL;
    }

  /* The fallbacks are advice, and only advice is a fallback. */
  if ((line->kind == TEND_CRISIS_LINE_LOCAL) != tend_crisis_region_is_fallback (line->region))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u is advice for a region that is not a fallback, or the other way round",
                   index);
      return NULL;
    }

  /* A line someone talks to is known by its own name. */
  if ((line->kind == TEND_CRISIS_LINE_SUPPORT || line->kind == TEND_CRISIS_LINE_VIOLENCE) &&
      line->name == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has no name", index);
      return NULL;
    }

  if (line->variant != NULL &&
      (line->name == NULL || !(g_str_equal (line->variant, "second") || g_str_equal (line->variant, "short"))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has an unknown variant, or a variant without a name", index);
      return NULL;
    }

  /* Only the advice for where Tend knows no number goes without one: never a guess. */
  if (line->number == NULL && line->kind != TEND_CRISIS_LINE_LOCAL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has no “number”", index);
      return NULL;
    }

  if ((line->number != NULL && !is_phone_number (line->number)) ||
      (line->text != NULL && !is_phone_number (line->text)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a number that cannot be dialled", index);
      return NULL;
    }

  /* What the date means is said by its name: compared with the source on a day, or only
   * written down in a month. */
  if ((line->checked == NULL) == (line->listed == NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u needs either “checked” or “listed”, not both", index);
      return NULL;
    }

  if ((line->checked != NULL && !is_date (line->checked, 3)) ||
      (line->listed != NULL && !is_date (line->listed, 2)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u has a date that is not YYYY-MM-DD (checked) or YYYY-MM (listed)",
                   index);
      return NULL;
    }

  if (!g_str_has_prefix (line->source, "https://") && !g_str_has_prefix (line->source, "http://"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the source of crisis line %u is not a web address", index);
      return NULL;
    }

  if (line->not_on_bill && line->kind != TEND_CRISIS_LINE_SUPPORT &&
      line->kind != TEND_CRISIS_LINE_VIOLENCE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u says it does not show on the bill but is not a helpline", index);
      return NULL;
    }

  if (!read_codes (object, "countries", index, line->region, &line->countries, error) ||
      !read_codes (object, "except", index, NULL, &line->except, error))
    return NULL;

  if ((line->countries[0] != NULL && tend_crisis_region_is_fallback (line->region)) ||
      (line->except[0] != NULL && !tend_crisis_region_is_fallback (line->region)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "crisis line %u lists countries for a fallback, or exceptions for a place", index);
      return NULL;
    }

  return g_steal_pointer (&line);
}

/**
 * tend_crisis_lines_new_from_data:
 * @data: the JSON text of `crisis-lines.json`
 * @length: its length, or -1 when it ends with a NUL
 * @error: where to say what is wrong with it
 *
 * Reads the list and checks every entry: each has a region, a number that can be dialled
 * (only the advice for anywhere has none), a source and the date it was checked or listed,
 * and there is advice for anywhere (the general region).
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

/* The country part of a region: "CA" for "CA-QC" and "CA", or NULL for a fallback or "EU"
 * (which are not places a person is in, and so have no continent of their own). */
static const char *
country_of (const char *region)
{
  char code[3];

  if (tend_crisis_region_is_fallback (region) || !(is_code (region) || is_subdivision (region)))
    return NULL;

  code[0] = region[0];
  code[1] = region[1];
  code[2] = '\0';

  return g_intern_string (code);
}

static gboolean
line_answers_in (const TendCrisisLine *line,
                 const char           *region)
{
  const char *country;

  /* A region of the file ("EU", a fallback) has its own lines, whichever countries they
   * answer in. */
  if (g_str_equal (line->region, region))
    return TRUE;

  if (tend_crisis_region_is_fallback (region) || tend_crisis_region_is_fallback (line->region))
    return FALSE;

  if (g_strv_contains ((const char * const *) line->countries, region))
    return TRUE;

  /* A subdivision (Quebec) also has its country's lines. */
  country = country_of (region);
  if (country != NULL && !g_str_equal (country, region))
    return g_str_equal (line->region, country) ||
           g_strv_contains ((const char * const *) line->countries, country);

  return FALSE;
}

/**
 * tend_crisis_region_get_continent:
 * @region: a country code such as "PY", or a subdivision such as "CA-QC"
 *
 * Returns: the continent Tend places @region on, or %TEND_CONTINENT_UNKNOWN where no
 *   continent's fallback applies.
 */
TendContinent
tend_crisis_region_get_continent (const char *region)
{
  const char *country;

  g_return_val_if_fail (region != NULL, TEND_CONTINENT_UNKNOWN);

  country = country_of (region);
  if (country == NULL)
    return TEND_CONTINENT_UNKNOWN;
  if (g_strv_contains (americas, country))
    return TEND_CONTINENT_AMERICAS;
  if (g_strv_contains (europe, country))
    return TEND_CONTINENT_EUROPE;

  return TEND_CONTINENT_UNKNOWN;
}

static const TendCrisisLine *
find_region_line (TendCrisisLines *self,
                  const char      *region)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      const TendCrisisLine *line = g_ptr_array_index (self->lines, i);

      if (g_str_equal (line->region, region))
        return line;
    }

  return NULL;
}

/**
 * tend_crisis_lines_get_fallback:
 * @self: the lines
 * @region: a country code, a subdivision, or a region of the file
 *
 * The advice shown for @region when the file lists no emergency number there. It follows
 * the region's continent: the Americas' 911, Europe's 112; where that number is not (or not
 * surely) the one in @region, or Tend cannot place @region on either continent, the advice
 * to call the local emergency number, with no number rather than a wrong one.
 *
 * Returns: (transfer none): the advice, never %NULL.
 */
const TendCrisisLine *
tend_crisis_lines_get_fallback (TendCrisisLines *self,
                                const char      *region)
{
  const char *continental = NULL;
  const TendCrisisLine *line;
  const char *country;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  if (tend_crisis_region_is_fallback (region))
    continental = region;
  else
    {
      switch (tend_crisis_region_get_continent (region))
        {
        case TEND_CONTINENT_AMERICAS:
          continental = TEND_CRISIS_REGION_AMERICAS;
          break;
        case TEND_CONTINENT_EUROPE:
          continental = TEND_CRISIS_REGION_EUROPE;
          break;
        case TEND_CONTINENT_UNKNOWN:
        default:
          break;
        }
    }

  country = country_of (region);
  line = continental != NULL ? find_region_line (self, continental) : NULL;
  if (line != NULL &&
      (country == NULL || !g_strv_contains ((const char * const *) line->except, country)))
    return line;

  /* The file cannot be read without it. */
  return find_region_line (self, TEND_CRISIS_REGION_GENERAL);
}

static gboolean
has_own_lines (TendCrisisLines *self,
               const char      *region)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      if (line_answers_in (g_ptr_array_index (self->lines, i), region))
        return TRUE;
    }

  return FALSE;
}

/* "CA-QC" for "fr_CA.UTF-8", when the file has lines of Quebec's own; otherwise NULL. */
static const char *
subdivision_of_locale (TendCrisisLines *self,
                       const char      *locale,
                       const char      *country)
{
  for (guint i = 0; i < G_N_ELEMENTS (locale_subdivisions); i++)
    {
      gsize length = strlen (locale_subdivisions[i].language);

      if (g_str_equal (country, locale_subdivisions[i].country) &&
          strncmp (locale, locale_subdivisions[i].language, length) == 0 &&
          (locale[length] == '_' || locale[length] == '-') &&
          find_region_line (self, locale_subdivisions[i].subdivision) != NULL)
        return g_intern_static_string (locale_subdivisions[i].subdivision);
    }

  return NULL;
}

/**
 * tend_crisis_lines_pick_region:
 * @self: the lines
 * @locale: (nullable): the person's locale, such as "de_DE.UTF-8"
 *
 * Returns: the subdivision of @locale with lines of its own (Quebec for "fr_CA"), else its
 *   country when some line answers there, else the fallback for that country
 *   (tend_crisis_lines_get_fallback()), else %TEND_CRISIS_REGION_GENERAL; an interned string.
 */
const char *
tend_crisis_lines_pick_region (TendCrisisLines *self,
                               const char      *locale)
{
  const char *region;
  const char *subdivision;

  g_return_val_if_fail (self != NULL, TEND_CRISIS_REGION_GENERAL);

  region = tend_crisis_region_from_locale (locale);
  if (region == NULL)
    return g_intern_static_string (TEND_CRISIS_REGION_GENERAL);

  subdivision = subdivision_of_locale (self, locale, region);
  if (subdivision != NULL)
    return subdivision;

  if (has_own_lines (self, region))
    return region;

  return g_intern_string (tend_crisis_lines_get_fallback (self, region)->region);
}

/**
 * tend_crisis_lines_get_for_region:
 * @self: the lines
 * @region: a country code such as "DE", a subdivision such as "CA-QC", a region of the file
 *   such as "EU", or a fallback such as %TEND_CRISIS_REGION_GENERAL
 *
 * Returns: (transfer container) (element-type TendCrisisLine): the lines of @region and those
 *   that answer in it, in the file's order (talk lines, then lines for violence, then
 *   emergency numbers), followed by the fallback advice when none of them is an emergency
 *   number; only the fallback advice when no line answers there.
 */
GPtrArray *
tend_crisis_lines_get_for_region (TendCrisisLines *self,
                                  const char      *region)
{
  GPtrArray *found;
  gboolean has_emergency = FALSE;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < self->lines->len; i++)
    {
      const TendCrisisLine *line = g_ptr_array_index (self->lines, i);

      if (line_answers_in (line, region))
        {
          g_ptr_array_add (found, (gpointer) line);
          has_emergency |= line->kind == TEND_CRISIS_LINE_EMERGENCY ||
                           line->kind == TEND_CRISIS_LINE_LOCAL;
        }
    }

  /* Someone in danger needs a number to call, or to be told there is one where they are. */
  if (!has_emergency)
    g_ptr_array_add (found, (gpointer) tend_crisis_lines_get_fallback (self, region));

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
 * Returns: the service's own name (with which of its numbers this is, when it has several),
 *   or what the number is for, translated.
 */
const char *
tend_crisis_line_get_title (const TendCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (line->name != NULL && line->variant != NULL)
    {
      g_autofree char *title = NULL;

      if (g_str_equal (line->variant, "second"))
        /* Translators: the title of a crisis line's other number; %s is the service's name,
         * such as “TelefonSeelsorge”. */
        title = g_strdup_printf (_("%s, second number"), line->name);
      else
        /* Translators: the title of a crisis line's short number, such as 116 123; %s is
         * the service's name, such as “TelefonSeelsorge”. */
        title = g_strdup_printf (_("%s, short number"), line->name);

      return g_intern_string (title);
    }

  if (line->name != NULL)
    return line->name;

  switch (line->kind)
    {
    case TEND_CRISIS_LINE_EMERGENCY:
      /* Translators: the title of an emergency number such as 112 or 911. */
      return _("Emergency services");
    case TEND_CRISIS_LINE_LOCAL:
      /* Translators: the title of the advice shown when Tend knows no number of the country's own. */
      return _("Your local emergency number");
    case TEND_CRISIS_LINE_SUPPORT:
    case TEND_CRISIS_LINE_VIOLENCE:
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
      if (line->name != NULL)
        /* Translators: below a named emergency number, such as Chile's SAMU (131). */
        return _("For an emergency, when someone is in danger right now.");
      /* Translators: below an emergency number such as 112 or 911. */
      return _("Police, ambulance and fire service, for when someone is in danger right now.");
    case TEND_CRISIS_LINE_LOCAL:
      if (g_str_equal (line->region, TEND_CRISIS_REGION_AMERICAS))
        /* Translators: below the advice for a country of the Americas; 911 is the number
         * shown beside it. */
        return _("Call the emergency number where you are. In most of the Americas, it is 911.");
      if (g_str_equal (line->region, TEND_CRISIS_REGION_EUROPE))
        /* Translators: below the advice for a country of Europe; 112 is the number shown
         * beside it. */
        return _("Call the emergency number where you are. In most of Europe, 112 reaches it.");
      /* Translators: below the advice for a country whose emergency number Tend does not
       * know; no number is shown. */
      return _("Call the emergency number where you are. Tend does not know it for this region, so none is shown here.");
    case TEND_CRISIS_LINE_VIOLENCE:
      /* Translators: below a line for violence and sexual assault, such as France's 3919. */
      return _("For violence at home, abuse or sexual violence, whether it is happening now or happened long ago.");
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
 * Returns: when it answers, translated when the file says "always" or "limited".
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

  if (g_str_equal (line->hours, "limited"))
    {
      /* Translators: when a crisis line answers, when it does not answer at every hour. */
      return _("Not around the clock");
    }

  return line->hours;
}

/**
 * tend_crisis_line_get_bill_note:
 * @line: a line
 *
 * Returns: (nullable): a note, translated, that calls do not show on the phone bill (where
 *   the service says so) but may show in the phone's own list of calls; or %NULL.
 */
const char *
tend_crisis_line_get_bill_note (const TendCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (!line->not_on_bill)
    return NULL;

  /* Translators: below a line for violence whose calls are not itemised on the phone bill.
   * The second sentence matters: someone who watches the phone can still see the call. */
  return _("Calls to this number do not show on the phone bill. They can still show in the phone’s list of recent calls.");
}
