/* tend-timing.c — when a window first shows, each time what it shows changes, and when it has
 * settled, for tests/perf/startup. Tend and the bare window it is measured against
 * (tests/perf/tend-startup-floor.c) report with this same code.
 *
 * Lines on stderr, times as g_get_monotonic_time() in µs:
 *   tend-timing rendered T     a frame rendered the window (GdkSurface::render)
 *   tend-timing drawn T        ... and what the window shows changed: its pixels differ from
 *                              the frame before (the first frame always counts)
 *   tend-timing first-frame T  the first of those
 *   tend-timing loaded T       tend_timing_ready(), when the owner waits for it
 *   tend-timing settled T      once nothing changed for half a second: when it last changed
 *   tend-timing last-render T  ... and when a frame last rendered at all
 *   tend-timing vmhwm-kb N     the peak memory so far
 * then the "settled" signal.
 *
 * A frame can render and show nothing new: GTK renders whenever a widget asks to be drawn,
 * and a widget asks when its style is recomputed even if it comes out the same (as when
 * libadwaita lifts its start-up pause on transitions, a quarter second after it starts), or
 * when an icon is looked up again. Such a frame changes no pixel, so it does not keep the
 * window from being settled; it is still reported as rendered. Comparing costs a snapshot
 * after each frame, and rendering two frames to pixels when their render nodes differ; only
 * a program run with TEND_TIMING set pays it, after the frame's time is taken.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-timing.h"

#define SETTLE_MS 500

struct _TendTiming
{
  GObject        parent_instance;

  GtkWidget     *window;
  /* Settling waits for tend_timing_ready(). */
  gboolean       waiting;
  /* A surface rendered in this frame; one that is not the window's. */
  gboolean       rendering;
  gboolean       other_surface;
  gint64         last_drawn;
  gint64         last_rendered;
  /* The last frame's render nodes, and as text. */
  GskRenderNode *shown_node;
  GBytes        *shown;
  /* Renders two frames to compare their pixels. */
  GskRenderer   *pixels;
  gulong         hook_id;
  guint          settle_id;
};

enum {
  SETTLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TendTiming, tend_timing, G_TYPE_OBJECT)

static gboolean
settled_cb (gpointer data)
{
  TendTiming *self = data;
  g_autofree char *status = NULL;
  const char *peak;

  self->settle_id = 0;
  g_printerr ("tend-timing settled %" G_GINT64_FORMAT "\n", self->last_drawn);
  g_printerr ("tend-timing last-render %" G_GINT64_FORMAT "\n", self->last_rendered);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    g_printerr ("tend-timing vmhwm-kb %" G_GUINT64_FORMAT "\n",
                g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));
  g_signal_emit (self, signals[SETTLED], 0);

  return G_SOURCE_REMOVE;
}

/* Half a second from now, unless what the window shows changes again first. */
static void
wait_to_settle (TendTiming *self)
{
  if (self->shown == NULL || self->waiting)
    return;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settled_cb, self);
}

static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               data)
{
  TendTiming *self = data;
  GdkSurface *surface = g_value_get_object (&params[0]);

  self->rendering = TRUE;
  /* A popover or tooltip is a surface of its own: it showing counts as a change. */
  if (self->window == NULL || surface != gtk_native_get_surface (GTK_NATIVE (self->window)))
    self->other_surface = TRUE;

  return TRUE;
}

/* What the window shows now. */
static GskRenderNode *
snapshot_window (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window),
                          gtk_widget_get_height (window));

  return gtk_snapshot_free_to_node (snapshot);
}

static GBytes *
serialize (GskRenderNode *node)
{
  return node != NULL ? gsk_render_node_serialize (node) : g_bytes_new (NULL, 0);
}

static GBytes *
render_pixels (TendTiming    *self,
               GskRenderNode *node)
{
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;
  gsize stride;
  guchar *data;

  if (node == NULL)
    return g_bytes_new (NULL, 0);
  if (self->pixels == NULL)
    {
      self->pixels = gsk_cairo_renderer_new ();
      if (!gsk_renderer_realize_for_display (self->pixels, gtk_widget_get_display (self->window),
                                             NULL))
        g_error ("tend-timing: no renderer to compare frames with");
    }

  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (self->pixels, node, &bounds);
  stride = (gsize) gdk_texture_get_width (texture) * 4;
  data = g_malloc (stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, data, stride);

  return g_bytes_new_take (data, stride * gdk_texture_get_height (texture));
}

