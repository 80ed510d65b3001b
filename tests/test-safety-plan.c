/* test-safety-plan.c — the safety plan and its file, safety-plan.json.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "tend-backup.h"
#include "tend-safety-plan-store.h"
#include "tend-therapist-summary.h"
#include "tend-safety-plan.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tend-plan-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_chmod (path, 0700);
  g_remove (path);
}

static TendSafetyPlan *
filled_plan (void)
{
  TendSafetyPlan *plan = tend_safety_plan_new ();

  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_WARNING_SIGNS, "I stop answering messages",
                             NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_WARNING_SIGNS, "Nächte ohne Schlaf", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_ON_MY_OWN, "A hot shower", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_AND_PLACES, "The library", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "Sam", "+44 7700 900123");
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PROFESSIONALS, "Dr Rivera",
                             "020 7946 0000");
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_SAFER_SPACE, "Pills at a friend's", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_REASONS, "My cat, \"Miso\"", NULL);

  return plan;
}

static GBytes *
to_bytes (TendSafetyPlan *plan)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tend_safety_plan_to_bytes (plan, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static void
test_round_trip (void)
{
  g_autoptr(TendSafetyPlan) plan = filled_plan ();
  g_autoptr(TendSafetyPlan) back = NULL;
  g_autoptr(GBytes) bytes = to_bytes (plan);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  const char *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpint (data[size - 1], ==, '\n');
  g_assert_true (json_parser_load_from_data (parser, data, size, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "tend-safety-plan");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_true (json_object_has_member (root, "updated"));
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (root, "warning_signs"), 1),
                   ==, "Nächte ohne Schlaf");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (root, "people_to_ask"), 0), "number"),
                   ==, "+44 7700 900123");

  back = tend_safety_plan_new_from_bytes (bytes, "safety-plan.json", &error);
  g_assert_no_error (error);
  g_assert_true (tend_safety_plan_equal (plan, back));
  g_assert_cmpstr (tend_safety_plan_get_text (back, TEND_SAFETY_PLAN_REASONS, 0), ==,
                   "My cat, \"Miso\"");
  g_assert_cmpstr (tend_safety_plan_get_text (back, TEND_SAFETY_PLAN_PROFESSIONALS, 0), ==,
                   "Dr Rivera");
  g_assert_cmpstr (tend_safety_plan_get_number (back, TEND_SAFETY_PLAN_PROFESSIONALS, 0), ==,
                   "020 7946 0000");

  /* Written again, the same bytes. */
  again = to_bytes (back);
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_empty_parts (void)
{
  g_autoptr(TendSafetyPlan) plan = tend_safety_plan_new ();
  g_autoptr(TendSafetyPlan) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *minimal_json = "{\"format\": \"tend-safety-plan\", \"version\": 1}";
  g_autoptr(GBytes) minimal = g_bytes_new_static (minimal_json, strlen (minimal_json));
  guint changed = 0;

  g_assert_true (tend_safety_plan_is_empty (plan));
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (count_cb), &changed);

  /* Rows the person added and left empty are not written. */
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_ON_MY_OWN, "", NULL);
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "  ", " ");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (tend_safety_plan_is_empty (plan));
  bytes = to_bytes (plan);
  back = tend_safety_plan_new_from_bytes (bytes, "safety-plan.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tend_safety_plan_get_n_items (back, TEND_SAFETY_PLAN_ON_MY_OWN), ==, 0);
  g_assert_cmpuint (tend_safety_plan_get_n_items (back, TEND_SAFETY_PLAN_PEOPLE_TO_ASK), ==, 0);
  g_clear_object (&back);

  /* Every part is optional. */
  back = tend_safety_plan_new_from_bytes (minimal, "safety-plan.json", &error);
  g_assert_no_error (error);
  g_assert_true (tend_safety_plan_is_empty (back));

  /* A number alone is kept: the person may add the name later. */
  tend_safety_plan_set_number (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0, "112");
  g_assert_false (tend_safety_plan_is_empty (plan));
  tend_safety_plan_remove_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0);
  g_assert_true (tend_safety_plan_is_empty (plan));
}

