/* tend-entry-editor.c — one entry: its prompt, the words, tags and the check-in.
 *
 * There is no Save button. Words go to the store after a short quiet pause, and at once when
 * the person leaves the entry, closes the window or quits.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tend-checkin.h"
#include "tend-day-picker.h"
#include "tend-document-font.h"
#include "tend-entry-editor.h"
#include "tend-records-error.h"
#include "tend-menu-later.h"
#include "tend-prompts.h"
#include "tend-word-count.h"

/* How long typing must rest before the words are saved. */
#define SAVE_PAUSE_MS 700

struct _TendEntryEditor
{
  AdwBin            parent_instance;

  TendStore        *store;
  TendEntry        *entry;
  /* For a fresh entry: which prompt is offered. */
  const TendPrompt *prompt;
  /* For a fresh page written for another day than today (from the calendar), that day. */
  char             *fresh_day;
  char             *theme_filter;
  guint             skip;
  gboolean          loading;
  /* The words in the window are not (all) in the store yet; cleared only once the store took
   * them, so words it refuses are tried again and never counted as saved. */
  gboolean          dirty;
  /* Why the store last refused the words, shown once until a save goes through. */
  char             *refusal;
  guint             save_id;
  AdwToast         *undo_toast;  /* while shown: the way back from a delete */
  /* The open entry may change under the editor (an imported backup): show it afresh. */
  GSignalGroup     *entry_signals;
  guint             refresh_id;
  guint             gone_id;

  AdwWindowTitle   *window_title;
  GtkWidget        *delete_button;
  GtkWidget        *move_button;
  TendDayPicker    *move_picker;
  GtkWidget        *prompt_box;
  GtkLabel         *theme_label;
  GtkLabel         *prompt_label;
  GtkWidget        *prompt_actions;
  GtkMenuButton    *theme_button;
  GtkToggleButton  *free_button;
  GtkWidget        *placeholder;
  GtkTextView      *text_view;
  GtkFlowBox       *tag_box;
  GtkEntry         *tag_entry;
  GtkWidget        *checkin_button;    /* folds the check-in away and opens it */
  GtkImage         *checkin_arrow;
  GtkWidget        *checkin_summary;
  GtkRevealer      *checkin_revealer;
  TendCheckin      *checkin;           /* NULL until the check-in is first opened */

  TendDocumentFont *document_font;
  GSettings        *settings;
};

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TendEntryEditor, tend_entry_editor, ADW_TYPE_BIN)

static void
show_toast (TendEntryEditor *self,
            const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
  else
    g_warning ("%s", text);
}

/* The store would not take the words (their month cannot be written): say why once, not at
 * every pause in typing. The words stay in the window. A month grown too large is counted
 * as unsaved by the store and told by the window's banner, so it is not told twice. */
static void
show_refusal (TendEntryEditor *self,
              const GError    *error)
{
  if (g_strcmp0 (self->refusal, error->message) == 0)
    return;

  g_set_str (&self->refusal, error->message);
  if (!g_error_matches (error, TEND_MONTH_FILE_ERROR, TEND_MONTH_FILE_ERROR_TOO_LARGE))
    show_toast (self, error->message);
}

/* ------------------------------------------------------------------------------------------ */
/* Today's prompt */

