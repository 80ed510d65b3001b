/* tend-learn-offer-link.c — a quiet link to a Learn topic, shown where it may help, at most once a
 * week, and never when suggestions are turned off.
 *
 * A flat, link-styled button that opens its topic through win.learn-topic, so the keyboard, a
 * click and a test take one path, from any page. It stays hidden until the page around it is
 * shown (its parent is mapped) while it is wanted there (Progress: a scale moved the hard way);
 * then it asks TendLearnOffers whether its place is due, which counts that as the week's one
 * showing. For the rest of that visit it stays; once the page is left, it is gone until a week
 * has passed. Turning suggestions off in Preferences hides it at once.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-learn.h"
#include "tend-learn-offer-link.h"

struct _TendLearnOfferLink
{
  GtkButton           parent_instance;

  TendLearnOfferKind  kind;
  char               *topic;
  gboolean            wanted;
  gboolean            shown_this_visit;

  TendLearnOffers    *offers;
  GtkWidget          *watched;  /* the parent whose map and unmap make a visit */
  GtkLabel           *label;
};

G_DEFINE_FINAL_TYPE (TendLearnOfferLink, tend_learn_offer_link, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TOPIC,
  PROP_TEXT,
  PROP_WANTED,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Shows the link when it is wanted, on, and either already shown in this visit or due now. */
static void
update (TendLearnOfferLink *self)
{
  gboolean visiting = self->watched != NULL && gtk_widget_get_mapped (self->watched);
  gboolean show = FALSE;

  if (self->wanted && tend_learn_offers_get_enabled (self->offers))
    {
      if (!self->shown_this_visit && visiting)
        self->shown_this_visit = tend_learn_offers_take (self->offers, self->kind);
      show = self->shown_this_visit;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), show);
}

static void
watched_map_cb (TendLearnOfferLink *self)
{
  update (self);
}

