/* tend-day-button.c — one end of a range of days: a button that shows the chosen day, and a
 * calendar to choose another.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-dates.h"
#include "tend-day-button.h"

struct _TendDayButton
{
  AdwBin            parent_instance;

  /* The day chosen, as the button shows it; the calendar may show another month while the
   * person looks around. */
  GDateTime        *date;
  TendDayButtonEnd  end;

  GtkMenuButton    *button;
  GtkCalendar      *calendar;
};

G_DEFINE_FINAL_TYPE (TendDayButton, tend_day_button, ADW_TYPE_BIN)

G_DEFINE_ENUM_TYPE (TendDayButtonEnd, tend_day_button_end,
  G_DEFINE_ENUM_VALUE (TEND_DAY_BUTTON_FIRST, "first"),
  G_DEFINE_ENUM_VALUE (TEND_DAY_BUTTON_LAST, "last"))

enum {
  PROP_0,
  PROP_DATE,
  PROP_END,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* The button shows the chosen day; it and the calendar say which end of the range they are. */
static void
sync_label (TendDayButton *self)
{
  gboolean first = self->end == TEND_DAY_BUTTON_FIRST;
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;

  /* Translators: a date on a button, e.g. “23 Nov 2026”; see strftime for the codes. %b is
   * the month as you wrote it under the context “month in a short date”. */
  text = tend_dates_format (self->date, _("%-d %b %Y"));
  gtk_menu_button_set_label (self->button, text);

  if (first)
    /* Translators: the name a screen reader gives the button that picks the first day to export;
     * %s is a date, e.g. “1 Nov 2026”. */
    spoken = g_strdup_printf (_("From %s"), text);
  else
    /* Translators: the name a screen reader gives the button that picks the last day to export;
     * %s is a date, e.g. “24 Nov 2026”. */
    spoken = g_strdup_printf (_("To %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the names a screen reader gives the calendars
                                   * of the first and last day. */
                                  first ? _("First Day") : _("Last Day"),
                                  -1);
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

/* A day was chosen on the calendar (not merely a month looked at): it becomes the day. */
static void
day_selected_cb (TendDayButton *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  tend_day_button_set_date (self, date);
  /* After the day is kept: closing puts the calendar back on the kept day. */
  gtk_menu_button_popdown (self->button);
}

/* GtkCalendar says nothing when the day clicked has the number of the day it had, in another
 * month (::day-selected compares day numbers only): a click on a day chooses it all the same.
 * Days are the calendar's documented label.day-number nodes. */
static void
day_clicked_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                TendDayButton   *self)
{
  GtkWidget *day = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (day != NULL && gtk_widget_has_css_class (day, "day-number"))
    day_selected_cb (self);
}

static gboolean
has_focused_day (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "day-number"))
    return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUSED) != 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_focused_day (child))
      return TRUE;

  return FALSE;
}

/* The same for Space, which chooses the day that has the keyboard focus. */
static void
day_key_released_cb (GtkEventControllerKey *keys,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     TendDayButton         *self)
{
  if ((keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space) &&
      has_focused_day (GTK_WIDGET (self->calendar)))
    day_selected_cb (self);
}

/* Months looked at without choosing a day are let go: the calendar opens on the chosen day
 * again. */
static void
calendar_closed_cb (TendDayButton *self)
{
  gtk_calendar_select_day (self->calendar, self->date);
}

/**
 * tend_day_button_new:
 *
 * A button that shows a day and opens a calendar to choose another.
 */
GtkWidget *
tend_day_button_new (TendDayButtonEnd end)
{
  return g_object_new (TEND_TYPE_DAY_BUTTON, "end", end, NULL);
}

TendDayButtonEnd
tend_day_button_get_end (TendDayButton *self)
{
  g_return_val_if_fail (TEND_IS_DAY_BUTTON (self), TEND_DAY_BUTTON_FIRST);

  return self->end;
}

