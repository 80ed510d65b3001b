/* test-month-file.c — one month of the journal to and from its JSON file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-month-file.h"
#include "tend-test-model.h"

static GBytes *
read_corpus_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static TendMonthFile *
parse (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  TendMonthFile *month;

  month = tend_month_file_new_from_bytes (bytes, "2026-11.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (month);

  return month;
}

static GBytes *
serialize (TendMonthFile *month)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize a_size, b_size;
  const char *a_data = g_bytes_get_data (a, &a_size);
  const char *b_data = g_bytes_get_data (b, &b_size);
  g_autofree char *a_text = g_strndup (a_data, a_size);
  g_autofree char *b_text = g_strndup (b_data, b_size);

  /* As strings first, so a difference shows where it is. */
  g_assert_cmpstr (a_text, ==, b_text);
  g_assert_true (g_bytes_equal (a, b));
}

/* Parsed, written, parsed and written again: the two writes are the same bytes. */
static GBytes *
assert_stable (GBytes *bytes)
{
  g_autoptr(TendMonthFile) first = parse (bytes);
  g_autoptr(GBytes) written = serialize (first);
  g_autoptr(TendMonthFile) second = parse (written);
  g_autoptr(GBytes) rewritten = serialize (second);

  assert_bytes_equal (written, rewritten);

  return g_steal_pointer (&written);
}

static void
test_new (void)
{
  static const char empty[] = "{\n"
                              "  \"format\": \"tend-journal\",\n"
                              "  \"version\": 1,\n"
                              "  \"month\": \"2026-11\",\n"
                              "  \"entries\": [],\n"
                              "  \"grounding\": [],\n"
                              "  \"deleted\": []\n"
                              "}\n";
  TendMonthFile *month = tend_month_file_new ("2026-11");
  g_autoptr(GBytes) bytes = serialize (month);
  g_autoptr(GBytes) expected = g_bytes_new_static (empty, sizeof empty - 1);
  g_autofree char *file_name = tend_month_file_dup_file_name (month);

  g_assert_cmpstr (tend_month_file_get_month (month), ==, "2026-11");
  g_assert_cmpstr (file_name, ==, "2026-11.json");
  g_assert_cmpint (tend_month_file_get_version (month), ==, TEND_MONTH_FILE_VERSION);
  g_assert_false (tend_month_file_is_read_only (month));
  g_assert_cmpuint (tend_month_file_get_entries (month)->len, ==, 0);
  g_assert_cmpuint (tend_month_file_get_sessions (month)->len, ==, 0);
  g_assert_cmpuint (tend_month_file_get_deleted (month)->len, ==, 0);
  assert_bytes_equal (bytes, expected);

  g_assert_finalize_object (month);
}

static void
test_round_trip (void)
{
  g_autoptr(GBytes) original = read_corpus_file ("full.json");
  g_autoptr(GBytes) written = NULL;
  TendMonthFile *month = parse (original);
  GPtrArray *entries = tend_month_file_get_entries (month);
  GPtrArray *sessions = tend_month_file_get_sessions (month);
  GPtrArray *deleted = tend_month_file_get_deleted (month);
  static const char * const tags[] = { "partner", "évening", NULL };
  TendEntry *entry;
  TendGroundingSession *session;
  TendTombstone *tombstone;
  g_autoptr(GDateTime) expected_time = NULL;
  g_autofree char *day = NULL;

  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpuint (deleted->len, ==, 1);

  /* Every field of an entry. */
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (tend_entry_get_id (entry), ==, "8a3c2f4e-6b1d-4c8e-9f27-3d5a1b0c7e91");
  expected_time = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_assert_true (g_date_time_equal (tend_entry_get_created (entry), expected_time));
  g_clear_pointer (&expected_time, g_date_time_unref);
  expected_time = tend_test_date_time ("2026-11-23T21:09:12+01:00");
  g_assert_true (g_date_time_equal (tend_entry_get_updated (entry), expected_time));
  g_clear_pointer (&expected_time, g_date_time_unref);
  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2026-11-23");
  g_assert_cmpstr (tend_entry_get_prompt (entry), ==, "boundaries-03");
  g_assert_cmpstr (tend_entry_get_theme (entry), ==, "boundaries");
  g_assert_cmpstr (tend_entry_get_text (entry), ==,
                   "I said “not tonight” and he listened.\nMy shoulders came down. "
                   "Café, naïve, Ærø, ñandú — 💛🌱\n\t\"quoted\", a back\\slash, a bell \a "
                   "and a slash /");
  g_assert_true (g_strv_equal (tend_entry_get_tags (entry), tags));
  g_assert_false (tend_entry_get_lookback (entry));
  g_assert_cmpint (tend_entry_get_mood (entry), ==, 3);
  g_assert_cmpint (tend_entry_get_distress (entry), ==, 4);
  g_assert_cmpint (tend_entry_get_safety (entry), ==, 3);
  g_assert_cmpint (tend_entry_get_closeness (entry), ==, 2);

  /* Optional fields left out. */
  entry = g_ptr_array_index (entries, 1);
  g_assert_null (tend_entry_get_prompt (entry));
  g_assert_null (tend_entry_get_theme (entry));
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "");
  g_assert_true (tend_entry_get_lookback (entry));
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);

  /* Written after midnight for the day before; a check-in of one scale. */
  entry = g_ptr_array_index (entries, 2);
  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2026-11-30");
  g_assert_cmpint (tend_entry_get_distress (entry), ==, 0);
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);

  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (tend_grounding_session_get_id (session), ==,
                   "c4d5e6f7-0a1b-4c2d-8e3f-405162738495");
  g_assert_cmpstr (tend_grounding_session_get_exercise (session), ==, "box-breathing");
  g_assert_cmpuint (tend_grounding_session_get_seconds (session), ==, 240);
  g_assert_true (tend_grounding_session_get_completed (session));
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==, 7);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==, 4);
  g_assert_cmpstr (tend_grounding_session_get_note (session), ==, "the cool glass helped");

  /* On 1 November in Auckland, still October in UTC: it belongs to November. */
  session = g_ptr_array_index (sessions, 1);
  day = tend_grounding_session_dup_day (session);
  g_assert_cmpstr (day, ==, "2026-11-01");
  g_assert_false (tend_grounding_session_get_completed (session));
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==, TEND_DISTRESS_UNSET);
  g_assert_null (tend_grounding_session_get_note (session));

  tombstone = g_ptr_array_index (deleted, 0);
  g_assert_cmpstr (tombstone->id, ==, "e1e2e3e4-f5f6-4a7b-8c9d-0e1f2a3b4c5d");
  expected_time = tend_test_date_time ("2026-11-25T10:00:00+01:00");
  g_assert_true (g_date_time_equal (tombstone->updated, expected_time));

  /* The file is in the canonical layout, so writing it gives the very same bytes. */
  written = serialize (month);
  assert_bytes_equal (written, original);
  g_assert_finalize_object (month);
  g_clear_pointer (&written, g_bytes_unref);

  written = assert_stable (original);
  assert_bytes_equal (written, original);
}

