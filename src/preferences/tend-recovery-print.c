/* tend-recovery-print.c — the recovery code on a plain printed page: one line saying what it
 * is, the day it was made, and the code large enough to copy by hand.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-recovery-print.h"

typedef struct
{
  char *code;
  char *made;
} Page;

static void
page_free (gpointer data)
{
  Page *page = data;

  explicit_bzero (page->code, strlen (page->code));
  g_free (page->code);
  g_free (page->made);
  g_free (page);
}

/* Draws @text in @font from @y down, wrapped to the page, centred when @centre; returns the
 * height it took in points. */
static double
show_text (GtkPrintContext *context,
           const char      *font,
           const char      *text,
           gboolean         centre,
           double           y)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(PangoLayout) layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  double width = gtk_print_context_get_width (context);
  int text_height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, centre ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, layout);

  return text_height;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Page              *page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show_text (context, "Sans 12",
                  _("This recovery code opens your Tend journal if you forget its passphrase."),
                  FALSE, y);
  y += 6;
  y += show_text (context, "Sans 10", page->made, FALSE, y);
  y += 36;
  show_text (context, "Monospace Bold 22", page->code, TRUE, y);
}

/**
 * tend_recovery_print_new:
 * @code: the recovery code
 *
 * A one-page print operation in points, for the print dialog or, in tests, a PDF.
 */
GtkPrintOperation *
tend_recovery_print_new (const char *code)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%x");
  GtkPrintOperation *operation;
  Page *page;

  g_return_val_if_fail (code != NULL, NULL);

  operation = gtk_print_operation_new ();
  page = g_new0 (Page, 1);
  page->code = g_strdup (code);
  /* Translators: under the printed recovery code's explanation; %s is today's date. A newer
   * code makes this one stop working, so the day tells two pages apart. */
  page->made = g_strdup_printf (_("Made on %s. A newer recovery code replaces this one."), day);
  g_object_set_data_full (G_OBJECT (operation), "tend-recovery-page", page, page_free);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, 1);
  /* Translators: the name of the print job, as the printer's queue shows it. */
  gtk_print_operation_set_job_name (operation, _("Tend recovery code"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), page);

  return operation;
}
