#!/usr/bin/env python3
"""My Safety Plan on a disk that fills, or turns read-only, while a person writes in it: the
words stay on the page, and quitting asks instead of dropping them.

Runs the real Tend with its data folder on a small tmpfs of its own (in a private mount
namespace), opens the plan with `--plan`, types into it by keyboard, then fills that disk or
makes the folder read-only and types more. The plan's page says why the words are not saved;
Ctrl+Q asks, naming My Safety Plan; Save a Copy Elsewhere… writes a copy that holds the words,
and Try Again, once the disk is writable, writes them into safety-plan.json and quits.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

import fault_util  # noqa: E402

fault_util.enter_mount_namespace()

from atspi_util import find, pump, shot, wait_for  # noqa: E402
from fault_util import (bind_read_only, dialog, dialog_button, fill,  # noqa: E402
                        label_containing, mount_tmpfs, run_scenarios, unbind)
from test_safety_plan import plan_path, tab_to, type_words  # noqa: E402


def plan_text(home):
    try:
        with open(plan_path(home), encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def start(t, tend, size):
    """Tend on its plan, its data folder on a tmpfs of @size: (data, frame, window), or Nones."""
    data = os.path.join(tend.home, "data")
    mount_tmpfs(data, size)
    app = tend.start("--plan")
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None and
                   wait_for(lambda: find(frame, "text", "A warning sign"), 10) is not None,
                   "tend --plan starts on a %s disk, on My Safety Plan" % size):
        return data, None, None
    return data, frame, tend.window_id()


def write_first_words(t, tend, frame, wid):
    row = tab_to(tend, wid, frame, "A warning sign")
    if not t.check(row is not None, "Tab reaches “A warning sign”"):
        return False
    type_words(tend, wid, "I go quiet")
    return t.check(wait_for(lambda: "I go quiet" in plan_text(tend.home), 10),
                   "the first words are saved in safety-plan.json")


def ask_on_quit(t, tend, frame, wid, what):
    tend.key(wid, "ctrl+q")
    asked = wait_for(lambda: dialog(frame), 10)
    t.check(asked is not None and tend.proc.poll() is None,
            "with the plan %s, Ctrl+Q does not quit in silence: Tend asks" % what)
    t.check(wait_for(lambda: label_containing(frame, "My Safety Plan are not saved"), 5)
            is not None, "the question says the latest changes to My Safety Plan are not saved")


def full_disk_save_a_copy(t, tend):
    copy = os.path.join(tend.home, "unsaved.md")
    tend.extra_env["TEND_TEST_FILE"] = copy
    data, frame, wid = start(t, tend, "2m")
    if frame is None or not write_first_words(t, tend, frame, wid):
        return
    filler = fill(data)
    type_words(tend, wid, " and stop eating")
    banner = wait_for(lambda: label_containing(frame, "the disk is full. Your words stay"), 10)
    t.check(banner is not None, "the plan's page says its words are not saved: the disk is "
            "full, and they stay on the page (%r)"
            % (banner.get_name() if banner else None))
    t.check("stop eating" not in plan_text(tend.home), "(the words are not on disk yet)")
    shot("faults-plan-disk-full.png")

    ask_on_quit(t, tend, frame, wid, "not saved on a full disk")
    shot("faults-plan-disk-full-quit.png")
    # Still full: Try Again keeps Tend open and asks again.
    retry = dialog_button(frame, "Try Again")
    if t.check(retry is not None, "it offers Try Again"):
        retry.do_action(0)
    pump(1.0)
    t.check(tend.proc.poll() is None and wait_for(lambda: dialog(frame), 5) is not None,
            "Try Again on a disk still full keeps Tend open and asks again")

    button = wait_for(lambda: dialog_button(frame, "Save a Copy Elsewhere…"), 5)
    if t.check(button is not None, "it offers Save a Copy Elsewhere…"):
        button.do_action(0)
    t.check(tend.wait_exit() == 0, "once the copy is written, Tend quits")
    words = open(copy, encoding="utf-8").read() if os.path.exists(copy) else ""
    t.check("I go quiet and stop eating" in words and "Warning signs" in words,
            "the copy holds the plan's unsaved words under their part")
    t.check(os.path.exists(copy) and os.stat(copy).st_mode & 0o077 == 0,
            "the copy is private to its owner")
    os.unlink(filler)


def read_only_then_try_again(t, tend):
    data, frame, wid = start(t, tend, "8m")
    if frame is None or not write_first_words(t, tend, frame, wid):
        return
    folder = os.path.join(data, "tend")
    bind_read_only(folder)
    type_words(tend, wid, " for days")
    t.check(wait_for(lambda: label_containing(frame, "the disk is read-only"), 10) is not None,
            "the plan's page says its words are not saved: the disk is read-only")

    ask_on_quit(t, tend, frame, wid, "on a read-only folder")
    unbind(folder)
    retry = dialog_button(frame, "Try Again")
    if t.check(retry is not None, "it offers Try Again"):
        retry.do_action(0)
    t.check(tend.wait_exit() == 0, "with the folder writable again, Try Again saves and quits")
    try:
        plan = json.loads(plan_text(tend.home))
    except ValueError:
        plan = {}
    t.check(plan.get("warning_signs") == ["I go quiet for days"],
            "every word is in safety-plan.json (%r)" % plan.get("warning_signs"))


def main():
    return run_scenarios(full_disk_save_a_copy, read_only_then_try_again)


if __name__ == "__main__":
    sys.exit(main())