static void
test_build_and_write (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) started = tend_test_date_time ("2026-11-23T22:10:00+01:00");
  TendMonthFile *month = tend_month_file_new ("2026-11");
  g_autoptr(TendEntry) entry = tend_entry_new ("e", created);
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new ("s", started, "box");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TendMonthFile) copy = NULL;

  tend_entry_set_text (entry, "Ça va 🙂");
  g_ptr_array_add (tend_month_file_get_entries (month), g_object_ref (entry));
  g_ptr_array_add (tend_month_file_get_sessions (month), g_object_ref (session));
  tend_month_file_add_tombstone (month, "gone", created);

  bytes = serialize (month);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==,
                   "{\n"
                   "  \"format\": \"tend-journal\",\n"
                   "  \"version\": 1,\n"
                   "  \"month\": \"2026-11\",\n"
                   "  \"entries\": [\n"
                   "    {\n"
                   "      \"id\": \"e\",\n"
                   "      \"created\": \"2026-11-23T21:04:05+01:00\",\n"
                   "      \"updated\": \"2026-11-23T21:04:05+01:00\",\n"
                   "      \"day\": \"2026-11-23\",\n"
                   "      \"text\": \"Ça va 🙂\",\n"
                   "      \"tags\": []\n"
                   "    }\n"
                   "  ],\n"
                   "  \"grounding\": [\n"
                   "    {\n"
                   "      \"id\": \"s\",\n"
                   "      \"started\": \"2026-11-23T22:10:00+01:00\",\n"
                   "      \"updated\": \"2026-11-23T22:10:00+01:00\",\n"
                   "      \"exercise\": \"box\",\n"
                   "      \"seconds\": 0,\n"
                   "      \"completed\": false\n"
                   "    }\n"
                   "  ],\n"
                   "  \"deleted\": [\n"
                   "    {\n"
                   "      \"id\": \"gone\",\n"
                   "      \"updated\": \"2026-11-23T21:04:05+01:00\"\n"
                   "    }\n"
                   "  ]\n"
                   "}\n");

  copy = parse (bytes);
  g_assert_cmpstr (tend_entry_get_text (g_ptr_array_index (tend_month_file_get_entries (copy), 0)),
                   ==, "Ça va 🙂");

  g_assert_finalize_object (month);
}

