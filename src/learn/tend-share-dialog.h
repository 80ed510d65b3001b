/* tend-share-dialog.h — saving the page for someone close, with the person's note and needs.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tend-learn.h"

G_BEGIN_DECLS

#define TEND_TYPE_SHARE_DIALOG (tend_share_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TendShareDialog, tend_share_dialog, TEND, SHARE_DIALOG, AdwDialog)

AdwDialog *tend_share_dialog_new          (const TendLearnTopic *topic);

char      *tend_share_dialog_dup_note     (TendShareDialog      *self) G_GNUC_WARN_UNUSED_RESULT;
char     **tend_share_dialog_dup_need_ids (TendShareDialog      *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean   tend_share_dialog_get_pdf      (TendShareDialog      *self);

G_END_DECLS
