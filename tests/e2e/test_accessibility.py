#!/usr/bin/env python3
"""Every control a person can reach has a name a screen reader can say, and a real role.

Starts Tend on a small journal, and walks the whole accessibility tree of each place a person
goes: the Journal (with an entry open and the check-in unfolded), Ground, Progress, the exercise player
(breathing step), "Need More Help?" and Preferences. For every showing, focusable object it
checks a non-empty name and a role other than unknown; it also checks that buttons showing
only an icon still have a name, and that the check-in scales say their values.
"""
import datetime
import json
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, GLib, children, find, showing, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

BAD_ROLES = {"unknown", "invalid", "redundant object"}
# Containers a screen reader passes through to the controls inside; GTK marks some of them
# focusable for keyboard scrolling. Their controls are checked one by one.
CONTAINERS = {"scroll pane", "list", "panel", "grouping", "filler"}


def seed(home):
    folder = os.path.join(home, "data", "tend", "journal")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    day = datetime.date.today() - datetime.timedelta(days=1)
    stamp = day.strftime("%Y-%m-%dT20:00:00+00:00")
    month = {"format": "tend-journal", "version": 1, "month": day.strftime("%Y-%m"),
             "entries": [{"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
                          "day": day.isoformat(), "text": "A quiet evening, and I noticed it.",
                          "tags": ["rest"], "checkin": {"mood": 4, "distress": 2}}],
             "grounding": [], "deleted": []}
    with open(os.path.join(folder, day.strftime("%Y-%m.json")), "w") as f:
        json.dump(month, f)


def walk(root):
    """Every showing object under @root, except the insides of combo boxes: libadwaita shows
    a combo row's current choice with an inner list of its own, and the combo box itself is
    the named control a person uses."""
    queue = [root]
    while queue:
        acc = queue.pop(0)
        try:
            if not showing(acc):
                continue
            yield acc
            if acc.get_role_name() != "combo box":
                queue.extend(children(acc))
        except GLib.Error:
            continue


def audit(t, where, root):
    """Checks every showing control under @root; returns how many were checked."""
    problems, checked = [], 0
    for acc in walk(root):
        states = acc.get_state_set()
        if not states.contains(Atspi.StateType.FOCUSABLE):
            continue
        checked += 1
        role, name = acc.get_role_name(), (acc.get_name() or "").strip()
        if role in BAD_ROLES:
            problems.append("%s with role %s" % (name or "?", role))
        if not name and role not in CONTAINERS:
            parent = acc.get_parent()
            problems.append("a %s without a name (in %s “%s”)"
                            % (role, parent.get_role_name() if parent else "?",
                               parent.get_name() if parent else ""))
    t.check(checked > 0 and not problems,
            "%s: %d controls, each named with a real role%s"
            % (where, checked, "" if not problems else ": " + "; ".join(sorted(set(problems)))))


def main():
    t = Checks()
    tend = Tend()
    seed(tend.home)

    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts"):
        return t.finish()
    wid = tend.window_id()

    expander = wait_for(lambda: find(frame, "button", "Check-in, if you like"), 5)
    if expander is not None:
        expander.do_action(0)
    t.check(wait_for(lambda: find(frame, "toggle button", "Distress: 6 of 10"), 5) is not None,
            "the check-in scales say their name and value")
    audit(t, "Journal", frame)

    tab = wait_for(lambda: find(frame, "page tab", "Ground"), 5)
    if tab is not None:
        tab.do_action(0)
    wait_for(lambda: find(frame, "button", "5-4-3-2-1 Senses"), 5)
    audit(t, "Ground", frame)

    progress_tab = find(frame, "page tab", "Progress")
    if progress_tab is not None:
        progress_tab.do_action(0)
        wait_for(lambda: find(frame, "toggle button", "30 Days"), 5)
        audit(t, "Progress", frame)
        tab.do_action(0)
        wait_for(lambda: find(frame, "button", "5-4-3-2-1 Senses"), 5)

    help_button = find(frame, "button", "Need More Help?")
    if t.check(help_button is not None, "Ground offers Need More Help?"):
        help_button.do_action(0)
        wait_for(lambda: find(frame, "combo box", "Region") or find(frame, "label", "Region"), 5)
        audit(t, "Need More Help?", frame)
        tend.key(wid, "Escape")
        tend.key(wid, "alt+Left")

    tend.run("--ground")
    skip = wait_for(lambda: find(frame, "button", "Skip"), 5)
    if t.check(skip is not None, "the player opens"):
        skip.do_action(0)
        nxt = wait_for(lambda: find(frame, "button", "Next"), 5)
        if nxt is not None:
            nxt.do_action(0)
        t.check(wait_for(lambda: find(frame, "button", "Slower"), 5) is not None,
                "the breathing step is showing")
        audit(t, "the exercise player", frame)
        # Escape is Stop Here: the page that meets it, then Escape again to leave.
        tend.key(wid, "Escape")
        wait_for(lambda: find(frame, "label", "You stopped here, and that is all right"), 5)
        audit(t, "the page after Stop Here", frame)
        tend.key(wid, "Escape")

    tend.key(wid, "ctrl+comma")
    prefs = wait_for(lambda: find(app, None, "Preferences", only_showing=True), 5)
    if prefs is not None:
        wait_for(lambda: find(prefs, "combo box", "Breathing Pace"), 5)
    if t.check(prefs is not None, "Ctrl+, opens Preferences"):
        audit(t, "Preferences", prefs)

    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
