/* tend-learn-offers.h — when a quiet link to a Learn topic may be offered: at most once a week
 * for each place, and never when the person has turned suggestions off.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tend-progress.h"

G_BEGIN_DECLS

typedef enum {
  TEND_LEARN_OFFER_PROGRESS,
  TEND_LEARN_OFFER_GROUND,
  TEND_LEARN_OFFER_STOP,
  TEND_LEARN_OFFER_JOURNAL,
  TEND_N_LEARN_OFFERS,
} TendLearnOfferKind;

typedef GDateTime *(*TendLearnOffersClock) (gpointer user_data);

#define TEND_TYPE_LEARN_OFFERS (tend_learn_offers_get_type ())
G_DECLARE_FINAL_TYPE (TendLearnOffers, tend_learn_offers, TEND, LEARN_OFFERS, GObject)

TendLearnOffers *tend_learn_offers_new         (GSettings            *settings) G_GNUC_WARN_UNUSED_RESULT;

void             tend_learn_offers_set_clock   (TendLearnOffers      *self,
                                                TendLearnOffersClock  clock,
                                                gpointer              user_data);
gboolean         tend_learn_offers_get_enabled (TendLearnOffers      *self);
gboolean         tend_learn_offers_is_due      (TendLearnOffers      *self,
                                                TendLearnOfferKind    kind);
gboolean         tend_learn_offers_take        (TendLearnOffers      *self,
                                                TendLearnOfferKind    kind);

gboolean         tend_learn_offers_moved_hard_way (const TendProgress *progress,
                                                   TendScale          *out_scale);

G_END_DECLS
