/* tend-reminder.c — the daily reminder: watches the wall clock and sends one notification a day.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When reminders are switched on, Tend asks to keep running and to start at login (see
 * tend-background.c); the rules for when the reminder fires are in tend-reminder-schedule.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-background.h"
#include "tend-reminder-schedule.h"
#include "tend-reminder.h"

/* The wall clock is looked at again at least this often. A single long timeout would count
 * only the time the computer was awake, so after a suspend it would fire late or not at all. */
#define CHECK_INTERVAL_SECONDS 60

struct _TendReminder
{
  GObject            parent_instance;

  GApplication      *application;
  GSettings         *settings;
  TendReminderClock  clock;
  gpointer           clock_data;

  gboolean           enabled;
  /* When the reminder was switched on, retimed or started watching: see is_due(). */
  GDateTime         *armed;
  guint              check_id;

  /* One request to the portal or the autostart file at a time, so they finish in order. */
  gboolean           background_busy;
  gboolean           background_sent;
};

G_DEFINE_FINAL_TYPE (TendReminder, tend_reminder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  N_PROPS,
};

enum {
  FIRED,
  BACKGROUND_REFUSED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
system_clock (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

/**
 * tend_reminder_new_notification:
 *
 * Returns: (transfer full): the reminder, the same every day. It never quotes the journal: a
 *   notification can be seen by anyone near the screen.
 */
GNotification *
tend_reminder_new_notification (void)
{
  GNotification *notification = g_notification_new (_("A moment for yourself"));

  g_notification_set_body (notification,
                           _("Whenever you’re ready, there is room for a few lines about "
                             "your day."));
  g_notification_set_default_action (notification, "app.open-today");

  return notification;
}

static guint
reminder_minutes (TendReminder *self)
{
  return CLAMP (g_settings_get_int (self->settings, "reminder-time"), 0,
                TEND_REMINDER_MINUTES_PER_DAY - 1);
}

static void schedule_check (TendReminder *self);

static gboolean
check_cb (gpointer user_data)
{
  TendReminder *self = user_data;

  self->check_id = 0;
  tend_reminder_check (self);

  return G_SOURCE_REMOVE;
}

/* Wakes a little after the next fire time, or after a minute, whichever is sooner. */
static void
schedule_check (TendReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) next = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (!self->enabled)
    return;

  now = self->clock (self->clock_data);
  next = tend_reminder_next_fire (now, reminder_minutes (self));
  wait = g_date_time_difference (next, now);

  if (wait >= CHECK_INTERVAL_SECONDS * G_TIME_SPAN_SECOND)
    self->check_id = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, check_cb, self);
  else
    self->check_id = g_timeout_add (wait / G_TIME_SPAN_MILLISECOND + 100, check_cb, self);
}

/**
 * tend_reminder_check:
 *
 * Looks at the clock now and sends the reminder if it is due.
 *
 * Returns: whether the reminder was sent.
 */
gboolean
tend_reminder_check (TendReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *last = NULL;
  gboolean due;

  g_return_val_if_fail (TEND_IS_REMINDER (self), FALSE);

  now = self->clock (self->clock_data);
  last = g_settings_get_string (self->settings, "reminder-last-fired");
  due = self->enabled && tend_reminder_is_due (now, reminder_minutes (self), self->armed, last);

  if (due)
    {
      g_autofree char *today = tend_reminder_day_key (now);

      /* Remembered before it is sent: never twice a day, even if Tend is restarted. */
      g_settings_set_string (self->settings, "reminder-last-fired", today);
      if (self->application != NULL)
        {
          g_autoptr(GNotification) notification = tend_reminder_new_notification ();

          g_application_send_notification (self->application, "daily-reminder", notification);
        }
      g_signal_emit (self, signals[FIRED], 0);
    }

  schedule_check (self);

  return due;
}

/* Switched on or retimed. When today's time has already gone by, today counts as done, and
 * is written down so a restart this evening does not remind at once. Tend merely starting
 * arms nothing: a late login still gets the day's reminder. */
