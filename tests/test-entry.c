/* test-entry.c — journal entries: properties, notifications and JSON.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-entry.h"
#include "tend-month-file.h"
#include "tend-test-model.h"

static char *
to_string (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static void
test_new (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05.250+01:00");
  TendEntry *entry = tend_entry_new (NULL, created);

  g_assert_true (g_uuid_string_is_valid (tend_entry_get_id (entry)));
  /* Files keep whole seconds, and so does the entry. */
  g_assert_cmpint (g_date_time_get_microsecond (tend_entry_get_created (entry)), ==, 0);
  g_assert_cmpint (g_date_time_get_second (tend_entry_get_created (entry)), ==, 5);
  g_assert_cmpint (g_date_time_get_utc_offset (tend_entry_get_created (entry)), ==,
                   G_TIME_SPAN_HOUR);
  g_assert_true (g_date_time_equal (tend_entry_get_updated (entry),
                                    tend_entry_get_created (entry)));
  /* The day is the local date where it was written, not the UTC one. */
  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2026-11-23");
  g_assert_null (tend_entry_get_prompt (entry));
  g_assert_null (tend_entry_get_theme (entry));
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "");
  g_assert_nonnull (tend_entry_get_tags (entry));
  g_assert_null (tend_entry_get_tags (entry)[0]);
  g_assert_true (tend_entry_get_lookback (entry));
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_entry_get_distress (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_entry_get_safety (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_entry_get_closeness (entry), ==, TEND_CHECKIN_UNSET);

  g_assert_finalize_object (entry);

  entry = tend_entry_new ("my-id", created);
  g_assert_cmpstr (tend_entry_get_id (entry), ==, "my-id");
  g_assert_finalize_object (entry);
}

static void
test_new_now (void)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  TendEntry *entry = tend_entry_new_now ();
  g_autoptr(GDateTime) after = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (after, "%Y-%m-%d");
  GDateTime *created = tend_entry_get_created (entry);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  g_assert_cmpint (g_date_time_difference (created, before), >=, -G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (after, created), >=, 0);
  g_assert_cmpint (g_date_time_get_microsecond (created), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (created), ==,
                   g_date_time_get_utc_offset (after));
  g_assert_true (g_date_time_equal (tend_entry_get_updated (entry), created));
  g_assert_cmpstr (tend_entry_get_day (entry), ==, today);

  g_assert_finalize_object (entry);
}

