/* tend-heat-map.c — the range's days as a calendar: a column a week, a row a weekday.
 *
 * A day with an entry or an exercise is a square, stronger when several things happened on
 * it; a day without is only a faint dot that keeps the calendar's place. Nothing joins the
 * squares into runs and nothing marks a day off as missing: it is not a streak. Today has a
 * thin ring and the focused day a thicker one, and the arrow keys move the focus as the grid
 * lies: left and right by a week, up and down by a day.
 *
 * Ten years are some 520 weeks, so the widget scrolls itself sideways (GtkScrollable, with a
 * scrollbar of the page's under it) and draws only the weeks on screen; the weekday names stay
 * at the start edge while the weeks pass under them. The wheel scrolls the page, as it does
 * everywhere else on it: only a sideways scroll (Shift and the wheel, or a touchpad) moves the
 * weeks. Where more weeks lie beyond an edge, the squares fade out towards it.
 *
 * Month names stand over the week in which each month begins; the name at the older edge
 * always names the month that is on screen there, and it and every January carry the year.
 * Squares are in the widget's colour (the accent, from style.css), words in the colour of the
 * weekday labels.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tend-heat-map-private.h"
#include "tend-progress-summary.h"

/* A month shows as a few weeks of large squares; longer ranges as small ones. */
#define LARGE_MAX_COLUMNS 8
#define LARGE_CELL        26
#define LARGE_GAP         4
#define SMALL_CELL        14
#define SMALL_GAP         3
/* How far the squares fade towards an edge that has more weeks beyond it. */
#define FADE_WIDTH        32
#define RING_WIDTH        2.f
#define TODAY_RING_WIDTH  1.5f


enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};


