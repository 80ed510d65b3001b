/* tend-window-lock.c — a journal protected with a passphrase: the window shows the unlock page
 * while it is locked, and locks again with Ctrl+L (win.lock), after a pause without input, and
 * when the session's screen locks (the application asks, tend_window_lock()).
 *
 * A locked window shows nothing of the journal: the sections are hidden (so neither the
 * screen nor a screen reader finds them), the actions that show or change entries are off,
 * and dialogs are closed. Grounding, My Safety Plan and help stay, on the unlock page and by
 * their keys. Locking never costs a word: what the editor holds goes to the store and to the
 * disk first, and while a save is failing the journal stays open (its banner says why).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-unlock-page.h"
#include "tend-window-private.h"

/* Actions that show, find or change the journal's words: off while it is locked. */
static const char * const journal_actions[] = {
  "win.section",
  "win.search",
  "win.go-to-day",
  "win.new-entry",
  "win.another-prompt",
  "win.write-theme",
  "win.open-entry",
  "win.export",
  "win.import",
  "win.summary",
};

static gboolean
store_locked (TendWindow *self)
{
  return self->store != NULL && tend_store_get_locked (self->store);
}

/**
 * tend_window_get_locked:
 *
 * TRUE while the window shows the unlock page instead of the journal.
 */
gboolean
tend_window_get_locked (TendWindow *self)
{
  g_return_val_if_fail (TEND_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->lock_stack), "locked") == 0;
}

static void
update_lock_action (TendWindow *self)
{
  gboolean can_lock = self->store != NULL && tend_store_get_protected (self->store) &&
                      !tend_store_get_locked (self->store) &&
                      !tend_store_get_converting (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", can_lock);
}

/* ------------------------------------------------------------------------------------------ */
/* Locking after a pause */

#define MINUTE_USEC (60 * G_USEC_PER_SEC)

static void schedule_idle_lock (TendWindow *self);

static gint64
idle_limit_usec (TendWindow *self)
{
  return (gint64) g_settings_get_uint (self->settings, "lock-after-minutes") * MINUTE_USEC;
}

/**
 * tend_window_lock_check_idle:
 *
 * Locks when nothing was pressed or moved in the window for the chosen time, else waits for
 * the rest of it. An exercise that is playing is never a pause: someone may be breathing with
 * it, hands still, and is not locked out of it (it locks once they leave it and the time has
 * passed again).
 */
void
tend_window_lock_check_idle (TendWindow *self)
{
  gint64 limit = idle_limit_usec (self);

  g_clear_handle_id (&self->idle_lock_id, g_source_remove);
  if (limit == 0 || self->store == NULL || !tend_store_get_protected (self->store) ||
      tend_store_get_locked (self->store))
    return;

  if (tend_window_get_player (self) == NULL &&
      g_get_monotonic_time () - self->last_input_time >= limit &&
      tend_window_lock (self))
    return;

  schedule_idle_lock (self);
}

static gboolean
idle_lock_cb (gpointer user_data)
{
  TendWindow *self = user_data;

  self->idle_lock_id = 0;
  tend_window_lock_check_idle (self);

  return G_SOURCE_REMOVE;
}

/* Wakes when the pause would be long enough, if nothing happens before; at least a minute on,
 * so an exercise or a failing save is looked at again without spinning. */
static void
schedule_idle_lock (TendWindow *self)
{
  gint64 limit = idle_limit_usec (self);
  gint64 left;

  g_clear_handle_id (&self->idle_lock_id, g_source_remove);
  if (limit == 0 || self->store == NULL || !tend_store_get_protected (self->store) ||
      store_locked (self))
    return;

  left = self->last_input_time + limit - g_get_monotonic_time ();
  if (left < MINUTE_USEC && (tend_window_get_player (self) != NULL || left <= 0))
    left = MINUTE_USEC;
  self->idle_lock_id = g_timeout_add_seconds ((guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC),
                                              idle_lock_cb, self);
}

/* Any key, click, scroll or pointer move in the window is someone there. */
static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          TendWindow               *self)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_BUTTON_PRESS:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      self->last_input_time = g_get_monotonic_time ();
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* ------------------------------------------------------------------------------------------ */
/* Locked and unlocked */

