#!/usr/bin/env python3
"""The window as a person meets it: switch sections, hide and quit with a dialog open, and
`tend --ground`.

Runs the built `tend` as its own process and drives it through the accessibility bus.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, find, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

SECTIONS = ["Journal", "Ground", "Progress"]
BEFORE = "How strong is the distress right now?"


def selected(tab):
    return tab.get_state_set().contains(Atspi.StateType.SELECTED)


def tab_named(frame, name):
    return wait_for(lambda: find(frame, "page tab", name), timeout=5)


def main():
    t = Checks()
    tend = Tend()

    out = tend.run("--version")
    t.check(out.returncode == 0 and out.stdout.strip().startswith("tend "),
            "tend --version prints its version (%r)" % out.stdout.strip())

    # A plain start opens the Journal; every section can be reached from the switcher.
    app = tend.start()
    if not t.check(app is not None, "Tend appears on the accessibility bus"):
        return t.finish()
    frame = tend.frame(app)
    if not t.check(frame is not None, "its window is named Tend"):
        return t.finish()
    t.check(wait_for(lambda: selected(tab_named(frame, "Journal"))), "it opens on the Journal")

    for name in SECTIONS[1:] + SECTIONS[:1]:
        tab = tab_named(frame, name)
        if not t.check(tab is not None, "the switcher has a %s tab" % name):
            continue
        tab.do_action(0)
        t.check(wait_for(lambda: selected(tab)), "choosing %s selects it" % name)
        t.check(wait_for(lambda: find(frame, "label", name)) is not None,
                "the %s page is showing" % name)

    # Asking a running Tend to ground opens an exercise in it, not a menu.
    second = tend.run("--ground")
    t.check(second.returncode == 0, "a second `tend --ground` hands over and exits")
    t.check(wait_for(lambda: find(frame, "label", BEFORE)) is not None,
            "the running window opened the exercise player")

    wid = tend.window_id()
    t.check(wid is not None, "the window is on the X display")
    if wid:
        # The safety keys work with a dialog open too, which libadwaita alone would keep from
        # every shortcut: Ctrl+H hides the dialog with everything else, and Ctrl+Q quits.
        tend.key(wid, "ctrl+comma")
        t.check(wait_for(lambda: find(frame, "dialog"), 5) is not None,
                "Ctrl+comma opens Preferences")
        tend.key(wid, "ctrl+h")
        t.check(wait_for(lambda: find(frame, "button", "Show Again"), 5) is not None,
                "Ctrl+H over Preferences hides everything")
        t.check(wait_for(lambda: find(frame, "dialog") is None, 5),
                "and Preferences with it")
        tend.key(wid, "ctrl+h")
        t.check(wait_for(lambda: find(frame, "button", "Show Again") is None, 5),
                "Ctrl+H again shows the window")
        tend.key(wid, "ctrl+comma")
        t.check(wait_for(lambda: find(frame, "dialog"), 5) is not None,
                "Preferences opens again")
        tend.key(wid, "ctrl+g")
        t.check(wait_for(lambda: find(frame, "label", BEFORE), 5) is not None
                and find(frame, "dialog") is None,
                "Ctrl+G over Preferences closes it and starts grounding")
        tend.key(wid, "ctrl+comma")
        t.check(wait_for(lambda: find(frame, "dialog"), 5) is not None,
                "Preferences opens over the exercise")
        tend.key(wid, "ctrl+q")
        code = tend.wait_exit()
        t.check(code == 0, "Ctrl+Q quits cleanly, Preferences open (exit status %r)" % code)
    tend.stop()

    # Started with --ground, Tend opens straight on an exercise; leaving it shows Ground.
    app = tend.start("--ground")
    frame = tend.frame(app) if app else None
    t.check(frame is not None and wait_for(lambda: find(frame, "label", BEFORE)) is not None,
            "`tend --ground` opens on the exercise player")
    wid = tend.window_id()
    if frame is not None and wid:
        tend.key(wid, "Escape")
        t.check(wait_for(lambda: selected(tab_named(frame, "Ground"))),
                "Escape leaves the exercise, onto the Ground section")
    tend.stop()

    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
