#!/usr/bin/env python3
"""Every dialog fits a phone: at a window of 360 × 720 px of content, each dialog of the main
menu opens inside the window, as wide as it and no wider, with as much room on its right as on
its left, and libadwaita never says that something needs more room than it has.

Export…, Summary for a Therapist…, Preferences, Keyboard Shortcuts, About Tend and Import
Backup… (its question, over a backup written by Export…) open in turn from the main menu. Tend's
messages are read after each: a widget that "exceeds" its room is a dialog cut off on a phone.
With E2E_SHOT_DIR each dialog is also saved as a picture (E2E_SHOT_TAG names the variant, e.g.
dark or de; E2E_WIDTH changes the width).
"""
import datetime
import gettext
import json
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import Atspi, children, find, find_all, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402
from test_backup import (ABOUT, EXPORT, IMPORT, PREFERENCES, SHORTCUTS, SUMMARY,  # noqa: E402
                         journal_dir, open_menu_item)

WIDTH = int(os.environ.get("E2E_WIDTH") or 360)
HEIGHT = 720
LANG = os.environ.get("E2E_LANG", "")
PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")
CATALOG = po_reader.read(os.path.join(PO_DIR, LANG + ".po")) if LANG else {}


# The header bar's Close button is GTK's, in its words.
CLOSE = gettext.translation("gtk40", languages=[LANG] if LANG else ["en"],
                            fallback=True).gettext("Close")


# Preferences' title is libadwaita's own.
ADW_PREFERENCES = gettext.translation("libadwaita", languages=[LANG] if LANG else ["en"],
                                      fallback=True).gettext("Preferences")


def tr(msgid, context=None):
    """@msgid as the running language says it, without its mnemonic."""
    entry = CATALOG.get((context, msgid))
    said = entry["msgstr"] if entry and entry.get("msgstr") else msgid
    return said.replace("_", "")


def write_journal(home):
    """A few entries over the last weeks, so the summary has entries to choose."""
    today = datetime.date.today()
    months = {}
    for days_ago, theme, text in ((1, "boundaries", "I said no to a late call, kindly."),
                                  (4, "truth", "I told her how the evening felt."),
                                  (9, None, "A quiet walk. Nothing to add.")):
        day = today - datetime.timedelta(days=days_ago)
        when = "%sT20:00:00+00:00" % day.isoformat()
        entry = {"id": str(uuid.uuid4()), "created": when, "updated": when,
                 "day": day.isoformat(), "text": text, "tags": []}
        if theme:
            entry["theme"] = theme
        months.setdefault(day.strftime("%Y-%m"), []).append(entry)
    os.makedirs(journal_dir(home), mode=0o700, exist_ok=True)
    for month, entries in months.items():
        path = os.path.join(journal_dir(home), month + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"format": "tend-journal", "version": 1, "month": month,
                       "entries": entries, "grounding": [], "deleted": []}, f)
        os.chmod(path, 0o600)


def extents(acc):
    return Atspi.Component.get_extents(acc, Atspi.CoordType.SCREEN)


def dialog_in(frame):
    return find(frame, "dialog") or find(frame, "alert")


def new_window(app, frame):
    """A window of Tend's other than the main one (GTK's own shortcuts window on libadwaita
    < 1.8)."""
    shown = [child for child in children(app) if child.get_state_set().contains(Atspi.StateType.SHOWING)]
    return shown[1] if len(shown) > 1 else None


def first_list(acc):
    return find(acc, "list")


def check_fits(t, frame, dialog, what):
    """@dialog is no wider than the window's content, and its lists leave libadwaita's margins
    beside them (12 px a side) rather than running off its edge. Only sizes are compared: GTK
    places children at their parent's corner in what it tells AT-SPI."""
    content = next(iter(children(frame)), None)
    if not t.check(content is not None and dialog is not None, "%s opens" % what):
        return
    inner, box = extents(content), extents(dialog)
    t.check(box.width <= inner.width,
            "%s fits the %d px window (%d px wide)" % (what, inner.width, box.width))
    shown = first_list(dialog)
    if shown is not None:
        row = extents(shown)
        t.check(box.width - row.width >= 24,
                "%s keeps its margins: its list is %d px of its %d" % (what, row.width, box.width))


