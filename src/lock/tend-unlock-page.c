/* tend-unlock-page.c — what a locked window shows: a passphrase to open the journal, and
 * grounding, the safety plan and help without one.
 *
 * A person in distress is never stopped by a passphrase: Ground Now, My Safety Plan and Need
 * More Help? are on the page itself and work while the journal stays locked. Unlocking makes
 * the key on a worker (about a second); the page shows a spinner meanwhile and, when the
 * passphrase is not this journal's, says so and keeps what was typed, selected, to try again.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-unlock-page.h"

struct _TendUnlockPage
{
  AdwBin        parent_instance;

  TendStore    *store;
  /* Set while the store makes the key; cancelled when the page goes. */
  GCancellable *cancellable;

  AdwEntryRow  *secret_row;
  GtkLabel     *message_label;
  GtkButton    *unlock_button;
  GtkStack     *button_stack;
  GtkSpinner   *spinner;
};

G_DEFINE_FINAL_TYPE (TendUnlockPage, tend_unlock_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
show_message (TendUnlockPage *self,
              const char     *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->secret_row), "error");
      gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->secret_row), "error");
}

static void
set_busy (TendUnlockPage *self,
          gboolean        busy)
{
  gtk_stack_set_visible_child_name (self->button_stack, busy ? "spinner" : "label");
  gtk_spinner_set_spinning (self->spinner, busy);
  /* The field keeps the focus and its words while the key is made; only nothing new is typed. */
  gtk_editable_set_editable (GTK_EDITABLE (self->secret_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unlock_button), !busy);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->unlock_button),
                               GTK_ACCESSIBLE_STATE_BUSY, busy, -1);
}

/* Back to the field, everything in it selected: typing again replaces it. */
static gboolean tend_unlock_page_grab_focus (GtkWidget *widget);

static void
retry (TendUnlockPage *self)
{
  tend_unlock_page_grab_focus (GTK_WIDGET (self));
  gtk_editable_select_region (GTK_EDITABLE (self->secret_row), 0, -1);
}

static void
unlocked_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TendUnlockPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean unlocked = tend_store_unlock_finish (TEND_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (unlocked)
    {
      /* The window turns to the journal: the passphrase does not stay in the field. */
      gtk_editable_set_text (GTK_EDITABLE (self->secret_row), "");
      show_message (self, NULL);
      return;
    }

  if (g_error_matches (error, TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY))
    show_message (self, _("This is not the passphrase or the recovery code of this journal. "
                          "Nothing was changed. Please check it and try again."));
  else
    show_message (self, error->message);
  retry (self);
}

static void
unlock_cb (TendUnlockPage *self)
{
  const char *secret = gtk_editable_get_text (GTK_EDITABLE (self->secret_row));

  if (self->cancellable != NULL || self->store == NULL)
    return;

  if (secret[0] == '\0')
    {
      show_message (self, _("Type your passphrase or your recovery code first."));
      retry (self);
      return;
    }

  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();
  tend_store_unlock_async (self->store, secret, self->cancellable, unlocked_cb,
                           g_object_ref (self));
}

static void
secret_changed_cb (TendUnlockPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->secret_row), "error");
}

/**
 * tend_unlock_page_reset:
 *
 * Empties the field and forgets the last message, for a window that was just locked.
 */
void
tend_unlock_page_reset (TendUnlockPage *self)
{
  g_return_if_fail (TEND_IS_UNLOCK_PAGE (self));

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      set_busy (self, FALSE);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->secret_row), "");
  show_message (self, NULL);
}

/**
 * tend_unlock_page_get_busy:
 *
 * TRUE while the store is trying what was typed.
 */
gboolean
tend_unlock_page_get_busy (TendUnlockPage *self)
{
  g_return_val_if_fail (TEND_IS_UNLOCK_PAGE (self), FALSE);

  return self->cancellable != NULL;
}

/* The text inside the row: the row itself would give the focus to its first button. */
static gboolean
tend_unlock_page_grab_focus (GtkWidget *widget)
{
  GtkEditable *row = GTK_EDITABLE (TEND_UNLOCK_PAGE (widget)->secret_row);

  return gtk_widget_grab_focus (GTK_WIDGET (gtk_editable_get_delegate (row)));
}

/* In the page's first frame, once the window has placed its own focus. */
static gboolean
focus_field_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  tend_unlock_page_grab_focus (widget);

  return G_SOURCE_REMOVE;
}

/* Enter in the field unlocks: the button is the window's default while the page is shown.
 * The field has the focus in the page's first frame: the window, as it is first shown,
 * would otherwise put it back where it was before the page was there. */
static void
tend_unlock_page_map (GtkWidget *widget)
{
  TendUnlockPage *self = TEND_UNLOCK_PAGE (widget);

  GTK_WIDGET_CLASS (tend_unlock_page_parent_class)->map (widget);
  gtk_window_set_default_widget (GTK_WINDOW (gtk_widget_get_root (widget)),
                                 GTK_WIDGET (self->unlock_button));
  gtk_widget_add_tick_callback (widget, focus_field_cb, NULL, NULL);
}

static void
tend_unlock_page_unmap (GtkWidget *widget)
{
  TendUnlockPage *self = TEND_UNLOCK_PAGE (widget);
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  if (gtk_window_get_default_widget (window) == GTK_WIDGET (self->unlock_button))
    gtk_window_set_default_widget (window, NULL);

  GTK_WIDGET_CLASS (tend_unlock_page_parent_class)->unmap (widget);
}

static void
tend_unlock_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TendUnlockPage *self = TEND_UNLOCK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_unlock_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TendUnlockPage *self = TEND_UNLOCK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_assert (self->store == NULL);
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_unlock_page_dispose (GObject *object)
{
  TendUnlockPage *self = TEND_UNLOCK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_UNLOCK_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tend_unlock_page_parent_class)->dispose (object);
}

static void
tend_unlock_page_class_init (TendUnlockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_unlock_page_get_property;
  object_class->set_property = tend_unlock_page_set_property;
  object_class->dispose = tend_unlock_page_dispose;
  widget_class->grab_focus = tend_unlock_page_grab_focus;
  widget_class->map = tend_unlock_page_map;
  widget_class->unmap = tend_unlock_page_unmap;

  /**
   * TendUnlockPage:store:
   *
   * The locked journal this page opens.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TEND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lock/tend-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendUnlockPage, secret_row);
  gtk_widget_class_bind_template_child (widget_class, TendUnlockPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, TendUnlockPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, TendUnlockPage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, TendUnlockPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, unlock_cb);
  gtk_widget_class_bind_template_callback (widget_class, secret_changed_cb);
}

static void
tend_unlock_page_init (TendUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tend_unlock_page_new:
 *
 * The page for a window whose journal (@store) is locked.
 */
GtkWidget *
tend_unlock_page_new (TendStore *store)
{
  g_return_val_if_fail (TEND_IS_STORE (store), NULL);

  return g_object_new (TEND_TYPE_UNLOCK_PAGE, "store", store, NULL);
}
