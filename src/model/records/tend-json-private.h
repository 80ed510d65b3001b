/* tend-json-private.h — reading and writing the parts that entries, grounding sessions and month
 * files share.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* "2026-11-23T21:04:05+01:00" and a final NUL */
#define TEND_DATE_TIME_STRING_SIZE 32

char       *tend_json_path               (const char  *where,
                                          const char  *member) G_GNUC_WARN_UNUSED_RESULT;
void        tend_json_set_missing        (GError     **error,
                                          const char  *where,
                                          const char  *member);

const char *tend_json_object_get_string  (JsonObject  *object,
                                          const char  *member);
gboolean    tend_json_read_object        (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          JsonObject **value,
                                          GError     **error);
gboolean    tend_json_read_array         (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          JsonArray  **value,
                                          GError     **error);
gboolean    tend_json_read_string        (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          const char **value,
                                          GError     **error);
gboolean    tend_json_read_id            (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          const char **value,
                                          GError     **error);
gboolean    tend_json_read_boolean       (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          gboolean    *value,
                                          GError     **error);
gboolean    tend_json_read_integer       (JsonNode    *node,
                                          gint64       min,
                                          gint64       max,
                                          gint64      *value);
gboolean    tend_json_read_scale         (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          int          min,
                                          int          max,
                                          int         *value,
                                          GError     **error);
gboolean    tend_json_read_date_time     (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          GDateTime  **value,
                                          GError     **error);
gboolean    tend_json_read_day           (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          const char **value,
                                          GError     **error);
gboolean    tend_json_read_tags          (JsonNode    *node,
                                          const char  *where,
                                          const char  *member,
                                          char      ***value,
                                          GError     **error);

void        tend_json_keep_member        (JsonObject **extra,
                                          const char  *name,
                                          JsonNode    *node);
void        tend_json_add_kept_members   (JsonObject  *object,
                                          JsonObject  *extra);

void        tend_json_write              (GString     *out,
                                          JsonNode    *node);
void        tend_json_write_at           (GString     *out,
                                          JsonNode    *node,
                                          guint        depth);
void        tend_json_write_member_name  (GString     *out,
                                          const char  *name,
                                          guint        depth);

gboolean    tend_day_is_valid            (const char  *day);
void        tend_date_time_to_day        (GDateTime   *date_time,
                                          char         day[11]);
void        tend_date_time_to_string     (GDateTime   *date_time,
                                          char         string[TEND_DATE_TIME_STRING_SIZE]);
GDateTime  *tend_date_time_to_seconds    (GDateTime   *date_time) G_GNUC_WARN_UNUSED_RESULT;
gboolean    tend_date_time_same          (GDateTime   *a,
                                          GDateTime   *b);
gboolean    tend_date_time_set           (GDateTime  **slot,
                                          GDateTime   *value);

G_END_DECLS
