/* frame-timings.c — GTK alone, no Tend: does a popover on X11 make GDK warn
 * "gdk_frame_timings_submitted() called on submitted frame"?
 *
 * Not built or shipped; it is the evidence for the narrow allowance in tests/tend-test-utils.c.
 * Build and run it on each stack:
 *
 *   build-aux/dev exec [--newest] sh -c 'cc tests/upstream/frame-timings.c \
 *     $(pkg-config --cflags --libs gtk4) -o /tmp/frame-timings && /tmp/frame-timings popover'
 *
 * Modes: "window" (a window and a button only), "popover" (a GtkMenuButton's GtkPopover opened
 * and closed), "popover-menu" (the same with a GtkPopoverMenu from a GMenu). A second argument
 * "--idle" asks for no frames at all (no after-paint handler, no queued draws): the program
 * then only opens and closes the popover and lets the main loop run.
 * It prints every warning GDK or GTK logs and exits 1 when there was one.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <execinfo.h>
#include <gtk/gtk.h>

static int n_warnings;

static GLogWriterOutput
count_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         data)
{
  if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL))
    {
      const char *domain = "", *message = "";

      for (gsize i = 0; i < n_fields; i++)
        {
          if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
            domain = fields[i].value;
          else if (g_str_equal (fields[i].key, "MESSAGE"))
            message = fields[i].value;
        }
      g_printerr ("logged: [%s] %s\n", domain, message);
      if (g_getenv ("FRAME_TIMINGS_BACKTRACE") != NULL)
        {
          void *frames[32];

          /* Who reported the frame: exported names only, offsets for the rest. */
          backtrace_symbols_fd (frames, backtrace (frames, G_N_ELEMENTS (frames)), 2);
        }
      n_warnings++;
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (level, fields, n_fields, data);
}

static void
after_paint_cb (GdkFrameClock *clock,
                int           *frames)
{
  (*frames)++;
}

static gboolean
flag_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* With "--idle", nothing asks for frames: the main loop just runs for a while, so only GTK's
 * own drawing happens. */
static gboolean idle_only;

/* Lets the main loop run for @ms, asking for nothing. */
static void
wait_time (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Paints n frames of @widget's surface, asking for each; with "--idle", only waits. */
static void
wait_frames (GtkWidget *widget,
             int        n)
{
  GdkFrameClock *clock;
  int frames = 0;
  gulong id;

  if (idle_only)
    {
      wait_time (100 * n);
      return;
    }

  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);
  while (frames < n)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = argc > 1 ? argv[1] : "popover";
  GtkWidget *window, *button;

  idle_only = argc > 2 && g_str_equal (argv[2], "--idle");

  g_log_set_writer_func (count_writer, NULL, NULL);
  gtk_init ();

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), "Open");
  gtk_window_set_child (GTK_WINDOW (window), button);

  if (g_str_equal (mode, "popover"))
    {
      GtkWidget *popover = gtk_popover_new ();

      gtk_popover_set_child (GTK_POPOVER (popover), gtk_label_new ("A popover"));
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
    }
  else if (g_str_equal (mode, "popover-menu"))
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, "Item", "app.nothing");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    }
  else if (!g_str_equal (mode, "window"))
    g_error ("unknown mode %s", mode);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  wait_frames (window, 5);

  if (!g_str_equal (mode, "window"))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      while (!gtk_widget_get_mapped (GTK_WIDGET (popover)))
        g_main_context_iteration (NULL, TRUE);
      wait_frames (GTK_WIDGET (popover), 5);
      wait_frames (window, 5);
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    }
  wait_frames (window, 5);

  g_print ("%s, GTK %u.%u.%u, %s: %d warning(s)\n", mode,
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           G_OBJECT_TYPE_NAME (gdk_display_get_default ()), n_warnings);
  gtk_window_destroy (GTK_WINDOW (window));

  return n_warnings > 0 ? 1 : 0;
}
