/* tend-distress-picker.h — how strong the distress is, 0 to 10, in one tap.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TEND_TYPE_DISTRESS_PICKER (tend_distress_picker_get_type ())
G_DECLARE_FINAL_TYPE (TendDistressPicker, tend_distress_picker, TEND, DISTRESS_PICKER, AdwBin)

GtkWidget *tend_distress_picker_new (void);

G_END_DECLS
