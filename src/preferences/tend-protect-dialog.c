/* tend-protect-dialog.c — protecting the journal with a passphrase, changing the passphrase,
 * making a new recovery code, or turning the protection off: one page per step, and the
 * store's work with a spinner.
 *
 * A change to a protected journal first asks its current passphrase (or the recovery code) and
 * checks it with the store: someone at an unlocked session left alone must not be able to
 * change the passphrase, silently replace the recovery code the writer kept, or turn the
 * protection off.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-protect-dialog.h"
#include "tend-recovery-print.h"

typedef enum {
  MODE_PROTECT,
  MODE_CHANGE_PASSPHRASE,
  MODE_NEW_RECOVERY_CODE,
  MODE_TURN_OFF,
} Mode;

struct _TendProtectDialog
{
  AdwDialog           parent_instance;

  TendStore          *store;
  Mode                mode;
  /* The chosen passphrase and the code shown, wiped when the dialog goes. */
  char               *passphrase;
  char               *code;
  gboolean            working;
  /* Set while the store checks the current passphrase; cancelled when the dialog goes. */
  GCancellable       *checking;
  /* The print dialog's operation, kept until it is done or the dialog goes. */
  GtkPrintOperation  *print_operation;

  AdwNavigationView  *navigation;
  AdwNavigationPage  *passphrase_page;
  AdwNavigationPage  *code_page;
  AdwNavigationPage  *work_page;
  AdwNavigationPage  *current_page;
  GtkLabel           *current_intro;
  AdwEntryRow        *current_row;
  GtkLabel           *current_error;
  GtkButton          *current_button;
  GtkStack           *current_stack;
  GtkLabel           *current_label;
  GtkSpinner         *current_spinner;
  GtkLabel           *passphrase_intro;
  AdwEntryRow        *passphrase_row;
  AdwEntryRow        *again_row;
  GtkLabel           *passphrase_error;
  GtkWidget          *passphrase_button;
  GtkLabel           *code_intro;
  GtkLabel           *code_label;
  GtkWidget          *copy_button;
  GtkCheckButton     *kept_check;
  GtkButton          *code_button;
  AdwHeaderBar       *work_header;
  GtkStack           *work_stack;
  GtkSpinner         *spinner;
  GtkLabel           *busy_label;
  AdwStatusPage      *failed_status;
  GtkWidget          *retry_button;
};

G_DEFINE_FINAL_TYPE (TendProtectDialog, tend_protect_dialog, ADW_TYPE_DIALOG)

enum {
  DONE,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
wipe (char **secret)
{
  if (*secret == NULL)
    return;
  explicit_bzero (*secret, strlen (*secret));
  g_clear_pointer (secret, g_free);
}

/* The code shown is wiped before it is freed: only what it derives may outlive the dialog. */
static void
wipe_code (char **code)
{
  if (*code == NULL)
    return;
  explicit_bzero (*code, strlen (*code));
  g_clear_pointer (code, g_free);
}

static void
mark_invalid (AdwEntryRow *row,
              gboolean     invalid)
{
  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Says @message under the fields, in red on @row; no message clears both. */
static void
show_passphrase_error (TendProtectDialog *self,
                       const char        *message,
                       AdwEntryRow       *row)
{
  gtk_label_set_text (self->passphrase_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->passphrase_error), message != NULL);
  mark_invalid (self->passphrase_row, message != NULL && row == self->passphrase_row);
  mark_invalid (self->again_row, message != NULL && row == self->again_row);
}

/* Said as soon as the second passphrase cannot become the first, not at every key before it. */
static void
passphrase_changed_cb (TendProtectDialog *self)
{
  const char *first = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->again_row));

  if (*again != '\0' && !g_str_has_prefix (first, again))
    show_passphrase_error (self, _("The two passphrases are different."), self->again_row);
  else
    show_passphrase_error (self, NULL, NULL);
}

static void
passphrase_activated_cb (TendProtectDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->again_row));
}

static void
again_activated_cb (TendProtectDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "protect.passphrase-done", NULL);
}

static void
passphrase_shown_cb (TendProtectDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

/* The code itself is not focused first: a focused selectable label selects all of itself, and
 * the view focuses the first thing it can as a page comes. */
static void
code_shown_cb (TendProtectDialog *self)
{
  gtk_widget_grab_focus (self->copy_button);
  gtk_label_select_region (self->code_label, 0, 0);
}

static void
kept_toggled_cb (TendProtectDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protect.code-done",
                                 gtk_check_button_get_active (self->kept_check));
}

