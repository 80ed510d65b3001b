/* tend-store-seal.c — protecting the journal with a passphrase: key.json beside the months,
 * unlocking and locking, and turning every month sealed, or plain again, one atomic write each
 * through the store's writer. A kill at any moment leaves a journal that opens: while months
 * are turned a mix of plain and sealed is valid, and the turning resumes once all are read.
 * Turning protection off first leaves a marker ("unsealing") beside the months, so the resumed
 * turning goes the way the person chose; key.json goes last. A passphrase can be checked
 * without changing anything, for asking the current one before a change.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "tend-store.h"
#include "tend-store-private.h"

#if HAVE_SEAL
#include <gcrypt.h>

#include "tend-recovery-code.h"
#include "tend-seal-error.h"
#include "tend-sealed-backup.h"
#include "tend-sealed-month.h"
#endif

#define UNSEALING_NAME "unsealing"
/* How often a conversion looks whether the writer has written every month. */
#define CONVERT_POLL_MS 50

static char *
key_path (TendStore *self)
{
  return g_build_filename (self->dir, "key.json", NULL);
}

static char *
unsealing_path (TendStore *self)
{
  return g_build_filename (self->dir, UNSEALING_NAME, NULL);
}

static void
wipe_key (TendStore *self)
{
#if HAVE_SEAL
  g_clear_pointer (&self->key, tend_journal_key_free);
  g_clear_pointer (&self->key_file, tend_key_file_free);
#endif
}

void
tend_store_seal_init (TendStore *self)
{
  g_autofree char *key = key_path (self);
  g_autofree char *marker = unsealing_path (self);
  GStatBuf st;

  /* Any key.json at all, even a damaged one, means sealed months may be beside it. */
  self->protected = g_lstat (key, &st) == 0;
  self->unsealing = self->protected && g_lstat (marker, &st) == 0;
  self->to_convert = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
tend_store_seal_clear (TendStore *self)
{
  g_clear_handle_id (&self->convert_poll_id, g_source_remove);
  g_clear_pointer (&self->convert_waiters, g_ptr_array_unref);
  wipe_key (self);
  g_clear_pointer (&self->to_convert, g_hash_table_unref);
}

/**
 * tend_store_get_can_protect:
 *
 * Whether this Tend can seal the journal (it was built with libgcrypt).
 */
gboolean
tend_store_get_can_protect (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return HAVE_SEAL;
}

/**
 * tend_store_get_protected:
 *
 * Whether the journal has a key file: its months are sealed, or being sealed or turned back.
 */
gboolean
tend_store_get_protected (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return self->protected;
}

/**
 * tend_store_get_locked:
 *
 * Whether the journal is protected and its key is not held: nothing of it is read or written.
 */
gboolean
tend_store_get_locked (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return self->protected && self->key == NULL;
}

/**
 * tend_store_get_converting:
 *
 * Whether months are being sealed, or turned plain again, and not all are on disk yet.
 */
gboolean
tend_store_get_converting (TendStore *self)
{
  g_return_val_if_fail (TEND_IS_STORE (self), FALSE);

  return self->converting;
}

static void
set_no_seal_error (GError **error)
{
  g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                       _("This version of Tend cannot protect the journal with a passphrase."));
}

/**
 * tend_store_seal_bytes:
 *
 * What @month's file should hold for @plain: sealed while the journal is protected and not
 * being turned back; @plain itself otherwise. A locked journal writes nothing.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with @error
 */
GBytes *
tend_store_seal_bytes (TendStore   *self,
                       const char  *month,
                       GBytes      *plain,
                       GError     **error)
{
  if (!self->protected || self->unsealing)
    return g_bytes_ref (plain);

  if (self->key == NULL)
    {
      g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           _("Not saved: the journal is locked."));
      return NULL;
    }

#if HAVE_SEAL
  return tend_sealed_month_seal (self->key, month, plain, error);
#else
  set_no_seal_error (error);
  return NULL;
#endif
}

/**
 * tend_store_note_read:
 *
 * Remembers a month read in the form the journal is leaving (plain while protected, sealed
 * while turning back), to be written again once every month is read.
 */
