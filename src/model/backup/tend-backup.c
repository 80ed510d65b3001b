/* tend-backup.c — reading a backup, the rule that decides which copy of a record wins, and the
 * preview of what merging it would do (the merge itself: tend-backup-apply.c).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-backup.h"
#include "tend-backup-private.h"
#include "tend-json-private.h"
#include "tend-month-file-private.h"
#include "tend-sealed-formats.h"

#if HAVE_SEAL
#include "tend-seal-error.h"
#include "tend-sealed-backup.h"
#endif

/* How far past now a time may be and still be believed, when the backup's own "exported" is
 * no guide: the clocks of two computers disagree, and a time zone set wrong moves a time by up
 * to 14 hours. A day covers both; a date typed wrong or made up (9999) is far beyond it. */
#define FUTURE_ALLOWANCE G_TIME_SPAN_DAY

struct _TendBackup
{
  GObject     parent_instance;

  GDateTime  *exported;
  /* Records and tombstones dated after this are "in the future": nothing in a backup can be
   * newer than the backup itself. They are left out unless the person includes them, since
   * by the rule that the later time wins, one would otherwise win over every real change. */
  GDateTime  *future_limit;
  gboolean    limit_is_exported;
  gboolean    include_future;
  /* TendMonthFile, in the order of the file. */
  GPtrArray  *months;
  guint       n_records;
  /* The "safety_plan" member, or NULL. */
  TendSafetyPlan *safety_plan;
};

enum {
  PROP_0,
  PROP_INCLUDE_FUTURE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendBackup, tend_backup, G_TYPE_OBJECT)

G_DEFINE_QUARK (tend-backup-error-quark, tend_backup_error)

static void
tend_backup_finalize (GObject *object)
{
  TendBackup *self = TEND_BACKUP (object);

  g_clear_pointer (&self->exported, g_date_time_unref);
  g_clear_pointer (&self->future_limit, g_date_time_unref);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_object (&self->safety_plan);

  G_OBJECT_CLASS (tend_backup_parent_class)->finalize (object);
}

