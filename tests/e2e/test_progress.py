#!/usr/bin/env python3
"""Progress on a decade of history says what the month files say.

`tend-bench --generate` writes ten years of month files. Tend starts on them, the test opens
Progress, waits until every month is read, and for three ranges reads the page's sentences
through AT-SPI: the practice count, the exercise that helped most, and the theme written about
most. Each figure is held against progress_figures.py, which works them out from the JSON
alone, with none of Tend's code.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import progress_figures  # noqa: E402
from atspi_util import GLib, children, find, showing, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

TEND_BENCH = os.environ["TEND_BENCH"]
YEARS = 10
RANGES = (("30 Days", "30-days"), ("3 Months", "3-months"), ("All Time", "all-time"))


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


def practice_sentence(f):
    if f.range == "all-time":
        return "Practised on %d of %d days since your first record" % (f.practice_days, f.n_days)
    return "Practised on %d of the last %d days" % (f.practice_days, f.n_days)


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
        tab = wait_for(lambda: find(frame, "page tab", "Progress"), 10)
        if tab is not None:
            tab.do_action(0)
        t.check(wait_for(lambda: starting(frame, "Practised on"), 20),
                "Progress shows a practice sentence")
        t.check(wait_for(lambda: not starting(frame, "Reading older entries"), 60),
                "every month is read")

        today = datetime.date.today()
        for button_name, range_name in RANGES:
            button = wait_for(lambda: find(frame, "toggle button", button_name), 5)
            if not t.check(button is not None, "the range %s can be chosen" % button_name):
                continue
            button.do_action(0)
            f = progress_figures.compute(journal, today, range_name)

            sentence = practice_sentence(f)
            t.check(wait_for(lambda: sentence in labels(frame), 10),
                    "%s: “%s”" % (button_name, sentence))

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
        return t.finish()
    finally:
        tend.stop()
        shutil.rmtree(tend.home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
