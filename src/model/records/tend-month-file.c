/* tend-month-file.c — one month of the journal as a file: its records and tombstones, its checks,
 * and writing it safely.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-json-private.h"
#include "tend-month-file-private.h"

G_DEFINE_FINAL_TYPE (TendMonthFile, tend_month_file, G_TYPE_OBJECT)


enum {
  PROP_0,
  PROP_MONTH,
  PROP_VERSION,
  PROP_READ_ONLY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
tend_month_file_constructed (GObject *object)
{
  TendMonthFile *self = TEND_MONTH_FILE (object);

  G_OBJECT_CLASS (tend_month_file_parent_class)->constructed (object);

  if (!tend_month_is_valid (self->month))
    g_critical ("A TendMonthFile needs a month like 2026-11, not %s", self->month);
}

static void
tend_month_file_finalize (GObject *object)
{
  TendMonthFile *self = TEND_MONTH_FILE (object);

  g_clear_pointer (&self->month, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (tend_month_file_parent_class)->finalize (object);
}

static void
tend_month_file_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendMonthFile *self = TEND_MONTH_FILE (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_value_set_string (value, self->month);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_month_file_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendMonthFile *self = TEND_MONTH_FILE (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_assert (self->month == NULL);
      self->month = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_month_file_class_init (TendMonthFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tend_month_file_constructed;
  object_class->finalize = tend_month_file_finalize;
  object_class->get_property = tend_month_file_get_property;
  object_class->set_property = tend_month_file_set_property;

  /* "2026-11" */
  properties[PROP_MONTH] =
    g_param_spec_string ("month", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The format version the file was written with. */
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        1, G_MAXINT64, TEND_MONTH_FILE_VERSION,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Written by a newer Tend: shown, never rewritten. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* A GDestroyNotify for the array of tombstones. */
static void
tombstone_free (gpointer data)
{
  tend_tombstone_free (data);
}

static void
tend_month_file_init (TendMonthFile *self)
{
  self->version = TEND_MONTH_FILE_VERSION;
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->deleted = g_ptr_array_new_with_free_func (tombstone_free);
}

/**
 * tend_month_file_new:
 * @month: "YYYY-MM"
 *
 * Returns: an empty month, to be filled and written
 */
TendMonthFile *
tend_month_file_new (const char *month)
{
  g_return_val_if_fail (tend_month_is_valid (month), NULL);

  return g_object_new (TEND_TYPE_MONTH_FILE, "month", month, NULL);
}

/* Months and days */

static gboolean
month_prefix_is_valid (const char *s)
{
  int year = 0, month = 0;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      year = year * 10 + (s[i] - '0');
    }
  if (s[4] != '-' || !g_ascii_isdigit (s[5]) || !g_ascii_isdigit (s[6]))
    return FALSE;
  month = (s[5] - '0') * 10 + (s[6] - '0');

  return year >= 1 && month >= 1 && month <= 12;
}

gboolean
tend_month_is_valid (const char *month)
{
  return month != NULL && strlen (month) == 7 && month_prefix_is_valid (month);
}

/**
 * tend_month_for_day:
 * @day: a local date ("2026-11-23") or date and time ("2026-11-23T21:04:05+01:00")
 *
 * Returns: its month, "2026-11"
 */
char *
tend_month_for_day (const char *day)
{
  g_return_val_if_fail (day != NULL && strlen (day) >= 7 && month_prefix_is_valid (day), NULL);

  return g_strndup (day, 7);
}

/**
 * tend_month_describe:
 *
 * "November 2026" for "2026-11", in the person's language; @month itself if it is not one.
 */
char *
tend_month_describe (const char *month)
{
  g_autoptr(GDateTime) first = NULL;
  int year, mon;

  g_return_val_if_fail (month != NULL, NULL);

  if (sscanf (month, "%4d-%2d", &year, &mon) == 2)
    first = g_date_time_new_local (year, mon, 1, 12, 0, 0);
  if (first == NULL)
    return g_strdup (month);

  /* Translators: a month on its own with its year, as in “November 2026”, over the months of
   * the list of entries; see strftime (%OB is the month's name as it stands alone). */
  return g_date_time_format (first, _("%OB %Y"));
}

