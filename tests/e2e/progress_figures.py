#!/usr/bin/env python3
"""The Progress page's figures, computed from a journal folder's month files alone.

An end-to-end test reads the page's text summaries through AT-SPI and holds them against what
this module works out from the JSON (DESIGN.md, Data), without any of Tend's C code:

    figures = progress_figures.compute(folder, datetime.date(2026, 11, 24), "3-months")
    figures.practice_days                 # days with an entry or a grounding session
    figures.trend["distress"]             # (first third's mean, last third's mean) or None
    figures.exercises[0].exercise         # the largest average drop in distress first
    figures.themes["boundaries"].entries  # entries per theme, and .first, the first one's day

The rules are the ones the page states:
- ranges end today; "30-days" is today and the 29 days before; "3-months", "6-months" and
  "12-months" start the day after the same day of the month that many months ago (the last day
  of a shorter month); "all-time" starts on the oldest record's day, or today with none;
- an entry belongs to the day it names (`day`); a grounding session to the day its `started`
  time falls on in the chosen time zone;
- check-ins come from entries only, a scale that was left out does not count, and the trend
  compares the mean over the first third of the range's days with the last third (a third is a
  whole number of days: 30 days gives 10, 92 days gives 30);
- an exercise's change is the mean of (after - before) over its sessions rated both before and
  after; exercises are listed largest drop first, those never rated after the rated ones, then
  by sessions (most first) and id;
- a theme counts entries whose `theme` names it; entries written freely count for none.

Run it on a folder to print the figures: `progress_figures.py DIR [--today D] [--range R]
[--tz ZONE]`. The output is line for line what tend-progress-figures (tests/perf) prints.
"""
import argparse
import calendar
import dataclasses
import datetime
import json
import os
import re
import sys
from fractions import Fraction
from zoneinfo import ZoneInfo

SCALES = ("mood", "distress", "safety", "closeness")
THEMES = ("truth", "pleasure", "attunement", "boundaries", "touch")
RANGES = ("30-days", "3-months", "6-months", "12-months", "all-time")
MONTH_FILE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])\.json$")


@dataclasses.dataclass
class Exercise:
    exercise: str
    sessions: int = 0
    finished: int = 0
    rated: int = 0
    before_sum: int = 0
    after_sum: int = 0

    @property
    def change(self):
        """The average change in distress (negative: it fell), or None when never rated."""
        if self.rated == 0:
            return None
        return (self.after_sum - self.before_sum) / self.rated


@dataclasses.dataclass
class Theme:
    theme: str
    entries: int = 0
    first: datetime.date = None


@dataclasses.dataclass
class Figures:
    range: str
    first: datetime.date
    last: datetime.date
    n_days: int
    practice_days: int
    trend: dict       # scale -> (from, to), or None when a third has no check-in
    exercises: list   # of Exercise, in the page's order
    themes: dict      # theme id -> Theme, in catalog order


def read_journal(folder):
    """Every entry and grounding session in the folder's month files, as JSON objects.

    Only YYYY-MM.json counts: Tend moves a damaged month aside (under damaged/), so its records
    are simply missing. A file that does not parse is skipped the same way, with a note."""
    entries, sessions = [], []
    for name in sorted(os.listdir(folder)):
        if not MONTH_FILE.match(name):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                month = json.load(f)
        except (OSError, ValueError) as error:
            print(f"progress_figures: skipping {name}: {error}", file=sys.stderr)
            continue
        entries.extend(month.get("entries", []))
        sessions.extend(month.get("grounding", []))
    return entries, sessions


