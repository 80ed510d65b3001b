/* tend-plan-contact-row.c — one of the person's own contacts on the "Need more help?" page:
 * laid out like a crisis line (tend-crisis-line-row.ui), the number large with a copy button
 * beside it. Tend never dials.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-plan-contact-row.h"

struct _TendPlanContactRow
{
  GtkListBoxRow  parent_instance;

  char          *number;
};

G_DEFINE_FINAL_TYPE (TendPlanContactRow, tend_plan_contact_row, GTK_TYPE_LIST_BOX_ROW)

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TendPlanContactRow *self = TEND_PLAN_CONTACT_ROW (widget);
  GtkWidget *overlay;

  if (self->number == NULL || *self->number == '\0')
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->number);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("Number copied")));
}

static void
tend_plan_contact_row_finalize (GObject *object)
{
  g_free (TEND_PLAN_CONTACT_ROW (object)->number);

  G_OBJECT_CLASS (tend_plan_contact_row_parent_class)->finalize (object);
}

static void
tend_plan_contact_row_class_init (TendPlanContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tend_plan_contact_row_finalize;
  gtk_widget_class_install_action (widget_class, "contact.copy", NULL, copy_action);
}

static void
tend_plan_contact_row_init (TendPlanContactRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
}

/**
 * tend_plan_contact_row_new:
 *
 * @name or @number may be "" (not both).
 */
GtkWidget *
tend_plan_contact_row_new (const char *name,
                           const char *number)
{
  TendPlanContactRow *self;
  GtkWidget *box, *line, *label, *button;

  g_return_val_if_fail (name != NULL && number != NULL, NULL);

  self = g_object_new (TEND_TYPE_PLAN_CONTACT_ROW, NULL);
  self->number = g_strdup (number);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (*name != '\0')
    {
      label = gtk_label_new (name);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (*number != '\0')
    {
      g_autofree char *copy_name = NULL;

      line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      label = gtk_label_new (number);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "title-2");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (line), label);

      button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "contact.copy");
      gtk_widget_set_tooltip_text (button, _("Copy Number"));
      copy_name = g_strdup_printf (_("Copy %s"), number);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      copy_name, -1);
      gtk_box_append (GTK_BOX (line), button);
      gtk_box_append (GTK_BOX (box), line);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  return GTK_WIDGET (self);
}

const char *
tend_plan_contact_row_get_number (TendPlanContactRow *self)
{
  g_return_val_if_fail (TEND_IS_PLAN_CONTACT_ROW (self), NULL);

  return self->number;
}
