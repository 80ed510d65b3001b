/* tend-save-file.c — asking where a file should go, the same way for every export.
 *
 * Through GtkFileDialog, so that inside Flatpak the portal asks and lends Tend that one file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-save-file.h"

typedef struct
{
  GtkWidget      *owner;
  TendFileChosen  chosen;
} Asking;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Asking *asking = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    asking->chosen (asking->owner, file, NULL);
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    asking->chosen (asking->owner, NULL, error);

  g_object_unref (asking->owner);
  g_free (asking);
}

/**
 * tend_save_file_ask:
 * @owner: the dialog asking; its window is the chooser's parent
 * @filter: the one kind of file offered
 *
 * Asks where to save, then calls @chosen. With TEND_TEST_FILE set (for the end-to-end tests
 * only: the chooser runs in another process, the portal, that they cannot drive) the file is
 * that path, without asking.
 */
void
tend_save_file_ask (GtkWidget      *owner,
                    const char     *title,
                    const char     *initial_name,
                    GtkFileFilter  *filter,
                    TendFileChosen  chosen)
{
  const char *test_file = g_getenv ("TEND_TEST_FILE");
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListStore) filters = NULL;
  Asking *asking;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (GTK_IS_FILE_FILTER (filter));
  g_return_if_fail (chosen != NULL);

  if (test_file != NULL && *test_file != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (test_file);

      chosen (owner, file, NULL);
      return;
    }

  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, filter);

  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_initial_name (dialog, initial_name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);

  asking = g_new (Asking, 1);
  asking->owner = g_object_ref (owner);
  asking->chosen = chosen;
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (owner)), NULL, saved_cb,
                        asking);
}
