/* tend-line-chart.c — weekly check-in averages as lines.
 *
 * One scale with its own numbers up the side, or all four together, each stretched over its own
 * length so that "low" and "high" mean the same height for all of them. A week without a
 * check-in is a gap in the line, never a made-up zero; a week alone between gaps is a dot.
 *
 * Each scale has its own calm colour, set in style.css on its swatch in the legend; the chart
 * reads the colours back from the swatches, so dark and high-contrast styles can change them.
 *
 * Ten years are some 520 weeks, four lines of them: thousands of segments that a renderer
 * would rasterise again on every frame while the page scrolls past. So the lines and dots are
 * drawn once into a texture, and drawn again only when the weeks, the scale, the size or the
 * colours change. Scrolling restyles the page now and then (its edges, its scrollbars); that
 * alone must not send the chart back to the renderer, so the colours are compared, not the
 * style changes counted.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-line-chart.h"

#define PLOT_MIN_HEIGHT 140
#define PLOT_NAT_HEIGHT 180
#define PLOT_MIN_WIDTH  120
#define PLOT_NAT_WIDTH  400
#define AXIS_SPACING    8
#define LEGEND_SPACING  12
#define LINE_WIDTH      2.f
#define DOT_RADIUS      3.5f
/* Dots only where points are at least this far apart; closer, the line says enough. */
#define DOT_MIN_SPACING 14.f
#define TICK_LENGTH     4.f
#define MAX_AXIS_LABELS 6

static const struct {
  const char *name;
  const char *css_class;
  int         min;
  int         max;
  int         step;
} scales[TEND_N_SCALES] = {
  [TEND_SCALE_MOOD] = { N_("Mood"), "mood", 1, 5, 1 },
  [TEND_SCALE_DISTRESS] = { N_("Distress"), "distress", 0, 10, 2 },
  [TEND_SCALE_SAFETY] = { N_("Safe in my body"), "safety", 1, 5, 1 },
  [TEND_SCALE_CLOSENESS] = { N_("Closeness"), "closeness", 1, 5, 1 },
};

enum {
  PROP_0,
  PROP_SCALE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

struct _TendLineChart
{
  GtkWidget         parent_instance;

  TendWeekAverages *weeks;
  guint             n_weeks;
  int               scale;

  GtkWidget        *axis_labels[MAX_AXIS_LABELS];  /* bottom to top */
  double            axis_values[MAX_AXIS_LABELS];  /* 0..1 up the plot */
  guint             n_axis_labels;
  GtkWidget        *legend;
  GtkWidget        *legend_items[TEND_N_SCALES];
  GtkWidget        *swatches[TEND_N_SCALES];

