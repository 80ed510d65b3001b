/* tend-safety-plan.c — the person's own safety plan and its file, safety-plan.json.
 *
 * Read as strictly as a month file: a plan that does not fit the format is an error, so that
 * a damaged file is never mistaken for a shorter plan and written back over. Members this
 * version does not know are kept and written back unchanged.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-json-private.h"
#include "tend-month-file-private.h"
#include "tend-safety-plan.h"

typedef struct {
  char       *text;
  char       *number;
  JsonObject *extra;  /* members this version does not know */
} Item;

struct _TendSafetyPlan
{
  GObject     parent_instance;

  gint64      version;
  gboolean    read_only;
  GDateTime  *updated;
  GPtrArray  *items[TEND_SAFETY_PLAN_N_SECTIONS];  /* of Item */
  JsonObject *extra;
};

enum {
  CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TendSafetyPlan, tend_safety_plan, G_TYPE_OBJECT)

static const char * const section_keys[TEND_SAFETY_PLAN_N_SECTIONS] = {
  "warning_signs",
  "on_my_own",
  "people_and_places",
  "people_to_ask",
  "professionals",
  "safer_space",
  "reasons_to_stay",
};

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->text);
  g_free (item->number);
  g_clear_pointer (&item->extra, json_object_unref);
  g_free (item);
}

