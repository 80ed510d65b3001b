/* tend-safety-plan-page.c — "My Safety Plan": seven optional parts, each a list of rows the
 * person fills in their own words, saved a moment after they stop typing (as the Journal's
 * editor does), with no Save button.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Someone may open this page at their worst: nothing here asks to be finished, every part may
 * stay empty, and each empty part already offers a row to type into. */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-records-error.h"
#include "tend-safety-plan-page.h"
#include "tend-save-file.h"
#include "tend-summary-printer.h"

#define SAVE_PAUSE_MS 700

#define N_SECTIONS TEND_SAFETY_PLAN_N_SECTIONS

struct _TendSafetyPlanPage
{
  AdwNavigationPage     parent_instance;

  TendSafetyPlanStore  *store;
  TendSafetyPlan       *plan;
  guint                 save_id;
  /* The page itself is changing the plan: its ::changed needs no rebuilding. */
  gboolean              syncing;

  AdwPreferencesGroup  *groups[N_SECTIONS];
  GtkWidget            *add_buttons[N_SECTIONS];
  /* The rows each group shows now, to take them out again. */
  GPtrArray            *rows[N_SECTIONS];

  AdwBanner            *banner;
  /* The page's own: it covers the window's. */
  AdwToastOverlay      *toast_overlay;
  GtkBox               *parts_box;
  GtkWidget            *print_button;
};

G_DEFINE_FINAL_TYPE (TendSafetyPlanPage, tend_safety_plan_page, ADW_TYPE_NAVIGATION_PAGE)

/* What the rows of a part are called: their titles are also their accessible names. */
static const char *
row_title (TendSafetyPlanSection section)
{
  switch (section)
    {
    case TEND_SAFETY_PLAN_WARNING_SIGNS:
      /* Translators: the title of a row in the safety plan's "Warning signs". */
      return _("A warning sign");
    case TEND_SAFETY_PLAN_ON_MY_OWN:
      /* Translators: the title of a row in "Things I can do on my own". */
      return _("Something I can do");
    case TEND_SAFETY_PLAN_PEOPLE_AND_PLACES:
      /* Translators: the title of a row in "People and places that help me feel better". */
      return _("A person or place");
    case TEND_SAFETY_PLAN_PEOPLE_TO_ASK:
    case TEND_SAFETY_PLAN_PROFESSIONALS:
      /* Translators: the title of the row for a person's or a service's name in the safety
       * plan. */
      return _("Name");
    case TEND_SAFETY_PLAN_SAFER_SPACE:
      /* Translators: the title of a row in "Making my space safer". */
      return _("A step to take");
    case TEND_SAFETY_PLAN_REASONS:
      /* Translators: the title of a row in "What I want to stay for". */
      return _("Something I want to stay for");
    case TEND_SAFETY_PLAN_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
section_hint (TendSafetyPlanSection section)
{
  switch (section)
    {
    case TEND_SAFETY_PLAN_WARNING_SIGNS:
      /* Translators: below “Warning signs” in the safety plan. */
      return _("Thoughts, feelings or moments that tell you it is getting to be too much.");
    case TEND_SAFETY_PLAN_ON_MY_OWN:
      /* Translators: below “Things I can do on my own”. */
      return _("Small things that help a little, without anyone else.");
    case TEND_SAFETY_PLAN_PEOPLE_AND_PLACES:
      /* Translators: below “People and places that help me feel better”. */
      return _("Where you can go, or who you can be around, to take your mind elsewhere.");
    case TEND_SAFETY_PLAN_PEOPLE_TO_ASK:
      /* Translators: below “People I can ask for help”. */
      return _("Someone you trust, and how to reach them.");
    case TEND_SAFETY_PLAN_PROFESSIONALS:
      /* Translators: below “Professionals and services”. */
      return _("A therapist, a doctor, a service you know.");
    case TEND_SAFETY_PLAN_SAFER_SPACE:
      /* Translators: below “Making my space safer”. */
      return _("Things to put away for now, or to ask someone to keep for you.");
    case TEND_SAFETY_PLAN_REASONS:
      /* Translators: below “What I want to stay for”. */
      return _("People, animals, hopes or plans that matter to you.");
    case TEND_SAFETY_PLAN_N_SECTIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Saving */

static gboolean
save_timeout_cb (gpointer user_data)
{
  TendSafetyPlanPage *self = user_data;

  self->save_id = 0;
  tend_safety_plan_store_save (self->store);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (TendSafetyPlanPage *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_PAUSE_MS, save_timeout_cb, self);
}

/**
 * tend_safety_plan_page_save_now:
 *
 * Writes a change the pause has not written yet, now (the page is left, Tend quits).
 */
void
tend_safety_plan_page_save_now (TendSafetyPlanPage *self)
{
  g_return_if_fail (TEND_IS_SAFETY_PLAN_PAGE (self));

  if (self->save_id != 0)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      tend_safety_plan_store_save (self->store);
    }
}

/* Rows */

static TendSafetyPlanSection
row_section (GtkWidget *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "tend-section"));
}

/* The item a row edits, or -1 for the row an empty part offers before anything is written. */
static int
row_index (GtkWidget *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "tend-index")) - 1;
}