static void
test_new_now_in_another_zone (void)
{
  /* Just after midnight in Auckland it is still the day before in UTC. */
  if (g_test_subprocess ())
    {
      TendEntry *entry = tend_entry_new_now ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      g_assert_cmpint (g_date_time_get_utc_offset (tend_entry_get_created (entry)), ==,
                       g_date_time_get_utc_offset (now));
      g_assert_cmpint (g_date_time_get_utc_offset (now), !=, 0);
      g_assert_cmpstr (tend_entry_get_day (entry), ==, today);
      g_assert_finalize_object (entry);
      return;
    }

  g_setenv ("TZ", "Pacific/Auckland", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("TZ", "UTC", TRUE);
  g_test_trap_assert_passed ();
}

static void
test_properties (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) updated = tend_test_date_time ("2026-11-23T21:09:12+01:00");
  static const char * const tags[] = { "partner", "café", NULL };
  TendEntry *entry = tend_entry_new ("id-1", created);
  GValue value = G_VALUE_INIT;
  static const struct {
    const char *name;
    int         value;
  } scales[] = {
    { "mood", 3 }, { "mood", 1 }, { "mood", 5 }, { "mood", TEND_CHECKIN_UNSET },
    { "distress", 0 }, { "distress", 10 },
    { "safety", 2 },
    { "closeness", 4 },
  };

  g_value_init (&value, G_TYPE_DATE_TIME);
  g_value_set_boxed (&value, updated);
  tend_test_assert_set_notifies (entry, "updated", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "2026-11-22");
  tend_test_assert_set_notifies (entry, "day", &value);
  g_value_set_string (&value, "boundaries-03");
  tend_test_assert_set_notifies (entry, "prompt", &value);
  g_value_set_string (&value, NULL);
  tend_test_assert_set_notifies (entry, "prompt", &value);
  g_value_set_string (&value, "boundaries");
  tend_test_assert_set_notifies (entry, "theme", &value);
  g_value_set_string (&value, "Heute habe ich „nein“ gesagt 🌱");
  tend_test_assert_set_notifies (entry, "text", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, tags);
  tend_test_assert_set_notifies (entry, "tags", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, FALSE);
  tend_test_assert_set_notifies (entry, "lookback", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_INT);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_value_set_int (&value, scales[i].value);
      tend_test_assert_set_notifies (entry, scales[i].name, &value);
    }
  g_value_unset (&value);

  /* The same through the C accessors. */
  g_assert_true (g_date_time_equal (tend_entry_get_updated (entry), updated));
  g_assert_cmpstr (tend_entry_get_day (entry), ==, "2026-11-22");
  g_assert_null (tend_entry_get_prompt (entry));
  g_assert_cmpstr (tend_entry_get_theme (entry), ==, "boundaries");
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "Heute habe ich „nein“ gesagt 🌱");
  g_assert_true (g_strv_equal (tend_entry_get_tags (entry), tags));
  g_assert_false (tend_entry_get_lookback (entry));
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpint (tend_entry_get_distress (entry), ==, 10);
  g_assert_cmpint (tend_entry_get_safety (entry), ==, 2);
  g_assert_cmpint (tend_entry_get_closeness (entry), ==, 4);

  /* NULL text and tags are the empty ones: no change, no notification. */
  tend_entry_set_text (entry, "");
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, NULL);
  g_assert_cmpuint (tend_test_count_notifications (entry, "text", &value), ==, 0);
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "");
  g_value_unset (&value);

  g_assert_finalize_object (entry);
}

static void
test_updated (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) same_instant_utc = tend_test_date_time ("2026-11-23T20:04:05Z");
  g_autoptr(GDateTime) with_fraction = tend_test_date_time ("2026-11-23T21:04:05.9+01:00");
  TendEntry *entry = tend_entry_new (NULL, created);
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DATE_TIME);

  /* Only the microseconds differ, which the file does not keep: no change. */
  g_value_set_boxed (&value, with_fraction);
  g_assert_cmpuint (tend_test_count_notifications (entry, "updated", &value), ==, 0);

  /* The same instant with another offset is written differently: a change. */
  g_value_set_boxed (&value, same_instant_utc);
  g_assert_cmpuint (tend_test_count_notifications (entry, "updated", &value), ==, 1);
  g_assert_cmpint (g_date_time_get_utc_offset (tend_entry_get_updated (entry)), ==, 0);

  g_value_unset (&value);
  g_assert_finalize_object (entry);
}

static void
test_preconditions (void)
{
  TendEntry *entry = tend_entry_new_now ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*scale_value_is_valid*");
  tend_entry_set_mood (entry, 6);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*scale_value_is_valid*");
  tend_entry_set_distress (entry, 11);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*scale_value_is_valid*");
  tend_entry_set_safety (entry, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*tend_day_is_valid*");
  tend_entry_set_day (entry, "2026-02-30");
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*text_is_valid*");
  tend_entry_set_text (entry, "caf\xe9");
  g_test_assert_expected_messages ();

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*updated != NULL*");
  tend_entry_set_updated (entry, NULL);
  g_test_assert_expected_messages ();

  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);
  g_assert_cmpstr (tend_entry_get_text (entry), ==, "");

  g_assert_finalize_object (entry);
}

static TendEntry *
entry_from_string (const char  *json,
                   GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;

  node = json_from_string (json, &parse_error);
  g_assert_no_error (parse_error);

  return tend_entry_new_from_json (json_node_get_object (node), "2026-11.json: entries[3]",
                                   error);
}

