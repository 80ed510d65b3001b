/* tend-line-chart.c — one check-in scale over time: its weekly or monthly averages as a line.
 *
 * One chart shows one scale, with the scale's own numbers up the side, so "up" always means
 * what that scale means, and the page sets four of them side by side. A week or month without
 * a check-in is a gap in the line, never a made-up zero; a point alone between gaps still
 * shows, as the scale's marker. Each scale has its own colour (style.css, by the chart's
 * style class) and its own marker shape, so a printout in grey or a person who does not tell
 * the colours apart can still tell the charts apart; in high contrast the line is drawn in the
 * text colour and thicker.
 *
 * Under the plot, months with their years: the first label and every January carry the year
 * on a second line, so "Nov" is never ambiguous on a range of several years. Where months do
 * not fit, every second, third or sixth month is named, or only the years.
 *
 * Ten years of weeks are some 520 points: the line and its markers are drawn once into a
 * texture, and drawn again only when the points, the size or the colour change. Scrolling
 * restyles the page now and then; that alone must not send the chart back to the renderer,
 * so the colour is compared, not the style changes counted.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tend-dates.h"
#include "tend-line-chart.h"

#define PLOT_MIN_HEIGHT 72
#define PLOT_NAT_HEIGHT 96
#define PLOT_MIN_WIDTH  120
#define PLOT_NAT_WIDTH  320
#define AXIS_SPACING    6
#define LINE_WIDTH      2.f
#define HC_LINE_WIDTH   3.f
#define MARKER_RADIUS   3.5f
/* Markers only where points are at least this far apart; closer, the line says enough. */
#define MARKER_MIN_SPACING 12.f
#define TICK_LENGTH     4.f
#define N_AXIS_LABELS   3

typedef enum {
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_TRIANGLE,
  MARKER_DIAMOND,
} Marker;

static const struct {
  const char *css_class;
  int         min;
  int         max;
  Marker      marker;
} scales[TEND_N_SCALES] = {
  [TEND_SCALE_MOOD] = { "mood", 1, 5, MARKER_CIRCLE },
  [TEND_SCALE_DISTRESS] = { "distress", 0, 10, MARKER_SQUARE },
  [TEND_SCALE_SAFETY] = { "safety", 1, 5, MARKER_TRIANGLE },
  [TEND_SCALE_CLOSENESS] = { "closeness", 1, 5, MARKER_DIAMOND },
};

/* A name under the plot: a month, or a year on the line below the months. */
typedef struct {
  char     *text;
  float     x;      /* where it starts: its tick, or the plot's start edge */
  guint     row;    /* 0 months, 1 years */
  gboolean  tick;   /* the first of a month: a tick marks it */
} TimeLabel;

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

struct _TendLineChart
{
  GtkWidget        parent_instance;

  TendAverages    *points;
  guint            n_points;
  guint32          first;        /* julian days of the time shown, inclusive */
  guint32          last;
  TendScale        scale;

  GtkWidget       *axis_labels[N_AXIS_LABELS];  /* bottom to top */
  GArray          *time_labels;                 /* of TimeLabel, from the last allocation */
  int              text_height;

  graphene_rect_t  plot;
  GdkTexture      *marks;        /* the line and markers, ready to show */
  graphene_rect_t  marks_bounds;
  GdkRGBA          marks_color;  /* the colour they were drawn in */
  gboolean         marks_high_contrast;
  guint            n_renders;
};

G_DEFINE_FINAL_TYPE (TendLineChart, tend_line_chart, GTK_TYPE_WIDGET)

/* To the nearest pixel, so thin lines stay sharp (coordinates here are never negative). */
static float
to_pixel (float value)
{
  return (float) (int) (value + 0.5f);
}