static const char *
done_message (TendProtectDialog *self)
{
  switch (self->mode)
    {
    case MODE_CHANGE_PASSPHRASE:
      return _("Passphrase changed");
    case MODE_NEW_RECOVERY_CODE:
      return _("New recovery code saved; the old one no longer works");
    case MODE_TURN_OFF:
      return _("Protection is off");
    case MODE_PROTECT:
    default:
      return _("Your journal is protected");
    }
}

static const char *
failed_title (TendProtectDialog *self)
{
  switch (self->mode)
    {
    case MODE_CHANGE_PASSPHRASE:
      return _("Could Not Change the Passphrase");
    case MODE_NEW_RECOVERY_CODE:
      return _("Could Not Save the New Recovery Code");
    case MODE_TURN_OFF:
      return _("Could Not Turn Off Protection");
    case MODE_PROTECT:
    default:
      return _("Could Not Protect the Journal");
    }
}

static void
set_working (TendProtectDialog *self,
             gboolean           working)
{
  self->working = working;
  gtk_spinner_set_spinning (self->spinner, working);
  adw_dialog_set_can_close (ADW_DIALOG (self), !working);
  adw_navigation_page_set_can_pop (self->work_page, !working);
  /* A close button that cannot close is not offered. */
  adw_header_bar_set_show_end_title_buttons (self->work_header, !working);
}

static void
work_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TendProtectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *markup = NULL;
  gboolean ok;

  if (self->mode == MODE_PROTECT)
    ok = tend_store_protect_finish (self->store, result, &error);
  else if (self->mode == MODE_TURN_OFF)
    ok = tend_store_unprotect_finish (self->store, result, &error);
  else
    ok = tend_store_change_secret_finish (self->store, result, &error);

  /* Gone with its window meanwhile: Preferences follows the store by itself. */
  if (self->spinner == NULL)
    return;

  set_working (self, FALSE);
  if (ok)
    {
      g_signal_emit (self, signals[DONE], 0, done_message (self));
      adw_dialog_force_close (ADW_DIALOG (self));
      return;
    }

  /* Translators: %s is why the journal's protection could not be changed, from the system;
   * the second line is on a line of its own. */
  description = g_strdup_printf (_("%s\nNothing was lost, and you can try again."),
                                 error->message);
  markup = g_markup_escape_text (description, -1);
  adw_status_page_set_title (self->failed_status, failed_title (self));
  adw_status_page_set_description (self->failed_status, markup);
  gtk_stack_set_visible_child_name (self->work_stack, "failed");
  gtk_accessible_announce (GTK_ACCESSIBLE (self), description,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
  gtk_widget_grab_focus (self->retry_button);
}

static void
start_work (TendProtectDialog *self)
{
  gtk_stack_set_visible_child_name (self->work_stack, "busy");
  if (adw_navigation_view_get_visible_page (self->navigation) != self->work_page)
    adw_navigation_view_push (self->navigation, self->work_page);
  set_working (self, TRUE);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), gtk_label_get_text (self->busy_label),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);

  switch (self->mode)
    {
    case MODE_PROTECT:
      tend_store_protect_async (self->store, self->passphrase, self->code, NULL,
                                work_done_cb, g_object_ref (self));
      break;
    case MODE_CHANGE_PASSPHRASE:
      tend_store_set_passphrase_async (self->store, self->passphrase, NULL,
                                       work_done_cb, g_object_ref (self));
      break;
    case MODE_TURN_OFF:
      tend_store_unprotect_async (self->store, NULL, work_done_cb, g_object_ref (self));
      break;
    case MODE_NEW_RECOVERY_CODE:
    default:
      tend_store_set_recovery_code_async (self->store, self->code, NULL,
                                          work_done_cb, g_object_ref (self));
      break;
    }
}

/* Says @message under the current passphrase, in red on its field, and to a screen reader;
 * no message clears both. */
static void
show_current_error (TendProtectDialog *self,
                    const char        *message)
{
  gtk_label_set_text (self->current_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->current_error), message != NULL);
  mark_invalid (self->current_row, message != NULL);
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

static void
current_changed_cb (TendProtectDialog *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->current_error)))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->current_row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->current_row),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* Enter in the field goes on, as the button does. */
static void
current_activated_cb (TendProtectDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "protect.current-done", NULL);
}

