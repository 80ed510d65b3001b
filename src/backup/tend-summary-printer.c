/* tend-summary-printer.c — the summary for a therapist on pages, as a PDF; the one PDF writer,
 * also for the printed safety plan and the Learn page a person shares with someone close.
 *
 * GtkPrintOperation exports to a file without a print dialog; the summary's blocks are laid out
 * line by line with Pango, so a long entry runs on to the next page and a heading never ends a
 * page alone.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "tend-summary-printer.h"

/* Room a heading needs below it on its page, in points: about three lines of text. */
#define KEEP_WITH_NEXT 48.0
/* Room at the foot of each page for its number, so printed pages can be put back in order. */
#define FOOTER_HEIGHT  28.0

typedef struct {
  const char *font;
  double      space_before;  /* points */
  double      indent;
} Style;

static const Style styles[] = {
  [TEND_SUMMARY_TITLE] = { "Sans Bold 20", 0, 0 },
  [TEND_SUMMARY_HEADING] = { "Sans Bold 15", 18, 0 },
  [TEND_SUMMARY_SUBHEADING] = { "Sans Bold 12", 12, 0 },
  [TEND_SUMMARY_PARAGRAPH] = { "Sans 11", 8, 0 },
  [TEND_SUMMARY_ITEM] = { "Sans 11", 3, 12 },
  [TEND_SUMMARY_WORDS] = { "Serif 11", 8, 0 },
};

/* One line of a block, where it goes. */
typedef struct {
  guint  block;
  int    line;
  guint  page;
  double x;
  double baseline;
} Placed;

struct _TendSummaryPrinter
{
  GObject               parent_instance;

  TendTherapistSummary *summary;
  GPtrArray            *layouts;  /* a PangoLayout a block */
  GArray               *placed;   /* of Placed, page by page */
  guint                 n_pages;

  /* While it exports. */
  GTask                *task;
  GtkPrintOperation    *operation;
  gulong                cancelled_id;
  char                 *path;           /* where the pages are written first */
  char                 *temporary_dir;  /* when @file has no local path: @path is in here */
  TendBackupProgress    progress;
  gpointer              progress_data;
};

G_DEFINE_FINAL_TYPE (TendSummaryPrinter, tend_summary_printer, G_TYPE_OBJECT)

static gboolean
is_heading (TendSummaryBlock kind)
{
  return kind == TEND_SUMMARY_TITLE || kind == TEND_SUMMARY_HEADING ||
         kind == TEND_SUMMARY_SUBHEADING;
}

static void
begin_print_cb (GtkPrintOperation  *operation,
                GtkPrintContext    *context,
                TendSummaryPrinter *self)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context) - FOOTER_HEIGHT;
  guint n_blocks = tend_therapist_summary_get_n_blocks (self->summary);
  double y = 0;
  guint page = 0;

  g_ptr_array_set_size (self->layouts, 0);
  g_array_set_size (self->placed, 0);

  for (guint i = 0; i < n_blocks; i++)
    {
      TendSummaryBlock kind;
      const char *text = tend_therapist_summary_get_block (self->summary, i, &kind);
      const Style *style = &styles[kind];
      PangoLayout *layout = gtk_print_context_create_pango_layout (context);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style->font);
      g_autofree char *item = NULL;
      PangoLayoutIter *iter;
      int n_line = 0;
      int layout_height;

      g_ptr_array_add (self->layouts, layout);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_width (layout, (int) ((width - style->indent) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (kind == TEND_SUMMARY_ITEM)
        text = item = g_strconcat ("•\u2002", text, NULL);
      pango_layout_set_text (layout, text, -1);

      if (y > 0)
        y += style->space_before;
      pango_layout_get_size (layout, NULL, &layout_height);
      if (is_heading (kind) && y > 0 &&
          y + (double) layout_height / PANGO_SCALE + KEEP_WITH_NEXT > height)
        {
          page++;
          y = 0;
        }

      /* Line by line, so that the person's words may run on to the next page. */
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoRectangle logical;
          double line_height, above_baseline;
          Placed placed;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line_height = (double) logical.height / PANGO_SCALE;
          above_baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
          if (y > 0 && y + line_height > height)
            {
              page++;
              y = 0;
            }

          placed = (Placed) { i, n_line++, page, style->indent, y + above_baseline };
          g_array_append_val (self->placed, placed);
          y += line_height;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  self->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, (int) self->n_pages);
}

