/* tend-grounding-session.c — one grounding exercise as it was done: when, how long, the distress
 * before and after, and its JSON in a month file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-grounding-session.h"
#include "tend-json-private.h"
#include "tend-records-error.h"

struct _TendGroundingSession
{
  GObject      parent_instance;

  char        *id;
  GDateTime   *started;
  GDateTime   *updated;
  char        *exercise;
  guint        seconds;
  gboolean     completed;
  int          distress_before;
  int          distress_after;
  char        *note;

  /* Members this version does not know, kept for the next write. */
  JsonObject  *extra;
};

G_DEFINE_FINAL_TYPE (TendGroundingSession, tend_grounding_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STARTED,
  PROP_UPDATED,
  PROP_EXERCISE,
  PROP_SECONDS,
  PROP_COMPLETED,
  PROP_DISTRESS_BEFORE,
  PROP_DISTRESS_AFTER,
  PROP_NOTE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static gboolean
distress_is_valid (int distress)
{
  return distress == TEND_DISTRESS_UNSET || (distress >= 0 && distress <= 10);
}

static void
tend_grounding_session_constructed (GObject *object)
{
  TendGroundingSession *self = TEND_GROUNDING_SESSION (object);

  G_OBJECT_CLASS (tend_grounding_session_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();

  if (self->started == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->started = tend_date_time_to_seconds (now);
    }

  if (self->updated == NULL)
    self->updated = g_date_time_ref (self->started);

  if (self->exercise == NULL)
    self->exercise = g_strdup ("");
}

static void
tend_grounding_session_finalize (GObject *object)
{
  TendGroundingSession *self = TEND_GROUNDING_SESSION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->updated, g_date_time_unref);
  g_clear_pointer (&self->exercise, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (tend_grounding_session_parent_class)->finalize (object);
}

static void
tend_grounding_session_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TendGroundingSession *self = TEND_GROUNDING_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_STARTED:
      g_value_set_boxed (value, self->started);
      break;
    case PROP_UPDATED:
      g_value_set_boxed (value, self->updated);
      break;
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    case PROP_SECONDS:
      g_value_set_uint (value, self->seconds);
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    case PROP_DISTRESS_BEFORE:
      g_value_set_int (value, self->distress_before);
      break;
    case PROP_DISTRESS_AFTER:
      g_value_set_int (value, self->distress_after);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_grounding_session_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TendGroundingSession *self = TEND_GROUNDING_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      break;
    case PROP_STARTED:
      g_assert (self->started == NULL);
      if (g_value_get_boxed (value) != NULL)
        self->started = tend_date_time_to_seconds (g_value_get_boxed (value));
      break;
    case PROP_UPDATED:
      tend_grounding_session_set_updated (self, g_value_get_boxed (value));
      break;
    case PROP_EXERCISE:
      g_assert (self->exercise == NULL);
      self->exercise = g_value_dup_string (value);
      break;
    case PROP_SECONDS:
      tend_grounding_session_set_seconds (self, g_value_get_uint (value));
      break;
    case PROP_COMPLETED:
      tend_grounding_session_set_completed (self, g_value_get_boolean (value));
      break;
    case PROP_DISTRESS_BEFORE:
      tend_grounding_session_set_distress_before (self, g_value_get_int (value));
      break;
    case PROP_DISTRESS_AFTER:
      tend_grounding_session_set_distress_after (self, g_value_get_int (value));
      break;
    case PROP_NOTE:
      tend_grounding_session_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_grounding_session_class_init (TendGroundingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tend_grounding_session_constructed;
  object_class->finalize = tend_grounding_session_finalize;
  object_class->get_property = tend_grounding_session_get_property;
  object_class->set_property = tend_grounding_session_set_property;

  /* A random UUID, made when none is given. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* When the exercise began, in whole seconds with its local offset; now when not given. */
  properties[PROP_STARTED] =
    g_param_spec_boxed ("started", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The exercise's id in the catalog, like "box-breathing". */
  properties[PROP_EXERCISE] =
    g_param_spec_string ("exercise", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* How long it went on, finished or not. */
  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMPLETED] =
    g_param_spec_boolean ("completed", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Distress from 0 to 10 (SUDS), TEND_DISTRESS_UNSET when skipped. */
  properties[PROP_DISTRESS_BEFORE] =
    g_param_spec_int ("distress-before", NULL, NULL,
                      TEND_DISTRESS_UNSET, 10, TEND_DISTRESS_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DISTRESS_AFTER] =
    g_param_spec_int ("distress-after", NULL, NULL,
                      TEND_DISTRESS_UNSET, 10, TEND_DISTRESS_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_grounding_session_init (TendGroundingSession *self)
{
  self->distress_before = TEND_DISTRESS_UNSET;
  self->distress_after = TEND_DISTRESS_UNSET;
}

/**
 * tend_grounding_session_new:
 * @id: (nullable): the session's id, or %NULL for a new random UUID
 * @started: (nullable): when the exercise began, or %NULL for now
 * @exercise: the exercise's id, like "box-breathing"
 *
 * Returns: a new session of 0 seconds, not completed, `updated` equal to @started
 */
TendGroundingSession *
tend_grounding_session_new (const char *id,
                            GDateTime  *started,
                            const char *exercise)
{
  g_return_val_if_fail (id == NULL || *id != '\0', NULL);
  g_return_val_if_fail (exercise != NULL && g_utf8_validate (exercise, -1, NULL), NULL);

  return g_object_new (TEND_TYPE_GROUNDING_SESSION,
                       "id", id,
                       "started", started,
                       "exercise", exercise,
                       NULL);
}

const char *
tend_grounding_session_get_id (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  return self->id;
}

GDateTime *
tend_grounding_session_get_started (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  return self->started;
}

GDateTime *
tend_grounding_session_get_updated (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  return self->updated;
}

/**
 * tend_grounding_session_set_updated:
 * @updated: when it last changed; kept in whole seconds, as the file keeps it
 */
void
tend_grounding_session_set_updated (TendGroundingSession *self,
                                    GDateTime            *updated)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));
  g_return_if_fail (updated != NULL);

  if (tend_date_time_set (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/**
 * tend_grounding_session_dup_day:
 *
 * Returns: the local date of `started` as the file says it, "YYYY-MM-DD"
 */
char *
tend_grounding_session_dup_day (TendGroundingSession *self)
{
  char day[11];

  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  tend_date_time_to_day (self->started, day);
  return g_strdup (day);
}

const char *
tend_grounding_session_get_exercise (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  return self->exercise;
}

guint
tend_grounding_session_get_seconds (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), 0);

  return self->seconds;
}

void
tend_grounding_session_set_seconds (TendGroundingSession *self,
                                    guint                 seconds)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));

  if (self->seconds == seconds)
    return;

  self->seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
}

gboolean
tend_grounding_session_get_completed (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), FALSE);

  return self->completed;
}

