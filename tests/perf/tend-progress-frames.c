/* tend-progress-frames.c — how smoothly the Progress page scrolls over ten years of journal.
 *
 * Writes a ten-year journal into a temporary folder (or uses JOURNAL_DIR), reads all of it,
 * opens a window with the Progress page on "All Time", then scrolls the page down and up again
 * twice over SECONDS (5 unless given) from a tick callback, and prints the intervals between
 * the frames the frame clock drew: median, 95th percentile, maximum, and how many took longer
 * than 20 ms. Run by hand, not by `meson test`:
 *
 *   build-aux/dev exec _build/default/tests/perf/tend-progress-frames [JOURNAL_DIR] [SECONDS]
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "tend-history.h"
#include "tend-progress-page.h"

#define YEARS        10
#define SLOW_FRAME_US (20 * 1000)

typedef struct {
  GApplication      *app;
  TendStore         *store;
  GtkWidget         *page;
  guint              seconds;
  GtkScrolledWindow *scroller;
  gint64             start_us;
  gint64             last_us;
  GArray            *intervals;  /* of gint64, microseconds */
  double             compute_ms;
} Bench;

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
ms_at (GArray *sorted,
       double  share)
{
  guint i = MIN ((guint) (share * (sorted->len - 1) + 0.5), sorted->len - 1);

  return g_array_index (sorted, gint64, i) / 1000.0;
}

static void
report (Bench *bench)
{
  guint slow = 0;

  if (bench->intervals->len == 0)
    {
      g_printerr ("tend-progress-frames: no frames were drawn\n");
      return;
    }

  g_array_sort (bench->intervals, compare_intervals);
  for (guint i = 0; i < bench->intervals->len; i++)
    if (g_array_index (bench->intervals, gint64, i) > SLOW_FRAME_US)
      slow++;

  g_print ("tend-progress-frames: %u years, page computed in %.1f ms; "
           "%u frames in %u s: median %.1f ms, p95 %.1f ms, max %.1f ms, %u over 20 ms\n",
           YEARS, bench->compute_ms, bench->intervals->len + 1, bench->seconds,
           ms_at (bench->intervals, 0.5), ms_at (bench->intervals, 0.95),
           ms_at (bench->intervals, 1.0), slow);
}

/* Down and back up, twice, at an even speed. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Bench *bench = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (bench->scroller);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, phase;

  if (bench->start_us == 0)
    {
      bench->start_us = now;
    }
  else
    {
      gint64 interval = now - bench->last_us;

      g_array_append_val (bench->intervals, interval);
      /* Where a slow frame falls says what caused it: the start, a turn, a chart coming in. */
      if (interval > SLOW_FRAME_US)
        g_print ("tend-progress-frames: slow frame of %.1f ms at %.2f s, scrolled to %.0f px\n",
                 interval / 1000.0, (now - bench->start_us) / (double) G_USEC_PER_SEC,
                 gtk_adjustment_get_value (adjustment));
    }
  bench->last_us = now;

  t = (now - bench->start_us) / (double) (bench->seconds * G_USEC_PER_SEC);
  if (t >= 1)
    {
      report (bench);
      g_application_quit (bench->app);
      return G_SOURCE_REMOVE;
    }

  phase = t * 4 - (int) (t * 4);  /* four legs: down, up, down, up */
  if ((int) (t * 4) % 2 == 1)
    phase = 1 - phase;
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_lower (adjustment) +
                            phase * (gtk_adjustment_get_upper (adjustment) -
                                     gtk_adjustment_get_page_size (adjustment)));
  return G_SOURCE_CONTINUE;
}

/* The page's own scroller: the one on screen that scrolls up and down. */
static GtkScrolledWindow *
find_scroller (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_SCROLLED_WINDOW (root))
    {
      GtkPolicyType vertical;

      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (root), NULL, &vertical);
      if (vertical != GTK_POLICY_NEVER)
        return GTK_SCROLLED_WINDOW (root);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scroller (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Start scrolling once the page has drawn itself: opening it is not scrolling it. */
static void
first_frame_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, bench);
  bench->scroller = find_scroller (bench->page);
  g_assert (bench->scroller != NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->scroller), scroll_tick_cb, bench, NULL);
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
  GtkWidget *page = tend_progress_page_new ();
  gint64 start = g_get_monotonic_time ();

  tend_progress_page_set_range (TEND_PROGRESS_PAGE (page), TEND_PROGRESS_ALL_TIME);
  tend_progress_page_set_store (TEND_PROGRESS_PAGE (page), bench->store);
  bench->compute_ms = (g_get_monotonic_time () - start) / 1000.0;

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Progress Frames");
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);

  bench->page = page;
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), bench);
  gtk_window_present (GTK_WINDOW (window));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, &error))
    g_error ("could not read the journal: %s", error->message);
  *done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(TendStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  const char *dir = NULL;
  Bench bench = { .seconds = 5 };
  char *app_argv[] = { argv[0], NULL };
  gboolean loaded = FALSE;
  int status;

  for (int i = 1; i < argc; i++)
    {
      if (atoi (argv[i]) > 0)
        bench.seconds = atoi (argv[i]);
      else if (dir == NULL)
        dir = argv[i];
      else
        g_error ("usage: %s [JOURNAL_DIR] [SECONDS]", argv[0]);
    }

  if (dir == NULL)
    {
      made = g_dir_make_tmp ("tend-progress-frames-XXXXXX", &error);
      g_assert_no_error (error);
      g_print ("tend-progress-frames: writing %u years into %s\n", YEARS, made);
      tend_history_generate (made, YEARS);
      dir = made;
    }

  store = tend_store_new (dir);
  if (!tend_store_load_recent (store, now, &error))
    g_error ("could not open the journal: %s", error->message);
  tend_store_load_all_async (store, NULL, loaded_cb, &loaded);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);

  /* Tend's own resources, so style.css colours the charts as in the app. */
  app = adw_application_new (BASE_APP_ID ".ProgressFrames", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), RESOURCE_PATH);
  bench.app = G_APPLICATION (app);
  bench.store = store;
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);

  status = g_application_run (G_APPLICATION (app), 1, app_argv);

  g_array_unref (bench.intervals);
  g_clear_object (&store);
  if (made != NULL)
    tend_history_remove (made);
  return status;
}
