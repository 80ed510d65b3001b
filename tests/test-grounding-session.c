/* test-grounding-session.c — grounding sessions: properties, notifications and JSON.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-grounding-session.h"
#include "tend-month-file.h"
#include "tend-test-model.h"

static char *
to_string (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

static TendGroundingSession *
session_from_string (const char  *json,
                     GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) parse_error = NULL;

  node = json_from_string (json, &parse_error);
  g_assert_no_error (parse_error);

  return tend_grounding_session_new_from_json (json_node_get_object (node),
                                               "2026-11.json: grounding[0]", error);
}

static void
test_new (void)
{
  g_autoptr(GDateTime) started = tend_test_date_time ("2026-11-23T22:10:00.5+01:00");
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  TendGroundingSession *session;
  g_autofree char *day = NULL;

  session = tend_grounding_session_new (NULL, started, "box-breathing");
  g_assert_true (g_uuid_string_is_valid (tend_grounding_session_get_id (session)));
  g_assert_cmpint (g_date_time_get_microsecond (tend_grounding_session_get_started (session)),
                   ==, 0);
  g_assert_true (g_date_time_equal (tend_grounding_session_get_updated (session),
                                    tend_grounding_session_get_started (session)));
  g_assert_cmpstr (tend_grounding_session_get_exercise (session), ==, "box-breathing");
  g_assert_cmpuint (tend_grounding_session_get_seconds (session), ==, 0);
  g_assert_false (tend_grounding_session_get_completed (session));
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==,
                   TEND_DISTRESS_UNSET);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==,
                   TEND_DISTRESS_UNSET);
  g_assert_null (tend_grounding_session_get_note (session));
  day = tend_grounding_session_dup_day (session);
  g_assert_cmpstr (day, ==, "2026-11-23");
  g_assert_finalize_object (session);

  /* Without a time it starts now, in local time. */
  session = tend_grounding_session_new ("s-1", NULL, "butterfly-hug");
  g_assert_cmpstr (tend_grounding_session_get_id (session), ==, "s-1");
  g_assert_cmpint (g_date_time_difference (tend_grounding_session_get_started (session), before),
                   >=, -G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_get_utc_offset (tend_grounding_session_get_started (session)),
                   ==, g_date_time_get_utc_offset (before));
  g_assert_finalize_object (session);
}

static void
test_day_is_local (void)
{
  /* 00:30 in Berlin is the evening before in UTC: the day is the one the person lived. */
  g_autoptr(GDateTime) started = tend_test_date_time ("2026-12-01T00:30:00+01:00");
  TendGroundingSession *session = tend_grounding_session_new (NULL, started, "orienting");
  g_autofree char *day = tend_grounding_session_dup_day (session);

  g_assert_cmpstr (day, ==, "2026-12-01");
  g_assert_finalize_object (session);
}

static void
test_properties (void)
{
  g_autoptr(GDateTime) started = tend_test_date_time ("2026-11-23T22:10:00+01:00");
  g_autoptr(GDateTime) updated = tend_test_date_time ("2026-11-23T22:14:00+01:00");
  TendGroundingSession *session = tend_grounding_session_new (NULL, started, "box-breathing");
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_DATE_TIME);
  g_value_set_boxed (&value, updated);
  tend_test_assert_set_notifies (session, "updated", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, 240);
  tend_test_assert_set_notifies (session, "seconds", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, TRUE);
  tend_test_assert_set_notifies (session, "completed", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 7);
  tend_test_assert_set_notifies (session, "distress-before", &value);
  g_value_set_int (&value, 0);
  tend_test_assert_set_notifies (session, "distress-after", &value);
  g_value_set_int (&value, 10);
  tend_test_assert_set_notifies (session, "distress-after", &value);
  g_value_set_int (&value, TEND_DISTRESS_UNSET);
  tend_test_assert_set_notifies (session, "distress-after", &value);
  g_value_unset (&value);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "the cool glass helped ❄️");
  tend_test_assert_set_notifies (session, "note", &value);
  g_value_unset (&value);

  g_assert_true (g_date_time_equal (tend_grounding_session_get_updated (session), updated));
  g_assert_cmpuint (tend_grounding_session_get_seconds (session), ==, 240);
  g_assert_true (tend_grounding_session_get_completed (session));
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==, 7);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==,
                   TEND_DISTRESS_UNSET);
  g_assert_cmpstr (tend_grounding_session_get_note (session), ==, "the cool glass helped ❄️");

  g_test_expect_message ("Tend", G_LOG_LEVEL_CRITICAL, "*distress_is_valid*");
  tend_grounding_session_set_distress_before (session, 11);
  g_test_assert_expected_messages ();
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==, 7);

  g_assert_finalize_object (session);
}

