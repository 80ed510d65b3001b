/* tend-background.c — asking to keep running and to start at login, for the daily reminder.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside Flatpak the Background portal decides; elsewhere Tend writes (or removes) its own
 * autostart file. Both start Tend as `tend --hidden`, which waits for the reminder without a
 * window.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "tend-background.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"
#define PORTAL_REQUEST "org.freedesktop.portal.Request"

static const char * const command_line[] = { "tend", "--hidden", NULL };

/**
 * tend_background_uses_portal:
 *
 * Returns: whether requests go to the Background portal: inside Flatpak, or when the
 *   environment has TEND_FORCE_PORTAL=1 (the tests' fake portal stands in for the real one).
 */
gboolean
tend_background_uses_portal (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) ||
         g_strcmp0 (g_getenv ("TEND_FORCE_PORTAL"), "1") == 0;
}

/* Returns: where Tend's autostart file goes outside Flatpak. */
char *
tend_background_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Outside Flatpak: the autostart file, written on a worker as any file is. */

static gboolean
write_autostart (const char  *path,
                 GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *exec = g_strjoinv (" ", (char **) command_line);
  g_autofree char *data = NULL;
  gsize length;

  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, "Tend");
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, APP_ID);
  g_key_file_set_string (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", TRUE);
  data = g_key_file_to_data (file, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "Could not make %s: %s", dir, g_strerror (saved));
      return FALSE;
    }

  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                   error);
}

static void
autostart_worker (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  gboolean autostart = GPOINTER_TO_INT (task_data);
  g_autofree char *path = tend_background_autostart_path ();
  g_autoptr(GError) error = NULL;

  if (autostart)
    {
      if (!write_autostart (path, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  else if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               "Could not remove %s: %s", path, g_strerror (saved));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/* ------------------------------------------------------------------------------------------ */
/* Inside Flatpak: org.freedesktop.portal.Background, answered through a Request object. */

typedef struct
{
  GDBusConnection *bus;
  char            *request_path;
  guint            response_id;
  guint            timeout_id;
  gboolean         autostart;
} PortalCall;

/* A portal that never answers (its backend gone, its dialog left open) must not hold later
 * requests back for the rest of the session: after this long the request counts as failed. */
#define PORTAL_TIMEOUT_SECONDS 120

/* No more waiting for the Response: nothing to listen to, no time limit. */
static void
stop_waiting (PortalCall *call)
{
  if (call->response_id != 0)
    g_dbus_connection_signal_unsubscribe (call->bus, call->response_id);
  call->response_id = 0;
  g_clear_handle_id (&call->timeout_id, g_source_remove);
}

static void
portal_call_free (gpointer data)
{
  PortalCall *call = data;

  stop_waiting (call);
  g_clear_object (&call->bus);
  g_free (call->request_path);
  g_free (call);
}

static void
response_cb (GDBusConnection *bus,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         user_data)
{
  GTask *task = user_data;
  PortalCall *call = g_task_get_task_data (task);
  g_autoptr(GVariant) results = NULL;
  guint32 response = 2;
  gboolean background = TRUE;

  if (g_strcmp0 (path, call->request_path) != 0 ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    return;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);

  /* Answered once: the Request object is gone after its Response. */
  stop_waiting (call);

  if (response == 0 && (background || !call->autostart))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                             "The Background portal refused (response %u)", response);
  g_object_unref (task);
}

/* TEND_PORTAL_TIMEOUT_SECONDS is for tests only, which cannot wait two minutes. */
static guint
portal_timeout_seconds (void)
{
  const char *seconds = g_getenv ("TEND_PORTAL_TIMEOUT_SECONDS");
  guint64 value;

  if (seconds != NULL && g_ascii_string_to_unsigned (seconds, 10, 1, 3600, &value, NULL))
    return (guint) value;
  return PORTAL_TIMEOUT_SECONDS;
}

static gboolean
response_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  PortalCall *call = g_task_get_task_data (task);

  call->timeout_id = 0;
  stop_waiting (call);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           "The Background portal did not answer");
  g_object_unref (task);  /* the answer's reference */
  return G_SOURCE_REMOVE;
}

static void
subscribe_response (GTask      *task,
                    const char *path)
{
  PortalCall *call = g_task_get_task_data (task);

  if (call->response_id != 0)
    g_dbus_connection_signal_unsubscribe (call->bus, call->response_id);
  g_set_str (&call->request_path, path);
  /* The task's reference belongs to the answer; response_cb drops it. */
  call->response_id = g_dbus_connection_signal_subscribe (call->bus, PORTAL_NAME, PORTAL_REQUEST,
                                                          "Response", path, NULL,
                                                          G_DBUS_SIGNAL_FLAGS_NONE,
                                                          response_cb, task, NULL);
}

static void
request_background_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GTask *task = user_data;
  PortalCall *call = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *handle = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      if (call->response_id != 0)
        {
          stop_waiting (call);
          g_object_unref (task);  /* the answer's reference */
        }
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  /* Portals older than the handle_token convention choose their own path. */
  g_variant_get (reply, "(&o)", &handle);
  if (call->response_id != 0 && g_strcmp0 (handle, call->request_path) != 0)
    subscribe_response (task, handle);

  g_object_unref (task);
}

static void
got_bus_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  PortalCall *call = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *path = NULL;
  GVariantBuilder options;

  call->bus = g_bus_get_finish (result, &error);
  if (call->bus == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  /* Listen before asking, so a quick answer cannot be missed. */
  token = g_strdup_printf ("tend%u", g_random_int ());
  sender = g_strdup (g_dbus_connection_get_unique_name (call->bus) + 1);
  g_strdelimit (sender, ".", '_');
  path = g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
  subscribe_response (g_object_ref (task), path);
  call->timeout_id = g_timeout_add_seconds (portal_timeout_seconds (), response_timeout_cb, task);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         /* Translators: shown by the system when Tend asks to keep running. */
                         g_variant_new_string (_("To send your daily reminder, even with Tend’s "
                                                 "window closed")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (call->autostart));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (command_line, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (call->bus, PORTAL_NAME, PORTAL_PATH, PORTAL_BACKGROUND,
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                          g_task_get_cancellable (task), request_background_cb, task);
}

/**
 * tend_background_request_async:
 * @autostart: %TRUE to run in the background and start at login, %FALSE to withdraw that
 *
 * Asks the Background portal inside Flatpak, or writes or removes the autostart file
 * elsewhere. Finishes with an error when the portal refuses or the file cannot be written.
 */
void
tend_background_request_async (gboolean             autostart,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  PortalCall *call;

  g_task_set_source_tag (task, tend_background_request_async);

  if (!tend_background_uses_portal ())
    {
      g_task_set_task_data (task, GINT_TO_POINTER (autostart), NULL);
      g_task_run_in_thread (task, autostart_worker);
      g_object_unref (task);
      return;
    }

  call = g_new0 (PortalCall, 1);
  call->autostart = autostart;
  g_task_set_task_data (task, call, portal_call_free);
  g_bus_get (G_BUS_TYPE_SESSION, cancellable, got_bus_cb, task);
}

gboolean
tend_background_request_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, tend_background_request_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
