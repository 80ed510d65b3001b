/* test-timing.c — the start-up timing tells a frame that changes what the window shows from
 * one that only renders it again, and settles on the last change.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-test-utils.h"
#include "tend-timing.h"

static GString *printed;

static void
printerr_cb (const char *text)
{
  g_string_append (printed, text);
}

static guint
count_lines (const char *key)
{
  g_autofree char *prefix = g_strdup_printf ("tend-timing %s ", key);
  g_auto(GStrv) lines = g_strsplit (printed->str, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);

  return n;
}

/* The time on the last `tend-timing KEY` line. */
static gint64
last_value (const char *key)
{
  g_autofree char *prefix = g_strdup_printf ("tend-timing %s ", key);
  g_auto(GStrv) lines = g_strsplit (printed->str, "\n", -1);
  gint64 value = -1;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      value = g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);

  return value;
}

typedef struct {
  const char *key;
  guint       n;
} Lines;

static gboolean
has_lines (gpointer data)
{
  Lines *lines = data;

  return count_lines (lines->key) >= lines->n;
}

static void
wait_lines (const char *key,
            guint       n)
{
  Lines lines = { key, n };

  tend_test_wait_until (has_lines, &lines, key);
}

static void
test_changes (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = gtk_label_new ("Before");
  g_autoptr(TendTiming) timing = NULL;
  gboolean settled = FALSE;
  GPrintFunc old_handler;
  guint drawn, rendered;

  printed = g_string_new (NULL);
  old_handler = g_set_printerr_handler (printerr_cb);

  gtk_window_set_child (window, label);
  timing = tend_timing_new (window, TRUE);
  g_signal_connect_swapped (timing, "settled", G_CALLBACK (tend_test_set_true), &settled);
  tend_test_show_window (window, 240, 120);
  wait_lines ("first-frame", 1);
  g_assert_cmpuint (count_lines ("drawn"), ==, 1);
  tend_test_wait_frames (GTK_WIDGET (window), 3);

  /* Asked to draw, the label renders the same picture: a frame, not a change. */
  drawn = count_lines ("drawn");
  rendered = count_lines ("rendered");
  gtk_widget_queue_draw (label);
  wait_lines ("rendered", rendered + 1);
  g_assert_cmpuint (count_lines ("drawn"), ==, drawn);

  /* New words are a change. */
  gtk_label_set_text (GTK_LABEL (label), "After");
  wait_lines ("drawn", drawn + 1);

  /* Rendered again without a change, then told it is ready: it settles on the change. */
  rendered = count_lines ("rendered");
  gtk_widget_queue_draw (label);
  wait_lines ("rendered", rendered + 1);
  g_assert_false (settled);
  g_assert_cmpuint (count_lines ("loaded"), ==, 0);
  tend_timing_ready (timing);
  g_assert_cmpuint (count_lines ("loaded"), ==, 1);
  tend_test_wait_until (tend_test_is_true, &settled, "settled");
  g_assert_cmpint (last_value ("settled"), ==, last_value ("drawn"));
  g_assert_cmpint (last_value ("last-render"), ==, last_value ("rendered"));
  g_assert_cmpint (last_value ("last-render"), >, last_value ("settled"));
  g_assert_cmpint (last_value ("vmhwm-kb"), >, 0);

  g_set_printerr_handler (old_handler);
  g_string_free (g_steal_pointer (&printed), TRUE);
  gtk_window_destroy (window);
}

static GdkTexture *
new_square (void)
{
  guchar pixels[16 * 16 * 4];

  for (guint i = 0; i < sizeof pixels; i += 4)
    {
      pixels[i] = 0x30;
      pixels[i + 1] = 0x80;
      pixels[i + 2] = 0xc0;
      pixels[i + 3] = 0xff;
    }

  return gdk_memory_texture_new (16, 16, GDK_MEMORY_R8G8B8A8,
                                 g_bytes_new (pixels, sizeof pixels), 16 * 4);
}

/* An image given a new texture of the same picture (as when an icon is looked up again) has
 * other render nodes and the same pixels: not a change. Another picture is. */
static void
test_same_pixels (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GdkTexture) square = new_square ();
  g_autoptr(GdkTexture) again = new_square ();
  GtkWidget *first = gtk_picture_new_for_paintable (GDK_PAINTABLE (square));
  GtkWidget *second = gtk_picture_new_for_paintable (GDK_PAINTABLE (square));
  g_autoptr(TendTiming) timing = NULL;
  GPrintFunc old_handler;
  guint drawn, rendered;

  printed = g_string_new (NULL);
  old_handler = g_set_printerr_handler (printerr_cb);

  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_window_set_child (window, box);
  timing = tend_timing_new (window, FALSE);
  tend_test_show_window (window, 240, 120);
  wait_lines ("first-frame", 1);
  tend_test_wait_frames (GTK_WIDGET (window), 3);

  drawn = count_lines ("drawn");
  rendered = count_lines ("rendered");
  gtk_picture_set_paintable (GTK_PICTURE (second), GDK_PAINTABLE (again));
  wait_lines ("rendered", rendered + 1);
  g_assert_cmpuint (count_lines ("drawn"), ==, drawn);

  gtk_picture_set_paintable (GTK_PICTURE (second), NULL);
  wait_lines ("drawn", drawn + 1);

  g_set_printerr_handler (old_handler);
  g_string_free (g_steal_pointer (&printed), TRUE);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add_func ("/tend/timing/changes", test_changes);
  g_test_add_func ("/tend/timing/same-pixels", test_same_pixels);

  return g_test_run ();
}
