/* tend-day-picker.c — a month calendar in a popover, days with entries marked: to go to a day,
 * or to move the open entry to another.
 *
 * The arrow keys choose the day itself (GtkCalendar's own arrows move only a focus mark that
 * nothing can read), so what the calendar says, and what Enter acts on, is always the day
 * shown as chosen; a screen reader hears each day with what it holds.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "tend-day-picker.h"

struct _TendDayPicker
{
  GtkPopover            parent_instance;

  TendDayPickerPurpose  purpose;
  TendStore            *store;
  TendEntry            *entry;
  /* The month whose days are marked ("YYYY-MM"), and what a screen reader heard last. */
  char                 *marked;
  char                 *spoken;

  GtkLabel             *heading;
  GtkCalendar          *calendar;
  GtkLabel             *date_label;
  GtkLabel             *note_label;
  GtkButton            *choose_button;
};

G_DEFINE_FINAL_TYPE (TendDayPicker, tend_day_picker, GTK_TYPE_POPOVER)

G_DEFINE_ENUM_TYPE (TendDayPickerPurpose, tend_day_picker_purpose,
  G_DEFINE_ENUM_VALUE (TEND_DAY_PICKER_GO, "go"),
  G_DEFINE_ENUM_VALUE (TEND_DAY_PICKER_MOVE, "move"))

enum {
  PROP_0,
  PROP_PURPOSE,
  PROP_STORE,
  PROP_ENTRY,
  N_PROPS,
};

enum {
  GO_TO,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------------------------ */
/* The journal's days */

/* The store keeps entries newest day first: the position of the first entry whose day begins
 * with @prefix ("YYYY-MM" or "YYYY-MM-DD") or comes before it. */
static guint
first_not_after (GListModel *entries,
                 const char *prefix)
{
  gsize length = strlen (prefix);
  guint low = 0, high = g_list_model_get_n_items (entries);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, middle);

