/* tend-envelope.c — reading the JSON envelope around sealed bytes (a sealed month, a sealed
 * backup) strictly, without sending megabytes of base64 through the JSON parser.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-envelope-private.h"
#include "tend-json-private.h"
#include "tend-seal-error.h"
#include "tend-strict-parser.h"

static gboolean
damaged (GError     **error,
         const char  *why)
{
  g_set_error (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_DAMAGED, "sealed file is damaged (%s)",
               why);
  return FALSE;
}

void
tend_envelope_clear (TendEnvelope *envelope)
{
  g_clear_object (&envelope->parser);
}

static gboolean
parse_json (TendEnvelope  *envelope,
            const char    *text,
            gsize          size,
            GError       **error)
{
  g_clear_object (&envelope->parser);
  envelope->parser = tend_strict_parser_new ();

  if (size == 0 || memchr (text, '\0', size) != NULL || !g_utf8_validate (text, size, NULL))
    return damaged (error, "not text");
  if (!json_parser_load_from_data (envelope->parser, text, size, NULL))
    return damaged (error, "not JSON, or cut short");
  if (tend_strict_parser_get_duplicate (TEND_STRICT_PARSER (envelope->parser)) != NULL)
    return damaged (error, "a member named twice");
  /* Nothing but white space parses, with no root at all. */
  if (json_parser_get_root (envelope->parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (envelope->parser)))
    return damaged (error, "not an object");

  envelope->root = json_node_get_object (json_parser_get_root (envelope->parser));
  return TRUE;
}

/* Where the raw characters of the "ciphertext" value are, found without a JSON parser: json-glib
 * reads a string a character at a time, which for a month's worth of base64 costs more than
 * decrypting it. Only a guess until tend_envelope_parse() has checked it. */
gboolean
tend_envelope_find_ciphertext (const char *text,
                               gsize       size,
                               gsize      *start,
                               gsize      *end)
{
  static const char name[] = "\"ciphertext\"";
  const char *at = g_strstr_len (text, size, name);
  const char *limit = text + size;
  const char *close;

  if (at == NULL)
    return FALSE;
  at += strlen (name);
  while (at < limit && g_ascii_isspace (*at))
    at++;
  if (at == limit || *at++ != ':')
    return FALSE;
  while (at < limit && g_ascii_isspace (*at))
    at++;
  if (at == limit || *at++ != '"')
    return FALSE;
  close = memchr (at, '"', limit - at);
  if (close == NULL)
    return FALSE;

  *start = at - text;
  *end = close - text;
  return TRUE;
}

/**
 * tend_envelope_parse:
 *
 * Reads @bytes, at most @max_bytes, as an envelope. The JSON is parsed with the ciphertext's value left out, then
 * checked to hold exactly that member, empty; when it does not (a file not as Tend writes it),
 * the whole file goes through the parser instead, so both ways accept the same files.
 *
 * Returns: %TRUE, or %FALSE with %TEND_SEAL_ERROR_DAMAGED
 */
gboolean
tend_envelope_parse (GBytes        *bytes,
                     gsize          max_bytes,
                     TendEnvelope  *envelope,
                     GError       **error)
{
  const char *text;
  gsize size, start, end;
  JsonNode *node;

  text = g_bytes_get_data (bytes, &size);
  if (size > max_bytes)
    return damaged (error, "too large");

  if (text != NULL && tend_envelope_find_ciphertext (text, size, &start, &end))
    {
      g_autofree char *rest = g_malloc (size - (end - start));

      memcpy (rest, text, start);
      memcpy (rest + start, text + end, size - end);
      if (parse_json (envelope, rest, size - (end - start), NULL) &&
          (node = json_object_get_member (envelope->root, "ciphertext")) != NULL &&
          JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          *json_node_get_string (node) == '\0')
        {
          envelope->ciphertext = text + start;
          envelope->ciphertext_length = end - start;
          return TRUE;
        }
    }

  if (!parse_json (envelope, text, size, error))
    return FALSE;
  envelope->ciphertext = tend_json_object_get_string (envelope->root, "ciphertext");
  envelope->ciphertext_length = envelope->ciphertext != NULL ? strlen (envelope->ciphertext) : 0;
  return TRUE;
}
