#!/usr/bin/env python3
"""The Ground page by keyboard alone: Tab to "Too little", Space marks the exercises for
feeling numb or far away, Shift+Tab and Space switch to "Too much", Space again lets go.
No card moves or hides. Need More Help? and My Safety Plan are on screen at 700 px tall,
wide and at 360 px, without scrolling.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import Atspi, find, is_checked, wait_for, xdotool  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")

MUCH = "Too much: racing, flooded, on edge"
LITTLE = "Too little: numb, far away, cut off"
FITS = "May fit right now"


def card(frame, title):
    return find(frame, "button", title)


def fits(frame, title):
    c = card(frame, title)
    return c is not None and FITS in (c.get_description() or "")


def card_names(frame):
    """The exercise cards' titles in the order the tree holds them."""
    group = find(frame, None, "Exercises")
    names = []

    def walk(acc):
        for i in range(acc.get_child_count()):
            child = acc.get_child_at_index(i)
            if child is None:
                continue
            if child.get_role_name() == "button":
                names.append(child.get_name())
            else:
                walk(child)
    if group is not None:
        walk(group)
    return names


def on_screen(frame, acc):
    """Inside the window's extents, and showing."""
    if acc is None or not acc.get_state_set().contains(Atspi.StateType.SHOWING):
        return False
    win = frame.get_extents(Atspi.CoordType.SCREEN)
    box = acc.get_extents(Atspi.CoordType.SCREEN)
    return (box.x >= win.x and box.y >= win.y and box.x + box.width <= win.x + win.width
            and box.y + box.height <= win.y + win.height and box.width > 0)


def main():
    t = Checks()
    tend = Tend()
    frame, wid = tend.open(t, "Tend starts")
    if frame is None:
        tend.stop()
        return t.finish()

    tend.key(wid, "alt+2")
    t.check(wait_for(lambda: find(frame, "label", "Ground Now"), 5) is not None,
            "Alt+2 opens Ground")
    before = wait_for(lambda: card_names(frame) or None, 5) or []
    t.check(len(before) >= 12 and "Here and Now" in before, "every exercise is a card (%d)" % len(before))

    for width, height in ((1000, 700), (360, 700)):
        tend.resize(wid, frame, width, height)
        time.sleep(1.0)
        help_button = find(frame, "button", "Need More Help?")
        plan_button = find(frame, "button", "My Safety Plan")
        t.check(on_screen(frame, help_button), "Need More Help? is on screen at %d × %d" % (width, height))
        t.check(on_screen(frame, plan_button), "My Safety Plan is on screen at %d × %d" % (width, height))

    t.check(tend.focus_on(wid, frame, "Tab", "toggle button", LITTLE, presses=20),
            "Tab reaches “Too Little”, named for a screen reader")
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "toggle button", LITTLE)), 5),
            "Space chooses it")
    t.check(wait_for(lambda: fits(frame, "Here and Now"), 5)
            and fits(frame, "Pushing Against a Wall") and fits(frame, "Name and Move"),
            "the exercises for feeling numb or far away are marked")
    t.check(not fits(frame, "Box Breathing") and card(frame, "Box Breathing") is not None,
            "the others stay, unmarked")
    t.check(card_names(frame) == before, "no card moves")

    t.check(tend.focus_on(wid, frame, "shift+Tab", "toggle button", MUCH, presses=3),
            "Shift+Tab reaches “Too Much”")
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "toggle button", MUCH)), 5)
            and not is_checked(find(frame, "toggle button", LITTLE)),
            "Space chooses “Too Much” and lets go of “Too Little”")
    t.check(wait_for(lambda: fits(frame, "Box Breathing"), 5) and not fits(frame, "Here and Now"),
            "now the calming ones are marked")
    tend.key(wid, "space")
    t.check(wait_for(lambda: not is_checked(find(frame, "toggle button", MUCH)), 5)
            and not fits(frame, "Box Breathing"), "Space again lets go: nothing is marked")
    t.check(card_names(frame) == before, "and still no card has moved")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()

    # German has the longest words: both buttons still fit side by side at 360 px.
    de = po_reader.read(os.path.join(PO_DIR, "de.po"))
    help_de = de[(None, "Need _More Help?")]["msgstr"].replace("_", "")
    plan_de = de[(None, "My _Safety Plan")]["msgstr"].replace("_", "")
    tend = Tend(env={"LANGUAGE": "de"})
    app = tend.start()
    frame = tend.frame(app) if app else None
    wid = tend.window_id()
    if t.check(frame is not None and wid is not None, "Tend starts in German"):
        tend.resize(wid, frame, 360, 700)
        time.sleep(1.0)
        tend.key(wid, "alt+2")
        wait_for(lambda: find(frame, "button", help_de), 5)
        time.sleep(0.5)
        t.check(on_screen(frame, find(frame, "button", help_de)),
                "%s is on screen at 360 × 700" % help_de)
        t.check(on_screen(frame, find(frame, "button", plan_de)),
                "%s is on screen at 360 × 700" % plan_de)
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
