#!/usr/bin/env python3
"""The disk fills up, or turns read-only, while a person writes: nothing they typed is lost.

Runs the real Tend with its data folder on a small tmpfs of its own (in a private mount
namespace), fills that disk or remounts it read-only mid-session, types as a person would, and
checks that Tend says so in a banner, that Ctrl+Q asks instead of quitting in silence, and that
Try Again, the banner's button and Save a Copy Elsewhere… each end with every word on a disk.
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

import fault_util  # noqa: E402

fault_util.enter_mount_namespace()

from atspi_util import Atspi, find, pump, shot, text_of, wait_for  # noqa: E402
from fault_util import (dialog, dialog_button, fill, label_containing, month_text,  # noqa: E402
                        mount_tmpfs, bind_read_only, run_scenarios, unbind)

MONTH = datetime.date.today().strftime("%Y-%m")


def editor(frame):
    return wait_for(lambda: find(frame, "text", "Journal entry"), timeout=10)


def type_words(text_acc, words):
    end = Atspi.Text.get_character_count(text_acc)
    Atspi.EditableText.insert_text(text_acc, end, words, len(words.encode("utf-8")))


def start(t, tend, size):
    """Tend with its data folder on a tmpfs of @size: (data folder, window, editor), or Nones."""
    data = os.path.join(tend.home, "data")
    mount_tmpfs(data, size)
    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts with its data on a %s disk" % size):
        return data, None, None
    return data, frame, editor(frame)


def full_disk_then_try_again(t, tend):
    data, frame, text = start(t, tend, "2m")
    if frame is None:
        return
    type_words(text, "Words before the disk filled. ")
    t.check(wait_for(lambda: "before the disk filled" in month_text(tend.home, MONTH), 10),
            "the first words are saved")

    filler = fill(data)
    type_words(text, "Words typed on a full disk.")
    banner = wait_for(lambda: label_containing(frame, "the disk is full"), 10)
    t.check(banner is not None, "a banner says the latest words could not be saved: the disk "
            "is full (%r)" % (banner.get_name() if banner else None))
    shot("faults-disk-full-banner.png")
    t.check("full disk" not in month_text(tend.home, MONTH), "(the words are not on disk yet)")
    t.check("full disk" in text_of(text), "the words are still in the window")

    tend.key(tend.window_id(), "ctrl+q")
    asked = wait_for(lambda: dialog(frame), 10)
    t.check(asked is not None and tend.proc.poll() is None,
            "Ctrl+Q does not quit in silence: Tend asks what to do")
    t.check(wait_for(lambda: label_containing(frame, "are not saved"), 5) is not None,
            "the question says the latest words are not saved")
    shot("faults-disk-full-quit.png")
    for name in ("Try Again", "Save a Copy Elsewhere…", "Quit Anyway"):
        t.check(dialog_button(frame, name) is not None, "it offers %s" % name)

    # Still full: Try Again fails, and Tend asks again rather than quitting.
    retry = dialog_button(frame, "Try Again")
    if retry is not None:
        retry.do_action(0)
    pump(1.0)
    t.check(tend.proc.poll() is None and wait_for(lambda: dialog(frame), 5) is not None,
            "Try Again on a disk still full keeps Tend open and asks again")

    os.unlink(filler)
    retry = wait_for(lambda: dialog_button(frame, "Try Again"), 5)
    if retry is not None:
        retry.do_action(0)
    t.check(tend.wait_exit() == 0, "with space again, Try Again saves and quits")
    saved = month_text(tend.home, MONTH)
    t.check("before the disk filled" in saved and "Words typed on a full disk." in saved,
            "every word is on disk")


def read_only_then_banner_retry(t, tend):
    data, frame, text = start(t, tend, "8m")
    if frame is None:
        return
    type_words(text, "Before the folder turned read-only. ")
    t.check(wait_for(lambda: "turned read-only" in month_text(tend.home, MONTH), 10),
            "the first words are saved")

    journal = os.path.join(data, "tend", "journal")
    bind_read_only(journal)
    type_words(text, "Typed on a read-only disk.")
    banner = wait_for(lambda: label_containing(frame, "the disk is read-only"), 10)
    t.check(banner is not None, "a banner says the disk is read-only")

    button = wait_for(lambda: find(frame, "button", "Try Again"), 5)
    t.check(button is not None, "the banner offers Try Again")
    # Tend also tries again by itself after a pause; the button must not wait for that.
    if button is not None:
        button.do_action(0)
    pump(0.5)
    t.check(label_containing(frame, "the disk is read-only") is not None,
            "Try Again while still read-only keeps the banner")

    unbind(journal)
    button = find(frame, "button", "Try Again")
    if button is not None:
        button.do_action(0)
    t.check(wait_for(lambda: label_containing(frame, "Your words are saved"), 10) is not None,
            "once the disk is writable, a toast says the words are saved")
    t.check(wait_for(lambda: find(frame, "button", "Try Again") is None, 10),
            "and the banner goes")
    t.check("Typed on a read-only disk." in month_text(tend.home, MONTH),
            "the words typed while it was read-only are on disk")
    tend.key(tend.window_id(), "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q then quits at once")


def full_disk_save_a_copy(t, tend):
    copy = os.path.join(tend.home, "unsaved.md")
    tend.extra_env["TEND_TEST_FILE"] = copy
    data, frame, text = start(t, tend, "2m")
    if frame is None:
        return
    fill(data)
    type_words(text, "Kept in a copy elsewhere.")
    t.check(wait_for(lambda: label_containing(frame, "the disk is full"), 10) is not None,
            "the banner tells the disk is full")
    tend.key(tend.window_id(), "ctrl+q")
    button = wait_for(lambda: dialog_button(frame, "Save a Copy Elsewhere…"), 10)
    if t.check(button is not None, "Ctrl+Q offers Save a Copy Elsewhere…"):
        button.do_action(0)
    t.check(tend.wait_exit() == 0, "once the copy is written, Tend quits")
    words = open(copy, encoding="utf-8").read() if os.path.exists(copy) else ""
    t.check("Kept in a copy elsewhere." in words, "the copy holds the unsaved words")
    t.check(os.path.exists(copy) and os.stat(copy).st_mode & 0o077 == 0,
            "the copy is private to its owner")


def full_disk_quit_anyway(t, tend):
    data, frame, text = start(t, tend, "2m")
    if frame is None:
        return
    fill(data)
    type_words(text, "Given up knowingly.")
    wait_for(lambda: label_containing(frame, "the disk is full"), 10)
    tend.key(tend.window_id(), "ctrl+q")
    asked = wait_for(lambda: dialog(frame), 10)
    month_name = datetime.date.today().strftime("%B %Y")
    t.check(asked is not None and wait_for(lambda: label_containing(frame, month_name), 5),
            "the question names what would be lost (%s)" % month_name)
    button = dialog_button(frame, "Quit Anyway")
    if t.check(button is not None, "it offers Quit Anyway"):
        button.do_action(0)
    t.check(tend.wait_exit() == 0, "Quit Anyway quits")


def main():
    return run_scenarios(full_disk_then_try_again, read_only_then_banner_retry,
                         full_disk_save_a_copy, full_disk_quit_anyway)


if __name__ == "__main__":
    sys.exit(main())
