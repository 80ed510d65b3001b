#!/usr/bin/env python3
"""A journal protected with a passphrase opens locked, and locks again with Ctrl+L.

The test writes an entry, seals the journal with a passphrase (tests/tend-protect-journal.c,
as Preferences does) and starts Tend. The window shows the unlock page, with the focus in the
passphrase field, and nothing of the journal is anywhere in the accessible tree (showing or
not): not the entry, not the sections' switcher, not search. A wrong passphrase says so, keeps
what was typed, and changes no file. Without unlocking, Ctrl+G plays an exercise (which says it
is not recorded) and Escape comes back; My Safety Plan and Need More Help? open from the page.
The right passphrase, typed over the wrong one, shows the entry; Ctrl+L hides every word and
asks again, and the Lock item of the main menu and the key are there only while unlocked.
Unlocked, Preferences (Ctrl+,) shows Lock When Idle, and Tab reaches it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, find, focused, pump, text_of, wait_for  # noqa: E402
from lock_util import (FIELD, WRONG, anything_of_journal, files_digest,  # noqa: E402
                       journal_dir, on_unlock_page, passphrase_field, tr)
from tend_app import Checks, Tend, protect_journal, write_journal  # noqa: E402

PASSPHRASE = "quiet harbour at dawn"
WORDS = "The garden smelled of rain and I felt at ease"
TELL = "garden smelled"  # a part of WORDS, wherever it shows
DISTRESS = tr("How strong is the distress right now?")
LOCK_ROW = tr("Loc_k When Idle")


def main():
    t = Checks()
    tend = Tend()
    write_journal(tend.home, [(0, WORDS, None)])
    code = protect_journal(tend.home, PASSPHRASE)
    t.check(len(code) == 29, "the journal is protected (recovery code %r)" % code)
    month_bytes = b"".join(open(os.path.join(journal_dir(tend.home), n), "rb").read()
                           for n in os.listdir(journal_dir(tend.home)) if n.endswith(".json"))
    t.check(b"garden" not in month_bytes, "its month file holds no word of the entry")

    frame, wid = tend.open(t, "Tend starts on the protected journal")
    if frame is None:
        tend.stop()
        return t.finish()
    tend.resize_as_asked(wid, frame)

    t.check(wait_for(lambda: on_unlock_page(frame), 10), "the window opens on the unlock page")
    field = wait_for(lambda: passphrase_field(frame), 5)
    t.check(field is not None, "with a field called %r" % FIELD)
    field_role = field.get_role_name() if field is not None else "text"
    t.check(wait_for(lambda: (focused(frame) or field).get_name() == FIELD
                     and focused(frame) is not None, 5),
            "the focus is in the passphrase field")
    t.check(anything_of_journal(frame, TELL) == [],
            "nothing of the journal is in the accessible tree (%r)"
            % anything_of_journal(frame, TELL))
    tend.shot(wid, frame, "unlock-page")

    before = files_digest(tend.home)
    tend.type(wid, "not my passphrase")
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "label", WRONG), 10) is not None,
            "a wrong passphrase says so")
    t.check(field is not None and text_of(field) != ""
            and Atspi.Text.get_n_selections(field) == 1,
            "what was typed stays, selected, to try again")
    t.check(files_digest(tend.home) == before, "and no file of the journal changed")
    t.check(on_unlock_page(frame) and anything_of_journal(frame, TELL) == [],
            "the journal stays locked")
    tend.shot(wid, frame, "unlock-wrong")

    # Grounding, the plan and help never wait for a passphrase.
    tend.key(wid, "ctrl+g")
    t.check(wait_for(lambda: find(frame, "label", DISTRESS), 10) is not None,
            "Ctrl+G plays an exercise on the locked window")
    t.check(wait_for(lambda: find(frame, "label", tr(
        "This exercise will not be recorded, because your journal is locked. The exercise "
        "works just the same.")), 5) is not None,
        "which says, calmly, that it is not recorded")
    tend.key(wid, "Escape")
    t.check(wait_for(lambda: on_unlock_page(frame), 5), "Escape comes back to the unlock page")

    plan = find(frame, "button", tr("My _Safety Plan"))
    t.check(plan is not None and plan.do_action(0) is not False and
            wait_for(lambda: find(frame, "text", tr("A warning sign")), 5) is not None,
            "My Safety Plan opens from the unlock page")
    tend.key(wid, "Escape")
    t.check(wait_for(lambda: on_unlock_page(frame), 5), "and Escape comes back")
    help_button = find(frame, "button", tr("Need _More Help?"))
    t.check(help_button is not None and help_button.do_action(0) is not False and
            wait_for(lambda: find(frame, "label", tr(
                "Tend is not a crisis service, and it cannot call anyone for you.")), 5)
            is not None, "Need More Help? shows the crisis lines from the unlock page")
    tend.key(wid, "Escape")
    t.check(wait_for(lambda: on_unlock_page(frame), 5), "and Escape comes back")
    t.check(anything_of_journal(frame, TELL) == [], "still nothing of the journal")

    # Back in the field (Shift+Tab), the right passphrase replaces the wrong one.
    t.check(tend.focus_on(wid, frame, "shift+Tab", field_role, FIELD, presses=12),
            "Shift+Tab goes back to the passphrase field")
    tend.key(wid, "ctrl+a")
    tend.type(wid, PASSPHRASE)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: not on_unlock_page(frame), 15), "the right passphrase unlocks")
    # A narrow window shows the editor in front of the list: widen it to see the list.
    if os.environ.get("E2E_WIDTH"):
        tend.resize(wid, frame, 900, 720)
    t.check(wait_for(lambda: find(frame, "label", WORDS), 15) is not None,
            "the journal opens, and the entry is there")
    t.check(not on_unlock_page(frame), "the unlock page has gone")
    t.check(anything_of_journal(frame, TELL) != [],
            "the tree now holds the journal (the probe sees it)")
    tend.shot(wid, frame, "unlocked")

    # How soon it locks is chosen in Preferences, which the keyboard reaches.
    tend.key(wid, "ctrl+comma")
    t.check(wait_for(lambda: find(frame, "combo box", LOCK_ROW), 5) is not None,
            "Preferences shows %r for the protected journal" % LOCK_ROW)
    t.check(tend.focus_on(wid, frame, "Tab", "combo box", LOCK_ROW, presses=40),
            "Tab reaches %r" % LOCK_ROW)
    tend.shot(wid, frame, "lock-when-idle")
    tend.key(wid, "Escape")
    t.check(wait_for(lambda: find(frame, "combo box", LOCK_ROW) is None, 5),
            "Escape closes Preferences")

    tend.key(wid, "ctrl+l")
    t.check(wait_for(lambda: on_unlock_page(frame), 5), "Ctrl+L locks the window again")
    t.check(wait_for(lambda: anything_of_journal(frame, TELL) == [], 5),
            "and nothing of the journal is left in the accessible tree (%r)"
            % anything_of_journal(frame, TELL))
    field = wait_for(lambda: passphrase_field(frame), 5)
    t.check(field is not None and text_of(field) == "", "the field asks again, empty")
    pump(0.5)

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits from the locked window")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
