/* tend-preferences-dialog.c — Preferences: journal, grounding, progress, reminder, privacy and
 * backups.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include "tend-exercises.h"
#include "tend-preferences-dialog.h"
#include "tend-protect-dialog.h"
#include "tend-time-button.h"

/* The paces the player's Slower and Faster step through (×1.25 each way), so both places
 * offer the same choices. */
static const double paces[] = { 0.512, 0.64, 0.8, 1.0, 1.25, 1.5625, 1.953125 };

static const char * const pace_names[] = {
  /* Translators: breathing paces, from quickest to slowest; “as written” is each exercise's
   * own timing. */
  N_("Much faster"), N_("Faster"), N_("A little faster"), N_("As written"),
  N_("A little slower"), N_("Slower"), N_("Much slower"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (paces) == G_N_ELEMENTS (pace_names));

/* The idle times a protected journal may lock after, in minutes; 0 is never. */
static const guint lock_minutes[] = { 0, 1, 5, 10, 15, 30, 60 };

struct _TendPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;
  /* The journal whose protection the Privacy group shows and changes; or NULL. */
  TendStore            *store;
  /* While a row is set to what the store or the settings say, not by the person. */
  gboolean              syncing;
  /* The minutes of each choice of lock_row, in its order. */
  GArray               *lock_choices;

  AdwSwitchRow         *prompt_row;
  AdwSwitchRow         *look_back_row;
  AdwSwitchRow         *auto_advance_row;
  AdwSwitchRow         *backup_reminder_row;
  AdwComboRow          *exercise_row;
  AdwComboRow          *pace_row;
  AdwSwitchRow         *reminder_row;
  TendTimeButton       *time_button;
  AdwPreferencesGroup  *privacy_group;
  AdwSwitchRow         *protect_row;
  AdwComboRow          *lock_row;
  AdwActionRow         *change_row;
  AdwActionRow         *code_row;
};

G_DEFINE_FINAL_TYPE (TendPreferencesDialog, tend_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static guint
nearest_pace (double pace)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (paces); i++)
    if (ABS (paces[i] / pace - 1) < ABS (paces[best] / pace - 1))
      best = i;
  return best;
}

static void
sync_from_settings (TendPreferencesDialog *self)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "default-exercise");
  guint position = 0;

  /* Position 0 is "the one that has helped most"; exercises follow in catalog order. */
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    if (g_strcmp0 (tend_exercises_get_item (i)->id, chosen) == 0)
      position = i + 1;

  adw_combo_row_set_selected (self->exercise_row, position);
  adw_combo_row_set_selected (self->pace_row,
                              nearest_pace (g_settings_get_double (self->settings, "breath-pace")));
}

static void
exercise_selected_cb (TendPreferencesDialog *self)
{
  guint position = adw_combo_row_get_selected (self->exercise_row);
  const char *id = position > 0 && position <= tend_exercises_get_n_items ()
                   ? tend_exercises_get_item (position - 1)->id : "";
  g_autofree char *current = g_settings_get_string (self->settings, "default-exercise");

  if (g_strcmp0 (current, id) != 0)
    g_settings_set_string (self->settings, "default-exercise", id);
}

static void
pace_selected_cb (TendPreferencesDialog *self)
{
  guint position = adw_combo_row_get_selected (self->pace_row);
  double current = g_settings_get_double (self->settings, "breath-pace");

  /* A pace set in the player between these steps stays until another is chosen here. */
  if (position < G_N_ELEMENTS (paces) && position != nearest_pace (current))
    g_settings_set_double (self->settings, "breath-pace", paces[position]);
}

static char *
lock_choice_name (guint minutes)
{
  if (minutes == 0)
    /* Translators: a choice of Lock When Idle: the journal never locks by itself. */
    return g_strdup (C_("lock when idle", "Never"));
  if (minutes % 60 == 0)
    /* Translators: a choice of Lock When Idle: how long nothing is typed or moved first. */
    return g_strdup_printf (ngettext ("%u hour", "%u hours", minutes / 60), minutes / 60);
  /* Translators: a choice of Lock When Idle: how long nothing is typed or moved first. */
  return g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
}

