#!/usr/bin/env python3
"""The Flatpak manifest builds the app meson builds: same id, same command, no extra access."""
import json
import sys

ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}


def main(path, app_id, command):
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    problems = []
    if manifest.get("id", manifest.get("app-id")) != app_id:
        problems.append("id is %r, meson says %r" % (manifest.get("id"), app_id))
    if manifest.get("command") != command:
        problems.append("command is %r, meson builds %r" % (manifest.get("command"), command))
    for key, want in (("runtime", "org.gnome.Platform"), ("sdk", "org.gnome.Sdk"),
                      ("runtime-version", "51")):
        if manifest.get(key) != want:
            problems.append("%s is %r, expected %r" % (key, manifest.get(key), want))
    extra = set(manifest.get("finish-args", [])) - ALLOWED_FINISH_ARGS
    if extra:
        problems.append("finish-args grant more than display and IPC: %s" % sorted(extra))
    modules = manifest.get("modules", [])
    if not modules or modules[-1].get("buildsystem") != "meson":
        problems.append("the last module must be Tend's meson build")
    for problem in problems:
        print("manifest:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
