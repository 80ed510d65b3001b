/* tend-crisis-line-row.c — one number on the "Need more help?" page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tend-crisis-line-row.h"

struct _TendCrisisLineRow
{
  GtkListBoxRow  parent_instance;

  char          *number;

  GtkLabel      *title_label;
  GtkWidget     *number_box;
  GtkLabel      *number_label;
  GtkWidget     *copy_button;
  GtkLabel      *description_label;
  GtkLabel      *text_label;
  GtkLabel      *bill_label;
  GtkLabel      *hours_label;
  GtkLabel      *checked_label;
};

G_DEFINE_FINAL_TYPE (TendCrisisLineRow, tend_crisis_line_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * tend_crisis_line_format_checked:
 *
 * "Checked on 7 December 2026" for a day (YYYY-MM-DD) the number was compared with the
 * service's own page; "Listed in November 2026" for a month (YYYY-MM) it was only written
 * down in; translated (exposed for tests).
 */
char *
tend_crisis_line_format_checked (const char *checked)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *when = NULL;
  int year, month, day;
  int n;

  g_return_val_if_fail (checked != NULL, NULL);

  n = sscanf (checked, "%d-%d-%d", &year, &month, &day);
  if (n >= 2)
    date = g_date_time_new_utc (year, month, n == 3 ? day : 1, 12, 0, 0);
  if (date == NULL)
    return g_strdup (checked);

  if (n == 3)
    {
      /* Translators: the day a phone number was checked, e.g. “24 November 2026”; see
       * strftime for the codes. */
      when = g_date_time_format (date, _("%-d %B %Y"));
      /* Translators: below a crisis line; %s is a date such as “24 November 2026”. */
      return g_strdup_printf (_("Checked on %s"), when);
    }

  /* Translators: a month and year, as in “November 2026”; see strftime for the codes. */
  when = g_date_time_format (date, _("%B %Y"));
  /* Translators: below a number that was written down in a month without being compared
   * with the service's own page; %s is a month and year such as “November 2026”. */
  return g_strdup_printf (_("Listed in %s"), when);
}

/* The person does the calling: Tend only puts the number where they can paste it. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendCrisisLineRow *self = TEND_CRISIS_LINE_ROW (widget);
  GtkWidget *overlay;

  if (self->number == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->number);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      /* Translators: a toast after the copy button put a phone number on the clipboard. */
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Number copied")));
    }
}

static void
show_line (TendCrisisLineRow    *self,
           const TendCrisisLine *line)
{
  g_autofree char *copy_name = NULL;
  g_autofree char *text_note = NULL;
  g_autofree char *checked = NULL;

  const char *bill_note = tend_crisis_line_get_bill_note (line);

  g_set_str (&self->number, line->number);

  gtk_label_set_text (self->title_label, tend_crisis_line_get_title (line));
  /* The advice for where Tend knows no number shows none, rather than a wrong one. */
  gtk_label_set_text (self->number_label, line->number != NULL ? line->number : "");
  gtk_widget_set_visible (self->number_box, line->number != NULL);
  gtk_label_set_text (self->description_label, tend_crisis_line_get_description (line));
  gtk_label_set_text (self->hours_label, tend_crisis_line_get_hours (line));

  if (line->text != NULL && g_str_equal (line->text, line->number))
    /* Translators: below a crisis line that also answers text messages at the same number. */
    text_note = g_strdup (_("You can also send a text message to this number."));
  else if (line->text != NULL)
    /* Translators: below a crisis line; %s is the number that takes text messages. */
    text_note = g_strdup_printf (_("Text messages: %s"), line->text);
  gtk_label_set_text (self->text_label, text_note != NULL ? text_note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), text_note != NULL);

  gtk_label_set_text (self->bill_label, bill_note != NULL ? bill_note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->bill_label), bill_note != NULL);

  checked = tend_crisis_line_format_checked (line->checked != NULL ? line->checked : line->listed);
  gtk_label_set_text (self->checked_label, checked);

  if (line->number != NULL)
    {
      /* Translators: the accessible name of the button that copies a phone number, %s. */
      copy_name = g_strdup_printf (_("Copy %s"), line->number);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, copy_name,
                                      -1);
    }
}

const char *
tend_crisis_line_row_get_number (TendCrisisLineRow *self)
{
  g_return_val_if_fail (TEND_IS_CRISIS_LINE_ROW (self), NULL);

  return self->number;
}

static void
tend_crisis_line_row_finalize (GObject *object)
{
  TendCrisisLineRow *self = TEND_CRISIS_LINE_ROW (object);

  g_free (self->number);

  G_OBJECT_CLASS (tend_crisis_line_row_parent_class)->finalize (object);
}

static void
tend_crisis_line_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TEND_TYPE_CRISIS_LINE_ROW);

  G_OBJECT_CLASS (tend_crisis_line_row_parent_class)->dispose (object);
}

static void
tend_crisis_line_row_class_init (TendCrisisLineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_crisis_line_row_dispose;
  object_class->finalize = tend_crisis_line_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ground/tend-crisis-line-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, number_box);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, bill_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, hours_label);
  gtk_widget_class_bind_template_child (widget_class, TendCrisisLineRow, checked_label);

  gtk_widget_class_install_action (widget_class, "line.copy", NULL, copy_action);
}

static void
tend_crisis_line_row_init (TendCrisisLineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A screen reader names the row by its service and number, and reads the rest after. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  self->title_label, self->number_label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->description_label, self->bill_label,
                                  self->hours_label, self->checked_label, NULL,
                                  -1);
}

GtkWidget *
tend_crisis_line_row_new (const TendCrisisLine *line)
{
  TendCrisisLineRow *self;

  g_return_val_if_fail (line != NULL, NULL);

  self = g_object_new (TEND_TYPE_CRISIS_LINE_ROW, NULL);
  show_line (self, line);

  return GTK_WIDGET (self);
}