G_DEFINE_FINAL_TYPE_WITH_CODE (TendHeatMap, tend_heat_map, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static int
cell_size (TendHeatMap *self)
{
  return self->n_columns <= LARGE_MAX_COLUMNS ? LARGE_CELL : SMALL_CELL;
}

int
tend_heat_map_pitch (TendHeatMap *self)
{
  return cell_size (self) + (self->n_columns <= LARGE_MAX_COLUMNS ? LARGE_GAP : SMALL_GAP);
}

/* The squares' full width, scrolled in the space beside the weekday names. */
int
tend_heat_map_content_width (TendHeatMap *self)
{
  return 2 * PADDING + (int) self->n_columns * tend_heat_map_pitch (self) - (tend_heat_map_pitch (self) - cell_size (self));
}

static int
content_height (TendHeatMap *self)
{
  return 2 * PADDING + 7 * tend_heat_map_pitch (self) - (tend_heat_map_pitch (self) - cell_size (self));
}

static gboolean
is_rtl (TendHeatMap *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

double
tend_heat_map_scroll_value (TendHeatMap *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

/* Where a column starts in the scrolled content, left to right on the screen: the newest
 * week is on the end side, so on the left in right-to-left languages. */
static int
column_content_x (TendHeatMap *self,
                  guint        column)
{
  int x = PADDING + (int) column * tend_heat_map_pitch (self);

  return is_rtl (self) ? tend_heat_map_content_width (self) - x - cell_size (self) : x;
}

/* The strip the squares scroll in, in widget coordinates. */
graphene_rect_t
tend_heat_map_cells_area (TendHeatMap *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return GRAPHENE_RECT_INIT (is_rtl (self) ? 0 : self->gutter, 0,
                             MAX (0, width - self->gutter), height);
}

static graphene_rect_t
day_rect (TendHeatMap *self,
          guint        day)
{
  guint slot = self->lead + day;
  graphene_rect_t area = tend_heat_map_cells_area (self);
  float x = area.origin.x + column_content_x (self, slot / 7) - (float) tend_heat_map_scroll_value (self);
  float y = self->header + PADDING + (slot % 7) * tend_heat_map_pitch (self);

  return GRAPHENE_RECT_INIT (x, y, cell_size (self), cell_size (self));
}

static gboolean
day_at (TendHeatMap *self,
        double       x,
        double       y,
        guint       *out_day)
{
  graphene_rect_t area = tend_heat_map_cells_area (self);
  double content_x = x - area.origin.x + tend_heat_map_scroll_value (self);
  int logical_x, column, row, slot;

  if (self->n_days == 0 || !graphene_rect_contains_point (&area, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  logical_x = (int) (is_rtl (self) ? tend_heat_map_content_width (self) - content_x : content_x) - PADDING;
  column = logical_x / tend_heat_map_pitch (self);
  row = (int) (y - self->header - PADDING) / tend_heat_map_pitch (self);
  if (logical_x < 0 || y < self->header + PADDING || row > 6 || column >= (int) self->n_columns)
    return FALSE;

  slot = column * 7 + row - (int) self->lead;
  if (slot < 0 || slot >= (int) self->n_days)
    return FALSE;

  *out_day = slot;
  return TRUE;
}

void
tend_heat_map_day_date (TendHeatMap *self,
                        guint        day,
                        GDate       *out)
{
  *out = self->first;
  g_date_add_days (out, day);
}

static char *
day_text (TendHeatMap *self,
          guint        day)
{
  GDate date;

  tend_heat_map_day_date (self, day, &date);
  return tend_progress_summary_day (&date, &self->days[day]);
}

static void
update_accessible_label (TendHeatMap *self)
{
  g_autofree char *text = NULL;

  if (self->n_days == 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      /* Translators: what a screen reader calls the practice
                                       * calendar before it has days to show. */
                                      _("Practice calendar"),
                                      -1);
      return;
    }

  text = day_text (self, self->focus);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/* Scrolls as little as needed to show the focused day whole. */
static double
value_showing_focus (TendHeatMap *self,
                     double       value,
                     double       page)
{
  int x = column_content_x (self, (self->lead + self->focus) / 7);

  if (x - PADDING < value)
    value = x - PADDING;
  if (x + cell_size (self) + PADDING > value + page)
    value = x + cell_size (self) + PADDING - page;
  return value;
}

static void
show_focus (TendHeatMap *self)
{
  double page;

  if (self->hadjustment == NULL || self->n_days == 0)
    return;

  page = gtk_adjustment_get_page_size (self->hadjustment);
  gtk_adjustment_set_value (self->hadjustment,
                            value_showing_focus (self, gtk_adjustment_get_value (self->hadjustment),
                                                 page));
}

/**
 * tend_heat_map_set_focus_day:
 *
 * The focused day, as an index into the progress' days (0 is its first day).
 */
void
tend_heat_map_set_focus_day (TendHeatMap *self,
                             guint        day)
{
  g_return_if_fail (TEND_IS_HEAT_MAP (self));
  g_return_if_fail (self->n_days == 0 || day < self->n_days);

  if (self->n_days == 0 || day == self->focus)
    return;

  self->focus = day;
  update_accessible_label (self);
  show_focus (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_focus (TendHeatMap *self,
            int          days)
{
  int day = CLAMP ((int) self->focus + days, 0, (int) self->n_days - 1);

  if (self->n_days > 0)
    tend_heat_map_set_focus_day (self, day);
}

/* (columns right, rows down), as the arrow keys point on the screen. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);
  int right, down;

  g_variant_get (parameter, "(ii)", &right, &down);
  move_focus (self, (is_rtl (self) ? -right : right) * 7 + down);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  tend_heat_map_set_focus_day (TEND_HEAT_MAP (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);

  if (self->n_days > 0)
    tend_heat_map_set_focus_day (self, self->n_days - 1);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            TendHeatMap     *self)
{
  guint day;

  if (!day_at (self, x, y, &day))
    return;

  tend_heat_map_set_focus_day (self, day);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
tend_heat_map_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);
  g_autofree char *text = NULL;
  graphene_rect_t rect;
  guint day;

  if (keyboard_mode && self->n_days > 0)
    day = self->focus;
  else if (keyboard_mode || !day_at (self, x, y, &day))
    return FALSE;

  text = day_text (self, day);
  rect = day_rect (self, day);
  gtk_tooltip_set_text (tooltip, text);
  /* The tooltip follows the pointer from square to square. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { rect.origin.x, rect.origin.y,
                                                       rect.size.width, rect.size.height });
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Scrolling */

/* Only a sideways scroll moves the weeks; an up-and-down one is left to the page around, so
 * the wheel over the calendar scrolls the page like anywhere else on it. */
static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           TendHeatMap              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double page, step;

  /* Shift and the wheel is how a mouse scrolls sideways. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }

  if (self->hadjustment == NULL || dx == 0 || ABS (dy) > ABS (dx))
    return GDK_EVENT_PROPAGATE;

  page = gtk_adjustment_get_page_size (self->hadjustment);
  /* A wheel's click moves a few weeks; a touchpad moves by its pixels. */
  step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL
         ? MAX (page / 5, tend_heat_map_pitch (self)) : 1;
  if (is_rtl (self))
    dx = -dx;
  gtk_adjustment_set_value (self->hadjustment,
                            gtk_adjustment_get_value (self->hadjustment) + dx * step);
  return GDK_EVENT_STOP;
}

static void
value_changed_cb (GtkAdjustment *adjustment,
                  TendHeatMap   *self)
{
  /* The viewport does not move the squares: they are drawn for the new position. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (TendHeatMap    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment != NULL && adjustment == *slot)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, value_changed_cb, self);
  g_clear_object (slot);

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
configure_adjustments (TendHeatMap *self,
                       int          width,
                       int          height)
{
  double page = MAX (0, width - self->gutter);
  double upper = MAX (tend_heat_map_content_width (self), page);
  double value = tend_heat_map_scroll_value (self);

  /* Showing the newest week, it keeps showing it when the window narrows or widens. */
  if (self->hadjustment != NULL &&
      (is_rtl (self) ? value <= 0.5
                     : value >= gtk_adjustment_get_upper (self->hadjustment) -
                                gtk_adjustment_get_page_size (self->hadjustment) - 0.5))
    value = is_rtl (self) ? 0 : upper - page;

  if (self->scroll_to_focus)
    {
      /* A new range opens on its newest weeks. */
      value = value_showing_focus (self, is_rtl (self) ? 0 : upper - page, page);
      self->scroll_to_focus = FALSE;
    }

  if (self->hadjustment != NULL)
    {
      g_signal_handlers_block_by_func (self->hadjustment, value_changed_cb, self);
      gtk_adjustment_configure (self->hadjustment, CLAMP (value, 0, upper - page), 0, upper,
                                page * 0.1, page * 0.9, page);
      g_signal_handlers_unblock_by_func (self->hadjustment, value_changed_cb, self);
    }

  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment, 0, 0, height, height * 0.1, height * 0.9, height);
}

/* ------------------------------------------------------------------------------------------ */
/* Size and drawing */

static void
measure_labels (TendHeatMap *self,
                int         *width,
                int         *height)
{
  *width = *height = 0;
  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    {
      int w, h;

      gtk_widget_measure (self->weekday_labels[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &w, NULL, NULL);
      gtk_widget_measure (self->weekday_labels[i], GTK_ORIENTATION_VERTICAL, -1,
                          NULL, &h, NULL, NULL);
      *width = MAX (*width, w);
      *height = MAX (*height, h);
    }
}

static void
tend_heat_map_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);
  int label_width, label_height;

  measure_labels (self, &label_width, &label_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int gutter = label_width + LABEL_SPACING;

      /* A few weeks at least; the rest scrolls. */
      *minimum = gutter + 2 * PADDING + MIN ((int) self->n_columns, 4) * tend_heat_map_pitch (self);
      *natural = gutter + tend_heat_map_content_width (self);
    }
  else
    {
      *minimum = *natural = label_height + content_height (self);
    }
}

static void
tend_heat_map_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);
  int label_width, label_height;

  measure_labels (self, &label_width, &label_height);
  self->gutter = label_width + LABEL_SPACING;
  self->header = label_height;

  /* Rows 0, 2, 4 and 6, centred on their squares. */
  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    {
      int row_centre = self->header + PADDING + 2 * i * tend_heat_map_pitch (self) + cell_size (self) / 2;

      gtk_widget_size_allocate (self->weekday_labels[i],
                                &(GtkAllocation) { is_rtl (self) ? width - label_width : 0,
                                                   row_centre - label_height / 2,
                                                   label_width, label_height },
                                -1);
    }

  configure_adjustments (self, width, height);
}

static gboolean
high_contrast (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static void
append_cells (TendHeatMap   *self,
              GtkSnapshot   *snapshot,
              guint          from,
              guint          to,
              const GdkRGBA *accent,
              const GdkRGBA *text)
{
  GskPathBuilder *levels[3] = { gsk_path_builder_new (), gsk_path_builder_new (),
                                 gsk_path_builder_new () };
  GdkRGBA colors[3] = { *text, *accent, *accent };
  float radius = cell_size (self) / 5.f;
  float dot = MAX (1.5f, cell_size (self) / 7.f);

  /* A day off is a small dot that only keeps the calendar's place; a day practised is a
   * square, stronger when more happened. Each strength is one shape, filled once. */
  colors[0].alpha *= high_contrast () ? 0.6f : 0.25f;
  colors[1].alpha *= high_contrast () ? 0.7f : 0.5f;

  for (guint day = from; day < to; day++)
    {
      const TendDayActivity *activity = &self->days[day];
      guint total = activity->entries + activity->sessions;
      int level = total == 0 ? 0 : total == 1 ? 1 : 2;
      graphene_rect_t rect = day_rect (self, day);
      GskRoundedRect square;

      if (level == 0)
        {
          graphene_point_t centre;

          graphene_rect_get_center (&rect, &centre);
          gsk_path_builder_add_circle (levels[0], &centre, dot);
          continue;
        }

      gsk_rounded_rect_init_from_rect (&square, &rect, radius);
      gsk_path_builder_add_rounded_rect (levels[level], &square);
    }

  for (int level = 0; level < 3; level++)
    {
      g_autoptr(GskPath) path = gsk_path_builder_free_to_path (levels[level]);

      if (!gsk_path_is_empty (path))
        gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, &colors[level]);
    }
}

/* A ring drawn inwards from @outset pixels outside a square (inside when negative). */
static void
append_ring (GtkSnapshot           *snapshot,
             const graphene_rect_t *square,
             float                  radius,
             float                  outset,
             float                  width,
             const GdkRGBA         *color)
{
  GskRoundedRect ring;
  graphene_rect_t bounds;

  graphene_rect_inset_r (square, -outset, -outset, &bounds);
  gsk_rounded_rect_init_from_rect (&ring, &bounds, MAX (0, radius + outset));
  gtk_snapshot_append_border (snapshot, &ring,
                              (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { *color, *color, *color, *color });
}

/* Where weeks lie beyond an edge, the squares fade towards it: there is more to see. The
 * mask is opaque where the squares show fully. */
static void
push_fade (TendHeatMap           *self,
           GtkSnapshot           *snapshot,
           const graphene_rect_t *area)
{
  double value = tend_heat_map_scroll_value (self);
  double upper = self->hadjustment != NULL ? gtk_adjustment_get_upper (self->hadjustment) : 0;
  double page = self->hadjustment != NULL ? gtk_adjustment_get_page_size (self->hadjustment) : 0;
  gboolean left = value > 0.5;
  gboolean right = value < upper - page - 0.5;
  float fade = MIN (FADE_WIDTH, area->size.width / 4);
  float x0 = area->origin.x;
  float x1 = area->origin.x + area->size.width;
  GskColorStop stops[4] = {
    { 0, { 0, 0, 0, left ? 0 : 1 } },
    { fade / area->size.width, { 0, 0, 0, 1 } },
    { 1 - fade / area->size.width, { 0, 0, 0, 1 } },
    { 1, { 0, 0, 0, right ? 0 : 1 } },
  };

  gtk_snapshot_push_mask (snapshot, GSK_MASK_MODE_ALPHA);
  gtk_snapshot_append_linear_gradient (snapshot, area,
                                       &GRAPHENE_POINT_INIT (x0, 0), &GRAPHENE_POINT_INIT (x1, 0),
                                       stops, G_N_ELEMENTS (stops));
  gtk_snapshot_pop (snapshot);
}

static void
tend_heat_map_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  TendHeatMap *self = TEND_HEAT_MAP (widget);
  graphene_rect_t area = tend_heat_map_cells_area (self);
  float radius = cell_size (self) / 5.f;
  GdkRGBA accent, text;
  double logical;
  guint first_column, last_column, from, to;

  if (self->n_days == 0)
    return;

  gtk_widget_get_color (widget, &accent);
  gtk_widget_get_color (self->weekday_labels[0], &text);

  /* Only the weeks on screen, counted from the oldest week whichever way the grid runs. */
  logical = is_rtl (self)
            ? tend_heat_map_content_width (self) - tend_heat_map_scroll_value (self) - area.size.width
            : tend_heat_map_scroll_value (self);
  first_column = (guint) MAX (0, (logical - PADDING) / tend_heat_map_pitch (self));
  last_column = MIN ((guint) MAX (0, (logical + area.size.width) / tend_heat_map_pitch (self)),
                     self->n_columns - 1);
  from = MIN (first_column * 7 > self->lead ? first_column * 7 - self->lead : 0, self->n_days);
  to = MIN ((last_column + 1) * 7 > self->lead ? (last_column + 1) * 7 - self->lead : 0,
            self->n_days);

  /* The squares pass under the weekday names, not over them. */
  gtk_snapshot_push_clip (snapshot, &area);

  tend_heat_map_append_months (self, snapshot, &text);
  push_fade (self, snapshot, &area);
  append_cells (self, snapshot, from, to, &accent, &text);

  if (self->n_days - 1 >= from && self->n_days - 1 < to)
    {
      graphene_rect_t today = day_rect (self, self->n_days - 1);

      append_ring (snapshot, &today, radius, -1.f, TODAY_RING_WIDTH, &text);
    }

  if (gtk_widget_has_focus (widget))
    {
      graphene_rect_t focus = day_rect (self, self->focus);

      /* A pixel of space between the square and its ring, so both show. */
      append_ring (snapshot, &focus, radius, RING_WIDTH + 1, RING_WIDTH, &accent);
    }

  gtk_snapshot_pop (snapshot);  /* the fade */
  gtk_snapshot_pop (snapshot);  /* the clip */

  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    gtk_widget_snapshot_child (widget, self->weekday_labels[i], snapshot);
}

static void
tend_heat_map_state_flags_changed (GtkWidget     *widget,
                                   GtkStateFlags  previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);

  /* The focus ring comes and goes with the keyboard focus. */
  if ((now ^ previous) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);

  if (GTK_WIDGET_CLASS (tend_heat_map_parent_class)->state_flags_changed != NULL)
    GTK_WIDGET_CLASS (tend_heat_map_parent_class)->state_flags_changed (widget, previous);
}

static void
tend_heat_map_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  gtk_widget_queue_allocate (widget);
  if (GTK_WIDGET_CLASS (tend_heat_map_parent_class)->direction_changed != NULL)
    GTK_WIDGET_CLASS (tend_heat_map_parent_class)->direction_changed (widget, previous);
}

