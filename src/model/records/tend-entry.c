/* tend-entry.c — one journal entry: its words, tags and check-in, and its JSON in a month file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-entry.h"
#include "tend-json-private.h"

struct _TendEntry
{
  GObject      parent_instance;

  char        *id;
  GDateTime   *created;
  GDateTime   *updated;
  char        *day;
  char        *prompt;
  char        *theme;
  char        *text;
  char       **tags;
  gboolean     lookback;
  int          mood;
  int          distress;
  int          safety;
  int          closeness;

  /* Members this version does not know, kept for the next write. */
  JsonObject  *extra;
  JsonObject  *checkin_extra;
};

G_DEFINE_FINAL_TYPE (TendEntry, tend_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_DAY,
  PROP_PROMPT,
  PROP_THEME,
  PROP_TEXT,
  PROP_TAGS,
  PROP_LOOKBACK,
  PROP_MOOD,
  PROP_DISTRESS,
  PROP_SAFETY,
  PROP_CLOSENESS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* The check-in scales, in the order of the file, with their ranges. */
typedef struct {
  const char *name;
  guint       prop;
  int         min;
  int         max;
  gsize       offset;
} Scale;

static const Scale scales[] = {
  { "mood", PROP_MOOD, 1, 5, G_STRUCT_OFFSET (TendEntry, mood) },
  { "distress", PROP_DISTRESS, 0, 10, G_STRUCT_OFFSET (TendEntry, distress) },
  { "safety", PROP_SAFETY, 1, 5, G_STRUCT_OFFSET (TendEntry, safety) },
  { "closeness", PROP_CLOSENESS, 1, 5, G_STRUCT_OFFSET (TendEntry, closeness) },
};

#define SCALE_VALUE(self, scale) G_STRUCT_MEMBER (int, (self), (scale)->offset)

static gboolean
scale_value_is_valid (const Scale *scale,
                      int          value)
{
  return value == TEND_CHECKIN_UNSET || (value >= scale->min && value <= scale->max);
}

static void
set_scale (TendEntry   *self,
           const Scale *scale,
           int          value)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (scale_value_is_valid (scale, value));

  if (SCALE_VALUE (self, scale) == value)
    return;

  SCALE_VALUE (self, scale) = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[scale->prop]);
}

static gboolean
text_is_valid (const char *text)
{
  return text == NULL || g_utf8_validate (text, -1, NULL);
}

static void
tend_entry_constructed (GObject *object)
{
  TendEntry *self = TEND_ENTRY (object);

  G_OBJECT_CLASS (tend_entry_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();

  if (self->created == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->created = tend_date_time_to_seconds (now);
    }

  if (self->updated == NULL)
    self->updated = g_date_time_ref (self->created);

  if (self->day == NULL)
    {
      self->day = g_malloc (11);
      tend_date_time_to_day (self->created, self->day);
    }
}

static void
tend_entry_finalize (GObject *object)
{
  TendEntry *self = TEND_ENTRY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->updated, g_date_time_unref);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->prompt, g_free);
  g_clear_pointer (&self->theme, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->checkin_extra, json_object_unref);

  G_OBJECT_CLASS (tend_entry_parent_class)->finalize (object);
}