static void
tend_backup_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TendBackup *self = TEND_BACKUP (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_FUTURE:
      g_value_set_boolean (value, self->include_future);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_backup_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TendBackup *self = TEND_BACKUP (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_FUTURE:
      tend_backup_set_include_future (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_backup_class_init (TendBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tend_backup_finalize;
  object_class->get_property = tend_backup_get_property;
  object_class->set_property = tend_backup_set_property;

  /* Whether records dated in the future are imported too; off unless the person says so. */
  properties[PROP_INCLUDE_FUTURE] =
    g_param_spec_boolean ("include-future", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_backup_init (TendBackup *self)
{
  self->months = g_ptr_array_new_with_free_func (g_object_unref);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading */

static void
set_newer_error (GError     **error,
                 const char  *where)
{
  g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_NEWER,
               /* Translators: %s names the backup file, or a month in it, like
                * “tend-backup.json: months[2]”. */
               _("%s: made by a newer version of Tend. Update Tend to import it."), where);
}

/* Ids are unique across the whole backup, as they are across the journal: a record that sits
 * in two months would be merged twice. */
static gboolean
check_ids (TendMonthFile  *month,
           GHashTable     *ids,
           const char     *where,
           GError        **error)
{
  GPtrArray *lists[] = {
    tend_month_file_get_entries (month),
    tend_month_file_get_sessions (month),
    tend_month_file_get_deleted (month),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        gpointer record = g_ptr_array_index (lists[l], i);
        const char *id = l == 0 ? tend_entry_get_id (record)
                         : l == 1 ? tend_grounding_session_get_id (record)
                         : ((TendTombstone *) record)->id;

        if (!g_hash_table_add (ids, (gpointer) id))
          {
            g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_FORMAT,
                         /* Translators: the first %s names a month in the backup file, like
                          * “tend-backup.json: months[2]”, the second is an id. */
                         _("%s: the id “%s” is in the backup twice"), where, id);
            return FALSE;
          }
      }

  return TRUE;
}

static gboolean
read_months (TendBackup  *self,
             JsonNode    *node,
             const char  *file_name,
             GError     **error)
{
  g_autofree char *list = g_strdup_printf ("%s: months", file_name);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  guint length;

  if (!tend_json_read_array (node, list, NULL, &array, error))
    return FALSE;

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s[%u]", list, i);
      g_autoptr(TendMonthFile) month = NULL;
      JsonObject *object;

      if (!tend_json_read_object (json_array_get_element (array, i), where, NULL, &object,
                                  error))
        return FALSE;

      month = tend_month_file_new_from_object (object, where, error);
      if (month == NULL)
        return FALSE;

      if (tend_month_file_is_read_only (month))
        {
          set_newer_error (error, where);
          return FALSE;
        }

      if (!g_hash_table_add (seen, (gpointer) tend_month_file_get_month (month)))
        {
          g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_FORMAT,
                       /* Translators: the first %s names a month in the backup file, like
                        * “tend-backup.json: months[2]”, the second is a month like 2026-11. */
                       _("%s: the month %s is in the backup twice"), where,
                       tend_month_file_get_month (month));
          return FALSE;
        }

      if (!check_ids (month, ids, where, error))
        return FALSE;

      self->n_records += tend_month_file_get_entries (month)->len +
                         tend_month_file_get_sessions (month)->len +
                         tend_month_file_get_deleted (month)->len;
      g_ptr_array_add (self->months, g_steal_pointer (&month));
    }

  return TRUE;
}

/* The backup's own time, unless that is itself in the future: then now, give or take the
 * clocks. */
static void
set_future_limit (TendBackup *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) latest = g_date_time_add (now, FUTURE_ALLOWANCE);

  self->limit_is_exported = self->exported != NULL &&
                            g_date_time_compare (self->exported, latest) <= 0;
  self->future_limit = g_date_time_ref (self->limit_is_exported ? self->exported : latest);
}

/* Whether @bytes are a backup protected with a passphrase (tend-sealed-backup.c): its format
 * near the start, as Tend writes it. Looked for even in a Tend that cannot open one, so that
 * it says what the file is rather than that it is damaged. */
static gboolean
looks_protected (GBytes *bytes)
{
  static const char format[] = "\"" TEND_SEALED_BACKUP_FORMAT "\"";
  gsize size;
  const char *text = g_bytes_get_data (bytes, &size);

  return text != NULL && g_strstr_len (text, MIN (size, 512), format) != NULL;
}

/**
 * tend_backup_new_from_bytes:
 * @bytes: a backup file's contents
 * @file_name: its name, for errors
 *
 * Reads a whole backup and checks it as strictly as the journal checks a month file: every
 * month by the rules of a month file, no month or id twice, and nothing made by a newer Tend.
 * Anything wrong is an error and nothing of the backup is kept, so a damaged backup can never
 * be half imported.
 *
 * Returns: (nullable): the backup, or %NULL with an error that names what is wrong and where
 */
TendBackup *
tend_backup_new_from_bytes (GBytes      *bytes,
                            const char  *file_name,
                            GError     **error)
{
  g_autoptr(TendBackup) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *format = NULL, *version = NULL, *exported = NULL, *months = NULL, *plan = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  const char *format_string;
  gint64 version_number;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) > TEND_BACKUP_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (bytes));
      g_autofree char *max = g_format_size (TEND_BACKUP_MAX_BYTES);

      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_TOO_LARGE,
                   /* Translators: the first %s is a file name, the others are sizes like
                    * “600.0 MB”. */
                   _("%s: the file is %s, more than the %s a backup may hold"),
                   file_name, size, max);
      return NULL;
    }

  if (looks_protected (bytes))
    {
      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_PROTECTED,
                   /* Translators: %s is a file name. */
                   _("%s is protected with a passphrase"), file_name);
      return NULL;
    }

  parser = tend_month_file_parse (bytes, file_name, error);
  if (parser == NULL)
    return NULL;

  /* Members this version does not know are passed over: a backup is read, never rewritten. */
  json_object_iter_init_ordered (&iter, json_node_get_object (json_parser_get_root (parser)));
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (strcmp (name, "format") == 0)
        format = node;
      else if (strcmp (name, "version") == 0)
        version = node;
      else if (strcmp (name, "exported") == 0)
        exported = node;
      else if (strcmp (name, "months") == 0)
        months = node;
      else if (strcmp (name, "safety_plan") == 0)
        plan = node;
    }

  if (format == NULL ||
      !tend_json_read_string (format, file_name, NULL, &format_string, NULL) ||
      strcmp (format_string, TEND_BACKUP_FORMAT) != 0)
    {
      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_FORMAT,
                   /* Translators: %s is a file name. Keep “tend-backup” as it is: it is the
                    * name written in every backup file. */
                   _("%s: format: expected “tend-backup”; this is not a Tend backup"),
                   file_name);
      return NULL;
    }

  if (version == NULL || !tend_json_read_integer (version, 1, G_MAXINT64, &version_number))
    {
      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_FORMAT,
                   /* Translators: %s is a file name like 2026-11.json; “version” is the name of
                    * the member in the file, keep it as it is. */
                   _("%s: version: expected a whole number, 1 or more"), file_name);
      return NULL;
    }

  if (version_number > TEND_BACKUP_VERSION)
    {
      set_newer_error (error, file_name);
      return NULL;
    }

  self = g_object_new (TEND_TYPE_BACKUP, NULL);

  if (exported == NULL || months == NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s: %s", file_name,
                                                exported == NULL ? "exported" : "months");

      tend_json_set_missing (error, where, NULL);
      return NULL;
    }

  {
    g_autofree char *where = g_strdup_printf ("%s: exported", file_name);

    if (!tend_json_read_date_time (exported, where, NULL, &self->exported, error) ||
        !read_months (self, months, file_name, error))
      return NULL;
  }

  /* Optional: a backup from before the plan, or made without one, has none. */
  if (plan != NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s: safety_plan", file_name);
      JsonObject *object;

      if (!tend_json_read_object (plan, where, NULL, &object, error) ||
          (self->safety_plan = tend_safety_plan_new_from_object (object, where, error)) == NULL)
        return NULL;
    }

  set_future_limit (self);

  return g_steal_pointer (&self);
}

