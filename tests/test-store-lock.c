/* test-store-lock.c — opening a journal: one Tend at a time, whatever happens to the files
 * beside the months.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-paths.h"
#include "tend-store.h"
#include "tend-test-records.h"

/* A temporary journal folder. */
typedef TendTestDir Fixture;

#define fixture_setup tend_test_dir_setup
#define fixture_teardown tend_test_dir_teardown

static TendStore *
open_store (const char *dir)
{
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 12, 0);

  return tend_test_open_store (dir, now);
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

/* Why the journal could not be opened stays known, for a grounding exercise to say it will not
 * be recorded; it is gone once the journal opens. */
static void
test_open_error (Fixture       *f,
                 gconstpointer  data)
{
  TendStore *first = open_store (f->dir);
  g_autoptr(TendStore) second = tend_store_new (f->dir);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);

  g_assert_null (tend_store_get_open_error (second));
  g_assert_false (tend_store_load_recent (second, now, NULL));
  g_assert_error ((GError *) tend_store_get_open_error (second), TEND_STORE_ERROR,
                  TEND_STORE_ERROR_LOCKED);
  g_assert_null (tend_store_get_open_error (first));

  g_assert_finalize_object (first);
  g_assert_true (tend_store_load_recent (second, now, NULL));
  g_assert_null (tend_store_get_open_error (second));
}

static void
plant (const char *dir,
       const char *name,
       const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static gboolean
exists (const char *dir,
        const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

/* What g_file_set_contents_full() leaves when a write is cut short goes, under the lock and
 * only that: nothing else that merely looks like it. */
static void
test_leftover_temp_files (Fixture       *f,
                          gconstpointer  data)
{
  static const char * const leftovers[] = { "2026-11.json.Ab3xY9", "2025-01.json.ZZZZZZ" };
  static const char * const kept[] = {
    "2026-11.json.abc", "2026-11.json.Ab3x-9", "2026-11.json.Ab3xY9Z", "2026-13.json.Ab3xY9",
    "notes.json.Ab3xY9", "2026-11.json.bak", "2026-11.json~", "2026-11.jsonAAb3xY9",
  };
  g_autofree char *outside_dir = g_dir_make_tmp ("tend-outside-XXXXXX", NULL);
  g_autofree char *outside = g_build_filename (outside_dir, "target", NULL);
  g_autofree char *link = g_build_filename (f->dir, "2026-10.json.Qw12Er", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "2026-09.json.Qw12Er", NULL);
  g_autofree char *damaged = g_build_filename (f->dir, "damaged", NULL);
  g_autoptr(GDateTime) now = tend_test_time ("2026-11-24", 13, 0);
  g_autoptr(GError) error = NULL;
  TendStore *first;
  g_autoptr(TendStore) second = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    plant (f->dir, leftovers[i], "words deleted since");
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    plant (f->dir, kept[i], "not ours to remove");
  plant (outside_dir, "target", "someone else's file");
  g_assert_cmpint (symlink (outside, link), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (damaged, 0700), ==, 0);
  plant (damaged, "2026-08.json.Qw12Er", "kept aside");

  first = open_store (f->dir);
  for (guint i = 0; i < G_N_ELEMENTS (leftovers); i++)
    g_assert_false (exists (f->dir, leftovers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    g_assert_true (exists (f->dir, kept[i]));
  g_assert_true (exists (f->dir, "2026-10.json.Qw12Er"));
  g_assert_true (exists (outside_dir, "target"));
  g_assert_true (exists (f->dir, "2026-09.json.Qw12Er"));
  g_assert_true (exists (damaged, "2026-08.json.Qw12Er"));

  /* A second Tend, which does not get the lock, removes nothing: the first may be writing. */
  plant (f->dir, leftovers[0], "a write under way");
  second = tend_store_new (f->dir);
  g_assert_false (tend_store_load_recent (second, now, &error));
  g_assert_error (error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED);
  g_assert_true (exists (f->dir, leftovers[0]));

  g_assert_finalize_object (first);
  tend_test_remove_tree (outside_dir);
}

static guint
mode_of (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* A journal made by an older Tend, or copied, may be open to others; it becomes private when
 * opened. What is not the journal's stays as it is. */
static void
test_private_modes (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *damaged = g_build_filename (f->dir, "damaged", NULL);
  g_autofree char *month = g_build_filename (f->dir, "2026-11.json", NULL);
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  TendStore *store;

  {
    TendStore *maker = open_store (f->dir);
    g_autoptr(TendEntry) entry = tend_test_entry ("2026-11-24", "private words");

    g_assert_true (tend_store_add_entry (maker, entry, NULL));
    tend_store_flush (maker);
    g_assert_finalize_object (maker);
  }
  g_assert_cmpint (g_mkdir (damaged, 0755), ==, 0);
  plant (damaged, "2026-10.json.20261101-101010", "kept aside");
  plant (f->dir, "notes.txt", "the person's own file");
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (damaged, 0755), ==, 0);
  g_assert_cmpint (g_chmod (month, 0644), ==, 0);
  g_assert_cmpint (g_chmod (notes, 0644), ==, 0);
  {
    g_autofree char *copy = g_build_filename (damaged, "2026-10.json.20261101-101010", NULL);

    g_assert_cmpint (g_chmod (copy, 0644), ==, 0);
  }

  store = open_store (f->dir);
  g_assert_cmpuint (mode_of (f->dir, "."), ==, 0700);
  g_assert_cmpuint (mode_of (f->dir, "2026-11.json"), ==, 0600);
  g_assert_cmpuint (mode_of (f->dir, "damaged"), ==, 0700);
  g_assert_cmpuint (mode_of (damaged, "2026-10.json.20261101-101010"), ==, 0600);
  g_assert_cmpuint (mode_of (f->dir, "notes.txt"), ==, 0644);
  g_assert_finalize_object (store);
}

/* Tend's data folder is tightened too, never the user's data directory around it. */
static void
test_private_data_dir (void)
{
  g_autofree char *data_dir = tend_paths_get_data_dir ();
  const char *user_data = g_get_user_data_dir ();

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (user_data, 0755), ==, 0);
  g_assert_cmpint (g_chmod (data_dir, 0755), ==, 0);

  tend_paths_make_data_dir_private ();
  g_assert_cmpuint (mode_of (data_dir, "."), ==, 0700);
  g_assert_cmpuint (mode_of (user_data, "."), ==, 0755);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/tend/store-lock/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("deleted-lock-file", test_deleted_lock_file);
  ADD ("open-error", test_open_error);
  ADD ("leftover-temp-files", test_leftover_temp_files);
  ADD ("private-modes", test_private_modes);
#undef ADD
  g_test_add_func ("/tend/store-lock/private-data-dir", test_private_data_dir);

  return g_test_run ();
}
