/* tend-therapist-summary.h
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tend-entry.h"
#include "tend-grounding-session.h"
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

/* Figures for the days from @first to @last, from @entries and @sessions (any order, days read
 * in @tz). Journal text appears only for the entries whose ids are in @shared_ids (NULL for
 * none). @made is when the summary is made. Everything is copied: the records may go after. */
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

/* The person's safety plan on its own, to print: a title, when it was made, and each part
 * that holds words. */
TendTherapistSummary *tend_therapist_summary_new_safety_plan (TendSafetyPlan *plan,
                                                              GDateTime      *made) G_GNUC_WARN_UNUSED_RESULT;
/* Appends the safety plan as a section of the summary (only when the person chose to). */
void         tend_therapist_summary_add_safety_plan   (TendTherapistSummary *self,
                                                       TendSafetyPlan       *plan);

guint        tend_therapist_summary_get_n_blocks      (TendTherapistSummary *self);
/* The text of block @position, translated; @kind says what it is. */
const char  *tend_therapist_summary_get_block         (TendTherapistSummary *self,
                                                       guint                 position,
                                                       TendSummaryBlock     *kind);
char        *tend_therapist_summary_to_markdown       (TendTherapistSummary *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
