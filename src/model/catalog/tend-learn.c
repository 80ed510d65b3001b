/* tend-learn.c — the Learn topics: what trauma can do to closeness, the window of tolerance,
 * what healing can look like, setbacks, finding help and common questions, in Tend's words.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tend-learn.h"

#define EXERCISE(id) { TEND_LEARN_LINK_EXERCISE, id }
#define THEME(id)    { TEND_LEARN_LINK_THEME, id }
#define HELP         { TEND_LEARN_LINK_HELP, NULL }

/* Each topic is short enough to read in about two minutes (a test keeps it under 450 words),
 * calm, never graphic, and promises nothing. Links name exercises and themes by their ids,
 * which a test checks against the other catalogs. */
static const TendLearnTopic topics[] = {
  {
    "closeness",
    /* Translators: the title of a Learn topic about how trauma can affect trust, touch and
     * feeling close to others. Short, like a heading. */
    N_("How Trauma Can Shape Closeness"),
    /* Translators: the one-line summary of the topic “How Trauma Can Shape Closeness”. */
    N_("Why being close can feel hard, and why that makes sense."),
    {
      { N_("When Closeness Feels Risky"),
        { N_("After something overwhelming, the body and mind learn to watch for danger. That "
             "watchfulness does not always switch off once the danger has passed. Later, "
             "ordinary moments of closeness, a hug, a disagreement, a quiet evening together, "
             "can set off the same alarm."),
          N_("This does not mean something is wrong with you. It means a part of you is still "
             "working hard to keep you safe."), },
        { { 0 } } },
      { N_("Ways It Can Show Up"),
        { N_("Trust may come slowly, or be hard to hold on to. Letting someone see your "
             "feelings, your needs or your past can feel like too big a risk, even with people "
             "who have been kind to you."),
          N_("Touch may feel unwelcome or confusing, so you avoid it, or put up with it while "
             "feeling far away. Some people feel numb and flat, as if their feelings were "
             "behind glass."),
          N_("Others feel the opposite: tense, jumpy, easily startled, with a body that stays on "
             "alert. Some drift away from the moment altogether, losing track of time or "
             "feeling unreal. This is called dissociation, and it is a common way a mind "
             "protects itself."), },
        { { 0 } } },
      { N_("Protection, Not Failure"),
        { N_("Each of these responses once made sense. Pulling back, going numb or staying on "
             "guard may have helped you get through something you could not escape. They are "
             "things your nervous system learned, not flaws in who you are."),
          N_("What was learned can slowly change. Understanding these responses is often a "
             "first step: it makes room for curiosity instead of blame, for you and for the "
             "people close to you."), },
        { { 0 } } },
    },
  },
  {
    "signs",
    /* Translators: the title of a Learn topic listing patterns that can show trauma is
     * affecting someone's relationships. Short, like a heading. */
    N_("Signs It May Be Affecting Your Relationships"),
    /* Translators: the one-line summary of the topic “Signs It May Be Affecting Your
     * Relationships”. */
    N_("Patterns many people notice, without any verdict."),
    {
      { N_("Things People Often Notice"),
        { N_("No list can say what is happening in your life. Still, many people who have "
             "lived through trauma recognise some of these patterns in their relationships."),
          N_("You may feel far away from people you care about, even when they are right "
             "beside you. Getting close may bring worry or fear rather than comfort. Sex or "
             "touch may lead to discomfort, sudden memories, or shutting down."),
          N_("Saying what you need, or asking for support, may feel nearly impossible. In tense "
             "moments you might withdraw, snap, or give in to keep the peace. Low energy, "
             "hopelessness or numbness can make connection feel out of reach."), },
        { { 0 } } },
      { N_("What These Signs Mean, and What They Do Not"),
        { N_("Recognising one or several of these does not mean you are broken, and it is not a "
             "diagnosis. These patterns are ways of coping that grew out of hard experiences. "
             "With time, support and safer relationships, they often soften."),
          N_("If you recognise yourself here, you might write about it in the Journal, or talk "
             "with someone you trust or with a therapist. You do not have to work it all out "
             "alone, or all at once."), },
        { { 0 } } },
    },
  },
  {
    "window",
    /* Translators: the title of a Learn topic about the “window of tolerance”, the range in
     * which strong feelings can still be managed. Use the term therapists use in your
     * language, if there is one. */
    N_("The Window of Tolerance"),
    /* Translators: the one-line summary of the topic “The Window of Tolerance”. */
    N_("Too much, too little, and finding your way back."),
    {
      { N_("A Window, Not a Wall"),
        { N_("Many therapists speak of a window of tolerance: a range in which feelings can be "
             "strong, yet you can still think, feel and stay in touch with the present. Inside "
             "it, closeness and conflict are easier to manage."),
          N_("Trauma can make this window narrower. Small things may push you out of it, either "
             "into too much or into too little."), },
        { { 0 } } },
      { N_("Too Much"),
        { N_("Above the window, everything speeds up. Your heart may race, thoughts may rush, "
             "and you may feel panicky, angry or on edge. This is sometimes called "
             "hyperarousal."),
          N_("Exercises that slow the breath and steady the body can help you come back down. "
             "These may fit:"), },
        { EXERCISE ("longer-exhale"), EXERCISE ("butterfly-hug"), EXERCISE ("feet-on-floor"),
          { 0 } } },
      { N_("Too Little"),
        { N_("Below the window, things slow down or switch off. You may feel numb, heavy, far "
             "away or unreal, or find it hard to move or speak. This is sometimes called "
             "hypoarousal."),
          N_("Exercises that bring your attention out into the room and gently wake the body "
             "can help you come back up. These may fit:"), },
        { EXERCISE ("orienting"), EXERCISE ("temperature-texture"), EXERCISE ("push-wall"),
          { 0 } } },
      { N_("Widening the Window"),
        { N_("Each time you notice where you are and help yourself back, even a little, you "
             "practise something. Over time the window can grow. On the Ground page you can say "
             "whether it is too much or too little right now, and the exercises that may fit "
             "are marked."), },
        { { 0 } } },
    },
  },
  {
    "healing",
    /* Translators: the title of a Learn topic about the five journal themes as signs of
     * healing. Short, like a heading. */
    N_("What Healing Can Look Like"),
    /* Translators: the one-line summary of the topic “What Healing Can Look Like”. */
    N_("Five kinds of change people notice, each with its own prompts."),
    {
      { N_("Healing Has Many Shapes"),
        { N_("There is no single picture of healing, and no finish line. Most people notice it "
             "in small moments rather than big ones. The Journal follows five themes; each "
             "link below starts a new entry with a prompt from that theme."), },
        { { 0 } } },
      { N_("Being Heard"),
        { N_("You may find you can say a little more of what is true for you, and that someone "
             "responds with care instead of judgement. Or you find the words for yourself "
             "first."), },
        { THEME ("truth"), { 0 } } },
      { N_("Comfort in the Body"),
        { N_("Sensations that once felt unsafe may slowly become easier to bear, and some may "
             "even become pleasant again, at your own pace and on your own terms."), },
        { THEME ("pleasure"), { 0 } } },
      { N_("Staying Present in Conflict"),
        { N_("In a disagreement you may stay with yourself a little longer: notice your body, "
             "ask for a pause, come back when you are ready, or step away when staying is not "
             "safe."), },
        { THEME ("attunement"), { 0 } } },
      { N_("Words for Needs and Limits"),
        { N_("Knowing what you want and what you do not, and saying so, may become a little "
             "easier. Limits can change as you heal, and that is allowed."), },
        { THEME ("boundaries"), { 0 } } },
      { N_("Touch That Feels Safe"),
        { N_("Touch, from another person, a pet, a blanket or your own hands, may start to feel "
             "calming rather than alarming. It is fine if that still feels far away."), },
        { THEME ("touch"), { 0 } } },
    },
  },
  {
    "setbacks",
    /* Translators: the title of a Learn topic saying that hard days and setbacks are a normal
     * part of healing. Short, like a heading. */
    N_("Setbacks Are Part of Healing"),
    /* Translators: the one-line summary of the topic “Setbacks Are Part of Healing”. */
    N_("Progress over perfection."),
    {
      { N_("Healing Is Not a Straight Line"),
        { N_("Healing usually moves in waves. A good week can be followed by a hard one, and an "
             "old reaction can return just when you thought it was gone. Stress, anniversaries, "
             "illness or a new relationship can all stir things up."),
          N_("A setback does not undo what you have learned. You may find that you notice "
             "sooner, or recover a little faster, than you once did."), },
        { { 0 } } },
      { N_("Progress Over Perfection"),
        { N_("Healing is not about reaching an ideal relationship or never struggling again. It "
             "is about moving forward at a pace you can bear, and being as kind to yourself on "
             "a hard day as you would be to a friend."),
          N_("On the Progress page, look at months rather than days. Small changes are easier to "
             "see from a little further away."), },
        { { 0 } } },
      { N_("When a Hard Day Comes"),
        { N_("Slow down, ground yourself, and reach for the people and steps in your safety "
             "plan. If it feels like more than you can carry, Need More Help? shows where to "
             "turn."), },
        { HELP, { 0 } } },
    },
  },
  {
    "help",
    /* Translators: the title of a Learn topic about trauma-informed therapy and how to find a
     * therapist. Short, like a heading. */
    N_("Finding Help"),
    /* Translators: the one-line summary of the topic “Finding Help”. */
    N_("Trauma-informed therapy, common approaches, and how to look."),
    {
      { N_("What Trauma-Informed Therapy Is"),
        { N_("A trauma-informed therapist understands how overwhelming experiences can affect "
             "the body, the mind and relationships. They work at your pace, put your sense of "
             "safety first, and do not ask you to tell your story before you are ready."), },
        { { 0 } } },
      { N_("Approaches You May Hear About"),
        { N_("EMDR (eye movement desensitisation and reprocessing) uses eye movements or "
             "alternating taps while you briefly bring a painful memory to mind, with the aim "
             "of making it less overwhelming."),
          N_("Somatic therapies pay attention to sensations, breath and movement, working with "
             "the body as well as with thoughts and feelings."),
          N_("Emotionally focused therapy for couples looks at the patterns partners fall into "
             "when they feel disconnected, and at the feelings and needs beneath them."),
          N_("Inner child work turns with care towards feelings and needs from early in life, "
             "for example through imagination or letters to a younger self. Narrative therapy "
             "looks at the stories you tell about your life; parts work sees the mind as having "
             "different parts and helps them understand each other."),
          N_("Each approach suits some people more than others, and none comes with a "
             "guarantee. A good therapist explains what they offer and listens to what feels "
             "right to you."), },
        { { 0 } } },
      { N_("On Your Own or as a Couple?"),
        { N_("There is no single right order. Many people begin on their own, to build a sense "
             "of safety inside before working on a relationship. Couples therapy can help when "
             "both people want it and the relationship is safe. If you are afraid of your "
             "partner, support for you alone comes first."), },
        { { 0 } } },
      { N_("Looking for a Therapist"),
        { N_("Your doctor, a local health service or the professional register of therapists "
             "in your country can suggest names. It is fine to talk with more than one before "
             "you decide."),
          N_("Questions you might ask: Have you trained in working with trauma? What happens in "
             "a session? How do we decide on the pace? What if I feel overwhelmed during a "
             "session? Can I say no or stop at any time?"),
          N_("Notice how you feel with them. Feeling respected and safe enough matters more "
             "than any method."), },
        { { 0 } } },
    },
  },
  {
    "questions",
    /* Translators: the title of a Learn topic answering common questions. Short, like a
     * heading. */
    N_("Questions People Ask"),
    /* Translators: the one-line summary of the topic “Questions People Ask”. */
    N_("Short answers to common questions."),
    {
      { N_("How Can I Tell Whether Trauma Affects My Relationship?"),
        { N_("No list can tell you for certain, but some patterns are common: feeling distant, "
             "finding touch hard, fearing being left, or arguments that flare up quickly. A "
             "therapist can help you look at your own situation."), },
        { { 0 } } },
      { N_("Can Therapy Help With Physical Closeness?"),
        { N_("For many people, yes. Trauma-informed therapy can help the body feel safer, at a "
             "pace you choose, including with touch or sex that feels uncomfortable or that you "
             "avoid. It is never about pushing through."), },
        { { 0 } } },
      { N_("Should I Start With Individual or Couples Therapy?"),
        { N_("It depends on you and the relationship. Often individual therapy comes first, to "
             "build steadiness of your own, and couples therapy can follow for the patterns you "
             "share. If the relationship itself is not safe, start with support for you "
             "alone."), },
        { { 0 } } },
      { N_("What If My Partner Does Not Understand?"),
        { N_("That is common, and explaining everything is not your job alone. Reading about "
             "trauma together, or seeing a therapist, can give you both words for what is "
             "happening. Understanding often grows slowly."), },
        { { 0 } } },
      { N_("How Long Does Healing Take?"),
        { N_("There is no set timeline. Some people notice small shifts within months, others "
             "take longer, and progress rarely runs in a straight line. Every small step "
             "counts."), },
        { { 0 } } },
    },
  },
  {
    "close",
    /* Translators: the title of a Learn page written to a partner, friend or family member of
     * the person using Tend, which the person can save as a file and share. Short, like a
     * heading. */
    N_("For Someone Close to You"),
    /* Translators: the one-line summary of the page “For Someone Close to You”. */
    N_("A page to share with a partner, a friend or family."),
    {
      { N_("If Someone Shared This With You"),
        { N_("Someone close to you is healing from trauma and chose to show you this page. "
             "That is a sign of trust. You do not need to be a therapist: your steadiness and "
             "care already matter."), },
        { { 0 } } },
      { N_("Listen Without Judging"),
        { N_("When they talk, let them set the pace. Listening fully, without arguing, "
             "correcting or asking for details they have not offered, helps them feel safe "
             "enough to say more."), },
        { { 0 } } },
      { N_("Let Boundaries Change"),
        { N_("What feels fine one day may not the next, and limits may open or close as they "
             "heal. Taking a no or a not now calmly, without pressure or sulking, builds trust "
             "over time."), },
        { { 0 } } },
      { N_("Acknowledge Before You Fix"),
        { N_("It is natural to want to solve things. Often what helps most is saying that "
             "their feelings make sense, and asking what they need rather than guessing."), },
        { { 0 } } },
      { N_("Ask Before Touch"),
        { N_("Ask before you touch, especially when they seem tense or far away, and accept "
             "any answer. Touch that is asked for and agreed to can slowly feel safe again."), },
        { { 0 } } },
      { N_("Look After Yourself Too"),
        { N_("Supporting someone can be tiring, and your feelings count as well. Rest, talk "
             "with people you trust, and consider support of your own. If you both want it, "
             "couples therapy with a trauma-informed therapist can help you find your way "
             "together."), },
        { { 0 } } },
      { N_("When It Is Not Safe"),
        { N_("Not every relationship is safe. If anyone is being hurt, threatened or "
             "controlled, safety comes first, and staying together is not the goal. Crisis "
             "lines and emergency services can help, whoever you are in the story."), },
        { HELP, { 0 } } },
    },
  },
};