/* Whether @node shows anything other than the last frame that changed. The same render nodes
 * show the same; different ones may still show the same pixels (an icon looked up again is a
 * new texture of the same picture), so those are rendered and compared. */
static gboolean
shows_change (TendTiming    *self,
              GskRenderNode *node,
              GBytes        *text)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) now = NULL;

  if (self->shown == NULL)
    return TRUE;
  if (g_bytes_equal (text, self->shown))
    return FALSE;

  before = render_pixels (self, self->shown_node);
  now = render_pixels (self, node);

  return !g_bytes_equal (before, now);
}

static void
after_paint_cb (GdkFrameClock *clock,
                TendTiming    *self)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GBytes) text = NULL;
  gboolean first = self->shown == NULL;
  gboolean changed;

  if (!self->rendering || self->window == NULL)
    return;

  self->last_rendered = g_get_monotonic_time ();
  self->rendering = FALSE;
  g_printerr ("tend-timing rendered %" G_GINT64_FORMAT "\n", self->last_rendered);

  node = snapshot_window (self->window);
  text = serialize (node);
  changed = self->other_surface || shows_change (self, node, text);
  self->other_surface = FALSE;
  /* The next frame is compared with this one, changed or not. */
  g_clear_pointer (&self->shown, g_bytes_unref);
  g_clear_pointer (&self->shown_node, gsk_render_node_unref);
  self->shown = g_steal_pointer (&text);
  self->shown_node = g_steal_pointer (&node);
  if (!changed)
    return;

  self->last_drawn = self->last_rendered;
  g_printerr ("tend-timing drawn %" G_GINT64_FORMAT "\n", self->last_drawn);
  if (first)
    g_printerr ("tend-timing first-frame %" G_GINT64_FORMAT "\n", self->last_drawn);
  wait_to_settle (self);
}

static void
realize_cb (GtkWidget  *window,
            TendTiming *self)
{
  if (self->hook_id == 0)
    self->hook_id = g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                                                render_hook, self, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), self, G_CONNECT_DEFAULT);
}

static void
tend_timing_dispose (GObject *object)
{
  TendTiming *self = TEND_TIMING (object);

  if (self->hook_id != 0)
    g_signal_remove_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), self->hook_id);
  self->hook_id = 0;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_weak_pointer (&self->window);
  g_clear_pointer (&self->shown, g_bytes_unref);
  g_clear_pointer (&self->shown_node, gsk_render_node_unref);
  if (self->pixels != NULL)
    gsk_renderer_unrealize (self->pixels);
  g_clear_object (&self->pixels);

  G_OBJECT_CLASS (tend_timing_parent_class)->dispose (object);
}

static void
tend_timing_class_init (TendTimingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tend_timing_dispose;

  /**
   * TendTiming::settled:
   *
   * Nothing the window shows changed for half a second after its first frame (and after
   * tend_timing_ready(), if the timing waits for it); the figures are printed.
   */
  signals[SETTLED] = g_signal_new ("settled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tend_timing_init (TendTiming *self)
{
}

/**
 * tend_timing_new:
 * @window: a window not yet realized
 * @wait_until_ready: whether settling waits for tend_timing_ready() too
 *
 * Reports @window's frames on stderr from its first on.
 */
TendTiming *
tend_timing_new (GtkWindow *window,
                 gboolean   wait_until_ready)
{
  TendTiming *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)), NULL);

  self = g_object_new (TEND_TYPE_TIMING, NULL);
  g_set_weak_pointer (&self->window, GTK_WIDGET (window));
  self->waiting = wait_until_ready;
  g_signal_connect_object (window, "realize", G_CALLBACK (realize_cb), self, G_CONNECT_DEFAULT);

  return self;
}

/**
 * tend_timing_ready:
 *
 * Reports `tend-timing loaded`; from now on the window may settle.
 */
void
tend_timing_ready (TendTiming *self)
{
  g_return_if_fail (TEND_IS_TIMING (self));

  if (!self->waiting)
    return;

  self->waiting = FALSE;
  g_printerr ("tend-timing loaded %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  wait_to_settle (self);
}
