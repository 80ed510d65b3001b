"""Helpers for driving Tend through AT-SPI (gi.repository.Atspi), as a person would."""
import os
import shutil
import subprocess
import time
import warnings

import gi
gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP = os.environ.get("E2E_APP", "tend")


def pump(seconds):
    """Sleep while dispatching AT-SPI events (they arrive on the GLib main context)."""
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while ctx.pending():
            ctx.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


class EventLog:
    """Record AT-SPI events, e.g. EventLog("object:announcement")."""

    def __init__(self, *kinds):
        self.events = []
        self._listener = Atspi.EventListener.new(self._on_event)
        for kind in kinds:
            self._listener.register(kind)

    def _on_event(self, event):
        try:
            src = event.source.get_name() if event.source else None
        except GLib.Error:
            src = None
        self.events.append((event.type, src, event.any_data))


def wait_for(fn, timeout=10.0, step=0.05):
    """Poll fn() until it returns something truthy (AT-SPI is async)."""
    end = time.monotonic() + timeout
    while True:
        try:
            v = fn()
        except GLib.Error:
            v = None
        if v or time.monotonic() > end:
            return v
        pump(step)


def children(acc):
    for i in range(acc.get_child_count()):
        c = acc.get_child_at_index(i)
        if c is not None:
            yield c


def showing(acc):
    return acc.get_state_set().contains(Atspi.StateType.SHOWING)


def find(root, role=None, name=None, only_showing=True):
    """Breadth-first search by role name ("button", "label", "text", "page tab" ...) and name."""
    queue = [root]
    while queue:
        acc = queue.pop(0)
        try:
            if ((role is None or acc.get_role_name() == role)
                    and (name is None or acc.get_name() == name)
                    and (not only_showing or showing(acc))):
                return acc
            queue.extend(children(acc))
        except GLib.Error:
            continue
    return None


def find_field(root, name):
    """A showing text field called @name: GTK before 4.20 gives a password field the role
    "text", since then "password text"."""
    for role in ("text", "password text"):
        field = find(root, role, name)
        if field is not None:
            return field
    return None


def focused(root):
    """The object under @root that has the keyboard focus, or None."""
    try:
        if root.get_state_set().contains(Atspi.StateType.FOCUSED):
            return root
    except GLib.Error:
        return None
    for c in children(root):
        if showing(c):
            f = focused(c)
            if f is not None:
                return f
    return None


def find_app():
    desktop = Atspi.get_desktop(0)
    for app in children(desktop):
        if app.get_name() == APP:
            return app
    return None


def text_of(acc):
    return Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))


def action_names(acc):
    with warnings.catch_warnings():  # deprecated, but its replacement is not in the GIR
        warnings.simplefilter("ignore", DeprecationWarning)
        return [Atspi.Action.get_action_name(acc, i) for i in range(acc.get_n_actions())]


def xdotool(*args):
    return subprocess.run(["xdotool", *args], check=True, capture_output=True,
                          text=True).stdout.strip()


def click(wid, acc):
    """Real pointer click in the middle of acc (X11 only)."""
    ext = Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW)
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    print("     click %r at window (%d,%d) extents %s" %
          (acc.get_name(), x, y, (ext.x, ext.y, ext.width, ext.height)))
    xdotool("mousemove", "--window", wid, str(x), str(y), "click", "1")


def shot(name, window="root"):
    """Saves the screen (or the X window @window) as @name in $E2E_SHOT_DIR, when it is set;
    $E2E_SHOT_TAG, when set, is added to the name, so runs in other themes or languages do not
    overwrite each other."""
    d = os.environ.get("E2E_SHOT_DIR")
    if not d or not window or not os.environ.get("DISPLAY") or not shutil.which("import"):
        return
    base, ext = os.path.splitext(name)
    tag = os.environ.get("E2E_SHOT_TAG")
    name = "%s%s%s" % (base, "-" + tag if tag else "", ext or ".png")
    os.makedirs(d, exist_ok=True)
    subprocess.run(["import", "-window", window, os.path.join(d, name)], check=True)
    print("     screenshot", name)


def is_checked(acc):
    """A toggle button that is down (GTK says "pressed"; some versions "checked")."""
    if acc is None:
        return False
    states = acc.get_state_set()
    return states.contains(Atspi.StateType.PRESSED) or states.contains(Atspi.StateType.CHECKED)


def find_all(root, role=None):
    """Every showing accessible below @root with the role name @role (for messages)."""
    found, queue = [], [root]
    while queue:
        acc = queue.pop(0)
        try:
            if (role is None or acc.get_role_name() == role) and showing(acc):
                found.append(acc)
            queue.extend(children(acc))
        except GLib.Error:
            continue
    return found
