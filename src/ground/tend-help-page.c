/* tend-help-page.c — "Need more help?": Tend is not a crisis service, and where to call.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader may be in distress: few words, the numbers large, nothing to set up. The list
 * ships inside Tend and nothing is looked up or sent; the person does the calling. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tend-crisis-line-row.h"
#include "tend-crisis-lines.h"
#include "tend-help-page.h"
#include "tend-plan-contact-row.h"
#include "tend-window.h"

#define LINES_RESOURCE RESOURCE_PATH "/ground/crisis-lines.json"

struct _TendHelpPage
{
  AdwNavigationPage  parent_instance;

  GSettings         *settings;
  TendCrisisLines   *lines;
  /* Interned region codes, in the order of the region row. */
  GPtrArray         *regions;
  /* Interned; one of regions. */
  const char        *region;
  gboolean           syncing;

  GtkWidget         *region_group;
  AdwComboRow       *region_row;
  GtkWidget         *lines_group;
  GtkListBox        *lines_list;
  AdwPreferencesGroup *plan_group;
  GtkListBox        *plan_list;
};

enum {
  PROP_0,
  PROP_REGION,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendHelpPage, tend_help_page, ADW_TYPE_NAVIGATION_PAGE)

static TendCrisisLines *
load_lines (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  TendCrisisLines *lines = NULL;

  bytes = g_resources_lookup_data (LINES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    lines = tend_crisis_lines_new_from_bytes (bytes, &error);
  if (lines == NULL)
    g_warning ("The crisis lines could not be read: %s", error->message);

  return lines;
}

/* Where the person probably is, when they have not said. GNOME's Region setting ("Formats")
 * sets LC_TELEPHONE, and so does a plain LANG, so its country is the better guess for someone
 * who reads English but lives in Germany; the language's country is the fallback when that
 * category names none (C.UTF-8). */
static const char *
guess_region (TendCrisisLines *lines)
{
#ifdef LC_TELEPHONE
  const char *telephone = setlocale (LC_TELEPHONE, NULL);

  if (tend_crisis_region_from_locale (telephone) != NULL)
    return tend_crisis_lines_pick_region (lines, telephone);
#endif

  return tend_crisis_lines_pick_region (lines, setlocale (LC_MESSAGES, NULL));
}

/* The entry of the region row that shows @region: itself when the file lists it, otherwise
 * the region whose lines answer there (Austria is shown as the European Union). */
static const char *
shown_region (TendHelpPage *self,
              const char   *region)
{
  g_autoptr(GPtrArray) found = NULL;
  const TendCrisisLine *first;

  region = g_intern_string (region);
  for (guint i = 0; i < self->regions->len; i++)
    {
      if (g_ptr_array_index (self->regions, i) == region)
        return region;
    }

  found = tend_crisis_lines_get_for_region (self->lines, region);
  first = found->len > 0 ? g_ptr_array_index (found, 0) : NULL;

  return g_intern_string (first != NULL ? first->region : TEND_CRISIS_REGION_GENERAL);
}

static void
show_region (TendHelpPage *self,
             const char   *region)
{
  g_autoptr(GPtrArray) found = NULL;
  guint position = 0;

  region = shown_region (self, region);
  if (region == self->region)
    return;

  self->region = region;

  g_ptr_array_find (self->regions, region, &position);
  self->syncing = TRUE;
  adw_combo_row_set_selected (self->region_row, position);
  self->syncing = FALSE;

  gtk_list_box_remove_all (self->lines_list);
  found = tend_crisis_lines_get_for_region (self->lines, region);
  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->lines_list, tend_crisis_line_row_new (g_ptr_array_index (found, i)));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

/* Also when another window, or the person with dconf, changes it. */
static void
settings_changed_cb (TendHelpPage *self)
{
  g_autofree char *stored = g_settings_get_string (self->settings, "crisis-region");

  show_region (self, *stored != '\0' ? stored : guess_region (self->lines));
}

static void
region_selected_cb (TendHelpPage *self)
{
  guint selected = adw_combo_row_get_selected (self->region_row);

  if (self->syncing || selected >= self->regions->len)
    return;

  tend_help_page_set_region (self, g_ptr_array_index (self->regions, selected));
}

/**
 * tend_help_page_get_region:
 *
 * The region whose numbers are shown, as the file names it: "DE", "EU", "general"…
 */
const char *
tend_help_page_get_region (TendHelpPage *self)
{
  g_return_val_if_fail (TEND_IS_HELP_PAGE (self), NULL);

  return self->region;
}

/**
 * tend_help_page_set_region:
 *
 * Shows @region and keeps it in the settings. A country the file does not list by itself is
 * shown as the region that answers there ("AT" as "EU"); "" goes back to the locale's.
 */
void
tend_help_page_set_region (TendHelpPage *self,
                           const char   *region)
{
  g_return_if_fail (TEND_IS_HELP_PAGE (self));
  g_return_if_fail (region != NULL);

  if (self->lines == NULL)
    return;

  /* Shown first, so the page does not wait on the settings backend to tell it. */
  show_region (self, *region != '\0' ? region : guess_region (self->lines));
  g_settings_set_string (self->settings, "crisis-region", *region != '\0' ? self->region : "");
}

static int
compare_region_names (gconstpointer a,
                      gconstpointer b)
{
  const char *region_a = *(const char * const *) a;
  const char *region_b = *(const char * const *) b;
  const char *name_a, *name_b;

  /* The advice for anywhere comes last, after the places, and after the advice for the
   * rest of a continent. */
  if (g_str_equal (region_a, TEND_CRISIS_REGION_GENERAL) ||
      g_str_equal (region_b, TEND_CRISIS_REGION_GENERAL))
    return g_str_equal (region_a, TEND_CRISIS_REGION_GENERAL) -
           g_str_equal (region_b, TEND_CRISIS_REGION_GENERAL);
  if (tend_crisis_region_is_fallback (region_a) != tend_crisis_region_is_fallback (region_b))
    return tend_crisis_region_is_fallback (region_a) - tend_crisis_region_is_fallback (region_b);

  name_a = tend_crisis_region_get_name (region_a);
  name_b = tend_crisis_region_get_name (region_b);

  return g_utf8_collate (name_a != NULL ? name_a : region_a, name_b != NULL ? name_b : region_b);
}

/* Every region of the file, by name, in the order of the person's language. */
static void
fill_regions (TendHelpPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint i = 0; i < tend_crisis_lines_get_n_items (self->lines); i++)
    {
      const char *region = g_intern_string (tend_crisis_lines_get_item (self->lines, i)->region);

      if (!g_ptr_array_find (self->regions, region, NULL))
        g_ptr_array_add (self->regions, (gpointer) region);
    }
  g_ptr_array_sort (self->regions, compare_region_names);

  for (guint i = 0; i < self->regions->len; i++)
    {
      const char *region = g_ptr_array_index (self->regions, i);
      const char *name = tend_crisis_region_get_name (region);

      gtk_string_list_append (names, name != NULL ? name : region);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->region_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
}

/* The people and services of the person's safety plan, as they are now: shown again each time
 * the page is, so that coming back from the plan shows what was just written. */
static void
show_plan_contacts (TendHelpPage *self)
{
  static const TendSafetyPlanSection parts[] = {
    TEND_SAFETY_PLAN_PEOPLE_TO_ASK,
    TEND_SAFETY_PLAN_PROFESSIONALS,
  };
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TendSafetyPlan *plan;
  guint shown = 0;

  gtk_list_box_remove_all (self->plan_list);
  if (!TEND_IS_WINDOW (root))
    return;

  plan = tend_safety_plan_store_get_plan (tend_window_get_safety_plan (TEND_WINDOW (root)));
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    for (guint i = 0; i < tend_safety_plan_get_n_items (plan, parts[p]); i++)
      {
        g_autofree char *name = g_strstrip (g_strdup (tend_safety_plan_get_text (plan, parts[p],
                                                                                 i)));
        g_autofree char *number =
          g_strstrip (g_strdup (tend_safety_plan_get_number (plan, parts[p], i)));

        if (*name == '\0' && *number == '\0')
          continue;
        gtk_list_box_append (self->plan_list, tend_plan_contact_row_new (name, number));
        shown++;
      }

  gtk_widget_set_visible (GTK_WIDGET (self->plan_list), shown > 0);
  adw_preferences_group_set_description (self->plan_group, shown > 0 ? NULL :
    /* Translators: on the "Need more help?" page while the safety plan holds no contacts. */
    _("The people and services you add to your safety plan are shown here."));
}

static void
tend_help_page_showing (AdwNavigationPage *page)
{
  show_plan_contacts (TEND_HELP_PAGE (page));

  ADW_NAVIGATION_PAGE_CLASS (tend_help_page_parent_class)->showing (page);
}

static void
tend_help_page_dispose (GObject *object)
{
  TendHelpPage *self = TEND_HELP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_HELP_PAGE);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->lines, tend_crisis_lines_free);
  g_clear_pointer (&self->regions, g_ptr_array_unref);

  G_OBJECT_CLASS (tend_help_page_parent_class)->dispose (object);
}

