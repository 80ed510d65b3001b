/* tend-application.c — the application: opens the journal, its windows, the app actions.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-application.h"
#include "tend-motion.h"
#include "tend-paths.h"
#include "tend-preferences-dialog.h"
#include "tend-reminder.h"
#include "tend-timing.h"
#include "tend-window.h"

struct _TendApplication
{
  AdwApplication parent_instance;

  TendStore     *store;
  /* The safety plan, made when first asked for. */
  TendSafetyPlanStore *safety_plan;
  /* Why the journal could not be opened, shown in the window instead of the journal. */
  GError        *open_error;
  gboolean       opened;
  gboolean       loading_older;
  /* The older months are being read; read them again when that ends (unlocked meanwhile). */
  gboolean       load_all_running;
  gboolean       load_all_again;
  /* Frames drawn so far while the older months wait, and the wait's limit. */
  guint          frames_before_older;
  guint          load_older_id;
  /* The subscription to GNOME Shell's ActiveChanged (shell_screensaver_cb), or 0. */
  guint          shell_screensaver_id;

  /* Set by --ground in the first instance, so activate() opens the Ground section. */
  gboolean       ground_on_activate;
  /* Set by --plan in the first instance, so activate() opens My Safety Plan. */
  gboolean       plan_on_activate;
  /* Set by --hidden in the first instance: activate() shows no window. */
  gboolean       hidden_on_activate;

  TendReminder  *reminder;
  /* While reminders are on, Tend keeps running with no window open. */
  gboolean       holding;
  /* Only with TEND_TIMING set. */
  TendTiming    *timing;
};

G_DEFINE_FINAL_TYPE (TendApplication, tend_application, ADW_TYPE_APPLICATION)

/* libadwaita 1.7 builds a dialog's close button from a template that names no translation
 * domain, so GtkBuilder looks its name up in Tend's catalogue: without this word there, a
 * German screen reader heard "Close" on every dialog (and, before the check-in words had a
 * context of their own, "Nah"). */
static const char * const words_for_libadwaita[] G_GNUC_UNUSED = {
  /* Translators: the accessible name of the close button at the top of every dialog, the
   * same word GTK uses for a window's close button. */
  N_("Close"),
};

static void
load_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TendApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!tend_store_load_all_finish (TEND_STORE (source), result, &error) &&
      !g_error_matches (error, TEND_STORE_ERROR, TEND_STORE_ERROR_SEALED))
    g_warning ("Could not read the older months of the journal: %s", error->message);

  self->load_all_running = FALSE;
  if (self->load_all_again)
    {
      self->load_all_again = FALSE;
      if (!tend_store_get_locked (self->store))
        {
          self->load_all_running = TRUE;
          g_application_hold (G_APPLICATION (self));
          tend_store_load_all_async (self->store, NULL, load_all_cb, g_object_ref (self));
        }
    }

  g_application_release (G_APPLICATION (self));
}

/* The older months are read on worker threads once the window has drawn its first frame and
 * the one after, where the Journal's list of entries appears: started earlier, on two cores
 * they take turns with those frames and delay them, and the window would still be changing
 * while the person starts to read or write. A window that draws no second frame starts them
 * a moment later all the same. */
#define LOAD_OLDER_WAIT_MS 300

static void
load_older (TendApplication *self)
{
  if (self->loading_older)
    return;
  self->loading_older = TRUE;

  g_clear_handle_id (&self->load_older_id, g_source_remove);
  /* Locked and unlocked again while the first reading was still going: once more after it. */
  if (self->load_all_running)
    {
      self->load_all_again = TRUE;
      return;
    }
  self->load_all_running = TRUE;
  g_application_hold (G_APPLICATION (self));
  tend_store_load_all_async (self->store, NULL, load_all_cb, g_object_ref (self));
}

static gboolean
load_older_timeout_cb (gpointer user_data)
{
  TendApplication *self = user_data;

  self->load_older_id = 0;
  load_older (self);

  return G_SOURCE_REMOVE;
}

static void
load_older_cb (GdkFrameClock   *clock,
               TendApplication *self)
{
  if (++self->frames_before_older < 2)
    {
      if (self->load_older_id == 0)
        self->load_older_id = g_timeout_add (LOAD_OLDER_WAIT_MS, load_older_timeout_cb, self);
      return;
    }

  g_signal_handlers_disconnect_by_func (clock, load_older_cb, self);
  load_older (self);
}

static void
load_older_after_paint (GtkWidget       *window,
                        TendApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (load_older_cb), self, G_CONNECT_DEFAULT);
}

/* Reads only what the first window shows, the month of today and the one before. A journal
 * protected with a passphrase is read once it is unlocked (journal_unlocked()). */
