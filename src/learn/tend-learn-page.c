/* tend-learn-page.c — Learn: the list of short topics about trauma and closeness.
 *
 * Learn is a page pushed over the window, like My Safety Plan, rather than a fourth section
 * beside Journal, Ground and Progress. Those three are things a person does, daily or in a hard
 * moment; Learn is read now and then. At 360 px a fourth button would crowd the bottom switcher
 * bar (German and French labels already fill it) and make Ground, the button that matters most
 * when flooded, smaller; at 1000 px a fourth tab would give reading the same weight as the
 * tools. As a page it is reached from the main menu and from the Journal's first page, and
 * Back or Escape returns to where the person was.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-learn.h"
#include "tend-learn-page.h"

struct _TendLearnPage
{
  AdwNavigationPage  parent_instance;

  GtkListBox        *topic_list;
};

G_DEFINE_FINAL_TYPE (TendLearnPage, tend_learn_page, ADW_TYPE_NAVIGATION_PAGE)

/* Each row opens its topic through win.learn-topic, so the keyboard, a click and a test all
 * take the same path. */
static GtkWidget *
topic_row (const TendLearnTopic *topic)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(topic->title));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(topic->summary));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.learn-topic");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", topic->id);
  return row;
}

static void
tend_learn_page_class_init (TendLearnPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/learn/tend-learn-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendLearnPage, topic_list);
}

static void
tend_learn_page_init (TendLearnPage *self)
{
  const TendLearnTopic *topics;
  gsize n_topics;

  gtk_widget_init_template (GTK_WIDGET (self));

  topics = tend_learn_get_topics (&n_topics);
  for (gsize i = 0; i < n_topics; i++)
    gtk_list_box_append (self->topic_list, topic_row (&topics[i]));
}

/**
 * tend_learn_page_new:
 *
 * Returns: (transfer floating): the Learn page, to push with its tag "learn".
 */
GtkWidget *
tend_learn_page_new (void)
{
  return g_object_new (TEND_TYPE_LEARN_PAGE, NULL);
}
