#!/usr/bin/env python3
"""A language catalog compiles cleanly and translates every message the sources hold today.

The template is extracted afresh from po/POTFILES.in with the keywords of meson's glib preset,
so a string added to the code without a translation fails here, not in front of a person.
"""
import os
import subprocess
import sys
import tempfile

KEYWORDS = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dngettext:2,3", "g_dpgettext2:2c,3",
            "ngettext:1,2"]


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    return result.returncode, (result.stdout + result.stderr).strip()


def main(xgettext, msgcmp, msgfmt, top, lang):
    po = os.path.join(top, "po", lang + ".po")
    status, report = run(msgfmt, "--check", "--statistics", "-o", "/dev/null", po)
    print(report)
    if status != 0:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "tend.pot")
        status, report = run(xgettext, "--from-code=UTF-8", "--add-comments", "--directory", top,
                             "--files-from", os.path.join(top, "po", "POTFILES.in"),
                             *["--keyword=" + k for k in KEYWORDS], "-o", pot)
        if status != 0:
            print(report)
            return 1
        # msgcmp counts untranslated and fuzzy messages as missing.
        status, report = run(msgcmp, po, pot)
        if status != 0:
            print(report)
            print("%s: translate every message above (tend-update-po, then edit)" % po)
            return 1
    print("%s: complete" % po)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