  graphene_rect_t   plot;
  GdkTexture       *marks;         /* the lines and dots, ready to show */
  graphene_rect_t   marks_bounds;
  GdkRGBA           marks_colors[TEND_N_SCALES];  /* the colours they were drawn in */
  guint             n_renders;
};

G_DEFINE_FINAL_TYPE (TendLineChart, tend_line_chart, GTK_TYPE_WIDGET)

/* To the nearest pixel, so thin lines stay sharp (coordinates here are never negative). */
static float
to_pixel (float value)
{
  return (float) (int) (value + 0.5f);
}

static gboolean
shows (TendLineChart *self,
       int            scale)
{
  return self->scale < 0 || self->scale == scale;
}

/* 0 at the bottom of the plot, 1 at the top. */
static double
height_of (int    scale,
           double value)
{
  return (value - scales[scale].min) / (scales[scale].max - scales[scale].min);
}

static gboolean
is_rtl (TendLineChart *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* Where a moment falls across the plot, 0 the first day and 1 the last: time runs the way the
 * person reads, so from the right in a right-to-left language. */
static float
time_x (TendLineChart *self,
        double         share)
{
  if (is_rtl (self))
    share = 1 - share;
  return self->plot.origin.x + share * self->plot.size.width;
}

static graphene_point_t
point_of (TendLineChart *self,
          guint          week,
          int            scale)
{
  /* A week's point sits in the middle of its seven days. */
  float x = time_x (self, (week * 7 + 3.5) / (self->n_weeks * 7.0));
  float y = self->plot.origin.y +
            (1 - height_of (scale, self->weeks[week].mean[scale])) * self->plot.size.height;

  return GRAPHENE_POINT_INIT (x, y);
}

static gboolean
has_point (TendLineChart *self,
           guint          week,
           int            scale)
{
  return self->weeks[week].count[scale] > 0;
}

/**
 * tend_line_chart_get_n_segments:
 *
 * How many unbroken runs of weeks the lines shown make: a week without check-ins breaks a
 * line in two.
 */
guint
tend_line_chart_get_n_segments (TendLineChart *self)
{
  guint n = 0;

  g_return_val_if_fail (TEND_IS_LINE_CHART (self), 0);

  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    for (guint week = 0; week < self->n_weeks && shows (self, scale); week++)
      if (has_point (self, week, scale) && (week == 0 || !has_point (self, week - 1, scale)))
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
  for (guint i = 0; i < self->n_axis_labels; i++)
    g_clear_pointer (&self->axis_labels[i], gtk_widget_unparent);
  self->n_axis_labels = 0;

  if (self->scale < 0)
    {
      /* Translators: the bottom of the chart of all four check-ins, each scale stretched
       * over the same height. */
      const char *low = C_("chart axis", "Low");
      /* Translators: the top of the chart of all four check-ins. */
      const char *high = C_("chart axis", "High");

      self->axis_labels[0] = gtk_label_new (low);
      self->axis_values[0] = 0;
      self->axis_labels[1] = gtk_label_new (high);
      self->axis_values[1] = 1;
      self->n_axis_labels = 2;
    }
  else
    {
      for (int v = scales[self->scale].min; v <= scales[self->scale].max;
           v += scales[self->scale].step)
        {
          g_autofree char *text = g_strdup_printf ("%d", v);

          g_assert (self->n_axis_labels < MAX_AXIS_LABELS);
          self->axis_values[self->n_axis_labels] = height_of (self->scale, v);
          self->axis_labels[self->n_axis_labels++] = gtk_label_new (text);
        }
    }

  for (guint i = 0; i < self->n_axis_labels; i++)
    {
      gtk_label_set_xalign (GTK_LABEL (self->axis_labels[i]), 1);
      gtk_widget_add_css_class (self->axis_labels[i], "caption");
      gtk_widget_add_css_class (self->axis_labels[i], "dim-label");
      gtk_widget_insert_before (self->axis_labels[i], GTK_WIDGET (self), self->legend);
    }

  /* The legend names the lines shown. */
  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    gtk_widget_set_visible (gtk_widget_get_parent (self->legend_items[scale]),
                            shows (self, scale));
}

static GtkWidget *
legend_item (TendLineChart *self,
             int            scale)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_(scales[scale].name));

  self->swatches[scale] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (self->swatches[scale], GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->swatches[scale], "tend-swatch");
  gtk_widget_add_css_class (self->swatches[scale], scales[scale].css_class);

  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), self->swatches[scale]);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* ------------------------------------------------------------------------------------------ */
/* Size */

static void
measure_axis (TendLineChart *self,
              int           *width,
              int           *height)
{
  *width = *height = 0;
  for (guint i = 0; i < self->n_axis_labels; i++)
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

static GtkSizeRequestMode
tend_line_chart_get_request_mode (GtkWidget *widget)
{
  /* The legend wraps on narrow windows. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
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
  int axis_width, axis_height, legend_min, legend_nat;

  measure_axis (self, &axis_width, &axis_height);
  gtk_widget_measure (self->legend, orientation, for_size, &legend_min, &legend_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (axis_width + AXIS_SPACING + PLOT_MIN_WIDTH, legend_min);
      *natural = MAX (axis_width + AXIS_SPACING + PLOT_NAT_WIDTH, legend_nat);
    }
  else
    {
      /* Half a label over the top line, a line of month names under the plot, the legend. */
      int frame = axis_height / 2 + AXIS_SPACING + axis_height + LEGEND_SPACING;

      *minimum = frame + PLOT_MIN_HEIGHT + legend_min;
      *natural = frame + PLOT_NAT_HEIGHT + legend_nat;
    }
}

