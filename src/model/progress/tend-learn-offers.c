/* tend-learn-offers.c — when a quiet link to a Learn topic may be offered: at most once a week
 * for each place, and never when the person has turned suggestions off.
 *
 * Reading about setbacks or the window of tolerance can help at the right moment, and becomes
 * a nag if it is there every time. Each place that offers a link (Progress after a harder
 * stretch, the Ground page's choice, an exercise's stop page, the Journal's welcome) asks here
 * first; what was shown when is kept in GSettings, so a week is a week across restarts. The
 * same switch as the look-back cards turns them all off (“show-look-back”: its name is kept
 * so that no one's earlier choice is lost).
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tend-learn-offers.h"
#include "tend-progress-summary.h"

#define ENABLED_KEY "show-look-back"
#define SHOWN_KEY   "learn-offers-shown"
#define WEEK        (7 * G_TIME_SPAN_DAY / G_TIME_SPAN_SECOND)

/* How each place is named in SHOWN_KEY: stable, since they are stored. */
static const char * const kind_names[TEND_N_LEARN_OFFERS] = {
  [TEND_LEARN_OFFER_PROGRESS] = "progress",
  [TEND_LEARN_OFFER_GROUND] = "ground",
  [TEND_LEARN_OFFER_STOP] = "stop",
  [TEND_LEARN_OFFER_JOURNAL] = "journal",
};

struct _TendLearnOffers
{
  GObject               parent_instance;

  GSettings            *settings;
  TendLearnOffersClock  clock;
  gpointer              clock_data;
};

G_DEFINE_FINAL_TYPE (TendLearnOffers, tend_learn_offers, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
system_clock (gpointer user_data)
{
  return g_date_time_new_now_utc ();
}

static gint64
now_seconds (TendLearnOffers *self)
{
  g_autoptr(GDateTime) now = self->clock (self->clock_data);

  return g_date_time_to_unix (now);
}

/* When @kind was last shown, in seconds since 1970, or 0 when never. */
static gint64
last_shown (TendLearnOffers    *self,
            TendLearnOfferKind  kind)
{
  g_autoptr(GVariant) shown = g_settings_get_value (self->settings, SHOWN_KEY);
  gint64 when = 0;

  if (!g_variant_lookup (shown, kind_names[kind], "x", &when))
    return 0;
  return when;
}

static void
set_last_shown (TendLearnOffers    *self,
                TendLearnOfferKind  kind,
                gint64              when)
{
  g_autoptr(GVariant) shown = g_settings_get_value (self->settings, SHOWN_KEY);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sx}"));
  GVariantIter iter;
  const char *name;
  gint64 value;

  /* Names this version does not know (from a newer Tend) are kept as they are. */
  g_variant_iter_init (&iter, shown);
  while (g_variant_iter_next (&iter, "{&sx}", &name, &value))
    if (strcmp (name, kind_names[kind]) != 0)
      g_variant_builder_add (&builder, "{sx}", name, value);
  g_variant_builder_add (&builder, "{sx}", kind_names[kind], when);

  g_settings_set_value (self->settings, SHOWN_KEY, g_variant_builder_end (&builder));
}