static void
arm (TendReminder *self)
{
  g_autoptr(GDateTime) now = self->clock (self->clock_data);
  g_autoptr(GDateTime) fire = tend_reminder_fire_time_on (now, reminder_minutes (self));

  g_clear_pointer (&self->armed, g_date_time_unref);
  self->armed = g_date_time_ref (now);
  if (self->enabled && g_date_time_compare (now, fire) >= 0)
    {
      g_autofree char *today = tend_reminder_day_key (now);

      g_settings_set_string (self->settings, "reminder-last-fired", today);
    }
  schedule_check (self);
}

static void sync_background (TendReminder *self);

static void
background_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TendReminder) self = user_data;
  g_autoptr(GError) error = NULL;

  self->background_busy = FALSE;
  if (!tend_background_request_finish (result, &error))
    {
      g_message ("Could not change running in the background: %s", error->message);
      if (self->background_sent && self->enabled)
        g_signal_emit (self, signals[BACKGROUND_REFUSED], 0);
    }

  sync_background (self);
}

static void
sync_background (TendReminder *self)
{
  if (self->background_busy || self->background_sent == self->enabled)
    return;

  self->background_busy = TRUE;
  self->background_sent = self->enabled;
  tend_background_request_async (self->enabled, NULL, background_cb, g_object_ref (self));
}

static void
enabled_changed_cb (TendReminder *self)
{
  gboolean enabled = g_settings_get_boolean (self->settings, "reminder-enabled");

  if (enabled == self->enabled)
    return;

  self->enabled = enabled;
  arm (self);
  sync_background (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

gboolean
tend_reminder_get_enabled (TendReminder *self)
{
  g_return_val_if_fail (TEND_IS_REMINDER (self), FALSE);

  return self->enabled;
}

/**
 * tend_reminder_set_clock:
 * @clock: (nullable): where the wall clock is read, or %NULL for the system's
 *
 * Lets tests move time. Like Tend starting, this arms nothing: only switching the reminder on
 * or changing its time does.
 */
void
tend_reminder_set_clock (TendReminder      *self,
                         TendReminderClock  clock,
                         gpointer           user_data)
{
  g_return_if_fail (TEND_IS_REMINDER (self));

  self->clock = clock != NULL ? clock : system_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  schedule_check (self);
}

static void
tend_reminder_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TendReminder *self = TEND_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_reminder_dispose (GObject *object)
{
  TendReminder *self = TEND_REMINDER (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (tend_reminder_parent_class)->dispose (object);
}

static void
tend_reminder_finalize (GObject *object)
{
  TendReminder *self = TEND_REMINDER (object);

  g_clear_pointer (&self->armed, g_date_time_unref);

  G_OBJECT_CLASS (tend_reminder_parent_class)->finalize (object);
}

static void
tend_reminder_class_init (TendReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tend_reminder_get_property;
  object_class->dispose = tend_reminder_dispose;
  object_class->finalize = tend_reminder_finalize;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The reminder was sent (and today is remembered as its day). */
  signals[FIRED] = g_signal_new ("fired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Tend may not run in the background: the reminder only comes while Tend is open. */
  signals[BACKGROUND_REFUSED] = g_signal_new ("background-refused", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
}

static void
tend_reminder_init (TendReminder *self)
{
  self->clock = system_clock;
  self->settings = g_settings_new (BASE_APP_ID);
  self->enabled = g_settings_get_boolean (self->settings, "reminder-enabled");
  /* What the system already has from an earlier run is taken as asked for. */
  self->background_sent = self->enabled;

  g_signal_connect_object (self->settings, "changed::reminder-enabled",
                           G_CALLBACK (enabled_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-time",
                           G_CALLBACK (arm), self, G_CONNECT_SWAPPED);
  schedule_check (self);
}

/**
 * tend_reminder_new:
 * @application: (nullable): sends the notification; without one only #TendReminder::fired
 *   tells that the reminder is due
 */
TendReminder *
tend_reminder_new (GApplication *application)
{
  TendReminder *self = g_object_new (TEND_TYPE_REMINDER, NULL);

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), self);

  g_set_weak_pointer (&self->application, application);

  return self;
}