static void
tend_line_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TendLineChart *self = TEND_LINE_CHART (widget);
  int axis_width, axis_height, legend_height;
  graphene_rect_t plot;
  float plot_bottom;

  measure_axis (self, &axis_width, &axis_height);
  gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width,
                      NULL, &legend_height, NULL, NULL);

  plot_bottom = height - legend_height - LEGEND_SPACING - axis_height - AXIS_SPACING;
  /* Room on the end side for the last dot. */
  /* The numbers stand at the start side, and the last dot needs room at the end side. */
  graphene_rect_init (&plot,
                      is_rtl (self) ? DOT_RADIUS + 1 : axis_width + AXIS_SPACING,
                      axis_height / 2,
                      MAX (0, width - axis_width - AXIS_SPACING - DOT_RADIUS - 1),
                      MAX (0, plot_bottom - axis_height / 2));
  if (!graphene_rect_equal (&plot, &self->plot))
    {
      self->plot = plot;
      invalidate_marks (self);
    }

  for (guint i = 0; i < self->n_axis_labels; i++)
    {
      float y = self->plot.origin.y + (1 - self->axis_values[i]) * self->plot.size.height;

      gtk_widget_size_allocate (self->axis_labels[i],
                                &(GtkAllocation) { is_rtl (self) ? width - axis_width : 0,
                                                   y - axis_height / 2,
                                                   axis_width, axis_height },
                                -1);
    }

  gtk_widget_size_allocate (self->legend,
                            &(GtkAllocation) { 0, height - legend_height, width, legend_height },
                            -1);
}

/* ------------------------------------------------------------------------------------------ */
/* Drawing */

static void
append_grid (TendLineChart *self,
             GtkSnapshot   *snapshot,
             const GdkRGBA *text)
{
  GdkRGBA line = *text;

  line.alpha *= 0.12f;
  for (guint i = 0; i < self->n_axis_labels; i++)
    {
      float y = self->plot.origin.y + (1 - self->axis_values[i]) * self->plot.size.height;

      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (self->plot.origin.x, to_pixel (y - 0.5f),
                                                      self->plot.size.width, 1));
    }
}

/* Months along the bottom, as many as fit: every month, every second, third or sixth, or
 * only the years. */
static void
append_months (TendLineChart *self,
               GtkSnapshot   *snapshot,
               const GdkRGBA *text)
{
  static const guint steps[] = { 1, 2, 3, 6, 12, 24, 60 };
  g_autoptr(PangoLayout) widest = gtk_widget_create_pango_layout (self->axis_labels[0], "0000");
  double days = self->n_weeks * 7.0;
  double month_width = self->plot.size.width * 30.44 / days;
  float bottom = self->plot.origin.y + self->plot.size.height;
  GdkRGBA tick = *text;
  GDate day = self->weeks[0].start;
  guint step = steps[G_N_ELEMENTS (steps) - 1];
  int label_width;

  tick.alpha *= 0.3f;
  /* Abbreviated month names are about as wide as four figures. */
  pango_layout_get_pixel_size (widest, &label_width, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * month_width >= label_width * 1.5)
      {
        step = steps[i];
        break;
      }

  /* The first of every month in the weeks shown. */
  if (g_date_get_day (&day) != 1)
    {
      g_date_set_day (&day, 1);
      g_date_add_months (&day, 1);
    }

  for (; g_date_days_between (&self->weeks[0].start, &day) < days; g_date_add_months (&day, 1))
    {
      guint month_index = g_date_get_year (&day) * 12 + g_date_get_month (&day) - 1;
      float x = time_x (self, g_date_days_between (&self->weeks[0].start, &day) / days);
      g_autoptr(GDateTime) noon = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *name = NULL;
      int width;

      if (month_index % step != 0)
        continue;

      noon = g_date_time_new_utc (g_date_get_year (&day), g_date_get_month (&day), 1, 12, 0, 0);
      name = step >= 12
             /* Translators: a year under the chart of check-ins, as g_date_time_format()
              * writes it, e.g. “2026”. */
             ? g_date_time_format (noon, C_("chart axis", "%Y"))
             /* Translators: a month under the chart of check-ins, as g_date_time_format()
              * writes it: “%b” is the abbreviated name, e.g. “Nov”. */
             /* xgettext:no-c-format */
             : g_date_time_format (noon, C_("chart axis", "%b"));
      layout = gtk_widget_create_pango_layout (self->axis_labels[0], name);
      pango_layout_get_pixel_size (layout, &width, NULL);

      gtk_snapshot_append_color (snapshot, &tick,
                                 &GRAPHENE_RECT_INIT (to_pixel (x - 0.5f), bottom, 1, TICK_LENGTH));
      /* A name starts at its tick and reads on into its month, whichever way that is. */
      if (is_rtl (self))
        x -= width;
      if (x < self->plot.origin.x - DOT_RADIUS ||
          x + width > self->plot.origin.x + self->plot.size.width + DOT_RADIUS)
        continue;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (to_pixel (x), bottom + AXIS_SPACING));
      gtk_snapshot_append_layout (snapshot, layout, text);
      gtk_snapshot_restore (snapshot);
    }
}