/* ------------------------------------------------------------------------------------------ */

static void
sync_weekday_names (TendHeatMap *self,
                    const GDate *week_start)
{
  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    {
      GDate date = *week_start;
      g_autoptr(GDateTime) noon = NULL;
      g_autofree char *name = NULL;

      g_date_add_days (&date, 2 * i);
      noon = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 12, 0, 0);
      /* Translators: a weekday's name beside the practice calendar, as g_date_time_format()
       * writes it: “%a” is the abbreviated name, e.g. “Mon”. */
      /* xgettext:no-c-format */
      name = g_date_time_format (noon, C_("practice calendar", "%a"));
      gtk_label_set_text (GTK_LABEL (self->weekday_labels[i]), name);
    }
}

/**
 * tend_heat_map_set_progress:
 *
 * Copies what it shows from @progress (its days and weeks), which may be freed afterwards.
 * The focused day stays where it was when the new range holds it, and is today otherwise.
 */
void
tend_heat_map_set_progress (TendHeatMap        *self,
                            const TendProgress *progress)
{
  guint old_focus_julian = 0;
  GDate week_start;

  g_return_if_fail (TEND_IS_HEAT_MAP (self));
  g_return_if_fail (progress != NULL);
  g_return_if_fail (progress->n_days > 0 && progress->days != NULL);

  if (self->n_days > 0)
    old_focus_julian = g_date_get_julian (&self->first) + self->focus;

  g_free (self->days);
  self->days = g_memdup2 (progress->days, progress->n_days * sizeof (TendDayActivity));
  self->n_days = progress->n_days;
  self->first = progress->first;

  /* The columns start on the weeks' first day, which the model chose for the locale. */
  week_start = progress->n_weeks > 0 ? progress->weeks[0].start : progress->first;
  self->lead = g_date_get_julian (&self->first) - g_date_get_julian (&week_start);
  self->n_columns = (self->lead + self->n_days + 6) / 7;
  sync_weekday_names (self, &week_start);

  if (old_focus_julian >= g_date_get_julian (&self->first) &&
      old_focus_julian < g_date_get_julian (&self->first) + self->n_days)
    self->focus = old_focus_julian - g_date_get_julian (&self->first);
  else
    self->focus = self->n_days - 1;

  self->scroll_to_focus = TRUE;
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * tend_heat_map_get_focus_day:
 *
 * The focused day, as an index into the progress' days (0 is its first day).
 */
guint
tend_heat_map_get_focus_day (TendHeatMap *self)
{
  g_return_val_if_fail (TEND_IS_HEAT_MAP (self), 0);

  return self->focus;
}

/**
 * tend_heat_map_dup_focus_text:
 *
 * What the focused day says to a screen reader and in its tooltip.
 */
char *
tend_heat_map_dup_focus_text (TendHeatMap *self)
{
  g_return_val_if_fail (TEND_IS_HEAT_MAP (self), NULL);

  return self->n_days > 0 ? day_text (self, self->focus) : NULL;
}

/**
 * tend_heat_map_new:
 *
 * The days of a range as a calendar: a column a week, a row a weekday. It is a GtkScrollable:
 * put it in a GtkScrolledWindow to scroll through years of weeks.
 */
GtkWidget *
tend_heat_map_new (void)
{
  return g_object_new (TEND_TYPE_HEAT_MAP, NULL);
}

static void
tend_heat_map_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TendHeatMap *self = TEND_HEAT_MAP (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_heat_map_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TendHeatMap *self = TEND_HEAT_MAP (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_heat_map_dispose (GObject *object)
{
  TendHeatMap *self = TEND_HEAT_MAP (object);

  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    g_clear_pointer (&self->weekday_labels[i], gtk_widget_unparent);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (tend_heat_map_parent_class)->dispose (object);
}

static void
tend_heat_map_finalize (GObject *object)
{
  TendHeatMap *self = TEND_HEAT_MAP (object);

  g_free (self->days);

  G_OBJECT_CLASS (tend_heat_map_parent_class)->finalize (object);
}

/* Each arrow moves the focus the way it points: a column is a week, a row a day. */
static const struct {
  guint key;
  int   right;
  int   down;
} arrows[] = {
  { GDK_KEY_Left, -1, 0 },
  { GDK_KEY_KP_Left, -1, 0 },
  { GDK_KEY_Right, 1, 0 },
  { GDK_KEY_KP_Right, 1, 0 },
  { GDK_KEY_Up, 0, -1 },
  { GDK_KEY_KP_Up, 0, -1 },
  { GDK_KEY_Down, 0, 1 },
  { GDK_KEY_KP_Down, 0, 1 },
};

static void
tend_heat_map_class_init (TendHeatMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_heat_map_get_property;
  object_class->set_property = tend_heat_map_set_property;
  object_class->dispose = tend_heat_map_dispose;
  object_class->finalize = tend_heat_map_finalize;

  widget_class->measure = tend_heat_map_measure;
  widget_class->size_allocate = tend_heat_map_size_allocate;
  widget_class->snapshot = tend_heat_map_snapshot;
  widget_class->query_tooltip = tend_heat_map_query_tooltip;
  widget_class->state_flags_changed = tend_heat_map_state_flags_changed;
  widget_class->direction_changed = tend_heat_map_direction_changed;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_install_action (widget_class, "heat-map.move", "(ii)", move_action);
  gtk_widget_class_install_action (widget_class, "heat-map.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "heat-map.last", NULL, last_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding_action (widget_class, arrows[i].key, 0, "heat-map.move", "(ii)",
                                         arrows[i].right, arrows[i].down);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "heat-map.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "heat-map.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "heat-map.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "heat-map.last", NULL);

  gtk_widget_class_set_css_name (widget_class, "tend-heat-map");
  /* One picture whose name is the focused day: its labels are part of the picture. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tend_heat_map_init (TendHeatMap *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll;

  for (guint i = 0; i < N_WEEKDAY_LABELS; i++)
    {
      self->weekday_labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->weekday_labels[i]), 0);
      gtk_widget_add_css_class (self->weekday_labels[i], "caption");
      gtk_widget_set_parent (self->weekday_labels[i], GTK_WIDGET (self));
    }

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  /* Its own adjustment, until a scrollable parent gives it one: a scrollbar can share it. */
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  update_accessible_label (self);
}