static gboolean
high_contrast (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* 0 at the bottom of the plot, 1 at the top. */
static double
height_of (TendLineChart *self,
           double         value)
{
  return (value - scales[self->scale].min) / (scales[self->scale].max - scales[self->scale].min);
}

static gboolean
is_rtl (TendLineChart *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static guint
n_days (TendLineChart *self)
{
  return self->last - self->first + 1;
}

/* Where a moment falls across the plot, 0 the first day and 1 the day after the last: time
 * runs the way the person reads, so from the right in a right-to-left language. */
static float
time_x (TendLineChart *self,
        double         days)
{
  double share = days / n_days (self);

  if (is_rtl (self))
    share = 1 - share;
  return self->plot.origin.x + share * self->plot.size.width;
}

static gboolean
has_point (TendLineChart *self,
           guint          i)
{
  return self->points[i].count[self->scale] > 0;
}

static graphene_point_t
point_of (TendLineChart *self,
          guint          i)
{
  const TendAverages *point = &self->points[i];
  guint32 start = g_date_get_julian (&point->start);
  /* A point sits in the middle of the days of its week or month that the chart shows. */
  guint32 from = MAX (start, self->first);
  guint32 to = MIN (start + point->n_days - 1, self->last);
  float x = time_x (self, (from - self->first) + (to - from + 1) / 2.0);
  float y = self->plot.origin.y +
            (1 - height_of (self, point->mean[self->scale])) * self->plot.size.height;

  return GRAPHENE_POINT_INIT (x, y);
}

/**
 * tend_line_chart_get_n_segments:
 *
 * How many unbroken runs of points the line makes: a week or month without check-ins breaks
 * it in two.
 */
guint
tend_line_chart_get_n_segments (TendLineChart *self)
{
  guint n = 0;

  g_return_val_if_fail (TEND_IS_LINE_CHART (self), 0);

  for (guint i = 0; i < self->n_points; i++)
    if (has_point (self, i) && (i == 0 || !has_point (self, i - 1)))
      n++;

  return n;
}

static void
invalidate_marks (TendLineChart *self)
{
  g_clear_object (&self->marks);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------------------------ */
/* Labels */

static void
sync_axis (TendLineChart *self)
{
  int min = scales[self->scale].min;
  int max = scales[self->scale].max;
  int values[N_AXIS_LABELS] = { min, (min + max) / 2, max };

  for (guint i = 0; i < N_AXIS_LABELS; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", values[i]);

      gtk_label_set_text (GTK_LABEL (self->axis_labels[i]), text);
    }

  for (TendScale s = 0; s < TEND_N_SCALES; s++)
    {
      if (s == self->scale)
        gtk_widget_add_css_class (GTK_WIDGET (self), scales[s].css_class);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), scales[s].css_class);
    }
}

static void
clear_time_label (gpointer data)
{
  g_free (((TimeLabel *) data)->text);
}

static int
text_width (TendLineChart *self,
            const char    *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->axis_labels[0], text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static char *
format_month (const GDate *day,
              gboolean     year)
{
  g_autoptr(GDateTime) noon = NULL;

  if (!year)
    return tend_dates_month_label (g_date_get_year (day), g_date_get_month (day), FALSE);

  noon = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day), 1, 12, 0, 0);
  /* Translators: a year under a chart of check-ins, as g_date_time_format() writes it, e.g.
   * “2026”. */
  return g_date_time_format (noon, C_("chart axis", "%Y"));
}

static void
add_time_label (TendLineChart *self,
                char          *text,
                float          x,
                guint          row,
                gboolean       tick)
{
  TimeLabel label = { text, x, row, tick };

  g_array_append_val (self->time_labels, label);
}

/* Months along the bottom, as many as fit: every month, every second, third or sixth, or only
 * the years. A month's name starts at its tick (the first of the month) and reads on into
 * it; the first name and each January's have their year under them. A range that starts in
 * the middle of a month names that month at its start edge, where there is room. */