static void
test_unknown_members (void)
{
  /* Compact, members in another order, unknown ones at every level: a rewrite puts the
   * known members in the file's order and keeps every unknown one, unchanged, after them. */
  static const char input[] =
    "{\"sync\":{\"peer\":\"phone\",\"seen\":[1,2.5,null,true,\"x\"]},"
    "\"deleted\":[{\"device\":\"laptop\",\"updated\":\"2026-11-03T10:00:00-05:00\",\"id\":\"d1\"}],"
    "\"grounding\":[{\"pace\":{\"in\":4,\"out\":6},\"completed\":true,\"seconds\":90,"
    "\"exercise\":\"longer-exhale\",\"started\":\"2026-11-02T21:00:00-05:00\",\"id\":\"g1\"}],"
    "\"entries\":[{\"attachments\":{},\"checkin\":{\"energy\":2,\"mood\":4},\"tags\":[],"
    "\"text\":\"t\",\"day\":\"2026-11-02\",\"updated\":\"2026-11-02T08:01:00-05:00\","
    "\"created\":\"2026-11-02T08:00:00-05:00\",\"id\":\"a1\"}],"
    "\"month\":\"2026-11\",\"version\":1,\"format\":\"tend-journal\"}";
  static const char expected[] =
    "{\n"
    "  \"format\": \"tend-journal\",\n"
    "  \"version\": 1,\n"
    "  \"month\": \"2026-11\",\n"
    "  \"entries\": [\n"
    "    {\n"
    "      \"id\": \"a1\",\n"
    "      \"created\": \"2026-11-02T08:00:00-05:00\",\n"
    "      \"updated\": \"2026-11-02T08:01:00-05:00\",\n"
    "      \"day\": \"2026-11-02\",\n"
    "      \"text\": \"t\",\n"
    "      \"tags\": [],\n"
    "      \"checkin\": {\n"
    "        \"mood\": 4,\n"
    "        \"energy\": 2\n"
    "      },\n"
    "      \"attachments\": {}\n"
    "    }\n"
    "  ],\n"
    "  \"grounding\": [\n"
    "    {\n"
    "      \"id\": \"g1\",\n"
    "      \"started\": \"2026-11-02T21:00:00-05:00\",\n"
    "      \"updated\": \"2026-11-02T21:00:00-05:00\",\n"
    "      \"exercise\": \"longer-exhale\",\n"
    "      \"seconds\": 90,\n"
    "      \"completed\": true,\n"
    "      \"pace\": {\n"
    "        \"in\": 4,\n"
    "        \"out\": 6\n"
    "      }\n"
    "    }\n"
    "  ],\n"
    "  \"deleted\": [\n"
    "    {\n"
    "      \"id\": \"d1\",\n"
    "      \"updated\": \"2026-11-03T10:00:00-05:00\",\n"
    "      \"device\": \"laptop\"\n"
    "    }\n"
    "  ],\n"
    "  \"sync\": {\n"
    "    \"peer\": \"phone\",\n"
    "    \"seen\": [\n"
    "      1,\n"
    "      2.5,\n"
    "      null,\n"
    "      true,\n"
    "      \"x\"\n"
    "    ]\n"
    "  }\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (input, sizeof input - 1);
  g_autoptr(GBytes) written = assert_stable (bytes);
  g_autoptr(GBytes) canonical = g_bytes_new_static (expected, sizeof expected - 1);

  assert_bytes_equal (written, canonical);
}

static void
test_values (void)
{
  /* Numbers keep their kind (3.0 stays a double, -0.0 keeps its sign, a number too large
   * for a double stays one), and text keeps every character, escaped where JSON needs it. */
  static const char input[] =
    "{\"format\":\"tend-journal\",\"version\":1,\"month\":\"2026-11\",\"entries\":[],"
    "\"grounding\":[],\"deleted\":[],"
    "\"numbers\":[0.1,-0.0,3.0,1e300,1e999,-1e999,-5,9223372036854775807,0.30000000000000004],"
    "\"text\":\"\\u0001\\u001f\\\"\\\\\\/\\b\\f\\n\\r\\t\\u007f\\u2028 é\\ud83d\\udc9b\","
    "\"not a nul\":\"\\\\u0000\"}";
  static const char expected[] =
    "  \"numbers\": [\n"
    "    0.1,\n"
    "    -0.0,\n"
    "    3.0,\n"
    "    1e+300,\n"
    "    1e999,\n"
    "    -1e999,\n"
    "    -5,\n"
    "    9223372036854775807,\n"
    "    0.30000000000000004\n"
    "  ],\n"
    "  \"text\": \"\\u0001\\u001f\\\"\\\\/\\b\\f\\n\\r\\t\x7f\xe2\x80\xa8 é💛\",\n"
    "  \"not a nul\": \"\\\\u0000\"\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (input, sizeof input - 1);
  g_autoptr(GBytes) written = assert_stable (bytes);
  const char *text = g_bytes_get_data (written, NULL);

  g_assert_true (g_str_has_suffix (text, expected));
}

typedef struct {
  const char         *name;
  const char         *data;
  gssize              size;
  const char         *file_name;
  TendMonthFileError  code;
  const char         *message;  /* a g_pattern_match_simple() pattern */
} DamageCase;

#define HEAD "{\"format\":\"tend-journal\",\"version\":1,\"month\":\"2026-11\""
#define ENTRY(id, day) \
  "{\"id\":\"" id "\",\"created\":\"2026-11-01T09:00:00+01:00\"," \
  "\"updated\":\"2026-11-01T09:00:00+01:00\",\"day\":\"" day "\",\"text\":\"t\"}"
#define SESSION(id, started) \
  "{\"id\":\"" id "\",\"started\":\"" started "\",\"exercise\":\"x\",\"seconds\":1," \
  "\"completed\":true}"
