#!/usr/bin/env python3
"""The model's layers depend one way only, and no two of its parts need each other.

Usage: check-layers.py SRC_ROOT

Reads the `#include "…"` lines of every file under src/model/<layer>/ and fails when
  - a file includes a header of a layer it may not use (an include that runs upward or
    sideways, e.g. records including the store), or a header that is not the model's own;
  - two parts include each other, directly or around a loop. A part is a header and the files
    named after it: tend-store.h, tend-store-private.h, tend-store.c, tend-store-loader.c …;
  - a model file includes anything of GTK.
Prints one line a problem, then "N passed, N failed".
"""
import os
import re
import sys

# What each layer may include besides itself (DESIGN.md, src/model/meson.build).
ALLOWED = {
    "catalog": set(),
    "records": {"catalog"},
    "seal": {"catalog", "records"},
    "store": {"catalog", "records", "seal"},
    "progress": {"catalog", "records", "store", "seal"},
    "backup": {"catalog", "records", "store", "progress", "seal"},
    "reminder": {"records"},
}
LOCAL = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM = re.compile(r'^\s*#\s*include\s+<([^>]+)>', re.M)


def part_of(name, headers):
    """The header a file belongs to: its own name, or the longest header name it starts with."""
    stem = re.sub(r"\.(c|h)$", "", name)
    stem = re.sub(r"-private$", "", stem)
    while stem:
        if stem in headers:
            return stem
        if "-" not in stem:
            break
        stem = stem.rsplit("-", 1)[0]
    return None


def main():
    model = os.path.join(sys.argv[1], "src", "model")
    layer_of = {}   # header file name -> layer
    files = []      # (layer, name, text)
    for layer in ALLOWED:
        folder = os.path.join(model, layer)
        for name in sorted(os.listdir(folder)):
            if name.endswith((".c", ".h")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    files.append((layer, name, f.read()))
            if name.endswith(".h"):
                layer_of[name] = layer
    stray = [n for n in os.listdir(model) if n.endswith((".c", ".h"))]

    # Parts: "tend-store" for tend-store.h and tend-store-private.h alike.
    headers = {re.sub(r"(-private)?\.h$", "", h) for h in layer_of}
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL -", what)
        return ok

    check(not stray, "every model file is in a layer's folder (%s)" % ", ".join(stray))

    edges = {}
    for layer, name, text in files:
        part = part_of(name, headers)
        check(part is not None, "%s/%s belongs to a header of its own layer" % (layer, name))
        for system in SYSTEM.findall(text):
            check(not system.startswith(("gtk/", "adwaita", "gdk/")),
                  "%s/%s includes no GTK header (<%s>)" % (layer, name, system))
        for header in LOCAL.findall(text):
            if header == "config.h":
                continue
            target = layer_of.get(header)
            if not check(target is not None,
                         "%s/%s includes %s, which is not a model header" % (layer, name, header)):
                continue
            check(target == layer or target in ALLOWED[layer],
                  "%s/%s includes %s/%s: %s may use only %s" %
                  (layer, name, target, header, layer,
                   ", ".join(sorted(ALLOWED[layer] | {layer}))))
            other = part_of(header, headers)
            if part and other and other != part:
                edges.setdefault(part, set()).add(other)

    # A loop between parts, found by a depth-first walk.
    state, loops = {}, []

    def walk(node, path):
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                loops.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                walk(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            walk(node, [node])
    check(not loops, "no parts need each other (%s)" %
          "; ".join(" -> ".join(loop) for loop in loops))

    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
