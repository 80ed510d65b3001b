/* tend-document-font.c — sets text views with the "tend-document" style class in the font the
 * person chose for documents, and follows it when it changes.
 *
 * libadwaita reports the font from 1.8 on (through the settings portal, also in the sandbox);
 * our floor is older, so the property is looked up at run time, and without it the desktop's
 * setting is read directly when its schema is installed. Otherwise the theme's font stays.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "tend-document-font.h"

struct _TendDocumentFont
{
  GObject          parent_instance;

  GdkDisplay      *display;
  GtkCssProvider  *provider;
  GSettings       *interface_settings;  /* only where libadwaita does not say the font */
};

G_DEFINE_FINAL_TYPE (TendDocumentFont, tend_document_font, G_TYPE_OBJECT)

static void
font_changed_cb (TendDocumentFont *self)
{
  g_autofree char *name = NULL;
  g_autofree char *css = NULL;
  PangoFontDescription *desc;
  const char *family;

  if (self->interface_settings != NULL)
    name = g_settings_get_string (self->interface_settings, "document-font-name");
  else
    g_object_get (adw_style_manager_get_default (), "document-font-name", &name, NULL);

  desc = pango_font_description_from_string (name != NULL ? name : "");
  family = pango_font_description_get_family (desc);

  /* A family name goes into CSS quoted; one that would need escaping is left alone. */
  if (family != NULL && *family != '\0' && strpbrk (family, "\"\\;{}") == NULL)
    {
      int size = pango_font_description_get_size (desc);
      g_autofree char *size_css = NULL;

      if (size > 0 && !pango_font_description_get_size_is_absolute (desc))
        size_css = g_strdup_printf ("font-size: %gpt;", (double) size / PANGO_SCALE);
      css = g_strdup_printf ("textview.tend-document { font-family: \"%s\"; %s }",
                             family, size_css != NULL ? size_css : "");
    }
  pango_font_description_free (desc);

  gtk_css_provider_load_from_string (self->provider, css != NULL ? css : "");
}

static void
tend_document_font_dispose (GObject *object)
{
  TendDocumentFont *self = TEND_DOCUMENT_FONT (object);

  if (self->provider != NULL)
    gtk_style_context_remove_provider_for_display (self->display,
                                                   GTK_STYLE_PROVIDER (self->provider));
  g_clear_object (&self->provider);
  g_clear_object (&self->interface_settings);
  g_clear_object (&self->display);

  G_OBJECT_CLASS (tend_document_font_parent_class)->dispose (object);
}

static void
tend_document_font_class_init (TendDocumentFontClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tend_document_font_dispose;
}

static void
tend_document_font_init (TendDocumentFont *self)
{
}

/**
 * tend_document_font_new:
 *
 * Follows the document font on @display for as long as the object lives; without a way to
 * know the font, it changes nothing.
 */
TendDocumentFont *
tend_document_font_new (GdkDisplay *display)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  TendDocumentFont *self;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);

  self = g_object_new (TEND_TYPE_DOCUMENT_FONT, NULL);
  self->display = g_object_ref (display);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (manager), "document-font-name") != NULL)
    {
      g_signal_connect_object (manager, "notify::document-font-name",
                               G_CALLBACK (font_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
      if (schema == NULL || !g_settings_schema_has_key (schema, "document-font-name"))
        return self;

      self->interface_settings = g_settings_new_full (schema, NULL, NULL);
      g_signal_connect_object (self->interface_settings, "changed::document-font-name",
                               G_CALLBACK (font_changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  font_changed_cb (self);
  return self;
}
