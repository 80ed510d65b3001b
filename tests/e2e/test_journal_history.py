#!/usr/bin/env python3
"""Ten years of journal: search, open the third result, add a sentence, find it on disk.

`tend-bench --generate` writes a deterministic decade of month files into a fresh data folder.
Tend starts on it; once every month is read, Ctrl+F opens the search and two words of the
generated prose are typed, one in odd capitals and one without its accent. The rows show the
word in bold, under their months, newest first, in the order computed here from the JSON alone
(case- and accent-insensitive, every word, text and tags). The third result opens in the editor
with its words; a sentence appended at its end is autosaved into that entry's month file (same
id, newer "updated"), and nothing else on disk changes.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import Atspi, action_names, children, find, text_of, wait_for, xdotool  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

TEND_BENCH = os.environ["TEND_BENCH"]
YEARS = 10
# In tend-history.c's word bank, and in no other word of it: about nine entries in ten hold it.
WORD = "river"
# Odd capitals, and "café" (one of its accented words) typed without the accent: about a third
# of the entries hold both.
QUERY = "RivEr cafe"
NTH = 3
SENTENCE = " Added by the history test: a heron stood at the weir, 42 times still."


# ---------------------------------------------------------------------------------------------
# What the JSON says, computed without the app


def fold(text):
    """The store's search folding: decompose, drop marks, lower case."""
    out = []
    for ch in text:
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.category(part).startswith("M"):
                continue
            out.append("ss" if part in "\u00df\u1e9e" else part.lower())
    return "".join(out)


def matches(entry, query):
    key = fold("\n".join([entry.get("text", "")] + list(entry.get("tags", []))))
    words = [w for w in fold(query).split() if w]
    return bool(words) and all(w in key for w in words)


def read_journal(folder):
    """{file name: parsed JSON} for every month file."""
    months = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                months[name] = json.load(f)
    return months