void
tend_grounding_session_set_completed (TendGroundingSession *self,
                                      gboolean              completed)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));

  completed = !!completed;
  if (self->completed == completed)
    return;

  self->completed = completed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED]);
}

int
tend_grounding_session_get_distress_before (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), TEND_DISTRESS_UNSET);

  return self->distress_before;
}

/**
 * tend_grounding_session_set_distress_before:
 * @distress: 0 to 10, or %TEND_DISTRESS_UNSET
 */
void
tend_grounding_session_set_distress_before (TendGroundingSession *self,
                                            int                   distress)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));
  g_return_if_fail (distress_is_valid (distress));

  if (self->distress_before == distress)
    return;

  self->distress_before = distress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTRESS_BEFORE]);
}

int
tend_grounding_session_get_distress_after (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), TEND_DISTRESS_UNSET);

  return self->distress_after;
}

/**
 * tend_grounding_session_set_distress_after:
 * @distress: 0 to 10, or %TEND_DISTRESS_UNSET
 */
void
tend_grounding_session_set_distress_after (TendGroundingSession *self,
                                           int                   distress)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));
  g_return_if_fail (distress_is_valid (distress));

  if (self->distress_after == distress)
    return;

  self->distress_after = distress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTRESS_AFTER]);
}

const char *
tend_grounding_session_get_note (TendGroundingSession *self)
{
  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  return self->note;
}

/**
 * tend_grounding_session_set_note:
 * @note: (nullable): UTF-8 text, or %NULL for none
 */
