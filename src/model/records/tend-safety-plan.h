/* tend-safety-plan.h — the person's own safety plan: seven parts, each a list in their own
 * words, and the JSON of safety-plan.json (README.md, "Files").
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tend-records-error.h"

G_BEGIN_DECLS

/* The "format" member of safety-plan.json. */
#define TEND_SAFETY_PLAN_FORMAT "tend-safety-plan"
/* The format version this build writes; a plan with a newer one is shown, never rewritten. */
#define TEND_SAFETY_PLAN_VERSION 1
/* A plan file larger than this is refused as damaged rather than read into memory. */
#define TEND_SAFETY_PLAN_MAX_BYTES (1024 * 1024)

/* The parts, in the order the page shows them. Every part is optional. */
typedef enum {
  TEND_SAFETY_PLAN_WARNING_SIGNS,      /* warning signs */
  TEND_SAFETY_PLAN_ON_MY_OWN,          /* things I can do on my own */
  TEND_SAFETY_PLAN_PEOPLE_AND_PLACES,  /* people and places that help me feel better */
  TEND_SAFETY_PLAN_PEOPLE_TO_ASK,      /* people I can ask for help (name and number) */
  TEND_SAFETY_PLAN_PROFESSIONALS,      /* professionals and services (name and number) */
  TEND_SAFETY_PLAN_SAFER_SPACE,        /* making my space safer */
  TEND_SAFETY_PLAN_REASONS,            /* what I want to stay for */
  TEND_SAFETY_PLAN_N_SECTIONS,
} TendSafetyPlanSection;

#define TEND_TYPE_SAFETY_PLAN (tend_safety_plan_get_type ())
G_DECLARE_FINAL_TYPE (TendSafetyPlan, tend_safety_plan, TEND, SAFETY_PLAN, GObject)

TendSafetyPlan *tend_safety_plan_new            (void) G_GNUC_WARN_UNUSED_RESULT;

TendSafetyPlan *tend_safety_plan_new_from_bytes (GBytes          *bytes,
                                                 const char      *file_name,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
TendSafetyPlan *tend_safety_plan_new_from_object (JsonObject     *object,
                                                  const char     *where,
                                                  GError        **error) G_GNUC_WARN_UNUSED_RESULT;
TendSafetyPlan *tend_safety_plan_load           (const char      *path,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;

GBytes         *tend_safety_plan_to_bytes       (TendSafetyPlan  *self,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
JsonNode       *tend_safety_plan_to_json        (TendSafetyPlan  *self) G_GNUC_WARN_UNUSED_RESULT;

gint64          tend_safety_plan_get_version    (TendSafetyPlan  *self);
gboolean        tend_safety_plan_is_read_only   (TendSafetyPlan  *self);
GDateTime      *tend_safety_plan_get_updated    (TendSafetyPlan  *self);
gboolean        tend_safety_plan_is_empty       (TendSafetyPlan  *self);
gboolean        tend_safety_plan_equal          (TendSafetyPlan  *a,
                                                 TendSafetyPlan  *b);
void            tend_safety_plan_assign         (TendSafetyPlan  *self,
                                                 TendSafetyPlan  *other);

guint           tend_safety_plan_merge          (TendSafetyPlan  *self,
                                                 TendSafetyPlan  *other,
                                                 gboolean         apply);

const char     *tend_safety_plan_section_key    (TendSafetyPlanSection section);
gboolean        tend_safety_plan_section_has_numbers (TendSafetyPlanSection section);
const char     *tend_safety_plan_section_title  (TendSafetyPlanSection section);

guint           tend_safety_plan_get_n_items    (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section);
const char     *tend_safety_plan_get_text       (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index);
const char     *tend_safety_plan_get_number     (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index);
char           *tend_safety_plan_dup_line       (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index);
guint           tend_safety_plan_add_item       (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 const char      *text,
                                                 const char      *number);
void            tend_safety_plan_set_text       (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index,
                                                 const char      *text);
void            tend_safety_plan_set_number     (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index,
                                                 const char      *number);
void            tend_safety_plan_remove_item    (TendSafetyPlan  *self,
                                                 TendSafetyPlanSection section,
                                                 guint            index);

G_END_DECLS