/**
 * tend_backup_load:
 * @file: a backup
 *
 * Reads @file with tend_backup_new_from_bytes(); a file over %TEND_BACKUP_MAX_BYTES is refused
 * before it is read, and anything but a regular file (a named pipe, a device) is refused with
 * %G_IO_ERROR_NOT_REGULAR_FILE without being read. Touches no shared object, so it may run on
 * any thread.
 *
 * Returns: (nullable): the backup, or %NULL with an error
 */
/* A protected backup opened with @secret, then read; without a secret it is refused with
 * TEND_BACKUP_ERROR_PROTECTED, for the caller to ask for the passphrase. */
static TendBackup *
new_from_bytes_with_secret (GBytes      *bytes,
                            const char  *file_name,
                            const char  *secret,
                            GError     **error)
{
#if HAVE_SEAL
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GError) local_error = NULL;

  if (secret == NULL || !looks_protected (bytes))
    return tend_backup_new_from_bytes (bytes, file_name, error);

  plain = tend_sealed_backup_open (bytes, secret, &local_error);
  if (plain == NULL)
    {
      if (g_error_matches (local_error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY))
        g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_PROTECTED,
                     /* Translators: %s is a file name. */
                     _("%s: that passphrase or recovery code does not open this backup"),
                     file_name);
      else
        g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_FORMAT, "%s: %s", file_name,
                     local_error->message);
      return NULL;
    }
  return tend_backup_new_from_bytes (plain, file_name, error);
#else
  return tend_backup_new_from_bytes (bytes, file_name, error);
#endif
}

static TendBackup *
load_file (GFile         *file,
           const char    *secret,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  const char *display_name;
  guint64 size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  display_name = g_file_info_get_display_name (info);

  /* A file from the portal's file chooser has a path too (the document portal's). A pipe or
   * a device picked by mistake is refused there without being read: reading would wait for
   * a writer, or never end. */
  path = g_file_get_path (file);
  if (path != NULL)
    {
      GError *read_error = NULL;

      bytes = tend_month_file_read_regular (path, display_name, TEND_BACKUP_MAX_BYTES, &size,
                                            &read_error);
      if (bytes == NULL && read_error != NULL)
        {
          g_propagate_error (error, read_error);
          return NULL;
        }
    }
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: %s is a file name like 2026-11.json. */
                   _("%s: this is not an ordinary file"), display_name);
      return NULL;
    }
  else if ((guint64) g_file_info_get_size (info) <= TEND_BACKUP_MAX_BYTES)
    {
      bytes = g_file_load_bytes (file, cancellable, NULL, error);
      if (bytes == NULL)
        return NULL;
    }
  else
    size = (guint64) g_file_info_get_size (info);

  if (bytes == NULL)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *max_text = g_format_size (TEND_BACKUP_MAX_BYTES);

      g_set_error (error, TEND_BACKUP_ERROR, TEND_BACKUP_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the %s a backup may hold"),
                   display_name, size_text, max_text);
      return NULL;
    }

  return new_from_bytes_with_secret (bytes, display_name, secret, error);
}