static void
tend_safety_plan_finalize (GObject *object)
{
  TendSafetyPlan *self = TEND_SAFETY_PLAN (object);

  g_clear_pointer (&self->updated, g_date_time_unref);
  for (guint i = 0; i < TEND_SAFETY_PLAN_N_SECTIONS; i++)
    g_clear_pointer (&self->items[i], g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (tend_safety_plan_parent_class)->finalize (object);
}

static void
tend_safety_plan_class_init (TendSafetyPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tend_safety_plan_finalize;

  /**
   * TendSafetyPlan::changed:
   *
   * Some words of the plan changed (by the person, or by a restored backup).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tend_safety_plan_init (TendSafetyPlan *self)
{
  self->version = TEND_SAFETY_PLAN_VERSION;
  for (guint i = 0; i < TEND_SAFETY_PLAN_N_SECTIONS; i++)
    self->items[i] = g_ptr_array_new_with_free_func (item_free);
}

TendSafetyPlan *
tend_safety_plan_new (void)
{
  return g_object_new (TEND_TYPE_SAFETY_PLAN, NULL);
}

/* Sections */

/**
 * tend_safety_plan_section_key:
 *
 * Its member in the file, like "warning_signs".
 */
const char *
tend_safety_plan_section_key (TendSafetyPlanSection section)
{
  g_return_val_if_fail (section < TEND_SAFETY_PLAN_N_SECTIONS, NULL);

  return section_keys[section];
}

/**
 * tend_safety_plan_section_has_numbers:
 *
 * TRUE for the two parts whose items are a name and a number.
 */
gboolean
tend_safety_plan_section_has_numbers (TendSafetyPlanSection section)
{
  return section == TEND_SAFETY_PLAN_PEOPLE_TO_ASK || section == TEND_SAFETY_PLAN_PROFESSIONALS;
}

/**
 * tend_safety_plan_section_title:
 *
 * Its heading, translated: "Warning signs".
 */
const char *
tend_safety_plan_section_title (TendSafetyPlanSection section)
{
  switch (section)
    {
    case TEND_SAFETY_PLAN_WARNING_SIGNS:
      /* Translators: a part of the safety plan: thoughts, feelings or situations that tell the
       * person a crisis may be coming. */
      return _("Warning signs");
    case TEND_SAFETY_PLAN_ON_MY_OWN:
      /* Translators: a part of the safety plan. */
      return _("Things I can do on my own");
    case TEND_SAFETY_PLAN_PEOPLE_AND_PLACES:
      /* Translators: a part of the safety plan. */
      return _("People and places that help me feel better");
    case TEND_SAFETY_PLAN_PEOPLE_TO_ASK:
      /* Translators: a part of the safety plan: names and numbers the person adds. */
      return _("People I can ask for help");
    case TEND_SAFETY_PLAN_PROFESSIONALS:
      /* Translators: a part of the safety plan: therapists, doctors, crisis services. */
      return _("Professionals and services");
    case TEND_SAFETY_PLAN_SAFER_SPACE:
      /* Translators: a part of the safety plan: e.g. putting away things that could hurt. */
      return _("Making my space safer");
    case TEND_SAFETY_PLAN_REASONS:
      /* Translators: a part of the safety plan: reasons for living, in the person's words. */
      return _("What I want to stay for");
    case TEND_SAFETY_PLAN_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Reading */

/* One item: a string in a part of words; an object with "name" and "number" in a part of
 * numbers. */
static Item *
read_item (JsonNode               *node,
           TendSafetyPlanSection   section,
           const char             *where,
           GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  Item *item;

  if (!tend_safety_plan_section_has_numbers (section))
    {
      const char *text;

      if (!tend_json_read_string (node, where, NULL, &text, error))
        return NULL;

      item = g_new0 (Item, 1);
      item->text = g_strdup (text);
      item->number = g_strdup ("");
      return item;
    }
  else
    {
      JsonObject *object;
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;
      const char *text = "";
      const char *number = "";
      g_autoptr(JsonObject) extra = NULL;

      if (!tend_json_read_object (node, where, NULL, &object, error))
        return NULL;

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          if (strcmp (name, "name") == 0)
            {
              if (!tend_json_read_string (member, where, "name", &text, error))
                return NULL;
            }
          else if (strcmp (name, "number") == 0)
            {
              if (!tend_json_read_string (member, where, "number", &number, error))
                return NULL;
            }
          else
            tend_json_keep_member (&extra, name, member);
        }

      item = g_new0 (Item, 1);
      item->text = g_strdup (text);
      item->number = g_strdup (number);
      item->extra = g_steal_pointer (&extra);
      return item;
    }
}

static TendSafetyPlan *
read_plan (JsonObject  *root,
           const char  *where,
           GError     **error)
{
  g_autoptr(TendSafetyPlan) self = tend_safety_plan_new ();
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *members[TEND_SAFETY_PLAN_N_SECTIONS] = { NULL, };
  JsonNode *format_node = NULL;
  JsonNode *version_node = NULL;
  JsonNode *updated_node = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *format = NULL;

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      guint i;

      if (strcmp (name, "format") == 0)
        {
          format_node = node;
          continue;
        }
      if (strcmp (name, "version") == 0)
        {
          version_node = node;
          continue;
        }
      if (strcmp (name, "updated") == 0)
        {
          updated_node = node;
          continue;
        }

      for (i = 0; i < TEND_SAFETY_PLAN_N_SECTIONS; i++)
        if (strcmp (name, section_keys[i]) == 0)
          break;

      if (i < TEND_SAFETY_PLAN_N_SECTIONS)
        members[i] = node;
      else
        tend_json_keep_member (&extra, name, node);
    }

  if (format_node == NULL || version_node == NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s: %s", where,
                                               format_node == NULL ? "format" : "version");

      tend_json_set_missing (error, path, NULL);
      return NULL;
    }

  if (!tend_json_read_string (format_node, where, NULL, &format, NULL) ||
      strcmp (format, TEND_SAFETY_PLAN_FORMAT) != 0)
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like safety-plan.json. Keep
                    * “tend-safety-plan” as it is: it is the name written in the file. */
                   _("%s: format: expected “tend-safety-plan”; this is not Tend’s safety plan"),
                   where);
      return NULL;
    }

  if (!tend_json_read_integer (version_node, 1, G_MAXINT64, &self->version))
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json; “version” is the name of
                    * the member in the file, keep it as it is. */
                   _("%s: version: expected a whole number, 1 or more"), where);
      return NULL;
    }
  self->read_only = self->version > TEND_SAFETY_PLAN_VERSION;

  if (updated_node != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s: updated", where);

      if (!tend_json_read_date_time (updated_node, path, NULL, &self->updated, error))
        return NULL;
    }

  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      g_autofree char *path = NULL;
      JsonArray *array;

      if (members[s] == NULL)
        continue;

      path = g_strdup_printf ("%s: %s", where, section_keys[s]);
      if (!tend_json_read_array (members[s], path, NULL, &array, error))
        return NULL;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
          Item *item = read_item (json_array_get_element (array, i), s, item_path, error);

          if (item == NULL)
            return NULL;
          g_ptr_array_add (self->items[s], item);
        }
    }

  self->extra = g_steal_pointer (&extra);
  return g_steal_pointer (&self);
}

/**
 * tend_safety_plan_new_from_object:
 *
 * The same for a plan held inside another file (a backup); @where names it in errors.
 */
TendSafetyPlan *
tend_safety_plan_new_from_object (JsonObject  *object,
                                  const char  *where,
                                  GError     **error)
{
  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_plan (object, where, error);
}