void
tend_grounding_session_set_note (TendGroundingSession *self,
                                 const char           *note)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  if (g_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/* JSON */

/* The members of a session, in the order of the file. */
enum {
  MEMBER_ID,
  MEMBER_STARTED,
  MEMBER_UPDATED,
  MEMBER_EXERCISE,
  MEMBER_SECONDS,
  MEMBER_COMPLETED,
  MEMBER_DISTRESS_BEFORE,
  MEMBER_DISTRESS_AFTER,
  MEMBER_NOTE,
  N_MEMBERS,
};

static const char * const member_names[N_MEMBERS] = {
  "id", "started", "updated", "exercise", "seconds", "completed",
  "distress_before", "distress_after", "note",
};

static const gboolean member_required[N_MEMBERS] = {
  [MEMBER_ID] = TRUE,
  [MEMBER_STARTED] = TRUE,
  [MEMBER_EXERCISE] = TRUE,
  [MEMBER_SECONDS] = TRUE,
  [MEMBER_COMPLETED] = TRUE,
};

static int
find_member (const char *name)
{
  for (guint i = 0; i < N_MEMBERS; i++)
    if (strcmp (name, member_names[i]) == 0)
      return (int) i;

  return -1;
}

static gboolean
is_present (JsonNode *node)
{
  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/**
 * tend_grounding_session_new_from_json:
 * @object: one element of a month file's "grounding"
 * @where: how errors name it, like "2026-11.json: grounding[0]"
 *
 * Reads a session. Required members are id, started, exercise, seconds and completed;
 * `updated` defaults to `started`, and the distress ratings and the note may be absent (or
 * null). Members this version does not know are kept for tend_grounding_session_to_json().
 *
 * Returns: (nullable): the session, or %NULL with a %TEND_MONTH_FILE_ERROR_FORMAT error that
 *   names the member and what was expected there
 */
TendGroundingSession *
tend_grounding_session_new_from_json (JsonObject  *object,
                                      const char  *where,
                                      GError     **error)
{
  g_autoptr(TendGroundingSession) self = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *members[N_MEMBERS] = { NULL, };
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *id, *exercise;
  gint64 seconds;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      int i = find_member (name);

      if (i >= 0)
        members[i] = node;
      else
        tend_json_keep_member (&extra, name, node);
    }

  for (guint i = 0; i < N_MEMBERS; i++)
    {
      if (member_required[i] && members[i] == NULL)
        {
          tend_json_set_missing (error, where, member_names[i]);
          return NULL;
        }
    }

  if (!tend_json_read_id (members[MEMBER_ID], where, "id", &id, error) ||
      !tend_json_read_date_time (members[MEMBER_STARTED], where, "started", &started, error))
    return NULL;

  if (is_present (members[MEMBER_UPDATED]) &&
      !tend_json_read_date_time (members[MEMBER_UPDATED], where, "updated", &updated, error))
    return NULL;

  if (!tend_json_read_string (members[MEMBER_EXERCISE], where, "exercise", &exercise, error))
    return NULL;

  if (!tend_json_read_integer (members[MEMBER_SECONDS], 0, G_MAXUINT, &seconds))
    {
      g_autofree char *path = tend_json_path (where, "seconds");

      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is the file and the member, like “2026-11.json:
                    * grounding[0].seconds”. */
                   _("%s: expected a whole number of seconds, 0 or more"), path);
      return NULL;
    }

  self = g_object_new (TEND_TYPE_GROUNDING_SESSION,
                       "id", id,
                       "started", started,
                       "exercise", exercise,
                       NULL);
  self->extra = g_steal_pointer (&extra);
  self->seconds = (guint) seconds;
  if (updated != NULL)
    {
      g_date_time_unref (self->updated);
      self->updated = g_steal_pointer (&updated);
    }

  if (!tend_json_read_boolean (members[MEMBER_COMPLETED], where, "completed",
                               &self->completed, error))
    return NULL;

  if (is_present (members[MEMBER_DISTRESS_BEFORE]) &&
      !tend_json_read_scale (members[MEMBER_DISTRESS_BEFORE], where, "distress_before", 0, 10,
                             &self->distress_before, error))
    return NULL;

  if (is_present (members[MEMBER_DISTRESS_AFTER]) &&
      !tend_json_read_scale (members[MEMBER_DISTRESS_AFTER], where, "distress_after", 0, 10,
                             &self->distress_after, error))
    return NULL;

  if (is_present (members[MEMBER_NOTE]))
    {
      const char *note;

      if (!tend_json_read_string (members[MEMBER_NOTE], where, "note", &note, error))
        return NULL;
      self->note = g_strdup (note);
    }

  return g_steal_pointer (&self);
}