TendBackup *
tend_backup_load (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return load_file (file, NULL, cancellable, error);
}

/**
 * tend_backup_load_protected:
 * @secret: the passphrase or recovery code of the journal that made the backup
 *
 * As tend_backup_load(), for a backup that may be protected: it is opened with @secret (about
 * half a second of key derivation; call it on a worker thread). A plain backup is read as it
 * is. A wrong @secret is %TEND_BACKUP_ERROR_PROTECTED.
 */
TendBackup *
tend_backup_load_protected (GFile         *file,
                            const char    *secret,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_return_val_if_fail (secret != NULL, NULL);

  return load_file (file, secret, cancellable, error);
}

typedef struct {
  GFile *file;
  char  *secret;
} LoadJob;

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_object (&job->file);
  if (job->secret != NULL)
    explicit_bzero (job->secret, strlen (job->secret));
  g_free (job->secret);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  TendBackup *backup = load_file (job->file, job->secret, cancellable, &error);

  if (backup == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backup, g_object_unref);
}

static void
load_store_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_run_in_thread (task, load_thread);
}

/**
 * tend_backup_load_async:
 *
 * Reads the backup on a worker thread, once @store is fully loaded, so that a preview made in
 * the callback sees every month.
 */
void
tend_backup_load_async (GFile               *file,
                        TendStore           *store,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  tend_backup_load_protected_async (file, store, NULL, cancellable, callback, user_data);
}

/**
 * tend_backup_load_protected_async:
 * @secret: (nullable): the passphrase or recovery code that opens a protected backup
 *
 * As tend_backup_load_async(); a protected backup is opened with @secret. Finish with
 * tend_backup_load_finish().
 */
void
tend_backup_load_protected_async (GFile               *file,
                                  TendStore           *store,
                                  const char          *secret,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;
  LoadJob *job;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (TEND_IS_STORE (store));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_backup_load_async);
  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->secret = g_strdup (secret);
  g_task_set_task_data (task, job, load_job_free);

  /* The file is read only once every month of the journal is: an entry in a month still
   * unread would otherwise look new in the preview, and be merged twice. */
  tend_store_load_all_async (store, cancellable, load_store_cb, task);
}

TendBackup *
tend_backup_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tend_backup_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * tend_backup_get_safety_plan:
 *
 * The safety plan the backup holds, or NULL (an older backup, or one made without a plan).
 */
TendSafetyPlan *
tend_backup_get_safety_plan (TendBackup *self)
{
  g_return_val_if_fail (TEND_IS_BACKUP (self), NULL);

  return self->safety_plan;
}

GDateTime *
tend_backup_get_exported (TendBackup *self)
{
  g_return_val_if_fail (TEND_IS_BACKUP (self), NULL);

  return self->exported;
}

gboolean
tend_backup_get_include_future (TendBackup *self)
{
  g_return_val_if_fail (TEND_IS_BACKUP (self), FALSE);

  return self->include_future;
}

/**
 * tend_backup_set_include_future:
 * @include: whether to import records dated in the future too
 *
 * A record or a tombstone dated after the backup was made (or, when the backup's own date is
 * in the future, more than a day after now) is left out of tend_backup_apply() unless
 * @include is %TRUE; tend_backup_preview() counts them apart.
 */
void
tend_backup_set_include_future (TendBackup *self,
                                gboolean    include)
{
  g_return_if_fail (TEND_IS_BACKUP (self));

  include = !!include;
  if (self->include_future == include)
    return;

  self->include_future = include;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_FUTURE]);
}

/**
 * tend_backup_get_n_records:
 *
 * Returns: how many entries, sessions and tombstones the backup holds
 */
guint
tend_backup_get_n_records (TendBackup *self)
{
  g_return_val_if_fail (TEND_IS_BACKUP (self), 0);

  return self->n_records;
}