/* Back in the field with all of it selected: typing again replaces it. */
static void
retype_current (TendProtectDialog *self)
{
  GtkEditable *row = GTK_EDITABLE (self->current_row);

  gtk_widget_grab_focus (GTK_WIDGET (gtk_editable_get_delegate (row)));
  gtk_editable_select_region (row, 0, -1);
}

static void
set_checking (TendProtectDialog *self,
              gboolean           checking)
{
  gtk_stack_set_visible_child_name (self->current_stack, checking ? "spinner" : "label");
  gtk_spinner_set_spinning (self->current_spinner, checking);
  /* The field keeps its words and the focus while they are checked; nothing new is typed. */
  gtk_editable_set_editable (GTK_EDITABLE (self->current_row), !checking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protect.current-done", !checking);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->current_button),
                               GTK_ACCESSIBLE_STATE_BUSY, checking, -1);
}

/* The current passphrase was right: on to the change itself, with no way back to this page. */
static void
go_on_from_current (TendProtectDialog *self)
{
  AdwNavigationPage *next;

  gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
  adw_dialog_set_default_widget (ADW_DIALOG (self), NULL);

  if (self->mode == MODE_TURN_OFF)
    {
      adw_navigation_view_replace (self->navigation, &self->work_page, 1);
      start_work (self);
      return;
    }

  if (self->mode == MODE_NEW_RECOVERY_CODE)
    gtk_label_set_text (self->code_label, self->code);
  next = self->mode == MODE_CHANGE_PASSPHRASE ? self->passphrase_page : self->code_page;
  adw_navigation_view_replace (self->navigation, &next, 1);
}

static void
current_checked_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(TendProtectDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean right = tend_store_check_secret_finish (TEND_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->checking);
  set_checking (self, FALSE);
  if (right)
    {
      show_current_error (self, NULL);
      go_on_from_current (self);
      return;
    }

  if (g_error_matches (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY))
    show_current_error (self, _("This is not the passphrase or the recovery code of this "
                                "journal. Nothing was changed. Please check it and try again."));
  else
    show_current_error (self, error->message);
  retype_current (self);
}

/* Enter in the field, or the button: the store checks what was typed, on a worker. */
static void
current_done_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (widget);
  const char *secret = gtk_editable_get_text (GTK_EDITABLE (self->current_row));

  if (self->checking != NULL)
    return;

  if (*secret == '\0')
    {
      show_current_error (self, _("Type your passphrase or your recovery code first."));
      retype_current (self);
      return;
    }

  set_checking (self, TRUE);
  self->checking = g_cancellable_new ();
  tend_store_check_secret_async (self->store, secret, self->checking, current_checked_cb,
                                 g_object_ref (self));
}

/* The passphrase step: both fields the same, and not empty. */
static void
passphrase_done_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (widget);
  const char *first = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *again = gtk_editable_get_text (GTK_EDITABLE (self->again_row));
  const char *problem = NULL;
  AdwEntryRow *row = NULL;

  if (*first == '\0')
    {
      problem = _("Type a passphrase first.");
      row = self->passphrase_row;
    }
  else if (g_strcmp0 (first, again) != 0)
    {
      problem = _("The two passphrases are different. Type the same passphrase in both fields.");
      row = self->again_row;
    }

  if (problem != NULL)
    {
      show_passphrase_error (self, problem, row);
      gtk_accessible_announce (GTK_ACCESSIBLE (self), problem,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return;
    }

  wipe (&self->passphrase);
  self->passphrase = g_strdup (first);

  if (self->mode == MODE_PROTECT)
    adw_navigation_view_push (self->navigation, self->code_page);
  else
    start_work (self);
}

static void
code_done_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  start_work (TEND_PROTECT_DIALOG (widget));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start_work (TEND_PROTECT_DIALOG (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self->navigation),
                                                ADW_TYPE_TOAST_OVERLAY);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->code);
  /* Translators: a toast after the Copy button put the recovery code on the clipboard. */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Recovery code copied")));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  TendProtectDialog *self = user_data;
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self->navigation),
                                                    ADW_TYPE_TOAST_OVERLAY);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  g_clear_object (&self->print_operation);
  self->print_operation = tend_recovery_print_new (self->code);
  gtk_print_operation_set_allow_async (self->print_operation, TRUE);
  g_signal_connect_object (self->print_operation, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_run (self->print_operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL);
}