void
tend_tombstone_free (TendTombstone *tombstone)
{
  if (tombstone == NULL)
    return;

  g_free (tombstone->id);
  g_clear_pointer (&tombstone->updated, g_date_time_unref);
  g_clear_pointer (&tombstone->extra, json_object_unref);
  g_free (tombstone);
}

/* Writing */

static JsonNode *
tombstone_to_json (TendTombstone *tombstone)
{
  g_autoptr(JsonObject) object = json_object_new ();
  char updated[TEND_DATE_TIME_STRING_SIZE];
  JsonNode *node;

  tend_date_time_to_string (tombstone->updated, updated);
  json_object_set_string_member (object, "id", tombstone->id);
  json_object_set_string_member (object, "updated", updated);
  tend_json_add_kept_members (object, tombstone->extra);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&object));
  return node;
}

typedef JsonNode *(*RecordToJson) (gpointer record);

/* Called through RecordToJson, so typed as it is: calling a function through a pointer of
 * another type is undefined behaviour, whatever the ABI makes of it. */
static JsonNode *
entry_to_json (gpointer record)
{
  return tend_entry_to_json (record);
}

static JsonNode *
session_to_json (gpointer record)
{
  return tend_grounding_session_to_json (record);
}

static GQuark text_quark;

static void
forget_text (GObject    *record,
             GParamSpec *pspec,
             gpointer    user_data)
{
  g_object_set_qdata (record, text_quark, NULL);
}

/* A record's JSON as it stands in the file. It is kept until the record changes (any notify),
 * so saving an edit rewrites one record's text, not the whole month's: the cost of typing
 * does not grow with how much a month holds. */
static const char *
record_text (GObject      *record,
             RecordToJson  to_json)
{
  char *text;

  if (G_UNLIKELY (text_quark == 0))
    text_quark = g_quark_from_static_string ("tend-month-file-text");

  text = g_object_get_qdata (record, text_quark);
  if (text == NULL)
    {
      g_autoptr(JsonNode) node = to_json (record);
      GString *out = g_string_new (NULL);

      tend_json_write_at (out, node, 2);
      text = g_string_free (out, FALSE);
      g_object_set_qdata_full (record, text_quark, text, g_free);
      g_signal_handlers_disconnect_by_func (record, forget_text, NULL);
      g_signal_connect (record, "notify", G_CALLBACK (forget_text), NULL);
    }

  return text;
}

static void
write_records (GString      *out,
               const char   *name,
               GPtrArray    *records,
               RecordToJson  to_json)
{
  tend_json_write_member_name (out, name, 1);
  if (records->len == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append (out, "[\n");
  for (guint i = 0; i < records->len; i++)
    {
      g_string_append (out, "    ");
      g_string_append (out, record_text (g_ptr_array_index (records, i), to_json));
      g_string_append (out, i + 1 < records->len ? ",\n" : "\n");
    }
  g_string_append (out, "  ]");
}

/**
 * tend_month_file_to_bytes:
 *
 * Serializes the whole month in the layout of DESIGN.md: members in its order, then the ones
 * this version did not know; two spaces an indent; UTF-8; a final newline.
 *
 * Every save goes through here, so it refuses what must not be written: a month from a newer
 * Tend (%TEND_MONTH_FILE_ERROR_READ_ONLY), records that would not read back
 * (%TEND_MONTH_FILE_ERROR_FORMAT: an id used twice, a record outside the month), and a file
 * over %TEND_MONTH_FILE_MAX_BYTES, which the reader would refuse
 * (%TEND_MONTH_FILE_ERROR_TOO_LARGE).
 *
 * Returns: (nullable): the file's new contents, or %NULL with an error
 */
GBytes *
tend_month_file_to_bytes (TendMonthFile  *self,
                          GError        **error)
{
  GBytes *bytes;

  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = tend_month_file_serialize (self, error);

  /* The reader refuses a file this large as damaged, and would move the whole month aside. */
  if (bytes != NULL && g_bytes_get_size (bytes) > TEND_MONTH_FILE_MAX_BYTES)
    {
      g_autofree char *size_text = g_format_size (g_bytes_get_size (bytes));
      g_autofree char *max_text = g_format_size (TEND_MONTH_FILE_MAX_BYTES);

      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE,
                   /* Translators: %s are a month like 2026-11, then sizes like “18.0 MB” and
                    * “16.8 MB”. */
                   _("The entries of %s would take %s, more than the %s one month can hold, "
                     "so the latest change was not saved. Shorten or remove some of them."),
                   self->month, size_text, max_text);
      g_clear_pointer (&bytes, g_bytes_unref);
    }

  return bytes;
}

