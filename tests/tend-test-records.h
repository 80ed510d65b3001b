/* tend-test-records.h — small helpers for model tests.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-entry.h"
#include "tend-store.h"

G_BEGIN_DECLS

/* Local time on @day ("YYYY-MM-DD") at @hour:@minute. */
GDateTime *tend_test_time        (const char *day,
                                  int         hour,
                                  int         minute) G_GNUC_WARN_UNUSED_RESULT;
/* An entry on @day, created that morning, with the formatted text. */
TendEntry *tend_test_entry       (const char *day,
                                  const char *format,
                                  ...) G_GNUC_PRINTF (2, 3) G_GNUC_WARN_UNUSED_RESULT;
void       tend_test_remove_tree (const char *path);
/* A signal handler that counts: connect swapped with a guint * as data. */
void       tend_test_count       (guint      *counter);
/* Every file and folder under @path, with its mode if @modes, and each file's checksum, one a
 * line, sorted: two snapshots are equal when nothing under @path changed. */
char      *tend_test_snapshot_tree (const char *path,
                                    gboolean    modes) G_GNUC_WARN_UNUSED_RESULT;

/* A store on @dir with its recent months read, as the app opens it on @today (NULL: now). */
TendStore *tend_test_open_store  (const char *dir,
                                  GDateTime  *today) G_GNUC_WARN_UNUSED_RESULT;
/* Reads every month of @store, waiting on the main context until it is done. */
void       tend_test_load_all    (TendStore  *store);

GBytes    *tend_test_read_bytes  (const char *path) G_GNUC_WARN_UNUSED_RESULT;
gboolean   tend_test_tree_contains (const char *path,
                                    const char *needle);
void       tend_test_read_lines  (int         fd,
                                  GString    *buffer,
                                  GPtrArray  *lines,
                                  int         timeout_ms);

/* Protection, waited for on the main context: each asserts it worked, except unlock, check
 * and the try_ and set_ ones, which return the error. Protecting and unprotecting end once every
 * month is converted, or at the first month that could not be written. */
void       tend_test_protect     (TendStore  *store,
                                  const char *passphrase,
                                  const char *recovery_code);
void       tend_test_unprotect   (TendStore  *store);
gboolean   tend_test_try_protect (TendStore  *store,
                                  const char *passphrase,
                                  const char *recovery_code,
                                  GError    **error);
gboolean   tend_test_try_unprotect (TendStore *store,
                                    GError   **error);
gboolean   tend_test_set_passphrase (TendStore  *store,
                                     const char *passphrase,
                                     GError    **error);
gboolean   tend_test_unlock      (TendStore  *store,
                                  const char *secret,
                                  GError    **error);
gboolean   tend_test_check_secret (TendStore  *store,
                                   const char *secret,
                                   GError    **error);
void       tend_test_wait_converted (TendStore *store);

/* A GTest fixture that is a private temporary folder, removed with all it holds. */
typedef struct {
  char *dir;
} TendTestDir;

void       tend_test_dir_setup    (TendTestDir   *f,
                                   gconstpointer  data);
void       tend_test_dir_teardown (TendTestDir   *f,
                                   gconstpointer  data);

G_END_DECLS
