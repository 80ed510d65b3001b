/* tend-startup-floor.c — the least a libadwaita window costs to start: the floor that
 * tests/perf/startup holds Tend's first frame against.
 *
 * An AdwApplication with one AdwApplicationWindow of Tend's default size holding a header bar
 * and nothing else. Its frames are reported by the same code as Tend's (src/tend-timing.c),
 * and it quits once it has settled.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "tend-timing.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  TendTiming *timing = tend_timing_new (GTK_WINDOW (window), FALSE);

  /* The timing lives as long as the window. */
  g_object_set_data_full (G_OBJECT (window), "tend-timing", timing, g_object_unref);
  g_signal_connect_object (timing, "settled", G_CALLBACK (g_application_quit), app,
                           G_CONNECT_SWAPPED);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Floor");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
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
