#!/usr/bin/env python3
"""Reach for grounding as a flooded person would: `tend --ground`, one tap, Next, one tap.

A month file from before holds one session where 5-4-3-2-1 Senses lowered distress, so that
is the exercise `tend --ground` must open. The test rates 8 before, goes through every step
with Next, rates 3 after, and finds the new session, with both ratings, in the month file.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import find, wait_for, xdotool  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

BEFORE = "How strong is the distress right now?"
AFTER = "How strong is the distress now?"


def journal_dir(home):
    return os.path.join(home, "data", "tend", "journal")


def last_month(today):
    first = today.replace(day=1)
    return first - datetime.timedelta(days=1)


def seed_history(home, today):
    """One earlier session of 5-4-3-2-1 Senses that took distress from 7 to 2."""
    day = last_month(today)
    os.makedirs(journal_dir(home), mode=0o700, exist_ok=True)
    stamp = day.strftime("%Y-%m-%dT20:00:00+00:00")
    month = {
        "format": "tend-journal",
        "version": 1,
        "month": day.strftime("%Y-%m"),
        "entries": [],
        "grounding": [{
            "id": "0b7c2a4e-5d1f-4c3b-9a8e-1f2d3c4b5a69", "started": stamp, "updated": stamp,
            "exercise": "senses-54321", "seconds": 130, "completed": True,
            "distress_before": 7, "distress_after": 2,
        }],
        "deleted": [],
    }
    with open(os.path.join(journal_dir(home), day.strftime("%Y-%m.json")), "w") as f:
        json.dump(month, f)


def press(frame, role, name):
    button = wait_for(lambda: find(frame, role, name), timeout=5)
    if button is not None:
        button.do_action(0)
    return button is not None


def main():
    t = Checks()
    tend = Tend()
    today = datetime.date.today()
    seed_history(tend.home, today)

    app = tend.start("--ground")
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None and wait_for(lambda: find(frame, "label", BEFORE)),
                   "`tend --ground` opens the player, asking about distress first"):
        tend.stop()
        return t.finish()
    t.check(find(frame, "label", "Step 1 of 6") is None, "no step starts before the rating")

    t.check(press(frame, "button", "Distress: 8 of 10"), "distress 8 is one tap")
    t.check(wait_for(lambda: find(frame, "label", "Step 1 of 6")) is not None,
            "the exercise that helped before (six steps of 5-4-3-2-1 Senses) begins")
    t.check(find(frame, "label",
                 "Look around you. Find five things you can see, and name them quietly or out loud.")
            is not None, "the first step is shown in words")

    for step in range(1, 7):
        name = "Finish" if step == 6 else "Next"
        t.check(wait_for(lambda: find(frame, "label", "Step %d of 6" % step)) is not None
                and press(frame, "button", name), "step %d, then %s" % (step, name))

    t.check(wait_for(lambda: find(frame, "label", AFTER)) is not None,
            "after the last step it asks about distress again")
    t.check(press(frame, "button", "Distress: 3 of 10"), "distress 3 is one tap")
    # Distress went down, so "What helped?" is asked; the note is typed and Return keeps it.
    t.check(wait_for(lambda: find(frame, "label", "Thank you for taking this time")) is not None,
            "distress went down: it asks what helped")
    wid = tend.window_id()
    tend.key(wid, "ctrl+a")
    xdotool("type", "--delay", "20", "the slow out-breath")
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "label", "Ground Now")) is not None,
            "distress went down: no more is asked, and Ground is showing")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()

    path = os.path.join(journal_dir(tend.home), today.strftime("%Y-%m.json"))
    data = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    sessions = data.get("grounding", [])
    t.check(len(sessions) == 1, "this month's file holds one session")
    if sessions:
        s = sessions[0]
        t.check(s.get("exercise") == "senses-54321", "of 5-4-3-2-1 Senses")
        t.check(s.get("distress_before") == 8 and s.get("distress_after") == 3,
                "rated 8 before and 3 after")
        t.check(s.get("note") == "the slow out-breath", "with the note typed (%r)" % s.get("note"))
        t.check(s.get("completed") is True and isinstance(s.get("seconds"), int),
                "finished, with its length in seconds (%r)" % s.get("seconds"))

    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