static void
tend_entry_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TendEntry *self = TEND_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_UPDATED:
      g_value_set_boxed (value, self->updated);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_PROMPT:
      g_value_set_string (value, self->prompt);
      break;
    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_LOOKBACK:
      g_value_set_boolean (value, self->lookback);
      break;
    case PROP_MOOD:
      g_value_set_int (value, self->mood);
      break;
    case PROP_DISTRESS:
      g_value_set_int (value, self->distress);
      break;
    case PROP_SAFETY:
      g_value_set_int (value, self->safety);
      break;
    case PROP_CLOSENESS:
      g_value_set_int (value, self->closeness);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_entry_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TendEntry *self = TEND_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      g_assert (self->created == NULL);
      if (g_value_get_boxed (value) != NULL)
        self->created = tend_date_time_to_seconds (g_value_get_boxed (value));
      break;
    case PROP_UPDATED:
      tend_entry_set_updated (self, g_value_get_boxed (value));
      break;
    case PROP_DAY:
      tend_entry_set_day (self, g_value_get_string (value));
      break;
    case PROP_PROMPT:
      tend_entry_set_prompt (self, g_value_get_string (value));
      break;
    case PROP_THEME:
      tend_entry_set_theme (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      tend_entry_set_text (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      tend_entry_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_LOOKBACK:
      tend_entry_set_lookback (self, g_value_get_boolean (value));
      break;
    case PROP_MOOD:
      tend_entry_set_mood (self, g_value_get_int (value));
      break;
    case PROP_DISTRESS:
      tend_entry_set_distress (self, g_value_get_int (value));
      break;
    case PROP_SAFETY:
      tend_entry_set_safety (self, g_value_get_int (value));
      break;
    case PROP_CLOSENESS:
      tend_entry_set_closeness (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_entry_class_init (TendEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tend_entry_constructed;
  object_class->finalize = tend_entry_finalize;
  object_class->get_property = tend_entry_get_property;
  object_class->set_property = tend_entry_set_property;

  /* A random UUID, made when none is given. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* When it was first written, in whole seconds with its local offset; now when not given. */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROMPT] =
    g_param_spec_string ("prompt", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* FALSE: never offer this entry again when looking back. */
  properties[PROP_LOOKBACK] =
    g_param_spec_boolean ("lookback", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The check-in, each scale TEND_CHECKIN_UNSET when left out. */
  properties[PROP_MOOD] =
    g_param_spec_int ("mood", NULL, NULL,
                      TEND_CHECKIN_UNSET, 5, TEND_CHECKIN_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DISTRESS] =
    g_param_spec_int ("distress", NULL, NULL,
                      TEND_CHECKIN_UNSET, 10, TEND_CHECKIN_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SAFETY] =
    g_param_spec_int ("safety", NULL, NULL,
                      TEND_CHECKIN_UNSET, 5, TEND_CHECKIN_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CLOSENESS] =
    g_param_spec_int ("closeness", NULL, NULL,
                      TEND_CHECKIN_UNSET, 5, TEND_CHECKIN_UNSET,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_entry_init (TendEntry *self)
{
  self->text = g_strdup ("");
  self->tags = g_new0 (char *, 1);
  self->lookback = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    SCALE_VALUE (self, &scales[i]) = TEND_CHECKIN_UNSET;
}

/**
 * tend_entry_new:
 * @id: (nullable): the entry's id, or %NULL for a new random UUID
 * @created: (nullable): when it was first written, or %NULL for now
 *
 * A journal entry (DESIGN.md, Data). `day` is the local date it belongs to, "YYYY-MM-DD".
 *
 * Returns: a new entry with no text, `updated` equal to @created and `day` its local date.
 */
TendEntry *
tend_entry_new (const char *id,
                GDateTime  *created)
{
  g_return_val_if_fail (id == NULL || *id != '\0', NULL);

  return g_object_new (TEND_TYPE_ENTRY,
                       "id", id,
                       "created", created,
                       NULL);
}

/**
 * tend_entry_new_now:
 *
 * Returns: a new entry with a random id, created now, for today's local date.
 */
TendEntry *
tend_entry_new_now (void)
{
  return tend_entry_new (NULL, NULL);
}

const char *
tend_entry_get_id (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->id;
}

GDateTime *
tend_entry_get_created (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->created;
}

GDateTime *
tend_entry_get_updated (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->updated;
}

/**
 * tend_entry_set_updated:
 * @updated: when it last changed; kept in whole seconds, as the file keeps it
 */
void
tend_entry_set_updated (TendEntry *self,
                        GDateTime *updated)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (updated != NULL);

  if (tend_date_time_set (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

const char *
tend_entry_get_day (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->day;
}

/**
 * tend_entry_set_day:
 * @day: a local date, "YYYY-MM-DD"
 */
void
tend_entry_set_day (TendEntry  *self,
                    const char *day)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (tend_day_is_valid (day));

  if (g_set_str (&self->day, day))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

const char *
tend_entry_get_prompt (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->prompt;
}

/**
 * tend_entry_set_prompt:
 * @prompt: (nullable): a prompt id like "boundaries-03", or %NULL when written freely
 */
void
tend_entry_set_prompt (TendEntry  *self,
                       const char *prompt)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (text_is_valid (prompt));

  if (g_set_str (&self->prompt, prompt))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMPT]);
}

const char *
tend_entry_get_theme (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->theme;
}

/**
 * tend_entry_set_theme:
 * @theme: (nullable): a theme id like "boundaries", or %NULL
 */
void
tend_entry_set_theme (TendEntry  *self,
                      const char *theme)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (text_is_valid (theme));

  if (g_set_str (&self->theme, theme))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
}

const char *
tend_entry_get_text (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return self->text;
}

/**
 * tend_entry_set_text:
 * @text: (nullable): UTF-8 text; %NULL is the empty text
 */
void
tend_entry_set_text (TendEntry  *self,
                     const char *text)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (text_is_valid (text));

  if (g_set_str (&self->text, text != NULL ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * tend_entry_get_tags:
 *
 * Returns: (transfer none): the tags, never %NULL
 */
const char * const *
tend_entry_get_tags (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  return (const char * const *) self->tags;
}

/**
 * tend_entry_set_tags:
 * @tags: (nullable): UTF-8 tags; %NULL is none
 */
void
tend_entry_set_tags (TendEntry          *self,
                     const char * const *tags)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (TEND_IS_ENTRY (self));

  if (tags == NULL)
    tags = none;

  for (guint i = 0; tags[i] != NULL; i++)
    g_return_if_fail (text_is_valid (tags[i]));

  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

gboolean
tend_entry_get_lookback (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), TRUE);

  return self->lookback;
}

void
tend_entry_set_lookback (TendEntry *self,
                         gboolean   lookback)
{
  g_return_if_fail (TEND_IS_ENTRY (self));

  lookback = !!lookback;
  if (self->lookback == lookback)
    return;

  self->lookback = lookback;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOKBACK]);
}

int
tend_entry_get_mood (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), TEND_CHECKIN_UNSET);

  return self->mood;
}