static void
set_row_index (GtkWidget *row,
               int        index)
{
  g_object_set_data (G_OBJECT (row), "tend-index", GINT_TO_POINTER (index + 1));
}

static gboolean
row_is_number (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "tend-number") != NULL;
}

static void rebuild_section (TendSafetyPlanPage    *self,
                             TendSafetyPlanSection  section);
static void add_remove_button (TendSafetyPlanPage    *self,
                               TendSafetyPlanSection  section,
                               GtkWidget             *row);

static void
entry_changed_cb (GtkEditable        *editable,
                  TendSafetyPlanPage *self)
{
  GtkWidget *row = GTK_WIDGET (editable);
  TendSafetyPlanSection section = row_section (row);
  int index = row_index (row);
  const char *text = gtk_editable_get_text (editable);

  if (self->syncing)
    return;

  self->syncing = TRUE;
  if (index < 0)
    {
      GtkWidget *partner = g_object_get_data (G_OBJECT (row), "tend-partner");

      index = tend_safety_plan_add_item (self->plan, section, NULL, NULL);
      set_row_index (row, index);
      if (partner != NULL)
        set_row_index (partner, index);
      /* Now it holds words, it can be removed like any other row. */
      add_remove_button (self, section, row_is_number (row) ? partner : row);
    }

  if (row_is_number (row))
    tend_safety_plan_set_number (self->plan, section, index, text);
  else
    tend_safety_plan_set_text (self->plan, section, index, text);
  self->syncing = FALSE;

  schedule_save (self);
}

static void
focus_last_row (TendSafetyPlanPage    *self,
                TendSafetyPlanSection  section)
{
  GPtrArray *rows = self->rows[section];
  guint last;

  if (rows->len == 0)
    return;

  /* The name, not the number, of a new contact. */
  last = rows->len - (tend_safety_plan_section_has_numbers (section) ? 2 : 1);
  gtk_widget_grab_focus (g_ptr_array_index (rows, last));
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return *copy == '\0';
}

/* A new row at the end of @section, focused; an empty last row is focused instead. */
static void
add_row (TendSafetyPlanPage    *self,
         TendSafetyPlanSection  section)
{
  guint n = tend_safety_plan_get_n_items (self->plan, section);

  if (n > 0 &&
      (!is_blank (tend_safety_plan_get_text (self->plan, section, n - 1)) ||
       !is_blank (tend_safety_plan_get_number (self->plan, section, n - 1))))
    {
      self->syncing = TRUE;
      tend_safety_plan_add_item (self->plan, section, NULL, NULL);
      self->syncing = FALSE;
      rebuild_section (self, section);
    }

  focus_last_row (self, section);
}

