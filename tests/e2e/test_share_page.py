#!/usr/bin/env python3
"""The page for someone close, saved to share by keyboard alone: from the main menu's Learn,
Tab reaches "For Someone Close to You" and its "Save to Share…"; in the dialog a note is typed,
two needs are ticked with Space and Markdown is chosen; Save writes the file. It starts with the
page's title, then the note, then the two needs under their heading, then the page; it is
readable by its owner alone, like every file Tend writes; the page says nothing was sent.
Opened again, the dialog offers a PDF first, and Save writes one.

TEND_TEST_FILE stands in for the file chooser, which runs in the portal's process. With
E2E_LANG=de (LANGUAGE and LANG to match) the same runs in German; E2E_WIDTH sets the window's
width; E2E_SHOT_DIR and E2E_SHOT_TAG save screenshots of the dialog.
"""
import os
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import find, is_checked, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402
from test_backup import LEARN, open_menu_item  # noqa: E402
from test_learn import TOPICS, tab_to, tr  # noqa: E402

NOTE = "Please ask before hugs. Slow is good."
# Ticked in this order; the file lists them in the order the dialog offers them.
NEEDS = ["Tell me when you need a pause too.", "Ask before you touch me."]
UNTICKED = "If I go quiet, I may need space, not questions."
FIRST_HEADING = "If Someone Shared This With You"


def tick(t, tend, wid, frame, name):
    """Tabs to the need called @name and ticks it with Space."""
    if not t.check(tab_to(tend, wid, frame, name) is not None, "Tab reaches “%s”" % name):
        return
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "check box", name)), 5),
            "Space ticks “%s”" % name)


def main():
    t = Checks()
    tend = Tend(capture_log=True)
    path = os.path.join(tend.home, "for-someone-close.md")
    tend.extra_env["TEND_TEST_FILE"] = path
    frame, wid = tend.open(t, "Tend starts on an empty journal")
    if frame is None:
        tend.stop()
        return t.finish()
    tend.resize_as_asked(wid, frame)

    t.check(open_menu_item(frame, LEARN, menu=tr("Main Menu")), "the main menu has Learn")
    close = tr(TOPICS[-1][1])
    t.check(wait_for(lambda: tab_to(tend, wid, frame, close), 10) is not None,
            "Tab reaches “%s”" % close)
    tend.key(wid, "Return")
    share = tr("_Save to Share…").replace("_", "")
    t.check(tab_to(tend, wid, frame, share) is not None, "Tab reaches “%s” on the page" % share)
    tend.key(wid, "Return")

    note = tr("Your note (optional)")
    t.check(wait_for(lambda: tab_to(tend, wid, frame, note, limit=10), 10) is not None,
            "the dialog opens, and Tab reaches “%s”" % note)
    t.check(find(frame, "label", tr("Nothing is sent anywhere. You choose where the file goes, "
                                    "and whether to share it.")) is not None,
            "the dialog says nothing is sent anywhere")
    tend.type(wid, NOTE)
    for need in NEEDS:
        tick(t, tend, wid, frame, tr(need))
    tend.shot(wid, frame, "share-needs")
    markdown = tr("Markdown")
    t.check(tab_to(tend, wid, frame, markdown) is not None, "Tab reaches “%s”" % markdown)
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "radio button", markdown)), 5),
            "Space chooses Markdown")
    tend.shot(wid, frame, "share-dialog")

    save = tr("_Save…").replace("_", "")
    t.check(tab_to(tend, wid, frame, save) is not None, "Tab reaches “%s”" % save)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: os.path.exists(path), 10), "Save writes the file")
    t.check(wait_for(lambda: find(frame, "label", tr("Saved. Nothing was sent anywhere.")), 5)
            is not None, "the page says it was saved and nothing was sent")
    tend.shot(wid, frame, "share-saved")

    if os.path.exists(path):
        t.check(stat.S_IMODE(os.stat(path).st_mode) == 0o600,
                "the file is readable by its owner alone")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        print("     " + "\n     ".join(text.splitlines()[:10]))
        heading = "## %s\n" % tr(FIRST_HEADING)
        places = [text.find("> " + NOTE), text.find("## " + tr("What Helps Me Right Now")),
                  text.find("- " + tr(NEEDS[1])), text.find("- " + tr(NEEDS[0])),
                  text.find(heading)]
        t.check(text.startswith("# %s\n\n> %s\n\n" % (close, NOTE)),
                "the file starts with the title, then the note")
        t.check(-1 not in places and places == sorted(places),
                "then the two needs under their heading, then the page (%s)" % places)
        t.check(tr(UNTICKED) not in text, "a need not ticked is not in the file")

    # Again, as a PDF, the first choice: the Save button is the dialog's last control.
    t.check(tab_to(tend, wid, frame, share) is not None, "Tab reaches “%s” again" % share)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "radio button", tr("PDF")), 10) is not None
            and is_checked(find(frame, "radio button", tr("PDF"))),
            "the dialog opens again, on PDF")
    if t.check(tab_to(tend, wid, frame, note, limit=10) is not None, "Tab reaches the note"):
        tend.type(wid, NOTE)
    tick(t, tend, wid, frame, tr(NEEDS[1]))
    t.check(tend.focus_on(wid, frame, "shift+Tab", "button", save, presses=12),
            "Shift+Tab reaches “%s”" % save)
    os.remove(path)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 1000, 10),
            "Save writes the PDF")
    if os.path.exists(path):
        with open(path, "rb") as f:
            pdf = f.read()
        t.check(pdf.startswith(b"%PDF-") and stat.S_IMODE(os.stat(path).st_mode) == 0o600,
                "it is a PDF, readable by its owner alone")
        if os.environ.get("E2E_SHOT_DIR"):
            tag = os.environ.get("E2E_SHOT_TAG")
            kept = os.path.join(os.environ["E2E_SHOT_DIR"],
                                "share-page%s.pdf" % ("-" + tag if tag else ""))
            with open(kept, "wb") as f:
                f.write(pdf)

    if not t.check(tend.proc.poll() is None and
                   wait_for(lambda: find(frame, "label", tr("Saved. Nothing was sent anywhere.")),
                            5) is not None,
                   "Tend is still open, and says it saved"):
        print("     exit status %s; its messages:\n%s" % (tend.proc.poll(), tend.log()))
        tend.stop()
        return t.finish()
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