static void
enabled_changed_cb (TendLearnOffers *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

static void
tend_learn_offers_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TendLearnOffers *self = TEND_LEARN_OFFERS (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, tend_learn_offers_get_enabled (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_learn_offers_dispose (GObject *object)
{
  TendLearnOffers *self = TEND_LEARN_OFFERS (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tend_learn_offers_parent_class)->dispose (object);
}

static void
tend_learn_offers_class_init (TendLearnOffersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = tend_learn_offers_get_property;
  object_class->dispose = tend_learn_offers_dispose;

  /* Whether links to Learn may be offered at all (Preferences). */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tend_learn_offers_init (TendLearnOffers *self)
{
  self->clock = system_clock;
}

/**
 * tend_learn_offers_new:
 * @settings: (nullable): Tend's settings, or %NULL for the application's own
 *
 * Returns: (transfer full): the offers, which read and keep their state in @settings.
 */
TendLearnOffers *
tend_learn_offers_new (GSettings *settings)
{
  TendLearnOffers *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (TEND_TYPE_LEARN_OFFERS, NULL);
  self->settings = settings != NULL ? g_object_ref (settings) : g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::" ENABLED_KEY,
                           G_CALLBACK (enabled_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/**
 * tend_learn_offers_set_clock:
 * @clock: (nullable): returns the time now; %NULL for the system's clock
 *
 * For tests: the clock that says when a link is shown, and whether a week has passed.
 */
void
tend_learn_offers_set_clock (TendLearnOffers      *self,
                             TendLearnOffersClock  clock,
                             gpointer              user_data)
{
  g_return_if_fail (TEND_IS_LEARN_OFFERS (self));

  self->clock = clock != NULL ? clock : system_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
}

/**
 * tend_learn_offers_get_enabled:
 *
 * The "enabled" property: whether links to Learn may be offered at all. It is the switch in
 * Preferences that also offers old entries to look back on.
 */
gboolean
tend_learn_offers_get_enabled (TendLearnOffers *self)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFERS (self), FALSE);

  return g_settings_get_boolean (self->settings, ENABLED_KEY);
}

/**
 * tend_learn_offers_is_due:
 * @kind: the place that would offer a link
 *
 * Whether @kind's link may be shown now: suggestions are on, and it was not shown in the last
 * seven days. A time of showing that lies more than a week ahead (the clock was set back) does
 * not keep it away for longer than a week would.
 */
gboolean
tend_learn_offers_is_due (TendLearnOffers    *self,
                          TendLearnOfferKind  kind)
{
  gint64 last;
  gint64 now;

  g_return_val_if_fail (TEND_IS_LEARN_OFFERS (self), FALSE);
  g_return_val_if_fail (kind < TEND_N_LEARN_OFFERS, FALSE);

  if (!tend_learn_offers_get_enabled (self))
    return FALSE;

  last = last_shown (self, kind);
  if (last == 0)
    return TRUE;
  now = now_seconds (self);
  return now - last >= WEEK || last - now >= WEEK;
}

/**
 * tend_learn_offers_take:
 * @kind: the place that would offer a link
 *
 * Asks to show @kind's link now. When it is due (tend_learn_offers_is_due ()), now is kept as
 * the time it was shown, so that it stays away for a week.
 *
 * Returns: whether to show it.
 */
gboolean
tend_learn_offers_take (TendLearnOffers    *self,
                        TendLearnOfferKind  kind)
{
  g_return_val_if_fail (TEND_IS_LEARN_OFFERS (self), FALSE);
  g_return_val_if_fail (kind < TEND_N_LEARN_OFFERS, FALSE);

  if (!tend_learn_offers_is_due (self, kind))
    return FALSE;

  set_last_shown (self, kind, now_seconds (self));
  return TRUE;
}

/**
 * tend_learn_offers_moved_hard_way:
 * @progress: figures from tend_progress_compute ()
 * @out_scale: (out) (optional): the first scale that moved the hard way
 *
 * Whether a check-in scale moved the hard way over the range, as its summary sentence says
 * (tend_progress_summary_direction ()): distress rose, or mood, safety in the body or
 * closeness fell.
 * This is when Progress offers "Setbacks are part of healing".
 */
gboolean
tend_learn_offers_moved_hard_way (const TendProgress *progress,
                                  TendScale          *out_scale)
{
  g_return_val_if_fail (progress != NULL, FALSE);

  for (TendScale scale = 0; scale < TEND_N_SCALES; scale++)
    {
      double from, to;
      int moved;

      if (!tend_progress_get_trend (progress, scale, &from, &to))
        continue;

      moved = tend_progress_summary_direction (scale, from, to);
      if (scale == TEND_SCALE_DISTRESS ? moved > 0 : moved < 0)
        {
          if (out_scale != NULL)
            *out_scale = scale;
          return TRUE;
        }
    }

  return FALSE;
}
