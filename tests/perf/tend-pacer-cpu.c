/* tend-pacer-cpu.c — how much of one core the breathing pacer costs while it breathes.
 *
 * Opens a 480×640 window showing the pacer on the default exercise's breathing step with a
 * running clock, waits for the first frame, then measures this process's CPU time (user and
 * system, from getrusage) over SECONDS (60 unless given) and prints it as a share of one
 * core. With --idle the same window shows the pacer with its clock paused: the floor to
 * compare against. Run by hand, not by `meson test`:
 *
 *   build-aux/dev exec _build/default/tests/perf/tend-pacer-cpu [--idle] [SECONDS]
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "tend-breath-pacer.h"

typedef struct {
  gboolean       idle;
  guint          seconds;
  TendStepClock *clock;
  GApplication  *app;
  gint64         start_us;
  gint64         start_cpu_us;
  guint          frames;
} Bench;

static gint64
cpu_time_us (void)
{
  struct rusage usage;

  g_assert (getrusage (RUSAGE_SELF, &usage) == 0);
  return (gint64) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static const TendBreathPattern *
default_pattern (void)
{
  const TendExercise *exercise = tend_exercises_get_default ();

  for (guint i = 0; i < exercise->n_steps; i++)
    if (exercise->steps[i].breath != NULL)
      return exercise->steps[i].breath;

  g_error ("the default exercise has no breathing step");
}

static gboolean
finish_cb (gpointer data)
{
  Bench *bench = data;
  double wall = (g_get_monotonic_time () - bench->start_us) / (double) G_USEC_PER_SEC;
  double cpu = (cpu_time_us () - bench->start_cpu_us) / (double) G_USEC_PER_SEC;

  g_print ("tend-pacer-cpu %s: %.1f s, CPU %.2f s = %.2f %% of one core, %u frames\n",
           bench->idle ? "idle" : "running", wall, cpu, 100 * cpu / wall, bench->frames);
  g_application_quit (bench->app);

  return G_SOURCE_REMOVE;
}

static void
count_frame_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  bench->frames++;
}

/* Start counting once the window has drawn itself: start-up is not the pacer's cost. */
static void
first_frame_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame_cb), bench);
  bench->start_us = g_get_monotonic_time ();
  bench->start_cpu_us = cpu_time_us ();
  /* Not g_timeout_add_seconds(): it may round the time by up to a second. */
  g_timeout_add (bench->seconds * 1000, finish_cb, bench);
}

static void
realize_cb (GtkWidget *window,
            Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_cb), bench);
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *pacer = tend_breath_pacer_new ();
  gboolean animations;

  g_object_get (gtk_widget_get_settings (window), "gtk-enable-animations", &animations, NULL);
  if (!animations && !bench->idle)
    g_printerr ("tend-pacer-cpu: animations are off, so this measures the countdown\n");

  tend_breath_pacer_set_pattern (TEND_BREATH_PACER (pacer), default_pattern (), 1);
  tend_breath_pacer_set_clock (TEND_BREATH_PACER (pacer), bench->clock);
  tend_step_clock_set_running (bench->clock, !bench->idle);
  gtk_widget_set_valign (pacer, GTK_ALIGN_CENTER);

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), pacer);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Pacer CPU");
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 640);
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), bench);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(TendStepClock) clock = tend_step_clock_new ();
  Bench bench = { .seconds = 60, .clock = clock };
  char *app_argv[] = { argv[0], NULL };

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--idle") == 0)
        bench.idle = TRUE;
      else if (atoi (argv[i]) > 0)
        bench.seconds = atoi (argv[i]);
      else
        g_error ("usage: %s [--idle] [SECONDS]", argv[0]);
    }

  /* Tend's own resources, so style.css gives the pacer its accent colour as in the app. */
  app = adw_application_new (BASE_APP_ID ".PacerCpu", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), RESOURCE_PATH);
  bench.app = G_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);

  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