/* Closed while the passphrase is checked: the answer that comes after starts nothing. */
static void
tend_protect_dialog_closed (AdwDialog *dialog)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (dialog);

  g_cancellable_cancel (self->checking);

  if (ADW_DIALOG_CLASS (tend_protect_dialog_parent_class)->closed != NULL)
    ADW_DIALOG_CLASS (tend_protect_dialog_parent_class)->closed (dialog);
}

static void
tend_protect_dialog_dispose (GObject *object)
{
  TendProtectDialog *self = TEND_PROTECT_DIALOG (object);

  /* What was typed goes with the dialog, not later with the entries' buffers. */
  if (self->passphrase_row != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->again_row), "");
    }
  if (self->current_row != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_PROTECT_DIALOG);
  wipe (&self->passphrase);
  wipe_code (&self->code);
  g_clear_object (&self->print_operation);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tend_protect_dialog_parent_class)->dispose (object);
}

static void
tend_protect_dialog_class_init (TendProtectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = tend_protect_dialog_dispose;
  dialog_class->closed = tend_protect_dialog_closed;

  /**
   * TendProtectDialog::done:
   * @message: a short sentence for a toast, saying what changed
   *
   * The store finished the change; the dialog closes itself next.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/preferences/tend-protect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, navigation);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, passphrase_page);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, code_page);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, work_page);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, passphrase_intro);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, again_row);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, passphrase_error);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, passphrase_button);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, code_intro);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, code_label);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, kept_check);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, code_button);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, work_header);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, work_stack);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, failed_status);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, retry_button);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_page);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_intro);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_error);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_button);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_stack);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_label);
  gtk_widget_class_bind_template_child (widget_class, TendProtectDialog, current_spinner);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, again_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, kept_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, current_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, current_activated_cb);

  gtk_widget_class_install_action (widget_class, "protect.passphrase-done", NULL,
                                   passphrase_done_action);
  gtk_widget_class_install_action (widget_class, "protect.code-done", NULL, code_done_action);
  gtk_widget_class_install_action (widget_class, "protect.current-done", NULL,
                                   current_done_action);
  gtk_widget_class_install_action (widget_class, "protect.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "protect.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "protect.print", NULL, print_action);
}

static void
tend_protect_dialog_init (TendProtectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "protect.code-done", FALSE);
}

/* Words and the first page for @mode; the recovery code is made here, once per dialog. */
static AdwDialog *
protect_dialog_new (TendStore *store,
                    Mode       mode)
{
  TendProtectDialog *self = g_object_new (TEND_TYPE_PROTECT_DIALOG, NULL);
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->mode = mode;

  if (mode == MODE_PROTECT || mode == MODE_NEW_RECOVERY_CODE)
    {
      self->code = tend_store_make_recovery_code (&error);
      /* Only a system without a random source fails here; the dialog says so on its last page. */
      if (self->code == NULL)
        self->code = g_strdup ("");
      /* A new code is put on its page only once the current passphrase was right. */
      if (mode == MODE_PROTECT)
        gtk_label_set_text (self->code_label, self->code);
    }

  switch (mode)
    {
    case MODE_PROTECT:
      adw_dialog_set_title (ADW_DIALOG (self), _("Protect With a Passphrase"));
      gtk_label_set_text (self->passphrase_intro,
                          _("If you forget your passphrase, only the recovery code on the next "
                            "page can open your journal, and without either of them nobody can "
                            "get your words back, not even Tend. Anyone with your files can still "
                            "see which months have entries, and your safety plan stays open "
                            "without the passphrase, so it is there for you in a hard moment."));
      gtk_label_set_text (self->code_intro,
                          _("This code opens your journal if you ever forget your passphrase. "
                            "It is shown only now: write it down or print it, and keep it "
                            "apart from this computer."));
      gtk_button_set_label (self->code_button, _("Protect _Journal"));
      gtk_label_set_text (self->busy_label, _("Protecting your journal…"));
      break;

    case MODE_CHANGE_PASSPHRASE:
      adw_dialog_set_title (ADW_DIALOG (self), _("Change Passphrase"));
      gtk_label_set_text (self->current_intro,
                          _("To make sure it is you, first type the passphrase you use now, "
                            "or your recovery code."));
      adw_navigation_page_set_title (self->passphrase_page, _("New Passphrase"));
      gtk_label_set_text (self->passphrase_intro,
                          _("From now on Tend will ask for the new passphrase, and the old one "
                            "stops working. Your recovery code stays the same."));
      gtk_button_set_label (GTK_BUTTON (self->passphrase_button), _("_Change Passphrase"));
      gtk_label_set_text (self->busy_label, _("Changing the passphrase…"));
      break;

    case MODE_NEW_RECOVERY_CODE:
    default:
      adw_dialog_set_title (ADW_DIALOG (self), _("New Recovery Code"));
      adw_navigation_page_set_title (self->code_page, _("New Recovery Code"));
      gtk_label_set_text (self->code_intro,
                          _("This new code opens your journal if you forget your passphrase. "
                            "Once you save it, the old recovery code stops working. It is shown "
                            "only now: write it down or print it, and keep it apart from this "
                            "computer."));
      gtk_button_set_label (self->code_button, _("_Save New Code"));
      gtk_label_set_text (self->busy_label, _("Saving the new recovery code…"));
      gtk_label_set_text (self->current_intro,
                          _("To make sure it is you, first type your passphrase or the recovery "
                            "code you have now. The new code is shown next."));
      break;

    case MODE_TURN_OFF:
      adw_dialog_set_title (ADW_DIALOG (self), _("Turn Off Protection"));
      gtk_label_set_text (self->current_intro,
                          _("Your journal will be kept in plain files again: anyone who can "
                            "open your files can read every word. Tend will stop asking for the "
                            "passphrase, and the recovery code will stop working. To turn the "
                            "protection off, type your passphrase or your recovery code."));
      gtk_label_set_text (self->busy_label, _("Turning protection off…"));
      break;
    }

  /* Any change to a protected journal starts with its current passphrase. */
  if (mode != MODE_PROTECT)
    {
      const char *go_on = mode == MODE_TURN_OFF ? _("_Turn Off Protection") : _("_Continue");

      adw_navigation_page_set_title (self->current_page, adw_dialog_get_title (ADW_DIALOG (self)));
      gtk_label_set_text_with_mnemonic (self->current_label, go_on);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->current_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (self->current_label), -1);
      gtk_widget_add_css_class (GTK_WIDGET (self->current_button),
                                mode == MODE_TURN_OFF ? "destructive-action" : "suggested-action");
      adw_navigation_view_replace (self->navigation, &self->current_page, 1);
      adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->current_row));
      adw_dialog_set_default_widget (ADW_DIALOG (self), GTK_WIDGET (self->current_button));
    }
  adw_navigation_page_set_title (self->work_page, adw_dialog_get_title (ADW_DIALOG (self)));

  if (error != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_status_page_set_title (self->failed_status, failed_title (self));
      adw_status_page_set_description (self->failed_status, markup);
      gtk_widget_set_visible (self->retry_button, FALSE);
      gtk_stack_set_visible_child_name (self->work_stack, "failed");
      adw_navigation_view_replace (self->navigation, &self->work_page, 1);
    }

  return ADW_DIALOG (self);
}