static void
tend_help_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TendHelpPage *self = TEND_HELP_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_help_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TendHelpPage *self = TEND_HELP_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      tend_help_page_set_region (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_help_page_class_init (TendHelpPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_help_page_dispose;
  object_class->get_property = tend_help_page_get_property;
  object_class->set_property = tend_help_page_set_property;
  ADW_NAVIGATION_PAGE_CLASS (klass)->showing = tend_help_page_showing;

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ground/tend-help-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, region_group);
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, region_row);
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, lines_group);
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, lines_list);
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, plan_group);
  gtk_widget_class_bind_template_child (widget_class, TendHelpPage, plan_list);
}

static void
tend_help_page_init (TendHelpPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->regions = g_ptr_array_new ();
  /* The schema has no .Devel twin: a development build shares the settings. */
  self->settings = g_settings_new (BASE_APP_ID);
  self->lines = load_lines ();

  /* Without the list, the words above still say to call the local emergency number. */
  if (self->lines == NULL)
    {
      gtk_widget_set_visible (self->region_group, FALSE);
      gtk_widget_set_visible (self->lines_group, FALSE);
      return;
    }

  fill_regions (self);
  g_signal_connect_object (self->region_row, "notify::selected",
                           G_CALLBACK (region_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::crisis-region",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  settings_changed_cb (self);
}

/**
 * tend_help_page_new:
 *
 * The "Need more help?" page, with the tag "help", to push on an AdwNavigationView.
 */
GtkWidget *
tend_help_page_new (void)
{
  return g_object_new (TEND_TYPE_HELP_PAGE, NULL);
}
