/* tend-grounding-session.h — one grounding exercise as it was done, and its JSON in a month file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tend-exercises.h"

G_BEGIN_DECLS

/* A distress rating (0–10) that the person skipped. */
#define TEND_DISTRESS_UNSET (-1)

#define TEND_TYPE_GROUNDING_SESSION (tend_grounding_session_get_type ())
G_DECLARE_FINAL_TYPE (TendGroundingSession, tend_grounding_session, TEND, GROUNDING_SESSION, GObject)

TendGroundingSession *tend_grounding_session_new (const char *id,
                                                  GDateTime  *started,
                                                  const char *exercise) G_GNUC_WARN_UNUSED_RESULT;

const char *tend_grounding_session_get_id              (TendGroundingSession *self);
GDateTime  *tend_grounding_session_get_started         (TendGroundingSession *self);
GDateTime  *tend_grounding_session_get_updated         (TendGroundingSession *self);
void        tend_grounding_session_set_updated         (TendGroundingSession *self,
                                                        GDateTime            *updated);
char       *tend_grounding_session_dup_day             (TendGroundingSession *self) G_GNUC_WARN_UNUSED_RESULT;
const char *tend_grounding_session_get_exercise        (TendGroundingSession *self);
guint       tend_grounding_session_get_seconds         (TendGroundingSession *self);
void        tend_grounding_session_set_seconds         (TendGroundingSession *self,
                                                        guint                 seconds);
gboolean    tend_grounding_session_get_completed       (TendGroundingSession *self);
void        tend_grounding_session_set_completed       (TendGroundingSession *self,
                                                        gboolean              completed);
int         tend_grounding_session_get_distress_before (TendGroundingSession *self);
void        tend_grounding_session_set_distress_before (TendGroundingSession *self,
                                                        int                   distress);
int         tend_grounding_session_get_distress_after  (TendGroundingSession *self);
void        tend_grounding_session_set_distress_after  (TendGroundingSession *self,
                                                        int                   distress);
const char *tend_grounding_session_get_note            (TendGroundingSession *self);
void        tend_grounding_session_set_note            (TendGroundingSession *self,
                                                        const char           *note);

TendGroundingSession *tend_grounding_session_new_from_json (JsonObject  *object,
                                                            const char  *where,
                                                            GError     **error) G_GNUC_WARN_UNUSED_RESULT;
JsonNode             *tend_grounding_session_to_json       (TendGroundingSession *self) G_GNUC_WARN_UNUSED_RESULT;

void                  tend_grounding_session_assign        (TendGroundingSession *self,
                                                            TendGroundingSession *other);

GArray               *tend_grounding_sessions_get_ratings  (GListModel           *sessions) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