static void
assert_refused (const char *json,
                int         code,
                const char *words)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(TendSafetyPlan) plan = tend_safety_plan_new_from_bytes (bytes, "safety-plan.json",
                                                                     &error);

  g_assert_null (plan);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, code);
  g_assert_nonnull (strstr (error->message, "safety-plan.json"));
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("expected “%s” in “%s”", words, error->message);
}

static void
test_strict (void)
{
  assert_refused ("", TEND_MONTH_FILE_ERROR_EMPTY, NULL);
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 1, \"warning_",
                  TEND_MONTH_FILE_ERROR_SYNTAX, NULL);
  assert_refused ("{\"format\": \"tend-journal\", \"version\": 1}", TEND_MONTH_FILE_ERROR_FORMAT,
                  "format");
  assert_refused ("{\"version\": 1}", TEND_MONTH_FILE_ERROR_FORMAT, "format");
  assert_refused ("{\"format\": \"tend-safety-plan\"}", TEND_MONTH_FILE_ERROR_FORMAT, "version");
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 0}",
                  TEND_MONTH_FILE_ERROR_FORMAT, "version");
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 1, \"warning_signs\": \"x\"}",
                  TEND_MONTH_FILE_ERROR_FORMAT, "warning_signs");
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 1, \"reasons_to_stay\": [3]}",
                  TEND_MONTH_FILE_ERROR_FORMAT, "reasons_to_stay[0]");
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 1, "
                  "\"professionals\": [{\"name\": 3}]}",
                  TEND_MONTH_FILE_ERROR_FORMAT, "professionals[0].name");
  assert_refused ("{\"format\": \"tend-safety-plan\", \"version\": 1, \"on_my_own\": [], "
                  "\"on_my_own\": [\"a\"]}", TEND_MONTH_FILE_ERROR_FORMAT, "twice");
  assert_refused ("[]", TEND_MONTH_FILE_ERROR_FORMAT, NULL);
}

static void
test_newer_and_unknown (void)
{
  const char *newer = "{\"format\": \"tend-safety-plan\", \"version\": 2, "
                      "\"on_my_own\": [\"walk\"], \"colour\": \"blue\"}";
  const char *unknown = "{\"format\": \"tend-safety-plan\", \"version\": 1, "
                        "\"on_my_own\": [\"walk\"], \"colour\": \"blue\", "
                        "\"people_to_ask\": [{\"name\": \"Ana\", \"number\": \"1\", "
                        "\"note\": \"evenings\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (newer, strlen (newer));
  g_autoptr(GBytes) bytes2 = g_bytes_new_static (unknown, strlen (unknown));
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TendSafetyPlan) plan = NULL;

  plan = tend_safety_plan_new_from_bytes (bytes, "safety-plan.json", &error);
  g_assert_no_error (error);
  g_assert_true (tend_safety_plan_is_read_only (plan));
  g_assert_cmpstr (tend_safety_plan_get_text (plan, TEND_SAFETY_PLAN_ON_MY_OWN, 0), ==, "walk");
  g_assert_null (tend_safety_plan_to_bytes (plan, &error));
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_clear_object (&plan);

  /* What this version does not know is written back unchanged. */
  plan = tend_safety_plan_new_from_bytes (bytes2, "safety-plan.json", &error);
  g_assert_no_error (error);
  written = to_bytes (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL), "\"colour\": \"blue\""));
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL), "\"note\": \"evenings\""));
}

static gboolean
wait_flag (gpointer data)
{
  return *(gboolean *) data;
}

static void
unsaved_cb (GObject    *object,
            GParamSpec *pspec,
            gpointer    user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
run_until (gboolean *flag)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!wait_flag (flag) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  g_assert_true (*flag);
}