      if (strncmp (tend_entry_get_day (entry), prefix, length) > 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The newest entry on @day, or NULL; @count says how many there are. */
static TendEntry *
find_day (TendDayPicker *self,
          const char    *day,
          guint         *count)
{
  GListModel *entries;
  TendEntry *newest = NULL;
  guint n;

  *count = 0;
  if (self->store == NULL)
    return NULL;

  entries = tend_store_get_entries (self->store);
  n = g_list_model_get_n_items (entries);
  for (guint i = first_not_after (entries, day); i < n; i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);

      if (!g_str_equal (tend_entry_get_day (entry), day))
        break;
      if (newest == NULL)
        newest = entry;
      (*count)++;
    }

  return newest;
}

static GDateTime *
parse_day (const char *day)
{
  int y, m, d;

  if (day == NULL || sscanf (day, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static char *
describe_day (GDateTime *date)
{
  /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
  g_autofree char *text = g_date_time_format (date, _("%A, %-d %B %Y"));

  return g_strdup (text != NULL ? g_strstrip (text) : "");
}

/* ------------------------------------------------------------------------------------------ */
/* What the calendar shows and says */

static void
mark_month (TendDayPicker *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  g_autofree char *month = g_date_time_format (shown, "%Y-%m");
  GListModel *entries;
  guint n;

  g_free (self->marked);
  self->marked = g_steal_pointer (&month);
  gtk_calendar_clear_marks (self->calendar);
  if (self->store == NULL)
    return;

  entries = tend_store_get_entries (self->store);
  n = g_list_model_get_n_items (entries);
  for (guint i = first_not_after (entries, self->marked); i < n; i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);
      const char *day = tend_entry_get_day (entry);

      if (strncmp (day, self->marked, strlen ("YYYY-MM")) != 0)
        break;
      gtk_calendar_mark_day (self->calendar, (guint) atoi (day + strlen ("YYYY-MM-")));
    }
}

/* The chosen day, what it holds, and what the button would do with it. */
static void
update_day (TendDayPicker *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *described = describe_day (date);
  g_autofree char *note = NULL;
  g_autofree char *spoken = NULL;
  const char *button;
  gboolean can = TRUE;
  guint count;

  find_day (self, day, &count);

  if (self->purpose == TEND_DAY_PICKER_GO)
    button = count > 0 ? _("_Open Entry") : _("_Write for This Day");
  else
    button = _("_Move Here");

  if (strcmp (day, today) > 0)
    {
      note = g_strdup (_("This day is still to come."));
      can = FALSE;
    }
  else if (self->purpose == TEND_DAY_PICKER_MOVE && self->entry == NULL)
    can = FALSE;
  else if (self->purpose == TEND_DAY_PICKER_MOVE &&
           g_str_equal (day, tend_entry_get_day (self->entry)))
    {
      note = g_strdup (_("This entry is on this day."));
      can = FALSE;
    }
  else if (count > 0)
    /* Translators: under the calendar, how many entries the chosen day holds. */
    note = g_strdup_printf (ngettext ("%u entry on this day.", "%u entries on this day.", count),
                            count);
  else if (self->purpose == TEND_DAY_PICKER_GO)
    note = g_strdup (_("Nothing written on this day. You can write for it now, if you like."));
  else
    note = g_strdup (_("No entries on this day."));

  gtk_label_set_text (self->date_label, described);
  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_button_set_label (self->choose_button, button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choose_button), can);

  /* A screen reader hears the day and what it holds each time the chosen day changes. */
  spoken = note != NULL ? g_strdup_printf ("%s. %s", described, note) : g_strdup (described);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken, -1);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && g_strcmp0 (spoken, self->spoken) != 0)
    gtk_accessible_announce (GTK_ACCESSIBLE (self->calendar), spoken,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  g_free (self->spoken);
  self->spoken = g_steal_pointer (&spoken);
}

static void
date_changed_cb (TendDayPicker *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  g_autofree char *month = g_date_time_format (shown, "%Y-%m");

  if (g_strcmp0 (month, self->marked) != 0)
    mark_month (self);
  update_day (self);
}

static void
entries_changed_cb (TendDayPicker *self)
{
  mark_month (self);
  update_day (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Choosing */

static void
show_toast (TendDayPicker *self,
            const char    *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
move_entry (TendDayPicker *self,
            const char    *day)
{
  g_autoptr(TendEntry) entry = g_object_ref (self->entry);
  g_autoptr(GDateTime) date = parse_day (day);
  g_autofree char *described = describe_day (date);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!tend_store_move_entry (self->store, entry, day, &error))
    {
      /* Translators: shown when an entry could not be moved; %s says why. */
      text = g_strdup_printf (_("Not moved, the entry stays where it was: %s"), error->message);
      gtk_label_set_text (self->note_label, text);
      gtk_accessible_announce (GTK_ACCESSIBLE (self->calendar), text,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (self));
  /* Translators: %s is a full date, e.g. “Monday, 23 November 2026”. */
  text = g_strdup_printf (_("Moved to %s"), described);
  show_toast (self, text);
}

/**
 * tend_day_picker_choose:
 *
 * Acts on the chosen day, as the button under the calendar (and Enter) does: to go there, the
 * popover closes and ::go-to says where; to move the entry there, the store moves it.
 */
void
tend_day_picker_choose (TendDayPicker *self)
{
  g_autofree char *day = NULL;
  TendEntry *newest;
  guint count;

  g_return_if_fail (TEND_IS_DAY_PICKER (self));

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->choose_button)))
    return;

  day = tend_day_picker_dup_day (self);
  if (self->purpose == TEND_DAY_PICKER_MOVE)
    {
      move_entry (self, day);
      return;
    }

  newest = find_day (self, day, &count);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[GO_TO], 0, day, newest);
}

/* Arrows choose the day (the calendar's own only move a mark nothing reads), Page Up and Page
 * Down the month; Enter and Space act on it. With Ctrl, the calendar's own keys still change
 * the month and year. */
