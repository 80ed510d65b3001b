/* tend-hidden-page.c — the blank page of Quick Hide: nothing on it says what Tend is for.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-hidden-page.h"

struct _TendHiddenPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (TendHiddenPage, tend_hidden_page, ADW_TYPE_BIN)

static void
tend_hidden_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TEND_TYPE_HIDDEN_PAGE);

  G_OBJECT_CLASS (tend_hidden_page_parent_class)->dispose (object);
}

static void
tend_hidden_page_class_init (TendHiddenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_hidden_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/tend-hidden-page.ui");
}

static void
tend_hidden_page_init (TendHiddenPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tend_hidden_page_new:
 *
 * What Quick Hide shows in place of the window's content: a blank page, with only the button
 * (win.quick-hide) that brings everything back.
 */
GtkWidget *
tend_hidden_page_new (void)
{
  return g_object_new (TEND_TYPE_HIDDEN_PAGE, NULL);
}