/**
 * tend_protect_dialog_new_protect:
 *
 * Turns protection on: a passphrase typed twice, the recovery code shown once, then the store
 * converts the journal. Emits #TendProtectDialog::done on success.
 */
AdwDialog *
tend_protect_dialog_new_protect (TendStore *store)
{
  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  return protect_dialog_new (store, MODE_PROTECT);
}

/**
 * tend_protect_dialog_new_change_passphrase:
 *
 * The current passphrase (or the recovery code), then a new one typed twice; the recovery
 * code stays as it is.
 */
AdwDialog *
tend_protect_dialog_new_change_passphrase (TendStore *store)
{
  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  return protect_dialog_new (store, MODE_CHANGE_PASSPHRASE);
}

/**
 * tend_protect_dialog_new_recovery_code:
 *
 * A new recovery code, shown once after the current passphrase; the old one stops working
 * when the store has it.
 */
AdwDialog *
tend_protect_dialog_new_recovery_code (TendStore *store)
{
  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  return protect_dialog_new (store, MODE_NEW_RECOVERY_CODE);
}

/**
 * tend_protect_dialog_new_turn_off:
 *
 * Says what turning the protection off means and asks the current passphrase (or the recovery
 * code); then the store makes every month plain again.
 */
AdwDialog *
tend_protect_dialog_new_turn_off (TendStore *store)
{
  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  return protect_dialog_new (store, MODE_TURN_OFF);
}
