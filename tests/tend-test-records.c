/* tend-test-records.c
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-test-records.h"

GDateTime *
tend_test_time (const char *day,
                int         hour,
                int         minute)
{
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_time_new_local (y, m, d, hour, minute, 0);
}

TendEntry *
tend_test_entry (const char *day,
                 const char *format,
                 ...)
{
  g_autoptr(GDateTime) created = tend_test_time (day, 10, 0);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *text = NULL;
  TendEntry *entry;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  entry = tend_entry_new (id, created);
  tend_entry_set_day (entry, day);
  tend_entry_set_text (entry, text);

  return entry;
}

void
tend_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        tend_test_remove_tree (child);
      }

  g_remove (path);
}

void
tend_test_count (guint *counter)
{
  (*counter)++;
}
