/* tend-share-dialog.c — saving the page for someone close as a file to share: the person's
 * own note and the needs and boundaries they tick go above the page, as a PDF (through the
 * summary's printer) or as Markdown. Nothing is sent anywhere; the file goes where they choose.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-save-file.h"
#include "tend-share-dialog.h"
#include "tend-summary-printer.h"
#include "tend-therapist-summary.h"

struct _TendShareDialog
{
  AdwDialog             parent_instance;

  const TendLearnTopic *topic;
  GPtrArray            *need_checks;  /* a GtkCheckButton a need, in the catalog's order */
  TendSummaryPrinter   *printer;      /* while a PDF is written */
  GCancellable         *cancellable;

  AdwToastOverlay      *toast_overlay;
  GtkTextView          *note_view;
  GtkListBox           *needs_list;
  GtkCheckButton       *pdf_check;
};

G_DEFINE_FINAL_TYPE (TendShareDialog, tend_share_dialog, ADW_TYPE_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (TendShareDialog *self,
       const char      *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* One row a need: the whole row ticks its box, from the keyboard too, and the box is named
 * by the need for a screen reader. */
static void
add_need_rows (TendShareDialog *self)
{
  const TendLearnNeed *needs;
  gsize n_needs;

  needs = tend_learn_get_needs (&n_needs);
  for (gsize i = 0; i < n_needs; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(needs[i].text),
                                      -1);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(needs[i].text));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "tend-need-id", (gpointer) needs[i].id);
      g_ptr_array_add (self->need_checks, check);
      gtk_list_box_append (self->needs_list, row);
    }
}

/**
 * tend_share_dialog_dup_note:
 *
 * Returns: (transfer full): the note as typed, possibly empty.
 */
char *
tend_share_dialog_dup_note (TendShareDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TEND_IS_SHARE_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * tend_share_dialog_dup_need_ids:
 *
 * Returns: (transfer full): the ids of the needs ticked, in the order they are offered.
 */
char **
tend_share_dialog_dup_need_ids (TendShareDialog *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (TEND_IS_SHARE_DIALOG (self), NULL);

  for (guint i = 0; i < self->need_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->need_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "tend-need-id"));
    }
  return g_strv_builder_end (ids);
}

/**
 * tend_share_dialog_get_pdf:
 *
 * Returns: whether the file is to be a PDF (the first choice) rather than Markdown.
 */
gboolean
tend_share_dialog_get_pdf (TendShareDialog *self)
{
  g_return_val_if_fail (TEND_IS_SHARE_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->pdf_check);
}

static void
set_busy (TendShareDialog *self,
          gboolean         busy)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "share.save", !busy);
  adw_dialog_set_can_close (ADW_DIALOG (self), !busy);
}

/* Written: the dialog closes and the page says so. */
static void
saved (TendShareDialog *self)
{
  set_busy (self, FALSE);
  g_signal_emit (self, signals[SAVED], 0);
  adw_dialog_close (ADW_DIALOG (self));
}

/* Not written: the dialog stays, with every choice as it was, and says why. */
static void
failed (TendShareDialog *self,
        const GError    *error)
{
  set_busy (self, FALSE);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (self, error->message);
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TendShareDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (tend_summary_printer_export_finish (TEND_SUMMARY_PRINTER (source), result, &error))
    saved (self);
  else
    failed (self, error);
  g_clear_object (&self->printer);
}

static void
file_chosen (GtkWidget    *owner,
             GFile        *file,
             const GError *error)
{
  TendShareDialog *self = TEND_SHARE_DIALOG (owner);
  g_autofree char *note = NULL;
  g_auto(GStrv) need_ids = NULL;

  if (file == NULL)
    {
      if (error != NULL)
        toast (self, error->message);
      return;
    }

  note = tend_share_dialog_dup_note (self);
  need_ids = tend_share_dialog_dup_need_ids (self);
  set_busy (self, TRUE);

  if (tend_share_dialog_get_pdf (self))
    {
      g_autoptr(TendTherapistSummary) page =
        tend_therapist_summary_new_learn_topic (self->topic, note,
                                                (const char * const *) need_ids);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      self->printer = tend_summary_printer_new (page);
      tend_summary_printer_export_async (self->printer,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         file, self->cancellable, NULL, NULL,
                                         pdf_done_cb, g_object_ref (self));
    }
  else
    {
      g_autofree char *markdown =
        tend_learn_topic_to_markdown (self->topic, note, (const char * const *) need_ids);
      g_autoptr(GError) write_error = NULL;

      /* Readable by its owner alone, like every other file Tend writes for sharing. */
      if (g_file_replace_contents (file, markdown, strlen (markdown), NULL, FALSE,
                                   G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                   NULL, self->cancellable, &write_error))
        saved (self);
      else
        failed (self, write_error);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendShareDialog *self = TEND_SHARE_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *name;

  if (tend_share_dialog_get_pdf (self))
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_suffix (filter, "pdf");
      /* Translators: the file name offered for the page for someone close, as a PDF. */
      name = _("for-someone-close.pdf");
    }
  else
    {
      /* Translators: the kind of file offered when the page for someone close is saved. */
      gtk_file_filter_set_name (filter, _("Markdown Text"));
      gtk_file_filter_add_suffix (filter, "md");
      /* Translators: the file name offered for the page for someone close. */
      name = _("for-someone-close.md");
    }

  /* Translators: the title of the file chooser for the shared page. */
  tend_save_file_ask (widget, _("Save to Share"), name, filter, file_chosen);
}

static void
tend_share_dialog_dispose (GObject *object)
{
  TendShareDialog *self = TEND_SHARE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->printer);
  g_clear_pointer (&self->need_checks, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_SHARE_DIALOG);

  G_OBJECT_CLASS (tend_share_dialog_parent_class)->dispose (object);
}

static void
tend_share_dialog_class_init (TendShareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_share_dialog_dispose;

  /**
   * TendShareDialog::saved:
   *
   * The file was written whole; the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/learn/tend-share-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendShareDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TendShareDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, TendShareDialog, needs_list);
  gtk_widget_class_bind_template_child (widget_class, TendShareDialog, pdf_check);

  gtk_widget_class_install_action (widget_class, "share.save", NULL, save_action);
}

static void
tend_share_dialog_init (TendShareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->need_checks = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  add_need_rows (self);
}

/**
 * tend_share_dialog_new:
 * @topic: the topic to save, the page for someone close
 *
 * Returns: (transfer floating): the dialog, to present over the topic's page.
 */
AdwDialog *
tend_share_dialog_new (const TendLearnTopic *topic)
{
  TendShareDialog *self;

  g_return_val_if_fail (topic != NULL, NULL);

  self = g_object_new (TEND_TYPE_SHARE_DIALOG, NULL);
  self->topic = topic;
  return ADW_DIALOG (self);
}