static void
add_clicked_cb (GtkButton          *button,
                TendSafetyPlanPage *self)
{
  add_row (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tend-section")));
}

/* Enter moves on, as in a list on paper: from a name to its number, from the last row to a
 * new one. */
static void
entry_activated_cb (AdwEntryRow        *row,
                    TendSafetyPlanPage *self)
{
  TendSafetyPlanSection section = row_section (GTK_WIDGET (row));
  GtkWidget *partner = g_object_get_data (G_OBJECT (row), "tend-partner");
  GPtrArray *rows = self->rows[section];

  if (partner != NULL && !row_is_number (GTK_WIDGET (row)))
    {
      gtk_widget_grab_focus (partner);
      return;
    }

  if (rows->len > 0 && g_ptr_array_index (rows, rows->len - 1) == row &&
      !is_blank (gtk_editable_get_text (GTK_EDITABLE (row))))
    add_row (self, section);
}

static void
remove_clicked_cb (GtkButton          *button,
                   TendSafetyPlanPage *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "tend-row");
  TendSafetyPlanSection section = row_section (row);
  int index = row_index (row);

  if (index >= 0)
    {
      self->syncing = TRUE;
      tend_safety_plan_remove_item (self->plan, section, index);
      self->syncing = FALSE;
      schedule_save (self);
    }

  rebuild_section (self, section);
  /* The focus does not fall out of the page with the row it was on. */
  if (self->rows[section]->len > 0)
    focus_last_row (self, section);
  else
    gtk_widget_grab_focus (self->add_buttons[section]);
}

static GtkWidget *
new_entry_row (TendSafetyPlanPage    *self,
               TendSafetyPlanSection  section,
               int                    index,
               gboolean               number)
{
  GtkWidget *row = adw_entry_row_new ();
  gboolean read_only = tend_safety_plan_store_get_read_only (self->store);
  const char *text = "";

  if (index >= 0)
    text = number ? tend_safety_plan_get_number (self->plan, section, index)
                  : tend_safety_plan_get_text (self->plan, section, index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 /* Translators: the title of the row for a phone number in
                                  * the safety plan. */
                                 number ? _("Number") : row_title (section));
  g_object_set_data (G_OBJECT (row), "tend-section", GUINT_TO_POINTER (section));
  set_row_index (row, index);
  if (number)
    {
      g_object_set_data (G_OBJECT (row), "tend-number", GINT_TO_POINTER (TRUE));
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
    }
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_editable_set_editable (GTK_EDITABLE (row), !read_only);
  g_signal_connect (row, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);

  return row;
}

static GtkWidget *
new_remove_button (TendSafetyPlanPage    *self,
                   TendSafetyPlanSection  section,
                   GtkWidget             *row)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = NULL;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the tooltip of the button that removes one row of the safety plan. */
  gtk_widget_set_tooltip_text (button, _("Remove"));
  /* Translators: the accessible name of the button that removes a row; %s is the part of
   * the safety plan, like “Warning signs”. */
  name = g_strdup_printf (_("Remove from “%s”"), tend_safety_plan_section_title (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_sensitive (button, !tend_safety_plan_store_get_read_only (self->store));
  g_object_set_data (G_OBJECT (button), "tend-row", row);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);

  return button;
}

static void
show_item (TendSafetyPlanPage    *self,
           TendSafetyPlanSection  section,
           int                    index)
{
  GtkWidget *row = new_entry_row (self, section, index, FALSE);

  adw_preferences_group_add (self->groups[section], row);
  g_ptr_array_add (self->rows[section], row);

  if (tend_safety_plan_section_has_numbers (section))
    {
      GtkWidget *number = new_entry_row (self, section, index, TRUE);

      g_object_set_data (G_OBJECT (row), "tend-partner", number);
      g_object_set_data (G_OBJECT (number), "tend-partner", row);
      adw_preferences_group_add (self->groups[section], number);
      g_ptr_array_add (self->rows[section], number);
      /* Between two contacts, a little room shows which number goes with which name. */
      if (index > 0)
        gtk_widget_add_css_class (row, "tend-plan-contact-start");
    }

  if (index >= 0)
    add_remove_button (self, section, row);
}

static void
add_remove_button (TendSafetyPlanPage    *self,
                   TendSafetyPlanSection  section,
                   GtkWidget             *row)
{
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), new_remove_button (self, section, row));
}

