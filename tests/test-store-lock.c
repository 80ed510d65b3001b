/* test-store-lock.c — opening a journal: one Tend at a time, whatever happens to the files
 * beside the months.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tend-store.h"
#include "tend-test-records.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("tend-store-lock-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  tend_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TendStore *
open_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);
  TendStore *store = tend_store_new (dir);

  g_assert_true (tend_store_load_recent (store, now, &error));
  g_assert_no_error (error);

  return store;
}

/* ------------------------------------------------------------------------------------------ */

/* Someone deletes .lock while a Tend has the journal: a second one still may not open it, nor
 * write a byte into it. */
static void
test_deleted_lock_file (Fixture       *f,
                        gconstpointer  data)
{
  TendStore *first = open_store (f->dir);
  g_autoptr(TendStore) second = tend_store_new (f->dir);
  g_autoptr(TendEntry) kept = tend_test_entry ("2026-11-24", "the first one's words");
  g_autoptr(TendEntry) stray = tend_test_entry ("2026-11-24", "words from a second Tend");
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);
  g_autofree char *lock_path = g_build_filename (f->dir, ".lock", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (tend_store_add_entry (first, kept, NULL));
  tend_store_flush (first);

  /* Whatever stands for the lock on disk, a file that can be deleted must not be it. */
  g_remove (lock_path);
  before = tend_test_snapshot_tree (f->dir, TRUE);

  g_assert_false (tend_store_load_recent (second, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (tend_store_add_entry (second, stray, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  tend_store_flush (second);

  after = tend_test_snapshot_tree (f->dir, TRUE);
  g_assert_cmpstr (after, ==, before);

  /* The first one still writes, and once it is gone the second one opens. */
  tend_entry_set_text (kept, "the first one's words, changed");
  g_assert_true (tend_store_update_entry (first, kept, NULL));
  tend_store_flush (first);
  g_assert_finalize_object (first);
  g_assert_true (tend_store_load_recent (second, now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tend_store_get_entries (second)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/tend/store-lock/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("deleted-lock-file", test_deleted_lock_file);
#undef ADD

  return g_test_run ();
}
