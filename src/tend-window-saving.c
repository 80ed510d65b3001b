/* tend-window-saving.c — when words cannot be saved: a banner that says why and offers to try
 * again, and a question before closing, so that no word is ever lost in silence.
 *
 * The store and the safety plan's store keep every failed save and try it again by
 * themselves; the window (and the plan's page, for the plan) tells the person while that
 * lasts and, on closing over either, offers Try Again, Save a Copy Elsewhere… or Quit Anyway.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-backup.h"
#include "tend-records-error.h"
#include "tend-safety-plan-page.h"
#include "tend-save-file.h"
#include "tend-window-private.h"

static void
update_banner (TendWindow *self)
{
  TendStore *store = self->store;
  AdwBanner *banner = self->save_banner;
  gboolean unsaved = tend_store_get_unsaved (store);

  if (unsaved)
    {
      g_autofree char *title = tend_save_error_describe (tend_store_get_save_error (store));

      adw_banner_set_title (banner, title);
    }
  else if (adw_banner_get_revealed (banner))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Your words are saved")));
  adw_banner_set_revealed (banner, unsaved);
}

static void
retry_save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);

  tend_entry_editor_save (tend_journal_page_get_editor (self->journal_page));
  tend_store_retry_saves (self->store);
}

/**
 * tend_window_saving_class_init:
 *
 * The banner while a save fails (win.retry-save), and the question before closing over
 * unsaved words.
 */
void
tend_window_saving_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TendWindow, save_banner);
  gtk_widget_class_install_action (widget_class, "win.retry-save", NULL, retry_save_action);
}

/**
 * tend_window_saving_watch:
 *
 * Call once the window has its store.
 */
void
tend_window_saving_watch (TendWindow *self)
{
  TendStore *store = self->store;

  g_signal_connect_object (store, "notify::unsaved", G_CALLBACK (update_banner), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "save-failed", G_CALLBACK (update_banner), self,
                           G_CONNECT_SWAPPED);
  update_banner (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Closing with words unsaved */

typedef struct {
  GPtrArray      *months;       /* TendMonthFile whose changes are not on disk */
  char           *loose_words;  /* words the editor holds that no month took */
  TendSafetyPlan *plan;         /* the safety plan, when its latest words are not on disk */
  const GError   *why;          /* the first reason a save failed, for the question */
} Unsaved;

static void
unsaved_free (Unsaved *unsaved)
{
  g_clear_pointer (&unsaved->months, g_ptr_array_unref);
  g_free (unsaved->loose_words);
  g_clear_object (&unsaved->plan);
  g_free (unsaved);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Unsaved, unsaved_free)

/* Everything typed goes to the stores, and their queues to the disk; what is left is what
 * could not be saved. NULL when nothing is. */
static Unsaved *
collect_unsaved (TendWindow *self)
{
  TendStore *store = self->store;
  TendEntryEditor *editor = tend_journal_page_get_editor (self->journal_page);
  TendSafetyPlanStore *plan_store = tend_window_get_safety_plan (self);
  AdwNavigationPage *plan_page = adw_navigation_view_find_page (self->nav_view, "safety-plan");
  g_autoptr(Unsaved) unsaved = g_new0 (Unsaved, 1);

  if (store == NULL)
    return NULL;

  unsaved->loose_words = tend_entry_editor_dup_unsaved_words (editor);
  tend_store_flush (store);
  unsaved->months = tend_store_dup_unsaved_months (store);
  if (unsaved->months->len > 0 || unsaved->loose_words != NULL)
    unsaved->why = tend_store_get_save_error (store);

  /* The plan's page writes a pause after the last key: what it holds goes now. */
  if (TEND_IS_SAFETY_PLAN_PAGE (plan_page))
    tend_safety_plan_page_save_now (TEND_SAFETY_PLAN_PAGE (plan_page));
  if (!tend_safety_plan_store_flush (plan_store))
    {
      unsaved->plan = g_object_ref (tend_safety_plan_store_get_plan (plan_store));
      if (unsaved->why == NULL)
        unsaved->why = tend_safety_plan_store_get_save_error (plan_store);
    }

  if (unsaved->months->len == 0 && unsaved->loose_words == NULL && unsaved->plan == NULL)
    return NULL;

  return g_steal_pointer (&unsaved);
}

static char *
describe_loss (Unsaved *unsaved)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < unsaved->months->len; i++)
    {
      const char *month = tend_month_file_get_month (g_ptr_array_index (unsaved->months, i));
      g_autofree char *name = tend_month_describe (month);
      if (names->len > 0)
        /* Translators: between the names of months in a list. */
        g_string_append (names, _(", "));
      g_string_append (names, name);
    }

  if (names->len == 0 && unsaved->loose_words == NULL)
    return g_strdup (_("The latest changes to My Safety Plan are not saved. If you close Tend "
                       "now, they will be lost."));

  if (names->len == 0)
    return g_strdup (unsaved->plan == NULL
                     ? _("The words on the open page are not saved. If you close Tend now, "
                         "they will be lost.")
                     : _("The words on the open page and the latest changes to My Safety Plan "
                         "are not saved. If you close Tend now, they will be lost."));

  if (unsaved->plan != NULL)
    /* Translators: %s is one or more months, e.g. “November 2026, December 2026”. */
    return g_strdup_printf (_("The latest changes to your entries of %s and to My Safety Plan "
                              "are not saved. If you close Tend now, they will be lost."),
                            names->str);

  /* Translators: %s is one or more months, e.g. “November 2026, December 2026”. */
  return g_strdup_printf (_("The latest changes to your entries of %s are not saved. If you "
                            "close Tend now, they will be lost."), names->str);
}

