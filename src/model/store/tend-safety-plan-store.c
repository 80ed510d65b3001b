/* tend-safety-plan-store.c — safety-plan.json on disk.
 *
 * The plan is small, so every save writes the whole file: to a temporary file, flushed to the
 * disk, renamed over the old one (tend_month_file_write_bytes(), as months are written), mode
 * 0600. Saves run on a worker thread one at a time; a save asked for while one runs waits, and
 * only the newest bytes are written then.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tend-month-file.h"
#include "tend-safety-plan-store.h"
#include "tend-store-private.h"

struct _TendSafetyPlanStore
{
  GObject          parent_instance;

  char            *path;
  TendSafetyPlan  *plan;
  gboolean         loaded;
  gboolean         read_only;
  char            *problem;
  char            *damaged_path;

  /* Main thread only. */
  GError          *save_error;
  gboolean         unsaved;
  /* The last save was refused before any bytes were made (read-only, too large). */
  gboolean         refused;

  /* Shared with the worker, under the mutex. */
  GMutex           mutex;
  GCond            cond;
  GBytes          *pending;
  GBytes          *failed;
  gboolean         writing;
};

enum {
  PROP_0,
  PROP_UNSAVED,
  PROP_READ_ONLY,
  PROP_PROBLEM,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendSafetyPlanStore, tend_safety_plan_store, G_TYPE_OBJECT)

static void
tend_safety_plan_store_finalize (GObject *object)
{
  TendSafetyPlanStore *self = TEND_SAFETY_PLAN_STORE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->damaged_path, g_free);
  g_clear_error (&self->save_error);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_pointer (&self->failed, g_bytes_unref);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (tend_safety_plan_store_parent_class)->finalize (object);
}

static void
tend_safety_plan_store_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TendSafetyPlanStore *self = TEND_SAFETY_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, tend_safety_plan_store_get_read_only (self));
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_safety_plan_store_class_init (TendSafetyPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tend_safety_plan_store_finalize;
  object_class->get_property = tend_safety_plan_store_get_property;

  /* Some words are not on disk because their save failed. */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The plan is shown but never written from here. */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What went wrong reading the file, in words for the person. */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_safety_plan_store_init (TendSafetyPlanStore *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
}

/**
 * tend_safety_plan_store_new:
 *
 * The plan kept at @path (normally tend_paths_get_safety_plan_path ()). Nothing is read until
 * tend_safety_plan_store_load() or tend_safety_plan_store_get_plan().
 */
TendSafetyPlanStore *
tend_safety_plan_store_new (const char *path)
{
  TendSafetyPlanStore *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (TEND_TYPE_SAFETY_PLAN_STORE, NULL);
  self->path = g_strdup (path);
  return self;
}

const char *
tend_safety_plan_store_get_path (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), NULL);

  return self->path;
}

/* A write cut short (Tend killed between writing the temporary file and renaming it) leaves
 * "safety-plan.json.XXXXXX" beside the plan, holding words the person may have removed since:
 * removed, but only by the Tend that may write the plan, never while another one could be
 * writing it. */
static void
remove_leftovers (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *leftover = NULL;

      if (!tend_store_is_leftover_of (name, base))
        continue;

      leftover = g_build_filename (folder, name, NULL);
      if (g_file_test (leftover, G_FILE_TEST_IS_REGULAR) &&
          !g_file_test (leftover, G_FILE_TEST_IS_SYMLINK) && g_unlink (leftover) != 0)
        g_debug ("Could not remove %s: %s", leftover, g_strerror (errno));
    }
}

/**
 * tend_safety_plan_store_load:
 *
 * Reads the file once. A missing file is an empty plan. A file that cannot be read is moved,
 * unchanged, into damaged/ beside it (never over an earlier copy) and the plan starts empty;
 * when it cannot be moved, the plan is read-only so the file is never written over. Either way
 * the "problem" property says so in words for the person. Later calls do nothing.
 */
