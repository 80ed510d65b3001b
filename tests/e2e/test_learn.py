#!/usr/bin/env python3
"""Learn by keyboard alone: on an empty journal, Tab reaches "Learn About Trauma and Closeness"
on the welcome page and Enter opens Learn. Every topic is reached with Tab, opens with Enter,
shows its title as a heading (level 1, as a screen reader hears it), headings for its sections,
at least three paragraphs and the note that it is general information; Alt+Left goes back to
the list. On "The Window of Tolerance", Tab reaches the link to "Longer Exhale" and Enter opens
that exercise in the player.

With E2E_LANG=de (LANGUAGE and LANG to match) the same runs in German; E2E_WIDTH sets the
window's width (narrow, it opens on today's page, so Learn is taken from the main menu), and
E2E_SHOT_DIR and E2E_SHOT_TAG save screenshots of the list and two topics.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import children, find, focused, shot, showing, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402
from test_backup import LEARN, open_menu_item  # noqa: E402

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")
LANG = os.environ.get("E2E_LANG", "")

# The topics in the order Learn lists them (src/model/catalog/tend-learn.c).
TOPICS = [
    ("closeness", "How Trauma Can Shape Closeness"),
    ("signs", "Signs It May Be Affecting Your Relationships"),
    ("window", "The Window of Tolerance"),
    ("healing", "What Healing Can Look Like"),
    ("setbacks", "Setbacks Are Part of Healing"),
    ("help", "Finding Help"),
    ("questions", "Questions People Ask"),
    ("close", "For Someone Close to You"),
]
FOOTER = ("This is general information, not therapy or a diagnosis. For your own situation, a "
          "qualified professional can help.")
BEFORE = "How strong is the distress right now?"


# @msgid as the running Tend shows it: English, or the catalogue's translation.
tr = po_reader.translator(PO_DIR, LANG)


def showing_of(root, role):
    """Every showing object with @role under @root, in tree order."""
    found, queue = [], [root]
    while queue:
        acc = queue.pop(0)
        try:
            if not showing(acc):
                continue
            if acc.get_role_name() == role:
                found.append(acc)
            queue.extend(children(acc))
        except Exception:  # a child that went away while walking
            continue
    return found


def tab_to(tend, wid, frame, name, limit=60):
    """Presses Tab until the focus is on something called @name; returns it or None."""
    for _ in range(limit):
        acc = focused(frame)
        if acc is not None and acc.get_name() == name:
            return acc
        tend.key(wid, "Tab")
        wait_for(lambda: focused(frame) is not None, 1)
    return None


def level_of(acc):
    try:
        return acc.get_attributes().get("level")
    except Exception:
        return None


def main():
    t = Checks()
    tend = Tend()
    frame, wid = tend.open(t, "Tend starts on an empty journal")
    if frame is None:
        tend.stop()
        return t.finish()
    width = os.environ.get("E2E_WIDTH")
    if width:
        subprocess.run(["xdotool", "windowsize", wid, width, "720"], check=True)

    if width:
        # A narrow window opens on today's page, not on the welcome: Learn is in the menu.
        t.check(open_menu_item(frame, LEARN, tr("Main Menu")), "the main menu has Learn")
    else:
        learn = tr("_Learn About Trauma and Closeness").replace("_", "")
        t.check(tab_to(tend, wid, frame, learn) is not None,
                "Tab reaches “%s” on the welcome page" % learn)
        tend.key(wid, "Return")
    first = tr(TOPICS[0][1])
    t.check(wait_for(lambda: tab_to(tend, wid, frame, first, limit=10), 5) is not None,
            "Enter opens Learn, and Tab reaches its first topic")
    shot("learn", wid)

    for topic_id, title in TOPICS:
        title = tr(title)
        if not t.check(tab_to(tend, wid, frame, title) is not None,
                       "%s: Tab reaches the topic" % topic_id):
            continue
        tend.key(wid, "Return")
        heading = wait_for(lambda: [h for h in showing_of(frame, "heading")
                                    if h.get_name() == title], 5)
        t.check(heading and level_of(heading[0]) == "1",
                "%s: opens with its title as a heading of level 1" % topic_id)
        headings = showing_of(frame, "heading")
        labels = [lb.get_name() for lb in showing_of(frame, "label")]
        paragraphs = [text for text in labels if len(text) > 80]
        t.check(len(headings) >= 3, "%s: %d headings" % (topic_id, len(headings)))
        t.check(len(paragraphs) >= 3, "%s: %d paragraphs" % (topic_id, len(paragraphs)))
        t.check(tr(FOOTER) in labels, "%s: ends with the note that it is general information"
                % topic_id)
        if topic_id in ("closeness", "window", "close"):
            shot("learn-%s" % topic_id, wid)

        tend.key(wid, "alt+Left")
        t.check(wait_for(lambda: not [h for h in showing_of(frame, "heading")
                                      if h.get_name() == title], 5),
                "%s: Alt+Left goes back to the list" % topic_id)

    # The window of tolerance's link to an exercise for "too much" opens the player on it.
    t.check(tab_to(tend, wid, frame, tr(TOPICS[2][1])) is not None,
            "back on the list, Tab reaches the window of tolerance again")
    tend.key(wid, "Return")
    exhale = tr("Longer Exhale")
    t.check(tab_to(tend, wid, frame, exhale) is not None,
            "Tab reaches the link to “%s” on the window of tolerance" % exhale)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "label", tr(BEFORE)), 10) is not None,
            "Enter opens the player on it, asking about distress first")
    t.check(find(frame, "label", exhale) is not None, "the player shows “%s”" % exhale)

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
