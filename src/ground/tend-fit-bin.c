/* tend-fit-bin.c — holds one child at its natural size, shrunk to fit when there is less room.
 *
 * The 0–10 distress scale stays one row of eleven at 360 px even with large text: each number
 * asks for no minimum width, and when its button is narrower than the number, the number is
 * drawn smaller (never cut off) instead of pushing the row wider than the window. Only the
 * drawing is scaled: the child keeps its natural size, its text and its accessible name.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-fit-bin.h"

struct _TendFitBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  double     scale;
};

G_DEFINE_FINAL_TYPE (TendFitBin, tend_fit_bin, GTK_TYPE_WIDGET)

static void
tend_fit_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TendFitBin *self = TEND_FIT_BIN (widget);
  int child_min = 0, child_nat = 0;

  /* Asked for at any width: the child's height at its natural width, since it is always laid
   * out at that width and only drawn smaller. */
  gtk_widget_measure (self->child, orientation, -1, &child_min, &child_nat, NULL, NULL);
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 0 : child_min;
  *natural = child_nat;
}

static void
tend_fit_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  TendFitBin *self = TEND_FIT_BIN (widget);
  int child_width, child_height;
  GskTransform *transform;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
  gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height,
                      NULL, NULL);
  child_height = MAX (child_height, height);

  self->scale = child_width > width && child_width > 0 ? (double) width / child_width : 1.0;

  /* Centred, scaled about the middle. */
  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width / 2.f, height / 2.f));
  transform = gsk_transform_scale (transform, (float) self->scale, (float) self->scale);
  transform = gsk_transform_translate (transform,
                                       &GRAPHENE_POINT_INIT (-child_width / 2.f,
                                                             -child_height / 2.f));
  gtk_widget_allocate (self->child, child_width, child_height, -1, transform);
}

static void
tend_fit_bin_dispose (GObject *object)
{
  TendFitBin *self = TEND_FIT_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (tend_fit_bin_parent_class)->dispose (object);
}

static void
tend_fit_bin_class_init (TendFitBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_fit_bin_dispose;
  widget_class->measure = tend_fit_bin_measure;
  widget_class->size_allocate = tend_fit_bin_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "tend-fit-bin");
}

static void
tend_fit_bin_init (TendFitBin *self)
{
  self->scale = 1.0;
}

GtkWidget *
tend_fit_bin_new (GtkWidget *child)
{
  TendFitBin *self;

  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  self = g_object_new (TEND_TYPE_FIT_BIN, NULL);
  self->child = child;
  gtk_widget_set_parent (child, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

GtkWidget *
tend_fit_bin_get_child (TendFitBin *self)
{
  g_return_val_if_fail (TEND_IS_FIT_BIN (self), NULL);

  return self->child;
}

/**
 * tend_fit_bin_get_scale:
 *
 * 1 when the child has its natural size; less when it is drawn smaller to fit.
 */
double
tend_fit_bin_get_scale (TendFitBin *self)
{
  g_return_val_if_fail (TEND_IS_FIT_BIN (self), 1.0);

  return self->scale;
}