def check_quiet(t, tend, seen, what):
    """Nothing new in Tend's messages says a widget wanted more room than the window has."""
    log = tend.log()
    new = log[seen:]
    cramped = [line for line in new.splitlines() if "exceeds" in line or "Adwaita-WARNING" in line]
    t.check(not cramped, "%s: libadwaita finds room for everything%s"
            % (what, "" if not cramped else ": " + cramped[0].strip()))
    return len(log)


def close_dialog(t, tend, wid, frame, app, shown, name, what):
    """Closes @shown with its button @name, as a pointer would (a key press would have GTK show
    focus rings in the pictures that follow); a screen reader must hear that name. Without such
    a button, Escape closes it so the rest can go on."""
    button = find(shown, "button", name) if shown is not None else None
    if not t.check(button is not None, "%s has a button a screen reader calls %r" % (what, name)):
        print("#   its buttons:", [b.get_name() for b in find_all(shown, "button")])
    if button is not None:
        button.do_action(0)
    else:
        tend.key(wid, "Escape")
    return t.check(wait_for(lambda: dialog_in(frame) is None and new_window(app, frame) is None, 5),
                   "%s closes" % what)


def main():
    t = Checks()
    tend = Tend(capture_log=True)
    backup = os.path.join(tend.home, "backup.json")
    tend.extra_env["TEND_TEST_FILE"] = backup
    write_journal(tend.home)

    app = tend.start()
    frame = tend.frame(app) if app else None
    wid = tend.window_id()
    if not t.check(frame is not None and wid is not None, "Tend starts"):
        tend.stop()
        return t.finish()
    size = tend.resize(wid, frame, WIDTH, HEIGHT)
    t.check(size == (WIDTH, HEIGHT), "the window's content is %d × %d px: %s"
            % (WIDTH, HEIGHT, size))
    seen = check_quiet(t, tend, 0, "the window")

    for position, name, title in ((EXPORT, "export", tr("Export")),
                                  (SUMMARY, "summary", tr("Summary for a Therapist")),
                                  (PREFERENCES, "preferences", ADW_PREFERENCES),
                                  (SHORTCUTS, "shortcuts", None),
                                  (ABOUT, "about", None)):
        t.check(open_menu_item(frame, position, tr("Main Menu")), "the main menu has the %s item" % name)
        shown = wait_for(lambda: dialog_in(frame) or new_window(app, frame), 5)
        if shown is not None and shown.get_role_name() == "dialog":
            if title:
                t.check(shown.get_name() == title, "the %s dialog is named %r: %r"
                        % (name, title, shown.get_name()))
            wait_for(lambda: first_list(shown), 2)
            check_fits(t, frame, shown, "the %s dialog" % name)
        else:
            # GTK's shortcuts window (libadwaita < 1.8) is a window of its own.
            t.check(shown is not None, "the %s window opens" % name)
        tend.shot(wid, frame, "dialog-%s" % name)
        seen = check_quiet(t, tend, seen, "the %s dialog" % name)
        close_dialog(t, tend, wid, frame, app, shown, CLOSE, "the %s dialog" % name)

    # Import Backup…: a backup to import first, then its question.
    if open_menu_item(frame, EXPORT, tr("Main Menu")):
        export = wait_for(lambda: find(frame, "button", tr("_Export…")), 5)
        if export is not None:
            export.do_action(0)
        wait_for(lambda: os.path.exists(backup) and dialog_in(frame) is None, 10)
    if t.check(os.path.exists(backup), "a backup is written to import") \
            and t.check(open_menu_item(frame, IMPORT, tr("Main Menu")), "the main menu has Import Backup…"):
        question = wait_for(lambda: dialog_in(frame), 10)
        wait_for(lambda: find(frame, "label", tr("Import Backup?")), 10)
        check_fits(t, frame, question, "the import question")
        tend.shot(wid, frame, "dialog-import")
        seen = check_quiet(t, tend, seen, "the import question")
        close_dialog(t, tend, wid, frame, app, question, tr("_Cancel"), "the import question")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