static void
layout_time_axis (TendLineChart *self)
{
  static const guint steps[] = { 1, 2, 3, 6, 12, 24, 60 };
  double month_width;
  guint step = steps[G_N_ELEMENTS (steps) - 1];
  int widest = text_width (self, "0000");
  gboolean first_named = TRUE;
  GDate day;

  g_array_set_size (self->time_labels, 0);
  if (self->n_points == 0 || self->plot.size.width <= 0)
    return;

  /* Abbreviated month names are about as wide as four figures. */
  month_width = self->plot.size.width * 30.44 / n_days (self);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * month_width >= widest * 1.4)
      {
        step = steps[i];
        break;
      }

  /* The first of every month from the first day on. */
  g_date_clear (&day, 1);
  g_date_set_julian (&day, self->first);
  if (g_date_get_day (&day) != 1)
    {
      g_autofree char *name = format_month (&day, step >= 12);
      g_autofree char *year = format_month (&day, TRUE);
      float start = time_x (self, 0);
      float room;

      g_date_set_day (&day, 1);
      g_date_add_months (&day, 1);

      /* The month the range starts in, at the start edge, where there is room before the
       * next month's name (a range of 30 days would otherwise name one month of two). */
      room = ABS (time_x (self, g_date_get_julian (&day) - self->first) - start);
      if (step < 12 && room >= MAX (text_width (self, name), text_width (self, year)) + widest / 2)
        {
          add_time_label (self, g_steal_pointer (&name), start, 0, FALSE);
          add_time_label (self, g_steal_pointer (&year), start, 1, FALSE);
          first_named = FALSE;
        }
    }

  for (; g_date_get_julian (&day) <= self->last; g_date_add_months (&day, 1))
    {
      guint month_index = g_date_get_year (&day) * 12 + g_date_get_month (&day) - 1;
      float x = time_x (self, g_date_get_julian (&day) - self->first);
      g_autofree char *name = NULL;
      int width;

      if (month_index % step != 0)
        continue;

      name = format_month (&day, step >= 12);
      width = text_width (self, name);
      /* A name must fit between its tick and the end of the plot. */
      if (is_rtl (self) ? x - width < self->plot.origin.x - MARKER_RADIUS
                        : x + width > self->plot.origin.x + self->plot.size.width + MARKER_RADIUS)
        continue;

      add_time_label (self, g_steal_pointer (&name), x, 0, TRUE);
      if (step < 12 && (first_named || g_date_get_month (&day) == G_DATE_JANUARY))
        add_time_label (self, format_month (&day, TRUE), x, 1, TRUE);
      first_named = FALSE;
    }
}

/**
 * tend_line_chart_dup_time_labels:
 *
 * The names under the plot as laid out for the chart's width, in the order they run: a
 * month's name, and after it its year when it carries one. For tests.
 *
 * Returns: (transfer full): a %NULL-terminated array
 */
char **
tend_line_chart_dup_time_labels (TendLineChart *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv labels;

  g_return_val_if_fail (TEND_IS_LINE_CHART (self), NULL);

  for (guint i = 0; i < self->time_labels->len; i++)
    g_strv_builder_add (builder, g_array_index (self->time_labels, TimeLabel, i).text);

  labels = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return labels;
}

/* ------------------------------------------------------------------------------------------ */
/* Size */

static void
measure_axis (TendLineChart *self,
              int           *width,
              int           *height)
{
  *width = *height = 0;
  for (guint i = 0; i < N_AXIS_LABELS; i++)
    {
      int w, h;

      gtk_widget_measure (self->axis_labels[i], GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &w, NULL, NULL);
      gtk_widget_measure (self->axis_labels[i], GTK_ORIENTATION_VERTICAL, -1,
                          NULL, &h, NULL, NULL);
      *width = MAX (*width, w);
      *height = MAX (*height, h);
    }
}

static void
tend_line_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TendLineChart *self = TEND_LINE_CHART (widget);
  int axis_width, axis_height;

  measure_axis (self, &axis_width, &axis_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = axis_width + AXIS_SPACING + PLOT_MIN_WIDTH;
      *natural = axis_width + AXIS_SPACING + PLOT_NAT_WIDTH;
    }
  else
    {
      /* Half a label over the top line, and two lines of months and years under the plot. */
      int frame = axis_height / 2 + AXIS_SPACING + 2 * axis_height;

      *minimum = frame + PLOT_MIN_HEIGHT;
      *natural = frame + PLOT_NAT_HEIGHT;
    }
}

static void
tend_line_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TendLineChart *self = TEND_LINE_CHART (widget);
  int axis_width, axis_height;
  graphene_rect_t plot;
  float plot_bottom;

  measure_axis (self, &axis_width, &axis_height);
  self->text_height = axis_height;

  plot_bottom = height - 2 * axis_height - AXIS_SPACING;
  /* The numbers stand at the start side, and the last marker needs room at the end side. */
  graphene_rect_init (&plot,
                      is_rtl (self) ? MARKER_RADIUS + 1 : axis_width + AXIS_SPACING,
                      axis_height / 2,
                      MAX (0, width - axis_width - AXIS_SPACING - MARKER_RADIUS - 1),
                      MAX (0, plot_bottom - axis_height / 2));
  if (!graphene_rect_equal (&plot, &self->plot))
    {
      self->plot = plot;
      invalidate_marks (self);
    }

  for (guint i = 0; i < N_AXIS_LABELS; i++)
    {
      float y = self->plot.origin.y + (1 - i / (N_AXIS_LABELS - 1.0)) * self->plot.size.height;

      gtk_widget_size_allocate (self->axis_labels[i],
                                &(GtkAllocation) { is_rtl (self) ? width - axis_width : 0,
                                                   y - axis_height / 2,
                                                   axis_width, axis_height },
                                -1);
    }

  layout_time_axis (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing */

static void
append_grid (TendLineChart *self,
             GtkSnapshot   *snapshot,
             const GdkRGBA *text)
{
  GdkRGBA line = *text;

  line.alpha *= high_contrast () ? 0.4f : 0.12f;
  for (guint i = 0; i < N_AXIS_LABELS; i++)
    {
      float y = self->plot.origin.y + (1 - i / (N_AXIS_LABELS - 1.0)) * self->plot.size.height;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (self->plot.origin.x, to_pixel (y - 0.5f),
                                                      self->plot.size.width, 1));
    }
}

