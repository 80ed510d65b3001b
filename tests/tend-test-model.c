/* tend-test-model.c — helpers for the model's tests.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-model.h"

GDateTime *
tend_test_date_time (const char *iso8601)
{
  GDateTime *value = g_date_time_new_from_iso8601 (iso8601, NULL);

  g_assert_nonnull (value);
  return value;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* How many times setting @property to @value notifies. */
guint
tend_test_count_notifications (gpointer      object,
                               const char   *property,
                               const GValue *value)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  guint count = 0;
  gulong handler;

  handler = g_signal_connect (object, signal, G_CALLBACK (count_notify), &count);
  g_object_set_property (object, property, value);
  g_signal_handler_disconnect (object, handler);

  return count;
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS (a, G_TYPE_DATE_TIME))
    return g_date_time_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    return g_strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_BOOLEAN (a))
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_VALUE_HOLDS_INT (a))
    return g_value_get_int (a) == g_value_get_int (b);
  if (G_VALUE_HOLDS_UINT (a))
    return g_value_get_uint (a) == g_value_get_uint (b);

  g_assert_not_reached ();
}

/* Setting @value notifies once; setting it again does not; reading gives it back. */
void
tend_test_assert_set_notifies (gpointer      object,
                               const char   *property,
                               const GValue *value)
{
  GValue read = G_VALUE_INIT;

  g_assert_cmpuint (tend_test_count_notifications (object, property, value), ==, 1);
  g_assert_cmpuint (tend_test_count_notifications (object, property, value), ==, 0);

  g_value_init (&read, G_VALUE_TYPE (value));
  g_object_get_property (object, property, &read);
  g_assert_true (values_equal (value, &read));
  g_value_unset (&read);
}