def read_bytes(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def when(stamp):
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def search_results(months, query):
    found = [(name, e) for name, data in months.items() for e in data.get("entries", [])
             if matches(e, query)]
    found.sort(key=lambda ne: (ne[1]["day"], when(ne[1]["created"])), reverse=True)
    return found


def row_date(day):
    """The list's short date, "%a %-d %b" (tend-history-row.c), in English."""
    return datetime.date.fromisoformat(day).strftime("%a %-d %b")


def month_heading(day):
    """The list's month heading, "%B %Y" (tend-journal-page.c), in English."""
    return datetime.date.fromisoformat(day).strftime("%B %Y")


def newest_day(months):
    return max(e["day"] for d in months.values() for e in d.get("entries", []))


# ---------------------------------------------------------------------------------------------
# What the window shows


def loading(frame):
    return find(frame, "progress bar", "Reading older entries") is not None


def editor(frame):
    return find(frame, "text", "Journal entry")


def list_rows(frame):
    """The list's month headings and entry rows on screen, top to bottom, with their labels."""
    view = find(frame, "list", "Entries")
    if view is None:
        return []
    rows = []
    for item in children(view):
        if item.get_role_name() not in ("list item", "row header") or \
                not item.get_state_set().contains(Atspi.StateType.SHOWING):
            continue
        labels = []
        queue = [item]
        while queue:
            acc = queue.pop(0)
            if acc.get_role_name() == "label" and acc.get_state_set().contains(
                    Atspi.StateType.SHOWING):
                labels.append(acc)
            queue.extend(children(acc))
        y = Atspi.Component.get_extents(item, Atspi.CoordType.WINDOW).y
        rows.append((y, item, labels))
    rows.sort(key=lambda r: r[0])
    return [(item, labels) for _, item, labels in rows]


def list_items(frame):
    """The entry rows on screen, top to bottom, each with its labels."""
    return [(item, labels) for item, labels in list_rows(frame)
            if item.get_role_name() == "list item"]


def bold_at(label, offset):
    """Whether the label's text is bold at @offset (the snippet marks matches with <b>)."""
    attrs = Atspi.Text.get_attribute_run(label, offset, True)[0] or {}
    weight = attrs.get("weight", "normal")
    return weight == "bold" or weight.isdigit() and int(weight) >= 600


def main():
    t = Checks()
    tend = Tend()
    journal = os.path.join(tend.home, "data", "tend", "journal")
    try:
        return run(t, tend, journal)
    finally:
        tend.stop()
        if t.failed == 0:
            shutil.rmtree(tend.home, ignore_errors=True)
        else:
            print("     kept", tend.home)


def run(t, tend, journal):
    start = time.monotonic()
    gen = subprocess.run([TEND_BENCH, "--generate", journal, "--years", str(YEARS)],
                         capture_output=True, text=True, timeout=120)
    if not t.check(gen.returncode == 0, "tend-bench wrote %d years (%.1f s): %s" % (
            YEARS, time.monotonic() - start, (gen.stdout + gen.stderr).strip())):
        return t.finish()

    before = read_journal(journal)
    raw_before = {name: read_bytes(journal, name) for name in before}
    n_entries = sum(len(d.get("entries", [])) for d in before.values())
    expected = search_results(before, QUERY)
    t.check(len(before) >= YEARS * 12 and len(expected) > n_entries // 10,
            "%d month files, %d entries, %d of them match %r" % (
                len(before), n_entries, len(expected), QUERY))
    if not t.check(len(expected) >= NTH, "there are at least %d results to open" % NTH):
        return t.finish()
    target_file, target = expected[NTH - 1]

    app = tend.start()
    frame = tend.frame(app) if app else None
    if not t.check(frame is not None, "Tend starts on the decade of history"):
        return t.finish()
    t.check(wait_for(lambda: list_items(frame), 20), "the list of entries is showing")
    started = time.monotonic()
    t.check(wait_for(lambda: not loading(frame), 60),
            "every month is read: the loading bar is gone (%.1f s)" % (time.monotonic() - started))
    newest = list_items(frame)
    t.check(newest and any(lb.get_name() == row_date(newest_day(before)) for lb in newest[0][1]),
            "the newest entry is at the top (%s)" % row_date(newest_day(before)))

    # Ctrl+F, as a person would, and the words typed into the search entry.
    wid = tend.window_id()
    tend.key(wid, "ctrl+f")
    search = wait_for(lambda: find(frame, "entry", "Search words and tags"), 10)
    if not t.check(search is not None, "Ctrl+F shows the search entry"):
        return t.finish()
    t.check(wait_for(lambda: search.get_state_set().contains(Atspi.StateType.FOCUSED), 5),
            "the search entry has the keyboard focus")
    xdotool("type", "--delay", "40", QUERY)
    if not wait_for(lambda: text_of(search) == QUERY, 5):
        print("     typing did not reach the entry (%r); inserting through AT-SPI" %
              text_of(search))
        Atspi.EditableText.set_text_contents(search, QUERY)
    t.check(wait_for(lambda: text_of(search) == QUERY, 5), "the search entry holds %r" % QUERY)

    def shown_results():
        rows = list_items(frame)
        if len(rows) < NTH:
            return None
        for item, labels in rows:
            if not any(WORD in fold(lb.get_name() or "") for lb in labels):
                return None
        return rows
    rows = wait_for(shown_results, 10)
    if not t.check(rows is not None,
                   "results appear and every row shows %r (%d rows on screen)" % (
                       WORD, len(rows or []))):
        for item, labels in list_items(frame)[:5]:
            print("     row:", [lb.get_name() for lb in labels])
        return t.finish()

    # Every row on screen, and every heading above them, in the order the JSON gives.
    shown, headings, wrong = [], [], []
    for acc, labels in list_rows(frame):
        names = [lb.get_name() for lb in labels]
        k = len(shown)
        if k >= len(expected):
            wrong.append(names)
        elif acc.get_role_name() == "row header":
            if names != [month_heading(expected[k][1]["day"])]:
                wrong.append(names)
            headings.append(names[0] if names else None)
        elif row_date(expected[k][1]["day"]) not in names:
            wrong.append(names)
        else:
            shown.append(row_date(expected[k][1]["day"]))
    t.check(len(shown) >= NTH and headings and not wrong,
            "the rows on screen are the newest matches in order, under their months: %s%s" % (
                ", ".join(headings + shown), " (unexpected: %r)" % wrong if wrong else ""))

    item, labels = rows[NTH - 1]
    snippet = next((lb for lb in labels if WORD in fold(lb.get_name() or "")), None)
    if snippet is not None:
        at = snippet.get_name().lower().index(WORD)
        t.check(bold_at(snippet, at) and bold_at(snippet, at + len(WORD) - 1) and
                not bold_at(snippet, at + len(WORD)),
                "the match, and only it, is in bold in the third row: %r" % snippet.get_name())

    # Open the third result. A list item offers no AT-SPI action that opens it (only
    # "listitem.scroll-to"), so a real click, as a person would.
    names = action_names(item) if item.get_action_iface() else []
    if "activate" in names:
        item.do_action(names.index("activate"))
    else:
        tend.click_center(tend.window_id(), item)
    text = wait_for(lambda: editor(frame) if text_of(editor(frame)) == target["text"] else None,
                    10)
    if not t.check(text is not None,
                   "the editor shows the third result's words (%s, %s)" % (
                       target["day"], target["id"])):
        got = text_of(editor(frame)) if editor(frame) else None
        print("     editor starts %r" % (got or "")[:80])
        print("     expected       %r" % target["text"][:80])
        return t.finish()

    # A sentence at the very end; the editor saves after a short pause.
    end = Atspi.Text.get_character_count(text)
    Atspi.EditableText.insert_text(text, end, SENTENCE, len(SENTENCE.encode("utf-8")))
    new_text = target["text"] + SENTENCE
    t.check(wait_for(lambda: text_of(text) == new_text, 5), "the sentence is at the end")

    path = os.path.join(journal, target_file)

    def saved_entry():
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return None  # not there yet, or caught between writes (they are atomic)
        e = next((e for e in data.get("entries", []) if e.get("id") == target["id"]), None)
        return data if e is not None and e.get("text") == new_text else None
    t.check(wait_for(saved_entry, 10) is not None,
            "autosave wrote the sentence into %s" % target_file)

    tend.key(tend.window_id(), "ctrl+q")
    t.check(tend.wait_exit(10) == 0, "Ctrl+Q quits")

    after = read_journal(journal)
    data = after.get(target_file, {})
    entry = next((e for e in data.get("entries", []) if e.get("id") == target["id"]), {})
    t.check(entry.get("text") == new_text, "after quitting the entry holds the new sentence")
    t.check("updated" in entry and when(entry["updated"]) > when(target["updated"]),
            "its updated time is newer (%s > %s)" % (entry.get("updated"), target["updated"]))
    same = {k: v for k, v in target.items() if k not in ("text", "updated")}
    t.check({k: v for k, v in entry.items() if k not in ("text", "updated")} == same,
            "its id, day, times, prompt, tags and check-in are unchanged")
    others_before = [e for e in before[target_file]["entries"] if e["id"] != target["id"]]
    others_after = [e for e in data.get("entries", []) if e.get("id") != target["id"]]
    t.check(others_after == others_before,
            "the other %d entries of %s are unchanged" % (len(others_before), target_file))
    t.check({k: v for k, v in data.items() if k != "entries"} ==
            {k: v for k, v in before[target_file].items() if k != "entries"},
            "and so are its grounding sessions and header")
    changed = sorted(name for name in set(after) | set(raw_before)
                     if name != target_file and (
                         name not in raw_before or read_bytes(journal, name) != raw_before[name]))
    t.check(not changed, "no other month file was written (%s)" % (", ".join(changed) or "none"))
    t.check(not os.path.exists(os.path.join(journal, "damaged")),
            "nothing was set aside as damaged")

    print("     %.1f s in all" % (time.monotonic() - start))
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
