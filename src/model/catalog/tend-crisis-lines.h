/* tend-crisis-lines.h — the numbers on the "Need more help?" page, by region.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The region of the advice shown when Tend can place a region on no continent with one
 * emergency number, or knows that number is not the one there: no number at all. */
#define TEND_CRISIS_REGION_GENERAL "general"
/* The fallbacks for regions of a continent without an emergency number of their own. */
#define TEND_CRISIS_REGION_AMERICAS "general-americas"
#define TEND_CRISIS_REGION_EUROPE "general-europe"

typedef enum {
  TEND_CRISIS_LINE_SUPPORT,    /* someone to talk to */
  TEND_CRISIS_LINE_EMERGENCY,  /* police, ambulance, fire */
  TEND_CRISIS_LINE_LOCAL,      /* "call the emergency number where you are" */
  TEND_CRISIS_LINE_VIOLENCE,   /* violence at home, abuse, sexual assault */
} TendCrisisLineKind;

typedef enum {
  TEND_CONTINENT_UNKNOWN,
  TEND_CONTINENT_AMERICAS,
  TEND_CONTINENT_EUROPE,
} TendContinent;

/* One number to call, as the file lists it. Owned by its TendCrisisLines. */
typedef struct {
  char               *region;      /* "US", "CA-QC", "EU", … or a fallback ("general…") */
  char              **countries;   /* ISO 3166-1 alpha-2 codes where it answers */
  char              **except;      /* for a fallback: the regions it never answers for */
  TendCrisisLineKind  kind;
  char               *name;        /* the service's own name, never translated; or NULL */
  char               *variant;     /* "second", "short": another number of the same service */
  char               *number;      /* NULL only for the advice without a number */
  char               *text;        /* a number that also takes text messages, or NULL */
  char               *hours;       /* "always", "limited", or words from the file */
  char               *checked;     /* YYYY-MM-DD the number was compared with source; or NULL */
  char               *listed;      /* YYYY-MM it was written down without that check; or NULL */
  char               *source;      /* the address of the service's own page */
  gboolean            not_on_bill; /* the service says calls do not show on the phone bill */
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

const TendCrisisLine *tend_crisis_lines_get_fallback   (TendCrisisLines       *self,
                                                        const char            *region);

const char           *tend_crisis_region_from_locale   (const char            *locale);
const char           *tend_crisis_region_get_name      (const char            *region);
TendContinent         tend_crisis_region_get_continent (const char            *region);
gboolean              tend_crisis_region_is_fallback   (const char            *region);

const char           *tend_crisis_line_get_title       (const TendCrisisLine  *line);
const char           *tend_crisis_line_get_description (const TendCrisisLine  *line);
const char           *tend_crisis_line_get_hours       (const TendCrisisLine  *line);
const char           *tend_crisis_line_get_bill_note   (const TendCrisisLine  *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TendCrisisLines, tend_crisis_lines_free)

G_END_DECLS