static void
choose_prompt (TendEntryEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month_ago = g_date_time_add_days (now, -TEND_PROMPTS_BALANCE_DAYS - 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *oldest = g_date_time_format (month_ago, "%Y-%m-%d");
  g_autoptr(GArray) history = g_array_new (FALSE, FALSE, sizeof (TendPromptUse));
  GListModel *entries = self->store != NULL ? tend_store_get_entries (self->store) : NULL;
  guint n = entries != NULL ? g_list_model_get_n_items (entries) : 0;

  /* Newest first: only the last month of entries is read, however long the history. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TendEntry) entry = g_list_model_get_item (entries, i);
      TendPromptUse use;

      if (g_strcmp0 (tend_entry_get_day (entry), oldest) < 0)
        break;

      use.day = tend_entry_get_day (entry);
      use.theme_id = tend_entry_get_theme (entry);
      use.prompt_id = tend_entry_get_prompt (entry);
      g_array_append_val (history, use);
    }

  self->prompt = tend_prompts_choose (today, (const TendPromptUse *) (gpointer) history->data,
                                      history->len, self->theme_filter, self->skip);
}

/* Whether a fresh page begins with today's prompt: the person may have turned prompts off
 * (Preferences), or chosen to write freely this time. */
static gboolean
offering_prompt (TendEntryEditor *self)
{
  return g_settings_get_boolean (self->settings, "show-prompt") &&
         !gtk_toggle_button_get_active (self->free_button);
}

static void
update_prompt (TendEntryEditor *self)
{
  const TendPrompt *prompt = NULL;
  gboolean fresh = self->entry == NULL;

  if (fresh)
    prompt = offering_prompt (self) ? self->prompt : NULL;
  else if (tend_entry_get_prompt (self->entry) != NULL)
    prompt = tend_prompts_lookup (tend_entry_get_prompt (self->entry));

  gtk_widget_set_visible (self->prompt_actions,
                          fresh && g_settings_get_boolean (self->settings, "show-prompt"));
  gtk_widget_set_visible (self->prompt_box, prompt != NULL);
  /* Through the action: an actionable button takes its sensitivity from it when re-parented. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", !fresh);
  gtk_widget_set_sensitive (self->move_button, !fresh);

  if (prompt != NULL)
    {
      gtk_label_set_text (self->theme_label, tend_theme_get_title (tend_prompt_get_theme (prompt)));
      gtk_label_set_text (self->prompt_label, tend_prompt_get_text (prompt));
    }
}

/* The page is titled by its day, from the first keystroke on as before it: "Today",
 * "Yesterday", or the date, with the full date (or the weekday) below. */
static void
update_title (TendEntryEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  int y, m, d;

  /* A fresh page for another day (from the calendar) is titled by that day too. */
  if (self->entry == NULL && self->fresh_day == NULL)
    date = g_date_time_ref (now);
  else if (sscanf (self->entry != NULL ? tend_entry_get_day (self->entry) : self->fresh_day,
                   "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);

  if (date == NULL)
    title = g_strdup (_("Entry"));
  else if (g_date_time_get_year (date) == g_date_time_get_year (now) &&
           g_date_time_get_day_of_year (date) == g_date_time_get_day_of_year (now))
    title = g_strdup (_("Today"));
  else if (g_date_time_get_year (date) == g_date_time_get_year (yesterday) &&
           g_date_time_get_day_of_year (date) == g_date_time_get_day_of_year (yesterday))
    title = g_strdup (_("Yesterday"));

  if (date != NULL && title != NULL)
    /* Translators: a full date, e.g. “Monday, 23 November 2026”; see strftime. */
    subtitle = g_date_time_format (date, _("%A, %-d %B %Y"));
  else if (date != NULL)
    {
      /* Translators: the day of an entry as the title of its page, e.g. “23 November 2026”;
       * see strftime. */
      title = g_date_time_format (date, _("%-d %B %Y"));
      /* Translators: the weekday under an entry's date, e.g. “Monday”; see strftime. */
      subtitle = g_date_time_format (date, _("%A"));
    }

  adw_window_title_set_title (self->window_title, g_strstrip (title));
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? g_strstrip (subtitle) : "");
}

/* ------------------------------------------------------------------------------------------ */
/* Saving */

/* The first word typed into a fresh page makes it an entry in the journal. */
static gboolean
ensure_entry (TendEntryEditor *self)
{
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  if (self->entry != NULL)
    return TRUE;
  if (self->store == NULL)
    return FALSE;

  entry = tend_entry_new_now ();
  if (self->fresh_day != NULL)
    tend_entry_set_day (entry, self->fresh_day);
  if (offering_prompt (self) && self->prompt != NULL)
    {
      tend_entry_set_prompt (entry, self->prompt->id);
      tend_entry_set_theme (entry, self->prompt->theme_id);
    }

  if (!tend_store_add_entry (self->store, entry, &error))
    {
      show_refusal (self, error);
      return FALSE;
    }

  self->entry = g_steal_pointer (&entry);
  g_clear_pointer (&self->fresh_day, g_free);
  g_signal_group_set_target (self->entry_signals, self->entry);
  update_prompt (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);

  return TRUE;
}

static gboolean
commit (TendEntryEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->entry == NULL || self->store == NULL)
    return FALSE;

  if (!tend_store_update_entry (self->store, self->entry, &error))
    {
      show_refusal (self, error);
      return FALSE;
    }

  g_clear_pointer (&self->refusal, g_free);
  return TRUE;
}

/**
 * tend_entry_editor_save:
 *
 * Hands whatever is typed to the store now, without waiting for a pause.
 */
void
tend_entry_editor_save (TendEntryEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_return_if_fail (TEND_IS_ENTRY_EDITOR (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (!ensure_entry (self))
    return;

  g_signal_group_block (self->entry_signals);
  tend_entry_set_text (self->entry, text);
  if (commit (self))
    self->dirty = FALSE;
  g_signal_group_unblock (self->entry_signals);
}

/**
 * tend_entry_editor_dup_unsaved_words:
 *
 * Saves, then returns the words in the window that the store still would not take, or NULL
 * when every word is in the store.
 */
char *
tend_entry_editor_dup_unsaved_words (TendEntryEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TEND_IS_ENTRY_EDITOR (self), NULL);

  tend_entry_editor_save (self);
  if (!self->dirty || self->text_view == NULL)
    return NULL;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  TendEntryEditor *self = user_data;

  self->save_id = 0;
  tend_entry_editor_save (self);

  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (TendEntryEditor *self,
                 GtkTextBuffer   *buffer)
{
  gtk_widget_set_visible (self->placeholder, gtk_text_buffer_get_char_count (buffer) == 0);

  if (self->loading)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_PAUSE_MS, save_timeout_cb, self);
}

/* Folded, the check-in says in a line what was chosen; a screen reader hears it too. */
static void
describe_checkin (TendEntryEditor *self)
{
  g_autofree char *line = tend_checkin_describe (self->entry);

  gtk_label_set_text (GTK_LABEL (self->checkin_summary), line != NULL ? line : "");
  gtk_widget_set_visible (self->checkin_summary,
                          line != NULL && !gtk_revealer_get_reveal_child (self->checkin_revealer));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->checkin_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, line != NULL ? line : "",
                                  -1);
}

static void
checkin_changed_cb (TendEntryEditor  *self,
                    TendCheckinScale  scale,
                    TendCheckin      *checkin)
{
  int value = tend_checkin_get_value (checkin, scale);

  if (self->loading || !ensure_entry (self))
    return;

  /* The editor's own changes need no refresh: the page already shows them. */
  g_signal_group_block (self->entry_signals);
  switch (scale)
    {
    case TEND_CHECKIN_MOOD:
      tend_entry_set_mood (self->entry, value);
      break;
    case TEND_CHECKIN_DISTRESS:
      tend_entry_set_distress (self->entry, value);
      break;
    case TEND_CHECKIN_SAFETY:
      tend_entry_set_safety (self->entry, value);
      break;
    case TEND_CHECKIN_CLOSENESS:
      tend_entry_set_closeness (self->entry, value);
      break;
    case TEND_N_CHECKIN_SCALES:
    default:
      g_assert_not_reached ();
    }

  /* Save the words too, so the two never drift apart. */
  self->dirty = TRUE;
  tend_entry_editor_save (self);
  g_signal_group_unblock (self->entry_signals);
  describe_checkin (self);
}

/* ------------------------------------------------------------------------------------------ */
/* Tags */

static void rebuild_tags (TendEntryEditor *self);

static void
remove_tag_cb (GtkButton       *button,
               TendEntryEditor *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");
  const char * const *tags = tend_entry_get_tags (self->entry);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (!g_str_equal (tags[i], tag))
      g_strv_builder_add (builder, tags[i]);

  kept = g_strv_builder_end (builder);
  g_signal_group_block (self->entry_signals);
  tend_entry_set_tags (self->entry, (const char * const *) kept);
  commit (self);
  g_signal_group_unblock (self->entry_signals);
  rebuild_tags (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->tag_entry));
}

static void
rebuild_tags (TendEntryEditor *self)
{
  const char * const *tags = self->entry != NULL ? tend_entry_get_tags (self->entry) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_box))) != NULL)
    gtk_flow_box_remove (self->tag_box, child);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *chip = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      /* Translators: the accessible name of a tag's remove button; %s is the tag. */
      g_autofree char *name = g_strdup_printf (_("Remove tag %s"), tags[i]);

      gtk_box_append (GTK_BOX (box), gtk_label_new (tags[i]));
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      gtk_button_set_child (GTK_BUTTON (chip), box);
      gtk_widget_add_css_class (chip, "tend-chip");
      gtk_widget_add_css_class (chip, "tend-tag");
      gtk_widget_set_tooltip_text (chip, name);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data_full (G_OBJECT (chip), "tag", g_strdup (tags[i]), g_free);
      g_signal_connect (chip, "clicked", G_CALLBACK (remove_tag_cb), self);
      gtk_flow_box_append (self->tag_box, chip);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tag_box), tags != NULL && tags[0] != NULL);
}