static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                TendDayPicker         *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self->calendar)) == GTK_TEXT_DIR_RTL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) moved = NULL;
  int days = 0, months = 0;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      days = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      days = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      days = -7;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      days = 7;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      months = -1;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      months = 1;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      tend_day_picker_choose (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  date = gtk_calendar_get_date (self->calendar);
  moved = days != 0 ? g_date_time_add_days (date, days) : g_date_time_add_months (date, months);
  gtk_calendar_select_day (self->calendar, moved);

  /* The calendar's own focus mark stays where a click left it: take it away, so that only the
   * chosen day stands out. */
  for (GtkWidget *grid = gtk_widget_get_first_child (GTK_WIDGET (self->calendar));
       grid != NULL;
       grid = gtk_widget_get_next_sibling (grid))
    for (GtkWidget *label = gtk_widget_get_first_child (grid);
         label != NULL;
         label = gtk_widget_get_next_sibling (label))
      if (gtk_widget_has_css_class (label, "day-number"))
        gtk_widget_unset_state_flags (label, GTK_STATE_FLAG_FOCUSED);

  return GDK_EVENT_STOP;
}

/* A double click on a day acts on it, as Enter does. */
static void
day_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                TendDayPicker   *self)
{
  GtkWidget *day = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (n_press == 2 && day != NULL && gtk_widget_has_css_class (day, "day-number"))
    tend_day_picker_choose (self);
}

/* ------------------------------------------------------------------------------------------ */

