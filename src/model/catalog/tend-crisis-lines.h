/* tend-crisis-lines.h — the numbers on the "Need more help?" page, by region.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The region of the entry shown when no line is known for where the person is. */
#define TEND_CRISIS_REGION_GENERAL "general"

typedef enum {
  TEND_CRISIS_LINE_SUPPORT,    /* someone to talk to */
  TEND_CRISIS_LINE_EMERGENCY,  /* police, ambulance, fire */
  TEND_CRISIS_LINE_LOCAL,      /* "call the emergency number where you are" */
} TendCrisisLineKind;

/* One number to call, as the file lists it. Owned by its TendCrisisLines. */
typedef struct {
  char               *region;     /* "US", "EU", … or TEND_CRISIS_REGION_GENERAL */
  char              **countries;  /* ISO 3166-1 alpha-2 codes where it answers */
  TendCrisisLineKind  kind;
  char               *name;       /* the service's own name, never translated; or NULL */
  char               *number;
  char               *text;       /* a number that also takes text messages, or NULL */
  char               *hours;      /* "always", or words from the file */
  char               *checked;    /* YYYY-MM-DD; YYYY-MM when known then but not checked */
} TendCrisisLine;

typedef struct _TendCrisisLines TendCrisisLines;

TendCrisisLines      *tend_crisis_lines_new_from_data  (const char            *data,
                                                        gssize                 length,
                                                        GError               **error) G_GNUC_WARN_UNUSED_RESULT;
TendCrisisLines      *tend_crisis_lines_new_from_bytes (GBytes                *bytes,
                                                        GError               **error) G_GNUC_WARN_UNUSED_RESULT;
void                  tend_crisis_lines_free           (TendCrisisLines       *self);

guint                 tend_crisis_lines_get_n_items    (TendCrisisLines       *self);
const TendCrisisLine *tend_crisis_lines_get_item       (TendCrisisLines       *self,
                                                        guint                  position);
const char           *tend_crisis_lines_pick_region    (TendCrisisLines       *self,
                                                        const char            *locale);
GPtrArray            *tend_crisis_lines_get_for_region (TendCrisisLines       *self,
                                                        const char            *region) G_GNUC_WARN_UNUSED_RESULT;

const char           *tend_crisis_region_from_locale   (const char            *locale);
const char           *tend_crisis_region_get_name      (const char            *region);

const char           *tend_crisis_line_get_title       (const TendCrisisLine  *line);
const char           *tend_crisis_line_get_description (const TendCrisisLine  *line);
const char           *tend_crisis_line_get_hours       (const TendCrisisLine  *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendCrisisLines, tend_crisis_lines_free)

G_END_DECLS
