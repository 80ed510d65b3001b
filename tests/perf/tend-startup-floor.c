/* tend-startup-floor.c — the least a libadwaita window costs to start: the floor that
 * tests/perf/startup holds Tend's first frame against.
 *
 * An AdwApplication with one AdwApplicationWindow of Tend's default size holding a header bar
 * and nothing else. It prints the same `tend-timing first-frame` and `tend-timing vmhwm-kb`
 * lines as Tend with TEND_TIMING set, then quits.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

static void
after_paint_cb (GdkFrameClock  *clock,
                GApplication   *app)
{
  g_autofree char *status = NULL;
  const char *peak;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_printerr ("tend-timing first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    g_printerr ("tend-timing vmhwm-kb %" G_GUINT64_FORMAT "\n",
                g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));
  g_application_quit (app);
}

static void
realize_cb (GtkWidget    *window,
            GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *toolbar_view = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new (BASE_APP_ID ".StartupFloor",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
