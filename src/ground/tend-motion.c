/* tend-motion.c — whether the person wants things on screen to move.
 *
 * Every GTK has gtk-enable-animations (animations off altogether). GTK 4.22 added the system's
 * own "reduce motion" preference beside it, gtk-interface-reduced-motion, which Tend's floor
 * (GTK 4.14) cannot name at build time: it is looked up when Tend runs. Either one stills the
 * breathing pacer and the tapping cue.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-motion.h"

/* Whether @settings carry the reduced-motion preference (GTK 4.22 and newer). */
gboolean
tend_motion_has_reduced_motion (GtkSettings *settings)
{
  g_return_val_if_fail (GTK_IS_SETTINGS (settings), FALSE);

  return gtk_get_minor_version () >= 22 &&
         g_object_class_find_property (G_OBJECT_GET_CLASS (settings),
                                       "gtk-interface-reduced-motion") != NULL;
}

gboolean
tend_motion_wanted (GtkSettings *settings)
{
  gboolean animations = TRUE;

  g_return_val_if_fail (GTK_IS_SETTINGS (settings), TRUE);

  g_object_get (settings, "gtk-enable-animations", &animations, NULL);
  if (animations && tend_motion_has_reduced_motion (settings))
    {
      int reduced = 0;

      /* GtkReducedMotion: 0 is "no preference", anything else asks for less. */
      g_object_get (settings, "gtk-interface-reduced-motion", &reduced, NULL);
      animations = reduced == 0;
    }

  return animations;
}

/* Calls @callback, as a GObject::notify handler, when either setting changes. Disconnect it
 * with g_signal_handlers_disconnect_by_func(). */
void
tend_motion_connect (GtkSettings *settings,
                     GCallback    callback,
                     gpointer     data)
{
  g_return_if_fail (GTK_IS_SETTINGS (settings));

  g_signal_connect (settings, "notify::gtk-enable-animations", callback, data);
  if (tend_motion_has_reduced_motion (settings))
    g_signal_connect (settings, "notify::gtk-interface-reduced-motion", callback, data);
}

static void
parsing_error_cb (GtkCssProvider *provider,
                  GtkCssSection  *section,
                  const GError   *error)
{
  g_critical ("style-reduced-motion.css does not parse: %s", error->message);
}

/* Adds the styles for reduced motion to @display where GTK can read them (4.22 and newer),
 * and returns them (owned by the display), or NULL on older GTK. */
GtkCssProvider *
tend_motion_add_styles (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  if (gtk_get_minor_version () < 22)
    return NULL;

  css = gtk_css_provider_new ();
  g_signal_connect (css, "parsing-error", G_CALLBACK (parsing_error_cb), NULL);
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style-reduced-motion.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  return css;
}
