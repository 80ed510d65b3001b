/* tend-word-count.c — the quiet count of words under the text being written: small, dim, and
 * up to date as the person types, without a cost that grows into the typing.
 *
 * The text view is described by the count, so a screen reader says it with the view's name
 * ("Journal entry, 124 words") without announcing every change.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-word-count.h"
#include "tend-words.h"

/* The count follows the typing a moment later, once for a burst of changes; a longer text is
 * counted less often while it is typed into, so the count never takes time from the typing.
 * Timeouts, not idles: a window that is busy drawing (a page sliding in) still gets its count. */
#define PAUSE_MS 50
#define LONG_TEXT_CHARS 20000
#define LONG_TEXT_PAUSE_MS 250

struct _TendWordCount
{
  AdwBin         parent_instance;

  GtkTextView   *view;
  GSignalGroup  *buffer_signals;
  GtkLabel      *label;
  guint          count_id;
  guint          n;
};

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendWordCount, tend_word_count, ADW_TYPE_BIN)

static void
count_now (TendWordCount *self)
{
  GtkTextBuffer *buffer = self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  g_clear_handle_id (&self->count_id, g_source_remove);

  if (buffer != NULL)
    {
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  self->n = text != NULL ? tend_words_count (text, -1) : 0;

  /* Translators: under the entry being written; %'u is how many words it has, with the
   * thousands grouped as your language does. */
  shown = g_strdup_printf (ngettext ("%'u word", "%'u words", self->n), self->n);
  gtk_label_set_text (self->label, shown);
  /* An empty page has its own invitation to write; a count of nothing would only nag. */
  gtk_widget_set_visible (GTK_WIDGET (self->label), self->n > 0);
}

static gboolean
count_cb (gpointer data)
{
  TendWordCount *self = data;

  self->count_id = 0;
  count_now (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (TendWordCount *self,
                   GtkTextBuffer *buffer)
{
  if (self->count_id != 0)
    return;

  self->count_id = g_timeout_add (gtk_text_buffer_get_char_count (buffer) <= LONG_TEXT_CHARS
                                  ? PAUSE_MS : LONG_TEXT_PAUSE_MS,
                                  count_cb, self);
}

static void
view_buffer_cb (TendWordCount *self)
{
  g_signal_group_set_target (self->buffer_signals,
                             self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL);
  count_now (self);
}

/**
 * tend_word_count_set_view:
 *
 * Counts the words of @view's text from now on, and names the count as @view's description.
 */
void
tend_word_count_set_view (TendWordCount *self,
                          GtkTextView   *view)
{
  g_return_if_fail (TEND_IS_WORD_COUNT (self));
  g_return_if_fail (view == NULL || GTK_IS_TEXT_VIEW (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->view, view_buffer_cb, self);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->view),
                                     GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
    }
  g_set_weak_pointer (&self->view, view);
  if (view != NULL)
    {
      g_signal_connect_object (view, "notify::buffer", G_CALLBACK (view_buffer_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->label, NULL,
                                      -1);
    }
  view_buffer_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

GtkTextView *
tend_word_count_get_view (TendWordCount *self)
{
  g_return_val_if_fail (TEND_IS_WORD_COUNT (self), NULL);

  return self->view;
}

/**
 * tend_word_count_get_n:
 *
 * How many words the count shows now (it may trail the newest change by a moment).
 */
guint
tend_word_count_get_n (TendWordCount *self)
{
  g_return_val_if_fail (TEND_IS_WORD_COUNT (self), 0);

  return self->n;
}

static void
tend_word_count_dispose (GObject *object)
{
  TendWordCount *self = TEND_WORD_COUNT (object);

  g_clear_handle_id (&self->count_id, g_source_remove);
  if (self->buffer_signals != NULL)
    g_signal_group_set_target (self->buffer_signals, NULL);
  g_clear_object (&self->buffer_signals);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_func (self->view, view_buffer_cb, self);
  g_clear_weak_pointer (&self->view);

  G_OBJECT_CLASS (tend_word_count_parent_class)->dispose (object);
}

static void
tend_word_count_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendWordCount *self = TEND_WORD_COUNT (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_word_count_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendWordCount *self = TEND_WORD_COUNT (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      tend_word_count_set_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_word_count_class_init (TendWordCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_word_count_dispose;
  object_class->get_property = tend_word_count_get_property;
  object_class->set_property = tend_word_count_set_property;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, GTK_TYPE_TEXT_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tend-word-count");
}

static void
tend_word_count_init (TendWordCount *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_widget_set_visible (GTK_WIDGET (self->label), FALSE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->label));

  self->buffer_signals = g_signal_group_new (GTK_TYPE_TEXT_BUFFER);
  g_signal_group_connect_swapped (self->buffer_signals, "changed",
                                  G_CALLBACK (buffer_changed_cb), self);
}

GtkWidget *
tend_word_count_new (void)
{
  return g_object_new (TEND_TYPE_WORD_COUNT, NULL);
}
