/* tend-test-utils.c — helpers for the UI tests: a display, waiting for frames and conditions,
 * finding widgets, screenshots.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-utils.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tend-motion.h"

#define WAIT_TIMEOUT_MS 10000

/* Warnings of GTK's and libadwaita's own that do not fail a test: each is shown, in a
 * program without Tend, to come from them alone (tests/upstream/), and each is let through
 * only word for word, from its own log domain, on the versions that have it. Everything else
 * still aborts under G_DEBUG=fatal-warnings. */
static const struct
{
  const char *domain;
  const char *message;
  guint       since_gtk_minor;
  guint       since_adw_minor;
} upstream_warnings[] = {
  /* GTK 4.24's X11 backend reports a frame as submitted twice once a popover has drawn
   * beside its window; GDK says so once a process (tests/upstream/frame-timings.c). */
  { "Gdk", "gdk_frame_timings_submitted() called on submitted frame.", 24, 0 },
  /* libadwaita's AdwShortcutsDialog (1.8) listens to GtkWindow::keys-changed, which GTK 4.24
   * deprecates; GObject says so under G_ENABLE_DIAGNOSTIC=1, which the tests set
   * (tests/upstream/shortcuts-dialog.c). */
  { "GLib-GObject",
    "The signal GtkWindow::keys-changed is deprecated and shouldn't be used anymore. "
    "It will be removed in a future version.", 24, 8 },
};

static gboolean
is_upstream_warning (const char     *domain,
                     GLogLevelFlags  level,
                     const char     *message)
{
  if ((level & G_LOG_LEVEL_MASK) != G_LOG_LEVEL_WARNING)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (upstream_warnings); i++)
    if (g_strcmp0 (domain, upstream_warnings[i].domain) == 0 &&
        g_strcmp0 (message, upstream_warnings[i].message) == 0 &&
        gtk_get_minor_version () >= upstream_warnings[i].since_gtk_minor &&
        adw_get_minor_version () >= upstream_warnings[i].since_adw_minor)
      return TRUE;

  return FALSE;
}