static guint
find_lock_choice (TendPreferencesDialog *self,
                  guint                  minutes)
{
  for (guint i = 0; i < self->lock_choices->len; i++)
    if (g_array_index (self->lock_choices, guint, i) == minutes)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

/* The choices offered, with @minutes among them in its place when it is not one of them (set
 * with dconf, say): the row shows what Tend will do, not the nearest thing it offers. */
static void
fill_lock_choices (TendPreferencesDialog *self,
                   guint                  minutes)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->lock_choices, 0);
  g_array_append_vals (self->lock_choices, lock_minutes, G_N_ELEMENTS (lock_minutes));
  if (find_lock_choice (self, minutes) == GTK_INVALID_LIST_POSITION)
    {
      guint at = 0;

      while (at < self->lock_choices->len && g_array_index (self->lock_choices, guint, at) < minutes)
        at++;
      g_array_insert_val (self->lock_choices, at, minutes);
    }

  for (guint i = 0; i < self->lock_choices->len; i++)
    {
      g_autofree char *name = lock_choice_name (g_array_index (self->lock_choices, guint, i));

      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->lock_row, G_LIST_MODEL (names));
}

static void
sync_lock_after (TendPreferencesDialog *self)
{
  guint minutes = g_settings_get_uint (self->settings, "lock-after-minutes");
  guint position = find_lock_choice (self, minutes);

  self->syncing = TRUE;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      fill_lock_choices (self, minutes);
      position = find_lock_choice (self, minutes);
    }
  adw_combo_row_set_selected (self->lock_row, position);
  self->syncing = FALSE;
}

static void
lock_selected_cb (TendPreferencesDialog *self)
{
  guint position = adw_combo_row_get_selected (self->lock_row);

  if (self->syncing || position >= self->lock_choices->len)
    return;
  g_settings_set_uint (self->settings, "lock-after-minutes",
                       g_array_index (self->lock_choices, guint, position));
}

/* The Privacy group as the store is now: protected or not, converting, locked, or unable. */
static void
sync_protection (TendPreferencesDialog *self)
{
  gboolean can = tend_store_get_can_protect (self->store);
  gboolean protected = can && tend_store_get_protected (self->store);
  gboolean converting = can && tend_store_get_converting (self->store);
  gboolean locked = can && tend_store_get_locked (self->store);
  const char *subtitle;

  if (!can)
    subtitle = _("This version of Tend cannot protect the journal");
  else if (converting)
    subtitle = _("Converting the journal, month by month…");
  else if (locked)
    subtitle = _("Unlock the journal to change this");
  else if (protected)
    subtitle = _("Tend asks for the passphrase or the recovery code to open the journal");
  else
    subtitle = _("Ask for a passphrase before the journal opens");

  self->syncing = TRUE;
  adw_switch_row_set_active (self->protect_row, protected);
  self->syncing = FALSE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->protect_row), subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->protect_row), can && !converting && !locked);
  /* Locking when idle means something only for a protected journal. */
  gtk_widget_set_visible (GTK_WIDGET (self->lock_row), protected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->lock_row), protected && !converting && !locked);
  gtk_widget_set_visible (GTK_WIDGET (self->change_row), protected);
  gtk_widget_set_visible (GTK_WIDGET (self->code_row), protected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.change-passphrase",
                                 protected && !converting && !locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.new-recovery-code",
                                 protected && !converting && !locked);
}

/* The newest change is the one to read: it replaces a toast still showing an earlier one. */
static void
add_toast (TendPreferencesDialog *self,
           const char            *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (self), toast);
}

static void
protect_done_cb (TendPreferencesDialog *self,
                 const char            *message)
{
  sync_protection (self);
  add_toast (self, message);
}

static void
present_protect_dialog (TendPreferencesDialog *self,
                        AdwDialog             *dialog)
{
  g_signal_connect_object (dialog, "done", G_CALLBACK (protect_done_cb), self, G_CONNECT_SWAPPED);
  /* Given up half-way, the switch goes back to what the store says. */
  g_signal_connect_object (dialog, "closed", G_CALLBACK (sync_protection), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* The person moved the switch: the steps that make it so, or back if they are given up. */
static void
protect_toggled_cb (TendPreferencesDialog *self)
{
  gboolean active = adw_switch_row_get_active (self->protect_row);

  if (self->syncing || active == tend_store_get_protected (self->store))
    return;

  if (active)
    present_protect_dialog (self, tend_protect_dialog_new_protect (self->store));
  else
    present_protect_dialog (self, tend_protect_dialog_new_turn_off (self->store));
}

static void
change_passphrase_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (widget);

  present_protect_dialog (self, tend_protect_dialog_new_change_passphrase (self->store));
}

static void
new_recovery_code_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (widget);

  present_protect_dialog (self, tend_protect_dialog_new_recovery_code (self->store));
}

