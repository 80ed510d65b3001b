/* tend-window-typing.c — typing is writing, never a command: words typed where the focus takes
 * no text are written in the Journal and harmless everywhere else.
 *
 * A letter typed while the focus sits on a button (the header bar's, after a section switch
 * or Back) used to be lost, and a sentence did worse: its first space pressed the focused
 * button, the main menu it opened took the next letters as its mnemonics, and so on into
 * Preferences. The window now sees each key before its widgets do (the capture phase). In the
 * Journal a letter brings the editor forward and is written there, and so is all that follows;
 * anywhere else it is dropped, and so is a space that follows it. Keys held with Ctrl or Alt,
 * Tab, Return, Escape, the arrows, a space on its own (which presses the focused button, as
 * always) and whatever is typed into a text field, an open menu or a dialog go where they
 * always went.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-window-private.h"

/* How long after a letter that went nowhere a space is still part of the same words. */
#define STRAY_WORDS_USEC (2 * G_USEC_PER_SEC)

/* A key that types part of a word: a letter, a digit, a mark, or a dead key that starts an
 * accented letter. */
static gboolean
is_text_key (guint keyval)
{
  gunichar c;

  if (keyval >= GDK_KEY_dead_grave && keyval <= GDK_KEY_dead_greek)
    return TRUE;

  c = gdk_keyval_to_unicode (keyval);
  return c != 0 && g_unichar_isprint (c);
}

/* Where keys are left alone: text fields, and menus and dialogs, whose letters are meant. */
static gboolean
keys_belong_to_focus (TendWindow *self,
                      GtkWidget  *focus)
{
  if (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self)) != NULL)
    return TRUE;
  if (focus == NULL)
    return FALSE;

  return GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
         gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL;
}

/* The Journal is on screen: not hidden, not locked, not covered by an exercise or by help. */
static gboolean
journal_shown (TendWindow *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->nav_view);

  return !tend_window_get_hidden (self) && !tend_window_get_locked (self) &&
         page != NULL && g_strcmp0 (adw_navigation_page_get_tag (page), "main") == 0 &&
         g_strcmp0 (tend_window_get_section (self), "journal") == 0;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TendWindow            *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GdkModifierType held = state & ~gdk_key_event_get_consumed_modifiers (event);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gint64 now = g_get_monotonic_time ();

  if ((held & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0 ||
      !is_text_key (keyval) || keys_belong_to_focus (self, focus))
    return FALSE;

  if (gdk_keyval_to_unicode (keyval) == ' ' &&
      (self->stray_key_time == 0 || now - self->stray_key_time > STRAY_WORDS_USEC))
    return FALSE;

  self->stray_key_time = now;
  if (journal_shown (self))
    tend_journal_page_write_key (self->journal_page, controller);

  return TRUE;
}

/* Watches the keys of @self; from its init. */
void
tend_window_typing_init (TendWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_static_name (keys, "tend-typing");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
