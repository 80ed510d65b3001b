#!/usr/bin/env python3
"""Learn where it helps, never pushed: quiet links that come at most once a week.

On a journal whose distress rose over the last month, Progress shows a link under the check-ins,
“Harder weeks happen: setbacks are part of healing”, a link to a screen reader, reached with Tab;
Enter opens the Learn topic “Setbacks Are Part of Healing”. Back on Progress, within the same
week, the link is not offered again. Ground shows “What ‘too much’ and ‘too little’ mean” under
its choice, once, and it opens “The Window of Tolerance”. (That the switch in Preferences turns
them off is tested on the widgets, test-progress-page and test-learn-offers; the stop page's link
in test_player.)

With E2E_LANG=de (LANGUAGE and LANG to match) it runs in German; E2E_WIDTH sets the window's
width; E2E_SHOT_DIR and E2E_SHOT_TAG save pictures of Progress with the link and of Ground.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import find, showing, wait_for  # noqa: E402
from tend_app import Checks, Tend, write_journal  # noqa: E402

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")
LANG = os.environ.get("E2E_LANG", "")

SETBACKS_LINK = "Harder weeks happen: setbacks are part of healing"
WINDOW_LINK = "What “too much” and “too little” mean"


# @msgid as the running Tend shows it: English, or the catalogue's translation.
tr = po_reader.translator(PO_DIR, LANG)


def link(frame, name):
    acc = find(frame, "link", tr(name))
    return acc if acc is not None and showing(acc) else None


def topic_heading(frame, title):
    return find(frame, "heading", tr(title))


def main():
    t = Checks()
    tend = Tend()
    # Distress 2 a month ago, 8 in the last days: the hard way.
    write_journal(tend.home, [(28, "A calm week.", {"distress": 2, "mood": 4}),
                              (27, "Still calm.", {"distress": 2, "mood": 4}),
                              (2, "A hard day.", {"distress": 8, "mood": 2}),
                              (1, "Another hard one.", {"distress": 7, "mood": 2})])
    frame, wid = tend.open(t, "Tend starts on a month whose distress rose")
    if frame is None:
        tend.stop()
        return t.finish()
    tend.resize_as_asked(wid, frame)

    tend.key(wid, "alt+3")
    found = wait_for(lambda: link(frame, SETBACKS_LINK), 10)
    t.check(found is not None, "Progress offers “%s” as a link" % tr(SETBACKS_LINK))
    if found is not None:
        t.check("Learn" in (found.get_description() or "") or LANG,
                "the link says where it leads (%r)" % found.get_description())
        t.check(tend.focus_on(wid, frame, "Tab", "link", tr(SETBACKS_LINK), presses=60),
                "Tab reaches the link")
        # The focus scrolls it into view for the picture.
        wait_for(lambda: False, 0.5)
        tend.shot(wid, frame, "learn-link-progress")
        tend.key(wid, "Return")
        t.check(wait_for(lambda: topic_heading(frame, "Setbacks Are Part of Healing"), 5)
                is not None, "Enter opens “Setbacks Are Part of Healing”")
        tend.key(wid, "alt+Left")
        tend.key(wid, "alt+Left")
        wait_for(lambda: topic_heading(frame, "Setbacks Are Part of Healing") is None, 5)
        tend.key(wid, "alt+3")
        t.check(wait_for(lambda: find(frame, "label", tr("Mood")), 5) is not None
                and not wait_for(lambda: link(frame, SETBACKS_LINK), 2),
                "back on Progress within the week, the link is not offered again")

    tend.key(wid, "alt+2")
    found = wait_for(lambda: link(frame, WINDOW_LINK), 10)
    t.check(found is not None, "Ground offers “%s” under its choice" % tr(WINDOW_LINK))
    tend.shot(wid, frame, "learn-link-ground")
    if found is not None:
        found.do_action(0)
        t.check(wait_for(lambda: topic_heading(frame, "The Window of Tolerance"), 5) is not None,
                "it opens “The Window of Tolerance”")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
