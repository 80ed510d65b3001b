/* tend-window-backup.c — the main menu's Export…, Import Backup… and Summary for a Therapist…,
 * and the quiet note when the last backup is weeks old.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-backup.h"
#include "tend-export-dialog.h"
#include "tend-summary-dialog.h"
#include "tend-window-private.h"

/* A test hook, for the end-to-end tests only: the file chooser runs in another process (the
 * portal) that the accessibility tests cannot drive, so with TEND_TEST_FILE set, Export and
 * Import use that path without asking. */
static GFile *
test_file (void)
{
  const char *path = g_getenv ("TEND_TEST_FILE");

  return path != NULL && *path != '\0' ? g_file_new_for_path (path) : NULL;
}

/* Words typed a moment ago, still waiting for the editor's pause, go to the store first: an
 * export holds them, and an import compares against them. */
static void
save_typing (TendWindow *self)
{
  tend_entry_editor_save (tend_journal_page_get_editor (self->journal_page));
}

static void
show_error (TendWindow   *self,
            const char   *heading,
            const GError *error)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------------------------ */
/* Export */

static void
exported_cb (TendExportDialog *dialog,
             GFile            *file,
             TendWindow       *self)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *title = NULL;

  if (tend_export_dialog_get_format (dialog) == TEND_EXPORT_JSON ||
      tend_export_dialog_get_format (dialog) == TEND_EXPORT_JSON_PROTECTED)
    {
      /* Remembered for the note about backing up; any JSON backup counts, whatever its days. */
      g_settings_set_int64 (self->settings, "last-backup",
                            g_get_real_time () / G_USEC_PER_SEC);
      /* Translators: a toast once a backup is written; %s is its file name. */
      title = g_strdup_printf (_("Backup saved as “%s”"), name);
    }
  else
    /* Translators: a toast once the journal is written as text; %s is the file name. */
    title = g_strdup_printf (_("Journal exported as “%s”"), name);

  tend_window_add_toast (self, adw_toast_new (title));
}

/**
 * tend_window_export:
 *
 * What win.export does.
 */
void
tend_window_export (TendWindow *self)
{
  TendStore *store = self->store;
  AdwDialog *dialog;

  if (store == NULL)
    return;

  save_typing (self);
  dialog = tend_export_dialog_new (store);
  tend_export_dialog_set_safety_plan (
    TEND_EXPORT_DIALOG (dialog),
    tend_safety_plan_store_get_plan (tend_window_get_safety_plan (self)));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------------------------ */
/* Import: read and check the file, say what it would change, then merge it. */

typedef struct {
  TendWindow     *window;
  TendBackup     *backup;
  GCancellable   *cancellable;
  AdwDialog      *progress_dialog;
  GtkProgressBar *progress_bar;
  gboolean        finished;
} ImportFlow;

static void
import_flow_free (ImportFlow *flow)
{
  g_clear_object (&flow->window);
  g_clear_object (&flow->backup);
  g_clear_object (&flow->cancellable);
  g_clear_object (&flow->progress_dialog);
  g_free (flow);
}

static void
apply_progress_cb (double   fraction,
                   gpointer user_data)
{
  ImportFlow *flow = user_data;

  gtk_progress_bar_set_fraction (flow->progress_bar, fraction);
}

/* The plan in the backup joins the person's own: what it holds that the plan lacks is added
 * after it, so importing never takes a word away, and importing twice adds nothing more. */
static guint
merge_safety_plan (ImportFlow *flow,
                   gboolean    apply)
{
  TendSafetyPlan *theirs = tend_backup_get_safety_plan (flow->backup);
  TendSafetyPlanStore *store = tend_window_get_safety_plan (flow->window);
  guint added;

  if (theirs == NULL || tend_safety_plan_store_get_read_only (store))
    return 0;

  added = tend_safety_plan_merge (tend_safety_plan_store_get_plan (store), theirs, apply);
  if (apply && added > 0)
    tend_safety_plan_store_save (store);
  return added;
}

static void
apply_safety_plan (ImportFlow *flow)
{
  merge_safety_plan (flow, TRUE);
}

static void
apply_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ImportFlow *flow = user_data;
  g_autoptr(GError) error = NULL;

  flow->finished = TRUE;
  adw_dialog_force_close (flow->progress_dialog);

  if (tend_backup_apply_finish (TEND_BACKUP (source), result, &error))
    {
      apply_safety_plan (flow);
      /* Translators: a toast once a backup is merged into the journal. */
      tend_window_add_toast (flow->window, adw_toast_new (_("Backup imported")));
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    tend_window_add_toast (flow->window,
                           /* Translators: a toast when importing was stopped part way. */
                           adw_toast_new (_("Import stopped. What was already imported is kept.")));
  else
    show_error (flow->window, _("Could Not Import"), error);

  import_flow_free (flow);
}

static void
progress_response_cb (AdwAlertDialog *dialog,
                      const char     *response,
                      ImportFlow     *flow)
{
  if (!flow->finished)
    g_cancellable_cancel (flow->cancellable);
}

static void
start_apply (ImportFlow *flow)
{
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import progress"), -1);
  flow->progress_bar = GTK_PROGRESS_BAR (bar);
  flow->progress_dialog = g_object_ref_sink (adw_alert_dialog_new (_("Importing…"), NULL));
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (flow->progress_dialog), bar);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (flow->progress_dialog), "cancel",
                                 _("_Cancel"));
  g_signal_connect (flow->progress_dialog, "response", G_CALLBACK (progress_response_cb), flow);
  adw_dialog_present (flow->progress_dialog, GTK_WIDGET (flow->window));

  flow->cancellable = g_cancellable_new ();
  tend_backup_apply_async (flow->backup, flow->window->store, flow->cancellable,
                           apply_progress_cb, flow, apply_done_cb, flow);
}