static void
append_scale (TendLineChart *self,
              GtkSnapshot   *snapshot,
              int            scale)
{
  g_autoptr(GskPathBuilder) lines = gsk_path_builder_new ();
  g_autoptr(GskPathBuilder) dots = gsk_path_builder_new ();
  g_autoptr(GskPath) line_path = NULL;
  g_autoptr(GskPath) dot_path = NULL;
  g_autoptr(GskStroke) stroke = gsk_stroke_new (LINE_WIDTH);
  float spacing = self->plot.size.width / self->n_weeks;
  GdkRGBA color;

  gtk_widget_get_color (self->swatches[scale], &color);

  for (guint week = 0; week < self->n_weeks; week++)
    {
      graphene_point_t point;
      gboolean after_gap, before_gap;

      if (!has_point (self, week, scale))
        continue;

      point = point_of (self, week, scale);
      after_gap = week == 0 || !has_point (self, week - 1, scale);
      before_gap = week + 1 == self->n_weeks || !has_point (self, week + 1, scale);

      if (after_gap)
        gsk_path_builder_move_to (lines, point.x, point.y);
      else
        gsk_path_builder_line_to (lines, point.x, point.y);

      /* A week alone between gaps has no line, so it always gets its dot. */
      if (spacing >= DOT_MIN_SPACING || (after_gap && before_gap))
        gsk_path_builder_add_circle (dots, &point, DOT_RADIUS);
    }

  gsk_stroke_set_line_join (stroke, GSK_LINE_JOIN_ROUND);
  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);
  line_path = gsk_path_builder_to_path (lines);
  dot_path = gsk_path_builder_to_path (dots);
  if (!gsk_path_is_empty (line_path))
    gtk_snapshot_append_stroke (snapshot, line_path, stroke, &color);
  if (!gsk_path_is_empty (dot_path))
    gtk_snapshot_append_fill (snapshot, dot_path, GSK_FILL_RULE_WINDING, &color);
}

/* The lines and dots, through the window's own renderer, at the screen's scale. */
static GdkTexture *
render_marks (TendLineChart   *self,
              graphene_rect_t *bounds)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  float margin = DOT_RADIUS + LINE_WIDTH;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;

  graphene_rect_inset_r (&self->plot, -margin, -margin, bounds);
  if (renderer == NULL)
    return NULL;

  snapshot = gtk_snapshot_new ();
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-bounds->origin.x, -bounds->origin.y));
  for (int s = 0; s < TEND_N_SCALES; s++)
    if (shows (self, s))
      append_scale (self, snapshot, s);

  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;  /* no check-ins: nothing to draw */

  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, bounds->size.width * scale,
                                                           bounds->size.height * scale));
}

static gboolean
colors_changed (TendLineChart *self)
{
  gboolean changed = FALSE;

  for (int s = 0; s < TEND_N_SCALES; s++)
    {
      GdkRGBA color;

      gtk_widget_get_color (self->swatches[s], &color);
      if (!gdk_rgba_equal (&color, &self->marks_colors[s]))
        {
          self->marks_colors[s] = color;
          changed = TRUE;
        }
    }
  return changed;
}

static void
tend_line_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TendLineChart *self = TEND_LINE_CHART (widget);
  GdkRGBA text;

  gtk_widget_get_color (self->axis_labels[0], &text);
  append_grid (self, snapshot, &text);

  if (self->n_weeks > 0 && self->plot.size.width > 0 && self->plot.size.height > 0)
    {
      append_months (self, snapshot, &text);
      if (colors_changed (self))
        g_clear_object (&self->marks);
      if (self->marks == NULL)
        {
          self->marks = render_marks (self, &self->marks_bounds);
          self->n_renders++;
        }
      if (self->marks != NULL)
        gtk_snapshot_append_texture (snapshot, self->marks, &self->marks_bounds);
    }

  for (guint i = 0; i < self->n_axis_labels; i++)
    gtk_widget_snapshot_child (widget, self->axis_labels[i], snapshot);
  gtk_widget_snapshot_child (widget, self->legend, snapshot);
}

