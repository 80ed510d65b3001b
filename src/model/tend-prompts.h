/* tend-prompts.h
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