/**
 * tend_month_file_serialize:
 *
 * tend_month_file_to_bytes() without the limit on the size, for a caller that words the
 * refusal itself (an import, before it changes anything).
 */
GBytes *
tend_month_file_serialize (TendMonthFile  *self,
                           GError        **error)
{
  g_autoptr(JsonArray) deleted = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *file_name = NULL;
  GString *out;

  file_name = tend_month_file_dup_file_name (self);

  if (self->read_only)
    {
      g_set_error (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_READ_ONLY,
                   /* Translators: %s is a file name like 2026-11.json. */
                   _("%s: written by a newer version of Tend, so it is only read and never saved"),
                   file_name);
      return NULL;
    }

  if (!tend_month_file_check_records (self, error))
    return NULL;

  out = g_string_sized_new (4096);
  g_string_append (out, "{\n");
  tend_json_write_member_name (out, "format", 1);
  g_string_append (out, "\"" TEND_MONTH_FILE_FORMAT "\",\n");
  tend_json_write_member_name (out, "version", 1);
  g_string_append_printf (out, "%d,\n", TEND_MONTH_FILE_VERSION);
  tend_json_write_member_name (out, "month", 1);
  g_string_append_printf (out, "\"%s\",\n", self->month);
  write_records (out, "entries", self->entries, entry_to_json);
  g_string_append (out, ",\n");
  write_records (out, "grounding", self->sessions, session_to_json);
  g_string_append (out, ",\n");

  deleted = json_array_sized_new (self->deleted->len);
  for (guint i = 0; i < self->deleted->len; i++)
    json_array_add_element (deleted, tombstone_to_json (g_ptr_array_index (self->deleted, i)));
  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, g_steal_pointer (&deleted));
  tend_json_write_member_name (out, "deleted", 1);
  tend_json_write_at (out, node, 1);

  if (self->extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, self->extra);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          g_string_append (out, ",\n");
          tend_json_write_member_name (out, name, 1);
          tend_json_write_at (out, member, 1);
        }
    }

  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

/* Where a save of @path goes. A month that is a symbolic link is written through to the file
 * it links to, in that file's folder: the person (or their sync set-up) put the month there,
 * and replacing the link with a file in the journal would quietly split it in two. A link
 * that leads nowhere, or to anything but a regular file, is refused: there is nothing there
 * to write over, and writing a new file at the link's end could land anywhere. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  char *resolved;
  char *target;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      /* A month saved for the first time. */
      if (saved_errno == ENOENT)
        return g_strdup (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file, the second why it could not be
                    * saved. */
                   _("Could not save “%s”: %s"), display_name, g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISREG (st.st_mode))
    return g_strdup (path);

  if (!S_ISLNK (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   /* Translators: %s is a file of the journal, like …/journal/2026-11.json. */
                   _("Could not save “%s”: it is not an ordinary file"), display_name);
      return NULL;
    }

  resolved = realpath (path, NULL);
  if (resolved == NULL)
    {
      int saved_errno = errno;
      g_autofree char *points_to = g_file_read_link (path, NULL);
      g_autofree char *link_name = NULL;

      link_name = points_to != NULL ? g_filename_display_name (points_to) : g_strdup ("?");
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file of the journal, the second where it
                    * links to, the third why that cannot be reached. */
                   _("Could not save “%s”: it links to “%s”, which cannot be reached (%s)"),
                   display_name, link_name, g_strerror (saved_errno));
      return NULL;
    }

  target = g_strdup (resolved);
  free (resolved);

  if (g_stat (target, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_autofree char *target_name = g_filename_display_name (target);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   /* Translators: the first %s is a file of the journal, the second where it
                    * links to. */
                   _("Could not save “%s”: it links to “%s”, which is not an ordinary file"),
                   display_name, target_name);
      g_free (target);
      return NULL;
    }

  return target;
}