def months_before(day, months):
    """The same day of the month @months earlier, or the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def range_first(range_name, today, oldest):
    if range_name == "30-days":
        return today - datetime.timedelta(days=29)
    if range_name == "all-time":
        return min(oldest, today) if oldest is not None else today
    months = {"3-months": 3, "6-months": 6, "12-months": 12}[range_name]
    return months_before(today, months) + datetime.timedelta(days=1)


def session_day(started, tz):
    """The day a session's start falls on in @tz (None: the system's zone)."""
    when = datetime.datetime.fromisoformat(started.replace("Z", "+00:00"))
    return when.astimezone(tz).date()


def compute(folder, today, range_name="all-time", tz=None):
    """The figures for @range_name ending on @today (a datetime.date), sessions read in @tz
    (a tzinfo, or None for the system's zone)."""
    if range_name not in RANGES:
        raise ValueError(f"unknown range {range_name!r}; one of {', '.join(RANGES)}")
    raw_entries, raw_sessions = read_journal(folder)
    entries = [(datetime.date.fromisoformat(e["day"]), e) for e in raw_entries]
    sessions = [(session_day(s["started"], tz), s) for s in raw_sessions]

    days = [day for day, _ in entries] + [day for day, _ in sessions]
    first = range_first(range_name, today, min(days) if days else None)
    n_days = (today - first).days + 1
    third = n_days // 3

    def in_range(day):
        return first <= day <= today

    practice = {day for day in days if in_range(day)}

    sums = {scale: [0, 0, 0, 0] for scale in SCALES}  # first third: sum, count; last: sum, count
    themes = {theme: Theme(theme) for theme in THEMES}
    for day, entry in entries:
        if not in_range(day):
            continue
        position = (day - first).days
        checkin = entry.get("checkin") or {}
        for scale in SCALES:
            value = checkin.get(scale)
            if value is None:
                continue
            if position < third:
                sums[scale][0] += value
                sums[scale][1] += 1
            if position >= n_days - third:
                sums[scale][2] += value
                sums[scale][3] += 1
        theme = themes.get(entry.get("theme"))
        if theme is not None:
            theme.entries += 1
            if theme.first is None or day < theme.first:
                theme.first = day

    trend = {}
    for scale, (from_sum, from_n, to_sum, to_n) in sums.items():
        trend[scale] = (from_sum / from_n, to_sum / to_n) if from_n and to_n else None

    exercises = {}
    for day, session in sessions:
        if not in_range(day):
            continue
        stats = exercises.setdefault(session["exercise"], Exercise(session["exercise"]))
        stats.sessions += 1
        stats.finished += bool(session.get("completed", False))
        before, after = session.get("distress_before"), session.get("distress_after")
        if before is not None and after is not None:
            stats.rated += 1
            stats.before_sum += before
            stats.after_sum += after

    def order(stats):
        # Exact fractions, so equal averages tie however they were reached.
        if stats.rated:
            return (0, Fraction(stats.after_sum - stats.before_sum, stats.rated),
                    -stats.sessions, stats.exercise)
        return (1, 0, -stats.sessions, stats.exercise)

    return Figures(range_name, first, today, n_days, len(practice), trend,
                   sorted(exercises.values(), key=order), themes)


def _number(value):
    return "none" if value is None else f"{value:.6f}"


def format_figures(figures):
    """The figures as lines of text, the same as tend-progress-figures prints."""
    lines = [
        f"range {figures.range} first {figures.first} last {figures.last} days {figures.n_days}",
        f"practice {figures.practice_days}",
    ]
    for scale in SCALES:
        trend = figures.trend[scale]
        lines.append(f"trend {scale} " + ("none" if trend is None
                                          else f"{_number(trend[0])} {_number(trend[1])}"))
    for stats in figures.exercises:
        lines.append(f"exercise {stats.exercise} sessions {stats.sessions} finished "
                     f"{stats.finished} rated {stats.rated} change {_number(stats.change)}")
    for theme in figures.themes.values():
        lines.append(f"theme {theme.theme} entries {theme.entries} first "
                     f"{theme.first if theme.first else 'none'}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a journal folder of YYYY-MM.json files")
    parser.add_argument("--today", type=datetime.date.fromisoformat,
                        default=datetime.date.today(), help="the range's last day, YYYY-MM-DD")
    parser.add_argument("--range", choices=RANGES, default="all-time")
    parser.add_argument("--tz", help="the zone sessions' days are read in (default: the system's)")
    args = parser.parse_args(argv)

    tz = ZoneInfo(args.tz) if args.tz else None
    print(format_figures(compute(args.folder, args.today, args.range, tz)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
