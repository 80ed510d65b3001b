"""Helpers for the faults suite: a private mount namespace, small disks, and finding text."""
import os
import subprocess
import sys

from atspi_util import children, showing
from gi.repository import GLib

SKIP = 77  # meson's exit code for a skipped test


def enter_mount_namespace():
    """Re-runs this test in a mount namespace of its own, where it may mount tmpfs and remount
    read-only without touching the machine. Exits 77 (skip), saying why, where it cannot."""
    if os.environ.get("TEND_FAULTS_NS") == "1":
        return
    reasons = []
    for cmd in (["unshare", "--mount", "--propagation", "private"],
                ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]):
        probe = subprocess.run(cmd + ["true"], capture_output=True, text=True)
        if probe.returncode == 0:
            os.environ["TEND_FAULTS_NS"] = "1"
            sys.stdout.flush()
            os.execvp(cmd[0], cmd + [sys.executable] + sys.argv)
        reasons.append("%s: %s" % (" ".join(cmd), probe.stderr.strip()))
    print("SKIP: this test mounts a small tmpfs and needs a mount namespace, which this "
          "machine refuses (%s)" % "; ".join(reasons))
    sys.exit(SKIP)


def mount_tmpfs(path, size):
    os.makedirs(path, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%s,mode=0700" % size, "tmpfs", path],
                   check=True)


def bind_read_only(path):
    """Turns the folder @path read-only from now on: a read-only bind mount over itself, as a
    folder on a disk remounted read-only behaves (files already open stay writable)."""
    subprocess.run(["mount", "--bind", path, path], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", path], check=True)


def unbind(path):
    subprocess.run(["umount", path], check=True)


def fill(path):
    """Fills the disk holding @path with one file; returns the file to remove."""
    filler = os.path.join(path, "filler")
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        # Big writes, then single bytes, so not one block is left.
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def find_where(root, pred, only_showing=True):
    """Breadth-first search for an object for which pred(acc) is true."""
    queue = [root]
    while queue:
        acc = queue.pop(0)
        try:
            if (not only_showing or showing(acc)) and pred(acc):
                return acc
            queue.extend(children(acc))
        except GLib.Error:
            continue
    return None


def label_containing(root, words):
    return find_where(root, lambda a: a.get_role_name() == "label" and
                      words in (a.get_name() or ""))


def month_text(home, month):
    path = os.path.join(home, "data", "tend", "journal", month + ".json")
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def dialog(root):
    """The alert dialog shown over the window, if any."""
    return find_where(root, lambda a: a.get_role_name() in ("alert", "dialog"))


def dialog_button(root, name):
    d = dialog(root)
    return find_where(d, lambda a: a.get_role_name() == "button" and a.get_name() == name) \
        if d is not None else None


def run_scenarios(*scenarios):
    """Runs each scenario(t, tend) against a Tend of its own, stopped whatever happens; returns
    the exit status of all the checks."""
    from tend_app import Checks, Tend
    t = Checks()
    for scenario in scenarios:
        tend = Tend()
        try:
            scenario(t, tend)
        finally:
            tend.stop()
    return t.finish()