static void
test_json_round_trip (void)
{
  g_autoptr(GDateTime) started = tend_test_date_time ("2026-11-23T22:10:00+01:00");
  g_autoptr(GDateTime) updated = tend_test_date_time ("2026-11-23T22:14:00+01:00");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  TendGroundingSession *session = tend_grounding_session_new ("s", started, "box-breathing");
  TendGroundingSession *copy;

  tend_grounding_session_set_updated (session, updated);
  tend_grounding_session_set_seconds (session, 240);
  tend_grounding_session_set_completed (session, TRUE);
  tend_grounding_session_set_distress_before (session, 7);
  tend_grounding_session_set_distress_after (session, 4);
  tend_grounding_session_set_note (session, "la respiración «lenta» ayudó");

  node = tend_grounding_session_to_json (session);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                   "\"updated\":\"2026-11-23T22:14:00+01:00\",\"exercise\":\"box-breathing\","
                   "\"seconds\":240,\"completed\":true,\"distress_before\":7,"
                   "\"distress_after\":4,\"note\":\"la respiración «lenta» ayudó\"}");

  copy = tend_grounding_session_new_from_json (json_node_get_object (node), "test", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tend_grounding_session_get_id (copy), ==, "s");
  g_assert_true (g_date_time_equal (tend_grounding_session_get_started (copy), started));
  g_assert_true (g_date_time_equal (tend_grounding_session_get_updated (copy), updated));
  g_assert_cmpstr (tend_grounding_session_get_exercise (copy), ==, "box-breathing");
  g_assert_cmpuint (tend_grounding_session_get_seconds (copy), ==, 240);
  g_assert_true (tend_grounding_session_get_completed (copy));
  g_assert_cmpint (tend_grounding_session_get_distress_before (copy), ==, 7);
  g_assert_cmpint (tend_grounding_session_get_distress_after (copy), ==, 4);
  g_assert_cmpstr (tend_grounding_session_get_note (copy), ==, "la respiración «lenta» ayudó");

  again = tend_grounding_session_to_json (copy);
  json_again = to_string (again);
  g_assert_cmpstr (json_again, ==, json);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (session);
}

static void
test_json_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  TendGroundingSession *session;

  /* No "updated": it is the start; skipped ratings and note are absent or null. */
  session = session_from_string ("{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                                 "\"exercise\":\"box-breathing\",\"seconds\":0,"
                                 "\"completed\":false,\"distress_after\":null}", &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (tend_grounding_session_get_updated (session),
                                    tend_grounding_session_get_started (session)));
  g_assert_cmpint (tend_grounding_session_get_distress_before (session), ==,
                   TEND_DISTRESS_UNSET);
  g_assert_cmpint (tend_grounding_session_get_distress_after (session), ==,
                   TEND_DISTRESS_UNSET);
  g_assert_null (tend_grounding_session_get_note (session));

  node = tend_grounding_session_to_json (session);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                   "\"updated\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"box-breathing\","
                   "\"seconds\":0,\"completed\":false}");

  g_assert_finalize_object (session);
}

static void
test_json_unknown_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  TendGroundingSession *session;

  session = session_from_string ("{\"pace\":{\"in\":4,\"out\":6},\"id\":\"s\","
                                 "\"started\":\"2026-11-23T22:10:00+01:00\","
                                 "\"exercise\":\"longer-exhale\",\"seconds\":90,"
                                 "\"completed\":true,\"steps_skipped\":[2]}", &error);
  g_assert_no_error (error);

  node = tend_grounding_session_to_json (session);
  json = to_string (node);
  g_assert_cmpstr (json, ==,
                   "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                   "\"updated\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"longer-exhale\","
                   "\"seconds\":90,\"completed\":true,"
                   "\"pace\":{\"in\":4,\"out\":6},\"steps_skipped\":[2]}");

  g_assert_finalize_object (session);
}