static void
tag_activate_cb (TendEntryEditor *self,
                 GtkEntry        *tag_entry)
{
  g_autofree char *tag = g_strdup (gtk_editable_get_text (GTK_EDITABLE (tag_entry)));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;
  const char * const *old;

  g_strstrip (tag);
  if (*tag == '\0' || !ensure_entry (self))
    return;

  old = tend_entry_get_tags (self->entry);
  if (old == NULL || !g_strv_contains (old, tag))
    {
      if (old != NULL)
        g_strv_builder_addv (builder, (const char **) old);
      g_strv_builder_add (builder, tag);
      tags = g_strv_builder_end (builder);
      g_signal_group_block (self->entry_signals);
      tend_entry_set_tags (self->entry, (const char * const *) tags);
      commit (self);
      g_signal_group_unblock (self->entry_signals);
      rebuild_tags (self);
    }

  gtk_editable_set_text (GTK_EDITABLE (tag_entry), "");
}

/* ------------------------------------------------------------------------------------------ */
/* Showing an entry */

/* The check-in shows the open entry's ratings, once it has been opened. */
static void
show_checkin (TendEntryEditor *self)
{
  TendEntry *entry = self->entry;

  describe_checkin (self);
  if (self->checkin == NULL)
    return;

  tend_checkin_set_value (self->checkin, TEND_CHECKIN_MOOD,
                          entry != NULL ? tend_entry_get_mood (entry) : TEND_CHECKIN_UNSET);
  tend_checkin_set_value (self->checkin, TEND_CHECKIN_DISTRESS,
                          entry != NULL ? tend_entry_get_distress (entry) : TEND_CHECKIN_UNSET);
  tend_checkin_set_value (self->checkin, TEND_CHECKIN_SAFETY,
                          entry != NULL ? tend_entry_get_safety (entry) : TEND_CHECKIN_UNSET);
  tend_checkin_set_value (self->checkin, TEND_CHECKIN_CLOSENESS,
                          entry != NULL ? tend_entry_get_closeness (entry) : TEND_CHECKIN_UNSET);
}