static void
test_json_round_trip (void)
{
  g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-23T21:04:05+01:00");
  g_autoptr(GDateTime) updated = tend_test_date_time ("2026-11-23T21:09:12-03:30");
  static const char * const tags[] = { "partner", "\"quoted\"", "日本語", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  TendEntry *entry = tend_entry_new ("8a3c", created);
  TendEntry *copy;

  tend_entry_set_updated (entry, updated);
  tend_entry_set_day (entry, "2026-11-22");
  tend_entry_set_prompt (entry, "boundaries-03");
  tend_entry_set_theme (entry, "boundaries");
  tend_entry_set_text (entry, "Line one\nLine \"two\"\t\\ é ñ ü 💛\u2028end");
  tend_entry_set_tags (entry, tags);
  tend_entry_set_lookback (entry, FALSE);
  tend_entry_set_mood (entry, 3);
  tend_entry_set_distress (entry, 0);
  tend_entry_set_safety (entry, 5);
  tend_entry_set_closeness (entry, 1);

  node = tend_entry_to_json (entry);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"8a3c\","
                   "\"created\":\"2026-11-23T21:04:05+01:00\","
                   "\"updated\":\"2026-11-23T21:09:12-03:30\","
                   "\"day\":\"2026-11-22\","
                   "\"prompt\":\"boundaries-03\","
                   "\"theme\":\"boundaries\","
                   "\"text\":\"Line one\\nLine \\\"two\\\"\\t\\\\ é ñ ü 💛\u2028end\","
                   "\"tags\":[\"partner\",\"\\\"quoted\\\"\",\"日本語\"],"
                   "\"lookback\":false,"
                   "\"checkin\":{\"mood\":3,\"distress\":0,\"safety\":5,\"closeness\":1}}");

  copy = tend_entry_new_from_json (json_node_get_object (node), "test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tend_entry_get_id (copy), ==, "8a3c");
  g_assert_true (g_date_time_equal (tend_entry_get_created (copy), created));
  g_assert_true (g_date_time_equal (tend_entry_get_updated (copy), updated));
  g_assert_cmpint (g_date_time_get_utc_offset (tend_entry_get_updated (copy)), ==,
                   -(3 * G_TIME_SPAN_HOUR + 30 * G_TIME_SPAN_MINUTE));
  g_assert_cmpstr (tend_entry_get_day (copy), ==, "2026-11-22");
  g_assert_cmpstr (tend_entry_get_prompt (copy), ==, "boundaries-03");
  g_assert_cmpstr (tend_entry_get_theme (copy), ==, "boundaries");
  g_assert_cmpstr (tend_entry_get_text (copy), ==, tend_entry_get_text (entry));
  g_assert_true (g_strv_equal (tend_entry_get_tags (copy), tags));
  g_assert_false (tend_entry_get_lookback (copy));
  g_assert_cmpint (tend_entry_get_mood (copy), ==, 3);
  g_assert_cmpint (tend_entry_get_distress (copy), ==, 0);
  g_assert_cmpint (tend_entry_get_safety (copy), ==, 5);
  g_assert_cmpint (tend_entry_get_closeness (copy), ==, 1);

  again = tend_entry_to_json (copy);
  json_again = to_string (again);
  g_assert_cmpstr (json_again, ==, json);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (entry);
}

static void
test_json_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  TendEntry *entry;

  /* Only the required members; null stands for absent; "lookback": true is the default. */
  entry = entry_from_string ("{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\","
                             "\"updated\":\"2026-11-01T00:00:00Z\",\"day\":\"2026-11-01\","
                             "\"text\":\"\",\"prompt\":null,\"lookback\":true,"
                             "\"checkin\":{\"mood\":null}}", &error);
  g_assert_no_error (error);
  g_assert_null (tend_entry_get_prompt (entry));
  g_assert_null (tend_entry_get_theme (entry));
  g_assert_null (tend_entry_get_tags (entry)[0]);
  g_assert_true (tend_entry_get_lookback (entry));
  g_assert_cmpint (tend_entry_get_mood (entry), ==, TEND_CHECKIN_UNSET);

  /* What is absent or default is not written: no prompt, no lookback, no empty check-in. */
  node = tend_entry_to_json (entry);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00+00:00\","
                   "\"updated\":\"2026-11-01T00:00:00+00:00\",\"day\":\"2026-11-01\","
                   "\"text\":\"\",\"tags\":[]}");

  g_assert_finalize_object (entry);
}