static void
append_time_axis (TendLineChart *self,
                  GtkSnapshot   *snapshot,
                  const GdkRGBA *text)
{
  float bottom = self->plot.origin.y + self->plot.size.height;
  GdkRGBA tick = *text;

  tick.alpha *= high_contrast () ? 0.8f : 0.3f;
  for (guint i = 0; i < self->time_labels->len; i++)
    {
      const TimeLabel *label = &g_array_index (self->time_labels, TimeLabel, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->axis_labels[0],
                                                                      label->text);
      float x = label->x;
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      if (label->tick)
        gtk_snapshot_append_color (snapshot, &tick,
                                   &GRAPHENE_RECT_INIT (to_pixel (x - 0.5f), bottom, 1,
                                                        TICK_LENGTH));
      if (is_rtl (self))
        x -= width;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (to_pixel (x), bottom + AXIS_SPACING +
                                                                  label->row * self->text_height));
      gtk_snapshot_append_layout (snapshot, layout, text);
      gtk_snapshot_restore (snapshot);
    }
}

static void
add_marker (GskPathBuilder         *builder,
            Marker                  marker,
            const graphene_point_t *at)
{
  float r = MARKER_RADIUS;

  switch (marker)
    {
    case MARKER_SQUARE:
      gsk_path_builder_add_rect (builder, &GRAPHENE_RECT_INIT (at->x - r * 0.9f, at->y - r * 0.9f,
                                                               r * 1.8f, r * 1.8f));
      break;
    case MARKER_TRIANGLE:
      gsk_path_builder_move_to (builder, at->x, at->y - r * 1.2f);
      gsk_path_builder_line_to (builder, at->x + r * 1.1f, at->y + r * 0.8f);
      gsk_path_builder_line_to (builder, at->x - r * 1.1f, at->y + r * 0.8f);
      gsk_path_builder_close (builder);
      break;
    case MARKER_DIAMOND:
      gsk_path_builder_move_to (builder, at->x, at->y - r * 1.25f);
      gsk_path_builder_line_to (builder, at->x + r * 1.25f, at->y);
      gsk_path_builder_line_to (builder, at->x, at->y + r * 1.25f);
      gsk_path_builder_line_to (builder, at->x - r * 1.25f, at->y);
      gsk_path_builder_close (builder);
      break;
    case MARKER_CIRCLE:
    default:
      gsk_path_builder_add_circle (builder, at, r);
      break;
    }
}

static void
append_line (TendLineChart *self,
             GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             float          line_width)
{
  g_autoptr(GskPathBuilder) lines = gsk_path_builder_new ();
  g_autoptr(GskPathBuilder) markers = gsk_path_builder_new ();
  g_autoptr(GskPath) line_path = NULL;
  g_autoptr(GskPath) marker_path = NULL;
  g_autoptr(GskStroke) stroke = gsk_stroke_new (line_width);
  float spacing = self->plot.size.width / MAX (1, self->n_points);

  for (guint i = 0; i < self->n_points; i++)
    {
      graphene_point_t point;
      gboolean after_gap, before_gap;

      if (!has_point (self, i))
        continue;

      point = point_of (self, i);
      after_gap = i == 0 || !has_point (self, i - 1);
      before_gap = i + 1 == self->n_points || !has_point (self, i + 1);

      if (after_gap)
        gsk_path_builder_move_to (lines, point.x, point.y);
      else
        gsk_path_builder_line_to (lines, point.x, point.y);

      /* A point alone between gaps has no line, so it always gets its marker. */
      if (spacing >= MARKER_MIN_SPACING || (after_gap && before_gap))
        add_marker (markers, scales[self->scale].marker, &point);
    }

  gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
  line_path = gsk_path_builder_to_path (lines);
  marker_path = gsk_path_builder_to_path (markers);
  if (!gsk_path_is_empty (line_path))
    gtk_snapshot_append_stroke (snapshot, line_path, stroke, color);
  if (!gsk_path_is_empty (marker_path))
    gtk_snapshot_append_fill (snapshot, marker_path, GSK_FILL_RULE_WINDING, color);
}

