#!/usr/bin/env python3
"""Write an entry as a person would, quit, come back: the words and the rating are still there.

Starts the built `tend` with a fresh data folder, types a paragraph with accents and an emoji
into the editor found by its accessible name, rates distress, quits with Ctrl+Q, starts again,
and finds everything, both in the window and in the month file on disk (DESIGN.md format).
"""
import datetime
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, find, text_of, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

PARAGRAPH = "Heute war ich ruhig, déjà vu at the café, and I stayed close 🌱"


def chosen(button):
    states = button.get_state_set()
    return states.contains(Atspi.StateType.PRESSED) or states.contains(Atspi.StateType.CHECKED)


def editor(frame):
    return wait_for(lambda: find(frame, "text", "Journal entry"), timeout=10)


def month_file(home):
    today = datetime.date.today()
    return os.path.join(home, "data", "tend", "journal", today.strftime("%Y-%m.json"))


def main():
    t = Checks()
    tend = Tend()

    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts with an empty journal"):
        return t.finish()
    t.check(wait_for(lambda: find(frame, "label", "Welcome")) is not None,
            "a first start shows the welcome")

    text = editor(frame)
    if not t.check(text is not None and text.get_editable_text_iface() is not None,
                   "the editor is found by its name, ready for typing"):
        return t.finish()
    Atspi.EditableText.insert_text(text, 0, PARAGRAPH, len(PARAGRAPH.encode("utf-8")))
    t.check(wait_for(lambda: text_of(text) == PARAGRAPH, 5), "the paragraph is in the editor")

    # The check-in is folded away until asked for.
    expander = wait_for(lambda: find(frame, "button", "Check-in, if you like"), 5)
    if t.check(expander is not None, "the check-in can be opened"):
        expander.do_action(0)
    six = wait_for(lambda: find(frame, "toggle button", "Distress: 6 of 10"), 5)
    if t.check(six is not None, "distress 6 is a button that says its scale and value"):
        six.do_action(0)
        t.check(wait_for(lambda: chosen(six), 5),
                "distress 6 is chosen")

    wid = tend.window_id()
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")

    # On disk, in the documented format.
    path = month_file(tend.home)
    t.check(os.path.exists(path), "this month's file exists: %s" % os.path.basename(path))
    data = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    entries = data.get("entries", [])
    t.check(data.get("format") == "tend-journal" and data.get("version") == 1,
            "the file says it is a tend-journal, version 1")
    t.check(len(entries) == 1 and entries[0].get("text") == PARAGRAPH,
            "the entry holds the paragraph, accents and emoji intact")
    if entries:
        e = entries[0]
        t.check(e.get("checkin", {}).get("distress") == 6, "the file holds distress 6")
        t.check(all(k in e for k in ("id", "created", "updated", "day")),
                "the entry has its id, times and day")
        t.check(e.get("day") == datetime.date.today().isoformat(), "the day is today")
    mode = os.stat(path).st_mode & 0o777 if os.path.exists(path) else None
    t.check(mode == 0o600, "the file is private (mode %s)" % (oct(mode) if mode else None))
    t.check(not glob.glob(os.path.join(os.path.dirname(path), "damaged", "*")),
            "nothing was set aside as damaged")

    # Back again: the entry is listed and opens with its words and rating.
    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts again"):
        return t.finish()
    row = wait_for(lambda: find(frame, "label", PARAGRAPH), 10)
    t.check(row is not None, "the entry is in the list")
    item = row.get_parent() if row else None
    while item is not None and item.get_role_name() != "list item":
        item = item.get_parent()
    if t.check(item is not None, "its row is a list item"):
        item.do_action(0) if item.get_n_actions() else None
    text = editor(frame)
    if text is not None and text_of(text) != PARAGRAPH:
        # Not every AT-SPI list item offers an action: a click opens it too.
        tend.click_center(wid=tend.window_id(), acc=row)
    t.check(wait_for(lambda: editor(frame) and text_of(editor(frame)) == PARAGRAPH, 10),
            "opening it shows the paragraph")
    expander = wait_for(lambda: find(frame, "button", "Check-in, if you like"), 5)
    if expander is not None:
        expander.do_action(0)
    six = wait_for(lambda: find(frame, "toggle button", "Distress: 6 of 10"), 5)
    t.check(six is not None and wait_for(
        lambda: chosen(six), 5),
        "and its distress rating is still 6")
    tend.key(tend.window_id(), "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits again")
    tend.stop()

    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