static void
tend_preferences_dialog_constructed (GObject *object)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (object);

  G_OBJECT_CLASS (tend_preferences_dialog_parent_class)->constructed (object);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.change-passphrase", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.new-recovery-code", FALSE);
  if (self->store == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->privacy_group), TRUE);
  g_signal_connect_object (self->store, "notify::protected", G_CALLBACK (sync_protection), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::converting", G_CALLBACK (sync_protection), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::locked", G_CALLBACK (sync_protection), self,
                           G_CONNECT_SWAPPED);
  sync_protection (self);
  g_signal_connect_object (self->protect_row, "notify::active", G_CALLBACK (protect_toggled_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
tend_preferences_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_preferences_dialog_dispose (GObject *object)
{
  TendPreferencesDialog *self = TEND_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->lock_choices, g_array_unref);

  G_OBJECT_CLASS (tend_preferences_dialog_parent_class)->dispose (object);
}

static void
tend_preferences_dialog_class_init (TendPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tend_preferences_dialog_constructed;
  object_class->set_property = tend_preferences_dialog_set_property;
  object_class->dispose = tend_preferences_dialog_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TEND_TYPE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TEND_TYPE_TIME_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/preferences/tend-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, prompt_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, look_back_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, auto_advance_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, exercise_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, pace_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, reminder_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, time_button);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, backup_reminder_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, privacy_group);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, protect_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, lock_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, change_row);
  gtk_widget_class_bind_template_child (widget_class, TendPreferencesDialog, code_row);

  gtk_widget_class_install_action (widget_class, "prefs.change-passphrase", NULL,
                                   change_passphrase_action);
  gtk_widget_class_install_action (widget_class, "prefs.new-recovery-code", NULL,
                                   new_recovery_code_action);
}

static void
tend_preferences_dialog_init (TendPreferencesDialog *self)
{
  g_autoptr(GtkStringList) exercises = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) paces_list = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_APP_ID);

  /* Translators: the choice of exercise for Ground Now that follows the person's history. */
  gtk_string_list_append (exercises, _("The one that has helped most"));
  for (guint i = 0; i < tend_exercises_get_n_items (); i++)
    gtk_string_list_append (exercises, _(tend_exercises_get_item (i)->title));
  adw_combo_row_set_model (self->exercise_row, G_LIST_MODEL (exercises));

  for (guint i = 0; i < G_N_ELEMENTS (pace_names); i++)
    gtk_string_list_append (paces_list, _(pace_names[i]));
  adw_combo_row_set_model (self->pace_row, G_LIST_MODEL (paces_list));

  g_settings_bind (self->settings, "show-prompt", self->prompt_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "auto-advance", self->auto_advance_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-look-back", self->look_back_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-reminder", self->backup_reminder_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  sync_from_settings (self);
  g_signal_connect_object (self->exercise_row, "notify::selected",
                           G_CALLBACK (exercise_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pace_row, "notify::selected",
                           G_CALLBACK (pace_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::default-exercise",
                           G_CALLBACK (sync_from_settings), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::breath-pace",
                           G_CALLBACK (sync_from_settings), self, G_CONNECT_SWAPPED);

  self->lock_choices = g_array_new (FALSE, FALSE, sizeof (guint));
  fill_lock_choices (self, g_settings_get_uint (self->settings, "lock-after-minutes"));
  sync_lock_after (self);
  g_signal_connect_object (self->lock_row, "notify::selected",
                           G_CALLBACK (lock_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::lock-after-minutes",
                           G_CALLBACK (sync_lock_after), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "reminder-enabled", self->reminder_row, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-time", self->time_button, "minutes",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * tend_preferences_dialog_new:
 * @store: (nullable): the journal, for the Privacy group; without it the group is not shown
 *
 * Everything here is kept in GSettings as soon as it changes, except the journal's protection,
 * which the store keeps.
 */
AdwDialog *
tend_preferences_dialog_new (TendStore *store)
{
  g_return_val_if_fail (store == NULL || TEND_IS_STORE (store), NULL);

  return g_object_new (TEND_TYPE_PREFERENCES_DIALOG, "store", store, NULL);
}