/* The check-in's scales are made the first time it is opened: most starts never open it. */
static void
open_checkin (TendEntryEditor *self,
              gboolean         open)
{
  gtk_revealer_set_reveal_child (self->checkin_revealer, open);
  gtk_image_set_from_icon_name (self->checkin_arrow,
                                open ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->checkin_button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
  describe_checkin (self);
  if (self->checkin != NULL || !open)
    return;

  self->checkin = TEND_CHECKIN (tend_checkin_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (self->checkin), 12);
  self->loading = TRUE;
  show_checkin (self);
  self->loading = FALSE;
  g_signal_connect_object (self->checkin, "changed", G_CALLBACK (checkin_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_revealer_set_child (self->checkin_revealer, GTK_WIDGET (self->checkin));
}

static void
checkin_clicked_cb (TendEntryEditor *self)
{
  open_checkin (self, !gtk_revealer_get_reveal_child (self->checkin_revealer));
}

static void
load_entry (TendEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  TendEntry *entry = self->entry;

  g_signal_group_set_target (self->entry_signals, entry);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, entry != NULL ? tend_entry_get_text (entry) : "", -1);
  show_checkin (self);
  self->loading = FALSE;

  if (entry == NULL)
    {
      gtk_toggle_button_set_active (self->free_button, FALSE);
      self->skip = 0;
      choose_prompt (self);
    }

  rebuild_tags (self);
  update_prompt (self);
  update_title (self);
}

static gboolean
tags_shown (TendEntryEditor *self)
{
  const char * const *tags = tend_entry_get_tags (self->entry);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_box));
  guint i = 0;

  for (; child != NULL; child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (tags == NULL || tags[i] == NULL ||
          g_strcmp0 (g_object_get_data (G_OBJECT (chip), "tag"), tags[i]) != 0)
        return FALSE;
    }

  return tags == NULL || tags[i] == NULL;
}

