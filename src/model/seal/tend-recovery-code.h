/* tend-recovery-code.h — the recovery code: 125 random bits as five groups of five characters
 * that are easy to write down and to type back.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TEND_RECOVERY_CODE_CHARS 25

char *tend_recovery_code_new       (GError     **error) G_GNUC_WARN_UNUSED_RESULT;
char *tend_recovery_code_normalize (const char  *typed) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