static void
test_assign (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ours_node = NULL;
  g_autoptr(JsonNode) theirs_node = NULL;
  g_autofree char *ours_json = NULL;
  g_autofree char *theirs_json = NULL;
  TendGroundingSession *ours, *theirs;

  ours = session_from_string ("{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                              "\"exercise\":\"longer-exhale\",\"seconds\":90,"
                              "\"completed\":false,\"old\":1}", &error);
  g_assert_no_error (error);
  theirs = session_from_string ("{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\","
                                "\"updated\":\"2026-11-23T22:20:00+01:00\","
                                "\"exercise\":\"box-breathing\",\"seconds\":240,"
                                "\"completed\":true,\"distress_before\":7,"
                                "\"distress_after\":4,\"note\":\"a cool glass\","
                                "\"pace\":{\"in\":4}}", &error);
  g_assert_no_error (error);

  tend_grounding_session_assign (ours, theirs);
  ours_node = tend_grounding_session_to_json (ours);
  theirs_node = tend_grounding_session_to_json (theirs);
  ours_json = to_string (ours_node);
  theirs_json = to_string (theirs_node);
  g_assert_cmpstr (ours_json, ==, theirs_json);

  g_assert_finalize_object (ours);
  g_assert_finalize_object (theirs);
}

#define SESSION_START "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\"," \
                      "\"exercise\":\"box-breathing\",\"seconds\":240,\"completed\":true"

static void
test_json_errors (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"id\":\"s\",\"exercise\":\"x\",\"seconds\":1,\"completed\":true}",
      "2026-11.json: grounding[0].started: this required member is missing" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"seconds\":1,\"completed\":true}",
      "2026-11.json: grounding[0].exercise: this required member is missing" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"x\",\"seconds\":1}",
      "2026-11.json: grounding[0].completed: this required member is missing" },
    { "{\"id\":\"s\",\"started\":\"yesterday\",\"exercise\":\"x\",\"seconds\":1,"
      "\"completed\":true}",
      "2026-11.json: grounding[0].started: expected a date and time like "
      "2026-11-23T21:04:05+01:00" },
    { SESSION_START ",\"updated\":\"2026-11-23\"}",
      "2026-11.json: grounding[0].updated: expected a date and time like "
      "2026-11-23T21:04:05+01:00" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":5,\"seconds\":1,"
      "\"completed\":true}",
      "2026-11.json: grounding[0].exercise: expected text" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"x\","
      "\"seconds\":-1,\"completed\":true}",
      "2026-11.json: grounding[0].seconds: expected a whole number of seconds, 0 or more" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"x\","
      "\"seconds\":4294967296,\"completed\":true}",
      "2026-11.json: grounding[0].seconds: expected a whole number of seconds, 0 or more" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"x\","
      "\"seconds\":\"240\",\"completed\":true}",
      "2026-11.json: grounding[0].seconds: expected a whole number of seconds, 0 or more" },
    { "{\"id\":\"s\",\"started\":\"2026-11-23T22:10:00+01:00\",\"exercise\":\"x\","
      "\"seconds\":1,\"completed\":\"yes\"}",
      "2026-11.json: grounding[0].completed: expected true or false" },
    { SESSION_START ",\"distress_before\":11}",
      "2026-11.json: grounding[0].distress_before: expected a whole number from 0 to 10" },
    { SESSION_START ",\"distress_after\":-1}",
      "2026-11.json: grounding[0].distress_after: expected a whole number from 0 to 10" },
    { SESSION_START ",\"note\":{}}", "2026-11.json: grounding[0].note: expected text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TendGroundingSession) session = NULL;

      g_test_message ("case %u: %s", i, cases[i].json);
      session = session_from_string (cases[i].json, &error);
      g_assert_null (session);
      g_assert_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/grounding-session/new", test_new);
  g_test_add_func ("/tend/grounding-session/day-is-local", test_day_is_local);
  g_test_add_func ("/tend/grounding-session/properties", test_properties);
  g_test_add_func ("/tend/grounding-session/json/round-trip", test_json_round_trip);
  g_test_add_func ("/tend/grounding-session/json/minimal", test_json_minimal);
  g_test_add_func ("/tend/grounding-session/json/unknown-members", test_json_unknown_members);
  g_test_add_func ("/tend/grounding-session/json/errors", test_json_errors);
  g_test_add_func ("/tend/grounding-session/assign", test_assign);

  return g_test_run ();
}
