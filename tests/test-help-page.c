/* test-help-page.c — "Need more help?" shows the numbers for where the person is.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tend-crisis-line-row.h"
#include "tend-help-page.h"
#include "tend-test-utils.h"

typedef struct {
  GSettings    *settings;
  GtkWindow    *window;
  GtkWidget    *overlay;
  TendHelpPage *page;
  char         *telephone;
  char         *messages;
} Fixture;

static void
open_page (Fixture *f,
           int      width,
           int      height)
{
  GtkWidget *view = adw_navigation_view_new ();

  f->page = TEND_HELP_PAGE (tend_help_page_new ());
  adw_navigation_view_push (ADW_NAVIGATION_VIEW (view), ADW_NAVIGATION_PAGE (f->page));
  f->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), view);

  f->window = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (f->window), f->overlay);
  tend_test_show_window (f->window, width, height);
}

static void
close_page (Fixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  f->window = NULL;
  f->overlay = NULL;
  f->page = NULL;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->settings = g_settings_new (BASE_APP_ID);
  g_settings_reset (f->settings, "crisis-region");
  f->telephone = g_strdup (setlocale (LC_TELEPHONE, NULL));
  f->messages = g_strdup (setlocale (LC_MESSAGES, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_page (f);
  setlocale (LC_TELEPHONE, f->telephone);
  setlocale (LC_MESSAGES, f->messages);
  g_free (f->telephone);
  g_free (f->messages);
  g_settings_reset (f->settings, "crisis-region");
  g_clear_object (&f->settings);
}

/* The numbers of the rows on the page, joined by "|". */
static char *
shown_numbers (Fixture *f)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  GtkWidget *first = tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CRISIS_LINE_ROW);

  for (GtkWidget *row = first; row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      const char *number = tend_crisis_line_row_get_number (TEND_CRISIS_LINE_ROW (row));

      /* The advice without a number counts as an empty one. */
      g_string_append_printf (numbers, "%s%s", row != first ? "|" : "", number != NULL ? number : "");
    }

  return g_string_free (g_steal_pointer (&numbers), FALSE);
}

static void
assert_numbers (Fixture    *f,
                const char *expected)
{
  g_autofree char *numbers = shown_numbers (f);
  g_auto(GStrv) each = g_strsplit (expected, "|", -1);

  g_assert_cmpstr (numbers, ==, expected);

  /* What the rows say they hold is what the person sees. */
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  for (guint i = 0; each[i] != NULL; i++)
    {
      if (*each[i] != '\0' && tend_test_find_label (GTK_WIDGET (f->page), each[i]) == NULL)
        g_error ("no label shows the number %s", each[i]);
    }
}

static char *
stored_region (Fixture *f)
{
  return g_settings_get_string (f->settings, "crisis-region");
}

/* Uses @telephone and @messages as the process's locale categories, or skips the test (with
 * a message) when the system lacks them. */
static gboolean
use_locale (const char *telephone,
            const char *messages)
{
  if (setlocale (LC_TELEPHONE, telephone) == NULL || setlocale (LC_MESSAGES, messages) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("the locales %s and %s are not installed",
                                              telephone, messages);

      g_test_skip (why);
      return FALSE;
    }

  return TRUE;
}

static void
test_stored_region (Fixture       *f,
                    gconstpointer  data)
{
  g_settings_set_string (f->settings, "crisis-region", "DE");
  open_page (f, 800, 700);

  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "DE");
  assert_numbers (f, "0800 111 0 111|0800 111 0 222|116 123|116 016|112");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "TelefonSeelsorge"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "TelefonSeelsorge, second number"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "TelefonSeelsorge, short number"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Emergency services"));
  /* Compared with the service's own page on a day, or only written down in a month. */
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Checked on 7 December 2026"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Listed in November 2026"));
}

static void
test_locale_region (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *stored = NULL;

  if (!use_locale ("en_US.UTF-8", "en_US.UTF-8"))
    return;

  open_page (f, 800, 700);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "US");
  assert_numbers (f, "988|1 800 799 7233|1 800 656 4673|911");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "988 Suicide & Crisis Lifeline"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page),
                                          "You can also send a text message to this number."));

  /* A guess is not a choice: the setting stays empty and keeps following the locale. */
  stored = stored_region (f);
  g_assert_cmpstr (stored, ==, "");
}