static void
rebuild_section (TendSafetyPlanPage    *self,
                 TendSafetyPlanSection  section)
{
  guint n = tend_safety_plan_get_n_items (self->plan, section);

  for (guint i = 0; i < self->rows[section]->len; i++)
    adw_preferences_group_remove (self->groups[section],
                                  g_ptr_array_index (self->rows[section], i));
  g_ptr_array_set_size (self->rows[section], 0);

  if (n == 0)
    show_item (self, section, -1);
  for (guint i = 0; i < n; i++)
    show_item (self, section, (int) i);

  gtk_widget_set_sensitive (self->add_buttons[section],
                            !tend_safety_plan_store_get_read_only (self->store));
}

static void
rebuild (TendSafetyPlanPage *self)
{
  for (guint s = 0; s < N_SECTIONS; s++)
    rebuild_section (self, s);
}

/* A restored backup changed the plan under the page. */
static void
plan_changed_cb (TendSafetyPlanPage *self)
{
  if (!self->syncing)
    rebuild (self);
}

static void
build_groups (TendSafetyPlanPage *self)
{
  for (guint s = 0; s < N_SECTIONS; s++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *button = gtk_button_new ();
      GtkWidget *content = adw_button_content_new ();
      g_autofree char *add_name = NULL;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       tend_safety_plan_section_title (s));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), section_hint (s));

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
      /* Translators: the button that adds a row to a part of the safety plan. */
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add"));
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 6);
      /* Translators: the accessible name of the button that adds a row; %s is the part of the
       * safety plan, like “Warning signs”. */
      add_name = g_strdup_printf (_("Add to “%s”"), tend_safety_plan_section_title (s));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      add_name, -1);
      g_object_set_data (G_OBJECT (button), "tend-section", GUINT_TO_POINTER (s));
      g_signal_connect (button, "clicked", G_CALLBACK (add_clicked_cb), self);
      /* Below the rows, not beside the title: at 360 px a long title keeps its width, and
       * Tab reaches Add after the part's last row. */
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);

      self->groups[s] = ADW_PREFERENCES_GROUP (group);
      self->add_buttons[s] = button;
      self->rows[s] = g_ptr_array_new ();
      gtk_box_append (self->parts_box, group);
    }
}

/* The banner: words not saved first, then why nothing is written from here, then what
 * happened to a damaged file. */
static void
update_banner (TendSafetyPlanPage *self)
{
  const GError *save_error = tend_safety_plan_store_get_save_error (self->store);
  const char *problem = tend_safety_plan_store_get_problem (self->store);
  g_autofree char *title = NULL;
  gboolean retry = FALSE;

  if (tend_safety_plan_store_get_unsaved (self->store) && save_error != NULL &&
      !g_error_matches (save_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    {
      g_autofree char *why = tend_save_error_describe (save_error);

      /* Translators: on the safety plan page when a save failed; %s is a sentence that says
       * why, e.g. “Tend could not save your latest words: the disk is full.” The words stay
       * on the page and are saved when the disk is back. */
      title = g_strdup_printf (_("%s Your words stay here."), why);
      retry = TRUE;
    }
  else if (tend_safety_plan_store_get_read_only (self->store))
    title = g_strdup (problem != NULL
                      ? problem
                      : tend_safety_plan_is_read_only (self->plan)
                      ? _("Your safety plan was written by a newer version of Tend, so it is "
                          "only shown here and never saved")
                      : _("Your journal is open in another Tend, so your safety plan is only "
                          "shown here. Make changes there."));
  else if (problem != NULL)
    title = g_strdup (problem);

  adw_banner_set_title (self->banner, title != NULL ? title : "");
  /* Translators: the button of the banner on the safety plan page when a save failed. */
  adw_banner_set_button_label (self->banner, retry ? _("Try Again") : NULL);
  adw_banner_set_revealed (self->banner, title != NULL);
}

static void
read_only_cb (TendSafetyPlanPage *self)
{
  rebuild (self);
  update_banner (self);
}

static void
retry_cb (TendSafetyPlanPage *self)
{
  tend_safety_plan_store_retry (self->store);
}

static void
toast (TendSafetyPlanPage *self,
       const char         *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
pdf_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TendSafetyPlanPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (tend_summary_printer_export_finish (TEND_SUMMARY_PRINTER (source), result, &error))
    /* Translators: a toast once the safety plan was saved as a PDF. */
    toast (self, _("Safety plan saved as PDF"));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: a toast when the safety plan could not be saved as a PDF; %s says why. */
      g_autofree char *text = g_strdup_printf (_("Could not save the PDF: %s"), error->message);

      toast (self, text);
    }
}

static void
pdf_file_chosen (GtkWidget    *owner,
                 GFile        *file,
                 const GError *error)
{
  TendSafetyPlanPage *self = TEND_SAFETY_PLAN_PAGE (owner);
  g_autoptr(TendTherapistSummary) summary = NULL;
  g_autoptr(TendSummaryPrinter) printer = NULL;
  g_autoptr(GDateTime) now = NULL;
  GtkRoot *root;

  if (file == NULL)
    {
      if (error != NULL)
        toast (self, error->message);
      return;
    }

  now = g_date_time_new_now_local ();
  summary = tend_therapist_summary_new_safety_plan (self->plan, now);
  printer = tend_summary_printer_new (summary);
  root = gtk_widget_get_root (owner);
  tend_summary_printer_export_async (printer, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     file, NULL, NULL, NULL, pdf_done_cb, g_object_ref (self));
}

/* Printable: a PDF the person can print, or keep on paper by the bed. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  tend_safety_plan_page_save_now (TEND_SAFETY_PLAN_PAGE (widget));
  /* Translators: the kind of file in the chooser where the safety plan is saved as PDF. */
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  tend_save_file_ask (widget,
                      /* Translators: the title of the file chooser for the printed plan. */
                      _("Save Safety Plan as PDF"),
                      /* Translators: the file name offered for the printed safety plan. */
                      _("safety-plan.pdf"),
                      filter, pdf_file_chosen);
}

