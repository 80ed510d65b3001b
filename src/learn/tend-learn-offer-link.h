/* tend-learn-offer-link.h — a quiet link to a Learn topic, shown where it may help, at most once a
 * week, and never when suggestions are turned off.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-learn-offers.h"

G_BEGIN_DECLS

#define TEND_TYPE_LEARN_OFFER_LINK (tend_learn_offer_link_get_type ())
G_DECLARE_FINAL_TYPE (TendLearnOfferLink, tend_learn_offer_link, TEND, LEARN_OFFER_LINK, GtkButton)

GtkWidget          *tend_learn_offer_link_new        (TendLearnOfferKind  kind,
                                                      const char         *topic_id,
                                                      const char         *text);

TendLearnOfferKind  tend_learn_offer_link_get_kind   (TendLearnOfferLink *self);
const char         *tend_learn_offer_link_get_topic  (TendLearnOfferLink *self);
void                tend_learn_offer_link_set_topic  (TendLearnOfferLink *self,
                                                      const char         *topic_id);
const char         *tend_learn_offer_link_get_text   (TendLearnOfferLink *self);
void                tend_learn_offer_link_set_text   (TendLearnOfferLink *self,
                                                      const char         *text);
gboolean            tend_learn_offer_link_get_wanted (TendLearnOfferLink *self);
void                tend_learn_offer_link_set_wanted (TendLearnOfferLink *self,
                                                      gboolean            wanted);

G_END_DECLS
