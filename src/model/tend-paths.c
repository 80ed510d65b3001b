/* tend-paths.c
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
