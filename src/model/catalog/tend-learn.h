/* tend-learn.h — the Learn topics: short pages about trauma and closeness, as static text.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_LEARN_MAX_PARAGRAPHS 6
#define TEND_LEARN_MAX_LINKS      3
#define TEND_LEARN_MAX_SECTIONS   8

/* Where a link in a topic leads; @target names the exercise or theme (NULL for help). */
typedef enum {
  TEND_LEARN_LINK_NONE,       /* ends a section's list of links */
  TEND_LEARN_LINK_EXERCISE,   /* a grounding exercise, by its catalog id */
  TEND_LEARN_LINK_THEME,      /* a journal theme, by its id: a new entry with its prompts */
  TEND_LEARN_LINK_HELP,       /* the Need More Help? page */
} TendLearnLinkKind;

typedef struct {
  TendLearnLinkKind  kind;
  const char        *target;
} TendLearnLink;

/* A heading, its paragraphs and the links that follow them. Strings are the untranslated
 * English marked with N_(); lists end at the first NULL paragraph or NONE link. */
typedef struct {
  const char    *heading;
  const char    *paragraphs[TEND_LEARN_MAX_PARAGRAPHS];
  TendLearnLink  links[TEND_LEARN_MAX_LINKS + 1];
} TendLearnSection;

/* One topic: a page a person can read in about two minutes. Sections end at the first one
 * without a heading. */
typedef struct {
  const char       *id;      /* stable: "closeness", "signs", "window", … */
  const char       *title;
  const char       *summary;
  TendLearnSection  sections[TEND_LEARN_MAX_SECTIONS];
} TendLearnTopic;

/* A need or boundary the person may put at the top of the page they share, in Tend's words;
 * @text is the untranslated English marked with N_(). */
typedef struct {
  const char *id;    /* stable: "ask-touch", "quiet-space", … */
  const char *text;
} TendLearnNeed;

const TendLearnTopic *tend_learn_get_topics         (gsize                *n_topics);
const TendLearnTopic *tend_learn_lookup             (const char           *topic_id);
guint                 tend_learn_topic_get_n_sections (const TendLearnTopic *topic);
guint                 tend_learn_section_get_n_paragraphs (const TendLearnSection *section);
guint                 tend_learn_section_get_n_links (const TendLearnSection *section);
guint                 tend_learn_topic_count_words  (const TendLearnTopic *topic);
const char           *tend_learn_get_footer         (void);
gboolean              tend_learn_topic_is_shareable (const TendLearnTopic *topic);
const TendLearnNeed  *tend_learn_get_needs          (gsize                *n_needs);
const TendLearnNeed  *tend_learn_lookup_need        (const char           *need_id);
const char           *tend_learn_get_needs_heading  (void);
gboolean              tend_learn_needs_chosen       (const char * const   *need_ids,
                                                     const char           *need_id);
char                 *tend_learn_topic_to_markdown  (const TendLearnTopic *topic,
                                                     const char           *note,
                                                     const char * const   *need_ids) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