/* Shows the unlock page or the journal, as the store is. */
static void
update_locked (TendWindow *self)
{
  gboolean locked = store_locked (self);
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->nav_view);
  gboolean on_top = page != NULL && g_strcmp0 (adw_navigation_page_get_tag (page), "main") == 0;

  update_lock_action (self);
  if (locked == tend_window_get_locked (self))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (journal_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), journal_actions[i], !locked);

  if (locked)
    {
      if (self->unlock_page == NULL)
        {
          self->unlock_page = tend_unlock_page_new (self->store);
          gtk_stack_add_named (self->lock_stack, self->unlock_page, "locked");
        }
      else
        tend_unlock_page_reset (TEND_UNLOCK_PAGE (self->unlock_page));
      tend_window_close_dialogs (self);
      gtk_stack_set_visible_child_name (self->lock_stack, "locked");
      gtk_widget_set_visible (self->sections_view, FALSE);
      g_clear_handle_id (&self->idle_lock_id, g_source_remove);
      if (on_top)
        gtk_widget_grab_focus (self->unlock_page);
    }
  else
    {
      gtk_widget_set_visible (self->sections_view, TRUE);
      gtk_stack_set_visible_child_name (self->lock_stack, "journal");
      self->last_input_time = g_get_monotonic_time ();
      schedule_idle_lock (self);
      if (on_top)
        {
          tend_window_show_section (self, "journal");
          tend_journal_page_focus_content (self->journal_page);
        }
    }
}

static void
protection_changed_cb (TendWindow *self)
{
  update_lock_action (self);
  self->last_input_time = g_get_monotonic_time ();
  schedule_idle_lock (self);
}

/**
 * tend_window_lock:
 *
 * Locks the journal and shows the unlock page: Ctrl+L, a pause, the screen locking. Returns
 * FALSE, leaving the journal open, when it is not protected or already locked, while it is
 * being converted, and while words could not be saved (the window's banner says so; locking
 * then would leave them where only the key could write them).
 */
gboolean
tend_window_lock (TendWindow *self)
{
  TendEntryEditor *editor;
  g_autofree char *loose = NULL;

  g_return_val_if_fail (TEND_IS_WINDOW (self), FALSE);

  if (self->store == NULL || !tend_store_get_protected (self->store) ||
      tend_store_get_locked (self->store) || tend_store_get_converting (self->store))
    return FALSE;

  /* Every word typed goes to the store, and the store's queue to the disk. */
  editor = tend_journal_page_get_editor (self->journal_page);
  loose = tend_entry_editor_dup_unsaved_words (editor);
  tend_store_flush (self->store);
  if (loose != NULL || tend_store_get_unsaved (self->store))
    {
      tend_window_add_toast (self, adw_toast_new (_("Tend locks once your latest words are "
                                                    "saved")));
      return FALSE;
    }

  tend_window_close_dialogs (self);
  /* The editor lets go of the open entry (a fresh page holds no words), the search of what
   * it found. */
  tend_journal_page_forget (self->journal_page);
  tend_store_lock (self->store);
  update_locked (self);

  return TRUE;
}

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tend_window_lock (TEND_WINDOW (widget));
}

/**
 * tend_window_lock_class_init:
 *
 * win.lock, and the parts of the window that locking swaps.
 */
void
tend_window_lock_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TendWindow, lock_stack);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, sections_view);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
}

/**
 * tend_window_lock_init:
 *
 * From the window's init: watches for input, and locking stays off until there is a store.
 */
void
tend_window_lock_init (TendWindow *self)
{
  GtkEventController *input = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (input, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_static_name (input, "tend-idle");
  g_signal_connect_object (input, "event", G_CALLBACK (input_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self), input);
  self->last_input_time = g_get_monotonic_time ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", FALSE);
}

/**
 * tend_window_lock_watch:
 *
 * Call once the window has its store: a locked journal opens on the unlock page.
 */
void
tend_window_lock_watch (TendWindow *self)
{
  g_signal_connect_object (self->store, "notify::locked", G_CALLBACK (update_locked), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::protected", G_CALLBACK (protection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::converting", G_CALLBACK (update_lock_action),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::lock-after-minutes",
                           G_CALLBACK (protection_changed_cb), self, G_CONNECT_SWAPPED);
  update_locked (self);
  schedule_idle_lock (self);
}
