#!/usr/bin/env python3
"""Go to a day by keyboard alone, hearing each day as a screen reader would.

A journal with entries three and nine days ago is written to disk; Tend starts on it. Ctrl+D
opens the calendar with the keys in it, on today; the Left arrow key walks back day by day, and
each day is said (the calendar's description, and an announcement) with what it holds. Enter on
the day three days ago opens its entry; its own calendar ("Move to Another Day…") moves it a day
back with Left and Enter. The calendar again, on to yesterday, which has no entry: it says so
and offers to write for it; Enter opens a fresh page for yesterday, and words typed there are
saved in yesterday's month file, with yesterday as their day. On disk the moved entry is there
once, on its new day.

With E2E_LANG=de (and LANGUAGE/LANG to match) the same runs in German. E2E_SHOT_DIR takes
screenshots of the open calendar (E2E_SHOT_TAG names the variant, E2E_WIDTH the window width).
"""
import datetime
import json
import os
import subprocess
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import Atspi, EventLog, find, focused, shot, text_of, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

LANG = os.environ.get("E2E_LANG", "")
PO = po_reader.read(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po",
                                 (LANG or "de") + ".po"))
TODAY = datetime.date.today()
THREE_AGO = TODAY - datetime.timedelta(days=3)
NINE_AGO = TODAY - datetime.timedelta(days=9)
FOUR_AGO = TODAY - datetime.timedelta(days=4)
YESTERDAY = TODAY - datetime.timedelta(days=1)
WORDS = {THREE_AGO: "The walk by the canal, three days ago.", NINE_AGO: "Nine days back."}
TYPED = "Remembering yesterday evening."


def tr(msgid, ctxt=None, n=None):
    """@msgid as the running Tend shows it: English, or the catalogue's translation."""
    entry = PO.get((ctxt, msgid)) if LANG else None
    if n is not None:
        forms = entry["msgstr"] if entry else [msgid, msgid]
        return (forms[0] if n == 1 else forms[1]) if LANG else msgid
    return entry["msgstr"] if entry and entry["msgstr"] else msgid


def write_journal(home):
    """Two entries, in the month files Tend reads (DESIGN.md's format)."""
    folder = os.path.join(home, "data", "tend", "journal")
    os.makedirs(folder, exist_ok=True)
    months = {}
    for day, text in WORDS.items():
        stamp = "%sT20:00:00+00:00" % day.isoformat()
        months.setdefault(day.strftime("%Y-%m"), []).append(
            {"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
             "day": day.isoformat(), "text": text})
    for month, entries in months.items():
        with open(os.path.join(folder, month + ".json"), "w", encoding="utf-8") as f:
            json.dump({"format": "tend-journal", "version": 1, "month": month,
                       "entries": entries, "grounding": [], "deleted": []}, f)
    return folder


def calendar_of(app, name=None):
    """The calendar with the focus (named after what it is for), not the button opening it."""
    name = name or tr("Go to a Day")
    cal = focused(app)
    if cal is not None and cal.get_name() == name and "button" not in cal.get_role_name():
        return cal
    return None


def snap(name):
    tag = os.environ.get("E2E_SHOT_TAG")
    shot("%s%s.png" % (name, "-" + tag if tag else ""))


def said(cal):
    return cal.get_description() or ""


