/* tend-time-button.c — a time of day on one button, written as the person's clock writes it
 * ("8:00 PM" or "20:00"), with the hour, the minutes and, on a 12-hour clock, AM or PM to change
 * in its popover.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-time-button.h"

#define MINUTES_PER_DAY (24 * 60)

struct _TendTimeButton
{
  AdwBin           parent_instance;

  int              minutes;       /* since midnight */
  gboolean         twelve_hour;
  /* Set while the popover's parts follow the time, so half a time is never taken back. */
  gboolean         syncing;

  GtkMenuButton   *button;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
  GtkWidget       *period_box;
  GtkToggleButton *am_button;
  GtkToggleButton *pm_button;
};

G_DEFINE_FINAL_TYPE (TendTimeButton, tend_time_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MINUTES,
  PROP_TWELVE_HOUR,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/**
 * tend_time_clock_is_twelve_hour:
 *
 * Whether the person's clock counts to 12 with AM and PM: GNOME's clock format when they chose
 * one, otherwise the locale's own way of writing a time.
 */
gboolean
tend_time_clock_is_twelve_hour (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GDateTime) evening = g_date_time_new_local (2000, 1, 1, 20, 0, 0);
  g_autofree char *probe = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "clock-format"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autoptr(GVariant) chosen = g_settings_get_user_value (settings, "clock-format");

      /* Only a choice the person made: the key's default is 24 hours in every language. */
      if (chosen != NULL && g_variant_is_of_type (chosen, G_VARIANT_TYPE_STRING))
        return g_str_equal (g_variant_get_string (chosen, NULL), "12h");
    }

  /* "%p" cannot tell, as GLib fills in "PM" where the locale has no such word. */
  probe = g_date_time_format (evening, "%X");
  return probe != NULL && strstr (probe, "20") == NULL;
}

/**
 * tend_time_format:
 * @minutes: since midnight
 *
 * The time of day as a clock of 12 or 24 hours writes it: "8:30 PM" or "20:30".
 */
char *
tend_time_format (int      minutes,
                  gboolean twelve_hour)
{
  g_autoptr(GDateTime) time = NULL;

  minutes = CLAMP (minutes, 0, MINUTES_PER_DAY - 1);
  time = g_date_time_new_local (2000, 1, 1, minutes / 60, minutes % 60, 0);

  if (twelve_hour)
    /* Translators: a time on a 12-hour clock, as g_date_time_format() writes it; "%-l" is the
     * hour without padding, "%p" AM or PM. Reorder as your language does. */
    /* xgettext:no-c-format */
    return g_date_time_format (time, C_("time of day", "%-l:%M %p"));

  /* Translators: a time on a 24-hour clock, as g_date_time_format() writes it. */
  /* xgettext:no-c-format */
  return g_date_time_format (time, C_("time of day", "%H:%M"));
}

static char *
period_name (gboolean afternoon)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2000, 1, 1, afternoon ? 15 : 9, 0, 0);

  return g_date_time_format (time, "%p");
}

static gboolean hour_output_cb (TendTimeButton *self,
                                GtkSpinButton  *spin);

/* The button and the popover's parts show the time. */
static void
sync_parts (TendTimeButton *self)
{
  g_autofree char *text = tend_time_format (self->minutes, self->twelve_hour);
  g_autofree char *am = period_name (FALSE);
  g_autofree char *pm = period_name (TRUE);
  int hour = self->minutes / 60;

  self->syncing = TRUE;
  if (self->twelve_hour)
    {
      gtk_spin_button_set_range (self->hour_spin, 1, 12);
      gtk_spin_button_set_value (self->hour_spin, hour % 12 == 0 ? 12 : hour % 12);
      gtk_toggle_button_set_active (hour >= 12 ? self->pm_button : self->am_button, TRUE);
    }
  else
    {
      gtk_spin_button_set_range (self->hour_spin, 0, 23);
      gtk_spin_button_set_value (self->hour_spin, hour);
    }
  gtk_spin_button_set_value (self->minute_spin, self->minutes % 60);
  /* Written again even when the value stayed: a change of clock pads it differently. */
  hour_output_cb (self, self->hour_spin);
  self->syncing = FALSE;

  gtk_widget_set_visible (self->period_box, self->twelve_hour);
  gtk_button_set_label (GTK_BUTTON (self->am_button), am);
  gtk_button_set_label (GTK_BUTTON (self->pm_button), pm);
  gtk_menu_button_set_label (self->button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  /* Translators: what a screen reader says the time button
                                   * of the daily reminder opens. */
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Choose the hour and the minutes"),
                                  -1);
}

/* The hour, the minutes or AM/PM changed in the popover: the time follows. */
static void
parts_changed_cb (TendTimeButton *self)
{
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);

  if (self->syncing)
    return;

  if (self->twelve_hour)
    hour = hour % 12 + (gtk_toggle_button_get_active (self->pm_button) ? 12 : 0);
  tend_time_button_set_minutes (self, hour * 60 +
                                      gtk_spin_button_get_value_as_int (self->minute_spin));
}

