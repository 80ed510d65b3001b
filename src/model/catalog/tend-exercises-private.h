/* tend-exercises-private.h — the exercise catalog's table, shared by tend-exercises.c and
 * tend-exercises-catalog.c.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tend-exercises.h"

G_BEGIN_DECLS

/* The catalog's table lives in tend-exercises-catalog.c, apart from the code that reads it. */
extern const TendExercise tend_exercises_catalog[];
extern const guint tend_exercises_catalog_len;

G_END_DECLS