/* The line and markers, through the window's own renderer, at the screen's scale. */
static GdkTexture *
render_marks (TendLineChart   *self,
              graphene_rect_t *bounds)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  float line_width = self->marks_high_contrast ? HC_LINE_WIDTH : LINE_WIDTH;
  float margin = MARKER_RADIUS * 1.3f + line_width;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;

  graphene_rect_inset_r (&self->plot, -margin, -margin, bounds);
  if (renderer == NULL)
    return NULL;

  snapshot = gtk_snapshot_new ();
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-bounds->origin.x, -bounds->origin.y));
  append_line (self, snapshot, &self->marks_color, line_width);

  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;  /* no check-ins: nothing to draw */

  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, bounds->size.width * scale,
                                                           bounds->size.height * scale));
}

/* The line's colour: the scale's own, or the text's in high contrast. */
static gboolean
color_changed (TendLineChart *self,
               const GdkRGBA *text)
{
  gboolean contrast = high_contrast ();
  GdkRGBA color;

  if (contrast)
    color = *text;
  else
    gtk_widget_get_color (GTK_WIDGET (self), &color);

  if (gdk_rgba_equal (&color, &self->marks_color) && contrast == self->marks_high_contrast)
    return FALSE;

  self->marks_color = color;
  self->marks_high_contrast = contrast;
  return TRUE;
}

static void
tend_line_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TendLineChart *self = TEND_LINE_CHART (widget);
  GdkRGBA text;

  gtk_widget_get_color (self->axis_labels[0], &text);
  append_grid (self, snapshot, &text);

  if (self->n_points > 0 && self->plot.size.width > 0 && self->plot.size.height > 0)
    {
      append_time_axis (self, snapshot, &text);
      if (color_changed (self, &text))
        g_clear_object (&self->marks);
      if (self->marks == NULL)
        {
          self->marks = render_marks (self, &self->marks_bounds);
          self->n_renders++;
        }
      if (self->marks != NULL)
        gtk_snapshot_append_texture (snapshot, self->marks, &self->marks_bounds);
    }

  for (guint i = 0; i < N_AXIS_LABELS; i++)
    gtk_widget_snapshot_child (widget, self->axis_labels[i], snapshot);
}

/* ------------------------------------------------------------------------------------------ */

/**
 * tend_line_chart_set_averages:
 * @first: (nullable): the first day shown, or %NULL for the first point's first day
 * @last: (nullable): the last day shown, or %NULL for the last point's last day
 *
 * Copies @n_points weeks or months (TendProgress' weeks or months), oldest first. The time
 * shown runs from @first through @last; a point stands in the middle of the days of its week
 * or month that lie in it.
 */