static void
test_store_saves (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "tend", "safety-plan.json", NULL);
  g_autoptr(TendSafetyPlanStore) store = tend_safety_plan_store_new (path);
  g_autoptr(TendSafetyPlanStore) again = NULL;
  g_autoptr(TendSafetyPlan) expected = filled_plan ();
  TendSafetyPlan *plan;
  GStatBuf st;

  plan = tend_safety_plan_store_get_plan (store);
  g_assert_true (tend_safety_plan_is_empty (plan));
  g_assert_null (tend_safety_plan_store_get_problem (store));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  tend_safety_plan_assign (plan, expected);
  tend_safety_plan_store_save (store);
  g_assert_true (tend_safety_plan_store_flush (store));
  g_assert_false (tend_safety_plan_store_get_unsaved (store));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = tend_safety_plan_store_new (path);
  g_assert_true (tend_safety_plan_equal (tend_safety_plan_store_get_plan (again), expected));
  g_assert_null (tend_safety_plan_store_get_problem (again));

  g_clear_object (&again);
  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_store_leftovers (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "safety-plan.json", NULL);
  g_autofree char *leftover = g_build_filename (dir, "safety-plan.json.Ab12Cd", NULL);
  g_autofree char *other = g_build_filename (dir, "safety-plan.json.keep-me", NULL);
  g_autoptr(TendSafetyPlanStore) locked = tend_safety_plan_store_new (path);
  g_autoptr(TendSafetyPlanStore) store = tend_safety_plan_store_new (path);

  g_assert_true (g_file_set_contents (leftover, "{\"format\": \"tend-safety-plan\"", -1, NULL));
  g_assert_true (g_file_set_contents (other, "mine", -1, NULL));

  /* Another Tend may be writing: nothing is touched. */
  tend_safety_plan_store_set_read_only (locked, TRUE);
  tend_safety_plan_store_load (locked);
  g_assert_true (g_file_test (leftover, G_FILE_TEST_EXISTS));

  /* The one that may write tidies what a write cut short left, and nothing else. */
  tend_safety_plan_store_load (store);
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  g_clear_object (&locked);
  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_store_damaged (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "safety-plan.json", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *kept_contents = NULL;
  g_autoptr(TendSafetyPlanStore) store = NULL;
  g_autoptr(TendSafetyPlanStore) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *damaged = "{\"format\": \"tend-safety-plan\", \"version\": 1, \"on_my_own\": [";
  TendSafetyPlan *plan;

  g_file_set_contents (path, damaged, -1, &error);
  g_assert_no_error (error);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*safety plan could not be read*");
  store = tend_safety_plan_store_new (path);
  plan = tend_safety_plan_store_get_plan (store);
  g_test_assert_expected_messages ();

  /* Kept aside, unchanged, and the person is told where. */
  g_assert_true (tend_safety_plan_is_empty (plan));
  g_assert_false (tend_safety_plan_store_get_read_only (store));
  kept = g_strdup (tend_safety_plan_store_get_damaged_path (store));
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, dir));
  g_assert_nonnull (strstr (kept, "/damaged/safety-plan.json."));
  g_assert_true (g_file_get_contents (kept, &kept_contents, NULL, NULL));
  g_assert_cmpstr (kept_contents, ==, damaged);
  g_assert_nonnull (strstr (tend_safety_plan_store_get_problem (store), kept));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A new plan is written beside it; a second damaged file never replaces the first copy. */
  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_REASONS, "the sea", NULL);
  tend_safety_plan_store_save (store);
  g_assert_true (tend_safety_plan_store_flush (store));

  g_file_set_contents (path, "not json", -1, &error);
  g_assert_no_error (error);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*safety plan could not be read*");
  second = tend_safety_plan_store_new (path);
  tend_safety_plan_store_load (second);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (tend_safety_plan_store_get_damaged_path (second), !=, kept);
  g_clear_pointer (&kept_contents, g_free);
  g_assert_true (g_file_get_contents (kept, &kept_contents, NULL, NULL));
  g_assert_cmpstr (kept_contents, ==, damaged);

  g_clear_object (&store);
  g_clear_object (&second);
  remove_tree (dir);
}