static void
draw_page_cb (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              int                 page_nr,
              TendSummaryPrinter *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->placed->len; i++)
    {
      const Placed *placed = &g_array_index (self->placed, Placed, i);
      PangoLayout *layout;

      if (placed->page != (guint) page_nr)
        continue;

      layout = g_ptr_array_index (self->layouts, placed->block);
      cairo_move_to (cr, placed->x, placed->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, placed->line));
    }

  if (self->n_pages > 1)
    {
      g_autoptr(PangoLayout) footer = gtk_print_context_create_pango_layout (context);
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 9");
      /* Translators: at the foot of each page of a PDF: the summary for a therapist, the
       * safety plan or the page for someone close. */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->n_pages);
      int text_width, text_height;

      pango_layout_set_font_description (footer, font);
      pango_layout_set_text (footer, text, -1);
      pango_layout_get_pixel_size (footer, &text_width, &text_height);
      cairo_move_to (cr, (gtk_print_context_get_width (context) - text_width) / 2,
                     gtk_print_context_get_height (context) - text_height);
      pango_cairo_show_layout (cr, footer);
    }

  if (self->progress != NULL)
    self->progress ((double) (page_nr + 1) / self->n_pages, self->progress_data);
}

static void
clean_up (TendSummaryPrinter *self)
{
  if (self->operation != NULL)
    g_signal_handlers_disconnect_by_data (self->operation, self);
  g_clear_object (&self->operation);
  if (self->task != NULL)
    g_cancellable_disconnect (g_task_get_cancellable (self->task), self->cancelled_id);
  self->cancelled_id = 0;

  /* A cancelled or failed export leaves no half file behind, and the file it was to replace
   * as it was. */
  if (self->path != NULL)
    g_remove (self->path);
  g_clear_pointer (&self->path, g_free);
  if (self->temporary_dir != NULL)
    g_rmdir (self->temporary_dir);
  g_clear_pointer (&self->temporary_dir, g_free);
}

static void
finish (TendSummaryPrinter *self,
        GError             *error)
{
  g_autoptr(GTask) task = NULL;

  /* Already answered (by ::done, before gtk_print_operation_run () returned). */
  if (self->task == NULL)
    {
      g_clear_error (&error);
      return;
    }

  /* While the task is still held: clean_up () lets go of its cancellable through it, and a
   * cancellable that outlives the printer must not call back into it. */
  clean_up (self);
  task = g_steal_pointer (&self->task);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
copied_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TendSummaryPrinter) self = user_data;
  GError *error = NULL;

  g_file_copy_finish (G_FILE (source), result, &error);
  finish (self, error);
}

/* Export runs to the end inside gtk_print_operation_run (); the file is whole by ::done. */
static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         TendSummaryPrinter      *self)
{
  GError *error = NULL;

  if (self->task == NULL)
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                     _("The PDF could not be made."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_CANCEL)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));

  if (error == NULL && self->temporary_dir != NULL)
    {
      g_autoptr(GFile) written = g_file_new_for_path (self->path);

      g_file_copy_async (written, g_task_get_task_data (self->task), G_FILE_COPY_OVERWRITE,
                         G_PRIORITY_DEFAULT, g_task_get_cancellable (self->task), NULL, NULL,
                         copied_cb, g_object_ref (self));
      return;
    }

  /* Whole: it takes the chosen file's place in one step. */
  if (error == NULL)
    {
      g_autofree char *target = g_file_get_path (g_task_get_task_data (self->task));

      if (g_rename (self->path, target) == 0)
        g_clear_pointer (&self->path, g_free);
      else
        {
          int saved = errno;

          error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved),
                                       g_strerror (saved));
        }
    }

  finish (self, error);
}

static void
cancelled_cb (GCancellable       *cancellable,
              TendSummaryPrinter *self)
{
  if (self->operation != NULL)
    gtk_print_operation_cancel (self->operation);
}

/* A new file in @dir, readable by its owner alone from the start: made with that mode, never
 * changed after, so that file systems without Unix modes (a USB stick's FAT) take it too.
 * Hidden, as a file manager would otherwise show it while the pages are written. */
