/* tend-test-bus.h — stand-ins for the desktop's D-Bus services, on a test's private bus.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the fake Background portal was asked, one record per call. */
typedef struct
{
  char     *parent_window;
  char     *reason;
  gboolean  autostart;
  gboolean  dbus_activatable;
  char    **commandline;
} TendTestPortalCall;

typedef struct _TendTestPortal TendTestPortal;

/* Owns org.freedesktop.portal.Desktop on its own connection and answers RequestBackground
 * with @response through the Request object the caller chose. */
TendTestPortal *tend_test_portal_new       (guint32         response);
/* As a response: the portal takes the request and never answers it. */
#define TEND_TEST_PORTAL_SILENT G_MAXUINT32
GPtrArray      *tend_test_portal_get_calls (TendTestPortal *portal);
void            tend_test_portal_free      (TendTestPortal *portal);

typedef struct _TendTestNotifications TendTestNotifications;

/* Owns org.freedesktop.Notifications and keeps the title and body of each Notify call. */
TendTestNotifications *tend_test_notifications_new   (void);
GPtrArray             *tend_test_notifications_get   (TendTestNotifications *server);
void                   tend_test_notifications_free  (TendTestNotifications *server);

typedef gboolean (*TendTestBusCondition) (gconstpointer data);

/* Runs the main context until @condition holds, failing the test after ten seconds. */
void                   tend_test_wait_for            (TendTestBusCondition   condition,
                                                      gconstpointer          data,
                                                      const char            *what);
/* Drops the caller's reference to @object and waits until nothing else holds one. */
void                   tend_test_wait_for_finalize   (gpointer               object);

G_END_DECLS
