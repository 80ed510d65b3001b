/* tend-look-back-group.c — Look Back: entries from months ago, offered and never pushed.
 *
 * Each card names how long ago, and the day, and offers two buttons: to show the entry, or to
 * put it aside until Tend starts again. Never offering it again is a choice of its own, in the
 * card's menu, away from the buttons a person presses without much thought. Named for the
 * group it is, since the model's TendLookBack is the entry offered.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "tend-look-back-group.h"
#include "tend-progress-summary.h"

/* An entry offered to look back on, copied out of the TendProgress so that a card never holds
 * a record the store may have let go of. */
typedef struct {
  guint  months_ago;
  char  *id;
  GDate  day;
} LookBack;

struct _TendLookBackGroup
{
  AdwPreferencesGroup  parent_instance;

  TendStore           *store;
  GSettings           *settings;
  LookBack             look_backs[TEND_PROGRESS_N_LOOK_BACKS];
  GHashTable          *set_aside;    /* ids of entries whose look-back was "Not Now" */

  GtkBox              *box;
};

G_DEFINE_FINAL_TYPE (TendLookBackGroup, tend_look_back_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  FOCUS_AWAY,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static void
clear_look_backs (TendLookBackGroup *self)
{
  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      g_clear_pointer (&self->look_backs[i].id, g_free);
      self->look_backs[i].months_ago = 0;
    }
}

static const char *
button_entry_id (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "entry-id");
}

static void update_look_backs (TendLookBackGroup *self);

static void
show_clicked_cb (GtkButton         *button,
                 TendLookBackGroup *self)
{
  /* The window opens it in the journal, where reading it is the person's own doing. */
  gtk_widget_activate_action (GTK_WIDGET (button), "win.open-entry", "s",
                              button_entry_id (GTK_WIDGET (button)));
}

static void
set_aside (TendLookBackGroup *self,
           const char        *id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL &&
                       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->box));

  g_hash_table_add (self->set_aside, g_strdup (id));
  update_look_backs (self);

  /* The keyboard stays among the look-backs rather than falling back to the window. */
  if (had_focus &&
      !gtk_widget_child_focus (GTK_WIDGET (self->box), GTK_DIR_TAB_FORWARD))
    g_signal_emit (self, signals[FOCUS_AWAY], 0);
}

static void
not_now_clicked_cb (GtkButton         *button,
                    TendLookBackGroup *self)
{
  set_aside (self, button_entry_id (GTK_WIDGET (button)));
}

/* From the card's menu, with the entry's id. */
static void
never_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TendLookBackGroup *self = TEND_LOOK_BACK_GROUP (widget);
  g_autofree char *id = g_variant_dup_string (parameter, NULL);
  TendEntry *entry = self->store != NULL ? tend_store_find_entry (self->store, id) : NULL;
  g_autoptr(GError) error = NULL;

  if (entry != NULL)
    {
      tend_entry_set_lookback (entry, FALSE);
      if (!tend_store_update_entry (self->store, entry, &error))
        g_warning ("Could not keep “don't show again” for an entry: %s", error->message);
    }

  set_aside (self, id);
}

static GtkWidget *
look_back_button (const char        *label,
                  const char        *id,
                  const char        *description,
                  GCallback         callback,
                  TendLookBackGroup *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data_full (G_OBJECT (button), "entry-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", callback, self);
  /* Several cards have the same buttons: each says which entry it is about. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return button;
}

/* The card's menu: "Don't Show Me This Again", for this entry. */
static GtkWidget *
card_menu (const LookBack *look_back,
           const char     *title)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) never = NULL;
  GtkWidget *button = gtk_menu_button_new ();

  /* Translators: in an old entry's menu in Look Back: never offers this entry again. */
  never = g_menu_item_new (_("_Don’t Show Me This Again"), NULL);
  g_menu_item_set_action_and_target_value (never, "look-back.never",
                                           g_variant_new_string (look_back->id));
  g_menu_append_item (menu, never);

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the tooltip and name of the menu on an old entry offered in Look Back. */
  gtk_widget_set_tooltip_text (button, _("More Choices"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Choices"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title,
                                  -1);
  return button;
}