static gboolean
create_in (TendSummaryPrinter  *self,
           const char          *dir,
           GError             **error)
{
  int fd;

  self->path = g_build_filename (dir, ".tend-summary-XXXXXX.pdf", NULL);
  fd = g_mkstemp_full (self->path, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_clear_pointer (&self->path, g_free);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      return FALSE;
    }

  return g_close (fd, error);
}

/* Beside @target, to be renamed over it once whole; where no new file may be made beside it
 * (a folder that is not ours, a sandbox that lends the one file only) or the file has no
 * local path, in a new private folder, to be copied over it. */
static gboolean
create_private (TendSummaryPrinter  *self,
                GFile               *target,
                GError             **error)
{
  g_autofree char *target_path = g_file_get_path (target);

  if (target_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (target_path);
      g_autoptr(GError) beside_error = NULL;

      if (create_in (self, dir, &beside_error))
        return TRUE;
      g_debug ("No file beside %s (%s): writing it elsewhere first", target_path,
               beside_error->message);
    }

  self->temporary_dir = g_dir_make_tmp ("tend-summary-XXXXXX", error);
  if (self->temporary_dir == NULL)
    return FALSE;
  return create_in (self, self->temporary_dir, error);
}

/**
 * tend_summary_printer_export_async:
 *
 * Writes the PDF to @file (readable by its owner only, where the file system keeps modes),
 * calling @progress as pages are drawn. A file already at @file is replaced only by a whole
 * PDF. Call once.
 */
void
tend_summary_printer_export_async (TendSummaryPrinter  *self,
                                   GtkWindow           *parent,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   TendBackupProgress   progress,
                                   gpointer             progress_data,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (TEND_IS_SUMMARY_PRINTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->task == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_summary_printer_export_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  if (g_task_return_error_if_cancelled (task))
    return;

  if (!create_private (self, file, &error))
    {
      clean_up (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->task = g_steal_pointer (&task);
  self->progress = progress;
  self->progress_data = progress_data;
  self->operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (self->operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_export_filename (self->operation, self->path);
  gtk_print_operation_set_job_name (self->operation,
                                    tend_therapist_summary_get_block (self->summary, 0, NULL));
  g_signal_connect (self->operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (self->operation, "draw-page", G_CALLBACK (draw_page_cb), self);
  g_signal_connect (self->operation, "done", G_CALLBACK (done_cb), self);
  if (cancellable != NULL)
    self->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), self, NULL);

  /* Held until the task returns: the operation may finish after the caller lets go. */
  g_object_ref (self);
  result = gtk_print_operation_run (self->operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                                    &error);
  /* ::done has come by now, except from a run that could not start. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    finish (self, error != NULL ? g_steal_pointer (&error)
                                : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                       _("The PDF could not be made.")));
  else if (result == GTK_PRINT_OPERATION_RESULT_CANCEL)
    finish (self, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled")));
  g_object_unref (self);
}

gboolean
tend_summary_printer_export_finish (TendSummaryPrinter  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (TEND_IS_SUMMARY_PRINTER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tend_summary_printer_get_n_pages:
 *
 * How many pages the summary took; 0 before it is laid out.
 */
guint
tend_summary_printer_get_n_pages (TendSummaryPrinter *self)
{
  g_return_val_if_fail (TEND_IS_SUMMARY_PRINTER (self), 0);

  return self->n_pages;
}

static void
tend_summary_printer_dispose (GObject *object)
{
  TendSummaryPrinter *self = TEND_SUMMARY_PRINTER (object);

  clean_up (self);
  g_clear_object (&self->task);
  g_clear_object (&self->summary);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->placed, g_array_unref);

  G_OBJECT_CLASS (tend_summary_printer_parent_class)->dispose (object);
}

static void
tend_summary_printer_class_init (TendSummaryPrinterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tend_summary_printer_dispose;
}

static void
tend_summary_printer_init (TendSummaryPrinter *self)
{
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
}

/**
 * tend_summary_printer_new:
 *
 * Lays out a summary's blocks on pages and writes them as a PDF.
 */
TendSummaryPrinter *
tend_summary_printer_new (TendTherapistSummary *summary)
{
  TendSummaryPrinter *self;

  g_return_val_if_fail (TEND_IS_THERAPIST_SUMMARY (summary), NULL);

  self = g_object_new (TEND_TYPE_SUMMARY_PRINTER, NULL);
  self->summary = g_object_ref (summary);
  return self;
}
