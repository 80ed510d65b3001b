/* tend-records-error.c — the error domain of reading and writing records, and the words that
 * tell the person why a save failed.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "tend-records-error.h"

G_DEFINE_QUARK (tend-month-file-error-quark, tend_month_file_error)

/**
 * tend_save_error_describe:
 *
 * Why a save failed, as one sentence for the person: in their words where we know the reason
 * (a full disk, a read-only one, a folder Tend may not write to), the system's message
 * otherwise. The journal's banner, the question before closing and the safety plan's page
 * all say it the same way.
 */
char *
tend_save_error_describe (const GError *error)
{
  if (error == NULL)
    return g_strdup (_("Tend could not save your latest words."));

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return g_strdup (_("Tend could not save your latest words: the disk is full."));
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ROFS) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return g_strdup (_("Tend could not save your latest words: the disk is read-only."));
  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
      g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("Tend could not save your latest words: it is not allowed to write to "
                       "its folder."));

  /* Translators: %s is the system's reason, e.g. “Input/output error”. */
  return g_strdup_printf (_("Tend could not save your latest words: %s"), error->message);
}