/* Each time it opens: on the entry's day (or today), with the keys in the calendar. */
static void
tend_day_picker_map (GtkWidget *widget)
{
  TendDayPicker *self = TEND_DAY_PICKER (widget);
  g_autoptr(GDateTime) date = self->entry != NULL ? parse_day (tend_entry_get_day (self->entry))
                                                  : NULL;

  if (date == NULL)
    date = g_date_time_new_now_local ();
  gtk_calendar_select_day (self->calendar, date);
  mark_month (self);
  update_day (self);

  GTK_WIDGET_CLASS (tend_day_picker_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
update_heading (TendDayPicker *self)
{
  const char *heading = self->purpose == TEND_DAY_PICKER_GO ? _("Go to a Day")
                                                            : _("Move to Another Day");

  gtk_label_set_text (self->heading, heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
}

TendDayPickerPurpose
tend_day_picker_get_purpose (TendDayPicker *self)
{
  g_return_val_if_fail (TEND_IS_DAY_PICKER (self), TEND_DAY_PICKER_GO);

  return self->purpose;
}

void
tend_day_picker_set_purpose (TendDayPicker        *self,
                             TendDayPickerPurpose  purpose)
{
  g_return_if_fail (TEND_IS_DAY_PICKER (self));
  g_return_if_fail (purpose == TEND_DAY_PICKER_GO || purpose == TEND_DAY_PICKER_MOVE);

  if (self->purpose == purpose)
    return;

  self->purpose = purpose;
  update_heading (self);
  update_day (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PURPOSE]);
}

TendStore *
tend_day_picker_get_store (TendDayPicker *self)
{
  g_return_val_if_fail (TEND_IS_DAY_PICKER (self), NULL);

  return self->store;
}

/**
 * tend_day_picker_set_store:
 *
 * The journal whose days are marked, and which moves an entry; the marks follow its changes.
 */
void
tend_day_picker_set_store (TendDayPicker *self,
                           TendStore     *store)
{
  g_return_if_fail (TEND_IS_DAY_PICKER (self));
  g_return_if_fail (store == NULL || TEND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (tend_store_get_entries (self->store),
                                          entries_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (tend_store_get_entries (store), "items-changed",
                             G_CALLBACK (entries_changed_cb), self, G_CONNECT_SWAPPED);
  entries_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

TendEntry *
tend_day_picker_get_entry (TendDayPicker *self)
{
  g_return_val_if_fail (TEND_IS_DAY_PICKER (self), NULL);

  return self->entry;
}

/**
 * tend_day_picker_set_entry:
 * @entry: (nullable): the open entry: the one to move, and the day the calendar opens on
 */
void
tend_day_picker_set_entry (TendDayPicker *self,
                           TendEntry     *entry)
{
  g_return_if_fail (TEND_IS_DAY_PICKER (self));
  g_return_if_fail (entry == NULL || TEND_IS_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  update_day (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

GtkCalendar *
tend_day_picker_get_calendar (TendDayPicker *self)
{
  g_return_val_if_fail (TEND_IS_DAY_PICKER (self), NULL);

  return self->calendar;
}

/**
 * tend_day_picker_dup_day:
 *
 * The day chosen on the calendar, "YYYY-MM-DD".
 */
char *
tend_day_picker_dup_day (TendDayPicker *self)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (TEND_IS_DAY_PICKER (self), NULL);

  date = gtk_calendar_get_date (self->calendar);
  return g_date_time_format (date, "%Y-%m-%d");
}

void
tend_day_picker_select_day (TendDayPicker *self,
                            const char    *day)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_if_fail (TEND_IS_DAY_PICKER (self));

  date = parse_day (day);
  g_return_if_fail (date != NULL);
  gtk_calendar_select_day (self->calendar, date);
}

static void
tend_day_picker_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendDayPicker *self = TEND_DAY_PICKER (object);

  switch (prop_id)
    {
    case PROP_PURPOSE:
      g_value_set_enum (value, self->purpose);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_day_picker_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendDayPicker *self = TEND_DAY_PICKER (object);

  switch (prop_id)
    {
    case PROP_PURPOSE:
      tend_day_picker_set_purpose (self, g_value_get_enum (value));
      break;
    case PROP_STORE:
      tend_day_picker_set_store (self, g_value_get_object (value));
      break;
    case PROP_ENTRY:
      tend_day_picker_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_day_picker_dispose (GObject *object)
{
  TendDayPicker *self = TEND_DAY_PICKER (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (tend_store_get_entries (self->store),
                                          entries_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_DAY_PICKER);

  G_OBJECT_CLASS (tend_day_picker_parent_class)->dispose (object);
}

static void
tend_day_picker_finalize (GObject *object)
{
  TendDayPicker *self = TEND_DAY_PICKER (object);

  g_free (self->marked);
  g_free (self->spoken);

  G_OBJECT_CLASS (tend_day_picker_parent_class)->finalize (object);
}

static void
tend_day_picker_class_init (TendDayPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_day_picker_get_property;
  object_class->set_property = tend_day_picker_set_property;
  object_class->dispose = tend_day_picker_dispose;
  object_class->finalize = tend_day_picker_finalize;
  widget_class->map = tend_day_picker_map;

  properties[PROP_PURPOSE] =
    g_param_spec_enum ("purpose", NULL, NULL, TEND_TYPE_DAY_PICKER_PURPOSE, TEND_DAY_PICKER_GO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TEND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TEND_TYPE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TendDayPicker::go-to:
   * @day: the chosen day, "YYYY-MM-DD"
   * @entry: (nullable): the newest entry of that day, or %NULL when there is none and the
   *   person asked to write for it
   */
  signals[GO_TO] =
    g_signal_new ("go-to", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, TEND_TYPE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/journal/tend-day-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, TendDayPicker, heading);
  gtk_widget_class_bind_template_child (widget_class, TendDayPicker, calendar);
  gtk_widget_class_bind_template_child (widget_class, TendDayPicker, date_label);
  gtk_widget_class_bind_template_child (widget_class, TendDayPicker, note_label);
  gtk_widget_class_bind_template_child (widget_class, TendDayPicker, choose_button);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, tend_day_picker_choose);
}

static void
tend_day_picker_init (TendDayPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_heading (self);
  mark_month (self);
  update_day (self);
}

/**
 * tend_day_picker_new:
 *
 * A calendar to go to a day (%TEND_DAY_PICKER_GO: ::go-to says where), or to move the entry
 * given with tend_day_picker_set_entry() to another (%TEND_DAY_PICKER_MOVE).
 */
GtkWidget *
tend_day_picker_new (TendDayPickerPurpose purpose)
{
  return g_object_new (TEND_TYPE_DAY_PICKER, "purpose", purpose, NULL);
}