static void
test_locale_formats (Fixture       *f,
                     gconstpointer  data)
{
  /* English words, German formats: the person most likely lives in Germany. */
  if (!use_locale ("de_DE.UTF-8", "en_US.UTF-8"))
    return;
  open_page (f, 800, 700);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "DE");
  close_page (f);

  /* Formats that name no country leave the choice to the language. */
  setlocale (LC_TELEPHONE, "C");
  open_page (f, 800, 700);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "US");
  close_page (f);

  /* Nowhere Tend knows a line for: the advice for anywhere. */
  setlocale (LC_MESSAGES, "C");
  open_page (f, 800, 700);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "general");
  /* No number rather than a wrong one. */
  assert_numbers (f, "");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Your local emergency number"));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Listed in December 2026"));
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->page), "112"));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static guint
find_region_name (AdwComboRow *row,
                  const char  *name)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
        return i;
    }

  g_error ("the region row does not offer %s", name);
}

static void
test_choose_region (Fixture       *f,
                    gconstpointer  data)
{
  AdwComboRow *row;
  GListModel *model;
  g_autofree char *stored = NULL;
  g_autofree char *stored_again = NULL;
  guint n_notify = 0;

  g_settings_set_string (f->settings, "crisis-region", "US");
  open_page (f, 800, 700);
  row = ADW_COMBO_ROW (tend_test_find_type (GTK_WIDGET (f->page), ADW_TYPE_COMBO_ROW));
  model = adw_combo_row_get_model (row);
  g_signal_connect (f->page, "notify::region", G_CALLBACK (count_notify), &n_notify);

  /* Every region of the file, by name, and the advice for anywhere last. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 31);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 28), ==, "Elsewhere in Europe");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 29), ==, "Elsewhere in the Americas");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 30), ==, "Wherever you are");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model),
                                               adw_combo_row_get_selected (row)),
                   ==, "United States");

  adw_combo_row_set_selected (row, find_region_name (row, "United Kingdom"));
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "GB");
  stored = stored_region (f);
  g_assert_cmpstr (stored, ==, "GB");
  assert_numbers (f, "116 123|0808 500 2222|999");
  g_assert_null (tend_test_find_label (GTK_WIDGET (f->page), "988"));

  /* The European Union is a region of its own, not only its countries. */
  adw_combo_row_set_selected (row, find_region_name (row, "European Union"));
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "EU");
  assert_numbers (f, "112");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page), "Emergency services"));

  /* The same region again changes nothing. */
  n_notify = 0;
  tend_help_page_set_region (f->page, "EU");
  g_assert_cmpuint (n_notify, ==, 0);

  /* Through the API, the row follows; a country without lines of its own shows its region. */
  tend_help_page_set_region (f->page, "IT");
  g_assert_cmpuint (n_notify, ==, 0);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "EU");
  tend_help_page_set_region (f->page, "FR");
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model),
                                               adw_combo_row_get_selected (row)),
                   ==, "France");
  stored_again = stored_region (f);
  g_assert_cmpstr (stored_again, ==, "FR");
  assert_numbers (f, "3114|3919|112");
}

static gboolean
region_is_es (gpointer data)
{
  return g_strcmp0 (tend_help_page_get_region (data), "ES") == 0;
}

static void
test_settings_follow (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *stored = NULL;

  if (!use_locale ("en_US.UTF-8", "en_US.UTF-8"))
    return;

  open_page (f, 800, 700);
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "US");

  /* Another window, or dconf, changes the setting: the page follows. */
  g_settings_set_string (f->settings, "crisis-region", "ES");
  tend_test_wait_until (region_is_es, f->page, "the page to follow the setting");
  assert_numbers (f, "024|016|112");

  /* An empty region goes back to the locale's, and is kept empty. */
  tend_help_page_set_region (f->page, "");
  g_assert_cmpstr (tend_help_page_get_region (f->page), ==, "US");
  stored = stored_region (f);
  g_assert_cmpstr (stored, ==, "");
}

static void
test_not_a_crisis_service (Fixture       *f,
                           gconstpointer  data)
{
  open_page (f, 800, 700);

  g_assert_cmpstr (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (f->page)), ==,
                   "Need More Help?");
  g_assert_cmpstr (adw_navigation_page_get_tag (ADW_NAVIGATION_PAGE (f->page)), ==, "help");
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page),
                                          "Tend is not a crisis service, and it cannot call "
                                          "anyone for you."));
  g_assert_nonnull (tend_test_find_label (GTK_WIDGET (f->page),
                                          "If you are in danger, or you might act on thoughts "
                                          "of hurting yourself, call your local emergency "
                                          "number now."));
}

