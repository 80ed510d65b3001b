/* test-learn-offers.c — a quiet link to Learn comes at most once a week for each place, only
 * after a harder stretch on Progress, and never when suggestions are turned off.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "tend-learn-offers.h"
#include "tend-test-model.h"
#include "tend-test-records.h"

#define U TEND_CHECKIN_UNSET

typedef struct {
  GSettings       *settings;
  TendLearnOffers *offers;
  GDateTime       *now;
} Fixture;

static GDateTime *
fixture_clock (gpointer user_data)
{
  Fixture *f = user_data;

  return g_date_time_ref (f->now);
}

static void
set_now (Fixture    *f,
         const char *iso8601)
{
  g_clear_pointer (&f->now, g_date_time_unref);
  f->now = tend_test_date_time (iso8601);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->settings = g_settings_new (BASE_APP_ID);
  g_settings_reset (f->settings, "show-look-back");
  g_settings_reset (f->settings, "learn-offers-shown");
  set_now (f, "2026-12-07T09:00:00Z");
  f->offers = tend_learn_offers_new (f->settings);
  tend_learn_offers_set_clock (f->offers, fixture_clock, f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->offers);
  g_settings_reset (f->settings, "show-look-back");
  g_settings_reset (f->settings, "learn-offers-shown");
  g_clear_object (&f->settings);
  g_clear_pointer (&f->now, g_date_time_unref);
}

/* Thirty days to 7 December with check-ins only at the two ends, so that each third has
 * exactly the values given. */
static TendProgress *
progress_of (GPtrArray  *entries,
             const char *from_values,
             const char *to_values)
{
  const char *days[2] = { "2026-11-08", "2026-12-07" };
  const char *values[2] = { from_values, to_values };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDate today;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDateTime) created = tend_test_date_time ("2026-11-08T10:00:00Z");
      g_autofree char *id = g_strdup_printf ("entry-%u", entries->len);
      TendEntry *entry = tend_entry_new (id, created);
      int mood, distress, safety, closeness;

      g_assert_cmpint (sscanf (values[i], "%d %d %d %d", &mood, &distress, &safety,
                               &closeness), ==, 4);
      tend_entry_set_day (entry, days[i]);
      tend_entry_set_mood (entry, mood);
      tend_entry_set_distress (entry, distress);
      tend_entry_set_safety (entry, safety);
      tend_entry_set_closeness (entry, closeness);
      g_ptr_array_add (entries, entry);
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 7, 12, 2026);
  return tend_progress_compute ((TendEntry **) entries->pdata, entries->len, NULL, 0,
                                TEND_PROGRESS_30_DAYS, &today, G_DATE_MONDAY, utc);
}

/* Which moves are the hard way: distress up; mood, safety or closeness down. A move the
 * sentences tell as no change (tend_progress_summary_direction ()) is none. */
static void
test_hard_way (void)
{
  const struct {
    const char *from;
    const char *to;
    gboolean    hard;
    TendScale   scale;
  } cases[] = {
    { "3 4 3 3", "3 7 3 3", TRUE, TEND_SCALE_DISTRESS },
    { "3 7 3 3", "3 4 3 3", FALSE, 0 },
    { "4 -1 -1 -1", "2 -1 -1 -1", TRUE, TEND_SCALE_MOOD },
    { "2 -1 -1 -1", "4 -1 -1 -1", FALSE, 0 },
    { "-1 -1 4 -1", "-1 -1 3 -1", TRUE, TEND_SCALE_SAFETY },
    { "-1 -1 -1 5", "-1 -1 -1 1", TRUE, TEND_SCALE_CLOSENESS },
    { "3 4 3 3", "3 4 3 3", FALSE, 0 },
    /* Only one end has a check-in: no trend, no move. */
    { "-1 2 -1 -1", "-1 -1 -1 -1", FALSE, 0 },
    /* Better on one scale, harder on another: the harder one counts. */
    { "2 6 3 3", "4 3 3 1", TRUE, TEND_SCALE_CLOSENESS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(TendProgress) progress = progress_of (entries, cases[i].from, cases[i].to);
      TendScale scale = TEND_N_SCALES;

      g_test_message ("case %u: %s → %s", i, cases[i].from, cases[i].to);
      g_assert_cmpint (tend_learn_offers_moved_hard_way (progress, &scale), ==, cases[i].hard);
      if (cases[i].hard)
        g_assert_cmpint (scale, ==, cases[i].scale);
      else
        g_assert_cmpint (scale, ==, TEND_N_SCALES);
    }
}

/* The test: distress rose over the range, so Progress offers "Setbacks are part of
 * healing"; once shown, not again for a week; and never while suggestions are off. */
static void
test_progress_once_a_week (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TendProgress) progress = progress_of (entries, "3 3 3 3", "3 8 3 3");

  g_assert_true (tend_learn_offers_moved_hard_way (progress, NULL));
  g_assert_true (tend_learn_offers_is_due (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));

  /* The same day, the next day, six days and 23 hours later: not again. */
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  set_now (f, "2026-12-08T09:00:00Z");
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  set_now (f, "2026-12-14T08:59:59Z");
  g_assert_false (tend_learn_offers_is_due (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));

  /* A week on, once more; and the week starts again from then. */
  set_now (f, "2026-12-14T09:00:00Z");
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  set_now (f, "2026-12-20T09:00:00Z");
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));

  /* Turned off: never, however long it has been, and nothing is written down. */
  g_settings_set_boolean (f->settings, "show-look-back", FALSE);
  set_now (f, "2027-03-01T09:00:00Z");
  g_assert_false (tend_learn_offers_is_due (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));

  /* On again: it was not shown while off, so it is due. */
  g_settings_set_boolean (f->settings, "show-look-back", TRUE);
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
}