/* ------------------------------------------------------------------------------------------ */

/**
 * tend_line_chart_set_weeks:
 *
 * Copies @n_weeks weeks, oldest first.
 */
void
tend_line_chart_set_weeks (TendLineChart          *self,
                           const TendWeekAverages *weeks,
                           guint                   n_weeks)
{
  g_return_if_fail (TEND_IS_LINE_CHART (self));
  g_return_if_fail (weeks != NULL || n_weeks == 0);

  /* Opening the page looks again in case a check-in changed; mostly nothing did. */
  if (n_weeks == self->n_weeks &&
      (n_weeks == 0 || memcmp (weeks, self->weeks, n_weeks * sizeof (TendWeekAverages)) == 0))
    return;

  g_free (self->weeks);
  self->weeks = n_weeks > 0 ? g_memdup2 (weeks, n_weeks * sizeof (TendWeekAverages)) : NULL;
  self->n_weeks = n_weeks;
  invalidate_marks (self);
}

/**
 * tend_line_chart_get_n_renders:
 *
 * How many times the lines have been drawn into their texture since the chart was made:
 * scrolling past the chart should not add to it, new weeks or new colours should.
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
 * The "scale" property: a TendScale, or -1 for all four, each against its own length.
 */
int
tend_line_chart_get_scale (TendLineChart *self)
{
  g_return_val_if_fail (TEND_IS_LINE_CHART (self), -1);

  return self->scale;
}

/**
 * tend_line_chart_set_scale:
 *
 * The "scale" property: a TendScale, or -1 for all four, each against its own length.
 */
void
tend_line_chart_set_scale (TendLineChart *self,
                           int            scale)
{
  g_return_if_fail (TEND_IS_LINE_CHART (self));
  g_return_if_fail (scale >= -1 && scale < TEND_N_SCALES);

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
 * Weekly check-in averages as lines, one a scale, broken where a week has none.
 */
GtkWidget *
tend_line_chart_new (void)
{
  return g_object_new (TEND_TYPE_LINE_CHART, NULL);
}

/* Colours come from the style: dark or light, the drawn lines follow. */
static void
tend_line_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tend_line_chart_parent_class)->css_changed (widget, change);
  /* Drawing again compares the colours; the texture goes only if they differ. */
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

  for (guint i = 0; i < self->n_axis_labels; i++)
    g_clear_pointer (&self->axis_labels[i], gtk_widget_unparent);
  self->n_axis_labels = 0;
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_object (&self->marks);

  G_OBJECT_CLASS (tend_line_chart_parent_class)->dispose (object);
}

static void
tend_line_chart_finalize (GObject *object)
{
  TendLineChart *self = TEND_LINE_CHART (object);

  g_free (self->weeks);

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

  widget_class->get_request_mode = tend_line_chart_get_request_mode;
  widget_class->measure = tend_line_chart_measure;
  widget_class->size_allocate = tend_line_chart_size_allocate;
  widget_class->snapshot = tend_line_chart_snapshot;
  widget_class->css_changed = tend_line_chart_css_changed;
  widget_class->direction_changed = tend_line_chart_direction_changed;
  widget_class->unrealize = tend_line_chart_unrealize;

  properties[PROP_SCALE] =
    g_param_spec_int ("scale", NULL, NULL, -1, TEND_N_SCALES - 1, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tend-line-chart");
  /* A picture: the summary beside it is its description, and its labels are part of it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tend_line_chart_init (TendLineChart *self)
{
  self->scale = -1;

  self->legend = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->legend), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->legend), TEND_N_SCALES);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->legend), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->legend), 4);
  /* Words to read, not things to pick. */
  gtk_widget_set_can_target (self->legend, FALSE);
  gtk_widget_set_can_focus (self->legend, FALSE);
  for (int scale = 0; scale < TEND_N_SCALES; scale++)
    {
      self->legend_items[scale] = legend_item (self, scale);
      gtk_flow_box_append (GTK_FLOW_BOX (self->legend), self->legend_items[scale]);
      gtk_widget_set_focusable (gtk_widget_get_parent (self->legend_items[scale]), FALSE);
    }
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  sync_axis (self);
  /* A screen with another scale needs sharper lines. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (invalidate_marks), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls the chart of
                                   * weekly check-in averages. */
                                  _("Check-ins by week"),
                                  -1);
}