static void
set_spin_text (GtkSpinButton *spin,
               gboolean       padded)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = padded ? g_strdup_printf ("%02d", value)
                                 : g_strdup_printf ("%d", value);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
}

/* The hour as a clock shows it: "08" on a 24-hour clock, "8" beside AM or PM. */
static gboolean
hour_output_cb (TendTimeButton *self,
                GtkSpinButton  *spin)
{
  set_spin_text (spin, !self->twelve_hour);
  return TRUE;
}

static gboolean
minute_output_cb (GtkSpinButton *spin)
{
  set_spin_text (spin, TRUE);
  return TRUE;
}

int
tend_time_button_get_minutes (TendTimeButton *self)
{
  g_return_val_if_fail (TEND_IS_TIME_BUTTON (self), 0);

  return self->minutes;
}

void
tend_time_button_set_minutes (TendTimeButton *self,
                              int             minutes)
{
  g_return_if_fail (TEND_IS_TIME_BUTTON (self));
  g_return_if_fail (minutes >= 0 && minutes < MINUTES_PER_DAY);

  if (self->minutes == minutes)
    return;

  self->minutes = minutes;
  sync_parts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
}

gboolean
tend_time_button_get_twelve_hour (TendTimeButton *self)
{
  g_return_val_if_fail (TEND_IS_TIME_BUTTON (self), FALSE);

  return self->twelve_hour;
}

void
tend_time_button_set_twelve_hour (TendTimeButton *self,
                                  gboolean        twelve_hour)
{
  g_return_if_fail (TEND_IS_TIME_BUTTON (self));

  twelve_hour = !!twelve_hour;
  if (self->twelve_hour == twelve_hour)
    return;

  self->twelve_hour = twelve_hour;
  sync_parts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TWELVE_HOUR]);
}

/**
 * tend_time_button_dup_label:
 *
 * The time as the button shows it.
 */
char *
tend_time_button_dup_label (TendTimeButton *self)
{
  g_return_val_if_fail (TEND_IS_TIME_BUTTON (self), NULL);

  return g_strdup (gtk_menu_button_get_label (self->button));
}

/* A row that has the button as its activatable widget opens the popover (the menu button's
 * own mnemonic would only focus it); while mnemonics cycle, the button takes the focus. */
static gboolean
tend_time_button_mnemonic_activate (GtkWidget *widget,
                                    gboolean   group_cycling)
{
  TendTimeButton *self = TEND_TIME_BUTTON (widget);

  if (group_cycling)
    return gtk_widget_grab_focus (GTK_WIDGET (self->button));

  gtk_menu_button_popup (self->button);
  return TRUE;
}

static void
tend_time_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TendTimeButton *self = TEND_TIME_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;
    case PROP_TWELVE_HOUR:
      g_value_set_boolean (value, self->twelve_hour);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_time_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TendTimeButton *self = TEND_TIME_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      tend_time_button_set_minutes (self, g_value_get_int (value));
      break;
    case PROP_TWELVE_HOUR:
      tend_time_button_set_twelve_hour (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_time_button_dispose (GObject *object)
{
  /* The bin lets go of its child first, so the template does not unparent it twice. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TEND_TYPE_TIME_BUTTON);

  G_OBJECT_CLASS (tend_time_button_parent_class)->dispose (object);
}

static void
tend_time_button_class_init (TendTimeButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_time_button_get_property;
  object_class->set_property = tend_time_button_set_property;
  object_class->dispose = tend_time_button_dispose;
  widget_class->mnemonic_activate = tend_time_button_mnemonic_activate;

  /**
   * TendTimeButton:minutes:
   *
   * The time of day, in minutes since midnight.
   */
  properties[PROP_MINUTES] =
    g_param_spec_int ("minutes", NULL, NULL, 0, MINUTES_PER_DAY - 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TendTimeButton:twelve-hour:
   *
   * Whether the time is written on a 12-hour clock; at first, as the person's clock is.
   */
  properties[PROP_TWELVE_HOUR] =
    g_param_spec_boolean ("twelve-hour", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/preferences/tend-time-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, button);
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, period_box);
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, am_button);
  gtk_widget_class_bind_template_child (widget_class, TendTimeButton, pm_button);
  gtk_widget_class_bind_template_callback (widget_class, parts_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, hour_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, minute_output_cb);
}

static void
tend_time_button_init (TendTimeButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->twelve_hour = tend_time_clock_is_twelve_hour ();
  sync_parts (self);
}

/**
 * tend_time_button_new:
 *
 * Shows midnight until it is given a time; notifies :minutes as the person changes it.
 */
GtkWidget *
tend_time_button_new (void)
{
  return g_object_new (TEND_TYPE_TIME_BUTTON, NULL);
}
