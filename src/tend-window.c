/* tend-window.c — the main window: the three sections, banners, toasts and win.* actions.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-help-page.h"
#include "tend-learn-page.h"
#include "tend-learn-topic-page.h"
#include "tend-paths.h"
#include "tend-prompts.h"
#include "tend-safety-plan-page.h"
#include "tend-hidden-page.h"
#include "tend-log.h"
#include "tend-menu-later.h"
#include "tend-shortcuts.h"
#include "tend-window-private.h"

#include <string.h>

G_DEFINE_FINAL_TYPE (TendWindow, tend_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char * const sections[] = { "journal", "ground", "progress", NULL };

static gboolean
is_section (const char *name)
{
  return name != NULL && g_strv_contains (sections, name);
}

const char *
tend_window_get_section (TendWindow *self)
{
  g_return_val_if_fail (TEND_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/* Builds the page of a section the first time it is shown: opening Tend costs only the
 * Journal. */
static void
ensure_section (TendWindow *self,
                const char *section)
{
  if (g_strcmp0 (section, "ground") == 0 && self->ground_page == NULL)
    {
      self->ground_page = TEND_GROUND_PAGE (tend_ground_page_new ());
      if (self->store != NULL)
        tend_ground_page_set_store (self->ground_page, self->store);
      adw_bin_set_child (self->ground_bin, GTK_WIDGET (self->ground_page));
    }
  else if (g_strcmp0 (section, "progress") == 0 && self->progress_page == NULL)
    {
      self->progress_page = TEND_PROGRESS_PAGE (tend_progress_page_new ());
      if (self->store != NULL)
        tend_progress_page_set_store (self->progress_page, self->store);
      adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_page));
    }
}

static gboolean
focus_section_later_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  GtkWidget *page = adw_view_stack_get_visible_child (TEND_WINDOW (widget)->stack);

  if (page != NULL && gtk_widget_get_mapped (page))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

/* A section shown by its key (Alt+1, 2, 3) or from elsewhere takes the focus into its content:
 * left in the page that went away, the focus would fall on the first button of the header bar,
 * where keys meant for the section do nothing. Chosen with a switcher, the focus stays there. */
static void
focus_section (TendWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (page == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (focus != NULL &&
      (gtk_widget_is_ancestor (focus, page) ||
       gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_SWITCHER) != NULL ||
       gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_SWITCHER_BAR) != NULL))
    return;

  if (page == GTK_WIDGET (self->journal_page))
    tend_journal_page_focus_content (self->journal_page);
  /* A page built just now has no size yet to order its controls by: the next frame. */
  else if (!gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_section_later_cb, NULL, NULL);
}

static void
visible_section_cb (TendWindow *self)
{
  ensure_section (self, adw_view_stack_get_visible_child_name (self->stack));
  focus_section (self);
}

void
tend_window_show_section (TendWindow *self,
                          const char *section)
{
  g_return_if_fail (TEND_IS_WINDOW (self));
  g_return_if_fail (is_section (section));

  adw_view_stack_set_visible_child_name (self->stack, section);
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  const char *section = g_variant_get_string (parameter, NULL);

  if (is_section (section))
    tend_window_show_section (TEND_WINDOW (widget), section);
}

/**
 * tend_window_get_player:
 *
 * The player, when it is what the window shows.
 */
TendExercisePlayer *
tend_window_get_player (TendWindow *self)
{
  AdwNavigationPage *page;

  g_return_val_if_fail (TEND_IS_WINDOW (self), NULL);

  page = adw_navigation_view_get_visible_page (self->nav_view);
  return TEND_IS_EXERCISE_PLAYER (page) ? TEND_EXERCISE_PLAYER (page) : NULL;
}

/**
 * tend_window_start_exercise:
 *
 * Opens the player on @id, or on the exercise that helped most when @id is NULL or "" (then
 * an exercise already open is left as it is).
 */
