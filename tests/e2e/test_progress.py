#!/usr/bin/env python3
"""Progress on a decade of history says what the month files say.

`tend-bench --generate` writes ten years of month files. Tend starts on them, the test opens
Progress, waits until every month is read, and for three ranges reads the page's sentences
through AT-SPI: the practice count, the exercise that helped most, and the theme written about
most. Each figure is held against progress_figures.py, which works them out from the JSON
alone, with none of Tend's code.

Then the page is used as a person would: the mouse wheel over the practice calendar scrolls the
page (the calendar must not swallow it), and each range is photographed (E2E_SHOT_DIR,
E2E_SHOT_TAG, and E2E_WIDTH for a narrow window). With E2E_LANG=de (LANGUAGE and LANG to
match) the page is used in that language and photographed; the English sentences are then not
held against the figures.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
import progress_figures  # noqa: E402
from atspi_util import Atspi, GLib, children, find, shot, showing, wait_for  # noqa: E402
from atspi_util import xdotool  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

TEND_BENCH = os.environ["TEND_BENCH"]
YEARS = 10
RANGES = (("30 Days", "30-days"), ("3 Months", "3-months"), ("12 Months", "12-months"),
          ("All Time", "all-time"))


def labels(root):
    found, queue = [], [root]
    while queue:
        acc = queue.pop(0)
        try:
            if showing(acc):
                if acc.get_role_name() == "label":
                    found.append(acc.get_name())
                queue.extend(children(acc))
        except GLib.Error:
            continue
    return found


def starting(root, prefix):
    return [s for s in labels(root) if s.startswith(prefix)]


LANG = os.environ.get("E2E_LANG", "")
PO = po_reader.read(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po",
                                 LANG + ".po")) if LANG else {}


def tr(msgid, ctxt=None):
    """@msgid as the running Tend shows it: English, or the catalogue's translation."""
    entry = PO.get((ctxt, msgid))
    return entry["msgstr"] if entry and entry["msgstr"] else msgid


# How the practice calendar is meant, after its count: not a streak.
CALENDAR_NOTE = tr("%s. Each day counts by itself; a day off takes nothing away.").replace("%s", "")


def practice_sentence(f):
    if f.range == "all-time":
        count = "Practised on %d of %d days since your first record" % (f.practice_days, f.n_days)
    else:
        count = "Practised on %d of the last %d days" % (f.practice_days, f.n_days)
    return count + CALENDAR_NOTE


def accessibles(root, role):
    found, queue = [], [root]
    while queue:
        acc = queue.pop(0)
        try:
            if showing(acc):
                if acc.get_role_name() == role:
                    found.append(acc)
                queue.extend(children(acc))
        except GLib.Error:
            continue
    return found


def heat_map(frame):
    """The practice calendar: the picture whose description is the practice sentence."""
    for acc in accessibles(frame, "image"):
        if (acc.get_description() or "").endswith(CALENDAR_NOTE):
            return acc
    return None


def top_of(acc):
    return Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW).y


def check_charts_described(t, frame):
    """Each check-in chart is a picture with a name, and a description that says in words what
    it shows and how its scale reads."""
    if LANG:
        return
    pictures = {acc.get_name(): acc.get_description() or "" for acc in accessibles(frame, "image")}
    for name, scale in (("Mood", "mood"), ("Distress", "distress"),
                        ("Safe in my body", "safety in your body"), ("Closeness", "closeness")):
        description = pictures.get(name, "")
        t.check(description.startswith("Average %s " % scale) and "From " in description,
                "the %s chart is described in words (%s)" % (name, description))
    t.check("lower is calmer" in pictures.get("Distress", ""),
            "the distress chart says that lower is calmer")


