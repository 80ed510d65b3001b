#!/usr/bin/env python3
"""Tend speaks German, Spanish and French: section names, today's prompt and an exercise step.

For each language the test starts the built `tend` with LANGUAGE set, and compares what the
accessibility tree shows with the catalogue in po/ (read independently of the program): the
three section tabs, a prompt from the prompt catalogue on the Journal page, and the first step
of the exercise that `tend --ground` opens, with its "Step 1 of 3" counter.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import GLib, children, find, showing, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")


def labels(root):
    """Every showing label's text under @root."""
    found, queue = [], [root]
    while queue:
        acc = queue.pop(0)
        try:
            if acc.get_role_name() == "label" and showing(acc):
                found.append(acc.get_name())
            queue.extend(children(acc))
        except GLib.Error:
            continue
    return found


def plain(label):
    return label.replace("_", "")


def check_language(t, lang):
    po = po_reader.read(os.path.join(PO_DIR, lang + ".po"))
    ui = {k[1]: v["msgstr"] for k, v in po.items() if k[0] is None}
    prompts = set(po_reader.from_file(po, "src/model/catalog/tend-prompts.c", "a journal prompt").values())
    steps = set(po_reader.from_file(po, "src/model/catalog/tend-exercises-catalog.c", "step").values())

    tend = Tend(env={"LANGUAGE": lang})
    app = tend.start()
    frame = tend.frame(app, ui["Tend"]) if app else None
    if not t.check(frame is not None, "[%s] Tend starts" % lang):
        tend.stop()
        return

    for section in ("Journal", "Ground", "Progress"):
        name = ui[section]
        t.check(wait_for(lambda: find(frame, "page tab", name), 5),
                "[%s] the %s tab reads “%s”" % (lang, section, name))

    shown = wait_for(lambda: [s for s in labels(frame) if s in prompts], 5)
    t.check(bool(shown), "[%s] today's prompt is a translated one: “%s”"
            % (lang, shown[0] if shown else None))

    second = tend.run("--ground")
    t.check(second.returncode == 0, "[%s] `tend --ground` hands over" % lang)
    skip = plain(ui["S_kip"])
    button = wait_for(lambda: find(frame, "button", skip), 5)
    if t.check(button is not None, "[%s] the player offers “%s”" % (lang, skip)):
        button.do_action(0)
    counter = ui["Step %u of %u"].replace("%u", "1", 1).replace("%u", "3", 1)
    t.check(wait_for(lambda: find(frame, "label", counter), 5) is not None,
            "[%s] the counter reads “%s”" % (lang, counter))
    step = wait_for(lambda: [s for s in labels(frame) if s in steps], 5)
    t.check(bool(step), "[%s] the first step is in the language: “%s”"
            % (lang, step[0] if step else None))

    tend.stop()


def main():
    t = Checks()
    for lang in ("de", "es", "fr"):
        check_language(t, lang)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
