/* tend-log.h — what may be logged about an error: never the journal's words.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *tend_log_describe_error (const GError *error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