void
tend_store_note_read (TendStore           *self,
                      const TendMonthRead *read)
{
  if (self->key == NULL || read->sealed != self->unsealing)
    return;

  g_hash_table_add (self->to_convert, g_strdup (read->month));
}

/* ------------------------------------------------------------------------------------------ */
/* Converting */

static void
set_converting (TendStore *self,
                gboolean   converting)
{
  if (self->converting == converting)
    return;
  self->converting = converting;
  tend_store_notify_seal (self);
}

static gboolean
sync_folder (TendStore  *self,
             GError    **error)
{
  int fd = g_open (self->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    return g_close (fd, error);

  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save the journal folder: %s"), g_strerror (saved_errno));
  return FALSE;
}

/* Every month is plain again: key.json goes first, so a kill before the marker goes leaves
 * only a marker, which means nothing without it. */
static gboolean
finish_unsealing (TendStore  *self,
                  GError    **error)
{
  g_autofree char *key = key_path (self);
  g_autofree char *marker = unsealing_path (self);

  if (g_unlink (key) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not remove the journal’s key file: %s"), g_strerror (saved_errno));
      return FALSE;
    }
  if (!sync_folder (self, error))
    return FALSE;
  g_unlink (marker);

  self->protected = FALSE;
  self->unsealing = FALSE;
  wipe_key (self);
  tend_store_notify_seal (self);
  return TRUE;
}

/* The months of the conversion that the writer could not write yet (a full disk, say). */
static guint
count_unsaved (TendStore *self)
{
  g_auto(GStrv) unsaved = tend_store_writer_dup_unsaved (self->writer);

  return g_strv_length (unsaved);
}

static void
return_waiters (TendStore    *self,
                const GError *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->convert_waiters);

  for (guint i = 0; waiters != NULL && i < waiters->len; i++)
    {
      GTask *task = g_ptr_array_index (waiters, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

/* Waits for the writer to have had its try at every month; a month it could not write stays
 * with it and is tried again, and the conversion ends once it is on disk. */
static gboolean
convert_poll_cb (gpointer user_data)
{
  TendStore *self = user_data;
  g_autoptr(GError) error = NULL;
  guint unsaved;

  if (!tend_store_writer_is_idle (self->writer))
    return G_SOURCE_CONTINUE;

  unsaved = count_unsaved (self);
  if (unsaved > 0)
    {
      /* The callers hear now; the writer keeps trying, and so does this. */
      if (self->convert_waiters != NULL)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%u month could not be written yet. Tend keeps it and "
                                    "tries again.",
                                    "%u months could not be written yet. Tend keeps them "
                                    "and tries again.", unsaved),
                       unsaved);
          if (self->save_error != NULL)
            g_prefix_error (&error, "%s ", self->save_error->message);
          return_waiters (self, error);
        }
      return G_SOURCE_CONTINUE;
    }

  if (self->unsealing && !finish_unsealing (self, &error))
    {
      return_waiters (self, error);
      return G_SOURCE_CONTINUE;
    }

  self->convert_poll_id = 0;
  set_converting (self, FALSE);
  return_waiters (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Writes again every month in @months (or every month read, when NULL) in the journal's
 * present form, and waits for them. */
static void
convert_months (TendStore  *self,
                GHashTable *months)
{
  GHashTableIter iter;
  gpointer month, file;

  g_hash_table_iter_init (&iter, self->months);
  while (g_hash_table_iter_next (&iter, &month, &file))
    if ((months == NULL || g_hash_table_contains (months, month)) &&
        !tend_month_file_is_read_only (file))
      tend_store_save_month (self, file, NULL);
  g_hash_table_remove_all (self->to_convert);

  set_converting (self, TRUE);
  if (self->convert_poll_id == 0)
    self->convert_poll_id = g_timeout_add (CONVERT_POLL_MS, convert_poll_cb, self);
}

/**
 * tend_store_loaded_all:
 *
 * Every month is read: a conversion a kill cut short goes on from where it stopped.
 */
void
tend_store_loaded_all (TendStore *self)
{
  if (self->key == NULL || self->converting)
    return;

  if (g_hash_table_size (self->to_convert) > 0 || self->unsealing)
    convert_months (self, self->to_convert);
}

/* ------------------------------------------------------------------------------------------ */
/* Unlocking and locking */

#if HAVE_SEAL
typedef struct {
  char           *path;
  char           *secret;        /* in secure memory */
  char           *recovery_code; /* in secure memory, or NULL */
  TendKeyFile    *key_file;
  TendJournalKey *key;
  guint           generation;
} SealJob;

static char *
secure_strdup (const char *text)
{
  gsize length;
  char *copy;

  if (text == NULL)
    return NULL;
  length = strlen (text);
  copy = gcry_malloc_secure (length + 1);
  memcpy (copy, text, length + 1);
  return copy;
}

static void
secure_free (char *text)
{
  if (text == NULL)
    return;
  explicit_bzero (text, strlen (text));
  gcry_free (text);
}

static void
seal_job_free (gpointer data)
{
  SealJob *job = data;

  g_free (job->path);
  secure_free (job->secret);
  secure_free (job->recovery_code);
  g_clear_pointer (&job->key_file, tend_key_file_free);
  g_clear_pointer (&job->key, tend_journal_key_free);
  g_free (job);
}

static SealJob *
seal_job_new (TendStore  *self,
              const char *secret,
              const char *recovery_code)
{
  SealJob *job = g_new0 (SealJob, 1);

  /* libgcrypt starts before its secure memory is first taken (it would start itself, then
   * complain on stderr); if it cannot, the work on the thread says why. */
  tend_seal_init (NULL);
  job->path = key_path (self);
  job->secret = secure_strdup (secret);
  job->recovery_code = secure_strdup (recovery_code);
  job->generation = self->generation;
  return job;
}

/* A wrong passphrase or code is the store's own error, so the window needs no seal header. */
static void
propagate_seal_error (GTask  *task,
                      GError *error)
{
  if (g_error_matches (error, TEND_SEAL_ERROR, TEND_SEAL_ERROR_WRONG_KEY))
    {
      GError *wrong = g_error_new_literal (TEND_STORE_ERROR, TEND_STORE_ERROR_WRONG_KEY,
                                           error->message);

      g_error_free (error);
      error = wrong;
    }
  g_task_return_error (task, error);
}

static void
unlock_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SealJob *job = task_data;
  GError *error = NULL;

  /* A check of the secret brings the key file the store holds; an unlock reads key.json. */
  if (job->key_file == NULL)
    job->key_file = tend_key_file_load (job->path, &error);
  if (job->key_file == NULL)
    {
      propagate_seal_error (task, error);
      return;
    }

  job->key = tend_key_file_unlock (job->key_file, job->secret, &error);
  if (job->key == NULL)
    propagate_seal_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}
#endif

/**
 * tend_store_unlock_async:
 * @secret: the passphrase, or the recovery code
 *
 * Opens the key file with @secret on a worker thread (the key derivation takes about half a
 * second). Once unlocked, the journal is loaded as at start: tend_store_load_recent(), then
 * tend_store_load_all_async(). A wrong @secret is %TEND_STORE_ERROR_WRONG_KEY and changes
 * nothing.
 */
void
tend_store_unlock_async (TendStore           *self,
                         const char          *secret,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (secret != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_store_unlock_async);

#if HAVE_SEAL
  if (!tend_store_get_locked (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_task_set_task_data (task, seal_job_new (self, secret, NULL), seal_job_free);
  g_task_run_in_thread (task, unlock_thread);
#else
  g_task_return_new_error (task, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                           _("This version of Tend cannot protect the journal with a passphrase."));
#endif
}

gboolean
tend_store_unlock_finish (TendStore     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

#if HAVE_SEAL
  {
    SealJob *job = g_task_get_task_data (G_TASK (result));

    /* Unlocked once already (two attempts crossed): the first key stays. */
    if (job != NULL && job->key != NULL && tend_store_get_locked (self))
      {
        self->key = g_steal_pointer (&job->key);
        self->key_file = g_steal_pointer (&job->key_file);
        tend_store_notify_seal (self);
      }
  }
#endif
  return TRUE;
}

/**
 * tend_store_lock:
 *
 * Saves what is waiting, then lets go of everything the journal holds: the key is wiped, the
 * entries and sessions leave the list models, and nothing is read or written until the next
 * unlock. Reads under way are dropped when they arrive.
 */
void
tend_store_lock (TendStore *self)
{
  g_return_if_fail (TEND_IS_STORE (self));

  if (!self->protected || self->key == NULL)
    return;

  tend_store_flush (self);
  self->generation++;
  tend_store_forget (self);
  g_hash_table_remove_all (self->to_convert);
  wipe_key (self);
  tend_store_notify_seal (self);
}

/**
 * tend_store_check_secret_async:
 * @secret: the passphrase, or the recovery code (told apart as tend_store_unlock_async() does)
 *
 * Whether @secret opens the journal's key file, for asking the current passphrase before a
 * change to the protection. The key derivation (about half a second) runs on a worker thread;
 * nothing changes, on disk or in the store, whatever the answer.
 */
void
tend_store_check_secret_async (TendStore           *self,
                               const char          *secret,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (secret != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tend_store_check_secret_async);

#if HAVE_SEAL
  if (!self->protected)
    {
      g_task_return_new_error (task, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                               _("The journal is not protected with a passphrase."));
      return;
    }

  {
    SealJob *job = seal_job_new (self, secret, NULL);

    /* The key file the journal is sealed with now; the worker reads key.json only when the
     * store does not hold it. The key it opens stays in the task, wiped as the task goes. */
    if (self->key_file != NULL)
      job->key_file = tend_key_file_copy (self->key_file);
    g_task_set_task_data (task, job, seal_job_free);
  }
  g_task_run_in_thread (task, unlock_thread);
#else
  g_task_return_new_error (task, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                           _("This version of Tend cannot protect the journal with a passphrase."));
#endif
}

/**
 * tend_store_check_secret_finish:
 *
 * Returns: %TRUE when the secret opens the journal; %FALSE with %TEND_STORE_ERROR_WRONG_KEY
 *   when it does not, or another error when the key file could not be read
 */
gboolean
tend_store_check_secret_finish (TendStore     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------------------------------ */
/* Turning protection on and off, changing the secrets */

/**
 * tend_store_make_recovery_code:
 *
 * A new recovery code, to be shown once and given to tend_store_protect_async() or
 * tend_store_set_recovery_code_async().
 *
 * Returns: (transfer full) (nullable): five groups of five letters and digits, like
 *   "7KQ2M-9XHTV-4B8RD-W3NPA-6JCEF" (free with g_free()), or %NULL with @error
 */
char *
tend_store_make_recovery_code (GError **error)
{
#if HAVE_SEAL
  char *secure = tend_recovery_code_new (error);
  char *code;

  /* Handed to GTK to show, in ordinary memory: the caller frees it with g_free(). */
  if (secure == NULL)
    return NULL;
  code = g_strdup (secure);
  secure_free (secure);
  return code;
#else
  set_no_seal_error (error);
  return NULL;
#endif
}

static gboolean
check_can_change (TendStore  *self,
                  gboolean    want_protected,
                  GError    **error)
{
  if (!HAVE_SEAL)
    {
      set_no_seal_error (error);
      return FALSE;
    }
  if (self->converting)
    {
      g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           _("The journal is still being converted. Try again in a moment."));
      return FALSE;
    }
  if (self->protected != want_protected || tend_store_get_locked (self))
    {
      g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                           want_protected ? _("The journal is locked, or not protected.")
                                          : _("The journal is already protected."));
      return FALSE;
    }
  return tend_store_ensure_dir_and_lock (self, error);
}

/* A task for a change of protection, or NULL when the journal is not in the state it needs
 * (the task has then returned why). */
static GTask *
begin_change (TendStore           *self,
              gboolean             want_protected,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  GError *error = NULL;

  g_task_set_source_tag (task, source_tag);
  if (!check_can_change (self, want_protected, &error))
    {
      g_task_return_error (task, error);
      return NULL;
    }
  return g_steal_pointer (&task);
}

#if HAVE_SEAL
static void
protect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SealJob *job = task_data;
  TendKdfParams params;
  GError *error = NULL;

  tend_kdf_params_default (&params);
  job->key = tend_journal_key_new_random (&error);
  if (job->key != NULL)
    job->key_file = tend_key_file_new (job->key, job->secret, job->recovery_code, &params,
                                       &error);
  if (job->key_file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
wait_for_conversion (TendStore *self,
                     GTask     *task)
{
  if (self->convert_waiters == NULL)
    self->convert_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->convert_waiters, task);
}

static void
protect_keyed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TendStore *self = TEND_STORE (source);
  g_autoptr(GTask) task = user_data;
  SealJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !check_can_change (self, FALSE, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* The key file is on disk before the first sealed month: a kill after this opens with the
   * passphrase and seals the rest. */
  if (!tend_key_file_write (job->key_file, job->path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  self->key = g_steal_pointer (&job->key);
  self->key_file = g_steal_pointer (&job->key_file);
  self->protected = TRUE;
  self->unsealing = FALSE;
  tend_store_notify_seal (self);

  wait_for_conversion (self, g_steal_pointer (&task));
  convert_months (self, NULL);
}

static void
protect_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  TendStore *self = TEND_STORE (source);
  g_autoptr(GTask) task = user_data;
  SealJob *secrets = g_task_get_task_data (task);
  g_autoptr(GTask) keying = NULL;
  GError *error = NULL;

  if (!tend_store_load_all_finish (self, result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  keying = g_task_new (self, g_task_get_cancellable (task), protect_keyed_cb,
                       g_object_ref (task));
  g_task_set_task_data (keying, seal_job_new (self, secrets->secret, secrets->recovery_code),
                        seal_job_free);
  g_task_run_in_thread (keying, protect_thread);
}

static void
unprotect_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TendStore *self = TEND_STORE (source);
  g_autoptr(GTask) task = user_data;
  g_autofree char *marker = unsealing_path (self);
  GError *error = NULL;

  if (!tend_store_load_all_finish (self, result, &error) ||
      !check_can_change (self, TRUE, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* The marker is on disk before the first plain month: a kill after this goes on turning
   * months plain once the journal is unlocked again. */
  if (!g_file_set_contents_full (marker, "", 0,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  self->unsealing = TRUE;
  wait_for_conversion (self, g_steal_pointer (&task));
  convert_months (self, NULL);
}

static void
change_secret_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  SealJob *job = task_data;
  /* The store's key file stays as it was until the new one is on disk. */
  g_autoptr(TendKeyFile) changed = tend_key_file_copy (job->key_file);
  GError *error = NULL;

  if ((job->recovery_code != NULL
         ? tend_key_file_set_recovery_code (changed, job->key, job->recovery_code, &error)
         : tend_key_file_set_passphrase (changed, job->key, job->secret, &error)) &&
      tend_key_file_write (changed, job->path, &error))
    {
      g_clear_pointer (&job->key_file, tend_key_file_free);
      job->key_file = g_steal_pointer (&changed);
      g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_return_error (task, error);
}

static void
change_secret (TendStore           *self,
               const char          *passphrase,
               const char          *recovery_code,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = begin_change (self, TRUE, change_secret, cancellable, callback,
                                        user_data);
  SealJob *job;

  if (task == NULL)
    return;

  job = seal_job_new (self, passphrase, recovery_code);
  job->key = tend_journal_key_copy (self->key);
  {
    g_autoptr(GBytes) bytes = tend_key_file_to_bytes (self->key_file);

    job->key_file = tend_key_file_new_from_bytes (bytes, NULL);
  }
  g_task_set_task_data (task, job, seal_job_free);
  g_task_run_in_thread (task, change_secret_thread);
}
#endif

/**
 * tend_store_protect_async:
 * @passphrase: the new passphrase
 * @recovery_code: a code from tend_store_make_recovery_code(), shown to the person
 *
 * Turns protection on: reads every month if need be, makes a journal key and key.json (about
 * a second of key derivation, on a worker thread), then seals every month, each one atomic
 * write. "converting" is %TRUE until all are on disk; the task ends then, or with an error as
 * soon as a month could not be written (the writer keeps it and tries again).
 */
void
tend_store_protect_async (TendStore           *self,
                          const char          *passphrase,
                          const char          *recovery_code,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (passphrase != NULL && recovery_code != NULL);

  task = begin_change (self, FALSE, tend_store_protect_async, cancellable, callback, user_data);
  if (task == NULL)
    return;

#if HAVE_SEAL
  g_task_set_task_data (task, seal_job_new (self, passphrase, recovery_code), seal_job_free);
  tend_store_load_all_async (self, cancellable, protect_loaded_cb, g_steal_pointer (&task));
#endif
}

gboolean
tend_store_protect_finish (TendStore     *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tend_store_unprotect_async:
 *
 * Turns protection off: every month is written plain again, then key.json is removed. Needs
 * the journal unlocked. Ends as tend_store_protect_async() does.
 */
void
tend_store_unprotect_async (TendStore           *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TEND_IS_STORE (self));

  task = begin_change (self, TRUE, tend_store_unprotect_async, cancellable, callback, user_data);
  if (task == NULL)
    return;

#if HAVE_SEAL
  tend_store_load_all_async (self, cancellable, unprotect_loaded_cb, g_steal_pointer (&task));
#endif
}

gboolean
tend_store_unprotect_finish (TendStore     *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * tend_store_set_passphrase_async:
 *
 * Wraps the journal key with a new passphrase (the recovery code stays) and writes key.json
 * again atomically. Needs the journal unlocked. Finish with tend_store_change_secret_finish().
 */
void
tend_store_set_passphrase_async (TendStore           *self,
                                 const char          *passphrase,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (passphrase != NULL);

#if HAVE_SEAL
  change_secret (self, passphrase, NULL, cancellable, callback, user_data);
#else
  g_task_report_new_error (self, callback, user_data, tend_store_set_passphrase_async,
                           TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                           _("This version of Tend cannot protect the journal with a passphrase."));
#endif
}

/**
 * tend_store_set_recovery_code_async:
 *
 * Wraps the journal key with a new recovery code; the old code no longer opens the journal.
 * Finish with tend_store_change_secret_finish().
 */
void
tend_store_set_recovery_code_async (TendStore           *self,
                                    const char          *recovery_code,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (TEND_IS_STORE (self));
  g_return_if_fail (recovery_code != NULL);

#if HAVE_SEAL
  change_secret (self, "", recovery_code, cancellable, callback, user_data);
#else
  g_task_report_new_error (self, callback, user_data, tend_store_set_recovery_code_async,
                           TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED, "%s",
                           _("This version of Tend cannot protect the journal with a passphrase."));
#endif
}

gboolean
tend_store_change_secret_finish (TendStore     *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

#if HAVE_SEAL
  {
    SealJob *job = g_task_get_task_data (G_TASK (result));

    if (job != NULL && job->key_file != NULL && self->key != NULL)
      {
        g_clear_pointer (&self->key_file, tend_key_file_free);
        self->key_file = g_steal_pointer (&job->key_file);
      }
  }
#endif
  return TRUE;
}

/**
 * tend_store_dup_backup_sealer:
 *
 * What a backup protected with the journal's passphrase is sealed with: a copy of the journal
 * key and of key.json, which opens with the passphrase or the recovery code. Needs the journal
 * protected and unlocked.
 *
 * Returns: (transfer full) (nullable): the sealer, or %NULL with %TEND_STORE_ERROR_SEALED
 */
TendBackupSealer *
tend_store_dup_backup_sealer (TendStore  *self,
                              GError    **error)
{
  g_return_val_if_fail (TEND_IS_STORE (self), NULL);

#if HAVE_SEAL
  if (self->key != NULL && self->key_file != NULL && self->protected && !self->unsealing)
    return tend_backup_sealer_new (self->key, self->key_file);
  g_set_error_literal (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED,
                       _("Only a journal protected with a passphrase, and unlocked, can make a "
                         "protected backup."));
#else
  set_no_seal_error (error);
#endif
  return NULL;
}