static void
test_json_unknown_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  TendEntry *entry;

  entry = entry_from_string ("{\"future\":{\"nested\":[1,2.5,\"x\",null]},"
                             "\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\","
                             "\"updated\":\"2026-11-01T00:00:00Z\",\"day\":\"2026-11-01\","
                             "\"text\":\"t\",\"mood_note\":\"kept\","
                             "\"checkin\":{\"energy\":2,\"mood\":4}}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tend_entry_get_mood (entry), ==, 4);

  /* Unknown members come back unchanged, after the known ones, in their own order. */
  node = tend_entry_to_json (entry);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00+00:00\","
                   "\"updated\":\"2026-11-01T00:00:00+00:00\",\"day\":\"2026-11-01\","
                   "\"text\":\"t\",\"tags\":[],"
                   "\"checkin\":{\"mood\":4,\"energy\":2},"
                   "\"future\":{\"nested\":[1,2.5,\"x\",null]},\"mood_note\":\"kept\"}");
  g_clear_pointer (&json, g_free);
  g_clear_pointer (&node, json_node_unref);

  /* A check-in with only unknown members is kept, not dropped with the ratings. */
  tend_entry_set_mood (entry, TEND_CHECKIN_UNSET);
  node = tend_entry_to_json (entry);
  json = to_string (node);
  g_assert_true (strstr (json, "\"checkin\":{\"energy\":2}") != NULL);

  g_assert_finalize_object (entry);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GPtrArray  *names)
{
  g_ptr_array_add (names, (gpointer) pspec->name);
}

/* A backup's copy of an entry replaces every member of ours, the unknown ones too, and says
 * what changed; "updated" always, so cached text of the month is dropped. */
static void
test_assign (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(JsonNode) ours_node = NULL;
  g_autoptr(JsonNode) theirs_node = NULL;
  g_autofree char *ours_json = NULL;
  g_autofree char *theirs_json = NULL;
  TendEntry *ours, *theirs;

  ours = entry_from_string ("{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\","
                            "\"updated\":\"2026-11-01T00:00:00Z\",\"day\":\"2026-11-01\","
                            "\"text\":\"ours\",\"mood\":null,\"old\":1}", &error);
  g_assert_no_error (error);
  theirs = entry_from_string ("{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\","
                              "\"updated\":\"2026-11-02T00:00:00Z\",\"day\":\"2026-11-02\","
                              "\"prompt\":\"boundaries-03\",\"theme\":\"boundaries\","
                              "\"text\":\"theirs\",\"tags\":[\"x\"],\"lookback\":false,"
                              "\"checkin\":{\"mood\":4,\"energy\":2},\"future\":true}", &error);
  g_assert_no_error (error);

  g_signal_connect (ours, "notify", G_CALLBACK (count_notify), names);
  tend_entry_assign (ours, theirs);

  ours_node = tend_entry_to_json (ours);
  theirs_node = tend_entry_to_json (theirs);
  ours_json = to_string (ours_node);
  theirs_json = to_string (theirs_node);
  g_assert_cmpstr (ours_json, ==, theirs_json);

  g_assert_true (g_ptr_array_find_with_equal_func (names, "updated", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "text", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "day", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (names, "created", g_str_equal, NULL));

  /* Nothing differs now: only "updated" is told. */
  g_ptr_array_set_size (names, 0);
  tend_entry_assign (ours, theirs);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "updated");

  g_signal_handlers_disconnect_by_func (ours, count_notify, names);
  g_assert_finalize_object (ours);
  g_assert_finalize_object (theirs);
}

#define ENTRY_START "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\"," \
                    "\"updated\":\"2026-11-01T00:00:00Z\",\"day\":\"2026-11-01\",\"text\":\"t\""