static void
preview_response_cb (AdwAlertDialog *dialog,
                     const char     *response,
                     ImportFlow     *flow)
{
  if (g_strcmp0 (response, "import") == 0)
    start_apply (flow);
  else
    import_flow_free (flow);
}

static void read_backup (TendWindow *self,
                         GFile      *file,
                         const char *secret);

/* A backup being read: the window, the file for asking its passphrase, and whether one was
 * given. */
typedef struct {
  TendWindow *window;
  GFile      *file;
  gboolean    with_secret;
} ReadFlow;

static void
read_flow_free (ReadFlow *flow)
{
  g_clear_object (&flow->window);
  g_clear_object (&flow->file);
  g_free (flow);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadFlow, read_flow_free)

static void
secret_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    ReadFlow       *flow)
{
  GtkEditable *entry = GTK_EDITABLE (adw_alert_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "open") && *gtk_editable_get_text (entry) != '\0')
    read_backup (flow->window, flow->file, gtk_editable_get_text (entry));
  read_flow_free (flow);
}

/* A protected backup: its passphrase or recovery code is asked, then it is read again. After
 * a wrong one, @error says so. */
static void
ask_backup_secret (ReadFlow     *flow,
                   const GError *error)
{
  GtkWidget *entry = gtk_password_entry_new ();
  AdwDialog *alert;
  const char *body = error != NULL
    ? error->message
    : _("Enter the passphrase or the recovery code of the journal it was made from.");

  alert = adw_alert_dialog_new (_("This Backup Is Protected"), body);
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Passphrase or recovery code"), -1);
  g_object_set (entry, "activates-default", TRUE, NULL);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), entry);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "open", _("_Open"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "open",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "open");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect (alert, "response", G_CALLBACK (secret_response_cb), flow);
  adw_dialog_present (alert, GTK_WIDGET (flow->window));
  gtk_widget_grab_focus (entry);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ReadFlow) read = user_data;
  TendWindow *self = read->window;
  g_autoptr(TendBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *changes = NULL;
  g_autofree char *body = NULL;
  TendImportPreview preview;
  AdwDialog *alert;
  ImportFlow *flow;
  guint plan_added;

  backup = tend_backup_load_finish (result, &error);
  if (g_error_matches (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_PROTECTED))
    {
      /* Asked first without a word of blame; after a wrong one, the error says so. */
      gboolean tried = read->with_secret;

      ask_backup_secret (g_steal_pointer (&read), tried ? error : NULL);
      return;
    }
  if (backup == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Import"), error);
      return;
    }

  /* An import that would make a month too large to read back is refused now, with the
   * reason, before the question: nothing was written, and nothing will be. */
  if (!tend_backup_check (backup, self->store, &error))
    {
      show_error (self, _("Could Not Import"), error);
      return;
    }

  /* Nothing was written so far; the person decides, knowing what would change. */
  tend_backup_preview (backup, self->store, &preview);
  changes = tend_import_preview_to_string (&preview);
  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  made = g_date_time_format (tend_backup_get_exported (backup), _("%A, %-d %B %Y"));
  /* Translators: before importing a backup; the first %s is the date it was made, e.g.
   * “Monday, 23 November 2026”, the second what importing would change, a line each. */
  body = g_strdup_printf (_("This backup was made on %s.\n\n%s"), g_strstrip (made), changes);

  flow = g_new0 (ImportFlow, 1);
  flow->window = g_object_ref (self);
  flow->backup = g_steal_pointer (&backup);
  plan_added = merge_safety_plan (flow, FALSE);
  if (plan_added > 0)
    {
      g_autofree char *plan_line =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: before importing a backup, a line of what
                                       * would change. */
                                      "%u line would be added to your safety plan.",
                                      "%u lines would be added to your safety plan.",
                                      plan_added),
                         plan_added);
      char *longer = g_strconcat (body, "\n", plan_line, NULL);

      g_free (body);
      body = longer;
    }

  alert = adw_alert_dialog_new (_("Import Backup?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "import", _("_Import"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "import",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "import");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");

  /* Records dated in the future are left out unless the person includes them here. */
  if (preview.future_entries + preview.future_sessions + preview.future_removed_entries +
      preview.future_removed_sessions > 0)
    {
      /* Translators: a check box under the lines of what is dated in the future. */
      GtkWidget *include = gtk_check_button_new_with_mnemonic (
        _("I_nclude records dated in the future"));

      gtk_widget_set_halign (include, GTK_ALIGN_CENTER);
      g_object_bind_property (include, "active", flow->backup, "include-future",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), include);
    }

  g_signal_connect (alert, "response", G_CALLBACK (preview_response_cb), flow);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