#define TOMBSTONE(id) "{\"id\":\"" id "\",\"updated\":\"2026-11-01T09:00:00+01:00\"}"

static const DamageCase damage_cases[] = {
  { "empty", "", 0, "2026-11.json",
    TEND_MONTH_FILE_ERROR_EMPTY, "2026-11.json: the file is empty" },
  { "blank", " \n\t\r\n", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_EMPTY, "2026-11.json: the file is empty" },
  { "not-json", "Dear diary,\n", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_SYNTAX,
    "2026-11.json: line 1, column *: not valid JSON, or cut short (*)" },
  { "truncated", HEAD ",\n\"entries\":[" ENTRY ("a", "2026-11-01") ",\n{\"id\":\"b\",\"te", -1,
    "2026-11.json",
    TEND_MONTH_FILE_ERROR_SYNTAX,
    "2026-11.json: line 3, column *: not valid JSON, or cut short (*)" },
  { "truncated-at-end", HEAD ",\"entries\":[]", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_SYNTAX,
    "2026-11.json: line 1, column *: not valid JSON, or cut short (*)" },
  { "trailing-comma", HEAD ",\"entries\":[],}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_SYNTAX,
    "2026-11.json: line 1, column *: not valid JSON, or cut short (*)" },
  { "invalid-utf8", "{\n  \"text\": \"caf\xe9\"\n}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_ENCODING,
    "2026-11.json: line 2, column 15: the text is not valid UTF-8" },
  { "latin1-after-utf8", "{\"text\": \"é \xe9\"}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_ENCODING,
    "2026-11.json: line 1, column 13: the text is not valid UTF-8" },
  { "nul-byte", "{\n\"text\": \"a\0b\"}", 16, "2026-11.json",
    TEND_MONTH_FILE_ERROR_ENCODING,
    "2026-11.json: line 2, column 11: the text holds a NUL character" },
  { "nul-escape", HEAD ",\"entries\":[{\"text\":\"before\\u0000after\"}]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_ENCODING,
    "2026-11.json: line 1, column 82: the text holds a NUL character" },
  { "array", "[]", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: expected an object at the top of the file" },
  { "string", "\"tend-journal\"", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: expected an object at the top of the file" },
  { "no-format", "{\"version\":1,\"month\":\"2026-11\"}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: format: this required member is missing" },
  { "other-format", "{\"format\":\"tend-notes\",\"version\":1,\"month\":\"2026-11\"}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: format: expected “tend-journal”; this is not a Tend journal file" },
  { "no-version", "{\"format\":\"tend-journal\",\"month\":\"2026-11\"}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: version: this required member is missing" },
  { "version-text", "{\"format\":\"tend-journal\",\"version\":\"1\",\"month\":\"2026-11\"}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: version: expected a whole number, 1 or more" },
  { "version-zero", "{\"format\":\"tend-journal\",\"version\":0,\"month\":\"2026-11\"}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: version: expected a whole number, 1 or more" },
  { "no-month", "{\"format\":\"tend-journal\",\"version\":1}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: month: this required member is missing" },
  { "bad-month", "{\"format\":\"tend-journal\",\"version\":1,\"month\":\"2026-13\"}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: month: expected a month like 2026-11" },
  { "other-month", "{\"format\":\"tend-journal\",\"version\":1,\"month\":\"2026-10\"}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: month: “2026-10” is not the month in the file name" },
  { "renamed-file", HEAD "}", -1, "2026-12.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-12.json: month: “2026-11” is not the month in the file name" },
  { "entries-object", HEAD ",\"entries\":{}}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: entries: expected a list" },
  { "grounding-null", HEAD ",\"grounding\":null}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: grounding: expected a list" },
  { "entry-not-object", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") ",\"b\"]}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: entries[1]: expected an object" },
  { "entry-no-id", HEAD ",\"entries\":[{\"text\":\"t\"}]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT, "2026-11.json: entries[0].id: this required member is missing" },
  { "mood-out-of-range", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") ","
    "{\"id\":\"b\",\"created\":\"2026-11-01T09:00:00+01:00\","
    "\"updated\":\"2026-11-01T09:00:00+01:00\",\"day\":\"2026-11-01\",\"text\":\"t\","
    "\"checkin\":{\"mood\":9}}]}", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: entries[1].checkin.mood: expected a whole number from 1 to 5" },
  { "session-wrong-type", HEAD ",\"grounding\":[{\"id\":\"s\",\"started\":\"2026-11-01T09:00:00Z\","
    "\"exercise\":\"x\",\"seconds\":1.5,\"completed\":true}]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: grounding[0].seconds: expected a whole number of seconds, 0 or more" },
  { "tombstone-no-updated", HEAD ",\"deleted\":[{\"id\":\"d\"}]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: deleted[0].updated: this required member is missing" },
  { "duplicate-entry", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") ","
    ENTRY ("a", "2026-11-02") "]}", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: entries[1].id: the id “a” is already used by entries[0]" },
  { "duplicate-across", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") "],"
    "\"grounding\":[" SESSION ("s", "2026-11-01T09:00:00Z") ","
    SESSION ("a", "2026-11-01T09:00:00Z") "]}", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: grounding[1].id: the id “a” is already used by entries[0]" },
  { "duplicate-tombstone", HEAD ",\"grounding\":[" SESSION ("s", "2026-11-01T09:00:00Z") "],"
    "\"deleted\":[" TOMBSTONE ("t") "," TOMBSTONE ("s") "]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: deleted[1].id: the id “s” is already used by grounding[0]" },
  { "entry-other-month", HEAD ",\"entries\":[" ENTRY ("a", "2026-12-01") "]}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: entries[0].day: expected a date in 2026-11, not 2026-12-01" },
  { "session-other-month", HEAD ",\"grounding\":[" SESSION ("s", "2026-10-31T23:30:00-01:00")
    "]}", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: grounding[0].started: expected a date in 2026-11, not 2026-10-31" },
  /* json-glib keeps the last of two members with one name; a month holding two is damage,
   * at any depth, whatever the values (a sync conflict merged by hand makes such files). */
  { "twice-entries", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") "],\"entries\":[]}", -1,
    "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: entries: this member appears twice; reading only one of them would lose "
    "the other" },
  { "twice-month", HEAD ",\"month\":\"2026-11\"}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: month: this member appears twice; reading only one of them would lose "
    "the other" },
  { "twice-text", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") ","
    "{\"id\":\"b\",\"created\":\"2026-11-01T09:00:00+01:00\","
    "\"updated\":\"2026-11-01T09:00:00+01:00\",\"day\":\"2026-11-01\",\"text\":\"t\","
    "\"text\":\"u\"}]}", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: entries[1].text: this member appears twice; reading only one of them "
    "would lose the other" },
  { "twice-mood", HEAD ",\"entries\":[" ENTRY ("a", "2026-11-01") "],\"x\":[[1,{}],[2,"
    "{\"checkin\":{\"mood\":1,\"safety\":2,\"mood\":3}}]]}", -1, "2026-11.json",
    TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: x[1][1].checkin.mood: this member appears twice; reading only one of them "
    "would lose the other" },
  { "twice-in-array", "[{\"a\":1,\"a\":1}]", -1, "2026-11.json", TEND_MONTH_FILE_ERROR_FORMAT,
    "2026-11.json: [0].a: this member appears twice; reading only one of them would lose "
    "the other" },
};

static void
test_damage (gconstpointer data)
{
  const DamageCase *damage = data;
  gsize size = damage->size >= 0 ? (gsize) damage->size : strlen (damage->data);
  g_autoptr(GBytes) bytes = g_bytes_new_static (damage->data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) month = NULL;

  month = tend_month_file_new_from_bytes (bytes, damage->file_name, &error);
  g_assert_null (month);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, (int) damage->code);
  g_test_message ("%s: %s", damage->name, error->message);
  if (!g_pattern_match_simple (damage->message, error->message))
    g_error ("“%s” does not match “%s”", error->message, damage->message);
}

static void
test_too_large (void)
{
  gsize size = 50 * 1000 * 1000;
  GString *json = g_string_sized_new (size + 256);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) month = NULL;

  /* A month that is valid but for its size: one entry of 50 MB. (GLib puts a no-break space
   * between a size and its unit.) */
  g_string_append (json, HEAD ",\"entries\":[{\"id\":\"a\",\"created\":\"2026-11-01T09:00:00Z\","
                         "\"updated\":\"2026-11-01T09:00:00Z\",\"day\":\"2026-11-01\",\"text\":\"");
  memset (json->str + json->len, 'a', size);
  g_string_set_size (json, json->len + size);
  g_string_append (json, "\"}]}");
  bytes = g_string_free_to_bytes (json);

  month = tend_month_file_new_from_bytes (bytes, "2026-11.json", &error);
  g_assert_null (month);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "2026-11.json: the file is 50.0\u00a0MB, more than the 16.8\u00a0MB "
                   "a month file may hold");
}

static void
test_load_too_large (void)
{
  g_autofree char *folder = g_dir_make_tmp ("tend-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "2026-11.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) month = NULL;
  int fd;

  /* Sparse, so the test writes nothing: the size alone refuses it, before any reading. */
  fd = g_open (path, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (ftruncate (fd, (off_t) 50 * 1000 * 1000));
  g_assert_no_errno (close (fd));

  month = tend_month_file_load (path, &error);
  g_assert_null (month);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "2026-11.json: the file is 50.0\u00a0MB"));

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (folder));
}

