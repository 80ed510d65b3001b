/* tend-startup.c — how long the real `tend` takes to show its window and read its journal.
 *
 *   tend-startup [--runs N] [--a11y]    run by tests/perf/startup inside build-aux/dev exec
 *
 * For an empty journal, one year and ten years of history, and for a bare libadwaita window
 * (the floor), it starts the program N times, interleaved, after one warm-up round. Each run
 * gets fresh data, config and state folders on a real disk under the cache folder, settings
 * in memory and TEND_TIMING=quit: the program reports its first frame, when the journal is
 * loaded, when its window settled (its pixels last changed before half a second without a
 * change) and its
 * peak memory (see tend-application.c), then quits. Accessibility is off
 * unless --a11y, as in the UI tests: build-aux/dev's accessibility bus lives in a folder that
 * concurrent sessions share. The clock is CLOCK_MONOTONIC, shared by both processes, read
 * just before the program is spawned. Medians are printed as one key=value line per history,
 * with settled_vs_floor, the history's settled time over the bare window's in the same run,
 * redraws, how many frames after the first changed what the window shows, and frames and
 * last_render_ms, how many frames GTK rendered after the first and when it last did, whether
 * or not they changed anything (src/tend-timing.c says how the two are told apart).
 * The renderer is GSK_RENDERER's (cairo when unset): `GSK_RENDERER=gl tests/perf/startup`. The
 * text cursor does not blink in these runs (GTK's settings.ini in the run's config folder).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "tend-history.h"

#define TIMEOUT_SECONDS 60

static gboolean a11y;

typedef struct {
  const char *name;
  int         years;            /* -1: the floor program, no journal */
  char       *history;          /* generated journal folder, or NULL when empty */
  GArray     *first_frame_ms;
  GArray     *settled_ms;
  GArray     *redraws;
  GArray     *frames;
  GArray     *last_render_ms;
  GArray     *loaded_ms;
  GArray     *rss_mb;
} Config;

typedef struct {
  double first_frame_ms;
  double settled_ms;
  double redraws;
  double frames;
  double last_render_ms;
  double loaded_ms;
  double rss_mb;
} Sample;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (values, double, n / 2);
  return (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

static void
copy_journal (const char *from,
              const char *to)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_mkdir_with_parents (to, 0700) != 0)
    g_error ("creating %s: %s", to, g_strerror (errno));
  if (from == NULL)
    return;

  dir = g_dir_open (from, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *src = g_build_filename (from, name, NULL);
      g_autofree char *dst = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      if (!g_file_get_contents (src, &contents, &length, &error) ||
          !g_file_set_contents_full (dst, contents, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                     &error))
        g_error ("copying %s: %s", src, error->message);
    }
}

/* A Tend that did not finish its exit would still hold the journal's lock. */
static void
check_unlocked (const char *journal)
{
  g_autofree char *path = g_build_filename (journal, ".lock", NULL);
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);

  if (fd < 0)
    g_error ("Tend left no lock file at %s", path);
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    g_error ("the journal is still locked after Tend exited");
  close (fd);
}

static void
communicate_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **output = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, NULL, output,
                                             &error))
    g_error ("reading the program's output: %s", error->message);
  if (*output == NULL)
    *output = g_strdup ("");
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_printerr ("tend-startup: no report after %d s, stopping the program\n", TIMEOUT_SECONDS);
  g_subprocess_send_signal (G_SUBPROCESS (user_data), SIGTERM);
  return G_SOURCE_REMOVE;
}

/* The value of the `tend-timing KEY VALUE` line in @output, or -1. */
static gint64
timing_value (const char *output,
              const char *key)
{
  g_autofree char *prefix = g_strdup_printf ("tend-timing %s ", key);
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtoll (lines[i] + strlen (prefix), NULL, 10);

  return -1;
}

