#!/usr/bin/env python3
"""Every source file says what it is for, no .c file grows too long, and notes on functions
live in the .c files.

Usage: check-sources.py SRC_ROOT

Fails when
  - a .c, .h, .ui, .py or meson.build file under src/ or tests/ does not open with a comment
    that says what it is for: `/* tend-thing.c — what it is for.`, `<!-- tend-thing.ui — … -->`
    after the XML declaration, a docstring or a `#` comment; a comment that is only the file's
    own name does not count;
  - a .c file under src/ is over MAX_LINES lines (split it by concern, as STYLE.md says);
  - in a .h file under src/, a comment sits directly above a function declaration, or after
    one on the same line: a function's note is a doc comment above its definition in the .c
    file (README.md, "For developers"). Headers keep comments on types, fields, enum values,
    callback typedefs and macros, and section comments followed by a blank line.
Prints one line a problem, then "N passed, N failed".
"""
import os
import re
import sys

MAX_LINES = 1100
SUFFIXES = (".c", ".h", ".ui", ".py")

# A function declaration starts at column 0 with a return type and a lower-case name followed
# by "(": not a preprocessor line, a typedef (callbacks), a G_ macro (G_DECLARE_*, G_BEGIN_DECLS),
# a struct, enum or union, nor an extern variable. Fields and enum values are indented.
DECLARATION = re.compile(
    r"^(?!#|typedef\b|G_|struct\b|enum\b|union\b|extern\b)[A-Za-z_][\w \t*]*?\b[a-z_][a-z0-9_]*\s*\(")


def opening_text(name, text):
    """What the opening comment says, without its markers; None when there is no comment."""
    lines = text.split("\n")
    if name.endswith(".ui"):
        if lines and lines[0].startswith("<?xml"):
            lines = lines[1:]
        m = re.match(r"\s*<!--(.*?)-->", "\n".join(lines), re.S)
        return m.group(1) if m else None
    if name.endswith((".c", ".h")):
        m = re.match(r"\s*/\*(.*?)\*/", text, re.S)
        return m.group(1) if m else None
    if name.endswith(".py"):
        if lines and lines[0].startswith("#!"):
            lines = lines[1:]
        rest = "\n".join(lines).lstrip()
        m = re.match(r'("""|\'\'\')(.*?)\1', rest, re.S)
        if m:
            return m.group(2)
    # meson.build, or a Python file that opens with # comments
    comment = []
    for line in lines:
        if not line.startswith("#"):
            break
        comment.append(line.lstrip("#"))
    return "\n".join(comment) if comment else None


def says_what_it_is_for(name, text):
    opening = opening_text(name, text)
    if opening is None:
        return False
    words = re.sub(r"^[ \t]*\*[ \t]?", "", opening, flags=re.M).strip()
    # The first paragraph: "tend-thing.c — what it is for." counts; "tend-thing.c" alone, then
    # the copyright lines, does not.
    words = re.split(r"\n\s*\n", words)[0]
    words = re.sub(r"^" + re.escape(name) + r"\s*(—|-)?", "", words).strip()
    return len(words) > 0


def notes_in_header(text):
    """Line numbers where a comment sits directly above, or after, a function declaration."""
    found = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not DECLARATION.match(line):
            continue
        before = lines[i - 1].strip() if i > 0 else ""
        if (before.startswith(("/*", "*")) and before.endswith("*/")) or before.startswith("//"):
            found.append(i + 1)
        elif "/*" in line or "//" in line:
            found.append(i + 1)
    return found


def main():
    root = sys.argv[1]
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL -", what)

    for top in ("src", "tests"):
        for folder, dirs, names in os.walk(os.path.join(root, top)):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if not (name.endswith(SUFFIXES) or name == "meson.build"):
                    continue
                path = os.path.join(folder, name)
                where = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    text = f.read()

                check(says_what_it_is_for(name, text),
                      "%s opens with a comment that says what it is for" % where)

                if top == "src" and name.endswith(".c"):
                    n = text.count("\n")
                    check(n <= MAX_LINES, "%s has %d lines, more than %d" % (where, n, MAX_LINES))

                if top == "src" and name.endswith(".h"):
                    for line in notes_in_header(text):
                        check(False, "%s:%d: a note on a function belongs above its definition "
                                     "in the .c file, as a doc comment" % (where, line))

    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
