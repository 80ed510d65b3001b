/* fuzz-backup.c — libFuzzer over reading a backup and previewing its import.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>

#include "tend-backup.h"

#define FILE_NAME "tend-backup.json"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* An empty journal, loaded once, for the preview: it lives as long as the process. */
static TendStore *empty_store;

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, NULL))
    g_error ("An empty journal did not load");
  *done = TRUE;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("tend-fuzz-backup-XXXXXX", NULL);
  g_autofree char *lock = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean done = FALSE;

  /* A critical or a warning is a bug as well: abort, so libFuzzer keeps the input. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  g_assert (dir != NULL);
  empty_store = tend_store_new (dir);
  if (!tend_store_load_recent (empty_store, now, NULL))
    g_error ("An empty journal did not open");
  tend_store_load_all_async (empty_store, NULL, load_all_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  /* The preview never writes, so the folder is only needed while loading: nothing is left
   * behind in /tmp by a run that ends with exit(). */
  lock = g_build_filename (dir, ".lock", NULL);
  g_unlink (lock);
  g_rmdir (dir);

  return 0;
}

/* Whatever the bytes, reading either fails with a message that names the file, or gives a
 * backup whose preview against an empty journal finds only new records. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendBackup) backup = NULL;
  TendImportPreview preview;

  backup = tend_backup_new_from_bytes (bytes, FILE_NAME, &error);
  if (backup == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == TEND_BACKUP_ERROR || error->domain == TEND_MONTH_FILE_ERROR);
      g_assert (g_str_has_prefix (error->message, FILE_NAME ": "));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert (error == NULL);
  g_assert (tend_backup_get_exported (backup) != NULL);

  tend_backup_preview (backup, empty_store, &preview);
  g_assert (preview.changed_entries == 0 && preview.unchanged_entries == 0);
  g_assert (preview.removed_entries == 0);
  g_assert (preview.changed_sessions == 0 && preview.unchanged_sessions == 0);
  g_assert (preview.removed_sessions == 0);
  g_assert (preview.new_entries + preview.new_sessions <= tend_backup_get_n_records (backup));

  return 0;
}
