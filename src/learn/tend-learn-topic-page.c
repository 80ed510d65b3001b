/* tend-learn-topic-page.c — one Learn topic: its headings (exposed to screen readers as
 * headings), paragraphs, the links that lead to Ground exercises, Journal themes or Need More
 * Help?, and the note that it is general information.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-exercises.h"
#include "tend-learn-topic-page.h"
#include "tend-prompts.h"
#include "tend-share-dialog.h"

struct _TendLearnTopicPage
{
  AdwNavigationPage     parent_instance;

  const TendLearnTopic *topic;

  AdwToastOverlay      *toast_overlay;
  GtkScrolledWindow    *scroller;
  GtkBox               *content;
};

G_DEFINE_FINAL_TYPE (TendLearnTopicPage, tend_learn_topic_page, ADW_TYPE_NAVIGATION_PAGE)

static GtkWidget *
text_label (const char *text,
            const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* About 70 characters a line reads calmly on a wide window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* A heading a screen reader announces as one, at @level (1 for the title). */
static GtkWidget *
heading_label (const char *text,
               int         level,
               const char *style)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_widget_add_css_class (label, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  return label;
}

static GtkWidget *
link_row (const TendLearnLink *link)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *owned_title = NULL;
  const char *title = NULL;
  const char *subtitle = NULL;

  switch (link->kind)
    {
    case TEND_LEARN_LINK_EXERCISE:
      {
        const TendExercise *exercise = tend_exercises_lookup (link->target);

        g_return_val_if_fail (exercise != NULL, NULL);
        title = _(exercise->title);
        subtitle = _(exercise->purpose);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.start-exercise");
        gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", exercise->id);
        adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("tend-ground-symbolic"));
      }
      break;

    case TEND_LEARN_LINK_THEME:
      {
        const TendTheme *theme = tend_prompts_lookup_theme (link->target);

        g_return_val_if_fail (theme != NULL, NULL);
        /* Translators: a link on the Learn page that starts a journal entry with a prompt
         * from a theme; %s is the theme's title. */
        owned_title = g_strdup_printf (_("Write About “%s”"), tend_theme_get_title (theme));
        title = owned_title;
        subtitle = tend_theme_get_description (theme);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.write-theme");
        gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", theme->id);
        adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("tend-journal-symbolic"));
      }
      break;

    case TEND_LEARN_LINK_HELP:
      /* Translators: the title of the page that points to crisis lines, as a link. */
      title = _("Need More Help?");
      subtitle = _("Crisis lines, emergency numbers and your safety plan");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.need-help");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("help-about-symbolic"));
      break;

    case TEND_LEARN_LINK_NONE:
    default:
      g_return_val_if_reached (NULL);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
add_section (TendLearnTopicPage     *self,
             const TendLearnSection *section)
{
  guint n_links = tend_learn_section_get_n_links (section);
  GtkWidget *heading = heading_label (_(section->heading), 2, "title-4");

  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (self->content, heading);

  for (guint p = 0; p < tend_learn_section_get_n_paragraphs (section); p++)
    gtk_box_append (self->content, text_label (_(section->paragraphs[p]), NULL));

  if (n_links > 0)
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(section->heading),
                                      -1);
      for (guint l = 0; l < n_links; l++)
        {
          GtkWidget *row = link_row (&section->links[l]);

          if (row != NULL)
            gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
      gtk_box_append (self->content, list);
    }
}

static void
fill (TendLearnTopicPage *self)
{
  const TendLearnTopic *topic = self->topic;
  GtkWidget *footer;

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), _(topic->title));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scroller),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(topic->title),
                                  -1);

  gtk_box_append (self->content, heading_label (_(topic->title), 1, "title-1"));
  gtk_box_append (self->content, text_label (_(topic->summary), "dim-label"));

  for (guint s = 0; s < tend_learn_topic_get_n_sections (topic); s++)
    add_section (self, &topic->sections[s]);

  if (tend_learn_topic_is_shareable (topic))
    {
      GtkWidget *share = gtk_button_new_with_mnemonic (_("_Save to Share…"));

      gtk_widget_set_halign (share, GTK_ALIGN_START);
      gtk_widget_set_margin_top (share, 12);
      gtk_widget_add_css_class (share, "pill");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (share), "topic.share");
      gtk_box_append (self->content, share);
    }

  footer = text_label (_(tend_learn_get_footer ()), "caption");
  gtk_widget_add_css_class (footer, "dim-label");
  gtk_widget_set_margin_top (footer, 24);
  gtk_box_append (self->content, footer);
}

static void
saved_cb (TendShareDialog    *dialog,
          TendLearnTopicPage *self)
{
  /* Translators: after the page for someone close was saved as a file. */
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Saved. Nothing was sent anywhere.")));
}

/* Asks what to put at the top (a note, needs and boundaries), in which format, then where. */
static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TendLearnTopicPage *self = TEND_LEARN_TOPIC_PAGE (widget);
  AdwDialog *dialog = tend_share_dialog_new (self->topic);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, 0);
  adw_dialog_present (dialog, widget);
}

static void
tend_learn_topic_page_class_init (TendLearnTopicPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/learn/tend-learn-topic-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendLearnTopicPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TendLearnTopicPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TendLearnTopicPage, content);

  gtk_widget_class_install_action (widget_class, "topic.share", NULL, share_action);
}

static void
tend_learn_topic_page_init (TendLearnTopicPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tend_learn_topic_page_new:
 * @topic: a topic from tend_learn_get_topics()
 *
 * Returns: (transfer floating): the page showing @topic, to push with its tag "learn-topic".
 */
GtkWidget *
tend_learn_topic_page_new (const TendLearnTopic *topic)
{
  TendLearnTopicPage *self;

  g_return_val_if_fail (topic != NULL, NULL);

  self = g_object_new (TEND_TYPE_LEARN_TOPIC_PAGE, NULL);
  self->topic = topic;
  fill (self);
  return GTK_WIDGET (self);
}

/**
 * tend_learn_topic_page_get_topic:
 *
 * Returns: the topic this page shows.
 */
const TendLearnTopic *
tend_learn_topic_page_get_topic (TendLearnTopicPage *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_TOPIC_PAGE (self), NULL);

  return self->topic;
}