static void
open_journal (TendApplication *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->opened)
    return;
  self->opened = TRUE;
  if (tend_store_get_locked (self->store))
    return;

  now = g_date_time_new_now_local ();
  if (!tend_store_load_recent (self->store, now, &self->open_error))
    g_warning ("Could not open the journal: %s", self->open_error->message);

  /* The Tend that has the journal has the plan too: here it is shown, never written. */
  if (g_error_matches (self->open_error, TEND_STORE_ERROR, TEND_STORE_ERROR_LOCKED))
    tend_safety_plan_store_set_read_only (tend_application_get_safety_plan (self), TRUE);
}

/**
 * tend_application_get_safety_plan:
 *
 * The person's safety plan, made (not read) the first time it is asked for.
 */
TendSafetyPlanStore *
tend_application_get_safety_plan (TendApplication *self)
{
  g_return_val_if_fail (TEND_IS_APPLICATION (self), NULL);

  if (self->safety_plan == NULL)
    {
      g_autofree char *path = tend_paths_get_safety_plan_path ();

      self->safety_plan = tend_safety_plan_store_new (path);
    }

  return self->safety_plan;
}

TendStore *
tend_application_get_store (TendApplication *self)
{
  g_return_val_if_fail (TEND_IS_APPLICATION (self), NULL);

  return self->store;
}

/* Start-up timing for tests/perf/startup, only when the environment has TEND_TIMING (see
 * tend-timing.c): the window settles once the whole journal is read too, and with
 * TEND_TIMING=quit Tend then quits as app.quit does. */
static void
timing_settled_cb (TendApplication *self)
{
  if (g_strcmp0 (g_getenv ("TEND_TIMING"), "quit") == 0)
    g_action_group_activate_action (G_ACTION_GROUP (self), "quit", NULL);
}

static void
timing_loaded_cb (TendApplication *self)
{
  if (tend_store_get_loaded (self->store))
    tend_timing_ready (self->timing);
}

static void
start_timing (TendApplication *self,
              GtkWindow       *window)
{
  self->timing = tend_timing_new (window, TRUE);
  g_signal_connect_object (self->timing, "settled", G_CALLBACK (timing_settled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::loaded", G_CALLBACK (timing_loaded_cb), self,
                           G_CONNECT_SWAPPED);
  timing_loaded_cb (self);
}

static TendWindow *
get_or_create_window (TendApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      /* The window listens for damaged months before the first ones are read. */
      window = GTK_WINDOW (tend_window_new (self, self->store));
      if (g_getenv ("TEND_TIMING") != NULL && self->timing == NULL)
        start_timing (self, window);
      open_journal (self);
      if (self->open_error != NULL)
        tend_window_show_open_error (TEND_WINDOW (window), self->open_error);
      else if (!self->loading_older && !tend_store_get_locked (self->store))
        g_signal_connect_object (window, "realize", G_CALLBACK (load_older_after_paint), self,
                                 G_CONNECT_DEFAULT);
    }

  return TEND_WINDOW (window);
}

/* Locked: nothing more is read, and what is read after unlocking starts over. Unlocked: the
 * journal is read as at start-up, the recent months now and the rest after the window's
 * next frames. */
static void
locked_cb (TendApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GDateTime) now = NULL;

  g_clear_handle_id (&self->load_older_id, g_source_remove);
  self->frames_before_older = 0;
  self->loading_older = FALSE;
  if (window != NULL && gtk_widget_get_frame_clock (GTK_WIDGET (window)) != NULL)
    g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                          load_older_cb, self);

  if (tend_store_get_locked (self->store) || !self->opened)
    return;

  g_clear_error (&self->open_error);
  now = g_date_time_new_now_local ();
  if (!tend_store_load_recent (self->store, now, &self->open_error))
    {
      g_warning ("Could not open the journal: %s", self->open_error->message);
      if (TEND_IS_WINDOW (window))
        tend_window_show_open_error (TEND_WINDOW (window), self->open_error);
      return;
    }

  if (window == NULL)
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    load_older_after_paint (GTK_WIDGET (window), self);
  else
    g_signal_connect_object (window, "realize", G_CALLBACK (load_older_after_paint), self,
                             G_CONNECT_DEFAULT);
}

static void
lock_windows (TendApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TEND_IS_WINDOW (l->data))
      tend_window_lock (TEND_WINDOW (l->data));
}

/* The session's screen locked: so does the journal. */
static void
screensaver_cb (TendApplication *self)
{
  gboolean active = FALSE;

  g_object_get (self, "screensaver-active", &active, NULL);
  if (active)
    lock_windows (self);
}

/* GNOME Shell's own word that the screen locked. GTK follows it only up to 4.18 (later ones
 * hear the portal alone, which an unsandboxed GTK does not ask), so Tend listens too; inside
 * the Flatpak the bus lets nothing of it through, and the portal tells GTK instead. */
