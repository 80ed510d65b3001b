#!/usr/bin/env python3
"""Back up through the main menu, lose the journal, import the backup: everything is back.

A journal gets an older month seeded on disk (two entries, a grounding session and a deletion,
in the byte layout Tend writes) and an entry typed into the editor today. Export… in the main
menu writes a JSON backup; Tend quits; the journal folder is wiped; Tend starts on an empty
journal and Import Backup… asks what it would do ("3 new entries", "1 new grounding session")
before merging. After quitting, every month file is back: the same records (compared as parsed
JSON), and the same bytes, since Tend's writer is deterministic and the backup keeps every
record's own times.

The file chooser runs in the portal's process, out of AT-SPI's reach; TEND_TEST_FILE, a test
hook, makes Export and Import use a fixed path instead of asking.
"""
import datetime
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, children, find, text_of, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

TODAY_TEXT = "Back up these words, please 🌱"
OLD_MONTH = "2025-03"
OLD = {
    "format": "tend-journal",
    "version": 1,
    "month": OLD_MONTH,
    "entries": [
        {"id": "9b1d7c1e-0000-4000-8000-000000000001", "created": "2025-03-02T20:00:00+00:00",
         "updated": "2025-03-02T20:10:00+00:00", "day": "2025-03-02",
         "prompt": "boundaries-03", "theme": "boundaries",
         "text": "An older evening.\nTwo lines, “quoted”.", "tags": ["partner"],
         "checkin": {"mood": 3, "distress": 4}},
        {"id": "9b1d7c1e-0000-4000-8000-000000000002", "created": "2025-03-09T08:00:00+00:00",
         "updated": "2025-03-10T08:00:00+00:00", "day": "2025-03-09",
         "text": "A morning, edited the day after.", "tags": [], "lookback": False},
    ],
    "grounding": [
        {"id": "9b1d7c1e-0000-4000-8000-000000000003", "started": "2025-03-09T22:10:00+00:00",
         "updated": "2025-03-09T22:14:00+00:00", "exercise": "box-breathing", "seconds": 240,
         "completed": True, "distress_before": 7, "distress_after": 4,
         "note": "the cool glass helped"},
    ],
    "deleted": [
        {"id": "9b1d7c1e-0000-4000-8000-000000000004", "updated": "2025-03-11T09:00:00+00:00"},
    ],
}


def journal_dir(home):
    return os.path.join(home, "data", "tend", "journal")


def month_files(home):
    folder = journal_dir(home)
    if not os.path.isdir(folder):
        return {}
    found = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), "rb") as f:
                found[name] = f.read()
    return found


def records(data):
    """A month as sets of records by id, so order and layout do not matter."""
    month = json.loads(data)
    return {key: {r["id"]: r for r in month.get(key, [])}
            for key in ("entries", "grounding", "deleted")} | {"month": month.get("month")}


def menu_items(acc):
    """The menu items below @acc, in the order they are shown."""
    found = []
    for child in children(acc):
        if child.get_role_name() == "menu item":
            found.append(child)
        else:
            found.extend(menu_items(child))
    return found


def open_menu_item(frame, position, menu="Main Menu"):
    """Opens the main menu and activates its item at @position. GTK's popover menu items have
    no accessible name (their labels are not exposed), so the item is taken by its place: the
    first section is My Safety Plan and Learn, the second Export…, Import Backup…; what opens
    next proves which one it was."""
    button = wait_for(lambda: find(frame, "toggle button", menu), 5)
    if button is None:
        return False
    button.do_action(0)
    shown = wait_for(lambda: find(frame, "menu", menu), 5)
    items = wait_for(lambda: menu_items(shown) if shown else None, 5)
    if not items or len(items) <= position:
        return False
    items[position].do_action(0)
    return True


# The main menu's items by place (open_menu_item), for every test that opens one.
PLAN, LEARN, EXPORT, IMPORT, SUMMARY, PREFERENCES, SHORTCUTS, ABOUT = range(8)