/* The open entry changed, and not by the editor: an imported backup held a newer copy. The
 * page follows it, except for words typed and not yet saved: those stay, and their save, being
 * later, wins, as a later copy does on import. What the editor changed itself matches already,
 * so nothing moves then. */
static gboolean
refresh_cb (gpointer user_data)
{
  TendEntryEditor *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  TendEntry *entry = self->entry;

  self->refresh_id = 0;
  if (entry == NULL)
    return G_SOURCE_REMOVE;

  self->loading = TRUE;
  if (!self->dirty)
    {
      GtkTextIter start, end;
      g_autofree char *shown = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (g_strcmp0 (shown, tend_entry_get_text (entry)) != 0)
        gtk_text_buffer_set_text (buffer, tend_entry_get_text (entry), -1);
    }
  show_checkin (self);
  self->loading = FALSE;

  if (!tags_shown (self))
    rebuild_tags (self);
  update_prompt (self);
  update_title (self);

  return G_SOURCE_REMOVE;
}

/* Once for a burst of notifications, after whatever changed the entry has finished. */
static void
entry_notify_cb (TendEntryEditor *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

/**
 * tend_entry_editor_set_entry:
 *
 * Edits @entry in place, or starts a new one for today when @entry is NULL. Whatever was
 * being typed is saved first.
 */
void
tend_entry_editor_set_entry (TendEntryEditor *self,
                             TendEntry       *entry)
{
  g_return_if_fail (TEND_IS_ENTRY_EDITOR (self));
  g_return_if_fail (entry == NULL || TEND_IS_ENTRY (entry));

  /* Leaving an entry keeps what was typed; words the store would not take stay on the page
   * rather than be lost (the refusal was shown). */
  tend_entry_editor_save (self);
  if (self->dirty && self->refusal != NULL)
    {
      show_toast (self, self->refusal);
      return;
    }

  if (self->entry == entry && entry != NULL)
    return;

  g_set_object (&self->entry, entry);
  g_clear_pointer (&self->fresh_day, g_free);
  /* Another page opens with its words in view, the check-in folded above them. */
  open_checkin (self, FALSE);
  load_entry (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

/**
 * tend_entry_editor_start_day:
 * @day: "YYYY-MM-DD", not after today
 *
 * Starts a fresh page for @day, as tend_entry_editor_set_entry() with NULL does for today:
 * it becomes an entry of that day once something is written.
 */
void
tend_entry_editor_start_day (TendEntryEditor *self,
                             const char      *day)
{
  g_return_if_fail (TEND_IS_ENTRY_EDITOR (self));

  tend_entry_editor_set_entry (self, NULL);
  if (self->entry == NULL)
    g_set_str (&self->fresh_day, day);
  update_title (self);
}

/**
 * tend_entry_editor_get_entry:
 *
 * NULL while the page shows a fresh entry that has no words yet.
 */
TendEntry *
tend_entry_editor_get_entry (TendEntryEditor *self)
{
  g_return_val_if_fail (TEND_IS_ENTRY_EDITOR (self), NULL);

  return self->entry;
}

/* The open entry left the journal, and not through Delete here: an imported backup deleted it
 * elsewhere. Without unsaved words the page turns to a fresh one; with them, the words stay
 * and are kept as a new entry when saved, as nothing typed is ever lost. */
static gboolean
check_gone_cb (gpointer user_data)
{
  TendEntryEditor *self = user_data;

  self->gone_id = 0;
  if (self->entry == NULL || self->store == NULL ||
      tend_store_find_entry (self->store, tend_entry_get_id (self->entry)) != NULL)
    return G_SOURCE_REMOVE;

  g_signal_group_set_target (self->entry_signals, NULL);
  g_clear_object (&self->entry);
  if (!self->dirty)
    load_entry (self);
  else
    {
      update_prompt (self);
      update_title (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
  return G_SOURCE_REMOVE;
}

static void
entries_changed_cb (TendEntryEditor *self)
{
  if (self->entry != NULL && self->gone_id == 0)
    self->gone_id = g_idle_add (check_gone_cb, self);
}

void
tend_entry_editor_set_store (TendEntryEditor *self,
                             TendStore       *store)
{
  g_return_if_fail (TEND_IS_ENTRY_EDITOR (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (tend_store_get_entries (self->store),
                                          entries_changed_cb, self);
  g_set_object (&self->store, store);
  tend_day_picker_set_store (self->move_picker, store);
  if (store != NULL)
    g_signal_connect_object (tend_store_get_entries (store), "items-changed",
                             G_CALLBACK (entries_changed_cb), self, G_CONNECT_SWAPPED);
  tend_entry_editor_set_entry (self, NULL);
}

/* ------------------------------------------------------------------------------------------ */
/* Actions */

static void
another_prompt_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (widget);

  if (self->entry != NULL)
    return;

  self->skip++;
  gtk_toggle_button_set_active (self->free_button, FALSE);
  choose_prompt (self);
  update_prompt (self);
}

static void
theme_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (widget);
  const char *theme = g_variant_get_string (parameter, NULL);

  if (self->entry != NULL)
    return;

  g_free (self->theme_filter);
  self->theme_filter = *theme != '\0' ? g_strdup (theme) : NULL;
  self->skip = 0;
  gtk_toggle_button_set_active (self->free_button, FALSE);
  choose_prompt (self);
  update_prompt (self);
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (user_data);
  const char *id = g_object_get_data (G_OBJECT (toast), "entry-id");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || !tend_store_undo_delete (self->store, id, &error))
    {
      if (error != NULL)
        show_toast (self, error->message);
      return;
    }

  tend_entry_editor_set_entry (self, tend_store_find_entry (self->store, id));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
undo_toast_dismissed_cb (AdwToast        *toast,
                         TendEntryEditor *self)
{
  if (self->undo_toast == toast)
    {
      g_clear_weak_pointer (&self->undo_toast);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-delete", FALSE);
    }
}

/* Ctrl+Z while the toast is up: the toast's button, for those without a pointer. The text
 * view's own undo comes first, so this only acts when there is no typing to take back. */
static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (widget);
  g_autoptr(AdwToast) toast = NULL;

  if (self->undo_toast == NULL)
    return;

  toast = g_object_ref (self->undo_toast);
  undo_delete_cb (toast, self);
  adw_toast_dismiss (toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (widget);
  g_autoptr(TendEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->entry == NULL || self->store == NULL)
    return;

  tend_entry_editor_save (self);
  entry = g_object_ref (self->entry);
  if (!tend_store_delete_entry (self->store, entry, &error))
    {
      show_toast (self, error->message);
      return;
    }

  g_clear_object (&self->entry);
  load_entry (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);

  /* No question first: the toast's Undo is the way back. */
  toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "entry-id", g_strdup (tend_entry_get_id (entry)),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);

  /* The button that had focus is gone with the entry: on to a fresh page. */
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      g_set_weak_pointer (&self->undo_toast, toast);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-delete", TRUE);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
  else
    g_object_unref (g_object_ref_sink (toast));
}

static GMenuModel *
build_theme_menu (void)
{
  GMenu *menu = g_menu_new ();
  const TendTheme *themes;
  gsize n_themes;

  g_menu_append (menu, _("Any Theme"), "editor.theme::");
  themes = tend_prompts_get_themes (&n_themes);
  for (gsize i = 0; i < n_themes; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (tend_theme_get_title (&themes[i]), NULL);

      g_menu_item_set_action_and_target (item, "editor.theme", "s", themes[i].id);
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

static void
free_toggled_cb (TendEntryEditor *self)
{
  update_prompt (self);
}

/* ------------------------------------------------------------------------------------------ */

/* Focusing the editor means the words: someone who asks for a new entry wants to type. */
static gboolean
tend_entry_editor_grab_focus (GtkWidget *widget)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (widget);

  if (self->text_view != NULL && gtk_widget_grab_focus (GTK_WIDGET (self->text_view)))
    return TRUE;

  return GTK_WIDGET_CLASS (tend_entry_editor_parent_class)->grab_focus (widget);
}

/**
 * tend_entry_editor_write_key:
 *
 * Takes the key @controller is handling now into the words, with the focus: a letter typed
 * while the focus was elsewhere in the Journal is written, not lost, and so is what follows.
 * Only from a handler of @controller's key-pressed signal.
 */
void
tend_entry_editor_write_key (TendEntryEditor       *self,
                             GtkEventControllerKey *controller)
{
  g_return_if_fail (TEND_IS_ENTRY_EDITOR (self));
  g_return_if_fail (GTK_IS_EVENT_CONTROLLER_KEY (controller));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  gtk_event_controller_key_forward (controller, GTK_WIDGET (self->text_view));
}

static void
tend_entry_editor_unmap (GtkWidget *widget)
{
  tend_entry_editor_save (TEND_ENTRY_EDITOR (widget));

  GTK_WIDGET_CLASS (tend_entry_editor_parent_class)->unmap (widget);
}

static void
tend_entry_editor_dispose (GObject *object)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (object);

  if (self->text_view != NULL)
    tend_entry_editor_save (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->gone_id, g_source_remove);
  if (self->entry_signals != NULL)
    g_signal_group_set_target (self->entry_signals, NULL);
  g_clear_object (&self->entry_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), TEND_TYPE_ENTRY_EDITOR);
  self->text_view = NULL;

  g_clear_weak_pointer (&self->undo_toast);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);
  g_clear_pointer (&self->theme_filter, g_free);
  g_clear_pointer (&self->refusal, g_free);
  g_clear_pointer (&self->fresh_day, g_free);
  g_clear_object (&self->document_font);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tend_entry_editor_parent_class)->dispose (object);
}

static void
tend_entry_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TendEntryEditor *self = TEND_ENTRY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tend_entry_editor_class_init (TendEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tend_entry_editor_dispose;
  object_class->get_property = tend_entry_editor_get_property;
  widget_class->unmap = tend_entry_editor_unmap;
  widget_class->grab_focus = tend_entry_editor_grab_focus;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, TEND_TYPE_ENTRY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TEND_TYPE_DAY_PICKER);
  g_type_ensure (TEND_TYPE_WORD_COUNT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/journal/tend-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, move_button);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, move_picker);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, prompt_box);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, theme_label);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, prompt_actions);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, theme_button);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, free_button);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, placeholder);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, tag_box);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, checkin_button);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, checkin_arrow);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, checkin_summary);
  gtk_widget_class_bind_template_child (widget_class, TendEntryEditor, checkin_revealer);
  gtk_widget_class_bind_template_callback (widget_class, checkin_clicked_cb);

  gtk_widget_class_install_action (widget_class, "editor.another-prompt", NULL,
                                   another_prompt_action);
  gtk_widget_class_install_action (widget_class, "editor.theme", "s", theme_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "editor.undo-delete", NULL);
}

static void
tend_entry_editor_init (TendEntryEditor *self)
{
  g_autoptr(GMenuModel) themes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-delete", FALSE);

  self->entry_signals = g_signal_group_new (TEND_TYPE_ENTRY);
  g_signal_group_connect_swapped (self->entry_signals, "notify", G_CALLBACK (entry_notify_cb),
                                  self);

  themes = build_theme_menu ();
  tend_menu_later_attach (self->theme_button, themes);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tag_entry, "activate", G_CALLBACK (tag_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->free_button, "toggled", G_CALLBACK (free_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = g_settings_new (BASE_APP_ID);
  g_signal_connect_object (self->settings, "changed::show-prompt", G_CALLBACK (update_prompt),
                           self, G_CONNECT_SWAPPED);

  /* The words are set in the font the person chose for documents. */
  self->document_font = tend_document_font_new (gtk_widget_get_display (GTK_WIDGET (self)));
  load_entry (self);
}

GtkWidget *
tend_entry_editor_new (void)
{
  return g_object_new (TEND_TYPE_ENTRY_EDITOR, NULL);
}
