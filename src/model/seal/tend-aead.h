/* tend-aead.h — authenticated encryption of a few bytes with ChaCha20-Poly1305 (libgcrypt), and
 * the strict base64 the sealed files carry it in.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_AEAD_CIPHER     "chacha20-poly1305"
#define TEND_AEAD_KEY_BYTES   32
#define TEND_AEAD_NONCE_BYTES 12
#define TEND_AEAD_TAG_BYTES   16

gboolean  tend_aead_seal          (const guint8  *key,
                                   const guint8  *nonce,
                                   GBytes        *associated,
                                   const guint8  *plain,
                                   gsize          length,
                                   guint8        *sealed,
                                   guint8        *tag,
                                   GError       **error);
gboolean  tend_aead_open          (const guint8  *key,
                                   const guint8  *nonce,
                                   GBytes        *associated,
                                   const guint8  *sealed,
                                   gsize          length,
                                   const guint8  *tag,
                                   guint8        *plain,
                                   GError       **error);

gboolean  tend_aead_random        (guint8        *buffer,
                                   gsize          length,
                                   gboolean       very_strong,
                                   GError       **error);

guint8   *tend_aead_base64_decode (const char    *text,
                                   gssize         text_length,
                                   gsize         *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
