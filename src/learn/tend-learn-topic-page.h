/* tend-learn-topic-page.h — one Learn topic: headings, paragraphs, links and the footer note.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-learn.h"

G_BEGIN_DECLS

#define TEND_TYPE_LEARN_TOPIC_PAGE (tend_learn_topic_page_get_type ())
G_DECLARE_FINAL_TYPE (TendLearnTopicPage, tend_learn_topic_page, TEND, LEARN_TOPIC_PAGE,
                      AdwNavigationPage)

GtkWidget            *tend_learn_topic_page_new       (const TendLearnTopic *topic);

const TendLearnTopic *tend_learn_topic_page_get_topic (TendLearnTopicPage   *self);

G_END_DECLS
