/* tend-entry.h — one journal entry: its words, tags and check-in, and its JSON in a month file.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A check-in scale that the person left out. */
#define TEND_CHECKIN_UNSET (-1)

#define TEND_TYPE_ENTRY (tend_entry_get_type ())
G_DECLARE_FINAL_TYPE (TendEntry, tend_entry, TEND, ENTRY, GObject)

TendEntry   *tend_entry_new            (const char   *id,
                                        GDateTime    *created) G_GNUC_WARN_UNUSED_RESULT;
TendEntry   *tend_entry_new_now        (void) G_GNUC_WARN_UNUSED_RESULT;

const char  *tend_entry_get_id         (TendEntry    *self);
GDateTime   *tend_entry_get_created    (TendEntry    *self);
GDateTime   *tend_entry_get_updated    (TendEntry    *self);
void         tend_entry_set_updated    (TendEntry    *self,
                                        GDateTime    *updated);
const char  *tend_entry_get_day        (TendEntry    *self);
void         tend_entry_set_day        (TendEntry    *self,
                                        const char   *day);
const char  *tend_entry_get_prompt     (TendEntry    *self);
void         tend_entry_set_prompt     (TendEntry    *self,
                                        const char   *prompt);
const char  *tend_entry_get_theme      (TendEntry    *self);
void         tend_entry_set_theme      (TendEntry    *self,
                                        const char   *theme);
const char  *tend_entry_get_text       (TendEntry    *self);
void         tend_entry_set_text       (TendEntry    *self,
                                        const char   *text);
const char * const *tend_entry_get_tags (TendEntry   *self);
void         tend_entry_set_tags       (TendEntry    *self,
                                        const char * const *tags);
gboolean     tend_entry_get_lookback   (TendEntry    *self);
void         tend_entry_set_lookback   (TendEntry    *self,
                                        gboolean      lookback);
int          tend_entry_get_mood       (TendEntry    *self);
void         tend_entry_set_mood       (TendEntry    *self,
                                        int           mood);
int          tend_entry_get_distress   (TendEntry    *self);
void         tend_entry_set_distress   (TendEntry    *self,
                                        int           distress);
int          tend_entry_get_safety     (TendEntry    *self);
void         tend_entry_set_safety     (TendEntry    *self,
                                        int           safety);
int          tend_entry_get_closeness  (TendEntry    *self);
void         tend_entry_set_closeness  (TendEntry    *self,
                                        int           closeness);

TendEntry   *tend_entry_new_from_json  (JsonObject   *object,
                                        const char   *where,
                                        GError      **error) G_GNUC_WARN_UNUSED_RESULT;
JsonNode    *tend_entry_to_json        (TendEntry    *self) G_GNUC_WARN_UNUSED_RESULT;

void         tend_entry_assign         (TendEntry    *self,
                                        TendEntry    *other);

G_END_DECLS