/**
 * tend_entry_set_mood:
 * @mood: 1 to 5, or %TEND_CHECKIN_UNSET
 */
void
tend_entry_set_mood (TendEntry *self,
                     int        mood)
{
  set_scale (self, &scales[0], mood);
}

int
tend_entry_get_distress (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), TEND_CHECKIN_UNSET);

  return self->distress;
}

/**
 * tend_entry_set_distress:
 * @distress: 0 to 10, or %TEND_CHECKIN_UNSET
 */
void
tend_entry_set_distress (TendEntry *self,
                         int        distress)
{
  set_scale (self, &scales[1], distress);
}

int
tend_entry_get_safety (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), TEND_CHECKIN_UNSET);

  return self->safety;
}

/**
 * tend_entry_set_safety:
 * @safety: 1 to 5, or %TEND_CHECKIN_UNSET
 */
void
tend_entry_set_safety (TendEntry *self,
                       int        safety)
{
  set_scale (self, &scales[2], safety);
}

int
tend_entry_get_closeness (TendEntry *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY (self), TEND_CHECKIN_UNSET);

  return self->closeness;
}

/**
 * tend_entry_set_closeness:
 * @closeness: 1 to 5, or %TEND_CHECKIN_UNSET
 */
void
tend_entry_set_closeness (TendEntry *self,
                          int        closeness)
{
  set_scale (self, &scales[3], closeness);
}

/* JSON */

/* The members of an entry, in the order of the file. */
enum {
  MEMBER_ID,
  MEMBER_CREATED,
  MEMBER_UPDATED,
  MEMBER_DAY,
  MEMBER_PROMPT,
  MEMBER_THEME,
  MEMBER_TEXT,
  MEMBER_TAGS,
  MEMBER_LOOKBACK,
  MEMBER_CHECKIN,
  N_MEMBERS,
};

static const char * const member_names[N_MEMBERS] = {
  "id", "created", "updated", "day", "prompt", "theme", "text", "tags", "lookback", "checkin",
};