static void
tend_safety_plan_page_hidden (AdwNavigationPage *page)
{
  tend_safety_plan_page_save_now (TEND_SAFETY_PLAN_PAGE (page));

  ADW_NAVIGATION_PAGE_CLASS (tend_safety_plan_page_parent_class)->hidden (page);
}

static void
tend_safety_plan_page_dispose (GObject *object)
{
  TendSafetyPlanPage *self = TEND_SAFETY_PLAN_PAGE (object);

  if (self->store != NULL)
    tend_safety_plan_page_save_now (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  for (guint s = 0; s < N_SECTIONS; s++)
    g_clear_pointer (&self->rows[s], g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_SAFETY_PLAN_PAGE);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tend_safety_plan_page_parent_class)->dispose (object);
}

static void
tend_safety_plan_page_class_init (TendSafetyPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwNavigationPageClass *page_class = ADW_NAVIGATION_PAGE_CLASS (klass);

  object_class->dispose = tend_safety_plan_page_dispose;
  page_class->hidden = tend_safety_plan_page_hidden;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ground/tend-safety-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendSafetyPlanPage, banner);
  gtk_widget_class_bind_template_child (widget_class, TendSafetyPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TendSafetyPlanPage, parts_box);
  gtk_widget_class_bind_template_child (widget_class, TendSafetyPlanPage, print_button);

  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
}

static void
tend_safety_plan_page_init (TendSafetyPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_groups (self);
  g_signal_connect_swapped (self->banner, "button-clicked", G_CALLBACK (retry_cb), self);
}

GtkWidget *
tend_safety_plan_page_new (TendSafetyPlanStore *store)
{
  TendSafetyPlanPage *self;

  g_return_val_if_fail (TEND_IS_SAFETY_PLAN_STORE (store), NULL);

  self = g_object_new (TEND_TYPE_SAFETY_PLAN_PAGE, NULL);
  self->store = g_object_ref (store);
  self->plan = g_object_ref (tend_safety_plan_store_get_plan (store));

  g_signal_connect_object (self->plan, "changed", G_CALLBACK (plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::unsaved", G_CALLBACK (update_banner), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::read-only", G_CALLBACK (read_only_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  update_banner (self);

  return GTK_WIDGET (self);
}
