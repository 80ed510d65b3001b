/* fault-duplicate-members.c — months with a member twice, as a sync conflict merged by hand
 * makes them: kept aside byte for byte and reported, never half read and saved over.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fault-journal.h"

#define ENTRY(id, day, text) \
  "{\"id\":\"" id "\",\"created\":\"" day "T09:00:00Z\",\"updated\":\"" day "T09:00:00Z\"," \
  "\"day\":\"" day "\",\"text\":\"" text "\"}"

/* Two copies of October merged by hand: each side's entries kept under its own "entries".
 * json-glib would keep only the second list, and the first save would drop the first. */
static const char october[] =
  "{\n"
  "  \"format\": \"tend-journal\",\n"
  "  \"version\": 1,\n"
  "  \"month\": \"2026-10\",\n"
  "  \"entries\": [" ENTRY ("c0ffee00-0000-4000-8000-000000000001", "2026-10-03",
                           "written on the laptop") "],\n"
  "  \"grounding\": [],\n"
  "  \"deleted\": [],\n"
  "  \"entries\": [" ENTRY ("c0ffee00-0000-4000-8000-000000000002", "2026-10-04",
                           "written on the phone") "]\n"
  "}\n";

/* An older month where one entry has its text twice. */
static const char march[] =
  "{\"format\":\"tend-journal\",\"version\":1,\"month\":\"2025-03\",\"entries\":["
  "{\"id\":\"c0ffee00-0000-4000-8000-000000000003\",\"created\":\"2025-03-02T09:00:00Z\","
  "\"updated\":\"2025-03-02T09:00:00Z\",\"day\":\"2025-03-02\",\"text\":\"first words\","
  "\"text\":\"second words\"}]}";

static void
assert_kept_aside (FaultJournal *journal,
                   const char   *month,
                   const char   *contents,
                   const char   *member)
{
  const FaultDamage *damage = fault_journal_get_damage (journal, month);
  g_autofree char *damaged_dir = g_build_filename (journal->dir, "damaged", NULL);
  g_autofree char *kept = NULL;
  gsize length;

  g_assert_cmpuint (fault_journal_count_damage (journal, month), ==, 1);
  g_assert_nonnull (damage);
  /* The window shows this message: it names the file and the member. */
  g_assert_nonnull (strstr (damage->message, member));
  g_assert_nonnull (strstr (damage->message, "appears twice"));

  g_assert_true (g_str_has_prefix (damage->moved_to, damaged_dir));
  g_assert_true (g_file_get_contents (damage->moved_to, &kept, &length, NULL));
  g_assert_cmpmem (kept, length, contents, strlen (contents));
}

static void
test_duplicate_members (void)
{
  static const char * const days[] = {
    "2026-11-20", "2026-10-01", "2025-03-09", "2025-01-15", NULL,
  };
  g_autoptr(FaultJournal) journal = fault_journal_new ();
  g_autofree char *october_path = fault_journal_path (journal, "2026-10");
  g_autofree char *march_path = fault_journal_path (journal, "2025-03");

  fault_journal_write (journal, days);
  g_assert_true (g_file_set_contents (october_path, october, -1, NULL));
  g_assert_true (g_file_set_contents (march_path, march, -1, NULL));

  /* October is a recent month: reported before the window shows. */
  fault_journal_open (journal);
  g_assert_cmpuint (journal->damage->len, ==, 1);
  assert_kept_aside (journal, "2026-10", october, "2026-10.json: entries:");
  g_assert_false (g_file_test (october_path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (fault_journal_find_day (journal, "2026-11-20"));
  g_assert_null (fault_journal_find_day (journal, "2026-10-04"));

  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, 2);
  assert_kept_aside (journal, "2025-03", march, "2025-03.json: entries[0].text:");
  g_assert_false (g_file_test (march_path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (fault_journal_find_day (journal, "2025-01-15"));
  g_assert_null (fault_journal_find_day (journal, "2025-03-02"));

  /* Writing in October now starts a new file; both sides of the conflict stay aside. */
  {
    g_autoptr(TendEntry) entry = tend_entry_new (NULL, NULL);
    g_autoptr(GError) error = NULL;

    tend_entry_set_day (entry, "2026-10-20");
    tend_entry_set_text (entry, "a new page");
    g_assert_true (tend_store_add_entry (journal->store, entry, &error));
    g_assert_no_error (error);
  }
  fault_journal_close (journal);
  assert_kept_aside (journal, "2026-10", october, "entries");
  g_assert_true (g_file_test (october_path, G_FILE_TEST_IS_REGULAR));

  /* Nothing is reported twice: the next start finds only whole months. */
  g_ptr_array_set_size (journal->damage, 0);
  fault_journal_open (journal);
  fault_journal_load_all (journal);
  g_assert_cmpuint (journal->damage->len, ==, 0);
  g_assert_nonnull (fault_journal_find_day (journal, "2026-10-20"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/faults/duplicate-members", test_duplicate_members);

  return g_test_run ();
}