static void
test_json_errors (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\",\"text\":\"t\"}",
      "2026-11.json: entries[3].id: this required member is missing" },
    { "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\"}",
      "2026-11.json: entries[3].text: this required member is missing" },
    { "{\"id\":\"\",\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\",\"text\":\"t\"}",
      "2026-11.json: entries[3].id: expected an id (text that is not empty)" },
    { "{\"id\":7,\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\",\"text\":\"t\"}",
      "2026-11.json: entries[3].id: expected an id (text that is not empty)" },
    { "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\",\"text\":\"t\"}",
      "2026-11.json: entries[3].created: expected a date and time like "
      "2026-11-23T21:04:05+01:00" },
    { "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\",\"updated\":1,"
      "\"day\":\"2026-11-01\",\"text\":\"t\"}",
      "2026-11.json: entries[3].updated: expected a date and time like "
      "2026-11-23T21:04:05+01:00" },
    { "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-31\",\"text\":\"t\"}",
      "2026-11.json: entries[3].day: expected a date like 2026-11-23" },
    { "{\"id\":\"a\",\"created\":\"2026-11-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\","
      "\"day\":\"2026-11-01\",\"text\":[\"t\"]}",
      "2026-11.json: entries[3].text: expected text" },
    { ENTRY_START ",\"prompt\":3}", "2026-11.json: entries[3].prompt: expected text" },
    { ENTRY_START ",\"theme\":true}", "2026-11.json: entries[3].theme: expected text" },
    { ENTRY_START ",\"tags\":\"partner\"}", "2026-11.json: entries[3].tags: expected a list" },
    { ENTRY_START ",\"tags\":[\"a\",2]}", "2026-11.json: entries[3].tags[1]: expected text" },
    { ENTRY_START ",\"lookback\":0}",
      "2026-11.json: entries[3].lookback: expected true or false" },
    { ENTRY_START ",\"checkin\":[]}", "2026-11.json: entries[3].checkin: expected an object" },
    { ENTRY_START ",\"checkin\":{\"mood\":6}}",
      "2026-11.json: entries[3].checkin.mood: expected a whole number from 1 to 5" },
    { ENTRY_START ",\"checkin\":{\"mood\":0}}",
      "2026-11.json: entries[3].checkin.mood: expected a whole number from 1 to 5" },
    { ENTRY_START ",\"checkin\":{\"mood\":\"3\"}}",
      "2026-11.json: entries[3].checkin.mood: expected a whole number from 1 to 5" },
    { ENTRY_START ",\"checkin\":{\"distress\":3.5}}",
      "2026-11.json: entries[3].checkin.distress: expected a whole number from 0 to 10" },
    { ENTRY_START ",\"checkin\":{\"distress\":-1}}",
      "2026-11.json: entries[3].checkin.distress: expected a whole number from 0 to 10" },
    { ENTRY_START ",\"checkin\":{\"safety\":9999999999999}}",
      "2026-11.json: entries[3].checkin.safety: expected a whole number from 1 to 5" },
    { ENTRY_START ",\"checkin\":{\"closeness\":true}}",
      "2026-11.json: entries[3].checkin.closeness: expected a whole number from 1 to 5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TendEntry) entry = NULL;

      g_test_message ("case %u: %s", i, cases[i].json);
      entry = entry_from_string (cases[i].json, &error);
      g_assert_null (entry);
      g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/entry/new", test_new);
  g_test_add_func ("/tend/entry/new-now", test_new_now);
  g_test_add_func ("/tend/entry/new-now-in-another-zone", test_new_now_in_another_zone);
  g_test_add_func ("/tend/entry/properties", test_properties);
  g_test_add_func ("/tend/entry/updated", test_updated);
  g_test_add_func ("/tend/entry/preconditions", test_preconditions);
  g_test_add_func ("/tend/entry/json/round-trip", test_json_round_trip);
  g_test_add_func ("/tend/entry/json/minimal", test_json_minimal);
  g_test_add_func ("/tend/entry/json/unknown-members", test_json_unknown_members);
  g_test_add_func ("/tend/entry/json/errors", test_json_errors);
  g_test_add_func ("/tend/entry/assign", test_assign);

  return g_test_run ();
}