void
tend_window_start_exercise (TendWindow *self,
                            const char *id)
{
  const TendExercise *exercise;
  TendExercisePlayer *player;

  g_return_if_fail (TEND_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  /* "Ground now" while an exercise is already open carries on with it. */
  if ((id == NULL || *id == '\0') && tend_window_get_player (self) != NULL)
    return;

  exercise = id != NULL && *id != '\0' ? tend_exercises_lookup (id) : NULL;
  tend_window_show_section (self, "ground");
  if (exercise == NULL)
    exercise = tend_ground_page_get_best (self->ground_page);

  player = tend_exercise_player_new (self->store, exercise);
  adw_navigation_view_pop_to_tag (self->nav_view, "main");
  adw_navigation_view_push (self->nav_view, ADW_NAVIGATION_PAGE (player));
}

/* Opens an entry in the Journal by its id (Progress's look-back cards). */
static void
open_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);
  TendEntry *entry;

  if (self->store == NULL)
    return;

  entry = tend_store_find_entry (self->store, g_variant_get_string (parameter, NULL));
  if (entry == NULL)
    return;

  adw_navigation_view_pop_to_tag (self->nav_view, "main");
  tend_window_show_section (self, "journal");
  tend_journal_page_open_entry (self->journal_page, entry);
}

static void
start_exercise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  tend_window_start_exercise (TEND_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
tend_window_show_help (TendWindow *self)
{
  g_return_if_fail (TEND_IS_WINDOW (self));

  /* From an exercise, help opens on top of it: the exercise pauses while it is hidden and goes
   * on from the same step when the help page is closed. */
  if (tend_window_get_player (self) == NULL)
    adw_navigation_view_pop_to_tag (self->nav_view, "main");
  adw_navigation_view_push (self->nav_view, ADW_NAVIGATION_PAGE (tend_help_page_new ()));
}

/**
 * tend_window_get_safety_plan:
 *
 * The plan this window edits: the application's, or (in tests) its own.
 */
TendSafetyPlanStore *
tend_window_get_safety_plan (TendWindow *self)
{
  GtkApplication *app;

  g_return_val_if_fail (TEND_IS_WINDOW (self), NULL);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (TEND_IS_APPLICATION (app))
    return tend_application_get_safety_plan (TEND_APPLICATION (app));

  if (self->own_safety_plan == NULL)
    {
      g_autofree char *path = tend_paths_get_safety_plan_path ();

      self->own_safety_plan = tend_safety_plan_store_new (path);
    }
  return self->own_safety_plan;
}

/**
 * tend_window_show_safety_plan:
 *
 * My Safety Plan, over whatever the window shows (win.safety-plan), even an exercise or the
 * help page, so that coming back returns there. Asked for again while it is shown, it stays.
 */
void
tend_window_show_safety_plan (TendWindow *self)
{
  g_return_if_fail (TEND_IS_WINDOW (self));

  if (TEND_IS_SAFETY_PLAN_PAGE (adw_navigation_view_get_visible_page (self->nav_view)))
    return;

  /* A page of the plan further down the stack is brought back rather than doubled. */
  if (adw_navigation_view_find_page (self->nav_view, "safety-plan") != NULL)
    {
      adw_navigation_view_pop_to_tag (self->nav_view, "safety-plan");
      return;
    }

  adw_navigation_view_push (self->nav_view,
                            ADW_NAVIGATION_PAGE (tend_safety_plan_page_new (
                              tend_window_get_safety_plan (self))));
}

static void
safety_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tend_window_show_safety_plan (TEND_WINDOW (widget));
}

/**
 * tend_window_show_learn:
 * @topic_id: (nullable): a Learn topic's id, or %NULL for the list of topics
 *
 * Learn, over the sections (win.learn and win.learn-topic). A topic opens over the list, so
 * Back goes from a topic to the list and from the list to where the person was.
 */