static void
shell_screensaver_cb (GDBusConnection *bus,
                      const char      *sender,
                      const char      *path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  gboolean active = FALSE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;
  g_variant_get (parameters, "(b)", &active);
  if (active)
    lock_windows (TEND_APPLICATION (user_data));
}

static void
tend_application_activate (GApplication *app)
{
  TendApplication *self = TEND_APPLICATION (app);
  TendWindow *window;

  /* Started at login for the reminder: wait for it without a window. With reminders off
   * there is nothing to wait for, and Tend ends at once. */
  if (self->hidden_on_activate)
    {
      self->hidden_on_activate = FALSE;
      return;
    }

  window = get_or_create_window (self);
  if (self->ground_on_activate)
    {
      self->ground_on_activate = FALSE;
      tend_window_start_exercise (window, NULL);
    }
  if (self->plan_on_activate)
    {
      self->plan_on_activate = FALSE;
      tend_window_show_safety_plan (window);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static int
tend_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  TendApplication *self = TEND_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "tend", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "ground"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      /* A running Tend comes forward on the Ground section; a new one starts there. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "ground", NULL);
          return 0;
        }

      self->ground_on_activate = TRUE;
    }

  if (g_variant_dict_contains (options, "plan"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      /* A running Tend comes forward on the plan; a new one starts there. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "safety-plan", NULL);
          return 0;
        }

      self->plan_on_activate = TRUE;
    }

  if (g_variant_dict_contains (options, "hidden"))
    {
      /* Known before startup(), which registering runs: no window means nothing to read yet. */
      self->hidden_on_activate = TRUE;
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      /* A Tend that is already running stays as it is. */
      if (g_application_get_is_remote (app))
        return 0;
    }

  return G_APPLICATION_CLASS (tend_application_parent_class)->handle_local_options (app, options);
}

static void
ground_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  TendApplication *self = user_data;
  TendWindow *window = get_or_create_window (self);

  /* Someone reaching for grounding gets the exercise itself, not a menu of them. */
  tend_window_start_exercise (window, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* The desktop file's "My Safety Plan" and `tend --plan` in a second instance. */
static void
safety_plan_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TendWindow *window = get_or_create_window (user_data);

  tend_window_show_safety_plan (window);
  gtk_window_present (GTK_WINDOW (window));
}

/* The reminder's notification opens today's page in the Journal. */
static void
open_today_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  TendWindow *window = get_or_create_window (user_data);

  tend_window_show_today (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TendWindow *window = get_or_create_window (user_data);

  adw_dialog_present (tend_preferences_dialog_new (tend_application_get_store (user_data)),
                      GTK_WIDGET (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  AdwDialog *dialog;
  static const char *developers[] = { "The Tend developers", NULL };

  dialog = adw_about_dialog_new_from_appdata (RESOURCE_PATH "/" APP_ID ".metainfo.xml",
                                              PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (dialog), developers);
  adw_about_dialog_set_copyright (ADW_ABOUT_DIALOG (dialog), "© 2026 The Tend developers");
  /* Translators: replace with your name and e-mail, one translator a line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));
  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (app)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GApplication *app = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Close windows first so each one can finish what it owes the disk. Closing removes a window
   * from the application's list, so walk a copy of it. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (windows, i);

      if (TEND_IS_WINDOW (window))
        tend_window_set_quitting (TEND_WINDOW (window), TRUE);
      gtk_window_close (window);
      /* It stays while it asks about words it could not save; its answer quits again. */
      if (TEND_IS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return;
    }

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { "ground", ground_action },
  { "safety-plan", safety_plan_action },
  { "open-today", open_today_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
update_hold (TendApplication *self)
{
  gboolean wanted = tend_reminder_get_enabled (self->reminder);

  if (wanted == self->holding)
    return;

  self->holding = wanted;
  if (wanted)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

static void
background_refused_cb (TendApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *dialog;
  AdwToast *toast;

  if (!TEND_IS_WINDOW (window))
    return;

  toast = adw_toast_new (_("Tend may not run in the background, so reminders come only while "
                           "it is open"));
  adw_toast_set_timeout (toast, 0);
  /* Shown where the reminder was switched on when that was Preferences. */
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_PREFERENCES_DIALOG (dialog))
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), toast);
  else
    tend_window_add_toast (TEND_WINDOW (window), toast);
}

/* The keys of the application's and the window's actions, which the Keyboard Shortcuts
 * view reads back from the application. Tests give them to an application of their own. */
void
tend_application_add_accels (GtkApplication *app)
{
  static const struct {
    const char *action;
    const char *accel;
  } accels[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "app.ground", "<Control>g" },
    { "win.safety-plan", "<Control><Shift>p" },
    { "win.quick-hide", "<Control>h" },
    { "win.lock", "<Control>l" },
    { "win.search", "<Control>f" },
    { "win.go-to-day", "<Control>d" },
    { "win.new-entry", "<Control>n" },
    { "win.another-prompt", "<Control>r" },
    { "win.show-help-overlay", "<Control>question" },
    { "win.section('journal')", "<Alt>1" },
    { "win.section('ground')", "<Alt>2" },
    { "win.section('progress')", "<Alt>3" },
  };

  g_return_if_fail (GTK_IS_APPLICATION (app));

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action,
                                           (const char *[]) { accels[i].accel, NULL });
}

