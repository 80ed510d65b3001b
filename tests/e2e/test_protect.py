#!/usr/bin/env python3
"""Protection turned on by a person with the keyboard alone, and the journal opened again.

Tend starts on a fresh folder and a sentence is typed into the editor. Ctrl+comma opens
Preferences; Tab goes to "Protect With a Passphrase" and Space turns it on. The dialog asks for
the passphrase (typed, Tab, typed again, Return), then shows the recovery code, read here through
AT-SPI and kept; Tab to "I have kept the recovery code…", Space, Tab to Protect Journal, Return.
When the work is done the dialog closes itself, Escape closes Preferences and Ctrl+Q quits.

No file under Tend's folders, at any depth and whatever its name, holds the sentence, and the
month file is a sealed envelope. Started again, Tend shows the unlock page with the focus in its
field; a wrong passphrase says so calmly and changes no file; the right one opens the journal, and
search finds the entry. Started once more, the recovery code opens it too.

E2E_SHOT_DIR takes pictures of Preferences, of each page of the dialog and of the unlock page
after the wrong passphrase; E2E_WIDTH, E2E_LANG and ADW_DEBUG_COLOR_SCHEME give their variants.
"""
import datetime
import gettext
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, find, find_field, focused, is_checked, text_of, wait_for  # noqa: E402
from lock_util import (WRONG, anything_of_journal, files_digest,  # noqa: E402
                       files_holding, focus_in_field, journal_dir, on_unlock_page, tr)
from tend_app import Checks, Tend  # noqa: E402

WORDS = "A heron waited in the reeds until the fog lifted"
TELL = "heron waited"
PASSPHRASE = "lanterns over the quiet bay"
CODE = re.compile(r"^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$")

EDITOR = tr("Journal entry")
FIRST_SWITCH = tr("Show Today’s Prompt")
PROTECT = tr("Protect _With a Passphrase")
FIRST_FIELD = tr("Passphrase")
AGAIN_FIELD = tr("Passphrase Again")
KEPT = tr("I have _kept the recovery code somewhere safe")
PROTECT_BUTTON = tr("Protect _Journal")
BUSY = tr("Protecting your journal…")
DONE = tr("Your journal is protected")


def tr_adw(msgid):
    """@msgid as libadwaita says it in E2E_LANG."""
    lang = os.environ.get("E2E_LANG")
    return gettext.translation("libadwaita", languages=[lang] if lang else ["en"],
                               fallback=True).gettext(msgid)


def recovery_code(frame):
    """The code the dialog shows: a label whose words are the code itself."""
    queue = [frame]
    while queue:
        acc = queue.pop(0)
        try:
            if acc.get_role_name() == "label" and CODE.match(acc.get_name() or ""):
                return acc.get_name()
            queue.extend(acc.get_child_at_index(i) for i in range(acc.get_child_count()))
        except Exception:  # an object that went away while walking
            continue
    return None


def focused_name(frame):
    f = focused(frame)
    return f.get_name() if f is not None else None


def month_file(home):
    return os.path.join(journal_dir(home), datetime.date.today().strftime("%Y-%m.json"))


def turn_protection_on(t, tend, frame, wid):
    """Preferences, the switch and every page of the dialog, by keyboard; the recovery code."""
    tend.key(wid, "ctrl+comma")
    t.check(wait_for(lambda: focused_name(frame) == FIRST_SWITCH, 5),
            "Ctrl+comma opens Preferences")
    t.check(tend.focus_on(wid, frame, "Tab", None, PROTECT, presses=30),
            "Tab reaches %r" % PROTECT)
    tend.shot(wid, frame, "protect-preferences")
    tend.key(wid, "space")
    t.check(wait_for(lambda: focused_name(frame) == FIRST_FIELD, 5),
            "Space turns it on: the dialog asks for a passphrase, the focus in its field")
    tend.type(wid, PASSPHRASE)
    # libadwaita's button that shows the passphrase comes between the fields, as in every
    # GNOME app: reachable by a keyboard, and called by its name.
    tend.key(wid, "Tab")
    t.check(wait_for(lambda: focused_name(frame) == tr_adw("Show Password"), 5),
            "Tab goes to the button that shows the passphrase (now at %r)"
            % focused_name(frame))
    tend.key(wid, "Tab")
    t.check(wait_for(lambda: focused_name(frame) == AGAIN_FIELD, 5),
            "Tab again goes to the second field (now at %r)" % focused_name(frame))
    tend.type(wid, PASSPHRASE)
    again = find_field(frame, AGAIN_FIELD)
    t.check(again is not None and len(text_of(again)) == len(PASSPHRASE),
            "the passphrase is typed twice")
    tend.shot(wid, frame, "protect-passphrase")
    tend.key(wid, "Return")

    code = wait_for(lambda: recovery_code(frame), 5)
    t.check(code is not None, "Return shows the recovery code (%r), read out by its name" % code)
    tend.shot(wid, frame, "protect-code")
    button = find(frame, "button", PROTECT_BUTTON)
    t.check(button is not None
            and not button.get_state_set().contains(Atspi.StateType.SENSITIVE),
            "Protect Journal waits for the code to be kept")
    t.check(tend.focus_on(wid, frame, "Tab", "check box", KEPT, presses=6),
            "Tab reaches %r" % KEPT)
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "check box", KEPT)), 5), "Space ticks it")
    t.check(tend.focus_on(wid, frame, "Tab", "button", PROTECT_BUTTON, presses=4),
            "Tab reaches Protect Journal")
    tend.shot(wid, frame, "protect-code-kept")
    tend.key(wid, "Return")
    if wait_for(lambda: find(frame, "label", BUSY), 2) is not None:
        tend.shot(wid, frame, "protect-working")
    t.check(wait_for(lambda: find(frame, "label", DONE), 30) is not None,
            "Return protects the journal; Preferences says %r" % DONE)
    t.check(wait_for(lambda: find(frame, "button", PROTECT_BUTTON) is None, 5),
            "and the dialog has closed itself")
    t.check(is_checked(find(frame, None, PROTECT)), "the switch is on")
    tend.shot(wid, frame, "protect-done")
    # libadwaita's toast takes the first Escape, to go away; the next closes Preferences.
    for _ in range(2):
        tend.key(wid, "Escape")
        if wait_for(lambda: find(frame, None, PROTECT) is None, 2):
            break
    t.check(find(frame, None, PROTECT) is None, "Escape closes Preferences")
    return code


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
        # What was typed is selected: typing again replaces it.

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

    code = turn_protection_on(t, tend, frame, wid)
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