static void
test_newer_version (void)
{
  g_autoptr(GBytes) bytes = read_corpus_file ("newer-version.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  TendMonthFile *month;
  GPtrArray *entries;

  /* Read leniently: what fits is shown, what does not is left out, nothing fails. */
  month = parse (bytes);
  g_assert_true (tend_month_file_is_read_only (month));
  g_assert_cmpint (tend_month_file_get_version (month), ==, 2);
  entries = tend_month_file_get_entries (month);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (tend_entry_get_text (g_ptr_array_index (entries, 0)), ==,
                   "Written by a newer Tend.");
  g_assert_cmpuint (tend_month_file_get_sessions (month)->len, ==, 0);

  /* And never written back. */
  written = tend_month_file_to_bytes (month, &error);
  g_assert_null (written);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==,
                   "2026-11.json: written by a newer version of Tend, so it is only read and "
                   "never saved");

  g_assert_finalize_object (month);
}

static void
test_refuses_unreadable (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) december = tend_test_date_time ("2026-12-01T08:00:00+01:00");
  g_autoptr(TendMonthFile) month = tend_month_file_new ("2026-11");
  g_autoptr(TendEntry) entry = tend_entry_new ("e", created);
  g_autoptr(TendGroundingSession) session = tend_grounding_session_new ("s", december, "box");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_ptr_array_add (tend_month_file_get_entries (month), g_object_ref (entry));

  /* A tombstone for a record that is still there would make a file that cannot be read. */
  tend_month_file_add_tombstone (month, "e", created);
  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_null (bytes);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "2026-11.json: deleted[0].id: the id “e” is already used by entries[0]");
  g_clear_error (&error);
  g_assert_true (tend_month_file_remove_tombstone (month, "e"));

  /* So would a record of another month. */
  g_ptr_array_add (tend_month_file_get_sessions (month), g_object_ref (session));
  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_null (bytes);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "2026-11.json: grounding[0].started: expected a date in 2026-11, not "
                   "2026-12-01");
  g_clear_error (&error);
  g_ptr_array_remove_index (tend_month_file_get_sessions (month), 0);

  tend_entry_set_day (entry, "2026-12-01");
  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_null (bytes);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
  g_clear_error (&error);

  tend_entry_set_day (entry, "2026-11-30");
  bytes = serialize (month);
}