static GLogWriterOutput
test_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  /* g_log_writer_default() is where a structured warning turns fatal: these never get there. */
  if (is_upstream_warning (domain, level, message))
    {
      g_printerr ("tend-test: let through %s's own warning “%s”\n", domain, message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* A warning through the old g_log() API goes to GTest's default handler, which fails the test
 * at once, before anything else is asked: the upstream ones are kept from it here... */
static GLogFunc gtest_log_handler;

static void
test_log_handler (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  if (is_upstream_warning (domain, level, message))
    g_printerr ("tend-test: let through %s's own warning “%s”\n", domain, message);
  else
    gtest_log_handler (domain, level, message, user_data);
}

/* ...and then not made fatal: this says no for the same messages only. */
static gboolean
test_fatal_handler (const char     *domain,
                    GLogLevelFlags  level,
                    const char     *message,
                    gpointer        user_data)
{
  return !is_upstream_warning (domain, level, message);
}

/* GTest drops the fatal handler as each test starts: a test that shows what logs through the
 * old API (libadwaita's shortcuts dialog) calls this first. */
void
tend_test_allow_upstream_warnings (void)
{
  g_test_log_set_fatal_handler (test_fatal_handler, NULL);
}

void
tend_test_init (int    *argc,
                char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("tend-ui-test-XXXXXX", NULL);
  static const char * const user_dirs[] = { "DATA", "CONFIG", "CACHE", "STATE" };

  /* Keep the user's folders out of reach, but not the system's: GTK needs the MIME database
   * and icon themes from XDG_DATA_DIRS, which G_TEST_OPTION_ISOLATE_DIRS would hide. */
  g_assert_nonnull (home);
  for (guint i = 0; i < G_N_ELEMENTS (user_dirs); i++)
    {
      g_autofree char *var = g_strdup_printf ("XDG_%s_HOME", user_dirs[i]);
      g_autofree char *dir = g_build_filename (home, user_dirs[i], NULL);

      g_setenv (var, dir, TRUE);
    }

  /* Screenshots in another language (LANGUAGE=de …) use the catalogues built beside the
   * tests, as `build-aux/dev exec` points TEND_LOCALEDIR there; other runs stay in English. */
  if (g_getenv ("TEND_SHOT_DIR") != NULL && g_getenv ("TEND_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TEND_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_log_set_writer_func (test_log_writer, NULL, NULL);
  g_test_init (argc, argv, NULL);
  gtest_log_handler = g_log_set_default_handler (test_log_handler, NULL);
  adw_init ();

  /* Widgets made without a TendApplication still get Tend's styles and icons. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  tend_motion_add_styles (gdk_display_get_default ());
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PATH "/icons");

  /* Tests see settled layouts, not transitions half-way through. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

static gboolean
flag_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
tend_test_is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

void
tend_test_set_true (gboolean *flag)
{
  *flag = TRUE;
}

void
tend_test_wait_until (TendTestCondition  condition,
                      gpointer           data,
                      const char        *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_TIMEOUT_MS, flag_true, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("timed out waiting for %s", what);

  g_source_remove (id);
}

typedef struct
{
  GtkWidget *widget;
  int        seen;
  int        wanted;
} FrameWait;

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWait     *fw)
{
  /* An idle window paints nothing by itself: keep asking for frames. */
  if (++fw->seen < fw->wanted)
    gtk_widget_queue_draw (fw->widget);
}

static gboolean
frames_done (gpointer data)
{
  FrameWait *fw = data;

  return fw->seen >= fw->wanted;
}

void
tend_test_wait_frames (GtkWidget *widget,
                       int        n_frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  FrameWait fw = { widget, 0, n_frames };
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &fw);
  gtk_widget_queue_draw (widget);
  tend_test_wait_until (frames_done, &fw, "frames");
  g_signal_handler_disconnect (clock, id);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

void
tend_test_show_window (GtkWindow *window,
                       int        width,
                       int        height)
{
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  tend_test_wait_until (is_mapped, window, "window mapped");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
}

static gboolean
content_is (gpointer data)
{
  GtkWindow *window = data;
  GtkWidget *child = gtk_window_get_child (window);
  int *wanted = g_object_get_data (G_OBJECT (window), "tend-test-content-size");

  return child != NULL && gtk_widget_get_width (child) == wanted[0] &&
         gtk_widget_get_height (child) == wanted[1];
}

/**
 * tend_test_show_window_content:
 *
 * Shows @window with @width × @height px for its content: on X11 without a compositor GTK's
 * frame around a window takes room of its own (5 px a side), which the default size includes.
 */
void
tend_test_show_window_content (GtkWindow *window,
                               int        width,
                               int        height)
{
  GtkWidget *child;
  int *wanted = g_new (int, 2);

  wanted[0] = width;
  wanted[1] = height;
  g_object_set_data_full (G_OBJECT (window), "tend-test-content-size", wanted, g_free);
  tend_test_show_window (window, width, height);
  child = gtk_window_get_child (window);
  g_assert_nonnull (child);
  gtk_window_set_default_size (window,
                               width + (width - gtk_widget_get_width (child)),
                               height + (height - gtk_widget_get_height (child)));
  tend_test_wait_until (content_is, window, "the window's content at its size");
  tend_test_wait_frames (GTK_WIDGET (window), 2);
}

GtkWidget *
tend_test_find_row (GtkWidget  *root,
                    GType       type,
                    const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tend_test_find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Activates the AdwActionRow titled @title below @root, as a click on it would. */
void
tend_test_activate_row (GtkWidget  *root,
                        const char *title)
{
  GtkWidget *row = tend_test_find_row (root, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
}

GtkWidget *
tend_test_find_label (GtkWidget  *root,
                      const char *text)
{
  if (!gtk_widget_get_visible (root))
    return NULL;

  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tend_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
tend_test_find_type (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tend_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

AdwActionRow *
tend_test_find_action_row (GtkWidget  *root,
                           const char *subtitle)
{
  if (ADW_IS_ACTION_ROW (root) &&
      g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (root)), subtitle) == 0)
    return ADW_ACTION_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = tend_test_find_action_row (child, subtitle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
tend_test_find_button (GtkWidget  *root,
                       GType       type,
                       const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root) &&
      tend_test_find_label (root, text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tend_test_find_button (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Saves what @widget shows to $TEND_SHOT_DIR/@name.png, when that variable is set. */
void
tend_test_save_screenshot (GtkWidget  *widget,
                           const char *name)
{
  const char *dir = g_getenv ("TEND_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL || *dir == '\0')
    return;

  tend_test_wait_frames (widget, 2);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  file_name = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot %s", path);
}

/* Whether @needle is in the @length bytes at @data: a PDF holds NUL bytes, where the string
 * functions would stop. */
gboolean
tend_test_data_contains (const char *data,
                         gsize       length,
                         const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (data + i, needle, needle_length) == 0)
      return TRUE;
  return FALSE;
}

static void
skip_without_seal (void)
{
  g_test_skip ("Tend is built without libgcrypt");
}

/**
 * tend_test_skip_without_seal:
 *
 * In a Tend built without libgcrypt, which has no protection to drive (test-store-seal checks
 * that it says so), adds one test at @path that skips, and returns %TRUE: the caller then runs
 * only that.
 */
gboolean
tend_test_skip_without_seal (const char *path)
{
  if (HAVE_SEAL)
    return FALSE;

  g_test_add_func (path, skip_without_seal);
  return TRUE;
}