def main():
    t = Checks()
    tend = Tend()
    backup = os.path.join(tend.home, "backup.json")
    tend.extra_env["TEND_TEST_FILE"] = backup
    home = tend.home

    os.makedirs(journal_dir(home), mode=0o700, exist_ok=True)
    with open(os.path.join(journal_dir(home), OLD_MONTH + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(OLD, indent=2, ensure_ascii=False) + "\n")
    os.chmod(os.path.join(journal_dir(home), OLD_MONTH + ".json"), 0o600)

    # Today's entry, typed.
    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts on a journal with an older month"):
        return t.finish()
    text = wait_for(lambda: find(frame, "text", "Journal entry"), 10)
    if not t.check(text is not None, "the editor is there"):
        return t.finish()
    Atspi.EditableText.insert_text(text, 0, TODAY_TEXT, len(TODAY_TEXT.encode("utf-8")))
    t.check(wait_for(lambda: text_of(text) == TODAY_TEXT, 5), "today's words are typed")

    # Export… → the dialog → Export….
    t.check(open_menu_item(frame, EXPORT), "the main menu has Export…")
    export = wait_for(lambda: find(frame, "button", "Export…"), 5)
    if t.check(export is not None, "the export dialog offers Export…"):
        t.check(find(frame, "radio button", "JSON Backup") is not None,
                "the dialog offers a JSON backup, by name")
        export.do_action(0)
    t.check(wait_for(lambda: find(frame, "label", "Backup saved as “backup.json”"), 10)
            is not None, "a toast says the backup is saved")
    t.check(os.path.exists(backup), "the backup file exists")
    mode = os.stat(backup).st_mode & 0o777 if os.path.exists(backup) else None
    t.check(mode == 0o600, "the backup is private (mode %s)" % (oct(mode) if mode else None))

    tend.key(tend.window_id(), "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    before = month_files(home)
    t.check(len(before) == 2, "two month files before: %s" % sorted(before))

    data = {}
    if os.path.exists(backup):
        with open(backup, encoding="utf-8") as f:
            data = json.load(f)
    t.check(data.get("format") == "tend-backup" and data.get("version") == 1
            and "exported" in data, "the backup says what it is")
    t.check([m.get("month") for m in data.get("months", [])]
            == [OLD_MONTH, datetime.date.today().strftime("%Y-%m")],
            "it holds both months, oldest first")

    # The journal is lost.
    shutil.rmtree(journal_dir(home))

    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts on an empty journal"):
        return t.finish()
    t.check(open_menu_item(frame, IMPORT), "the main menu has Import Backup…")
    question = wait_for(lambda: find(frame, "label", "Import Backup?"), 10)
    t.check(question is not None, "Tend asks before importing")
    body = wait_for(lambda: find_label_containing(frame, "new entries"), 5)
    said = body.get_name() if body else ""
    t.check("3 new entries" in said and "1 new grounding session" in said,
            "it says what would change: %r" % said)
    t.check(month_files(home) == {}, "nothing is written before the answer")
    button = wait_for(lambda: find(frame, "button", "Import"), 5)
    if t.check(button is not None, "the question has an Import button"):
        button.do_action(0)
    t.check(wait_for(lambda: find(frame, "label", "Backup imported"), 10) is not None,
            "a toast says the backup is imported")
    t.check(wait_for(lambda: find(frame, "label", TODAY_TEXT), 5) is not None,
            "today's entry is listed again")

    tend.key(tend.window_id(), "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits again")
    tend.stop()

    after = month_files(home)
    t.check(sorted(after) == sorted(before), "the same month files: %s" % sorted(after))
    for name in sorted(before):
        same_records = name in after and records(after[name]) == records(before[name])
        t.check(same_records, "%s holds the same records" % name)
        t.check(after.get(name) == before[name], "%s is the same, byte for byte" % name)

    return t.finish()


def find_label_containing(root, fragment):
    """The first showing label whose name holds @fragment."""
    queue = [root]
    while queue:
        acc = queue.pop(0)
        try:
            name = acc.get_name() or ""
            if acc.get_role_name() == "label" and fragment in name:
                return acc
            queue.extend(acc.get_child_at_index(i) for i in range(acc.get_child_count()))
        except Exception:  # a child that went away while walking
            continue
    return None


if __name__ == "__main__":
    sys.exit(main())
