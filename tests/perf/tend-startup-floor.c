/* tend-startup-floor.c — the least a libadwaita window costs to start: the floor that
 * tests/perf/startup holds Tend's first frame against.
 *
 * An AdwApplication with one AdwApplicationWindow of Tend's default size holding a header bar
 * and nothing else. It prints the same `tend-timing first-frame`, `drawn`, `settled` and
 * `vmhwm-kb` lines as Tend with TEND_TIMING set, then quits.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

static gint64 last_drawn;
static gboolean drawing;
static guint settle_id;

static gboolean
settled_cb (gpointer app)
{
  g_autofree char *status = NULL;
  const char *peak;

  settle_id = 0;
  g_printerr ("tend-timing settled %" G_GINT64_FORMAT "\n", last_drawn);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    g_printerr ("tend-timing vmhwm-kb %" G_GUINT64_FORMAT "\n",
                g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));
  g_application_quit (app);

  return G_SOURCE_REMOVE;
}

static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               user_data)
{
  drawing = TRUE;
  return TRUE;
}

/* A frame that drew: the first is the first frame, and the window has settled once half a
 * second passes without another, as Tend reports them. */
static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  gint64 now = g_get_monotonic_time ();

  if (!drawing)
    return;

  drawing = FALSE;
  g_printerr ("tend-timing drawn %" G_GINT64_FORMAT "\n", now);
  if (last_drawn == 0)
    g_printerr ("tend-timing first-frame %" G_GINT64_FORMAT "\n", now);
  last_drawn = now;
  g_clear_handle_id (&settle_id, g_source_remove);
  settle_id = g_timeout_add (500, settled_cb, app);
}

static void
realize_cb (GtkWidget    *window,
            GApplication *app)
{
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook,
                              NULL, NULL);
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