/* Off from the start: not even the first time. */
static void
test_never_when_off (Fixture       *f,
                     gconstpointer  data)
{
  g_settings_set_boolean (f->settings, "show-look-back", FALSE);

  for (TendLearnOfferKind kind = 0; kind < TEND_N_LEARN_OFFERS; kind++)
    g_assert_false (tend_learn_offers_take (f->offers, kind));

  g_settings_set_boolean (f->settings, "show-look-back", TRUE);
  for (TendLearnOfferKind kind = 0; kind < TEND_N_LEARN_OFFERS; kind++)
    g_assert_true (tend_learn_offers_take (f->offers, kind));
}

/* Each place keeps its own week: Ground's link is not held back by Progress's. */
static void
test_each_place (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  set_now (f, "2026-12-09T09:00:00Z");
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_STOP));
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_JOURNAL));

  /* A week after Progress's, but not after Ground's. */
  set_now (f, "2026-12-14T10:00:00Z");
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_PROGRESS));
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));
}

/* What was shown is kept in the settings, so a restart (a new object) still waits the week;
 * names from a newer Tend are kept when one is written. */
static void
test_kept (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TendLearnOffers) again = NULL;
  g_autoptr(GVariant) shown = NULL;
  gint64 when = 0;

  g_settings_set_value (f->settings, "learn-offers-shown",
                        g_variant_new_parsed ("{'someday': @x 5}"));
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_STOP));

  again = tend_learn_offers_new (f->settings);
  tend_learn_offers_set_clock (again, fixture_clock, f);
  g_assert_false (tend_learn_offers_take (again, TEND_LEARN_OFFER_STOP));

  shown = g_settings_get_value (f->settings, "learn-offers-shown");
  g_assert_true (g_variant_lookup (shown, "someday", "x", &when));
  g_assert_cmpint (when, ==, 5);
  g_assert_true (g_variant_lookup (shown, "stop", "x", &when));
  g_assert_cmpint (when, ==, g_date_time_to_unix (f->now));
}

/* A clock set back by a year does not keep the link away for a year. */
static void
test_clock_set_back (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));
  set_now (f, "2026-12-05T09:00:00Z");
  g_assert_false (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));
  set_now (f, "2025-12-07T09:00:00Z");
  g_assert_true (tend_learn_offers_take (f->offers, TEND_LEARN_OFFER_GROUND));
}

/* The switch in Preferences notifies "enabled" once a change, so an open link can go. */
static void
test_enabled_notifies (Fixture       *f,
                       gconstpointer  data)
{
  guint notified = 0;

  g_signal_connect_swapped (f->offers, "notify::enabled", G_CALLBACK (tend_test_count),
                            &notified);
  g_settings_set_boolean (f->settings, "show-look-back", FALSE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (tend_learn_offers_get_enabled (f->offers));
  g_settings_set_boolean (f->settings, "show-look-back", TRUE);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (tend_learn_offers_get_enabled (f->offers));
  g_signal_handlers_disconnect_by_data (f->offers, &notified);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tend/learn-offers/hard-way", test_hard_way);
  g_test_add ("/tend/learn-offers/progress-once-a-week", Fixture, NULL, fixture_setup,
              test_progress_once_a_week, fixture_teardown);
  g_test_add ("/tend/learn-offers/never-when-off", Fixture, NULL, fixture_setup,
              test_never_when_off, fixture_teardown);
  g_test_add ("/tend/learn-offers/each-place", Fixture, NULL, fixture_setup,
              test_each_place, fixture_teardown);
  g_test_add ("/tend/learn-offers/kept", Fixture, NULL, fixture_setup, test_kept,
              fixture_teardown);
  g_test_add ("/tend/learn-offers/clock-set-back", Fixture, NULL, fixture_setup,
              test_clock_set_back, fixture_teardown);
  g_test_add ("/tend/learn-offers/enabled-notifies", Fixture, NULL, fixture_setup,
              test_enabled_notifies, fixture_teardown);

  return g_test_run ();
}