void
tend_safety_plan_store_load (TendSafetyPlanStore *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) move_error = NULL;
  TendSafetyPlan *plan;

  g_return_if_fail (TEND_IS_SAFETY_PLAN_STORE (self));

  if (self->loaded)
    return;
  self->loaded = TRUE;

  if (!self->read_only)
    remove_leftovers (self->path);

  plan = tend_safety_plan_load (self->path, &error);
  if (plan != NULL)
    {
      self->plan = plan;
      return;
    }

  self->plan = tend_safety_plan_new ();
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
      g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return;

  self->damaged_path = tend_store_move_file_aside (self->path, &move_error);
  if (self->damaged_path != NULL)
    self->problem =
      /* Translators: the first %s says why the file could not be read, the second is where a
       * copy of it was kept. */
      g_strdup_printf (_("Your safety plan could not be read (%s). The file was kept, unchanged, "
                         "in %s. What you write here now starts a new plan."),
                       error->message, self->damaged_path);
  else
    {
      self->read_only = TRUE;
      self->problem =
        /* Translators: the first %s says why the file could not be read, the second why it
         * could not be moved aside. */
        g_strdup_printf (_("Your safety plan could not be read (%s), and it could not be kept "
                           "aside (%s), so Tend does not write over it."),
                         error->message, move_error->message);
    }
  g_message ("%s", self->problem);
}

/**
 * tend_safety_plan_store_get_plan:
 *
 * The plan (loaded first if need be). Changes to it are written by ..._save().
 */
TendSafetyPlan *
tend_safety_plan_store_get_plan (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), NULL);

  tend_safety_plan_store_load (self);
  return self->plan;
}

/**
 * tend_safety_plan_store_get_problem:
 *
 * What went wrong reading the file, for the person; NULL when nothing did.
 */
const char *
tend_safety_plan_store_get_problem (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), NULL);

  return self->problem;
}

/**
 * tend_safety_plan_store_get_damaged_path:
 *
 * Where the damaged file was kept, or NULL.
 */
const char *
tend_safety_plan_store_get_damaged_path (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), NULL);

  return self->damaged_path;
}

/**
 * tend_safety_plan_store_set_read_only:
 *
 * Another Tend has the journal open: the plan is shown, never written from here (and what an
 * interrupted write left beside it is not tidied). Set it before the plan is first read.
 */
void
tend_safety_plan_store_set_read_only (TendSafetyPlanStore *self,
                                      gboolean             read_only)
{
  g_return_if_fail (TEND_IS_SAFETY_PLAN_STORE (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;

  self->read_only = read_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

gboolean
tend_safety_plan_store_get_read_only (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), TRUE);

  return self->read_only ||
         (self->plan != NULL && tend_safety_plan_is_read_only (self->plan));
}

/* Saving */

static void
set_unsaved (TendSafetyPlanStore *self,
             const GError        *error)
{
  gboolean unsaved = error != NULL;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);

  if (self->unsaved != unsaved)
    {
      self->unsaved = unsaved;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
    }
}

/* The worker: writes the newest bytes until none are waiting. Its result is the last write's. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  TendSafetyPlanStore *self = source_object;
  g_autoptr(GError) last_error = NULL;

  g_mutex_lock (&self->mutex);
  while (self->pending != NULL)
    {
      g_autoptr(GBytes) bytes = g_steal_pointer (&self->pending);
      g_autoptr(GError) error = NULL;
      gboolean written;

      g_mutex_unlock (&self->mutex);
      written = tend_month_file_write_bytes (self->path, bytes, &error);
      g_mutex_lock (&self->mutex);

      g_clear_error (&last_error);
      if (written)
        g_clear_pointer (&self->failed, g_bytes_unref);
      else
        {
          /* Kept unless newer bytes are already waiting. */
          if (self->pending == NULL)
            {
              g_clear_pointer (&self->failed, g_bytes_unref);
              self->failed = g_bytes_ref (bytes);
            }
          last_error = g_steal_pointer (&error);
        }
    }
  self->writing = FALSE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);

  if (last_error != NULL)
    g_task_return_error (task, g_steal_pointer (&last_error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  TendSafetyPlanStore *self = TEND_SAFETY_PLAN_STORE (source);
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);

  /* A save refused since then keeps its word; a newer write reports when it ends. */
  if (self->refused)
    return;
  g_mutex_lock (&self->mutex);
  if (self->writing && error == NULL)
    {
      g_mutex_unlock (&self->mutex);
      return;
    }
  g_mutex_unlock (&self->mutex);
  set_unsaved (self, error);
}