void
tend_window_show_learn (TendWindow *self,
                        const char *topic_id)
{
  const TendLearnTopic *topic = NULL;

  g_return_if_fail (TEND_IS_WINDOW (self));

  if (topic_id != NULL && *topic_id != '\0')
    {
      topic = tend_learn_lookup (topic_id);
      if (topic == NULL)
        return;
    }

  if (adw_navigation_view_find_page (self->nav_view, "learn") != NULL)
    adw_navigation_view_pop_to_tag (self->nav_view, "learn");
  else
    {
      /* Learn is for a calm moment: an open exercise is not covered, it is left. */
      adw_navigation_view_pop_to_tag (self->nav_view, "main");
      adw_navigation_view_push (self->nav_view, ADW_NAVIGATION_PAGE (tend_learn_page_new ()));
    }

  if (topic != NULL)
    adw_navigation_view_push (self->nav_view,
                              ADW_NAVIGATION_PAGE (tend_learn_topic_page_new (topic)));
}

static void
learn_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tend_window_show_learn (TEND_WINDOW (widget), NULL);
}

static void
learn_topic_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tend_window_show_learn (TEND_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* A new entry in the Journal with a prompt from one theme (Learn's links to the themes),
 * through the editor's own theme action, as the theme menu chooses it. */
static void
write_theme_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);
  const char *theme = g_variant_get_string (parameter, NULL);

  if (tend_prompts_lookup_theme (theme) == NULL)
    return;

  adw_navigation_view_pop_to_tag (self->nav_view, "main");
  tend_window_show_section (self, "journal");
  tend_journal_page_open_entry (self->journal_page, NULL);
  gtk_widget_activate_action (GTK_WIDGET (tend_journal_page_get_editor (self->journal_page)),
                              "editor.theme", "s", theme);
  gtk_widget_grab_focus (GTK_WIDGET (tend_journal_page_get_editor (self->journal_page)));
}

/* Today's page in the Journal, as the daily reminder promises. An entry of today that is open
 * stays; an older one gives way to a fresh page. */
void
tend_window_show_today (TendWindow *self)
{
  TendEntry *entry;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_if_fail (TEND_IS_WINDOW (self));

  /* Someone in the middle of a grounding exercise is not pulled out of it by a reminder. */
  if (tend_window_get_player (self) != NULL)
    return;

  adw_navigation_view_pop_to_tag (self->nav_view, "main");
  tend_window_show_section (self, "journal");

  entry = tend_entry_editor_get_entry (tend_journal_page_get_editor (self->journal_page));
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  if (entry != NULL && g_strcmp0 (tend_entry_get_day (entry), today) != 0)
    gtk_widget_activate_action (GTK_WIDGET (self->journal_page), "journal.new-entry", NULL);
}

static void
need_help_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  tend_window_show_help (TEND_WINDOW (widget));
}

/* A month that could not be read: say which, and where its file was kept. A file that could
 * not be moved aside is named first, with a way to try moving it again. */
