/* tend-summary-printer.h — the summary for a therapist on pages, as a PDF.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tend-backup.h"
#include "tend-therapist-summary.h"

G_BEGIN_DECLS

#define TEND_TYPE_SUMMARY_PRINTER (tend_summary_printer_get_type ())
G_DECLARE_FINAL_TYPE (TendSummaryPrinter, tend_summary_printer, TEND, SUMMARY_PRINTER, GObject)

TendSummaryPrinter *tend_summary_printer_new          (TendTherapistSummary *summary) G_GNUC_WARN_UNUSED_RESULT;

void                tend_summary_printer_export_async  (TendSummaryPrinter   *self,
                                                        GtkWindow            *parent,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        TendBackupProgress    progress,
                                                        gpointer              progress_data,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean            tend_summary_printer_export_finish (TendSummaryPrinter   *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
guint               tend_summary_printer_get_n_pages   (TendSummaryPrinter   *self);

G_END_DECLS
