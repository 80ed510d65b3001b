/* tend-sealed-formats.h — the names of the sealed month and sealed backup formats, here below
 * the seal layer so that a Tend built without libgcrypt still knows a sealed file when it meets
 * one, and says so rather than taking it for damage.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define TEND_SEALED_MONTH_FORMAT   "tend-journal-sealed"
#define TEND_SEALED_BACKUP_FORMAT  "tend-backup-sealed"