static void
set_too_large_error (GError     **error,
                     const char  *file_name,
                     guint64      size)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = g_format_size (TEND_SAFETY_PLAN_MAX_BYTES);

  g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE,
               /* Translators: %s is a file name like safety-plan.json, then sizes like
                * “2.0 MB” and “1.0 MB”. */
               _("%s: the file is %s, larger than the %s a safety plan can be"),
               file_name, size_text, max_text);
}

/**
 * tend_safety_plan_new_from_bytes:
 *
 * Parses safety-plan.json strictly (errors are TEND_MONTH_FILE_ERROR naming @file_name and the
 * member); a plan from a newer Tend is read leniently and comes back read-only.
 */
TendSafetyPlan *
tend_safety_plan_new_from_bytes (GBytes      *bytes,
                                 const char  *file_name,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > TEND_SAFETY_PLAN_MAX_BYTES)
    {
      set_too_large_error (error, file_name, g_bytes_get_size (bytes));
      return NULL;
    }

  parser = tend_month_file_parse (bytes, file_name, error);
  if (parser == NULL)
    return NULL;

  return read_plan (json_node_get_object (json_parser_get_root (parser)), file_name, error);
}

/**
 * tend_safety_plan_load:
 *
 * Reads @path (a regular file only, at most TEND_SAFETY_PLAN_MAX_BYTES). A missing file is
 * G_IO_ERROR_NOT_FOUND; everything else that cannot be read is an error as above.
 */
TendSafetyPlan *
tend_safety_plan_load (const char  *path,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;
  GError *read_error = NULL;
  guint64 size = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file_name = g_filename_display_basename (path);
  bytes = tend_month_file_read_regular (path, file_name, TEND_SAFETY_PLAN_MAX_BYTES, &size,
                                        &read_error);
  if (bytes == NULL)
    {
      if (read_error != NULL)
        g_propagate_error (error, read_error);
      else
        set_too_large_error (error, file_name, size);
      return NULL;
    }

  return tend_safety_plan_new_from_bytes (bytes, file_name, error);
}

/* Writing */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gboolean
item_is_blank (Item *item)
{
  return is_blank (item->text) && is_blank (item->number) && item->extra == NULL;
}

/**
 * tend_safety_plan_to_json:
 *
 * The same object as a JSON node, for a backup.
 */
JsonNode *
tend_safety_plan_to_json (TendSafetyPlan *self)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), NULL);

  json_object_set_string_member (object, "format", TEND_SAFETY_PLAN_FORMAT);
  json_object_set_int_member (object, "version", self->version);
  if (self->updated != NULL)
    {
      char updated[TEND_DATE_TIME_STRING_SIZE];

      tend_date_time_to_string (self->updated, updated);
      json_object_set_string_member (object, "updated", updated);
    }

  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < self->items[s]->len; i++)
        {
          Item *item = g_ptr_array_index (self->items[s], i);

          if (item_is_blank (item))
            continue;

          if (!tend_safety_plan_section_has_numbers (s))
            json_array_add_string_element (array, item->text);
          else
            {
              g_autoptr(JsonObject) contact = json_object_new ();

              json_object_set_string_member (contact, "name", item->text);
              json_object_set_string_member (contact, "number", item->number);
              tend_json_add_kept_members (contact, item->extra);
              json_array_add_object_element (array, g_steal_pointer (&contact));
            }
        }
      json_object_set_array_member (object, section_keys[s], g_steal_pointer (&array));
    }

  tend_json_add_kept_members (object, self->extra);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&object));
  return node;
}

/**
 * tend_safety_plan_to_bytes:
 *
 * The file's contents: pretty JSON, UTF-8, a final newline. Items with no words are left out.
 * Refused with TEND_MONTH_FILE_ERROR_READ_ONLY for a plan from a newer Tend.
 */
GBytes *
tend_safety_plan_to_bytes (TendSafetyPlan  *self,
                           GError         **error)
{
  g_autoptr(JsonNode) node = NULL;
  GString *out;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->read_only)
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_READ_ONLY,
                   _("Your safety plan was written by a newer version of Tend, so it is only "
                     "shown here and never saved"));
      return NULL;
    }

  node = tend_safety_plan_to_json (self);
  out = g_string_sized_new (1024);
  tend_json_write (out, node);
  g_string_append_c (out, '\n');

  if (out->len > TEND_SAFETY_PLAN_MAX_BYTES)
    {
      g_autofree char *max_text = g_format_size (TEND_SAFETY_PLAN_MAX_BYTES);

      g_string_free (out, TRUE);
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE,
                   /* Translators: %s is a size like “1.0 MB”. */
                   _("Your safety plan would be larger than %s, so the latest change was not "
                     "saved. Shorten some of it."), max_text);
      return NULL;
    }

  return g_string_free_to_bytes (out);
}