def check_wheel_scrolls_page(t, frame, wid):
    """The wheel over the calendar moves the page, not the calendar's weeks (no scroll trap)."""
    calendar = heat_map(frame)
    if not t.check(calendar is not None and wid is not None, "the practice calendar is there"):
        return
    ext = Atspi.Component.get_extents(calendar, Atspi.CoordType.WINDOW)
    before = ext.y
    xdotool("mousemove", "--window", wid, str(ext.x + ext.width // 2),
            str(ext.y + ext.height // 2))
    time.sleep(0.3)
    for _ in range(3):
        xdotool("click", "5")  # the wheel, down
        time.sleep(0.15)
    moved = wait_for(lambda: top_of(calendar) < before - 20, 5)
    t.check(moved, "the wheel over the practice calendar scrolls the page (top %d, then %d)"
            % (before, top_of(calendar)))
    shot("progress-scrolled", wid)
    for _ in range(3):
        xdotool("click", "4")  # and back up
        time.sleep(0.15)
    xdotool("mousemove", "--window", wid, "1", "1")


def main():
    t = Checks()
    tend = Tend()
    journal = os.path.join(tend.home, "data", "tend", "journal")
    gen = subprocess.run([TEND_BENCH, "--generate", journal, "--years", str(YEARS)],
                         capture_output=True, text=True, timeout=120)
    if not t.check(gen.returncode == 0, "tend-bench wrote %d years" % YEARS):
        return t.finish()

    try:
        app = tend.start()
        frame = tend.frame(app) if app else None
        if not t.check(frame is not None, "Tend starts on the decade of history"):
            return t.finish()
        wid = tend.window_id()
        width = os.environ.get("E2E_WIDTH")
        if width and wid:
            subprocess.run(["xdotool", "windowsize", wid, width, "760"], check=True)
        tab = wait_for(lambda: find(frame, "page tab", tr("Progress")), 10)
        if tab is not None:
            tab.do_action(0)
        t.check(wait_for(lambda: [s for s in labels(frame) if s.endswith(CALENDAR_NOTE)], 20),
                "Progress shows a practice sentence")
        t.check(wait_for(lambda: not starting(frame, tr("Reading older entries…")), 60),
                "every month is read")

        today = datetime.date.today()
        for button_name, range_name in RANGES:
            if width and int(width) < 600 and range_name != "30-days":
                continue  # a narrow window offers the ranges in a drop-down: 30 days only
            button = wait_for(lambda: find(frame, "toggle button",
                                           tr(button_name, "progress range")), 5)
            if width and int(width) < 600:
                button = True  # 30 days is where the page opens
            if not t.check(button is not None, "the range %s can be chosen" % button_name):
                continue
            if button is not True:
                button.do_action(0)
            if LANG:  # only the pictures
                time.sleep(2)
                shot("progress-%s" % range_name, wid)
                continue
            f = progress_figures.compute(journal, today, range_name)

            sentence = practice_sentence(f)
            t.check(wait_for(lambda: sentence in labels(frame), 10),
                    "%s: “%s”" % (button_name, sentence))
            time.sleep(0.5)
            shot("progress-%s" % range_name, wid)

            # Only an exercise rated before and after three times or more is named.
            best = next((e for e in f.exercises
                         if e.rated >= 3 and e.change is not None and e.change < 0), None)
            if best is not None:
                drop = "%.1f" % -best.change
                helped = wait_for(lambda: [s for s in starting(frame, "“")
                                           if "helped most" in s], 5)
                found = (re.search(r"distress ([0-9.]+) lower on average, over (\d+) rated",
                                   helped[0]) if helped else None)
                t.check(found is not None and found.group(1) == drop
                        and int(found.group(2)) == best.rated,
                        "%s: the exercise that helped most lowered distress by %s over %d "
                        "rated sessions (%s)"
                        % (button_name, drop, best.rated, helped[0] if helped else None))

            top = max(f.themes.values(), key=lambda th: th.entries)
            if top.entries > 0:
                themed = wait_for(lambda: starting(frame, "Most entries were about"), 5)
                found = re.search(r"\((\d+)\)$", themed[0]) if themed else None
                t.check(found is not None and int(found.group(1)) == top.entries,
                        "%s: the theme written about most has %d entries (%s)"
                        % (button_name, top.entries, themed[0] if themed else None))

        check_charts_described(t, frame)
        check_wheel_scrolls_page(t, frame, wid)
        return t.finish()
    finally:
        tend.stop()
        shutil.rmtree(tend.home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