/* ------------------------------------------------------------------------------------------ */
/* The merge rule */

/**
 * tend_backup_merge_action:
 * @ours: (nullable): the journal's record's "updated", or its tombstone's time
 *   (@ours_deleted), or %NULL when it has neither
 * @theirs: the backup's, a tombstone when @theirs_deleted
 *
 * Records merge by id and the later time wins: a record's "updated", a tombstone's time of
 * deletion. When a record and a tombstone have the same time the deletion wins, since it was
 * the last thing the person did to it. A tombstone for a record the journal does not hold is
 * kept, so that an older copy of the record, met later, does not come back.
 */
TendMergeAction
tend_backup_merge_action (GDateTime *ours,
                          gboolean   ours_deleted,
                          GDateTime *theirs,
                          gboolean   theirs_deleted)
{
  int order;

  g_return_val_if_fail (theirs != NULL, TEND_MERGE_KEEP);

  if (ours == NULL)
    return theirs_deleted ? TEND_MERGE_TOMBSTONE : TEND_MERGE_ADD;

  order = g_date_time_compare (theirs, ours);

  if (!ours_deleted && !theirs_deleted)
    return order > 0 ? TEND_MERGE_REPLACE : TEND_MERGE_KEEP;
  if (!ours_deleted && theirs_deleted)
    return order >= 0 ? TEND_MERGE_DELETE : TEND_MERGE_KEEP;
  if (ours_deleted && !theirs_deleted)
    return order > 0 ? TEND_MERGE_ADD : TEND_MERGE_KEEP;

  return order > 0 ? TEND_MERGE_TOMBSTONE : TEND_MERGE_KEEP;
}

const char *
tend_backup_item_id (const TendBackupItem *item)
{
  switch (item->kind)
    {
    case RECORD_ENTRY:
      return tend_entry_get_id (item->record);
    case RECORD_SESSION:
      return tend_grounding_session_get_id (item->record);
    case RECORD_TOMBSTONE:
    default:
      return ((TendTombstone *) item->record)->id;
    }
}

GDateTime *
tend_backup_item_time (const TendBackupItem *item)
{
  switch (item->kind)
    {
    case RECORD_ENTRY:
      return tend_entry_get_updated (item->record);
    case RECORD_SESSION:
      return tend_grounding_session_get_updated (item->record);
    case RECORD_TOMBSTONE:
    default:
      return ((TendTombstone *) item->record)->updated;
    }
}

/* What @item does to the journal as it stands now. *@ours_kind tells what the journal holds
 * under its id, when that is a record. */
static TendMergeAction
item_action (const TendBackupItem *item,
             TendStore  *store,
             TendRecordKind *ours_kind)
{
  const char *id = tend_backup_item_id (item);
  TendEntry *entry = tend_store_find_entry (store, id);
  TendGroundingSession *session = entry == NULL ? tend_store_find_session (store, id) : NULL;
  GDateTime *ours;

  *ours_kind = RECORD_TOMBSTONE;
  if (entry != NULL)
    {
      *ours_kind = RECORD_ENTRY;
      ours = tend_entry_get_updated (entry);
    }
  else if (session != NULL)
    {
      *ours_kind = RECORD_SESSION;
      ours = tend_grounding_session_get_updated (session);
    }
  else
    ours = tend_store_get_deleted_time (store, id);

  /* An entry and a session never share an id; if a damaged copy says otherwise, the journal's
   * record stays as it is. */
  if (item->kind != RECORD_TOMBSTONE && *ours_kind != RECORD_TOMBSTONE &&
      *ours_kind != item->kind)
    return TEND_MERGE_KEEP;

  return tend_backup_merge_action (ours, ours != NULL && *ours_kind == RECORD_TOMBSTONE,
                                   tend_backup_item_time (item), item->kind == RECORD_TOMBSTONE);
}

static gboolean
is_future (TendBackup           *self,
           const TendBackupItem *item)
{
  return g_date_time_compare (tend_backup_item_time (item), self->future_limit) > 0;
}

/**
 * tend_backup_decide:
 *
 * What @item does now, with the person's choice about records dated in the future.
 */