void
tend_line_chart_set_averages (TendLineChart      *self,
                              const TendAverages *points,
                              guint               n_points,
                              const GDate        *first,
                              const GDate        *last)
{
  guint32 first_day = 0, last_day = 0;

  g_return_if_fail (TEND_IS_LINE_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  if (n_points > 0)
    {
      first_day = first != NULL ? g_date_get_julian (first) : g_date_get_julian (&points[0].start);
      last_day = last != NULL ? g_date_get_julian (last)
                              : g_date_get_julian (&points[n_points - 1].start) +
                                points[n_points - 1].n_days - 1;
      g_return_if_fail (first_day <= last_day);
    }

  /* Opening the page looks again in case a check-in changed; mostly nothing did. */
  if (n_points == self->n_points && first_day == self->first && last_day == self->last &&
      (n_points == 0 || memcmp (points, self->points, n_points * sizeof (TendAverages)) == 0))
    return;

  g_free (self->points);
  self->points = n_points > 0 ? g_memdup2 (points, n_points * sizeof (TendAverages)) : NULL;
  self->n_points = n_points;
  self->first = first_day;
  self->last = last_day;
  invalidate_marks (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * tend_line_chart_get_n_renders:
 *
 * How many times the line has been drawn into its texture since the chart was made:
 * scrolling past the chart should not add to it, new points or a new colour should.
 */
guint
tend_line_chart_get_n_renders (TendLineChart *self)
{
  g_return_val_if_fail (TEND_IS_LINE_CHART (self), 0);

  return self->n_renders;
}

/**
 * tend_line_chart_get_scale:
 *
 * The "scale" property: the TendScale shown.
 */
TendScale
tend_line_chart_get_scale (TendLineChart *self)
{
  g_return_val_if_fail (TEND_IS_LINE_CHART (self), TEND_SCALE_MOOD);

  return self->scale;
}

/**
 * tend_line_chart_set_scale:
 *
 * The "scale" property: the TendScale shown.
 */
void
tend_line_chart_set_scale (TendLineChart *self,
                           TendScale      scale)
{
  g_return_if_fail (TEND_IS_LINE_CHART (self));
  g_return_if_fail ((guint) scale < TEND_N_SCALES);

  if (self->scale == scale)
    return;

  self->scale = scale;
  sync_axis (self);
  invalidate_marks (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * tend_line_chart_new:
 *
 * One check-in scale's weekly or monthly averages as a line, broken where there are none.
 */
GtkWidget *
tend_line_chart_new (void)
{
  return g_object_new (TEND_TYPE_LINE_CHART, NULL);
}

/* Colours come from the style: dark or light, the drawn line follows. */
static void
tend_line_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tend_line_chart_parent_class)->css_changed (widget, change);
  /* Drawing again compares the colour; the texture goes only if it differs. */
  gtk_widget_queue_draw (widget);
}

/* Time runs the other way: the points move, even where the plot itself stays put. */
static void
tend_line_chart_direction_changed (GtkWidget        *widget,
                                   GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (tend_line_chart_parent_class)->direction_changed (widget, previous);
  invalidate_marks (TEND_LINE_CHART (widget));
  gtk_widget_queue_allocate (widget);
}

/* The texture belongs to the renderer that goes with the window. */
static void
tend_line_chart_unrealize (GtkWidget *widget)
{
  g_clear_object (&TEND_LINE_CHART (widget)->marks);
  GTK_WIDGET_CLASS (tend_line_chart_parent_class)->unrealize (widget);
}

static void
tend_line_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TendLineChart *self = TEND_LINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      g_value_set_int (value, self->scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_line_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TendLineChart *self = TEND_LINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SCALE:
      tend_line_chart_set_scale (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_line_chart_dispose (GObject *object)
{
  TendLineChart *self = TEND_LINE_CHART (object);

  for (guint i = 0; i < N_AXIS_LABELS; i++)
    g_clear_pointer (&self->axis_labels[i], gtk_widget_unparent);
  g_clear_object (&self->marks);

  G_OBJECT_CLASS (tend_line_chart_parent_class)->dispose (object);
}

static void
tend_line_chart_finalize (GObject *object)
{
  TendLineChart *self = TEND_LINE_CHART (object);

  g_free (self->points);
  g_array_unref (self->time_labels);

  G_OBJECT_CLASS (tend_line_chart_parent_class)->finalize (object);
}

static void
tend_line_chart_class_init (TendLineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_line_chart_get_property;
  object_class->set_property = tend_line_chart_set_property;
  object_class->dispose = tend_line_chart_dispose;
  object_class->finalize = tend_line_chart_finalize;

  widget_class->measure = tend_line_chart_measure;
  widget_class->size_allocate = tend_line_chart_size_allocate;
  widget_class->snapshot = tend_line_chart_snapshot;
  widget_class->css_changed = tend_line_chart_css_changed;
  widget_class->direction_changed = tend_line_chart_direction_changed;
  widget_class->unrealize = tend_line_chart_unrealize;

  properties[PROP_SCALE] =
    g_param_spec_int ("scale", NULL, NULL, 0, TEND_N_SCALES - 1, TEND_SCALE_MOOD,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tend-line-chart");
  /* A picture: the page names it and gives its summary as its description. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tend_line_chart_init (TendLineChart *self)
{
  self->scale = TEND_SCALE_MOOD;
  self->time_labels = g_array_new (FALSE, FALSE, sizeof (TimeLabel));
  g_array_set_clear_func (self->time_labels, clear_time_label);

  for (guint i = 0; i < N_AXIS_LABELS; i++)
    {
      self->axis_labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->axis_labels[i]), 1);
      gtk_widget_add_css_class (self->axis_labels[i], "caption");
      gtk_widget_add_css_class (self->axis_labels[i], "dim-label");
      gtk_widget_set_parent (self->axis_labels[i], GTK_WIDGET (self));
    }

  sync_axis (self);
  /* A screen with another scale needs a sharper line. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (invalidate_marks), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}