static const gboolean member_required[N_MEMBERS] = {
  [MEMBER_ID] = TRUE,
  [MEMBER_CREATED] = TRUE,
  [MEMBER_UPDATED] = TRUE,
  [MEMBER_DAY] = TRUE,
  [MEMBER_TEXT] = TRUE,
};

static int
find_member (const char         *name,
             const char * const *names,
             guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (strcmp (name, names[i]) == 0)
      return (int) i;

  return -1;
}

static gboolean
is_present (JsonNode *node)
{
  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

static gboolean
read_checkin (TendEntry   *self,
              JsonNode    *node,
              const char  *where,
              GError     **error)
{
  static const char * const names[] = { "mood", "distress", "safety", "closeness" };
  g_autofree char *checkin_where = NULL;
  JsonObject *checkin;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!tend_json_read_object (node, where, "checkin", &checkin, error))
    return FALSE;

  json_object_iter_init_ordered (&iter, checkin);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      int i = find_member (name, names, G_N_ELEMENTS (names));
      const Scale *scale;

      if (i < 0)
        {
          tend_json_keep_member (&self->checkin_extra, name, value);
          continue;
        }

      /* null is a scale left out, as an absent member is. */
      scale = &scales[i];
      if (JSON_NODE_HOLDS_NULL (value))
        continue;

      if (checkin_where == NULL)
        checkin_where = tend_json_path (where, "checkin");
      if (!tend_json_read_scale (value, checkin_where, scale->name, scale->min, scale->max,
                                 &SCALE_VALUE (self, scale), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * tend_entry_new_from_json:
 * @object: one element of a month file's "entries"
 * @where: how errors name it, like "2026-11.json: entries[3]"
 *
 * Reads an entry, one element of a month file's "entries" array. Required members are id,
 * created, updated, day and text; the others may be absent (or null). Members this version
 * does not know (also inside "checkin") are kept for tend_entry_to_json(), which writes them
 * back unchanged.
 *
 * Returns: (nullable): the entry, or %NULL with a %TEND_MONTH_FILE_ERROR_FORMAT error that
 *   names the member and what was expected there
 */
TendEntry *
tend_entry_new_from_json (JsonObject  *object,
                          const char  *where,
                          GError     **error)
{
  g_autoptr(TendEntry) self = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *members[N_MEMBERS] = { NULL, };
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *id, *day, *text;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      int i = find_member (name, member_names, N_MEMBERS);

      if (i >= 0)
        members[i] = node;
      else
        tend_json_keep_member (&extra, name, node);
    }

  /* Required members, checked in the order of the file format. */
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      if (member_required[i] && members[i] == NULL)
        {
          tend_json_set_missing (error, where, member_names[i]);
          return NULL;
        }
    }

  if (!tend_json_read_id (members[MEMBER_ID], where, "id", &id, error) ||
      !tend_json_read_date_time (members[MEMBER_CREATED], where, "created", &created, error) ||
      !tend_json_read_date_time (members[MEMBER_UPDATED], where, "updated", &updated, error) ||
      !tend_json_read_day (members[MEMBER_DAY], where, "day", &day, error))
    return NULL;

  self = g_object_new (TEND_TYPE_ENTRY, "id", id, "created", created, NULL);
  self->extra = g_steal_pointer (&extra);
  g_date_time_unref (self->updated);
  self->updated = g_steal_pointer (&updated);
  g_set_str (&self->day, day);

  if (is_present (members[MEMBER_PROMPT]))
    {
      const char *prompt;

      if (!tend_json_read_string (members[MEMBER_PROMPT], where, "prompt", &prompt, error))
        return NULL;
      self->prompt = g_strdup (prompt);
    }

  if (is_present (members[MEMBER_THEME]))
    {
      const char *theme;

      if (!tend_json_read_string (members[MEMBER_THEME], where, "theme", &theme, error))
        return NULL;
      self->theme = g_strdup (theme);
    }

  if (!tend_json_read_string (members[MEMBER_TEXT], where, "text", &text, error))
    return NULL;
  g_set_str (&self->text, text);

  if (is_present (members[MEMBER_TAGS]))
    {
      char **tags;

      if (!tend_json_read_tags (members[MEMBER_TAGS], where, "tags", &tags, error))
        return NULL;
      g_strfreev (self->tags);
      self->tags = tags;
    }

  if (is_present (members[MEMBER_LOOKBACK]) &&
      !tend_json_read_boolean (members[MEMBER_LOOKBACK], where, "lookback", &self->lookback,
                               error))
    return NULL;

  if (is_present (members[MEMBER_CHECKIN]) &&
      !read_checkin (self, members[MEMBER_CHECKIN], where, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * tend_entry_to_json:
 *
 * Returns: (transfer full): the entry as an object node, its members in the order of the
 *   file format, followed by the members this version did not know
 */
JsonNode *
tend_entry_to_json (TendEntry *self)
{
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonObject) checkin = NULL;
  g_autoptr(JsonArray) tags = NULL;
  char created[TEND_DATE_TIME_STRING_SIZE];
  char updated[TEND_DATE_TIME_STRING_SIZE];
  JsonNode *node;

  g_return_val_if_fail (TEND_IS_ENTRY (self), NULL);

  tend_date_time_to_string (self->created, created);
  tend_date_time_to_string (self->updated, updated);

  object = json_object_new ();
  json_object_set_string_member (object, "id", self->id);
  json_object_set_string_member (object, "created", created);
  json_object_set_string_member (object, "updated", updated);
  json_object_set_string_member (object, "day", self->day);
  if (self->prompt != NULL)
    json_object_set_string_member (object, "prompt", self->prompt);
  if (self->theme != NULL)
    json_object_set_string_member (object, "theme", self->theme);
  json_object_set_string_member (object, "text", self->text);

  tags = json_array_sized_new (g_strv_length (self->tags));
  for (guint i = 0; self->tags[i] != NULL; i++)
    json_array_add_string_element (tags, self->tags[i]);
  json_object_set_array_member (object, "tags", g_steal_pointer (&tags));

  /* Absent means TRUE: only a "don't show me this again" is written. */
  if (!self->lookback)
    json_object_set_boolean_member (object, "lookback", FALSE);

  /* The check-in is left out when nothing in it was rated (or kept). */
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      int value = SCALE_VALUE (self, &scales[i]);

      if (value == TEND_CHECKIN_UNSET)
        continue;
      if (checkin == NULL)
        checkin = json_object_new ();
      json_object_set_int_member (checkin, scales[i].name, value);
    }
  if (self->checkin_extra != NULL)
    {
      if (checkin == NULL)
        checkin = json_object_new ();
      tend_json_add_kept_members (checkin, self->checkin_extra);
    }
  if (checkin != NULL)
    json_object_set_object_member (object, "checkin", g_steal_pointer (&checkin));

  tend_json_add_kept_members (object, self->extra);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&object));
  return node;
}