/* Accessors */

gint64
tend_safety_plan_get_version (TendSafetyPlan *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), 0);

  return self->version;
}

gboolean
tend_safety_plan_is_read_only (TendSafetyPlan *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), TRUE);

  return self->read_only;
}

/**
 * tend_safety_plan_get_updated:
 *
 * When it was last changed, or NULL for a plan never written to.
 */
GDateTime *
tend_safety_plan_get_updated (TendSafetyPlan *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), NULL);

  return self->updated;
}

/**
 * tend_safety_plan_is_empty:
 *
 * TRUE when no part holds a word.
 */
gboolean
tend_safety_plan_is_empty (TendSafetyPlan *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), TRUE);

  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    for (guint i = 0; i < self->items[s]->len; i++)
      {
        Item *item = g_ptr_array_index (self->items[s], i);

        if (!is_blank (item->text) || !is_blank (item->number))
          return FALSE;
      }

  return TRUE;
}

/**
 * tend_safety_plan_equal:
 *
 * Same words in the same places (the times are not compared).
 */
gboolean
tend_safety_plan_equal (TendSafetyPlan *a,
                        TendSafetyPlan *b)
{
  g_autoptr(JsonNode) node_a = NULL;
  g_autoptr(JsonNode) node_b = NULL;
  JsonObject *object_a, *object_b;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (a), FALSE);
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (b), FALSE);

  node_a = tend_safety_plan_to_json (a);
  node_b = tend_safety_plan_to_json (b);
  object_a = json_node_get_object (node_a);
  object_b = json_node_get_object (node_b);
  json_object_remove_member (object_a, "updated");
  json_object_remove_member (object_b, "updated");

  return json_node_equal (node_a, node_b);
}

static Item *
item_copy (Item *item)
{
  Item *copy = g_new0 (Item, 1);

  copy->text = g_strdup (item->text);
  copy->number = g_strdup (item->number);
  if (item->extra != NULL)
    tend_json_add_kept_members (copy->extra = json_object_new (), item->extra);
  return copy;
}

/**
 * tend_safety_plan_assign:
 *
 * Makes @self hold what @other holds (words, time, version); emits ::changed.
 */
void
tend_safety_plan_assign (TendSafetyPlan *self,
                         TendSafetyPlan *other)
{
  g_return_if_fail (TEND_IS_SAFETY_PLAN (self));
  g_return_if_fail (TEND_IS_SAFETY_PLAN (other));

  if (self == other)
    return;

  self->version = other->version;
  self->read_only = other->read_only;
  g_clear_pointer (&self->updated, g_date_time_unref);
  if (other->updated != NULL)
    self->updated = g_date_time_ref (other->updated);
  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      g_ptr_array_set_size (self->items[s], 0);
      for (guint i = 0; i < other->items[s]->len; i++)
        g_ptr_array_add (self->items[s], item_copy (g_ptr_array_index (other->items[s], i)));
    }
  g_clear_pointer (&self->extra, json_object_unref);
  if (other->extra != NULL)
    tend_json_add_kept_members (self->extra = json_object_new (), other->extra);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
touch (TendSafetyPlan *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  tend_date_time_set (&self->updated, now);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *x = g_strstrip (g_strdup (a));
  g_autofree char *y = g_strstrip (g_strdup (b));

  return g_str_equal (x, y);
}

/**
 * tend_safety_plan_merge:
 *
 * Adds to @self every item of @other it does not hold yet (same part, same words and number,
 * ignoring spaces at the ends), after its own: merging never loses a word. With @apply FALSE
 * only counts them. Returns how many items were (or would be) added.
 */
guint
tend_safety_plan_merge (TendSafetyPlan *self,
                        TendSafetyPlan *other,
                        gboolean        apply)
{
  guint added = 0;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), 0);
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (other), 0);

  if (self == other)
    return 0;

  for (guint s = 0; s < TEND_SAFETY_PLAN_N_SECTIONS; s++)
    {
      for (guint i = 0; i < other->items[s]->len; i++)
        {
          Item *theirs = g_ptr_array_index (other->items[s], i);
          gboolean found = FALSE;

          if (item_is_blank (theirs))
            continue;

          for (guint j = 0; j < self->items[s]->len && !found; j++)
            {
              Item *ours = g_ptr_array_index (self->items[s], j);

              found = same_words (ours->text, theirs->text) &&
                      same_words (ours->number, theirs->number);
            }
          if (found)
            continue;

          added++;
          if (apply)
            g_ptr_array_add (self->items[s], item_copy (theirs));
        }
    }

  if (apply && added > 0)
    touch (self);

  return added;
}