static void
test_store_cannot_move (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "safety-plan.json", NULL);
  g_autofree char *blocker = g_build_filename (dir, "damaged", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(TendSafetyPlanStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* damaged/ is a file, so the damaged plan cannot be moved: it must never be written over. */
  g_file_set_contents (path, "{ broken", -1, &error);
  g_file_set_contents (blocker, "", -1, &error);
  g_assert_no_error (error);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "*could not be kept aside*");
  store = tend_safety_plan_store_new (path);
  tend_safety_plan_store_load (store);
  g_test_assert_expected_messages ();
  g_assert_true (tend_safety_plan_store_get_read_only (store));

  tend_safety_plan_add_item (tend_safety_plan_store_get_plan (store),
                             TEND_SAFETY_PLAN_REASONS, "words", NULL);
  tend_safety_plan_store_save (store);
  g_assert_false (tend_safety_plan_store_flush (store));
  g_assert_true (tend_safety_plan_store_get_unsaved (store));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ broken");

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_store_write_fails (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "tend", NULL);
  g_autofree char *path = g_build_filename (folder, "safety-plan.json", NULL);
  g_autoptr(TendSafetyPlanStore) store = tend_safety_plan_store_new (path);
  g_autoptr(TendSafetyPlanStore) again = NULL;
  g_autoptr(GError) error = NULL;
  TendSafetyPlan *plan = tend_safety_plan_store_get_plan (store);
  gboolean notified = FALSE;

  /* The folder is replaced by a file: even root cannot write there. */
  g_file_set_contents (folder, "", -1, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::unsaved", G_CALLBACK (unsaved_cb), &notified);

  tend_safety_plan_add_item (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, "Jo", "07700 900456");
  tend_safety_plan_store_save (store);
  run_until (&notified);

  /* The person is told, and the words stay. */
  g_assert_true (tend_safety_plan_store_get_unsaved (store));
  g_assert_nonnull (tend_safety_plan_store_get_save_error (store));
  g_assert_nonnull (strstr (tend_safety_plan_store_get_save_error (store)->message,
                            folder));
  g_assert_cmpstr (tend_safety_plan_get_text (plan, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0), ==,
                   "Jo");
  g_assert_false (tend_safety_plan_store_flush (store));

  /* Once the folder is back, trying again saves them. */
  g_assert_cmpint (g_unlink (folder), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  notified = FALSE;
  tend_safety_plan_store_retry (store);
  run_until (&notified);
  g_assert_false (tend_safety_plan_store_get_unsaved (store));
  g_assert_null (tend_safety_plan_store_get_save_error (store));

  again = tend_safety_plan_store_new (path);
  g_assert_cmpstr (tend_safety_plan_get_number (tend_safety_plan_store_get_plan (again),
                                                TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0),
                   ==, "07700 900456");

  g_clear_object (&store);
  g_clear_object (&again);
  remove_tree (dir);
}

static void
test_store_read_only (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "safety-plan.json", NULL);
  g_autoptr(TendSafetyPlanStore) store = tend_safety_plan_store_new (path);

  /* Another Tend has the journal: nothing is written from here. */
  tend_safety_plan_store_set_read_only (store, TRUE);
  tend_safety_plan_add_item (tend_safety_plan_store_get_plan (store),
                             TEND_SAFETY_PLAN_REASONS, "words", NULL);
  tend_safety_plan_store_save (store);
  g_assert_false (tend_safety_plan_store_flush (store));
  g_assert_true (tend_safety_plan_store_get_unsaved (store));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_merge (void)
{
  g_autoptr(TendSafetyPlan) ours = tend_safety_plan_new ();
  g_autoptr(TendSafetyPlan) theirs = filled_plan ();

  tend_safety_plan_add_item (ours, TEND_SAFETY_PLAN_WARNING_SIGNS, " Nächte ohne Schlaf ", NULL);
  tend_safety_plan_add_item (ours, TEND_SAFETY_PLAN_REASONS, "My sister", NULL);

  /* Counted first, changed only when applied; nothing of ours goes. */
  g_assert_cmpuint (tend_safety_plan_merge (ours, theirs, FALSE), ==, 7);
  g_assert_cmpuint (tend_safety_plan_get_n_items (ours, TEND_SAFETY_PLAN_WARNING_SIGNS), ==, 1);
  g_assert_cmpuint (tend_safety_plan_merge (ours, theirs, TRUE), ==, 7);
  g_assert_cmpuint (tend_safety_plan_get_n_items (ours, TEND_SAFETY_PLAN_WARNING_SIGNS), ==, 2);
  g_assert_cmpstr (tend_safety_plan_get_text (ours, TEND_SAFETY_PLAN_REASONS, 0), ==,
                   "My sister");
  g_assert_cmpstr (tend_safety_plan_get_number (ours, TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0), ==,
                   "+44 7700 900123");
  /* Twice adds nothing more. */
  g_assert_cmpuint (tend_safety_plan_merge (ours, theirs, TRUE), ==, 0);
}

static const char backup_head[] =
  "{\"format\": \"tend-backup\", \"version\": 1, "
  "\"exported\": \"2026-12-01T10:00:00+00:00\", \"months\": []";

static TendBackup *
read_backup (const char  *tail,
             GError     **error)
{
  g_autofree char *json = g_strconcat (backup_head, tail, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return tend_backup_new_from_bytes (bytes, "backup.json", error);
}

static void
test_backup_member (void)
{
  g_autoptr(TendBackup) older = NULL;
  g_autoptr(TendBackup) with_plan = NULL;
  g_autoptr(TendBackup) damaged = NULL;
  g_autoptr(GError) error = NULL;

  /* A backup from before the plan imports as before. */
  older = read_backup ("}", &error);
  g_assert_no_error (error);
  g_assert_null (tend_backup_get_safety_plan (older));

  with_plan = read_backup (", \"safety_plan\": {\"format\": \"tend-safety-plan\", "
                           "\"version\": 1, \"people_to_ask\": [{\"name\": \"Ana\", "
                           "\"number\": \"555 0100\"}]}}", &error);
  g_assert_no_error (error);
  g_assert_nonnull (tend_backup_get_safety_plan (with_plan));
  g_assert_cmpstr (tend_safety_plan_get_number (tend_backup_get_safety_plan (with_plan),
                                                TEND_SAFETY_PLAN_PEOPLE_TO_ASK, 0), ==,
                   "555 0100");

  /* A damaged plan in a backup is refused, saying where. */
  damaged = read_backup (", \"safety_plan\": {\"format\": \"tend-safety-plan\", "
                         "\"version\": 1, \"reasons_to_stay\": [1]}}", &error);
  g_assert_null (damaged);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "backup.json: safety_plan: reasons_to_stay[0]"));
}

static gboolean
summary_has (TendTherapistSummary *summary,
             TendSummaryBlock      kind,
             const char           *text)
{
  for (guint i = 0; i < tend_therapist_summary_get_n_blocks (summary); i++)
    {
      TendSummaryBlock found;
      const char *block = tend_therapist_summary_get_block (summary, i, &found);

      if (found == kind && g_str_equal (block, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_printed (void)
{
  g_autoptr(TendSafetyPlan) plan = filled_plan ();
  g_autoptr(GDateTime) made = g_date_time_new_utc (2026, 12, 7, 9, 0, 0);
  g_autoptr(TendTherapistSummary) printed = tend_therapist_summary_new_safety_plan (plan, made);

  g_assert_true (summary_has (printed, TEND_SUMMARY_TITLE, "My Safety Plan"));
  g_assert_true (summary_has (printed, TEND_SUMMARY_HEADING, "Warning signs"));
  g_assert_true (summary_has (printed, TEND_SUMMARY_ITEM, "Nächte ohne Schlaf"));
  g_assert_true (summary_has (printed, TEND_SUMMARY_ITEM, "Sam: +44 7700 900123"));
  g_assert_true (summary_has (printed, TEND_SUMMARY_ITEM, "My cat, \"Miso\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safety-plan/round-trip", test_round_trip);
  g_test_add_func ("/safety-plan/empty-parts", test_empty_parts);
  g_test_add_func ("/safety-plan/strict", test_strict);
  g_test_add_func ("/safety-plan/newer-and-unknown", test_newer_and_unknown);
  g_test_add_func ("/safety-plan/merge", test_merge);
  g_test_add_func ("/safety-plan/backup-member", test_backup_member);
  g_test_add_func ("/safety-plan/printed", test_printed);
  g_test_add_func ("/safety-plan/store/saves", test_store_saves);
  g_test_add_func ("/safety-plan/store/leftovers", test_store_leftovers);
  g_test_add_func ("/safety-plan/store/damaged", test_store_damaged);
  g_test_add_func ("/safety-plan/store/cannot-move", test_store_cannot_move);
  g_test_add_func ("/safety-plan/store/write-fails", test_store_write_fails);
  g_test_add_func ("/safety-plan/store/read-only", test_store_read_only);

  return g_test_run ();
}