/* GLib gives the new file the mode of the one it replaces, so a month restored from a backup
 * with looser permissions is made private first. Through the descriptor of @target opened
 * without following links: chmod() on a name that became a link would change whatever it
 * points to. */
static void
make_private (const char *target)
{
  g_autofd int fd = g_open (target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC,
                            0);
  GStatBuf st;

  if (fd < 0)
    {
      if (errno != ENOENT)
        g_debug ("Could not make %s private: %s", target, g_strerror (errno));
      return;
    }

  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (st.st_mode & 0777) != 0600 &&
      fchmod (fd, 0600) != 0)
    g_debug ("Could not make %s private: %s", target, g_strerror (errno));
}

/**
 * tend_month_file_write_bytes:
 * @path: where the month file goes
 * @bytes: its contents, from tend_month_file_to_bytes()
 *
 * Replaces @path atomically and durably: after a crash or a killed process there is either
 * the old file or the new one, never a torn one. The file gets mode 0600; a missing folder
 * is made with mode 0700. When @path is a symbolic link, the file it links to is replaced
 * the same way, in its own folder, and the link stays; a link to nothing, or to anything but
 * a regular file, is refused. Touches no object, so it may run on any thread.
 *
 * Returns: %TRUE once the bytes are on disk, or %FALSE with a %G_FILE_ERROR
 */
gboolean
tend_month_file_write_bytes (const char  *path,
                             GBytes      *bytes,
                             GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *target = NULL;
  gconstpointer data;
  gsize size;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (folder);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: the first %s is a folder, the second why it could not be made. */
                   _("Could not make the folder “%s”: %s"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;
  make_private (target);

  data = g_bytes_get_data (bytes, &size);
  return g_file_set_contents_full (target, data != NULL ? data : "", size,
                                   G_FILE_SET_CONTENTS_CONSISTENT |
                                   G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Accessors */

const char *
tend_month_file_get_month (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  return self->month;
}

/**
 * tend_month_file_dup_file_name:
 *
 * Returns: the month's file name, like "2026-11.json"
 */
char *
tend_month_file_dup_file_name (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  return g_strconcat (self->month, ".json", NULL);
}

gint64
tend_month_file_get_version (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), 0);

  return self->version;
}

/**
 * tend_month_file_is_read_only:
 *
 * TRUE when the file came from a newer Tend: it is shown, never rewritten.
 */
gboolean
tend_month_file_is_read_only (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), TRUE);

  return self->read_only;
}

/**
 * tend_month_file_get_entries:
 *
 * The array belongs to the month file and may be changed.
 *
 * Returns: (transfer none) (element-type TendEntry): the entries, in file order
 */
GPtrArray *
tend_month_file_get_entries (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  return self->entries;
}

/**
 * tend_month_file_get_sessions:
 *
 * The array belongs to the month file and may be changed.
 *
 * Returns: (transfer none) (element-type TendGroundingSession): the grounding sessions, in
 *   file order
 */
GPtrArray *
tend_month_file_get_sessions (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  return self->sessions;
}

/**
 * tend_month_file_get_deleted:
 *
 * The array belongs to the month file and may be changed.
 *
 * Returns: (transfer none) (element-type TendTombstone): the tombstones, in file order
 */
GPtrArray *
tend_month_file_get_deleted (TendMonthFile *self)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  return self->deleted;
}

static TendTombstone *
find_tombstone (TendMonthFile *self,
                const char    *id,
                guint         *index)
{
  for (guint i = 0; i < self->deleted->len; i++)
    {
      TendTombstone *tombstone = g_ptr_array_index (self->deleted, i);

      if (g_str_equal (tombstone->id, id))
        {
          if (index != NULL)
            *index = i;
          return tombstone;
        }
    }

  return NULL;
}

/**
 * tend_month_file_add_tombstone:
 * @id: the id of the record that was deleted
 * @updated: when it was deleted
 *
 * Records a deletion; a second one for the same id moves its time.
 */