static void
tend_application_startup (GApplication *app)
{
  TendApplication *self = TEND_APPLICATION (app);
  g_autofree char *journal_dir = tend_paths_get_journal_dir ();

  /* Only the first instance owns the journal; a second launch never gets here. The months the
   * window opens on are read while GTK starts, on another core. */
  tend_paths_make_data_dir_private ();
  self->store = tend_store_new (journal_dir);
  /* A protected journal is read only once it is unlocked. */
  if (!self->hidden_on_activate && !tend_store_get_protected (self->store))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      tend_store_read_ahead (self->store, now);
    }
  g_signal_connect_object (self->store, "notify::locked", G_CALLBACK (locked_cb), self,
                           G_CONNECT_SWAPPED);

  /* GTK follows the session (and so learns when the screen locks) only when asked before it
   * starts: always, since a journal may be protected while Tend runs, and from then on it
   * locks with the screen. */
  g_object_set (self, "register-session", TRUE, NULL);

  G_APPLICATION_CLASS (tend_application_parent_class)->startup (app);
  g_signal_connect (self, "notify::screensaver-active", G_CALLBACK (screensaver_cb), NULL);
  if (g_application_get_dbus_connection (app) != NULL)
    self->shell_screensaver_id =
      g_dbus_connection_signal_subscribe (g_application_get_dbus_connection (app),
                                          "org.gnome.ScreenSaver", "org.gnome.ScreenSaver",
                                          "ActiveChanged", "/org/gnome/ScreenSaver", NULL,
                                          G_DBUS_SIGNAL_FLAGS_NONE, shell_screensaver_cb,
                                          self, NULL);
  /* style.css comes with AdwApplication; the reduced-motion styles only where GTK reads them. */
  tend_motion_add_styles (gdk_display_get_default ());
  self->reminder = tend_reminder_new (app);
  g_signal_connect_object (self->reminder, "notify::enabled", G_CALLBACK (update_hold), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reminder, "background-refused",
                           G_CALLBACK (background_refused_cb), self, G_CONNECT_SWAPPED);
  update_hold (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);

  tend_application_add_accels (GTK_APPLICATION (app));
}

static void
tend_application_shutdown (GApplication *app)
{
  TendApplication *self = TEND_APPLICATION (app);

  /* Nothing typed is lost on the way out: wait until every change is on disk. */
  if (self->store != NULL)
    tend_store_flush (self->store);
  if (self->safety_plan != NULL && !tend_safety_plan_store_flush (self->safety_plan) &&
      tend_safety_plan_store_get_save_error (self->safety_plan) != NULL)
    g_warning ("Your safety plan could not be saved: %s",
               tend_safety_plan_store_get_save_error (self->safety_plan)->message);
  if (self->shell_screensaver_id != 0 && g_application_get_dbus_connection (app) != NULL)
    g_dbus_connection_signal_unsubscribe (g_application_get_dbus_connection (app),
                                          self->shell_screensaver_id);
  self->shell_screensaver_id = 0;

  G_APPLICATION_CLASS (tend_application_parent_class)->shutdown (app);
}

static void
tend_application_dispose (GObject *object)
{
  TendApplication *self = TEND_APPLICATION (object);

  g_clear_object (&self->timing);
  g_clear_handle_id (&self->load_older_id, g_source_remove);
  g_clear_object (&self->reminder);
  g_clear_object (&self->store);
  g_clear_object (&self->safety_plan);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (tend_application_parent_class)->dispose (object);
}

static void
tend_application_class_init (TendApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = tend_application_dispose;
  app_class->activate = tend_application_activate;
  app_class->shutdown = tend_application_shutdown;
  app_class->startup = tend_application_startup;
  app_class->handle_local_options = tend_application_handle_local_options;
}

static const GOptionEntry option_entries[] = {
  { "ground", 'g', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open a grounding exercise straight away"), NULL },
  { "plan", 'p', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open My Safety Plan straight away"), NULL },
  { "hidden", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window, to send the daily reminder"), NULL },
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static void
tend_application_init (TendApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A private journal and grounding companion."));
}

TendApplication *
tend_application_new (void)
{
  return g_object_new (TEND_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