TendMergeAction
tend_backup_decide (TendBackup           *self,
                    const TendBackupItem *item,
                    TendStore            *store)
{
  TendRecordKind ours_kind;
  TendMergeAction action = item_action (item, store, &ours_kind);

  if (action != TEND_MERGE_KEEP && !self->include_future && is_future (self, item))
    return TEND_MERGE_KEEP;

  return action;
}

/**
 * tend_backup_collect_items:
 *
 * Every record of the backup, in the order of the file (TendBackupItem, actions not set).
 */
GArray *
tend_backup_collect_items (TendBackup *self)
{
  GArray *items = g_array_sized_new (FALSE, FALSE, sizeof (TendBackupItem), self->n_records);

  for (guint m = 0; m < self->months->len; m++)
    {
      TendMonthFile *month = g_ptr_array_index (self->months, m);
      GPtrArray *lists[] = {
        tend_month_file_get_entries (month),
        tend_month_file_get_sessions (month),
        tend_month_file_get_deleted (month),
      };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint i = 0; i < lists[l]->len; i++)
          {
            TendBackupItem item = {
              month, (TendRecordKind) l, g_ptr_array_index (lists[l], i), TEND_MERGE_KEEP,
            };

            g_array_append_val (items, item);
          }
    }

  return items;
}

/* ------------------------------------------------------------------------------------------ */
/* Preview */

/**
 * tend_backup_preview:
 * @store: a fully loaded journal
 * @preview: (out caller-allocates): what importing would change
 *
 * Counts, without changing anything, what tend_backup_apply() would do now.
 */
void
tend_backup_preview (TendBackup        *self,
                     TendStore         *store,
                     TendImportPreview *preview)
{
  g_autoptr(GArray) items = NULL;

  g_return_if_fail (TEND_IS_BACKUP (self));
  g_return_if_fail (TEND_IS_STORE (store));
  g_return_if_fail (tend_store_get_loaded (store));
  g_return_if_fail (preview != NULL);

  memset (preview, 0, sizeof *preview);
  items = tend_backup_collect_items (self);

  preview->future_after_export = self->limit_is_exported;

  for (guint i = 0; i < items->len; i++)
    {
      const TendBackupItem *item = &g_array_index (items, TendBackupItem, i);
      TendRecordKind ours_kind;
      TendMergeAction action = item_action (item, store, &ours_kind);
      gboolean entry = item->kind == RECORD_ENTRY;

      /* Counted apart, whether or not the person has chosen to include them: a record left
       * out is neither new nor up to date. */
      if (action != TEND_MERGE_KEEP && is_future (self, item))
        {
          if (action == TEND_MERGE_DELETE)
            *(ours_kind == RECORD_ENTRY ? &preview->future_removed_entries
                                        : &preview->future_removed_sessions) += 1;
          else if (action != TEND_MERGE_TOMBSTONE)
            *(entry ? &preview->future_entries : &preview->future_sessions) += 1;
          continue;
        }

      switch (action)
        {
        case TEND_MERGE_ADD:
          *(entry ? &preview->new_entries : &preview->new_sessions) += 1;
          break;
        case TEND_MERGE_REPLACE:
          *(entry ? &preview->changed_entries : &preview->changed_sessions) += 1;
          break;
        case TEND_MERGE_KEEP:
          if (item->kind != RECORD_TOMBSTONE)
            *(entry ? &preview->unchanged_entries : &preview->unchanged_sessions) += 1;
          break;
        case TEND_MERGE_DELETE:
          *(ours_kind == RECORD_ENTRY ? &preview->removed_entries
                                      : &preview->removed_sessions) += 1;
          break;
        case TEND_MERGE_TOMBSTONE:
        default:
          break;
        }
    }
}

/**
 * tend_import_preview_to_string:
 *
 * For the question before importing.
 *
 * Returns: what importing would do, a sentence a line, leaving out what does not happen
 */
char *
tend_import_preview_to_string (const TendImportPreview *p)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_future;

  g_return_val_if_fail (p != NULL, NULL);

