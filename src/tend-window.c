/* tend-window.c
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-window.h"

struct _TendWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  AdwHeaderBar         *header_bar;
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (TendWindow, tend_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const sections[] = { "journal", "ground", "progress", NULL };

static gboolean
is_section (const char *name)
{
  return name != NULL && g_strv_contains (sections, name);
}

const char *
tend_window_get_section (TendWindow *self)
{
  g_return_val_if_fail (TEND_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
tend_window_show_section (TendWindow *self,
                          const char *section)
{
  g_return_if_fail (TEND_IS_WINDOW (self));
  g_return_if_fail (is_section (section));

  adw_view_stack_set_visible_child_name (self->stack, section);
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const char *section = g_variant_get_string (parameter, NULL);

  if (is_section (section))
    tend_window_show_section (TEND_WINDOW (widget), section);
}

static void
save_window_state (TendWindow *self)
{
  int width, height;

  /* The default size follows the window while it is not maximized. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
tend_window_close_request (GtkWindow *window)
{
  save_window_state (TEND_WINDOW (window));

  return GTK_WINDOW_CLASS (tend_window_parent_class)->close_request (window);
}

static void
tend_window_dispose (GObject *object)
{
  TendWindow *self = TEND_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tend_window_parent_class)->dispose (object);
}

static void
tend_window_class_init (TendWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tend_window_dispose;
  window_class->close_request = tend_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/tend-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TendWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, toast_overlay);

  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
}

static void
tend_window_init (TendWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (BASE_APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

TendWindow *
tend_window_new (TendApplication *application)
{
  return g_object_new (TEND_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
