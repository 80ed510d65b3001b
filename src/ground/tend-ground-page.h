/* tend-ground-page.h — the Ground section: Ground Now, help, the plan, and every exercise.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-exercises.h"
#include "tend-store.h"

G_BEGIN_DECLS

#define TEND_TYPE_GROUND_PAGE (tend_ground_page_get_type ())
G_DECLARE_FINAL_TYPE (TendGroundPage, tend_ground_page, TEND, GROUND_PAGE, AdwBin)

GtkWidget          *tend_ground_page_new         (void);
void                tend_ground_page_set_store   (TendGroundPage *self,
                                                  TendStore      *store);
const TendExercise *tend_ground_page_get_best    (TendGroundPage *self);
GPtrArray          *tend_ground_page_dup_order   (TendGroundPage *self) G_GNUC_WARN_UNUSED_RESULT;
const TendExercise *tend_ground_page_get_marked  (TendGroundPage *self);
void                tend_ground_page_choose      (TendGroundPage   *self,
                                                  TendExerciseFits  fits);
TendExerciseFits    tend_ground_page_get_chosen  (TendGroundPage *self);
GPtrArray          *tend_ground_page_dup_marked_fitting (TendGroundPage *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