static void
run_once (Config     *config,
          const char *base,
          Sample     *sample)
{
  g_autofree char *run = g_build_filename (base, "run", NULL);
  g_autofree char *data = g_build_filename (run, "data", NULL);
  g_autofree char *config_home = g_build_filename (run, "config", NULL);
  g_autofree char *state = g_build_filename (run, "state", NULL);
  g_autofree char *cache = g_build_filename (base, "cache", NULL);
  g_autofree char *journal = g_build_filename (data, "tend", "journal", NULL);
  g_autofree char *gtk_config = g_build_filename (config_home, "gtk-4.0", NULL);
  g_autofree char *gtk_settings = g_build_filename (gtk_config, "settings.ini", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *output = NULL;
  const char *argv[] = { config->years < 0 ? FLOOR_BIN : TEND_BIN, NULL };
  gint64 start, first_frame, settled, last_render, loaded, vmhwm_kb;
  guint timeout_id;

  tend_history_remove (run);
  if (config->years >= 0)
    copy_journal (config->history, journal);
  /* The copy is written out now, not by the kernel while the program starts: a person's
   * journal has long been on disk when they open it. */
  sync ();
  g_usleep (G_USEC_PER_SEC / 10);
  g_mkdir_with_parents (gtk_config, 0700);
  /* The editor's blinking cursor would be drawn every half second or so for as long as it
   * blinks: that is the editor being there, not the start-up settling. */
  if (!g_file_set_contents (gtk_settings, "[Settings]\ngtk-cursor-blink=false\n", -1, &error))
    g_error ("writing %s: %s", gtk_settings, error->message);
  g_mkdir_with_parents (state, 0700);
  g_mkdir_with_parents (cache, 0700);

  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config_home, TRUE);
  env = g_environ_setenv (env, "XDG_STATE_HOME", state, TRUE);
  /* Shared by the runs, as a person's font and shader caches outlive one launch. */
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "TEND_TIMING", "quit", TRUE);
  if (!a11y)
    env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_environ (launcher, env);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    g_error ("starting %s: %s", argv[0], error->message);

  timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, process);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicate_cb, &output);
  while (output == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!g_subprocess_wait_check (process, NULL, &error))
    g_error ("%s (%s): %s\n%s", argv[0], config->name, error->message, output);
  g_source_remove (timeout_id);

  /* Anything else the program said (warnings) is passed on. */
  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], "tend-timing "))
      g_printerr ("%s\n", lines[i]);

  first_frame = timing_value (output, "first-frame");
  settled = timing_value (output, "settled");
  last_render = timing_value (output, "last-render");
  loaded = timing_value (output, "loaded");
  vmhwm_kb = timing_value (output, "vmhwm-kb");
  if (first_frame < 0 || settled < 0 || last_render < 0 || vmhwm_kb < 0 ||
      (config->years >= 0 && loaded < 0))
    g_error ("%s (%s) did not report its timing:\n%s", argv[0], config->name, output);

  sample->first_frame_ms = (first_frame - start) / 1000.0;
  sample->settled_ms = (settled - start) / 1000.0;
  sample->last_render_ms = (last_render - start) / 1000.0;
  /* Frames after the first: those that changed what the window shows, and all. */
  sample->redraws = -1;
  sample->frames = -1;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "tend-timing drawn "))
        sample->redraws++;
      if (g_str_has_prefix (lines[i], "tend-timing rendered "))
        sample->frames++;
    }
  sample->loaded_ms = config->years >= 0 ? (loaded - start) / 1000.0 : 0;
  sample->rss_mb = vmhwm_kb / 1024.0;

  if (config->years >= 0)
    check_unlocked (journal);
  tend_history_remove (run);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 10;
  GOptionEntry options[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured runs of each history (10)", "N" },
    { "a11y", 0, 0, G_OPTION_ARG_NONE, &a11y, "Keep accessibility on", NULL },
    { NULL }
  };
  Config configs[] = {
    { "floor", -1 },
    { "empty", 0 },
    { "1y", 1 },
    { "10y", 10 },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_build_filename (g_get_user_cache_dir (), "tend-startup", NULL);
  g_autofree char *base = NULL;
  const char *renderer;
  double floor_settled_ms;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("usage: tend-startup [--runs N] [--a11y]\n");
      return 2;
    }

  /* Every run draws with the renderer the environment names; cairo unless told. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  renderer = g_getenv ("GSK_RENDERER");

  /* On a real disk, not a tmpfs: reading the journal costs what it costs a person. */
  g_mkdir_with_parents (parent, 0700);
  base = g_mkdtemp (g_build_filename (parent, "XXXXXX", NULL));
  if (base == NULL)
    g_error ("creating a folder in %s: %s", parent, g_strerror (errno));

  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    {
      configs[c].first_frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].settled_ms = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].redraws = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].frames = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].last_render_ms = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].loaded_ms = g_array_new (FALSE, FALSE, sizeof (double));
      configs[c].rss_mb = g_array_new (FALSE, FALSE, sizeof (double));
      if (configs[c].years > 0)
        {
          g_autofree char *name = g_strdup_printf ("history-%s", configs[c].name);

          configs[c].history = g_build_filename (base, name, NULL);
          tend_history_generate (configs[c].history, configs[c].years);
        }
    }

  /* Round 0 warms caches and is not counted; the histories take turns so that a busy moment
   * on a shared machine falls on all of them alike. */
  for (int round = 0; round <= runs; round++)
    for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
      {
        Sample sample;

        run_once (&configs[c], base, &sample);
        if (round == 0)
          continue;
        g_array_append_val (configs[c].first_frame_ms, sample.first_frame_ms);
        g_array_append_val (configs[c].settled_ms, sample.settled_ms);
        g_array_append_val (configs[c].redraws, sample.redraws);
        g_array_append_val (configs[c].frames, sample.frames);
        g_array_append_val (configs[c].last_render_ms, sample.last_render_ms);
        g_array_append_val (configs[c].loaded_ms, sample.loaded_ms);
        g_array_append_val (configs[c].rss_mb, sample.rss_mb);
      }

  floor_settled_ms = median (configs[0].settled_ms);
  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    {
      Config *config = &configs[c];
      double settled_ms = median (config->settled_ms);

      if (config->years < 0)
        g_print ("history=%s renderer=%s first_frame_ms=%.1f settled_ms=%.1f redraws=%.0f "
                 "frames=%.0f last_render_ms=%.1f rss_mb=%.1f runs=%d\n",
                 config->name, renderer, median (config->first_frame_ms), settled_ms,
                 median (config->redraws), median (config->frames),
                 median (config->last_render_ms), median (config->rss_mb), runs);
      else
        g_print ("history=%s renderer=%s first_frame_ms=%.1f settled_ms=%.1f "
                 "settled_vs_floor=%.2f redraws=%.0f frames=%.0f last_render_ms=%.1f "
                 "loaded_ms=%.1f rss_mb=%.1f runs=%d\n",
                 config->name, renderer, median (config->first_frame_ms), settled_ms,
                 settled_ms / floor_settled_ms, median (config->redraws),
                 median (config->frames), median (config->last_render_ms),
                 median (config->loaded_ms), median (config->rss_mb), runs);

      g_array_unref (config->first_frame_ms);
      g_array_unref (config->settled_ms);
      g_array_unref (config->redraws);
      g_array_unref (config->frames);
      g_array_unref (config->last_render_ms);
      g_array_unref (config->loaded_ms);
      g_array_unref (config->rss_mb);
      g_free (config->history);
    }

  tend_history_remove (base);

  return 0;
}
