/* tend-test-bus.c — stand-ins for the Background portal and the notification server on a test's
 * private bus.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-test-bus.h"

#define WAIT_SECONDS 10

static gboolean
flag_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
tend_test_wait_for (TendTestBusCondition  condition,
                    gconstpointer         data,
                    const char           *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (WAIT_SECONDS, flag_true, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("timed out waiting for %s", what);
  g_source_remove (id);
}

static gboolean
is_null (gconstpointer data)
{
  return *(const gpointer *) data == NULL;
}

void
tend_test_wait_for_finalize (gpointer object)
{
  gpointer weak = object;

  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);
  tend_test_wait_for (is_null, &weak, "an object to be finalized once its work is done");
}

/* A connection of its own, as a separate service would have, owning @name. */
static GDBusConnection *
connect_as (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GDBusConnection *bus;
  guint32 result = 0;

  bus = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                NULL, NULL, &error);
  g_assert_no_error (error);

  /* Owned synchronously, so the name is there before the code under test looks for it. */
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", name, 0), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);

  return bus;
}

static guint
register_object (GDBusConnection                  *bus,
                 const char                       *xml,
                 const char                       *path,
                 GDBusInterfaceMethodCallFunc      method_call,
                 gpointer                          user_data)
{
  g_autoptr(GDBusNodeInfo) node = NULL;
  g_autoptr(GError) error = NULL;
  const GDBusInterfaceVTable vtable = { method_call, NULL, NULL, { NULL } };
  guint id;

  node = g_dbus_node_info_new_for_xml (xml, &error);
  g_assert_no_error (error);
  id = g_dbus_connection_register_object (bus, path, node->interfaces[0], &vtable, user_data,
                                          NULL, &error);
  g_assert_no_error (error);

  return id;
}

/* ------------------------------------------------------------------------------------------ */

struct _TendTestPortal
{
  GDBusConnection *bus;
  guint            object_id;
  guint32          response;
  GPtrArray       *calls;
};

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
portal_call_free (gpointer data)
{
  TendTestPortalCall *call = data;

  g_free (call->parent_window);
  g_free (call->reason);
  g_strfreev (call->commandline);
  g_free (call);
}

static void
portal_method_call (GDBusConnection       *bus,
                    const char            *sender,
                    const char            *path,
                    const char            *interface,
                    const char            *method,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  TendTestPortal *portal = user_data;
  TendTestPortalCall *call = g_new0 (TendTestPortalCall, 1);
  g_autoptr(GVariant) options = NULL;
  g_autofree char *unique = g_strdup (sender + 1);
  g_autofree char *request_path = NULL;
  GVariantBuilder results;
  const char *token = "fallback";

  g_variant_get (parameters, "(s@a{sv})", &call->parent_window, &options);
  g_variant_lookup (options, "handle_token", "&s", &token);
  g_variant_lookup (options, "reason", "s", &call->reason);
  g_variant_lookup (options, "autostart", "b", &call->autostart);
  g_variant_lookup (options, "dbus-activatable", "b", &call->dbus_activatable);
  g_variant_lookup (options, "commandline", "^as", &call->commandline);

  /* The path a real portal uses for the Request, made from the caller's name and token. */
  g_strdelimit (unique, ".", '_');
  request_path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", unique, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", request_path));
  g_ptr_array_add (portal->calls, call);
  if (portal->response == TEND_TEST_PORTAL_SILENT)
    return;

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background",
                         g_variant_new_boolean (portal->response == 0));
  g_variant_builder_add (&results, "{sv}", "autostart",
                         g_variant_new_boolean (portal->response == 0 && call->autostart));
  g_dbus_connection_emit_signal (bus, sender, request_path, "org.freedesktop.portal.Request",
                                 "Response", g_variant_new ("(ua{sv})", portal->response,
                                                            &results), NULL);
}

TendTestPortal *
tend_test_portal_new (guint32 response)
{
  TendTestPortal *portal = g_new0 (TendTestPortal, 1);

  portal->response = response;
  portal->calls = g_ptr_array_new_with_free_func (portal_call_free);
  portal->bus = connect_as ("org.freedesktop.portal.Desktop");
  portal->object_id = register_object (portal->bus, portal_xml, "/org/freedesktop/portal/desktop",
                                       portal_method_call, portal);
  return portal;
}

GPtrArray *
tend_test_portal_get_calls (TendTestPortal *portal)
{
  return portal->calls;
}

void
tend_test_portal_free (TendTestPortal *portal)
{
  g_dbus_connection_unregister_object (portal->bus, portal->object_id);
  g_dbus_connection_close_sync (portal->bus, NULL, NULL);
  g_object_unref (portal->bus);
  g_ptr_array_unref (portal->calls);
  g_free (portal);
}

/* ------------------------------------------------------------------------------------------ */

struct _TendTestNotifications
{
  GDBusConnection *bus;
  guint            object_id;
  GPtrArray       *sent;
};

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "      <arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'>"
  "      <arg type='u' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
notifications_method_call (GDBusConnection       *bus,
                           const char            *sender,
                           const char            *path,
                           const char            *interface,
                           const char            *method,
                           GVariant              *parameters,
                           GDBusMethodInvocation *invocation,
                           gpointer               user_data)
{
  TendTestNotifications *server = user_data;
  const char *title = NULL, *body = NULL;

  if (g_str_equal (method, "CloseNotification"))
    {
      g_dbus_method_invocation_return_value (invocation, NULL);
      return;
    }

  g_variant_get (parameters, "(&su&s&s&s@as@a{sv}i)", NULL, NULL, NULL, &title, &body, NULL,
                 NULL, NULL);
  g_ptr_array_add (server->sent, g_strdupv ((char *[]) { (char *) title, (char *) body, NULL }));
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", server->sent->len));
}

static void
strv_free (gpointer data)
{
  g_strfreev (data);
}

TendTestNotifications *
tend_test_notifications_new (void)
{
  TendTestNotifications *server = g_new0 (TendTestNotifications, 1);

  server->sent = g_ptr_array_new_with_free_func (strv_free);
  server->bus = connect_as ("org.freedesktop.Notifications");
  server->object_id = register_object (server->bus, notifications_xml,
                                       "/org/freedesktop/Notifications",
                                       notifications_method_call, server);
  return server;
}

/* Returns: each notification sent, as { title, body }. */
GPtrArray *
tend_test_notifications_get (TendTestNotifications *server)
{
  return server->sent;
}

void
tend_test_notifications_free (TendTestNotifications *server)
{
  g_dbus_connection_unregister_object (server->bus, server->object_id);
  g_dbus_connection_close_sync (server->bus, NULL, NULL);
  g_object_unref (server->bus);
  g_ptr_array_unref (server->sent);
  g_free (server);
}