read_backup (TendWindow *self,
             GFile      *file,
             const char *secret)
{
  ReadFlow *flow = g_new0 (ReadFlow, 1);

  flow->window = g_object_ref (self);
  flow->file = g_object_ref (file);
  flow->with_secret = secret != NULL;
  tend_backup_load_protected_async (file, self->store, secret, NULL, loaded_cb, flow);
}

static void
open_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(TendWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    read_backup (self, file, NULL);
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    show_error (self, _("Could Not Import"), error);
}

/**
 * tend_window_import:
 *
 * What win.import does.
 */
void
tend_window_import (TendWindow *self)
{
  g_autoptr(GFile) file = test_file ();
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GListStore) filters = NULL;

  if (self->store == NULL)
    return;

  save_typing (self);
  if (file != NULL)
    {
      read_backup (self, file, NULL);
      return;
    }

  filter = gtk_file_filter_new ();
  /* Translators: the kind of file a JSON backup is, in the file chooser. */
  gtk_file_filter_set_name (filter, _("Tend Backups"));
  gtk_file_filter_add_suffix (filter, "json");
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, filter);

  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Import Backup"));
  gtk_file_dialog_set_accept_label (dialog, _("_Import"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, open_cb, g_object_ref (self));
}

/* ------------------------------------------------------------------------------------------ */
/* Summary for a Therapist */

static void
summary_exported_cb (TendSummaryDialog *dialog,
                     GFile             *file,
                     TendWindow        *self)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (base);
  /* Translators: a toast once the summary for a therapist is written; %s is its file name. */
  g_autofree char *title = g_strdup_printf (_("Summary saved as “%s”"), name);

  tend_window_add_toast (self, adw_toast_new (title));
}

/* The dialog closed before writing failed. Its window may be gone too (closed meanwhile):
 * then the application's window that is active says it, and with none left nobody is there
 * to tell. */
static void
summary_failed_cb (TendSummaryDialog *dialog,
                   const GError      *error,
                   GWeakRef          *window_ref)
{
  g_autoptr(GtkWidget) opener = g_weak_ref_get (window_ref);
  GApplication *app = g_application_get_default ();
  GtkWidget *window = opener;

  if (!(TEND_IS_WINDOW (window) && gtk_widget_get_mapped (window)) && GTK_IS_APPLICATION (app))
    window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  if (TEND_IS_WINDOW (window) && gtk_widget_get_mapped (window))
    tend_window_add_toast (TEND_WINDOW (window), adw_toast_new (_("Could Not Save the Summary")));
}

