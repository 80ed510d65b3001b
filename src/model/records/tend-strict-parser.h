/* tend-strict-parser.h — a JSON parser that notices a member named twice in one object.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define TEND_TYPE_STRICT_PARSER (tend_strict_parser_get_type ())
G_DECLARE_FINAL_TYPE (TendStrictParser, tend_strict_parser, TEND, STRICT_PARSER, JsonParser)

JsonParser *tend_strict_parser_new           (void) G_GNUC_WARN_UNUSED_RESULT;

const char *tend_strict_parser_get_duplicate (TendStrictParser *self);

G_END_DECLS