static GtkWidget *
build_look_back (TendLookBackGroup *self,
                 const LookBack    *look_back)
{
  const char *title = tend_progress_summary_look_back (look_back->months_ago);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *when, *show, *not_now;
  g_autoptr(GDateTime) noon = g_date_time_new_utc (g_date_get_year (&look_back->day),
                                                   g_date_get_month (&look_back->day),
                                                   g_date_get_day (&look_back->day), 12, 0, 0);
  /* Translators: when an old entry was written, in the notation of g_date_time_format(),
   * e.g. “Written on 24 May 2026”. */
  g_autofree char *written = g_date_time_format (noon, _("Written on %-d %B %Y"));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "tend-chart-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (titles), heading);

  when = gtk_label_new (written);
  gtk_label_set_wrap (GTK_LABEL (when), TRUE);
  gtk_label_set_xalign (GTK_LABEL (when), 0);
  gtk_widget_add_css_class (when, "dim-label");
  gtk_box_append (GTK_BOX (titles), when);

  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (header), titles);
  gtk_box_append (GTK_BOX (header), card_menu (look_back, title));
  gtk_box_append (GTK_BOX (card), header);

  /* Translators: opens an old entry offered in Look Back. */
  show = look_back_button (_("_Show"), look_back->id, title, G_CALLBACK (show_clicked_cb), self);
  /* Translators: hides an old entry offered in Look Back until Tend is started again. */
  not_now = look_back_button (_("_Not Now"), look_back->id, title,
                              G_CALLBACK (not_now_clicked_cb), self);
  gtk_widget_add_css_class (not_now, "flat");

  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), show);
  gtk_box_append (GTK_BOX (buttons), not_now);
  gtk_box_append (GTK_BOX (card), buttons);

  return card;
}

static void
update_look_backs (TendLookBackGroup *self)
{
  GtkWidget *child;
  gboolean any = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      const LookBack *look_back = &self->look_backs[i];

      if (look_back->id == NULL || g_hash_table_contains (self->set_aside, look_back->id))
        continue;

      gtk_box_append (self->box, build_look_back (self, look_back));
      any = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self),
                          any && g_settings_get_boolean (self->settings, "show-look-back"));
}

/**
 * tend_look_back_group_set_look_backs:
 *
 * Offers @look_backs (TEND_PROGRESS_N_LOOK_BACKS of them, a TendProgress's), less those put
 * aside with "Not Now" since the group was made.
 */
void
tend_look_back_group_set_look_backs (TendLookBackGroup  *self,
                                     const TendLookBack *look_backs)
{
  g_return_if_fail (TEND_IS_LOOK_BACK_GROUP (self));
  g_return_if_fail (look_backs != NULL);

  clear_look_backs (self);

  for (guint i = 0; i < TEND_PROGRESS_N_LOOK_BACKS; i++)
    {
      const TendLookBack *look_back = &look_backs[i];
      int y, m, d;

      if (look_back->entry == NULL ||
          sscanf (tend_entry_get_day (look_back->entry), "%d-%d-%d", &y, &m, &d) != 3 ||
          !g_date_valid_dmy (d, m, y))
        continue;

      self->look_backs[i].months_ago = look_back->months_ago;
      self->look_backs[i].id = g_strdup (tend_entry_get_id (look_back->entry));
      g_date_clear (&self->look_backs[i].day, 1);
      g_date_set_dmy (&self->look_backs[i].day, d, m, y);
    }

  update_look_backs (self);
}


/* Where "Don’t Show Me This Again" is kept. */
void
tend_look_back_group_set_store (TendLookBackGroup *self,
                                TendStore         *store)
{
  g_return_if_fail (TEND_IS_LOOK_BACK_GROUP (self));
  g_return_if_fail (store == NULL || TEND_IS_STORE (store));

  g_set_object (&self->store, store);
}

static void
tend_look_back_group_dispose (GObject *object)
{
  TendLookBackGroup *self = TEND_LOOK_BACK_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_LOOK_BACK_GROUP);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->set_aside, g_hash_table_unref);
  clear_look_backs (self);

  G_OBJECT_CLASS (tend_look_back_group_parent_class)->dispose (object);
}

static void
tend_look_back_group_class_init (TendLookBackGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_look_back_group_dispose;

  /**
   * TendLookBackGroup::focus-away:
   *
   * The keyboard was on the last card, which was just put aside: the page gives it a place.
   */
  signals[FOCUS_AWAY] =
    g_signal_new ("focus-away", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/progress/tend-look-back-group.ui");
  gtk_widget_class_bind_template_child (widget_class, TendLookBackGroup, box);

  gtk_widget_class_install_action (widget_class, "look-back.never", "s", never_action);
}

static void
tend_look_back_group_init (TendLookBackGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->set_aside = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->settings = g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::show-look-back",
                           G_CALLBACK (update_look_backs), self, G_CONNECT_SWAPPED);
}

/**
 * tend_look_back_group_new:
 *
 * Hidden while it has nothing to offer, or while Preferences turn Look Back off.
 */
GtkWidget *
tend_look_back_group_new (void)
{
  return g_object_new (TEND_TYPE_LOOK_BACK_GROUP, NULL);
}
