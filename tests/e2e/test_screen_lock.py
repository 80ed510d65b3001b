#!/usr/bin/env python3
"""When the session's screen locks, so does a protected journal: the real signal, through GTK.

A stand-in for the session (fake_session.py) owns its names on the tests' session bus before
Tend starts and sends the signal GTK turns into GtkApplication:screensaver-active:
1. As GNOME Shell does, outside a sandbox: org.gnome.ScreenSaver's ActiveChanged, which GTK
   4.18 follows once it finds org.gnome.SessionManager, and Tend itself listens to, since GTK
   4.24 (the newest suite) no longer does. Tend starts on a journal sealed with a passphrase
   and is unlocked; ActiveChanged(true) locks it: the unlock page shows, nothing of the
   journal is left in the accessible tree, and the field asks again, empty. The screen coming
   back (ActiveChanged(false)) unlocks nothing; the passphrase does.
2. As inside the Flatpak, through the Inhibit portal's StateChanged (GDK_DEBUG=portals makes GTK
   use the portals outside a sandbox too), on every GTK: Tend starts on a plain journal, the
   journal is protected by keyboard in Preferences, and the window locks with the screen
   without a restart first.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import find, pump, text_of, wait_for  # noqa: E402
from fake_session import FakeSession  # noqa: E402
from lock_util import (EDITOR, anything_of_journal, focus_in_field,  # noqa: E402
                       on_unlock_page, passphrase_field, turn_protection_on)
from tend_app import Checks, Tend, protect_journal, write_journal  # noqa: E402

PASSPHRASE = "slow tide under the pier"
WORDS = "The kettle sang and the window fogged over"
TELL = "kettle sang"


def unlock(t, tend, frame, wid, what):
    t.check(wait_for(lambda: focus_in_field(frame), 5), "the focus is in the field (%s)" % what)
    tend.type(wid, PASSPHRASE)
    tend.key(wid, "Return")
    t.check(wait_for(lambda: find(frame, "label", WORDS), 15) is not None,
            "the passphrase opens the journal, and the entry is there (%s)" % what)


def locks_with_the_screen(t, session, frame):
    t.check(session.set_screensaver_active(True), "the session says the screen locked")
    t.check(wait_for(lambda: on_unlock_page(frame), 5), "and so does Tend's window")
    t.check(wait_for(lambda: anything_of_journal(frame, TELL) == [], 5),
            "nothing of the journal is left in the accessible tree (%r)"
            % anything_of_journal(frame, TELL))
    field = wait_for(lambda: passphrase_field(frame), 5)
    t.check(field is not None and text_of(field) == "", "the field asks again, empty")


def protected_while_running(t):
    """Through the portal, protection turned on while Tend runs: it locks with the screen."""
    session = FakeSession("portal")
    tend = Tend(env={"GDK_DEBUG": "portals"})
    try:
        if not t.check(session.ready, "a stand-in for the Inhibit portal owns its name"):
            return
        frame, wid = tend.open(t, "Tend starts on a fresh journal")
        if frame is None:
            return
        editor = wait_for(lambda: find(frame, "text", EDITOR), 5)
        tend.type(wid, WORDS)
        t.check(wait_for(lambda: editor is not None and text_of(editor) == WORDS, 5),
                "an entry is written")
        turn_protection_on(t, tend, frame, wid, PASSPHRASE)
        t.check(not on_unlock_page(frame), "protected, the journal stays open")
        locks_with_the_screen(t, session, frame)
        session.set_screensaver_active(False)
        unlock(t, tend, frame, wid, "after protecting and the screen lock")
        tend.key(wid, "ctrl+q")
        t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    finally:
        tend.stop()
        session.stop()


def protected_at_start(t):
    """GNOME Shell's own signal, which GTK 4.18 follows outside a sandbox."""
    session = FakeSession("gnome")
    tend = Tend()
    try:
        if not t.check(session.ready, "a stand-in for GNOME's session owns its names"):
            return
        write_journal(tend.home, [(0, WORDS, None)])
        protect_journal(tend.home, PASSPHRASE)
        frame, wid = tend.open(t, "Tend starts on a protected journal")
        if frame is None:
            return
        t.check(wait_for(lambda: on_unlock_page(frame), 10), "on the unlock page")
        unlock(t, tend, frame, wid, "at the start")

        locks_with_the_screen(t, session, frame)
        tend.shot(wid, frame, "screen-locked")

        t.check(session.set_screensaver_active(False), "the session says the screen is back")
        pump(1.0)
        t.check(on_unlock_page(frame) and anything_of_journal(frame, TELL) == [],
                "which opens nothing: the journal stays locked")
        unlock(t, tend, frame, wid, "after the screen lock")

        tend.key(wid, "ctrl+q")
        t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    finally:
        tend.stop()
        session.stop()


def main():
    t = Checks()
    protected_at_start(t)
    protected_while_running(t)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