/**
 * tend_entry_assign:
 * @other: the same entry (same id), as another copy of the journal holds it
 *
 * Makes @self hold what @other holds, members this version does not know included, so an
 * entry merged from a backup stays the object that lists and the editor already show.
 * Notifies what changed, and "updated" always, so a month file's cached text is dropped even
 * when only unknown members differ.
 */
void
tend_entry_assign (TendEntry *self,
                   TendEntry *other)
{
  g_return_if_fail (TEND_IS_ENTRY (self));
  g_return_if_fail (TEND_IS_ENTRY (other));
  g_return_if_fail (g_str_equal (self->id, other->id));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (tend_date_time_set (&self->created, other->created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  tend_date_time_set (&self->updated, other->updated);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
  tend_entry_set_day (self, other->day);
  tend_entry_set_prompt (self, other->prompt);
  tend_entry_set_theme (self, other->theme);
  tend_entry_set_text (self, other->text);
  tend_entry_set_tags (self, (const char * const *) other->tags);
  tend_entry_set_lookback (self, other->lookback);
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    set_scale (self, &scales[i], SCALE_VALUE (other, &scales[i]));

  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->checkin_extra, json_object_unref);
  if (other->extra != NULL)
    tend_json_add_kept_members (self->extra = json_object_new (), other->extra);
  if (other->checkin_extra != NULL)
    tend_json_add_kept_members (self->checkin_extra = json_object_new (), other->checkin_extra);

  g_object_thaw_notify (G_OBJECT (self));
}
