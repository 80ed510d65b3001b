/* tend-exercises-catalog.c — the grounding exercises and their steps.
 *
 * Copyright 2026 The Tend developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How these words are written (DESIGN.md, Care and safety). They are read by someone who may
 * be shaking, dissociating or in tears, so each step is one short idea in plain words.
 * Breathing is always "gentle", never "deep", and every breathing exercise says what to do if
 * dizzy. Anything that turns attention inward offers a way to stay with the room instead, in
 * inviting words, and any step can be skipped. Nothing here asks for effort, scores or guilt.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "tend-exercises-private.h"

/* Four even sides, held softly. Four rounds are about a minute at the normal pace. */
static const TendBreathPattern box_pattern = {
  .in = 4, .hold_in = 4, .out = 4, .hold_out = 4, .cycles = 4,
};

/* Out a little longer than in, with no holds: the default breathing. */
static const TendBreathPattern longer_exhale_pattern = {
  .in = 4, .hold_in = 0, .out = 6, .hold_out = 0, .cycles = 6,
};

static const TendStep senses_steps[] = {
  {
    /* Translators: 5-4-3-2-1 senses, step 1 of 6. */
    .text = N_("Look around you. Find five things you can see, and name them quietly or out loud."),
    /* Translators: 5-4-3-2-1 senses, a way to do step 1 without looking. */
    .instead = N_("Or, without looking, find five things you can hear or feel, and name them."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 30,
  },
  {
    /* Translators: 5-4-3-2-1 senses, step 2 of 6. */
    .text = N_("Find four things you can touch: the chair under you, your sleeve, something on the table."),
    /* Translators: 5-4-3-2-1 senses, a way to do step 2 with an object instead of the body. */
    .instead = N_("Or hold one object and notice four things about it."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 30,
  },
  {
    /* Translators: 5-4-3-2-1 senses, step 3 of 6. */
    .text = N_("Listen for three sounds, near or far. Any sound counts, even a quiet hum."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 25,
  },
  {
    /* Translators: 5-4-3-2-1 senses, step 4 of 6. */
    .text = N_("Find two things you can smell. If nothing comes, think of two smells you like."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: 5-4-3-2-1 senses, step 5 of 6. */
    .text = N_("Notice one thing you can taste, or take a small sip of something."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: the last step of several grounding exercises. */
    .text = N_("You are here, in this room, right now. Take a moment before moving on."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep box_steps[] = {
  {
    /* Translators: box breathing, step 1 of 3. */
    .text = N_("Sit or stand in a way that feels comfortable. Your eyes can stay open."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: box breathing, step 2 of 3, shown beside the breathing pacer. */
    .text = N_("Follow the shape: breathe in, hold, breathe out, hold. Gently, without straining."),
    /* Translators: box breathing, a way to do step 2 without watching the shape. */
    .instead = N_("Or, without looking, count softly to four for each side: in, hold, out, hold."),
    .advance = TEND_STEP_TIMED,
    .breath = &box_pattern,
  },
  {
    /* Translators: box breathing, step 3 of 3. */
    .text = N_("Let your breath find its own rhythm again. Notice one thing you can see."),
    /* Translators: box breathing, a way to do step 3 without looking. */
    .instead = N_("Or notice one sound around you."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep longer_exhale_steps[] = {
  {
    /* Translators: longer-exhale breathing, step 1 of 3. */
    .text = N_("Settle in however feels comfortable. There is nothing to get right."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: longer-exhale breathing, step 2 of 3, shown beside the breathing pacer. */
    .text = N_("Breathe in gently, then let the breath out slowly, a little longer than it came in."),
    /* Translators: longer-exhale breathing, a way to do step 2 without watching the shape. */
    .instead = N_("Or, without looking, count softly: in for four, out for six."),
    .advance = TEND_STEP_TIMED,
    .breath = &longer_exhale_pattern,
  },
  {
    /* Translators: longer-exhale breathing, step 3 of 3. */
    .text = N_("Let your breathing go back to its own pace. Notice how you feel, without needing it to be different."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep butterfly_steps[] = {
  {
    /* Translators: butterfly hug, step 1 of 3. */
    .text = N_("Cross your arms over your chest so your hands rest just below your collarbones."),
    /* Translators: butterfly hug, a way to do step 1 without touching the chest. */
    .instead = N_("Or rest your hands on your knees, or on a table in front of you."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: butterfly hug, step 2 of 3, shown beside a left/right tapping pacer. */
    .text = N_("Tap slowly, left, then right, following the pace. Let your breathing be as it is."),
    .advance = TEND_STEP_TIMED,
    .seconds = 60,
    .taps_per_minute = 60,
  },
  {
    /* Translators: butterfly hug, step 3 of 3. */
    .text = N_("Let your hands rest. Notice how you feel now."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep orienting_steps[] = {
  {
    /* Translators: orienting to the room, step 1 of 6. */
    .text = N_("Let your eyes wander slowly around the room, as if you were seeing it for the first time."),
    /* Translators: orienting to the room, a way to do step 1 without looking. */
    .instead = N_("Or listen to the room: the sounds close to you, then the ones farther away."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: orienting to the room, step 2 of 6. */
    .text = N_("If it feels all right, turn your head to look to each side, and behind you."),
    /* Translators: orienting to the room, a way to do step 2 without looking. */
    .instead = N_("Or turn your head slowly toward a sound, then toward another."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: orienting to the room, step 3 of 6. */
    .text = N_("Find the door or a window. Notice that it is there."),
    /* Translators: orienting to the room, a way to do step 3 without looking. */
    .instead = N_("Or notice where the door is: by the air, by a sound, or by touching the wall that leads to it."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: orienting to the room, step 4 of 6. */
    .text = N_("Let your eyes rest on something pleasant or plain: a colour, a plant, a patch of light."),
    /* Translators: orienting to the room, a way to do step 4 by touch. */
    .instead = N_("Or rest your hand on something pleasant or plain: a soft cloth, a smooth table."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: orienting to the room, step 5 of 6. */
    .text = N_("Name where you are and what day it is, quietly or out loud."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: the last step of several grounding exercises. */
    .text = N_("Notice anything that changed, even a little."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep feet_steps[] = {
  {
    /* Translators: feet on the floor, step 1 of 5. */
    .text = N_("Place both feet flat on the floor, sitting or standing."),
    /* Translators: feet on the floor, a way to do step 1 by looking instead of feeling. */
    .instead = N_("Or look at the floor near you and notice its colour."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: feet on the floor, step 2 of 5. */
    .text = N_("Press your feet gently into the floor, then let them soften. Repeat a few times, at your own pace."),
    /* Translators: feet on the floor, a way to do step 2 with the hands on something solid. */
    .instead = N_("Or press your hands gently onto the table or your knees."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: feet on the floor, step 3 of 5. */
    .text = N_("Notice what is under your feet: carpet, wood, tiles, or the soles of your shoes."),
    /* Translators: feet on the floor, a way to do step 3 by looking instead of feeling. */
    .instead = N_("Or notice what the floor is made of just by looking at it."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: feet on the floor, step 4 of 5. */
    .text = N_("Notice that the floor holds you up, without you doing anything."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: the last step of several grounding exercises. */
    .text = N_("You are here, in this room, right now. Take a moment before moving on."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep calm_place_steps[] = {
  {
    /* Translators: a calm place, step 1 of 5. The place is imagined; it need not be home or bed. */
    .text = N_("Imagine a place where you could rest. It can be made up: a shore, a forest, a room that does not exist. It does not have to be home or bed."),
    /* Translators: a calm place, for when no place feels calm. */
    .instead = N_("If no place feels calm today, that is all right. Rest your eyes on something in the room you like."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: a calm place, step 2 of 5. The imagined place has no people in it. */
    .text = N_("This place is only yours. Nobody else needs to be there."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: a calm place, step 3 of 5. */
    .text = N_("Notice what you see there: colours, light, shapes."),
    /* Translators: a calm place, a way to do step 3 with the real room. */
    .instead = N_("Or let your eyes rest on a colour you like here in the room, or hold something soft."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: a calm place, step 4 of 5. */
    .text = N_("Notice what you hear there, and how the air feels."),
    /* Translators: a calm place, a way to do step 4 with the real room. */
    .instead = N_("Or listen to the sounds around you here."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: a calm place, step 5 of 5. */
    .text = N_("You can come back here whenever you want. Slowly let the room come back around you."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep temperature_steps[] = {
  {
    /* Translators: temperature and texture, step 1 of 6. Keep the objects gentle: nothing cold or hot. */
    .text = N_("Find something near you to hold: a cool glass of water, a warm mug, a smooth stone, a soft scarf."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: temperature and texture, step 2 of 6. */
    .text = N_("Hold it in both hands. Is it cool or warm? Stay with that feeling for a while."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: temperature and texture, step 3 of 6. */
    .text = N_("Notice its texture: smooth, rough, soft, ridged."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: temperature and texture, step 4 of 6. */
    .text = N_("Notice its weight and shape, and how it slowly takes on the warmth of your hands."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: temperature and texture, step 5 of 6. */
    .text = N_("If you like, take a small sip, or rest it against your palm a little longer."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: temperature and texture, step 6 of 6. */
    .text = N_("Put it down when you are ready. Notice anything that feels different."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep body_scan_steps[] = {
  {
    /* Translators: short body scan, step 1 of 7. */
    .text = N_("Settle in however is comfortable. Your eyes can stay open, resting on one spot."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: short body scan, step 2 of 7. */
    .text = N_("Notice your feet and legs. There is nothing to change, only noticing."),
    /* Translators: short body scan, a way to do step 2 without turning inward. */
    .instead = N_("Or notice the floor beneath you."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: short body scan, step 3 of 7. */
    .text = N_("Notice your hands and arms, and whatever they are resting on."),
    /* Translators: short body scan, a way to do step 3 without turning inward. */
    .instead = N_("Or hold an object and notice its weight."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: short body scan, step 4 of 7. */
    .text = N_("Notice your shoulders and back, where they meet the chair."),
    /* Translators: short body scan, a way to do step 4 without turning inward. */
    .instead = N_("Or notice the chair, or the wall behind you."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: short body scan, step 5 of 7. */
    .text = N_("Notice your face and jaw. If it feels all right, let them soften a little."),
    /* Translators: short body scan, a way to do step 5 without turning inward. */
    .instead = N_("Or listen for the farthest sound you can hear."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: short body scan, step 6 of 7. */
    .text = N_("Notice yourself as a whole, here in this room."),
    /* Translators: short body scan, a way to do step 6 without turning inward. */
    .instead = N_("Or name three things you can see or hear."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: the last step of several grounding exercises. */
    .text = N_("Notice anything that changed, even a little."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep here_and_now_steps[] = {
  {
    /* Translators: here and now, step 1 of 5. The person says their age as it is today. */
    .text = N_("Say how old you are today, quietly or out loud: “I am … years old.”"),
    /* Translators: here and now, for when the age does not come to mind. */
    .instead = N_("If it does not come straight away, that is all right. Say your name instead."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: here and now, step 2 of 5. Tend shows today's weekday and date below it. */
    .text = N_("Say what day it is: “Today is …”. A clock, a phone or a calendar can help."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
    .shows_today = TRUE,
  },
  {
    /* Translators: here and now, step 3 of 5. */
    .text = N_("Say where you are: “I am in …”: the room, the building, the town."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: here and now, step 4 of 5: something that belongs to now, not to the past. */
    .text = N_("Find one thing that tells you it is now, not back then: something new, something that was not there before."),
    /* Translators: here and now, a way to do step 4 by touch or sound. */
    .instead = N_("Or touch something near you, or listen to a sound, and say what it is."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: here and now, step 5 of 5. The three things said in the steps before. */
    .text = N_("Say it all together, once or twice: “I am …, it is …, I am in …”. You are here, now."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
};

static const TendStep push_wall_steps[] = {
  {
    /* Translators: pushing against a wall, step 1 of 5. */
    .text = N_("Stand facing a wall, about an arm's length away, and rest both palms flat on it."),
    /* Translators: pushing against a wall, a way to do step 1 sitting down. */
    .instead = N_("Or, sitting, press your feet into the floor, or your palms together, or onto a table."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 15,
  },
  {
    /* Translators: pushing against a wall, step 2 of 5. */
    .text = N_("Push slowly into the wall, as if you could move it, with only as much strength as feels all right. Notice your arms and legs working."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: pushing against a wall, step 3 of 5. */
    .text = N_("Let go and let your arms hang. Notice any warmth or tingling in your hands and arms."),
    /* Translators: pushing against a wall, a way to do step 3 outside the body. */
    .instead = N_("Or notice the wall under your palms: cool or warm, smooth or rough."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: pushing against a wall, step 4 of 5. */
    .text = N_("Push once more, a little longer if you like, then let go slowly."),
    .advance = TEND_STEP_TIMED,
    .seconds = 20,
  },
  {
    /* Translators: pushing against a wall, step 5 of 5. */
    .text = N_("Feel your feet on the floor and your hands, here, now. Take a moment before moving on."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

static const TendStep name_move_steps[] = {
  {
    /* Translators: name and move, step 1 of 6. The examples are things with one word about each. */
    .text = N_("Name three things around you, out loud if you can, with a word about each: “a blue mug”, “a soft chair”."),
    /* Translators: name and move, a way to do step 1 without looking. */
    .instead = N_("Or name three sounds you can hear, or three things you can touch."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 30,
  },
  {
    /* Translators: name and move, step 2 of 6. */
    .text = N_("Wiggle your fingers and toes. Notice that they move when you want them to."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: name and move, step 3 of 6. */
    .text = N_("Roll your shoulders slowly, or stretch your arms out, in whatever way feels good."),
    /* Translators: name and move, a smaller way to do step 3. */
    .instead = N_("Or press your palms together for a moment, then let go."),
    .advance = TEND_STEP_TIMED,
    .seconds = 15,
  },
  {
    /* Translators: name and move, step 4 of 6. */
    .text = N_("If you can, stand up and take a few steps. Feel each foot as it touches the floor."),
    /* Translators: name and move, a way to do step 4 sitting down. */
    .instead = N_("Or, sitting, lift one heel and then the other, in turn."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 20,
  },
  {
    /* Translators: name and move, step 5 of 6. */
    .text = N_("Rub your hands together, or clap once or twice. Notice the sound and the warmth."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
  {
    /* Translators: the last step of several grounding exercises. */
    .text = N_("You are here, in this room, right now. Take a moment before moving on."),
    .advance = TEND_STEP_BY_PERSON,
    .seconds = 10,
  },
};

const TendExercise tend_exercises_catalog[] = {
  {
    .id = "senses-54321",
    /* Translators: the title of a grounding exercise. */
    .title = N_("5-4-3-2-1 Senses"),
    /* Translators: what the 5-4-3-2-1 senses exercise is for, in one line. */
    .purpose = N_("Come back to the room through what you can see, touch, hear, smell and taste."),
    /* Translators: the gentle way through 5-4-3-2-1 senses. */
    .gentle_way = N_("It already works with your eyes open. Finding fewer things is fine; even one is enough."),
    /* Translators: shown with 5-4-3-2-1 senses; it points to temperature and texture. */
    .if_worse = N_("If this feels worse, stop, or try holding something with a texture you like."),
    .try_instead = "temperature-texture",
    .fits = TEND_FITS_TOO_MUCH | TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_SENSES,
    /* Its gentle way, fewer things, fits from the first thing to look for. */
    .gentle_step = 0,
    .steps = senses_steps,
    .n_steps = G_N_ELEMENTS (senses_steps),
  },
  {
    .id = "box-breathing",
    /* Translators: the title of a grounding exercise. */
    .title = N_("Box Breathing"),
    /* Translators: what box breathing is for, in one line. */
    .purpose = N_("Four even sides: breathe in, pause, breathe out, pause, at a steady count."),
    /* Translators: shown on the box breathing card before it starts. */
    .card_note = N_("Includes short breath holds. If holding your breath feels uneasy, try a longer exhale instead: it has none."),
    /* Translators: the gentle way through box breathing. */
    .gentle_way = N_("You can keep your eyes open and trace a square in the room as you breathe, like a window or a picture frame."),
    /* Translators: breathing guidance for box breathing. Never "deep": gentle breathing. */
    .breath_care = N_("Breathe gently, and keep the holds soft, never straining. If you feel dizzy, go back to your normal breathing."),
    /* Translators: shown with box breathing; it points to longer-exhale breathing. */
    .if_worse = N_("If this feels worse, stop, or try breathing with a longer exhale and no holds."),
    .try_instead = "longer-exhale",
    .flags = TEND_EXERCISE_BREATHING | TEND_EXERCISE_BREATH_HOLD,
    .fits = TEND_FITS_TOO_MUCH,
    .kind = TEND_EXERCISE_KIND_BREATHING,
    /* Tracing a square in the room goes with the breathing step. */
    .gentle_step = 1,
    .steps = box_steps,
    .n_steps = G_N_ELEMENTS (box_steps),
  },
  {
    .id = "longer-exhale",
    /* Translators: the title of a grounding exercise: breathing out longer than in. */
    .title = N_("Longer Exhale"),
    /* Translators: what longer-exhale breathing is for, in one line. */
    .purpose = N_("Breathe out a little longer than you breathe in, to help your body slow down."),
    /* Translators: the gentle way through longer-exhale breathing. */
    .gentle_way = N_("Keep your eyes open if you like, on the shape or on something steady in the room. Holding a soft object can help too."),
    /* Translators: breathing guidance for longer-exhale breathing. Never "deep": gentle breathing. */
    .breath_care = N_("Breathe gently, with no need to hold your breath. If you feel dizzy, go back to your normal breathing."),
    /* Translators: shown with longer-exhale breathing; it points to orienting to the room. */
    .if_worse = N_("If this feels worse, stop, or try looking slowly around the room instead."),
    .try_instead = "orienting",
    .flags = TEND_EXERCISE_BREATHING,
    .fits = TEND_FITS_TOO_MUCH,
    .kind = TEND_EXERCISE_KIND_BREATHING,
    .gentle_step = 1,
    .steps = longer_exhale_steps,
    .n_steps = G_N_ELEMENTS (longer_exhale_steps),
  },
  {
    .id = "butterfly-hug",
    /* Translators: the title of a grounding exercise: crossing the arms and tapping left and right. */
    .title = N_("Butterfly Hug"),
    /* Translators: what the butterfly hug is for, in one line. */
    .purpose = N_("Slow taps, left and right in turn, to help you feel steadier."),
    /* Translators: the gentle way through the butterfly hug. */
    .gentle_way = N_("If touching your chest does not feel right, tap your knees or a table instead, with your eyes open."),
    /* Translators: shown with the butterfly hug; it points to feet on the floor. */
    .if_worse = N_("If this feels worse, stop, rest your hands, or try pressing your feet into the floor."),
    .try_instead = "feet-on-floor",
    .fits = TEND_FITS_TOO_MUCH,
    .kind = TEND_EXERCISE_KIND_MOVEMENT,
    /* Tapping knees or a table instead: where the hands are placed. */
    .gentle_step = 0,
    .steps = butterfly_steps,
    .n_steps = G_N_ELEMENTS (butterfly_steps),
  },
  {
    .id = "orienting",
    /* Translators: the title of a grounding exercise. */
    .title = N_("Orienting to the Room"),
    /* Translators: what orienting to the room is for, in one line. */
    .purpose = N_("Let your eyes explore the room slowly, so your body can notice where you are."),
    /* Translators: the gentle way through orienting to the room. */
    .gentle_way = N_("This one is done with your eyes open, looking outward. Turn your head only as far as is comfortable."),
    /* Translators: shown with orienting to the room; it points to 5-4-3-2-1 senses. */
    .if_worse = N_("If this feels worse, stop, or try naming things you can see and hear, one at a time."),
    .try_instead = "senses-54321",
    .fits = TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_SENSES,
    /* Turning the head only as far as is comfortable: the step that turns it. */
    .gentle_step = 1,
    .steps = orienting_steps,
    .n_steps = G_N_ELEMENTS (orienting_steps),
  },
  {
    .id = "feet-on-floor",
    /* Translators: the title of a grounding exercise. */
    .title = N_("Feet on the Floor"),
    /* Translators: what feet on the floor is for, in one line. */
    .purpose = N_("Feel the ground under you, solid and steady, holding you up."),
    /* Translators: the gentle way through feet on the floor. */
    .gentle_way = N_("If paying attention to your feet is too much, keep your eyes open and look at the floor instead: its colour, its pattern, the light on it."),
    /* Translators: shown with feet on the floor; it points to orienting to the room. */
    .if_worse = N_("If this feels worse, stop, or try looking slowly around the room instead."),
    .try_instead = "orienting",
    .fits = TEND_FITS_TOO_MUCH | TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_MOVEMENT,
    /* Looking at the floor instead: the first step with the feet. */
    .gentle_step = 0,
    .steps = feet_steps,
    .n_steps = G_N_ELEMENTS (feet_steps),
  },
  {
    .id = "calm-place",
    /* Translators: the title of a grounding exercise: imagining a calm place. */
    .title = N_("A Calm Place"),
    /* Translators: what the calm place exercise is for, in one line. */
    .purpose = N_("Picture an imagined place where you can rest for a moment."),
    /* Translators: the gentle way through the calm place exercise. */
    .gentle_way = N_("You can keep your eyes open and let the picture stay faint. If no place feels calm today, that is all right too."),
    /* Translators: shown with the calm place exercise; it points to 5-4-3-2-1 senses. */
    .if_worse = N_("If this feels worse, let the picture go, or try naming things you can see and hear in the room."),
    .try_instead = "senses-54321",
    .fits = TEND_FITS_TOO_MUCH,
    .kind = TEND_EXERCISE_KIND_SENSES,
    /* Eyes open, a faint picture or none: imagining the place. */
    .gentle_step = 0,
    .steps = calm_place_steps,
    .n_steps = G_N_ELEMENTS (calm_place_steps),
  },
  {
    .id = "temperature-texture",
    /* Translators: the title of a grounding exercise: holding something cool, warm or textured. */
    .title = N_("Temperature and Texture"),
    /* Translators: what temperature and texture is for, in one line. */
    .purpose = N_("Hold something gently cool or warm, and let how it feels bring you back to now."),
    /* Translators: the gentle way through temperature and texture. */
    .gentle_way = N_("Everything here happens in your hands, with your eyes open. If temperature is too much, a texture alone is enough."),
    /* Translators: shown with temperature and texture; it points to orienting to the room. */
    .if_worse = N_("If this feels worse, put it down, or try looking slowly around the room."),
    .try_instead = "orienting",
    .fits = TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_SENSES,
    /* A texture alone is enough: feeling cool or warm. */
    .gentle_step = 1,
    .steps = temperature_steps,
    .n_steps = G_N_ELEMENTS (temperature_steps),
  },
  {
    .id = "body-scan",
    /* Translators: the title of a grounding exercise. */
    .title = N_("A Short Body Scan"),
    /* Translators: what the short body scan is for, in one line. */
    .purpose = N_("Move your attention slowly through your body, only as far as feels okay."),
    /* Translators: the gentle way through the short body scan. */
    .gentle_way = N_("You can keep your eyes open and skip any part. If noticing your body is too much, notice sounds or an object in your hand; that works just as well."),
    /* Translators: shown with the short body scan; it points to orienting to the room. */
    .if_worse = N_("If this feels worse, open your eyes and stop here, or try looking slowly around the room."),
    .try_instead = "orienting",
    .fits = TEND_FITS_TOO_MUCH,
    .kind = TEND_EXERCISE_KIND_MOVEMENT,
    /* Eyes open, parts skipped, sounds instead: the first part of the body. */
    .gentle_step = 1,
    .steps = body_scan_steps,
    .n_steps = G_N_ELEMENTS (body_scan_steps),
  },
  {
    .id = "here-and-now",
    /* Translators: the title of a grounding exercise: saying one's age, the day and the place. */
    .title = N_("Here and Now"),
    /* Translators: what here and now is for, in one line. */
    .purpose = N_("For feeling far away: say how old you are, what day it is and where you are."),
    /* Translators: the gentle way through here and now. */
    .gentle_way = N_("Keep your eyes open, and say the words however suits you: out loud, in a whisper, in your head, or written on paper."),
    /* Translators: shown with here and now; it points to pushing against a wall. */
    .if_worse = N_("If this feels worse, stop, or try pushing gently against a wall or the floor."),
    .try_instead = "push-wall",
    .fits = TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_SENSES,
    /* The words said however suits: the first thing said. */
    .gentle_step = 0,
    .steps = here_and_now_steps,
    .n_steps = G_N_ELEMENTS (here_and_now_steps),
  },
  {
    .id = "push-wall",
    /* Translators: the title of a grounding exercise: pressing the hands against a wall. */
    .title = N_("Pushing Against a Wall"),
    /* Translators: what pushing against a wall is for, in one line. */
    .purpose = N_("For feeling numb: push against something solid and feel it push back."),
    /* Translators: the gentle way through pushing against a wall. */
    .gentle_way = N_("Keep your eyes open. A light push is enough, and sitting works too: press your feet into the floor or your palms onto a table. If anything hurts, ease off."),
    /* Translators: shown with pushing against a wall; it points to name and move. */
    .if_worse = N_("If this feels worse, stop and let your arms rest, or try naming things around you and moving a little."),
    .try_instead = "name-and-move",
    .fits = TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_MOVEMENT,
    /* A light push, or sitting: the push. */
    .gentle_step = 1,
    .steps = push_wall_steps,
    .n_steps = G_N_ELEMENTS (push_wall_steps),
  },
  {
    .id = "name-and-move",
    /* Translators: the title of a grounding exercise: naming things nearby, then small movements. */
    .title = N_("Name and Move"),
    /* Translators: what name and move is for, in one line. */
    .purpose = N_("For feeling cut off: name what is around you, then move a little, at your own pace."),
    /* Translators: the gentle way through name and move. */
    .gentle_way = N_("Keep your eyes open, and move only in ways that feel good; small movements count. Naming can be a whisper."),
    /* Translators: shown with name and move; it points to temperature and texture. */
    .if_worse = N_("If this feels worse, stop and sit for a moment, or try holding something with a texture you like."),
    .try_instead = "temperature-texture",
    .fits = TEND_FITS_TOO_LITTLE,
    .kind = TEND_EXERCISE_KIND_MOVEMENT,
    /* Small movements, naming in a whisper: the naming. */
    .gentle_step = 0,
    .steps = name_move_steps,
    .n_steps = G_N_ELEMENTS (name_move_steps),
  },
};

const guint tend_exercises_catalog_len = G_N_ELEMENTS (tend_exercises_catalog);