/* What a person may ask of someone close, to choose from when they share that page: plain,
 * warm, each about them and never an order. The order is the one they are offered and
 * written in. */
static const TendLearnNeed needs[] = {
  /* Translators: a need or boundary the person may tick and put at the top of the page they
   * share with someone close; written by them, to that person. Plain and warm. */
  { "ask-touch", N_("Ask before you touch me.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "quiet-space", N_("If I go quiet, I may need space, not questions.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "your-pause", N_("Tell me when you need a pause too.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "not-about-you", N_("When I say no or not now, it is not about you.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "my-pace", N_("Let me set the pace when I talk about hard things.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "no-surprise", N_("Please do not come up behind me without a word.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "calm-voice", N_("When I am overwhelmed, a calm voice helps more than advice.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "ask-me", N_("Ask me what I need rather than guessing.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "stop-ok", N_("I may need to stop in the middle of something. That is okay.") },
  /* Translators: a need or boundary the person may put at the top of the shared page. */
  { "notice", N_("Sudden changes of plan are hard for me. A little notice helps.") },
};

/**
 * tend_learn_get_topics:
 * @n_topics: (out): where to store the number of topics
 *
 * Returns: the topics, in the order the Learn page lists them.
 */
const TendLearnTopic *
tend_learn_get_topics (gsize *n_topics)
{
  g_return_val_if_fail (n_topics != NULL, NULL);

  *n_topics = G_N_ELEMENTS (topics);
  return topics;
}

/**
 * tend_learn_lookup:
 * @topic_id: a topic id such as "window"
 *
 * Returns: (nullable): the topic, or %NULL when none has that id.
 */
const TendLearnTopic *
tend_learn_lookup (const char *topic_id)
{
  g_return_val_if_fail (topic_id != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      if (g_str_equal (topics[i].id, topic_id))
        return &topics[i];
    }

  return NULL;
}

/**
 * tend_learn_topic_get_n_sections:
 *
 * Returns: how many sections @topic has.
 */
guint
tend_learn_topic_get_n_sections (const TendLearnTopic *topic)
{
  guint n = 0;

  g_return_val_if_fail (topic != NULL, 0);

  while (n < TEND_LEARN_MAX_SECTIONS && topic->sections[n].heading != NULL)
    n++;
  return n;
}

/**
 * tend_learn_section_get_n_paragraphs:
 *
 * Returns: how many paragraphs @section has.
 */
guint
tend_learn_section_get_n_paragraphs (const TendLearnSection *section)
{
  guint n = 0;

  g_return_val_if_fail (section != NULL, 0);

  while (n < TEND_LEARN_MAX_PARAGRAPHS && section->paragraphs[n] != NULL)
    n++;
  return n;
}

/**
 * tend_learn_section_get_n_links:
 *
 * Returns: how many links follow @section's paragraphs.
 */
guint
tend_learn_section_get_n_links (const TendLearnSection *section)
{
  guint n = 0;

  g_return_val_if_fail (section != NULL, 0);

  while (n < TEND_LEARN_MAX_LINKS && section->links[n].kind != TEND_LEARN_LINK_NONE)
    n++;
  return n;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';
  return n;
}

/**
 * tend_learn_topic_count_words:
 *
 * How long @topic is to read, in its translated words: headings and paragraphs, without the
 * footer.
 *
 * Returns: the number of words.
 */
guint
tend_learn_topic_count_words (const TendLearnTopic *topic)
{
  guint n;

  g_return_val_if_fail (topic != NULL, 0);

  n = count_words (_(topic->title));
  for (guint s = 0; s < tend_learn_topic_get_n_sections (topic); s++)
    {
      const TendLearnSection *section = &topic->sections[s];

      n += count_words (_(section->heading));
      for (guint p = 0; p < tend_learn_section_get_n_paragraphs (section); p++)
        n += count_words (_(section->paragraphs[p]));
    }
  return n;
}

/**
 * tend_learn_get_footer:
 *
 * The note at the foot of every topic. Untranslated, like the topics' strings.
 *
 * Returns: the note.
 */
const char *
tend_learn_get_footer (void)
{
  /* Translators: at the foot of every Learn topic. */
  return N_("This is general information, not therapy or a diagnosis. For your own situation, "
            "a qualified professional can help.");
}

/**
 * tend_learn_topic_is_shareable:
 *
 * Whether @topic is written to someone else, and offered as a file to share.
 *
 * Returns: %TRUE for the page for someone close.
 */
gboolean
tend_learn_topic_is_shareable (const TendLearnTopic *topic)
{
  g_return_val_if_fail (topic != NULL, FALSE);

  return g_str_equal (topic->id, "close");
}

/**
 * tend_learn_get_needs:
 * @n_needs: (out): where to store the number of needs
 *
 * Returns: the needs and boundaries a person may choose for the shared page, in order.
 */
const TendLearnNeed *
tend_learn_get_needs (gsize *n_needs)
{
  g_return_val_if_fail (n_needs != NULL, NULL);

  *n_needs = G_N_ELEMENTS (needs);
  return needs;
}

/**
 * tend_learn_lookup_need:
 * @need_id: a need's id such as "ask-touch"
 *
 * Returns: (nullable): the need, or %NULL when none has that id.
 */
const TendLearnNeed *
tend_learn_lookup_need (const char *need_id)
{
  g_return_val_if_fail (need_id != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (needs); i++)
    {
      if (g_str_equal (needs[i].id, need_id))
        return &needs[i];
    }

  return NULL;
}

/**
 * tend_learn_get_needs_heading:
 *
 * The heading above the needs a person chose, on the page they share. Untranslated.
 *
 * Returns: the heading.
 */
const char *
tend_learn_get_needs_heading (void)
{
  /* Translators: the heading above the needs and boundaries the person chose, at the top of
   * the page they share with someone close. In their voice. */
  return N_("What Helps Me Right Now");
}

/**
 * tend_learn_needs_chosen:
 * @need_ids: (nullable): the ids a person chose
 *
 * Returns: whether @need_id is among @need_ids.
 */
gboolean
tend_learn_needs_chosen (const char * const *need_ids,
                         const char         *need_id)
{
  g_return_val_if_fail (need_id != NULL, FALSE);

  return need_ids != NULL && g_strv_contains (need_ids, need_id);
}

/**
 * tend_learn_topic_to_markdown:
 * @topic: a topic
 * @note: (nullable): the person's own words, put at the top as a quote; empty or %NULL for none
 * @need_ids: (nullable): the needs they chose, by id; written below the note as a list, in
 *   the order they are offered. Unknown ids are left out.
 *
 * @topic as Markdown, translated, to save and share: the title, the person's note and needs,
 * every heading and paragraph, and the footer. Links are left out: they lead into Tend.
 *
 * Returns: the text.
 */
char *
tend_learn_topic_to_markdown (const TendLearnTopic *topic,
                              const char           *note,
                              const char * const   *need_ids)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *trimmed = NULL;
  gboolean any_need = FALSE;

  g_return_val_if_fail (topic != NULL, NULL);

  g_string_append_printf (out, "# %s\n\n", _(topic->title));

  trimmed = g_strstrip (g_strdup (note != NULL ? note : ""));
  if (*trimmed != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (trimmed, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_string_append_printf (out, "> %s\n", g_strchomp (lines[i]));
      g_string_append (out, "\n");
    }

  for (gsize i = 0; i < G_N_ELEMENTS (needs); i++)
    {
      if (!tend_learn_needs_chosen (need_ids, needs[i].id))
        continue;
      if (!any_need)
        g_string_append_printf (out, "## %s\n\n", _(tend_learn_get_needs_heading ()));
      any_need = TRUE;
      g_string_append_printf (out, "- %s\n", _(needs[i].text));
    }
  if (any_need)
    g_string_append (out, "\n");

  for (guint s = 0; s < tend_learn_topic_get_n_sections (topic); s++)
    {
      const TendLearnSection *section = &topic->sections[s];

      g_string_append_printf (out, "## %s\n\n", _(section->heading));
      for (guint p = 0; p < tend_learn_section_get_n_paragraphs (section); p++)
        g_string_append_printf (out, "%s\n\n", _(section->paragraphs[p]));
    }

  g_string_append_printf (out, "---\n\n*%s*\n", _(tend_learn_get_footer ()));
  return g_string_free (g_steal_pointer (&out), FALSE);
}
