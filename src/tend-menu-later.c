/* tend-menu-later.c — a menu button whose menu is made the first time it opens.
 *
 * GtkMenuButton turns a menu model into its popover at once; for the window's menus that work
 * would fall on every start, for menus most starts never open.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-menu-later.h"

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

/* @button opens @model, built when it first opens (by a click, a key or its mnemonic). */
void
tend_menu_later_attach (GtkMenuButton *button,
                        GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup_cb, g_object_ref (model),
                                         g_object_unref);
}
