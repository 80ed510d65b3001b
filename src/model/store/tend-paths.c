/* tend-paths.c — where Tend keeps its data and the journal, and keeping that folder private.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-paths.h"

/**
 * tend_paths_get_data_dir:
 *
 * Returns: Tend's folder in the user's data directory. Inside the Flatpak sandbox GLib points
 *   it at `~/.var/app/<app id>/data/tend`.
 */
char *
tend_paths_get_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "tend", NULL);
}

/**
 * tend_paths_get_journal_dir:
 *
 * Returns: the folder that holds one JSON file per month (DESIGN.md, Data).
 */
char *
tend_paths_get_journal_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "tend", "journal", NULL);
}

/**
 * tend_paths_get_safety_plan_path:
 *
 * Returns: the person's safety plan, beside the journal folder (README.md, "Files").
 *
 * $XDG_DATA_HOME/tend/safety-plan.json
 */
char *
tend_paths_get_safety_plan_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tend", "safety-plan.json", NULL);
}

/**
 * tend_paths_make_data_dir_private:
 *
 * Takes group and other permissions away from Tend's data folder when it already has them (an
 * older Tend made it 0755, or it was copied), so that it is 0700 like every folder Tend makes.
 * The user's data directory that holds it is never touched; the store does the same for the
 * journal inside.
 */
void
tend_paths_make_data_dir_private (void)
{
  g_autofree char *dir = tend_paths_get_data_dir ();
  GStatBuf st;

  if (g_lstat (dir, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_uid != geteuid () ||
      (st.st_mode & 077) == 0)
    return;

  if (g_chmod (dir, 0700) != 0)
    g_debug ("Could not make %s private: %s", dir, g_strerror (errno));
}
