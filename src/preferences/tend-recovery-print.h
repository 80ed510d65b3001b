/* tend-recovery-print.h — the recovery code on a plain printed page.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkPrintOperation *tend_recovery_print_new (const char *code) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