/* The writer and the reader keep the same limit: a month of exactly the largest size is
 * written and reads back; one byte more is refused before it is written, so no save can make
 * a file that the next start would move aside as damaged. */
static void
test_refuses_too_large (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(TendMonthFile) month = tend_month_file_new ("2026-11");
  g_autoptr(TendEntry) entry = tend_entry_new ("e", created);
  g_autoptr(TendMonthFile) read_back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize empty_size;

  tend_entry_set_text (entry, "");
  g_ptr_array_add (tend_month_file_get_entries (month), g_object_ref (entry));
  bytes = serialize (month);
  empty_size = g_bytes_get_size (bytes);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* Plain letters: one byte each in the file too. */
  text = g_strnfill (TEND_MONTH_FILE_MAX_BYTES - empty_size, 'a');
  tend_entry_set_text (entry, text);
  bytes = serialize (month);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, TEND_MONTH_FILE_MAX_BYTES);
  read_back = tend_month_file_new_from_bytes (bytes, "2026-11.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (read_back);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&text, g_free);

  text = g_strnfill (TEND_MONTH_FILE_MAX_BYTES - empty_size + 1, 'a');
  tend_entry_set_text (entry, text);
  bytes = tend_month_file_to_bytes (month, &error);
  g_assert_null (bytes);
  g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "The entries of 2026-11 would take 16.8\u00a0MB, more than the 16.8\u00a0MB "
                   "one month can hold, so the latest change was not saved. Shorten or remove "
                   "some of them.");
}

static void
test_tombstones (void)
{
  g_autoptr(GDateTime) first = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) later = tend_test_date_time ("2026-11-24T08:00:00.5+01:00");
  g_autoptr(TendMonthFile) month = tend_month_file_new ("2026-11");
  GPtrArray *deleted = tend_month_file_get_deleted (month);
  TendTombstone *tombstone;

  tend_month_file_add_tombstone (month, "a", first);
  tend_month_file_add_tombstone (month, "b", first);
  tend_month_file_add_tombstone (month, "a", later);
  g_assert_cmpuint (deleted->len, ==, 2);

  tombstone = g_ptr_array_index (deleted, 0);
  g_assert_cmpstr (tombstone->id, ==, "a");
  g_assert_cmpint (g_date_time_difference (tombstone->updated, later), ==, -500000);

  g_assert_true (tend_month_file_remove_tombstone (month, "a"));
  g_assert_false (tend_month_file_remove_tombstone (month, "a"));
  g_assert_cmpuint (deleted->len, ==, 1);
  g_assert_cmpstr (((TendTombstone *) g_ptr_array_index (deleted, 0))->id, ==, "b");
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf buf;

  g_assert_no_errno (g_stat (path, &buf));
  g_assert_cmpuint (buf.st_mode & 0777, ==, mode);
}

static void
assert_only_file (const char *folder,
                  const char *name)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *found;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((found = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (found, ==, name);
      count++;
    }
  g_assert_cmpuint (count, ==, 1);
}

