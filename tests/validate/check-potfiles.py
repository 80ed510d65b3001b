#!/usr/bin/env python3
"""po/POTFILES.in lists exactly the files that hold translatable strings."""
import os
import re
import sys

MARKERS = re.compile(r'\b(_|N_|C_|NC_|ngettext) ?\(|translatable="yes"|^_?Name=|<summary>|<p>',
                     re.MULTILINE)
SCANNED = ("src", "data")
SUFFIXES = (".c", ".ui", ".in", ".xml")


def main(top):
    listed = set()
    with open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                listed.add(line)
    found = set()
    for folder in SCANNED:
        for root, _dirs, files in os.walk(os.path.join(top, folder)):
            for name in files:
                if not name.endswith(SUFFIXES) or name.endswith(".gresource.xml.in"):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    if MARKERS.search(f.read()):
                        found.add(os.path.relpath(path, top))
    status = 0
    for path in sorted(found - listed):
        print("has translatable strings but is not in po/POTFILES.in:", path)
        status = 1
    for path in sorted(listed - found):
        print("listed in po/POTFILES.in but has no translatable strings (or is gone):", path)
        status = 1
    ordered = [line for line in open(os.path.join(top, "po", "POTFILES.in"), encoding="utf-8")
               if line.strip() and not line.startswith("#")]
    if ordered != sorted(ordered):
        print("po/POTFILES.in is not sorted")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
