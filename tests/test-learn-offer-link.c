/* test-learn-offer-link.c — the quiet links to Learn on their pages: Progress offers the
 * setbacks topic after a harder stretch, once a week, never when turned off; Ground offers the
 * window of tolerance; each opens its topic through win.learn-topic.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tend-ground-page.h"
#include "tend-learn-offer-link.h"
#include "tend-progress-page.h"
#include "tend-test-records.h"
#include "tend-test-utils.h"

typedef struct {
  TendTestDir  dir;
  TendStore   *store;
  GSettings   *settings;
  GtkWindow   *window;
  GtkWidget   *page;
  char        *learned;  /* the topic win.learn-topic was asked for */
} Fixture;

static void
learn_topic_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->learned);
  f->learned = g_variant_dup_string (parameter, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) learn_topic = g_simple_action_new ("learn-topic", G_VARIANT_TYPE_STRING);

  tend_test_dir_setup (&f->dir, data);
  f->store = tend_test_open_store (f->dir.dir, NULL);
  f->settings = g_settings_new (BASE_APP_ID);
  g_settings_reset (f->settings, "show-look-back");
  g_settings_reset (f->settings, "learn-offers-shown");

  /* The window's action, as TendWindow has it. */
  g_signal_connect (learn_topic, "activate", G_CALLBACK (learn_topic_cb), f);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (learn_topic));
  f->window = GTK_WINDOW (adw_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (actions));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  tend_store_flush (f->store);
  g_clear_object (&f->store);
  g_settings_reset (f->settings, "show-look-back");
  g_settings_reset (f->settings, "learn-offers-shown");
  g_clear_object (&f->settings);
  g_free (f->learned);
  tend_test_dir_teardown (&f->dir, data);
}

/* An entry @days_ago with a distress rating. */
static void
add_distress (Fixture *f,
              guint    days_ago,
              int      distress)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -(int) days_ago);
  g_autofree char *day = g_date_time_format (then, "%Y-%m-%d");
  g_autoptr(TendEntry) entry = tend_test_entry (day, "A few words.");

  tend_entry_set_distress (entry, distress);
  g_assert_true (tend_store_add_entry (f->store, entry, NULL));
}

static void
show_progress (Fixture *f)
{
  f->page = tend_progress_page_new ();
  tend_progress_page_set_store (TEND_PROGRESS_PAGE (f->page), f->store);
  adw_window_set_content (ADW_WINDOW (f->window), f->page);
  tend_test_show_window (f->window, 800, 1400);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
}

/* The page's link, when it shows. */
static GtkWidget *
shown_link (Fixture *f)
{
  GtkWidget *link = tend_test_find_type (f->page, TEND_TYPE_LEARN_OFFER_LINK);

  g_assert_nonnull (link);
  return gtk_widget_get_mapped (link) ? link : NULL;
}

/* Leaves the page and comes back, as switching to the Journal and back does. */
static void
visit_again (Fixture *f)
{
  gtk_widget_set_visible (f->page, FALSE);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  gtk_widget_set_visible (f->page, TRUE);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
}

/* Distress rose over the month: the check-ins offer a quiet link to the setbacks topic, a link
 * to a screen reader, which opens through win.learn-topic. It stays while the page is shown;
 * coming back within the week, it is not offered again. */
static void
test_progress_setbacks (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *link;

  add_distress (f, 28, 2);
  add_distress (f, 1, 7);
  show_progress (f);

  link = shown_link (f);
  g_assert_nonnull (link);
  g_assert_cmpstr (tend_learn_offer_link_get_topic (TEND_LEARN_OFFER_LINK (link)), ==, "setbacks");
  g_assert_cmpstr (tend_learn_offer_link_get_text (TEND_LEARN_OFFER_LINK (link)), ==,
                   "Harder weeks happen: setbacks are part of healing");
  g_assert_true (gtk_widget_get_focusable (link));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (link)), ==,
                   GTK_ACCESSIBLE_ROLE_LINK);

  tend_progress_page_set_range (TEND_PROGRESS_PAGE (f->page), TEND_PROGRESS_3_MONTHS);
  tend_progress_page_set_range (TEND_PROGRESS_PAGE (f->page), TEND_PROGRESS_30_DAYS);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (shown_link (f) == link);

  g_signal_emit_by_name (link, "clicked");
  g_assert_cmpstr (f->learned, ==, "setbacks");

  visit_again (f);
  g_assert_null (shown_link (f));
  visit_again (f);
  g_assert_null (shown_link (f));
}

/* Distress fell: nothing to offer, and the week's showing is not spent on it. When it rises
 * later in the same visit, the link comes. */
static void
test_progress_easy_way (Fixture       *f,
                        gconstpointer  data)
{
  add_distress (f, 28, 7);
  add_distress (f, 1, 3);
  show_progress (f);
  g_assert_null (shown_link (f));

  for (guint i = 0; i < 3; i++)
    add_distress (f, 0, 10);
  tend_test_wait_frames (GTK_WIDGET (f->window), 3);
  g_assert_nonnull (shown_link (f));
}

/* Off with the look-back cards in Preferences: never shown; on again, offered, since it never
 * was; off while it shows, gone at once. */
static void
test_progress_off (Fixture       *f,
                   gconstpointer  data)
{
  add_distress (f, 28, 2);
  add_distress (f, 1, 7);
  g_settings_set_boolean (f->settings, "show-look-back", FALSE);
  show_progress (f);
  g_assert_null (shown_link (f));
  visit_again (f);
  g_assert_null (shown_link (f));

  g_settings_set_boolean (f->settings, "show-look-back", TRUE);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  g_assert_nonnull (shown_link (f));
  g_settings_set_boolean (f->settings, "show-look-back", FALSE);
  tend_test_wait_frames (GTK_WIDGET (f->window), 1);
  g_assert_null (shown_link (f));
}

/* Ground offers the window of tolerance under its choice, once a week too. */
static void
test_ground_window (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *link;

  f->page = tend_ground_page_new ();
  tend_ground_page_set_store (TEND_GROUND_PAGE (f->page), f->store);
  adw_window_set_content (ADW_WINDOW (f->window), f->page);
  tend_test_show_window (f->window, 800, 900);
  tend_test_wait_frames (GTK_WIDGET (f->window), 2);

  link = shown_link (f);
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "clicked");
  g_assert_cmpstr (f->learned, ==, "window");

  visit_again (f);
  g_assert_null (shown_link (f));
}

int
main (int   argc,
      char *argv[])
{
  tend_test_init (&argc, &argv);

  g_test_add ("/tend/learn-offer-link/progress-setbacks", Fixture, NULL, fixture_setup,
              test_progress_setbacks, fixture_teardown);
  g_test_add ("/tend/learn-offer-link/progress-easy-way", Fixture, NULL, fixture_setup,
              test_progress_easy_way, fixture_teardown);
  g_test_add ("/tend/learn-offer-link/progress-off", Fixture, NULL, fixture_setup,
              test_progress_off, fixture_teardown);
  g_test_add ("/tend/learn-offer-link/ground-window", Fixture, NULL, fixture_setup,
              test_ground_window, fixture_teardown);

  return g_test_run ();
}