static void
test_write (void)
{
  g_autofree char *home = g_dir_make_tmp ("tend-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (home, "tend", "journal", NULL);
  g_autofree char *path = g_build_filename (folder, "2026-11.json", NULL);
  g_autoptr(GBytes) full = read_corpus_file ("full.json");
  g_autoptr(GBytes) empty = read_corpus_file ("empty.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) loaded = NULL;
  g_autoptr(GBytes) reloaded = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* The folders are made private; the file too; nothing else is left beside it. */
  g_assert_true (tend_month_file_write_bytes (path, full, &error));
  g_assert_no_error (error);
  assert_mode (folder, 0700);
  assert_mode (path, 0600);
  assert_only_file (folder, "2026-11.json");

  loaded = tend_month_file_load (path, &error);
  g_assert_no_error (error);
  reloaded = serialize (loaded);
  assert_bytes_equal (reloaded, full);

  /* Replacing keeps it private even when someone had opened it up. */
  g_assert_no_errno (g_chmod (path, 0644));
  g_assert_true (tend_month_file_write_bytes (path, empty, &error));
  g_assert_no_error (error);
  assert_mode (path, 0600);
  assert_only_file (folder, "2026-11.json");
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (empty, NULL), g_bytes_get_size (empty));

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (folder));
  g_clear_pointer (&folder, g_free);
  folder = g_build_filename (home, "tend", NULL);
  g_assert_no_errno (g_rmdir (folder));
  g_assert_no_errno (g_rmdir (home));
}

static void
assert_link (const char *path,
             const char *target)
{
  g_autofree char *read = NULL;
  GStatBuf buf;

  g_assert_no_errno (g_lstat (path, &buf));
  g_assert_true (S_ISLNK (buf.st_mode));
  read = g_file_read_link (path, NULL);
  g_assert_cmpstr (read, ==, target);
}

/* A month that is a symbolic link is written through to the file it links to, atomically in
 * that file's folder: the link stays, and nothing is changed through it before the write
 * (once, chmod() followed it and the link was then replaced by a file in the journal). A link
 * to nothing or to something that is not a regular file is refused, and stays as it was. */