static void
damaged_cb (TendWindow   *self,
            const char   *month,
            const char   *moved_to,
            const GError *error,
            TendStore    *store)
{
  g_autofree char *title = NULL;
  const char *stuck = NULL;
  guint n_damaged;
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *about = NULL;

  if (self->damaged_months == NULL)
    return;

  g_hash_table_replace (self->damaged_months, g_strdup (month), g_strdup (moved_to));
  if (*moved_to != '\0')
    g_set_str (&self->damaged_path, moved_to);
  n_damaged = g_hash_table_size (self->damaged_months);

  g_hash_table_iter_init (&iter, self->damaged_months);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(const char *) value == '\0' && (stuck == NULL || strcmp (key, stuck) < 0))
      stuck = key;

  if (stuck != NULL)
    {
      g_autofree char *month_name = tend_month_describe (stuck);

      /* Translators: %s is a month and year, e.g. “November 2026”. The file could not be moved
       * into the “damaged” folder, so it stays in place, and that month cannot be changed. */
      title = g_strdup_printf (_("The entries of %s could not be read. Tend left the file as "
                                 "it is and will not save anything to that month."), month_name);
      adw_banner_set_button_label (self->damaged_banner, _("_Try Again"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->damaged_banner), "win.retry-damaged");
    }
  else
    {
      g_autofree char *month_name = tend_month_describe (month);

      if (n_damaged == 1)
        /* Translators: %s is a month and year, e.g. “November 2026”. */
        title = g_strdup_printf (_("The entries of %s could not be read. The file was kept "
                                   "unchanged in the “damaged” folder."), month_name);
      else
        /* Translators: %u is how many months of the journal could not be read. */
        title = g_strdup_printf (ngettext ("%u month could not be read. The files were kept "
                                           "unchanged in the “damaged” folder.",
                                           "%u months could not be read. The files were kept "
                                           "unchanged in the “damaged” folder.",
                                           n_damaged),
                                 n_damaged);
      adw_banner_set_button_label (self->damaged_banner, _("_Open Folder"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->damaged_banner),
                                      "win.open-damaged-folder");
    }

  /* The message may quote the file's words: the log gets where, not what. */
  about = tend_log_describe_error (error);
  g_debug ("Month %s could not be read (%s); kept at %s", month, about, moved_to);
  adw_banner_set_title (self->damaged_banner, title);
  adw_banner_set_revealed (self->damaged_banner, TRUE);
}

/* The person moved things out of the way (a file named “damaged”, a read-only folder): try
 * again to set aside what could not be, so its month can be written again. */
static void
retry_damaged_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);

  if (self->store == NULL)
    return;

  tend_store_retry_damaged (self->store);
  /* Words typed meanwhile go to the month now writable. */
  tend_entry_editor_save (tend_journal_page_get_editor (self->journal_page));
}

static void
open_damaged_folder_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GtkFileLauncher) launcher = NULL;

  if (self->damaged_path == NULL || *self->damaged_path == '\0')
    return;

  file = g_file_new_for_path (self->damaged_path);
  launcher = gtk_file_launcher_new (file);
  gtk_file_launcher_open_containing_folder (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
}

void
tend_window_show_open_error (TendWindow   *self,
                             const GError *error)
{
  AdwStatusPage *page;

  g_return_if_fail (TEND_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (page, "tend-journal-symbolic");
  adw_status_page_set_title (page, _("Your Journal Could Not Be Opened"));
  adw_status_page_set_description (page, error->message);
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (page));
}

/* One shortcut hides every word at once, and brings them back. */
static void
quick_hide_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);
  gboolean hide = !tend_window_get_hidden (self);

  if (hide && gtk_stack_get_child_by_name (self->privacy_stack, "hidden") == NULL)
    gtk_stack_add_named (self->privacy_stack, tend_hidden_page_new (), "hidden");
  gtk_stack_set_visible_child_name (self->privacy_stack, hide ? "hidden" : "app");
}

gboolean
tend_window_get_hidden (TendWindow *self)
{
  g_return_val_if_fail (TEND_IS_WINDOW (self), FALSE);

  return g_str_equal (gtk_stack_get_visible_child_name (self->privacy_stack), "hidden");
}

TendJournalPage *
tend_window_get_journal_page (TendWindow *self)
{
  g_return_val_if_fail (TEND_IS_WINDOW (self), NULL);

  return self->journal_page;
}

/**
 * tend_window_add_toast:
 *
 * Shows @toast (taking it) over the sections, above the bottom bar.
 */
