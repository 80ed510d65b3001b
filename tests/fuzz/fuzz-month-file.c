/* fuzz-month-file.c — libFuzzer over reading and writing a month file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "tend-month-file.h"

#define FILE_NAME "2026-11.json"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug as well: abort, so libFuzzer keeps the input. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  return 0;
}

/* Whatever the bytes, reading either fails with a message that names the file, or gives a
 * month that writes, reads back, and writes again to the very same bytes. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) month = NULL;
  g_autoptr(TendMonthFile) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  const char *text;
  gsize length;

  month = tend_month_file_new_from_bytes (bytes, FILE_NAME, &error);
  if (month == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->domain == TEND_MONTH_FILE_ERROR);
      g_assert (error->code != TEND_MONTH_FILE_ERROR_READ_ONLY);
      g_assert (g_str_has_prefix (error->message, FILE_NAME ": "));
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert (error == NULL);

  written = tend_month_file_to_bytes (month, &error);
  if (tend_month_file_is_read_only (month))
    {
      g_assert (written == NULL);
      g_assert (g_error_matches (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_READ_ONLY));
      return 0;
    }
  if (written == NULL)
    g_error ("A month that was read cannot be written: %s", error->message);

  text = g_bytes_get_data (written, &length);
  g_assert (length > 0 && text[length - 1] == '\n');

  again = tend_month_file_new_from_bytes (written, FILE_NAME, &error);
  if (again == NULL)
    g_error ("A month that was written cannot be read back: %s", error->message);

  g_assert (tend_month_file_get_entries (again)->len == tend_month_file_get_entries (month)->len);
  g_assert (tend_month_file_get_sessions (again)->len ==
            tend_month_file_get_sessions (month)->len);
  g_assert (tend_month_file_get_deleted (again)->len == tend_month_file_get_deleted (month)->len);

  rewritten = tend_month_file_to_bytes (again, &error);
  if (rewritten == NULL)
    g_error ("A month read back cannot be written again: %s", error->message);
  if (!g_bytes_equal (written, rewritten))
    g_error ("Writing a month twice gives different bytes:\n%.*s\n---\n%.*s",
             (int) g_bytes_get_size (written), (const char *) g_bytes_get_data (written, NULL),
             (int) g_bytes_get_size (rewritten), (const char *) g_bytes_get_data (rewritten, NULL));

  return 0;
}
