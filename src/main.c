/* main.c — Tend's entry point: sets up translations and runs TendApplication.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tend-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TendApplication) app = NULL;
  const char *localedir;

  /* Uninstalled runs (build-aux/dev) point at the catalogs in the build dir. */
  localedir = g_getenv ("TEND_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = tend_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