guint
tend_safety_plan_get_n_items (TendSafetyPlan        *self,
                              TendSafetyPlanSection  section)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), 0);
  g_return_val_if_fail (section < TEND_SAFETY_PLAN_N_SECTIONS, 0);

  return self->items[section]->len;
}

static Item *
get_item (TendSafetyPlan        *self,
          TendSafetyPlanSection  section,
          guint                  index)
{
  if (!TEND_IS_SAFETY_PLAN (self) || section >= TEND_SAFETY_PLAN_N_SECTIONS ||
      index >= self->items[section]->len)
    return NULL;

  return g_ptr_array_index (self->items[section], index);
}

/**
 * tend_safety_plan_get_text:
 *
 * The words of an item; "" when there are none.
 */
const char *
tend_safety_plan_get_text (TendSafetyPlan        *self,
                           TendSafetyPlanSection  section,
                           guint                  index)
{
  Item *item = get_item (self, section, index);

  g_return_val_if_fail (item != NULL, "");

  return item->text;
}

/**
 * tend_safety_plan_get_number:
 *
 * The number of an item in a part with numbers; "" otherwise.
 */
const char *
tend_safety_plan_get_number (TendSafetyPlan        *self,
                             TendSafetyPlanSection  section,
                             guint                  index)
{
  Item *item = get_item (self, section, index);

  g_return_val_if_fail (item != NULL, "");

  return item->number;
}

/**
 * tend_safety_plan_dup_line:
 *
 * An item as one line to print or export: its words, "Name: number" for a contact, with the
 * blanks around them trimmed and line breaks made spaces; NULL when it holds nothing.
 */
char *
tend_safety_plan_dup_line (TendSafetyPlan        *self,
                           TendSafetyPlanSection  section,
                           guint                  index)
{
  g_autofree char *text = g_strstrip (g_strdup (tend_safety_plan_get_text (self, section, index)));
  g_autofree char *number =
    g_strstrip (g_strdup (tend_safety_plan_get_number (self, section, index)));
  char *line;

  if (*text != '\0' && *number != '\0')
    /* Translators: a contact in the printed or exported safety plan: a name, then a number. */
    line = g_strdup_printf (_("%s: %s"), text, number);
  else if (*text != '\0' || *number != '\0')
    line = g_strdup (*text != '\0' ? text : number);
  else
    return NULL;

  return g_strdelimit (line, "\r\n", ' ');
}

/**
 * tend_safety_plan_add_item:
 *
 * These change the plan, stamp "updated" with now and emit ::changed.
 */
guint
tend_safety_plan_add_item (TendSafetyPlan        *self,
                           TendSafetyPlanSection  section,
                           const char            *text,
                           const char            *number)
{
  Item *item;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN (self), 0);
  g_return_val_if_fail (section < TEND_SAFETY_PLAN_N_SECTIONS, 0);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), 0);
  g_return_val_if_fail (number == NULL || g_utf8_validate (number, -1, NULL), 0);

  item = g_new0 (Item, 1);
  item->text = g_strdup (text != NULL ? text : "");
  item->number = g_strdup (number != NULL && tend_safety_plan_section_has_numbers (section)
                           ? number : "");
  g_ptr_array_add (self->items[section], item);
  touch (self);

  return self->items[section]->len - 1;
}

void
tend_safety_plan_set_text (TendSafetyPlan        *self,
                           TendSafetyPlanSection  section,
                           guint                  index,
                           const char            *text)
{
  Item *item = get_item (self, section, index);

  g_return_if_fail (item != NULL);
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  if (g_str_equal (item->text, text))
    return;

  g_free (item->text);
  item->text = g_strdup (text);
  touch (self);
}

void
tend_safety_plan_set_number (TendSafetyPlan        *self,
                             TendSafetyPlanSection  section,
                             guint                  index,
                             const char            *number)
{
  Item *item = get_item (self, section, index);

  g_return_if_fail (item != NULL);
  g_return_if_fail (tend_safety_plan_section_has_numbers (section));
  g_return_if_fail (number != NULL && g_utf8_validate (number, -1, NULL));

  if (g_str_equal (item->number, number))
    return;

  g_free (item->number);
  item->number = g_strdup (number);
  touch (self);
}

void
tend_safety_plan_remove_item (TendSafetyPlan        *self,
                              TendSafetyPlanSection  section,
                              guint                  index)
{
  g_return_if_fail (get_item (self, section, index) != NULL);

  g_ptr_array_remove_index (self->items[section], index);
  touch (self);
}