void
tend_window_add_toast (TendWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (TEND_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tend_window_export (TEND_WINDOW (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tend_window_import (TEND_WINDOW (widget));
}

/* Ctrl+N, Ctrl+R, Ctrl+F and Ctrl+D work from anywhere in the window: they bring the Journal
 * forward, over an exercise or a page of help too, and then do what they do there. Hidden,
 * they wait. */
static void
journal_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);

  if (tend_window_get_hidden (self))
    return;

  adw_navigation_view_pop_to_tag (self->nav_view, "main");
  tend_window_show_section (self, "journal");
  if (g_str_equal (action_name, "win.new-entry"))
    gtk_widget_activate_action (GTK_WIDGET (self->journal_page), "journal.new-entry", NULL);
  else if (g_str_equal (action_name, "win.another-prompt"))
    tend_journal_page_another_prompt (self->journal_page);
  else if (g_str_equal (action_name, "win.search"))
    tend_journal_page_search (self->journal_page);
  else
    tend_journal_page_show_calendar (self->journal_page);
}

/* GtkApplication would build the shortcuts window with every window from gtk/help-overlay.ui;
 * Tend builds it when it is first asked for, which keeps it out of the start-up. Where
 * libadwaita has AdwShortcutsDialog (1.8), that is shown instead, made anew each time: a
 * dialog lets go of itself when closed. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TendWindow *self = TEND_WINDOW (widget);

  if (tend_shortcuts_has_dialog ())
    {
      g_autoptr(GObject) dialog = tend_shortcuts_new (GTK_WINDOW (self), TRUE);

      adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
      return;
    }

  if (self->shortcuts == NULL)
    self->shortcuts = GTK_WINDOW (tend_shortcuts_new (GTK_WINDOW (self), FALSE));

  gtk_window_present (self->shortcuts);
}

static void
save_window_state (TendWindow *self)
{
  int width, height;

  /* The default size follows the window while it is not maximized. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/**
 * tend_window_close_dialogs:
 *
 * Closes every dialog over the window, and the shortcuts window: for a lock or a quick hide,
 * which must leave nothing of the journal on screen, and before a safety shortcut acts.
 */
void
tend_window_close_dialogs (TendWindow *self)
{
  AdwDialog *dialog, *last = NULL;

  while ((dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self))) != NULL &&
         dialog != last)
    {
      last = dialog;
      adw_dialog_force_close (dialog);
    }
  if (self->shortcuts != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->shortcuts), FALSE);
}

static gboolean
tend_window_close_request (GtkWindow *window)
{
  /* Words that could not be saved are never closed over in silence. */
  if (!tend_window_saving_may_close (TEND_WINDOW (window)))
    return TRUE;

  save_window_state (TEND_WINDOW (window));

  return GTK_WINDOW_CLASS (tend_window_parent_class)->close_request (window);
}

/* Wires the journal into the pages and the banners. */
static void
attach_store (TendWindow *self)
{
  tend_journal_page_set_store (self->journal_page, self->store);
  if (self->ground_page != NULL)
    tend_ground_page_set_store (self->ground_page, self->store);
  if (self->progress_page != NULL)
    tend_progress_page_set_store (self->progress_page, self->store);
  g_signal_connect_object (self->store, "damaged", G_CALLBACK (damaged_cb), self,
                           G_CONNECT_SWAPPED);
  tend_window_backup_watch (self);
  tend_window_saving_watch (self);
  tend_window_lock_watch (self);
}

static void
tend_window_constructed (GObject *object)
{
  TendWindow *self = TEND_WINDOW (object);

  G_OBJECT_CLASS (tend_window_parent_class)->constructed (object);

  if (self->store != NULL)
    attach_store (self);
}

static void
tend_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TendWindow *self = TEND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TendWindow *self = TEND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_assert (self->store == NULL);
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_window_dispose (GObject *object)
{
  TendWindow *self = TEND_WINDOW (object);

  /* A stack taken apart changes its visible page: that builds nothing now. */
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, visible_section_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_WINDOW);
  self->ground_page = NULL;
  self->progress_page = NULL;
  self->unlock_page = NULL;
  g_clear_handle_id (&self->idle_lock_id, g_source_remove);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  g_clear_object (&self->store);
  if (self->own_safety_plan != NULL)
    tend_safety_plan_store_flush (self->own_safety_plan);
  g_clear_object (&self->own_safety_plan);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->damaged_path, g_free);
  g_clear_pointer (&self->damaged_months, g_hash_table_unref);

  G_OBJECT_CLASS (tend_window_parent_class)->dispose (object);
}

