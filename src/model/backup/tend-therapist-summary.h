/* tend-therapist-summary.h — some weeks of the journal, in figures, to bring to a therapist, as
 * blocks of text.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tend-entry.h"
#include "tend-grounding-session.h"
#include "tend-learn.h"
#include "tend-safety-plan.h"

G_BEGIN_DECLS

/* What a block of the summary is; the Markdown and the printed page show the same blocks. */
typedef enum {
  TEND_SUMMARY_TITLE,
  TEND_SUMMARY_HEADING,     /* a section */
  TEND_SUMMARY_SUBHEADING,  /* within a section, such as a shared entry's date */
  TEND_SUMMARY_PARAGRAPH,
  TEND_SUMMARY_ITEM,        /* one line of a list */
  TEND_SUMMARY_WORDS,       /* the person's own words, line breaks kept */
} TendSummaryBlock;

#define TEND_TYPE_THERAPIST_SUMMARY (tend_therapist_summary_get_type ())
G_DECLARE_FINAL_TYPE (TendTherapistSummary, tend_therapist_summary, TEND, THERAPIST_SUMMARY, GObject)

TendTherapistSummary *tend_therapist_summary_new      (TendEntry            **entries,
                                                       guint                  n_entries,
                                                       TendGroundingSession **sessions,
                                                       guint                  n_sessions,
                                                       const GDate           *first,
                                                       const GDate           *last,
                                                       const char * const    *shared_ids,
                                                       GDateTime             *made,
                                                       GDateWeekday           week_start,
                                                       GTimeZone             *tz) G_GNUC_WARN_UNUSED_RESULT;

TendTherapistSummary *tend_therapist_summary_new_safety_plan (TendSafetyPlan *plan,
                                                              GDateTime      *made) G_GNUC_WARN_UNUSED_RESULT;
TendTherapistSummary *tend_therapist_summary_new_learn_topic (const TendLearnTopic *topic,
                                                              const char           *note,
                                                              const char * const   *need_ids) G_GNUC_WARN_UNUSED_RESULT;
void         tend_therapist_summary_add_safety_plan   (TendTherapistSummary *self,
                                                       TendSafetyPlan       *plan);

guint        tend_therapist_summary_get_n_blocks      (TendTherapistSummary *self);
const char  *tend_therapist_summary_get_block         (TendTherapistSummary *self,
                                                       guint                 position,
                                                       TendSummaryBlock     *kind);
char        *tend_therapist_summary_to_markdown       (TendTherapistSummary *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