static void ask_before_closing (TendWindow *self, Unsaved *unsaved);

static void
close_now (TendWindow *self)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));

  /* A window holding a dialog closes the dialog instead of itself: wait for it to go. */
  if (dialog != NULL)
    {
      g_signal_connect_object (dialog, "closed", G_CALLBACK (close_now), self,
                               G_CONNECT_SWAPPED);
      return;
    }

  self->close_anyway = TRUE;
  if (self->quitting)
    g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
copy_chosen_cb (GtkWidget    *owner,
                GFile        *file,
                const GError *chooser_error)
{
  TendWindow *self = TEND_WINDOW (owner);
  g_autoptr(Unsaved) unsaved = collect_unsaved (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwDialog *alert;

  if (chooser_error != NULL)
    g_propagate_error (&error, g_error_copy (chooser_error));
  else if (unsaved == NULL)
    {
      /* Saved meanwhile: nothing is left to copy. */
      close_now (self);
      return;
    }
  else
    {
      text = tend_backup_unsaved_to_markdown (unsaved->months, unsaved->loose_words,
                                              unsaved->plan);
      if (g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                   G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                   NULL, NULL, &error))
        {
          close_now (self);
          return;
        }
    }

  alert = adw_alert_dialog_new (_("Copy Not Saved"), error->message);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
  self->quitting = FALSE;
}

static void
closing_response_cb (AdwAlertDialog *dialog,
                     const char     *response,
                     TendWindow     *self)
{
  if (g_strcmp0 (response, "retry") == 0)
    {
      g_autoptr(Unsaved) unsaved = NULL;

      tend_store_retry_saves (self->store);
      tend_safety_plan_store_retry (tend_window_get_safety_plan (self));
      unsaved = collect_unsaved (self);
      if (unsaved == NULL)
        close_now (self);
      else
        ask_before_closing (self, unsaved);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
      /* Translators: the suggested file name of a copy of unsaved words; %s is a date. */
      g_autofree char *name = g_strdup_printf (_("Tend unsaved words %s.md"), day);

      gtk_file_filter_set_name (filter, _("Markdown"));
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_suffix (filter, "md");
      tend_save_file_ask (GTK_WIDGET (self), _("Save a Copy of Your Unsaved Words"), name,
                          filter, copy_chosen_cb);
    }
  else if (g_strcmp0 (response, "close") == 0)
    close_now (self);
  else
    self->quitting = FALSE;
}

static void
ask_before_closing (TendWindow *self,
                    Unsaved    *unsaved)
{
  g_autofree char *body = describe_loss (unsaved);
  g_autofree char *reason = tend_save_error_describe (unsaved->why);
  g_autofree char *text = g_strdup_printf ("%s\n\n%s", reason, body);
  AdwDialog *alert = adw_alert_dialog_new (_("Your Words Are Not Saved"), text);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "retry", _("_Try Again"),
                                  "copy", _("_Save a Copy Elsewhere…"),
                                  "close", _("_Quit Anyway"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "retry",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "close",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "retry");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_signal_connect_object (alert, "response", G_CALLBACK (closing_response_cb), self, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/**
 * tend_window_saving_may_close:
 *
 * FALSE when the window must stay open: the person is being asked what to do.
 */
gboolean
tend_window_saving_may_close (TendWindow *self)
{
  g_autoptr(Unsaved) unsaved = NULL;

  if (self->close_anyway)
    return TRUE;

  unsaved = collect_unsaved (self);
  if (unsaved == NULL)
    return TRUE;

  ask_before_closing (self, unsaved);
  return FALSE;
}