static void
tend_window_class_init (TendWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tend_window_constructed;
  object_class->get_property = tend_window_get_property;
  object_class->set_property = tend_window_set_property;
  object_class->dispose = tend_window_dispose;
  window_class->close_request = tend_window_close_request;

  /**
   * TendWindow:store:
   *
   * The journal the window shows, given by whoever makes the window (the application).
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TEND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TEND_TYPE_JOURNAL_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/tend-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TendWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, damaged_banner);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, privacy_stack);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, nav_view);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, journal_page);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, ground_bin);
  gtk_widget_class_bind_template_child (widget_class, TendWindow, progress_bin);

  gtk_widget_class_install_action (widget_class, "win.section", "s", section_action);
  gtk_widget_class_install_action (widget_class, "win.quick-hide", NULL, quick_hide_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, journal_action);
  gtk_widget_class_install_action (widget_class, "win.go-to-day", NULL, journal_action);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, journal_action);
  gtk_widget_class_install_action (widget_class, "win.another-prompt", NULL, journal_action);
  gtk_widget_class_install_action (widget_class, "win.start-exercise", "s",
                                   start_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.need-help", NULL, need_help_action);
  gtk_widget_class_install_action (widget_class, "win.safety-plan", NULL, safety_plan_action);
  gtk_widget_class_install_action (widget_class, "win.learn", NULL, learn_action);
  gtk_widget_class_install_action (widget_class, "win.learn-topic", "s", learn_topic_action);
  gtk_widget_class_install_action (widget_class, "win.write-theme", "s", write_theme_action);
  gtk_widget_class_install_action (widget_class, "win.open-entry", "s", open_entry_action);
  gtk_widget_class_install_action (widget_class, "win.retry-damaged", NULL, retry_damaged_action);
  gtk_widget_class_install_action (widget_class, "win.open-damaged-folder", NULL,
                                   open_damaged_folder_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  tend_window_backup_class_init (widget_class);
  tend_window_saving_class_init (widget_class);
  tend_window_lock_class_init (widget_class);
}

static void
tend_window_init (TendWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->damaged_months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_section_cb), self, G_CONNECT_SWAPPED);
  tend_menu_later_attach (self->menu_button, self->primary_menu);
  tend_window_typing_init (self);
  tend_window_dialog_keys_init (self);
  tend_window_lock_init (self);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (BASE_APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Most days Tend is opened to write: the words go straight onto today's page. */
  gtk_widget_grab_focus (GTK_WIDGET (tend_journal_page_get_editor (self->journal_page)));
}

/**
 * tend_window_set_store:
 *
 * The journal, for a window made without one (tend_window_new (NULL, NULL)): tests show the
 * window first, as the application does while its store is still opening; "store" is the
 * way in for everything else.
 */
void
tend_window_set_store (TendWindow *self,
                       TendStore  *store)
{
  g_return_if_fail (TEND_IS_WINDOW (self));
  g_return_if_fail (TEND_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  attach_store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * tend_window_set_quitting:
 *
 * Set by app.quit before it closes the window: a close that first asks about unsaved words
 * then quits the whole application.
 */
void
tend_window_set_quitting (TendWindow *self,
                          gboolean    quitting)
{
  g_return_if_fail (TEND_IS_WINDOW (self));

  self->quitting = quitting;
}

/**
 * tend_window_new:
 *
 * Both may be NULL (tests); @store is the journal the window shows.
 */
TendWindow *
tend_window_new (TendApplication *application,
                 TendStore       *store)
{
  g_return_val_if_fail (application == NULL || TEND_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || TEND_IS_STORE (store), NULL);

  return g_object_new (TEND_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}
