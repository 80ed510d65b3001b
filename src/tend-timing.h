/* tend-timing.h — start-up timing of a window, for tests/perf/startup.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TEND_TYPE_TIMING (tend_timing_get_type ())

G_DECLARE_FINAL_TYPE (TendTiming, tend_timing, TEND, TIMING, GObject)

TendTiming *tend_timing_new   (GtkWindow  *window,
                               gboolean    wait_until_ready);
void        tend_timing_ready (TendTiming *self);

G_END_DECLS
