/* tend-document-font.h — the font the person chose for documents, applied to the journal's
 * words.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TEND_TYPE_DOCUMENT_FONT (tend_document_font_get_type ())

G_DECLARE_FINAL_TYPE (TendDocumentFont, tend_document_font, TEND, DOCUMENT_FONT, GObject)

TendDocumentFont *tend_document_font_new (GdkDisplay *display);

G_END_DECLS