/* The page was left: this visit's showing is over. */
static void
watched_unmap_cb (TendLearnOfferLink *self)
{
  self->shown_this_visit = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
watch (TendLearnOfferLink *self,
       GtkWidget     *parent)
{
  if (self->watched == parent)
    return;

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  self->watched = parent;
  if (parent != NULL)
    {
      g_signal_connect_object (parent, "map", G_CALLBACK (watched_map_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (parent, "unmap", G_CALLBACK (watched_unmap_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/* A hidden widget is never mapped itself, so the visit is its parent's. */
static void
tend_learn_offer_link_root (GtkWidget *widget)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (widget);

  GTK_WIDGET_CLASS (tend_learn_offer_link_parent_class)->root (widget);
  watch (self, gtk_widget_get_parent (widget));
  update (self);
}

static void
tend_learn_offer_link_unroot (GtkWidget *widget)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (widget);

  watch (self, NULL);
  GTK_WIDGET_CLASS (tend_learn_offer_link_parent_class)->unroot (widget);
}

/* What a screen reader hears besides the link's words: where it leads. */
static void
describe (TendLearnOfferLink *self)
{
  const TendLearnTopic *topic = tend_learn_lookup (self->topic);
  g_autofree char *description = NULL;

  if (topic != NULL)
    /* Translators: what a screen reader adds about a quiet link to Learn; %s is the topic's
     * title, such as “Setbacks Are Part of Healing”. */
    description = g_strdup_printf (_("Opens “%s” in Learn"), _(topic->title));
  else
    /* Translators: what a screen reader adds about a link to the list of Learn topics. */
    description = g_strdup (_("Opens Learn"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* A link on the left reads from the left when it wraps; a centred one stays centred. */
static void
halign_changed_cb (TendLearnOfferLink *self)
{
  gboolean start = gtk_widget_get_halign (GTK_WIDGET (self)) == GTK_ALIGN_START;

  gtk_label_set_justify (self->label, start ? GTK_JUSTIFY_LEFT : GTK_JUSTIFY_CENTER);
  gtk_label_set_xalign (self->label, start ? 0 : 0.5);
}

static void
tend_learn_offer_link_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;
    case PROP_TEXT:
      g_value_set_string (value, tend_learn_offer_link_get_text (self));
      break;
    case PROP_WANTED:
      g_value_set_boolean (value, self->wanted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_learn_offer_link_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = MIN (g_value_get_uint (value), TEND_N_LEARN_OFFERS - 1);
      break;
    case PROP_TOPIC:
      tend_learn_offer_link_set_topic (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      tend_learn_offer_link_set_text (self, g_value_get_string (value));
      break;
    case PROP_WANTED:
      tend_learn_offer_link_set_wanted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_learn_offer_link_dispose (GObject *object)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (object);

  watch (self, NULL);
  g_clear_object (&self->offers);

  G_OBJECT_CLASS (tend_learn_offer_link_parent_class)->dispose (object);
}

static void
tend_learn_offer_link_finalize (GObject *object)
{
  TendLearnOfferLink *self = TEND_LEARN_OFFER_LINK (object);

  g_free (self->topic);

  G_OBJECT_CLASS (tend_learn_offer_link_parent_class)->finalize (object);
}

static void
tend_learn_offer_link_class_init (TendLearnOfferLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tend_learn_offer_link_get_property;
  object_class->set_property = tend_learn_offer_link_set_property;
  object_class->dispose = tend_learn_offer_link_dispose;
  object_class->finalize = tend_learn_offer_link_finalize;
  widget_class->root = tend_learn_offer_link_root;
  widget_class->unroot = tend_learn_offer_link_unroot;

  /* Which place offers it: each has its own week (TendLearnOfferKind). */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, TEND_N_LEARN_OFFERS - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The Learn topic's id it opens; empty for the list of topics. */
  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Its words, with an underlined mnemonic if any. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the moment fits, as the page around it decides. */
  properties[PROP_WANTED] =
    g_param_spec_boolean ("wanted", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LINK);
  gtk_widget_class_set_css_name (widget_class, "button");
}

static void
tend_learn_offer_link_init (TendLearnOfferLink *self)
{
  self->topic = g_strdup ("");
  self->wanted = TRUE;
  self->offers = tend_learn_offers_new (NULL);
  g_signal_connect_object (self->offers, "notify::enabled", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_use_underline (self->label, TRUE);
  gtk_label_set_mnemonic_widget (self->label, GTK_WIDGET (self));
  gtk_button_set_child (GTK_BUTTON (self), GTK_WIDGET (self->label));

  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "link");
  gtk_widget_add_css_class (GTK_WIDGET (self), "tend-learn-link");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.learn-topic");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", self->topic);
  describe (self);

  g_signal_connect (self, "notify::halign", G_CALLBACK (halign_changed_cb), NULL);
  halign_changed_cb (self);
}

/**
 * tend_learn_offer_link_new:
 * @kind: the place that offers it
 * @topic_id: the Learn topic it opens ("" for the list)
 * @text: its words, translated
 *
 * Returns: (transfer floating): a link that shows itself when its place is due.
 */
GtkWidget *
tend_learn_offer_link_new (TendLearnOfferKind  kind,
                           const char         *topic_id,
                           const char         *text)
{
  return g_object_new (TEND_TYPE_LEARN_OFFER_LINK,
                       "kind", kind,
                       "topic", topic_id,
                       "text", text,
                       NULL);
}

TendLearnOfferKind
tend_learn_offer_link_get_kind (TendLearnOfferLink *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFER_LINK (self), 0);

  return self->kind;
}

const char *
tend_learn_offer_link_get_topic (TendLearnOfferLink *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFER_LINK (self), NULL);

  return self->topic;
}

/**
 * tend_learn_offer_link_set_topic:
 * @topic_id: (nullable): a Learn topic's id; %NULL or "" for the list of topics
 *
 * The "topic" property: what the link opens.
 */
void
tend_learn_offer_link_set_topic (TendLearnOfferLink *self,
                                 const char         *topic_id)
{
  g_return_if_fail (TEND_IS_LEARN_OFFER_LINK (self));

  if (!g_set_str (&self->topic, topic_id != NULL ? topic_id : ""))
    return;

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", self->topic);
  describe (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

const char *
tend_learn_offer_link_get_text (TendLearnOfferLink *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFER_LINK (self), NULL);

  return gtk_label_get_label (self->label);
}

/**
 * tend_learn_offer_link_set_text:
 *
 * The "text" property: the link's words, which are also its accessible name.
 */
void
tend_learn_offer_link_set_text (TendLearnOfferLink *self,
                                const char         *text)
{
  g_return_if_fail (TEND_IS_LEARN_OFFER_LINK (self));

  if (g_strcmp0 (gtk_label_get_label (self->label), text) == 0)
    return;

  gtk_label_set_label (self->label, text != NULL ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gboolean
tend_learn_offer_link_get_wanted (TendLearnOfferLink *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFER_LINK (self), FALSE);

  return self->wanted;
}

/**
 * tend_learn_offer_link_set_wanted:
 *
 * The "wanted" property: whether the moment fits, as the page around the link decides (on
 * Progress, whether a check-in moved the hard way). Wanted while the page is shown, it asks
 * whether its place is due; unwanted, it hides.
 */
void
tend_learn_offer_link_set_wanted (TendLearnOfferLink *self,
                                  gboolean            wanted)
{
  g_return_if_fail (TEND_IS_LEARN_OFFER_LINK (self));

  wanted = !!wanted;
  if (self->wanted == wanted)
    return;

  self->wanted = wanted;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WANTED]);
}