void
tend_month_file_add_tombstone (TendMonthFile *self,
                               const char    *id,
                               GDateTime     *updated)
{
  TendTombstone *tombstone;

  g_return_if_fail (TEND_IS_MONTH_FILE (self));
  g_return_if_fail (id != NULL && *id != '\0' && g_utf8_validate (id, -1, NULL));
  g_return_if_fail (updated != NULL);

  tombstone = find_tombstone (self, id, NULL);
  if (tombstone == NULL)
    {
      tombstone = g_new0 (TendTombstone, 1);
      tombstone->id = g_strdup (id);
      g_ptr_array_add (self->deleted, tombstone);
    }

  tend_date_time_set (&tombstone->updated, updated);
}

/**
 * tend_month_file_find_tombstone:
 *
 * The tombstone for @id, or NULL. It belongs to the month file.
 */
TendTombstone *
tend_month_file_find_tombstone (TendMonthFile *self,
                                const char    *id)
{
  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return find_tombstone (self, id, NULL);
}

/**
 * tend_month_file_remove_tombstone:
 *
 * Removes the tombstone for @id (an undone delete); TRUE if there was one.
 */
gboolean
tend_month_file_remove_tombstone (TendMonthFile *self,
                                  const char    *id)
{
  guint index;

  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (find_tombstone (self, id, &index) == NULL)
    return FALSE;

  g_ptr_array_remove_index (self->deleted, index);
  return TRUE;
}

static gboolean
day_in_range (const char *day,
              const char *first_day,
              const char *last_day)
{
  return (first_day == NULL || strcmp (day, first_day) >= 0) &&
         (last_day == NULL || strcmp (day, last_day) <= 0);
}

/**
 * tend_month_file_new_like:
 *
 * Returns: (transfer full): a month with the version and unknown members of @self (and its
 *   being read-only), and no records
 */
TendMonthFile *
tend_month_file_new_like (TendMonthFile *self)
{
  TendMonthFile *copy;

  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  copy = tend_month_file_new (self->month);
  copy->version = self->version;
  copy->read_only = self->read_only;
  if (self->extra != NULL)
    tend_json_add_kept_members (copy->extra = json_object_new (), self->extra);

  return copy;
}

/**
 * tend_month_file_copy_days:
 * @first_day: (nullable): the first day to keep, "YYYY-MM-DD", or %NULL for no bound
 * @last_day: (nullable): the last day to keep, or %NULL for no bound
 *
 * A month holding the records of @self from @first_day to @last_day, for exporting part of
 * the journal. The records are shared, not copied. Tombstones say nothing of the day their
 * record had, so all of them are kept: a deletion travels with every part of its month.
 *
 * Returns: (transfer full): the new month, with the version and unknown members of @self
 */
TendMonthFile *
tend_month_file_copy_days (TendMonthFile *self,
                           const char    *first_day,
                           const char    *last_day)
{
  TendMonthFile *copy;

  g_return_val_if_fail (TEND_IS_MONTH_FILE (self), NULL);

  copy = tend_month_file_new_like (self);

  for (guint i = 0; i < self->entries->len; i++)
    {
      TendEntry *entry = g_ptr_array_index (self->entries, i);

      if (day_in_range (tend_entry_get_day (entry), first_day, last_day))
        g_ptr_array_add (copy->entries, g_object_ref (entry));
    }

  for (guint i = 0; i < self->sessions->len; i++)
    {
      TendGroundingSession *session = g_ptr_array_index (self->sessions, i);
      char day[11];

      tend_date_time_to_day (tend_grounding_session_get_started (session), day);
      if (day_in_range (day, first_day, last_day))
        g_ptr_array_add (copy->sessions, g_object_ref (session));
    }

  for (guint i = 0; i < self->deleted->len; i++)
    {
      TendTombstone *tombstone = g_ptr_array_index (self->deleted, i);
      TendTombstone *kept = g_new0 (TendTombstone, 1);

      kept->id = g_strdup (tombstone->id);
      kept->updated = g_date_time_ref (tombstone->updated);
      if (tombstone->extra != NULL)
        tend_json_add_kept_members (kept->extra = json_object_new (), tombstone->extra);
      g_ptr_array_add (copy->deleted, kept);
    }

  return copy;
}