def main():
    t = Checks()
    tend = Tend()
    folder = write_journal(tend.home)
    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts on a journal with two past entries"):
        return t.finish()
    wid = tend.window_id()
    width = os.environ.get("E2E_WIDTH")
    if width and wid:
        subprocess.run(["xdotool", "windowsize", wid, width, "720"], check=True)
    editor_name = tr("Journal entry")
    wait_for(lambda: find(frame, "text", editor_name), 10)

    # Ctrl+D: the calendar opens with the keys in it, on today.
    tend.key(wid, "ctrl+d")
    cal = wait_for(lambda: calendar_of(app), 10)
    if not t.check(cal is not None, "Ctrl+D opens the calendar with the keyboard focus in it"):
        tend.stop()
        return t.finish()
    t.check(tr("Nothing written on this day. You can write for it now, if you like.") in said(cal),
            "today has no entry, and the calendar says so: %r" % said(cal))

    snap("calendar-open")

    # Left, day by day, each day said with what it holds.
    events = EventLog("object:announcement")
    tend.key(wid, "Left", "Left", "Left")
    one = tr("%u entry on this day.", n=1).replace("%u", "1")
    t.check(wait_for(lambda: one in said(cal), 5),
            "three days back, the calendar says it holds one entry: %r" % said(cal))
    if not LANG:
        t.check(said(cal).startswith(THREE_AGO.strftime("%A, %-d %B %Y")),
                "and which day it is: %r" % said(cal))
    t.check(wait_for(lambda: any(one in str(e[2]) for e in events.events), 5),
            "a screen reader hears it too (%d announcements)" % len(events.events))
    snap("calendar-day")

    # Enter goes there: its entry opens.
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "text", editor_name) and
                     text_of(find(frame, "text", editor_name)) == WORDS[THREE_AGO], 10),
            "Enter opens the entry of that day")

    # The open entry moves a day back, from its own calendar, by keyboard.
    move = wait_for(lambda: find(frame, "toggle button", tr("Move to Another Day…")), 5)
    if t.check(move is not None and move.get_n_actions() > 0,
               "the open entry offers to move to another day"):
        move.do_action(0)
    cal = wait_for(lambda: calendar_of(app, tr("Move to Another Day")), 10)
    t.check(cal is not None and tr("This entry is on this day.") in said(cal),
            "its calendar opens on the entry's day, with the keys in it")
    snap("calendar-move")
    tend.key(wid, "Left", "Return")
    t.check(wait_for(lambda: calendar_of(app, tr("Move to Another Day")) is None, 5),
            "Enter moves it and closes the calendar")

    # A day without an entry: said gently, and Enter opens a fresh page for it.
    tend.key(wid, "ctrl+d")
    cal = wait_for(lambda: calendar_of(app), 10)
    if not t.check(cal is not None and one in said(cal),
                   "Ctrl+D opens the calendar again, on the open entry's new day"):
        tend.stop()
        return t.finish()
    tend.key(wid, "Right", "Right", "Right")
    nothing = tr("Nothing written on this day. You can write for it now, if you like.")
    t.check(wait_for(lambda: nothing in said(cal), 5),
            "yesterday has no entry, and the calendar offers to write for it")
    tend.key(wid, "Return")
    text = wait_for(lambda: find(frame, "text", editor_name), 10)
    t.check(text is not None and wait_for(lambda: text_of(text) == "", 5),
            "Enter opens a fresh page")
    if text is not None:
        Atspi.EditableText.insert_text(text, 0, TYPED, len(TYPED.encode("utf-8")))
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")

    path = os.path.join(folder, YESTERDAY.strftime("%Y-%m") + ".json")
    data = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    kept = [e for e in data.get("entries", []) if e.get("text") == TYPED]
    t.check(len(kept) == 1 and kept[0].get("day") == YESTERDAY.isoformat(),
            "the words are saved as an entry of yesterday, in its month's file")
    moved = [e for d in os.listdir(folder) if d.endswith(".json")
             for e in json.load(open(os.path.join(folder, d), encoding="utf-8"))["entries"]
             if e.get("text") == WORDS[THREE_AGO]]
    t.check(len(moved) == 1 and moved[0].get("day") == FOUR_AGO.isoformat() and
            os.path.exists(os.path.join(folder, FOUR_AGO.strftime("%Y-%m") + ".json")),
            "the moved entry is on disk once, four days ago, in that day's month file")
    empty = [e for d in os.listdir(folder) if d.endswith(".json")
             for e in json.load(open(os.path.join(folder, d), encoding="utf-8"))["entries"]
             if not e.get("text")]
    t.check(not empty, "no empty entry was made on the way")
    tend.stop()

    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
