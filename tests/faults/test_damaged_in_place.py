#!/usr/bin/env python3
"""A damaged month that cannot be moved aside is never written over, and no word is lost.

This month's file is not JSON, and `journal/damaged` is a plain file, so Tend cannot keep the
damaged file in the damaged folder. Tend must say so truthfully, refuse to save to that month
(with the reason), keep the words typed in the window, ask before quitting over them, and once
the person clears the way, set the file aside byte for byte and save the words.
"""
import datetime
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

from atspi_util import Atspi, find, pump, shot, text_of, wait_for  # noqa: E402
from fault_util import dialog, dialog_button, label_containing, month_text  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

MONTH = datetime.date.today().strftime("%Y-%m")
GARBAGE = b'{"format": "tend-journal", "version": 1, "entries": [ {"text": "half a '


def main():
    t = Checks()
    tend = Tend()
    journal = os.path.join(tend.home, "data", "tend", "journal")
    os.makedirs(journal, mode=0o700)
    month_path = os.path.join(journal, MONTH + ".json")
    with open(month_path, "wb") as f:
        f.write(GARBAGE)
    stray = os.path.join(journal, "damaged")
    with open(stray, "w") as f:
        f.write("a file where Tend wants its folder\n")

    try:
        app = tend.start()
        frame = tend.frame(app) if app else None
        if not t.check(frame is not None, "Tend starts over a damaged month it cannot move"):
            return t.finish()
        banner = wait_for(lambda: label_containing(frame, "left the file as it is"), 10)
        t.check(banner is not None, "the banner says the file was left as it is (%r)" %
                (banner.get_name() if banner else None))
        t.check(label_containing(frame, "kept unchanged in the") is None,
                "and does not claim it was kept in the damaged folder")

        text = wait_for(lambda: find(frame, "text", "Journal entry"), 10)
        words = "Words for a month that cannot be written yet."
        Atspi.EditableText.insert_text(text, 0, words, len(words.encode("utf-8")))
        told = wait_for(lambda: label_containing(frame, "Not saved: the damaged file of"), 10)
        t.check(told is not None, "saving is refused with the reason")
        shot("faults-damaged-in-place.png")
        pump(1.5)
        t.check(open(month_path, "rb").read() == GARBAGE, "the damaged file is untouched")
        t.check(text_of(text) == words, "the words stay in the window")

        tend.key(tend.window_id(), "ctrl+q")
        t.check(wait_for(lambda: label_containing(frame, "open page are not saved"), 10)
                is not None and tend.proc.poll() is None,
                "Ctrl+Q asks first: the words on the open page are not saved")
        tend.key(tend.window_id(), "Escape")
        t.check(wait_for(lambda: dialog(frame) is None, 5) and tend.proc.poll() is None,
                "Escape keeps Tend open")

        os.unlink(stray)
        retry = find(frame, "button", "Try Again")
        if t.check(retry is not None, "the banner offers Try Again"):
            retry.do_action(0)
        t.check(wait_for(lambda: label_containing(frame, "kept unchanged in the"), 10)
                is not None, "then the banner says the file was kept in the damaged folder")
        kept = glob.glob(os.path.join(journal, "damaged", MONTH + "*"))
        t.check(len(kept) == 1 and open(kept[0], "rb").read() == GARBAGE,
                "the damaged file was set aside byte for byte")
        t.check(wait_for(lambda: words in month_text(tend.home, MONTH), 10),
                "and the words from the window are saved in a new month file")

        tend.key(tend.window_id(), "ctrl+q")
        t.check(tend.wait_exit() == 0 and dialog_button(frame, "Quit Anyway") is None,
                "Ctrl+Q now quits at once")
    finally:
        tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
