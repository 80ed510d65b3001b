#!/usr/bin/env python3
"""My Safety Plan, filled in by keyboard only, survives a restart, is on disk as documented
(README.md, "Files") and travels in an exported backup; `tend --plan` opens it.

Tend starts with `--plan`: the plan is the page shown. Every part is reached with Tab and
filled with typed keys (xdotool), Enter moving from a name to its number and from the last row
to a new one. There is no Save button: after a pause the words are on disk, and Ctrl+Q quits.
safety-plan.json is then read as JSON (format, version, mode 0600, every word in its part).
Tend starts again, Ctrl+Shift+P opens the plan, and every word is in its row; Export… writes a
JSON backup (TEND_TEST_FILE, a test hook, stands in for the file chooser) whose safety_plan
member holds the same words. The header's print button writes the plan as a PDF.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import (children, find, focused, pump, shot, text_of, wait_for,  # noqa: E402
                        xdotool)
from tend_app import Checks, Tend  # noqa: E402
from test_backup import EXPORT, open_menu_item  # noqa: E402


# Keyboard only: Tab to an empty row by its name, type, and Enter to the next row (a new one
# after a warning sign, the number after a name).
STEPS = [
    ("tab", "A warning sign"), ("type", "I stop answering texts"),
    ("enter", "A warning sign"), ("type", "Cannot sleep for nights"),
    ("tab", "Something I can do"), ("type", "A warm shower"),
    ("tab", "A person or place"), ("type", "The library on Elm Street"),
    ("tab", "Name"), ("type", "Sam"), ("enter", "Number"), ("type", "07700 900123"),
    ("tab", "Name"), ("type", "Dr Rivera"), ("enter", "Number"), ("type", "020 7946 0000"),
    ("tab", "A step to take"), ("type", "Pills go to a friend"),
    ("tab", "Something I want to stay for"), ("type", "My cat Miso"),
]
WORDS = [arg for what, arg in STEPS if what == "type"]

EXPECTED = {
    "warning_signs": ["I stop answering texts", "Cannot sleep for nights"],
    "on_my_own": ["A warm shower"],
    "people_and_places": ["The library on Elm Street"],
    "people_to_ask": [{"name": "Sam", "number": "07700 900123"}],
    "professionals": [{"name": "Dr Rivera", "number": "020 7946 0000"}],
    "safer_space": ["Pills go to a friend"],
    "reasons_to_stay": ["My cat Miso"],
}


def plan_path(home):
    return os.path.join(home, "data", "tend", "safety-plan.json")


def texts(root):
    """(name, text) of every showing text field under @root, in tree order."""
    found = []
    queue = [root]
    while queue:
        acc = queue.pop(0)
        try:
            if acc.get_role_name() == "text":
                found.append((acc.get_name(), text_of(acc)))
            queue.extend(c for c in children(acc))
        except Exception:  # a child that went away while walking
            continue
    return found


def tab_to(tend, wid, frame, name, skip_filled=True, limit=60):
    """Presses Tab until the focus is on an empty text field called @name."""
    for _ in range(limit):
        acc = focused(frame)
        if acc is not None and acc.get_role_name() == "text" and acc.get_name() == name:
            if not skip_filled or text_of(acc) == "":
                return acc
        tend.key(wid, "Tab")
        pump(0.05)
    return None


def type_words(tend, wid, words):
    xdotool("windowfocus", wid)
    xdotool("type", "--delay", "20", words)


def main():
    t = Checks()
    tend = Tend()
    home = tend.home
    backup = os.path.join(home, "backup.json")
    pdf = os.path.join(home, "plan.pdf")
    tend.extra_env["TEND_TEST_FILE"] = pdf

    app = tend.start("--plan")
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "tend --plan starts"):
        return t.finish()
    first = wait_for(lambda: find(frame, "text", "A warning sign"), 10)
    t.check(first is not None, "tend --plan opens My Safety Plan")
    t.check(find(frame, "label", "Warning signs") is not None
            and find(frame, "label", "What I want to stay for", only_showing=False) is not None,
            "the plan shows its parts by name")
    shot("plan-empty.png")

    wid = tend.window_id()
    acc = None
    for what, arg in STEPS:
        if what == "tab":
            acc = tab_to(tend, wid, frame, arg)
            t.check(acc is not None, "Tab reaches an empty “%s”" % arg)
        elif what == "enter":
            tend.key(wid, "Return")
            acc = wait_for(lambda: (lambda f: f if f is not None and f.get_role_name() == "text"
                                    and f.get_name() == arg and text_of(f) == ""
                                    else None)(focused(frame)), 5)
            t.check(acc is not None, "Enter moves on to an empty “%s”" % arg)
        else:
            if acc is None:
                return t.finish()
            type_words(tend, wid, arg)
            t.check(wait_for(lambda: text_of(acc) == arg, 5), "“%s” is typed" % arg)
    shot("plan-filled.png")

    # Printable: the header's button writes a PDF (TEND_TEST_FILE stands in for the chooser).
    printer = find(frame, "button", "Print or Save as PDF")
    if t.check(printer is not None, "the plan has a Print or Save as PDF button"):
        printer.do_action(0)
    t.check(wait_for(lambda: find(frame, "label", "Safety plan saved as PDF"), 15) is not None,
            "a toast says the PDF is saved")
    head = b""
    if os.path.exists(pdf):
        with open(pdf, "rb") as f:
            head = f.read(5)
    t.check(head == b"%PDF-", "the plan is a PDF")
    t.check(os.path.exists(pdf) and os.stat(pdf).st_mode & 0o777 == 0o600, "the PDF is private")

    # No Save button: a pause, then the words are on disk.
    t.check(find(frame, "button", "Save") is None, "there is no Save button")
    t.check(wait_for(lambda: os.path.exists(plan_path(home)), 5), "safety-plan.json is written")
    time.sleep(1.0)
    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")

    data = {}
    if os.path.exists(plan_path(home)):
        with open(plan_path(home), encoding="utf-8") as f:
            data = json.load(f)
        mode = os.stat(plan_path(home)).st_mode & 0o777
        t.check(mode == 0o600, "safety-plan.json is private (mode %s)" % oct(mode))
    t.check(data.get("format") == "tend-safety-plan" and data.get("version") == 1,
            "the file says what it is: %r %r" % (data.get("format"), data.get("version")))
    t.check("updated" in data, "the file says when it changed")
    for key, value in EXPECTED.items():
        t.check(data.get(key) == value, "%s holds %r (found %r)" % (key, value, data.get(key)))

    # Again, through the shortcut.
    tend.extra_env["TEND_TEST_FILE"] = backup
    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts again"):
        return t.finish()
    wid = tend.window_id()
    tend.key(wid, "ctrl+shift+p")
    t.check(wait_for(lambda: find(frame, "text", "A warning sign"), 10) is not None,
            "Ctrl+Shift+P opens the plan")
    shown = wait_for(lambda: [w for _, w in texts(frame) if w], 5) or []
    for words in WORDS:
        t.check(words in shown, "after a restart the plan shows “%s”" % words)

    # Back to the journal, and export a backup.
    tend.key(wid, "Escape")
    pump(0.3)
    main_page = wait_for(lambda: find(frame, "toggle button", "Main Menu"), 5)
    if main_page is None:
        tend.key(wid, "alt+Left")
    t.check(open_menu_item(frame, EXPORT), "the main menu has Export…")
    export = wait_for(lambda: find(frame, "button", "Export…"), 5)
    if t.check(export is not None, "the export dialog offers Export…"):
        export.do_action(0)
    t.check(wait_for(lambda: os.path.exists(backup), 10), "the backup is written")
    time.sleep(0.5)
    saved = {}
    if os.path.exists(backup):
        with open(backup, encoding="utf-8") as f:
            saved = json.load(f)
    plan = saved.get("safety_plan", {})
    t.check(plan.get("format") == "tend-safety-plan", "the backup holds the safety plan")
    for key, value in EXPECTED.items():
        t.check(plan.get(key) == value, "the backup's %s holds %r" % (key, value))

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits again")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
