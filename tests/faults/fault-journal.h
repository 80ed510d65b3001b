/* fault-journal.h — a journal on disk to break, and the store opened on it as the app does.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-store.h"

G_BEGIN_DECLS

/* The day every fault test opens its journal on. */
#define FAULT_TODAY "2026-11-24"

/* What TendStore::damaged said, once per emission. */
typedef struct {
  char *month;
  char *moved_to;
  char *message;
} FaultDamage;

typedef struct {
  char      *dir;
  TendStore *store;
  GPtrArray *damage;  /* of FaultDamage */
} FaultJournal;

FaultJournal *fault_journal_new       (void);
/* A journal in PARENT/journal, on whatever disk PARENT is (a small tmpfs, say). */
FaultJournal *fault_journal_new_in    (const char   *parent);
void          fault_journal_free      (FaultJournal *journal);

/* DIR/YYYY-MM.json */
char         *fault_journal_path      (FaultJournal *journal,
                                       const char   *month) G_GNUC_WARN_UNUSED_RESULT;

/* Writes one entry a day through a store of its own, as Tend writes them, and closes it. */
void          fault_journal_write     (FaultJournal       *journal,
                                       const char * const *days);

/* Opens the journal as the app starts: reading ahead, then the recent months; then, with
 * load_all, every other month. Each step must end within a few seconds, or the test bails
 * out: a hang is the fault these tests look for. */
void          fault_journal_open      (FaultJournal *journal);
/* The same for a protected journal: unlocked with @secret first (NULL: not protected). */
void          fault_journal_open_with (FaultJournal *journal,
                                       const char   *secret);
void          fault_journal_load_all  (FaultJournal *journal);
/* Saves what is pending, waits for it, and drops the store. */
void          fault_journal_close     (FaultJournal *journal);

/* The entry written by fault_journal_write() for @day, or NULL. */
TendEntry    *fault_journal_find_day  (FaultJournal *journal,
                                       const char   *day);
/* How many times @month was reported damaged. */
guint         fault_journal_count_damage (FaultJournal *journal,
                                          const char   *month);
const FaultDamage *fault_journal_get_damage (FaultJournal *journal,
                                             const char   *month);

/* A mount namespace of this process's own, where it may mount: call it before any thread
 * starts. Returns why there is none (for g_test_skip()), or NULL. */
char         *fault_enter_mount_namespace (void) G_GNUC_WARN_UNUSED_RESULT;
/* A tmpfs of @size ("1m") on @path; FALSE with why not in @reason. */
gboolean      fault_mount_tmpfs       (const char   *path,
                                       const char   *size,
                                       char        **reason);
/* Fills the disk that holds @path with a file @path/filler, until it takes no more. */
void          fault_fill_disk         (const char   *path);
/* Removes @path/filler: the disk has room again. */
void          fault_free_disk         (const char   *path);
/* Turns the folder @path read-only from now on, as a disk remounted read-only (a bind mount
 * over itself); FALSE with why not in @reason. */
gboolean      fault_bind_read_only    (const char   *path,
                                       char        **reason);
/* Lets @path be written again. */
void          fault_unbind            (const char   *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FaultJournal, fault_journal_free)

G_END_DECLS