static void
weak_ref_free (gpointer  data,
               GClosure *closure)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);
  TendStore *store = self->store;
  AdwDialog *dialog;
  GWeakRef *window_ref;

  if (store == NULL)
    return;

  save_typing (self);
  dialog = tend_summary_dialog_new (store);
  tend_summary_dialog_set_safety_plan (
    TEND_SUMMARY_DIALOG (dialog),
    tend_safety_plan_store_get_plan (tend_window_get_safety_plan (self)));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (summary_exported_cb), self,
                           G_CONNECT_DEFAULT);
  window_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (window_ref, self);
  g_signal_connect_data (dialog, "failed", G_CALLBACK (summary_failed_cb), window_ref,
                         weak_ref_free, G_CONNECT_DEFAULT);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------------------------ */
/* The note about backing up: a few weeks after the last backup (or after the first record,
 * when there was none), while there is something to back up. Put aside, it stays away as
 * long again. A damaged month's banner comes first. */

#define BACKUP_HINT_SECONDS (28 * 24 * 60 * 60)

static gint64
oldest_record (TendStore *store)
{
  GListModel *lists[] = { tend_store_get_entries (store), tend_store_get_sessions (store) };
  gint64 oldest = 0;

  /* Both lists are newest first: the last item is the oldest. */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      guint n = g_list_model_get_n_items (lists[i]);
      g_autoptr(GObject) item = n > 0 ? g_list_model_get_item (lists[i], n - 1) : NULL;
      GDateTime *when;
      gint64 seconds;

      if (item == NULL)
        continue;

      when = TEND_IS_ENTRY (item) ? tend_entry_get_created (TEND_ENTRY (item))
                                  : tend_grounding_session_get_started (TEND_GROUNDING_SESSION (item));
      seconds = g_date_time_to_unix (when);
      if (oldest == 0 || seconds < oldest)
        oldest = seconds;
    }

  return oldest;
}

static gboolean
wants_backup_hint (TendWindow *self)
{
  GSettings *settings = self->settings;
  TendStore *store = self->store;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 since = g_settings_get_int64 (settings, "last-backup");
  gint64 oldest;

  if (store == NULL || !g_settings_get_boolean (settings, "backup-reminder") ||
      adw_banner_get_revealed (self->damaged_banner))
    return FALSE;

  /* The note belongs to the Journal: Ground and Progress ask nothing of a person (issue 15). */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "journal") != 0)
    return FALSE;

  if (now - g_settings_get_int64 (settings, "backup-hint-dismissed") < BACKUP_HINT_SECONDS)
    return FALSE;

  /* Nothing written (in the months read so far): nothing to back up. Never backed up: counted
   * from the oldest record. */
  oldest = oldest_record (store);
  if (oldest == 0)
    return FALSE;
  if (since == 0)
    since = oldest;

  return now - since >= BACKUP_HINT_SECONDS;
}

static void
update_backup_hint (TendWindow *self)
{
  GtkRevealer *hint = self->backup_hint;
  gboolean wanted = wants_backup_hint (self);

  /* Hidden until first wanted: a closed revealer still measures what it holds. */
  if (wanted)
    gtk_widget_set_visible (gtk_revealer_get_child (hint), TRUE);
  gtk_revealer_set_reveal_child (hint, wanted);
}

static void
dismiss_backup_hint_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);

  g_settings_set_int64 (self->settings, "backup-hint-dismissed",
                        g_get_real_time () / G_USEC_PER_SEC);
}

/**
 * tend_window_backup_class_init:
 *
 * win.summary, and the note about backing up (win.dismiss-backup-hint).
 */
void
tend_window_backup_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TendWindow, backup_hint);
  gtk_widget_class_install_action (widget_class, "win.summary", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-backup-hint", NULL,
                                   dismiss_backup_hint_action);
}

/**
 * tend_window_backup_watch:
 *
 * Call once the window has its store.
 */
void
tend_window_backup_watch (TendWindow *self)
{
  GSettings *settings = self->settings;
  TendStore *store = self->store;
  const char *keys[] = { "changed::backup-reminder", "changed::last-backup",
                         "changed::backup-hint-dismissed" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_signal_connect_object (settings, keys[i], G_CALLBACK (update_backup_hint), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (tend_store_get_entries (store), "items-changed",
                           G_CALLBACK (update_backup_hint), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (tend_store_get_sessions (store), "items-changed",
                           G_CALLBACK (update_backup_hint), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->damaged_banner, "notify::revealed",
                           G_CALLBACK (update_backup_hint), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (update_backup_hint), self, G_CONNECT_SWAPPED);
  update_backup_hint (self);
}
