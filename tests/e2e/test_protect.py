#!/usr/bin/env python3
"""Protection turned on by a person with the keyboard alone, and the journal opened again.

Tend starts on a fresh folder and a sentence is typed into the editor. Ctrl+comma opens
Preferences; Tab goes to "Protect With a Passphrase" and Space turns it on. The dialog asks for
the passphrase (typed; Tab to libadwaita's Show Password button and Tab again; typed again;
Return), then shows the recovery code, read here through AT-SPI and kept; Tab to "I have kept
the recovery code…", Space, Tab to Protect Journal, Return. When the work is done the dialog
closes itself; Escape (twice when the first takes away the toast saying so) closes Preferences,
and Ctrl+Q quits. The steps are lock_util.turn_protection_on, which test_screen_lock uses too.

No file under Tend's folders, at any depth and whatever its name, holds the sentence, and the
month file is a sealed envelope. Started again, Tend shows the unlock page with the focus in its
field; a wrong passphrase says so calmly and changes no file; the right one opens the journal, and
search finds the entry. Started once more, the recovery code opens it too.

E2E_SHOT_DIR takes pictures of Preferences, of each page of the dialog and of the unlock page
after the wrong passphrase; E2E_WIDTH, E2E_LANG and ADW_DEBUG_COLOR_SCHEME give their variants.
"""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import find, text_of, wait_for  # noqa: E402
from lock_util import (EDITOR, WRONG, anything_of_journal, files_digest,  # noqa: E402
                       files_holding, focus_in_field, journal_dir, on_unlock_page,
                       turn_protection_on)
from tend_app import Checks, Tend  # noqa: E402

WORDS = "A heron waited in the reeds until the fog lifted"
TELL = "heron waited"
PASSPHRASE = "lanterns over the quiet bay"


def month_file(home):
    return os.path.join(journal_dir(home), datetime.date.today().strftime("%Y-%m.json"))


def unlock_and_find(t, tend, secret, what, wrong_first=False):
    """Starts Tend on the protected journal, unlocks it with @secret, finds the entry and quits."""
    frame, wid = tend.open(t, "Tend starts again (%s)" % what)
    if frame is None:
        return False
    tend.resize_as_asked(wid, frame)
    t.check(wait_for(lambda: on_unlock_page(frame), 10), "on the unlock page")
    t.check(wait_for(lambda: focus_in_field(frame), 5), "with the focus in its field")
    t.check(anything_of_journal(frame, TELL) == [], "and nothing of the journal in the tree")

    if wrong_first:
        before = files_digest(tend.home)
        tend.type(wid, "lanterns over the loud bay")
        tend.key(wid, "Return")
        t.check(wait_for(lambda: find(frame, "label", WRONG), 10) is not None,
                "a wrong passphrase says so, calmly")
        t.check(files_digest(tend.home) == before and on_unlock_page(frame),
                "no file changed, and the journal stays locked")
        t.check(focus_in_field(frame), "the focus stays in the field, to try again")
        tend.shot(wid, frame, "protect-unlock-wrong")
        # What was typed is selected: the passphrase typed next replaces it.

    tend.type(wid, secret)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: not on_unlock_page(frame), 15), "%s unlocks the journal" % what)
    if os.environ.get("E2E_WIDTH"):
        tend.resize(wid, frame, 900, 720)
    tend.key(wid, "ctrl+f")
    tend.type(wid, TELL)
    t.check(wait_for(lambda: find(frame, "label", WORDS), 10) is not None,
            "Ctrl+F and a few of its words find the entry")
    tend.key(wid, "Escape")
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()
    return True


def main():
    t = Checks()
    tend = Tend()
    frame, wid = tend.open(t, "Tend starts on a fresh folder")
    if frame is None:
        tend.stop()
        return t.finish()
    tend.resize_as_asked(wid, frame)

    editor = wait_for(lambda: find(frame, "text", EDITOR), 5)
    tend.type(wid, WORDS)
    t.check(wait_for(lambda: editor is not None and text_of(editor) == WORDS, 5),
            "the sentence is typed into the editor")

    code = turn_protection_on(t, tend, frame, wid, PASSPHRASE)
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()

    t.check(files_holding(tend.home, TELL) == [],
            "no file under Tend's folders holds the sentence (%r)" % files_holding(tend.home, TELL))
    try:
        with open(month_file(tend.home), encoding="utf-8") as f:
            envelope = json.load(f)
    except (OSError, ValueError):
        envelope = {}
    t.check(envelope.get("format") == "tend-journal-sealed" and "ciphertext" in envelope,
            "the month file is a sealed envelope (%r)" % sorted(envelope))

    if unlock_and_find(t, Tend(home=tend.home), PASSPHRASE, "the passphrase", wrong_first=True) \
            and code is not None:
        unlock_and_find(t, Tend(home=tend.home), code, "the recovery code")
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