/**
 * tend_grounding_session_to_json:
 *
 * Returns: (transfer full): the session as an object node, its members in the order of the
 *   file format, followed by the members this version did not know
 */
JsonNode *
tend_grounding_session_to_json (TendGroundingSession *self)
{
  g_autoptr(JsonObject) object = NULL;
  char started[TEND_DATE_TIME_STRING_SIZE];
  char updated[TEND_DATE_TIME_STRING_SIZE];
  JsonNode *node;

  g_return_val_if_fail (TEND_IS_GROUNDING_SESSION (self), NULL);

  tend_date_time_to_string (self->started, started);
  tend_date_time_to_string (self->updated, updated);

  object = json_object_new ();
  json_object_set_string_member (object, "id", self->id);
  json_object_set_string_member (object, "started", started);
  json_object_set_string_member (object, "updated", updated);
  json_object_set_string_member (object, "exercise", self->exercise);
  json_object_set_int_member (object, "seconds", self->seconds);
  json_object_set_boolean_member (object, "completed", self->completed);
  if (self->distress_before != TEND_DISTRESS_UNSET)
    json_object_set_int_member (object, "distress_before", self->distress_before);
  if (self->distress_after != TEND_DISTRESS_UNSET)
    json_object_set_int_member (object, "distress_after", self->distress_after);
  if (self->note != NULL)
    json_object_set_string_member (object, "note", self->note);

  tend_json_add_kept_members (object, self->extra);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&object));
  return node;
}

/**
 * tend_grounding_sessions_get_ratings:
 * @sessions: a list of #TendGroundingSession
 *
 * The ratings of every session in @sessions, for ordering exercises. The ids are borrowed
 * from the sessions.
 *
 * Returns: (transfer full) (element-type TendSessionRating): one rating per session.
 */
GArray *
tend_grounding_sessions_get_ratings (GListModel *sessions)
{
  guint n;
  GArray *ratings;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  n = g_list_model_get_n_items (sessions);
  ratings = g_array_sized_new (FALSE, FALSE, sizeof (TendSessionRating), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TendGroundingSession) session = g_list_model_get_item (sessions, i);
      TendSessionRating rating = {
        .exercise_id = session->exercise,
        .distress_before = session->distress_before,
        .distress_after = session->distress_after,
      };

      g_array_append_val (ratings, rating);
    }

  return ratings;
}

/**
 * tend_grounding_session_assign:
 * @other: the same session (same id), as another copy of the journal holds it
 *
 * Makes @self hold what @other holds, members this version does not know included, so a
 * session merged from a backup stays the object the lists already show. Notifies what
 * changed, and "updated" always, so a month file's cached text is dropped.
 */
void
tend_grounding_session_assign (TendGroundingSession *self,
                               TendGroundingSession *other)
{
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (self));
  g_return_if_fail (TEND_IS_GROUNDING_SESSION (other));
  g_return_if_fail (g_str_equal (self->id, other->id));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (tend_date_time_set (&self->started, other->started))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
  tend_date_time_set (&self->updated, other->updated);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
  if (g_set_str (&self->exercise, other->exercise))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
  tend_grounding_session_set_seconds (self, other->seconds);
  tend_grounding_session_set_completed (self, other->completed);
  tend_grounding_session_set_distress_before (self, other->distress_before);
  tend_grounding_session_set_distress_after (self, other->distress_after);
  tend_grounding_session_set_note (self, other->note);

  g_clear_pointer (&self->extra, json_object_unref);
  if (other->extra != NULL)
    tend_json_add_kept_members (self->extra = json_object_new (), other->extra);

  g_object_thaw_notify (G_OBJECT (self));
}