void
tend_day_button_set_end (TendDayButton    *self,
                         TendDayButtonEnd  end)
{
  g_return_if_fail (TEND_IS_DAY_BUTTON (self));
  g_return_if_fail (end == TEND_DAY_BUTTON_FIRST || end == TEND_DAY_BUTTON_LAST);

  if (self->end == end)
    return;

  self->end = end;
  sync_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * tend_day_button_get_date:
 *
 * The chosen day; the calendar may show another month while the person looks around.
 */
GDateTime *
tend_day_button_get_date (TendDayButton *self)
{
  g_return_val_if_fail (TEND_IS_DAY_BUTTON (self), NULL);

  return self->date;
}

/* Only another day is a change: the time of day does not matter. */
void
tend_day_button_set_date (TendDayButton *self,
                          GDateTime     *date)
{
  g_return_if_fail (TEND_IS_DAY_BUTTON (self));
  g_return_if_fail (date != NULL);

  if (same_day (self->date, date))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);
  gtk_calendar_select_day (self->calendar, date);
  sync_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * tend_day_button_dup_day:
 *
 * The chosen day as "YYYY-MM-DD".
 */
char *
tend_day_button_dup_day (TendDayButton *self)
{
  g_return_val_if_fail (TEND_IS_DAY_BUTTON (self), NULL);

  return g_date_time_format (self->date, "%Y-%m-%d");
}

/**
 * tend_day_button_dup_range:
 *
 * The days from @first to @last as "YYYY-MM-DD"; days chosen the wrong way round still mean
 * the days between them.
 */
void
tend_day_button_dup_range (TendDayButton  *first,
                           TendDayButton  *last,
                           char          **first_day,
                           char          **last_day)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_if_fail (TEND_IS_DAY_BUTTON (first) && TEND_IS_DAY_BUTTON (last));
  g_return_if_fail (first_day != NULL && last_day != NULL);

  from = tend_day_button_dup_day (first);
  to = tend_day_button_dup_day (last);
  if (g_strcmp0 (from, to) > 0)
    {
      *first_day = g_steal_pointer (&to);
      *last_day = g_steal_pointer (&from);
    }
  else
    {
      *first_day = g_steal_pointer (&from);
      *last_day = g_steal_pointer (&to);
    }
}

/* A row whose activatable widget this is opens the calendar, as it did the bare button. */
static gboolean
tend_day_button_mnemonic_activate (GtkWidget *widget,
                                   gboolean   group_cycling)
{
  TendDayButton *self = TEND_DAY_BUTTON (widget);

  return gtk_widget_mnemonic_activate (GTK_WIDGET (self->button), group_cycling);
}

static void
tend_day_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendDayButton *self = TEND_DAY_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_END:
      g_value_set_enum (value, self->end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_day_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendDayButton *self = TEND_DAY_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      tend_day_button_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      tend_day_button_set_end (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_day_button_dispose (GObject *object)
{
  /* The bin lets go of its child first, so the template does not unparent it twice. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), TEND_TYPE_DAY_BUTTON);

  G_OBJECT_CLASS (tend_day_button_parent_class)->dispose (object);
}

static void
tend_day_button_finalize (GObject *object)
{
  TendDayButton *self = TEND_DAY_BUTTON (object);

  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (tend_day_button_parent_class)->finalize (object);
}

static void
tend_day_button_class_init (TendDayButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_day_button_get_property;
  object_class->set_property = tend_day_button_set_property;
  object_class->dispose = tend_day_button_dispose;
  object_class->finalize = tend_day_button_finalize;
  widget_class->mnemonic_activate = tend_day_button_mnemonic_activate;

  /**
   * TendDayButton:date:
   *
   * The chosen day. It changes when the person chooses a day, not when they look at another
   * month.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TendDayButton:end:
   *
   * Which end of the range the day is, for the name a screen reader gives the button.
   */
  properties[PROP_END] =
    g_param_spec_enum ("end", NULL, NULL, TEND_TYPE_DAY_BUTTON_END, TEND_DAY_BUTTON_FIRST,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/backup/tend-day-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TendDayButton, button);
  gtk_widget_class_bind_template_child (widget_class, TendDayButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_key_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_closed_cb);
}

static void
tend_day_button_init (TendDayButton *self)
{
  /* Today, until told otherwise; chosen before the calendar can say anything, so that showing
   * it is not choosing it. */
  self->date = g_date_time_new_now_local ();
  self->end = TEND_DAY_BUTTON_FIRST;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_calendar_select_day (self->calendar, self->date);
  sync_label (self);
}
