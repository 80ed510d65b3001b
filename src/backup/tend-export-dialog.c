/* tend-export-dialog.c — what to export, which days, and where.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-day-button.h"
#include "tend-export-dialog.h"
#include "tend-save-file.h"

struct _TendExportDialog
{
  AdwDialog       parent_instance;

  TendStore      *store;
  /* The safety plan, written into every export (a member of a JSON backup, the last section
   * of a document); or NULL. */
  TendSafetyPlan *plan;
  /* While an export runs: how to stop it, and where it writes. */
  GCancellable   *cancellable;
  GFile          *file;

  GtkStack       *stack;
  AdwPreferencesGroup *format_group;
  GtkWidget      *protect_group;
  AdwSwitchRow   *protect_row;
  GtkCheckButton *json_check;
  GtkCheckButton *markdown_check;
  GtkCheckButton *text_check;
  GtkCheckButton *range_check;
  TendDayButton  *first_button;
  TendDayButton  *last_button;
  GtkProgressBar *progress_bar;
  GtkWidget      *export_button;
};

G_DEFINE_FINAL_TYPE (TendExportDialog, tend_export_dialog, ADW_TYPE_DIALOG)

enum {
  EXPORTED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

TendExportFormat
tend_export_dialog_get_format (TendExportDialog *self)
{
  g_return_val_if_fail (TEND_IS_EXPORT_DIALOG (self), TEND_EXPORT_JSON);

  if (gtk_check_button_get_active (self->markdown_check))
    return TEND_EXPORT_MARKDOWN;
  if (gtk_check_button_get_active (self->text_check))
    return TEND_EXPORT_TEXT;
  if (gtk_widget_get_visible (self->protect_group) &&
      adw_switch_row_get_active (self->protect_row))
    return TEND_EXPORT_JSON_PROTECTED;
  return TEND_EXPORT_JSON;
}

/**
 * tend_export_dialog_get_range:
 *
 * The chosen days, "YYYY-MM-DD", first before last; both NULL when everything is chosen.
 */
void
tend_export_dialog_get_range (TendExportDialog  *self,
                              char             **first_day,
                              char             **last_day)
{
  g_return_if_fail (TEND_IS_EXPORT_DIALOG (self));
  g_return_if_fail (first_day != NULL && last_day != NULL);

  *first_day = *last_day = NULL;
  if (gtk_check_button_get_active (self->range_check))
    tend_day_button_dup_range (self->first_button, self->last_button, first_day, last_day);
}

/**
 * tend_export_dialog_dup_file_name:
 *
 * A name for the file, like "tend-backup-2026-11-24.json".
 */
char *
tend_export_dialog_dup_file_name (TendExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (TEND_IS_EXPORT_DIALOG (self), NULL);

  /* Not translated: file names travel between computers and languages. */
  switch (tend_export_dialog_get_format (self))
    {
    case TEND_EXPORT_MARKDOWN:
      return g_strdup_printf ("tend-journal-%s.md", today);
    case TEND_EXPORT_TEXT:
      return g_strdup_printf ("tend-journal-%s.txt", today);
    case TEND_EXPORT_JSON:
    default:
      return g_strdup_printf ("tend-backup-%s.json", today);
    }
}

static void
show_error (TendExportDialog *self,
            const GError     *error)
{
  AdwDialog *alert = adw_alert_dialog_new (_("Could Not Export"), error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  TendExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TendExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->file);

  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.run", TRUE);
  gtk_widget_set_visible (self->export_button, TRUE);

  if (!tend_backup_export_finish (result, &error))
    {
      gtk_stack_set_visible_child_name (self->stack, "choose");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, file);
  adw_dialog_close (ADW_DIALOG (self));
}

/**
 * tend_export_dialog_export_to_file:
 *
 * Exports the choices to @file, without asking where (the file chooser's answer, and tests).
 */
void
tend_export_dialog_export_to_file (TendExportDialog *self,
                                   GFile            *file)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_if_fail (TEND_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  tend_export_dialog_get_range (self, &first, &last);
  self->cancellable = g_cancellable_new ();
  self->file = g_object_ref (file);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.run", FALSE);
  gtk_widget_set_visible (self->export_button, FALSE);

  tend_backup_export_with_plan_async (self->store, self->plan,
                                      tend_export_dialog_get_format (self), first, last,
                                      file, self->cancellable, progress_cb, self,
                                      export_done_cb, g_object_ref (self));
}

static void
file_chosen (GtkWidget    *owner,
             GFile        *file,
             const GError *error)
{
  TendExportDialog *self = TEND_EXPORT_DIALOG (owner);

  if (file != NULL)
    tend_export_dialog_export_to_file (self, file);
  else
    show_error (self, error);
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TendExportDialog *self = TEND_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = tend_export_dialog_dup_file_name (self);

  switch (tend_export_dialog_get_format (self))
    {
    case TEND_EXPORT_MARKDOWN:
      gtk_file_filter_set_name (filter, _("Markdown"));
      gtk_file_filter_add_suffix (filter, "md");
      break;
    case TEND_EXPORT_TEXT:
      gtk_file_filter_set_name (filter, _("Plain Text"));
      gtk_file_filter_add_suffix (filter, "txt");
      break;
    case TEND_EXPORT_JSON:
    default:
      /* Translators: the kind of file a JSON backup is, in the file chooser. */
      gtk_file_filter_set_name (filter, _("Tend Backups"));
      gtk_file_filter_add_suffix (filter, "json");
      break;
    }

  tend_save_file_ask (widget, _("Export Journal"), name, filter, file_chosen);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TendExportDialog *self = TEND_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
tend_export_dialog_closed (AdwDialog *dialog)
{
  TendExportDialog *self = TEND_EXPORT_DIALOG (dialog);

  /* Closed half way: the file is not written. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  ADW_DIALOG_CLASS (tend_export_dialog_parent_class)->closed (dialog);
}

static void
tend_export_dialog_dispose (GObject *object)
{
  TendExportDialog *self = TEND_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (tend_export_dialog_parent_class)->dispose (object);
}

static void
tend_export_dialog_class_init (TendExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = tend_export_dialog_dispose;
  dialog_class->closed = tend_export_dialog_closed;

  /**
   * TendExportDialog::exported:
   * @file: the file that was written
   *
   * The export is on disk; the dialog closes next.
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (TEND_TYPE_DAY_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/backup/tend-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, format_group);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, protect_group);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, protect_row);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, json_check);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, markdown_check);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, text_check);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, range_check);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, first_button);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, last_button);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TendExportDialog, export_button);

  gtk_widget_class_install_action (widget_class, "export.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
}

static void
tend_export_dialog_init (TendExportDialog *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) month_ago = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The last month, up to today: a range someone might bring to a therapist. */
  now = g_date_time_new_now_local ();
  month_ago = g_date_time_add_months (now, -1);
  tend_day_button_set_date (self->first_button, month_ago);
  tend_day_button_set_date (self->last_button, now);
}

/**
 * tend_export_dialog_new:
 *
 * Asks what to export and where, writes it, and emits ::exported before it closes.
 */
AdwDialog *
tend_export_dialog_new (TendStore *store)
{
  TendExportDialog *self;

  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  self = g_object_new (TEND_TYPE_EXPORT_DIALOG, NULL);
  self->store = g_object_ref (store);

  /* A protected journal's backup can be protected too, and is unless the person says not. */
  if (tend_store_get_protected (store) && !tend_store_get_locked (store))
    {
      gtk_widget_set_visible (self->protect_group, TRUE);
      g_object_bind_property (self->json_check, "active", self->protect_row, "sensitive",
                              G_BINDING_SYNC_CREATE);
      adw_preferences_group_set_description (self->format_group,
                                             _("Only a protected backup is encrypted. Keep other "
                                               "exports somewhere private."));
    }

  return ADW_DIALOG (self);
}

/**
 * tend_export_dialog_set_safety_plan:
 *
 * The safety plan every export carries beside the months.
 */
void
tend_export_dialog_set_safety_plan (TendExportDialog *self,
                                    TendSafetyPlan   *plan)
{
  g_return_if_fail (TEND_IS_EXPORT_DIALOG (self));
  g_return_if_fail (plan == NULL || TEND_IS_SAFETY_PLAN (plan));

  g_set_object (&self->plan, plan);
}
