/* test-templates.c — every .ui file in the resource bundle builds.
 *
 * The version macros catch newer API in C, but a .ui file naming a widget newer than the floor
 * only fails when it is loaded; this test loads every one of them.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "tend-test-utils.h"

/* "TendPromptCard" → "tend_prompt_card_get_type", the way GtkBuilder guesses type functions. */
static char *
type_func_name (const char *class_name)
{
  GString *name = g_string_new (NULL);

  for (const char *c = class_name; *c != '\0'; c++)
    {
      if (g_ascii_isupper (*c) && c != class_name)
        g_string_append_c (name, '_');
      g_string_append_c (name, g_ascii_tolower (*c));
    }
  g_string_append (name, "_get_type");

  return g_string_free (name, FALSE);
}

static GType
resolve_type (const char *class_name)
{
  GModule *module = g_module_open (NULL, 0);
  g_autofree char *func_name = type_func_name (class_name);
  GType (*type_func) (void) = NULL;
  gboolean found;

  g_assert_nonnull (module);
  found = g_module_symbol (module, func_name, (gpointer *) &type_func);
  g_module_close (module);

  return found ? type_func () : G_TYPE_INVALID;
}

static char *
template_class (const char *ui)
{
  g_autoptr(GRegex) regex = g_regex_new ("<template class=\"([A-Za-z0-9]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, ui, 0, &match))
    return NULL;

  return g_match_info_fetch (match, 1);
}

/* The libadwaita minor version a .ui file says it needs: <requires lib="Adw" version="1.N"/>. */
static guint
required_adw_minor (const char *ui)
{
  g_autoptr(GRegex) regex = g_regex_new ("<requires lib=\"Adw\" version=\"1\\.([0-9]+)\"/>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *minor = NULL;

  if (!g_regex_match (regex, ui, 0, &match))
    return 0;

  minor = g_match_info_fetch (match, 1);
  return (guint) g_ascii_strtoull (minor, NULL, 10);
}

static void
test_ui_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *class_name = NULL;
  g_autoptr(GError) error = NULL;
  guint adw_minor;

  bytes = g_resources_lookup_data (path, 0, &error);
  g_assert_no_error (error);

  /* A file above the floor (the shortcuts dialog, libadwaita 1.8) is loaded only where the
   * running libadwaita has what it names; elsewhere it must say so, and is not built. */
  adw_minor = required_adw_minor (g_bytes_get_data (bytes, NULL));
  if (adw_minor > adw_get_minor_version ())
    {
      g_autofree char *why = g_strdup_printf ("%s needs libadwaita 1.%u; this is 1.%u", path,
                                              adw_minor, adw_get_minor_version ());

      g_test_skip (why);
      return;
    }

  class_name = template_class (g_bytes_get_data (bytes, NULL));

  if (class_name != NULL)
    {
      GType type = resolve_type (class_name);
      GObject *object;

      g_assert_true (type != G_TYPE_INVALID);
      object = g_object_new (type, NULL);
      g_assert_nonnull (object);

      if (GTK_IS_WINDOW (object))
        gtk_window_destroy (GTK_WINDOW (object));
      else
        g_object_unref (g_object_ref_sink (object));
    }
  else
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();

      gtk_builder_add_from_resource (builder, path, &error);
      g_assert_no_error (error);
    }
}

static void
collect_ui_files (const char *dir,
                  GPtrArray  *out)
{
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (dir, children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        collect_ui_files (path, out);
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (out, g_steal_pointer (&path));
    }
}

/* The About dialog shows the app's icon, the development build's own one there, even when Tend
 * runs from its build folder with nothing installed: the icon theme finds it in the resources. */
static void
test_app_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  uri = g_file_get_uri (file);
  g_test_message ("the icon is %s", uri);
  g_assert_true (g_str_has_prefix (uri, "resource://" RESOURCE_PATH "/icons/"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  tend_test_init (&argc, &argv);

  collect_ui_files (RESOURCE_PATH "/", files);
  g_assert_cmpuint (files->len, >=, 2);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *test_path = g_strconcat ("/tend/templates", path + strlen (RESOURCE_PATH), NULL);

      g_test_add_data_func (test_path, path, test_ui_file);
    }

  g_test_add_func ("/tend/templates/app-icon", test_app_icon);

  return g_test_run ();
}