static void
test_write_through_link (void)
{
  g_autofree char *home = g_dir_make_tmp ("tend-XXXXXX", NULL);
  g_autofree char *journal = g_build_filename (home, "journal", NULL);
  g_autofree char *synced = g_build_filename (home, "synced", NULL);
  g_autofree char *real = g_build_filename (synced, "november.json", NULL);
  g_autofree char *linked = g_build_filename (journal, "2026-11.json", NULL);
  g_autofree char *dangling = g_build_filename (journal, "2026-10.json", NULL);
  g_autofree char *device = g_build_filename (journal, "2026-09.json", NULL);
  g_autofree char *pipe = g_build_filename (journal, "2026-08.json", NULL);
  g_autofree char *gone = g_build_filename (synced, "gone.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) full = read_corpus_file ("full.json");
  g_autoptr(GBytes) empty = read_corpus_file ("empty.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf buf;

  g_assert_no_errno (g_mkdir (journal, 0700));
  g_assert_no_errno (g_mkdir (synced, 0755));
  g_assert_true (g_file_set_contents (real, g_bytes_get_data (empty, NULL),
                                      (gssize) g_bytes_get_size (empty), NULL));
  g_assert_no_errno (g_chmod (real, 0644));
  g_assert_no_errno (symlink ("../synced/november.json", linked));

  g_assert_true (tend_month_file_write_bytes (linked, full, &error));
  g_assert_no_error (error);
  assert_link (linked, "../synced/november.json");
  g_assert_true (g_file_get_contents (real, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (full, NULL), g_bytes_get_size (full));
  /* The month is private where it is; no temporary file is left on either side. */
  assert_mode (real, 0600);
  assert_only_file (synced, "november.json");
  assert_only_file (journal, "2026-11.json");

  /* Refused, and left as they are. */
  g_assert_no_errno (symlink ("../synced/gone.json", dangling));
  g_assert_false (tend_month_file_write_bytes (dangling, empty, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  expected = g_strdup_printf ("Could not save “%s”: it links to “../synced/gone.json”, which "
                              "cannot be reached (No such file or directory)", dangling);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  assert_link (dangling, "../synced/gone.json");
  g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));

  g_assert_no_errno (symlink ("/dev/null", device));
  g_assert_false (tend_month_file_write_bytes (device, empty, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "which is not an ordinary file"));
  g_clear_error (&error);
  assert_link (device, "/dev/null");

  g_assert_no_errno (mkfifo (pipe, 0600));
  g_assert_false (tend_month_file_write_bytes (pipe, empty, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "it is not an ordinary file"));
  g_assert_no_errno (g_lstat (pipe, &buf));
  g_assert_true (S_ISFIFO (buf.st_mode));

  g_assert_no_errno (g_unlink (pipe));
  g_assert_no_errno (g_unlink (device));
  g_assert_no_errno (g_unlink (dangling));
  g_assert_no_errno (g_unlink (linked));
  g_assert_no_errno (g_unlink (real));
  g_assert_no_errno (g_rmdir (synced));
  g_assert_no_errno (g_rmdir (journal));
  g_assert_no_errno (g_rmdir (home));
}

static void
test_write_fails (void)
{
  g_autofree char *home = g_dir_make_tmp ("tend-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (home, "tend", NULL);
  g_autofree char *path = g_build_filename (blocker, "journal", "2026-11.json", NULL);
  g_autoptr(GBytes) empty = read_corpus_file ("empty.json");
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be: an error, not a crash or a write elsewhere. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (tend_month_file_write_bytes (path, empty, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);

  g_assert_no_errno (g_unlink (blocker));
  g_assert_no_errno (g_rmdir (home));
}

static void
test_load_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TendMonthFile) month = NULL;

  month = tend_month_file_load ("/nonexistent/tend/2026-11.json", &error);
  g_assert_null (month);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Only regular files are read. A named pipe would block the read until some writer came (a
 * hang at start-up), a link to /dev/zero would be read until memory ran out, and neither
 * must ever be opened for its data: each is refused at once, saying what it is. */
static void
test_load_special (void)
{
  static const struct {
    const char *name;
    const char *message;
  } cases[] = {
    { "2026-11.json", "2026-11.json: this is a named pipe, not an ordinary file" },
    { "2026-10.json", "2026-10.json: this is a device, not an ordinary file" },
    { "2026-09.json", "2026-09.json: this is a folder, not an ordinary file" },
    { "2026-08.json", "2026-08.json: this is a named pipe, not an ordinary file" },
  };
  g_autofree char *folder = g_dir_make_tmp ("tend-XXXXXX", NULL);
  char *paths[G_N_ELEMENTS (cases)];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    paths[i] = g_build_filename (folder, cases[i].name, NULL);
  g_assert_no_errno (mkfifo (paths[0], 0600));
  g_assert_no_errno (symlink ("/dev/zero", paths[1]));
  g_assert_no_errno (g_mkdir (paths[2], 0700));
  g_assert_no_errno (symlink ("2026-11.json", paths[3]));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TendMonthFile) month = NULL;
      gint64 start = g_get_monotonic_time ();

      month = tend_month_file_load (paths[i], &error);
      g_assert_null (month);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
    }

  for (guint i = G_N_ELEMENTS (cases); i > 0; i--)
    {
      g_assert_no_errno (g_remove (paths[i - 1]));
      g_free (paths[i - 1]);
    }
  g_assert_no_errno (g_rmdir (folder));
}

static void
test_months (void)
{
  static const struct {
    const char *month;
    gboolean    valid;
  } months[] = {
    { "2026-11", TRUE }, { "0001-01", TRUE }, { "9999-12", TRUE },
    { "2026-13", FALSE }, { "2026-00", FALSE }, { "0000-01", FALSE }, { "2026-1", FALSE },
    { "2026-011", FALSE }, { "2026/11", FALSE }, { "２026-11", FALSE }, { "", FALSE },
    { NULL, FALSE },
  };
  g_autofree char *from_day = tend_month_for_day ("2026-11-23");
  g_autofree char *from_time = tend_month_for_day ("2026-12-01T00:30:00+01:00");

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    g_assert_cmpint (tend_month_is_valid (months[i].month), ==, months[i].valid);

  g_assert_cmpstr (from_day, ==, "2026-11");
  g_assert_cmpstr (from_time, ==, "2026-12");
}

static void
test_corpus (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint count = 0;

  /* Every seed of the fuzzer is a valid month, stable on a rewrite. */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GBytes) bytes = read_corpus_file (name);
      g_autoptr(TendMonthFile) month = parse (bytes);

      g_test_message ("%s", name);
      if (!tend_month_file_is_read_only (month))
        {
          g_autoptr(GBytes) written = assert_stable (bytes);
        }
      count++;
    }
  g_assert_cmpuint (count, >=, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/month-file/new", test_new);
  g_test_add_func ("/tend/month-file/round-trip", test_round_trip);
  g_test_add_func ("/tend/month-file/build-and-write", test_build_and_write);
  g_test_add_func ("/tend/month-file/unknown-members", test_unknown_members);
  g_test_add_func ("/tend/month-file/values", test_values);
  for (guint i = 0; i < G_N_ELEMENTS (damage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/tend/month-file/damage/%s",
                                               damage_cases[i].name);

      g_test_add_data_func (path, &damage_cases[i], test_damage);
    }
  g_test_add_func ("/tend/month-file/damage/too-large", test_too_large);
  g_test_add_func ("/tend/month-file/damage/load-too-large", test_load_too_large);
  g_test_add_func ("/tend/month-file/newer-version", test_newer_version);
  g_test_add_func ("/tend/month-file/refuses-unreadable", test_refuses_unreadable);
  g_test_add_func ("/tend/month-file/refuses-too-large", test_refuses_too_large);
  g_test_add_func ("/tend/month-file/tombstones", test_tombstones);
  g_test_add_func ("/tend/month-file/write", test_write);
  g_test_add_func ("/tend/month-file/write-fails", test_write_fails);
  g_test_add_func ("/tend/month-file/write-through-link", test_write_through_link);
  g_test_add_func ("/tend/month-file/load-missing", test_load_missing);
  g_test_add_func ("/tend/month-file/load-special", test_load_special);
  g_test_add_func ("/tend/month-file/months", test_months);
  g_test_add_func ("/tend/month-file/corpus", test_corpus);

  return g_test_run ();
}