#define LINE(n, ...) G_STMT_START { \
    if ((n) > 0) \
      { \
        if (out->len > 0) \
          g_string_append_c (out, '\n'); \
        g_string_append_printf (out, __VA_ARGS__); \
      } \
  } G_STMT_END

  /* Translators: a line of what importing a backup will do; %u is a count. */
  LINE (p->new_entries, ngettext ("%u new entry", "%u new entries", p->new_entries),
        p->new_entries);
  /* Translators: a line of what importing a backup will do: the backup has a later version of
   * these entries. %u is a count. */
  LINE (p->changed_entries, ngettext ("%u entry will be updated", "%u entries will be updated",
                                      p->changed_entries), p->changed_entries);
  /* Translators: a line of what importing a backup will do: these entries were deleted since
   * (in the copy the backup came from). %u is a count. */
  LINE (p->removed_entries, ngettext ("%u entry will be removed", "%u entries will be removed",
                                      p->removed_entries), p->removed_entries);
  /* Translators: a line of what importing a backup will do; %u is a count. */
  LINE (p->new_sessions, ngettext ("%u new grounding session", "%u new grounding sessions",
                                   p->new_sessions), p->new_sessions);
  /* Translators: a line of what importing a backup will do; %u is a count. */
  LINE (p->changed_sessions, ngettext ("%u grounding session will be updated",
                                       "%u grounding sessions will be updated",
                                       p->changed_sessions), p->changed_sessions);
  /* Translators: a line of what importing a backup will do; %u is a count. */
  LINE (p->removed_sessions, ngettext ("%u grounding session will be removed",
                                       "%u grounding sessions will be removed",
                                       p->removed_sessions), p->removed_sessions);

  n_future = p->future_entries + p->future_sessions + p->future_removed_entries +
             p->future_removed_sessions;
  if (out->len == 0 && n_future == 0)
    /* Translators: what importing a backup will do, when it would change nothing. */
    g_string_append (out, _("Nothing to import: the journal already holds everything in this "
                            "backup."));

  LINE (p->unchanged_entries + p->unchanged_sessions,
        /* Translators: a line of what importing a backup will do; %u is a count of entries
         * and grounding sessions that are the same in the journal and in the backup. */
        ngettext ("%u record is already up to date", "%u records are already up to date",
                  p->unchanged_entries + p->unchanged_sessions),
        p->unchanged_entries + p->unchanged_sessions);

  /* Apart, after a blank line: what is left out unless the person includes it. */
  if (n_future > 0 && out->len > 0)
    g_string_append_c (out, '\n');

  /* Translators: a line of what importing a backup would do; %u is a count of entries whose
   * date is later than it can be (after the backup was made, or after today). */
  LINE (p->future_entries, ngettext ("%u entry is dated in the future",
                                     "%u entries are dated in the future",
                                     p->future_entries), p->future_entries);
  /* Translators: as “%u entries are dated in the future”, for grounding sessions. */
  LINE (p->future_sessions, ngettext ("%u grounding session is dated in the future",
                                      "%u grounding sessions are dated in the future",
                                      p->future_sessions), p->future_sessions);
  LINE (p->future_removed_entries,
        /* Translators: a line of what importing a backup would do: the backup says these
         * entries were deleted, at a time later than it can be. %u is a count. */
        ngettext ("%u entry would be removed by a deletion dated in the future",
                  "%u entries would be removed by deletions dated in the future",
                  p->future_removed_entries), p->future_removed_entries);
  LINE (p->future_removed_sessions,
        /* Translators: as “%u entries would be removed by deletions dated in the future”,
         * for grounding sessions. */
        ngettext ("%u grounding session would be removed by a deletion dated in the future",
                  "%u grounding sessions would be removed by deletions dated in the future",
                  p->future_removed_sessions), p->future_removed_sessions);

  if (n_future > 0 && p->future_after_export)
    /* Translators: after the lines of what is dated in the future; “it” or “they” are
     * those records. */
    LINE (n_future, "%s", ngettext ("Its date is later than when this backup was made, so it "
                                    "may be wrong. It is left out unless you choose to include "
                                    "it.",
                                    "Their dates are later than when this backup was made, so "
                                    "they may be wrong. They are left out unless you choose to "
                                    "include them.", n_future));
  else if (n_future > 0)
    /* Translators: as “Their dates are later than when this backup was made…”, for a backup
     * whose own date is in the future too. */
    LINE (n_future, "%s", ngettext ("Its date is later than today, so it may be wrong. It is "
                                    "left out unless you choose to include it.",
                                    "Their dates are later than today, so they may be wrong. "
                                    "They are left out unless you choose to include them.",
                                    n_future));

#undef LINE

  return g_string_free (g_steal_pointer (&out), FALSE);
}
