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

/* "Ground now", Need More Help? and My Safety Plan, a choice of "too much" or "too little",
 * and every exercise as a large card in the catalog's order. Starting one activates
 * win.start-exercise with its id ("" for Ground now: the best one). */
GtkWidget          *tend_ground_page_new         (void);
void                tend_ground_page_set_store   (TendGroundPage *self,
                                                  TendStore      *store);
/* The exercise Ground now starts: the one that helped most, or the default. */
const TendExercise *tend_ground_page_get_best    (TendGroundPage *self);
/* The cards' exercises in the order shown: the catalog's, always. */
GPtrArray          *tend_ground_page_dup_order   (TendGroundPage *self) G_GNUC_WARN_UNUSED_RESULT;
/* The card marked "has helped you most so far", or NULL. */
const TendExercise *tend_ground_page_get_marked  (TendGroundPage *self);
/* Chooses "too much" or "too little" (0: neither), as the two buttons do. */
void                tend_ground_page_choose      (TendGroundPage   *self,
                                                  TendExerciseFits  fits);
TendExerciseFits    tend_ground_page_get_chosen  (TendGroundPage *self);
/* The exercises whose cards are marked as fitting the choice, in the order shown. */
GPtrArray          *tend_ground_page_dup_marked_fitting (TendGroundPage *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
