/* tend-envelope-private.h — the JSON envelope around sealed bytes, as read: its members, and
 * where its ciphertext's base64 is. Shared by the sealed month and the sealed backup.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct {
  JsonParser *parser;
  JsonObject *root;
  const char *ciphertext;
  gsize       ciphertext_length;
} TendEnvelope;

gboolean tend_envelope_parse (GBytes        *bytes,
                              gsize          max_bytes,
                              TendEnvelope  *envelope,
                              GError       **error);
void     tend_envelope_clear (TendEnvelope  *envelope);
gboolean tend_envelope_find_ciphertext (const char *text,
                                        gsize       size,
                                        gsize      *start,
                                        gsize      *end);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TendEnvelope, tend_envelope_clear)

G_END_DECLS
