/* tend-prompts.h — the journal prompts and their five themes, and the choice of today's prompt.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Entries written in this many days before today are counted per theme, and today's prompt
 * comes from the themes written about least among them. */
#define TEND_PROMPTS_BALANCE_DAYS 30

/* A prompt used in this many days before today is not offered again while another is free. */
#define TEND_PROMPTS_NO_REPEAT_DAYS 21

/* One of the five healing themes (DESIGN.md). Records live in static storage for the whole
 * process. @title and @description are the untranslated English marked with N_(): show them
 * with tend_theme_get_title() and tend_theme_get_description(), which translate. */
typedef struct {
  const char *id;            /* stable: "truth", "pleasure", "attunement", "boundaries", "touch" */
  const char *title;
  const char *description;
} TendTheme;

/* A journal prompt. @text is the untranslated English: show tend_prompt_get_text(). */
typedef struct {
  const char *id;            /* stable, stored in entries: "boundaries-03" */
  const char *theme_id;
  const char *text;
} TendPrompt;

/* What an entry recorded, as far as choosing a prompt is concerned. Any member may be NULL (an
 * entry written freely has no prompt, and may have no theme); @day is "YYYY-MM-DD". */
typedef struct {
  const char *day;
  const char *theme_id;
  const char *prompt_id;
} TendPromptUse;

const TendTheme  *tend_prompts_get_themes        (gsize               *n_themes);
const TendTheme  *tend_prompts_lookup_theme      (const char          *theme_id);
const TendPrompt *tend_prompts_get_prompts       (gsize               *n_prompts);
const TendPrompt *tend_prompts_get_theme_prompts (const char          *theme_id,
                                                  gsize               *n_prompts);
const TendPrompt *tend_prompts_lookup            (const char          *prompt_id);

const char       *tend_theme_get_title           (const TendTheme     *theme);
const char       *tend_theme_get_description     (const TendTheme     *theme);

const char       *tend_prompt_get_text           (const TendPrompt    *prompt);
const TendTheme  *tend_prompt_get_theme          (const TendPrompt    *prompt);

const TendPrompt *tend_prompts_choose            (const char          *day,
                                                  const TendPromptUse *history,
                                                  gsize                n_history,
                                                  const char          *theme_id,
                                                  guint                skip);

G_END_DECLS
