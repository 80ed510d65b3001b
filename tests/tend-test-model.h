/* tend-test-model.h — helpers for the model's tests: counting and checking property notifications.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

GDateTime *tend_test_date_time            (const char   *iso8601) G_GNUC_WARN_UNUSED_RESULT;
guint      tend_test_count_notifications  (gpointer      object,
                                           const char   *property,
                                           const GValue *value);
void       tend_test_assert_set_notifies  (gpointer      object,
                                           const char   *property,
                                           const GValue *value);

G_END_DECLS