static gboolean
is_focused (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

static gboolean
has_content (gpointer clipboard)
{
  return gdk_clipboard_get_content (clipboard) != NULL;
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *row;
  GtkWidget *button;
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_settings_set_string (f->settings, "crisis-region", "GB");
  open_page (f, 800, 700);
  row = tend_test_find_type (GTK_WIDGET (f->page), TEND_TYPE_CRISIS_LINE_ROW);
  button = tend_test_find_type (row, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Copy Number");

  /* From the keyboard: the row takes focus, and Tab reaches its button. */
  g_assert_true (gtk_widget_get_focusable (row));
  gtk_widget_grab_focus (row);
  tend_test_wait_until (is_focused, row, "the row to take focus");
  for (guint i = 0; i < 4 && !gtk_widget_has_focus (button); i++)
    gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_has_focus (button));

  /* A button activated from the keyboard looks pressed for a moment before it clicks. */
  g_assert_true (gtk_widget_activate (button));
  tend_test_wait_until (has_content, gtk_widget_get_clipboard (button), "the copied number");
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (button));
  g_value_init (&value, G_TYPE_STRING);
  gdk_content_provider_get_value (content, &value, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_value_get_string (&value), ==, "116 123");

  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_nonnull (tend_test_find_label (f->overlay, "Number copied"));
}

static void
test_format_checked (void)
{
  g_autofree char *day = tend_crisis_line_format_checked ("2026-11-24");
  g_autofree char *month = tend_crisis_line_format_checked ("2025-01");

  g_assert_cmpstr (day, ==, "Checked on 24 November 2026");
  g_assert_cmpstr (month, ==, "Listed in January 2025");
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    int         width;
    const char *region;
    const char *name;
  } shots[] = {
    { 360, "FR", "help-narrow" },
    { 360, "DE", "help-narrow-de" },
    { 800, "US", "help-wide" },
    { 360, "CA-QC", "help-narrow-quebec" },
    { 360, "ES", "help-narrow-es" },
    { 360, "general", "help-narrow-general" },
    { 360, "PY", "help-narrow-paraguay" },
    { 800, "GB", "help-wide-uk" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *light = g_strconcat (shots[i].name, "-light", NULL);
      g_autofree char *dark = g_strconcat (shots[i].name, "-dark", NULL);
      GtkWidget *content;

      g_settings_set_string (f->settings, "crisis-region", shots[i].region);
      open_page (f, shots[i].width, 900);

      /* Nothing is wider than the window, whatever the names. */
      content = adw_navigation_page_get_child (ADW_NAVIGATION_PAGE (f->page));
      g_assert_cmpint (gtk_widget_get_width (content), <=, shots[i].width);

      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
      tend_test_save_screenshot (GTK_WIDGET (f->window), light);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      tend_test_save_screenshot (GTK_WIDGET (f->window), dark);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      close_page (f);
    }
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);
  /* The dates on the page are compared in English, whatever the developer's formats;
   * screenshots in another language keep its dates. */
  if (g_getenv ("TEND_SHOT_DIR") == NULL)
    setlocale (LC_TIME, "C");

  g_test_add ("/tend/help-page/stored-region", Fixture, NULL,
              fixture_setup, test_stored_region, fixture_teardown);
  g_test_add ("/tend/help-page/locale-region", Fixture, NULL,
              fixture_setup, test_locale_region, fixture_teardown);
  g_test_add ("/tend/help-page/locale-formats", Fixture, NULL,
              fixture_setup, test_locale_formats, fixture_teardown);
  g_test_add ("/tend/help-page/choose-region", Fixture, NULL,
              fixture_setup, test_choose_region, fixture_teardown);
  g_test_add ("/tend/help-page/settings-follow", Fixture, NULL,
              fixture_setup, test_settings_follow, fixture_teardown);
  g_test_add ("/tend/help-page/not-a-crisis-service", Fixture, NULL,
              fixture_setup, test_not_a_crisis_service, fixture_teardown);
  g_test_add ("/tend/help-page/copy", Fixture, NULL,
              fixture_setup, test_copy, fixture_teardown);
  g_test_add_func ("/tend/help-page/format-checked", test_format_checked);
  g_test_add ("/tend/help-page/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