/* Called with the mutex held. */
static void
start_writing (TendSafetyPlanStore *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->writing)
    return;

  self->writing = TRUE;
  task = g_task_new (self, NULL, write_done, NULL);
  g_task_set_source_tag (task, start_writing);
  g_task_run_in_thread (task, write_thread);
}

/**
 * tend_safety_plan_store_save:
 *
 * Writes the plan as it is now, on a worker thread; returns at once. A write that fails keeps
 * its bytes: "unsaved" turns TRUE, ..._get_save_error() says why, and the next save (or
 * ..._retry()) tries again.
 */
void
tend_safety_plan_store_save (TendSafetyPlanStore *self)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_return_if_fail (TEND_IS_SAFETY_PLAN_STORE (self));

  tend_safety_plan_store_load (self);

  if (self->read_only)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                           self->problem != NULL
                           ? self->problem
                           : _("Your journal is open in another Tend, so your safety plan is "
                               "only shown here. Make changes there."));
      self->refused = TRUE;
      set_unsaved (self, error);
      return;
    }

  bytes = tend_safety_plan_to_bytes (self->plan, &error);
  if (bytes == NULL)
    {
      self->refused = TRUE;
      set_unsaved (self, error);
      return;
    }
  self->refused = FALSE;

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->pending, g_bytes_unref);
  g_clear_pointer (&self->failed, g_bytes_unref);
  self->pending = bytes;
  start_writing (self);
  g_mutex_unlock (&self->mutex);
}

void
tend_safety_plan_store_retry (TendSafetyPlanStore *self)
{
  g_return_if_fail (TEND_IS_SAFETY_PLAN_STORE (self));

  g_mutex_lock (&self->mutex);
  if (self->pending == NULL && self->failed != NULL)
    {
      self->pending = g_steal_pointer (&self->failed);
      start_writing (self);
    }
  g_mutex_unlock (&self->mutex);
}

gboolean
tend_safety_plan_store_get_unsaved (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), FALSE);

  return self->unsaved;
}

const GError *
tend_safety_plan_store_get_save_error (TendSafetyPlanStore *self)
{
  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), NULL);

  return self->save_error;
}

/**
 * tend_safety_plan_store_flush:
 *
 * Blocks until every save asked for is written or has failed, trying a failed one once more
 * (application shutdown, tests). Returns FALSE when words are still not on disk.
 */
gboolean
tend_safety_plan_store_flush (TendSafetyPlanStore *self)
{
  g_autoptr(GBytes) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (self), FALSE);

  g_mutex_lock (&self->mutex);
  while (self->writing)
    g_cond_wait (&self->cond, &self->mutex);
  failed = g_steal_pointer (&self->failed);
  g_mutex_unlock (&self->mutex);

  if (self->refused)
    return FALSE;

  /* One more try: the disk may be back. */
  if (failed != NULL && !tend_month_file_write_bytes (self->path, failed, &error))
    {
      g_mutex_lock (&self->mutex);
      if (self->failed == NULL)
        self->failed = g_bytes_ref (failed);
      g_mutex_unlock (&self->mutex);
      set_unsaved (self, error);
      return FALSE;
    }

  /* Everything asked for is on disk. */
  set_unsaved (self, NULL);
  return TRUE;
}
