"""Start and stop the real `tend` binary for end-to-end tests, with its own data folders."""
import os
import shutil
import subprocess
import tempfile
import time

from atspi_util import Atspi, children, click, find, find_app, focused, pump, wait_for, xdotool

TEND_BIN = os.environ["TEND_BIN"]


class Checks:
    """Counts checks and prints one line each, ending with 'N passed, N failed'."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
            print("ok   -", what, flush=True)
        else:
            self.failed += 1
            print("FAIL -", what, flush=True)
        return ok

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 0 if self.failed == 0 and self.passed > 0 else 1


def gnome_font():
    """The interface font GNOME ships, where it is installed: Adwaita Sans (GNOME 48 on), else
    Cantarell; None leaves GTK's default."""
    if shutil.which("fc-list") is None:
        return None
    for family in ("Adwaita Sans", "Cantarell"):
        found = subprocess.run(["fc-list", family], capture_output=True, text=True).stdout
        if found.strip():
            return family + " 11"
    return None


class Tend:
    """One running Tend process; `home` keeps its XDG folders for the whole test.

    Its GTK settings are a person's: no animations, and GNOME's font. With capture_log its
    messages go to `log_path`."""

    def __init__(self, home=None, env=None, capture_log=False):
        self.home = home or tempfile.mkdtemp(prefix="tend-e2e-")
        self.extra_env = env or {}
        self.proc = None
        self.log_path = os.path.join(self.home, "tend.log") if capture_log else None

    def env(self):
        env = dict(os.environ)
        for name in ("DATA", "CONFIG", "CACHE", "STATE"):
            path = os.path.join(self.home, name.lower())
            os.makedirs(path, exist_ok=True)
            env["XDG_%s_HOME" % name] = path
        gtk_conf = os.path.join(self.home, "config", "gtk-4.0")
        os.makedirs(gtk_conf, exist_ok=True)
        settings = ["[Settings]", "gtk-enable-animations=false"]
        font = gnome_font()
        if font:
            settings.append("gtk-font-name=%s" % font)
        with open(os.path.join(gtk_conf, "settings.ini"), "w") as f:
            f.write("\n".join(settings) + "\n")
            # E2E_GTK_SETTINGS adds lines, e.g. "gtk-font-name=DejaVu Sans 18" for large text.
            extra = os.environ.get("E2E_GTK_SETTINGS")
            if extra:
                f.write(extra.replace(";", "\n") + "\n")
        env.update(self.extra_env)
        return env

    def run(self, *args, timeout=20):
        """Run tend to completion (e.g. --version, or a second instance)."""
        return subprocess.run([TEND_BIN, *args], env=self.env(), capture_output=True,
                              text=True, timeout=timeout)

    def open(self, t, what, *args):
        """Starts Tend with @args and checks, as @what, that its window shows: (frame, window
        id), or (None, None) when it did not."""
        app = self.start(*args)
        frame = self.frame(app) if app else None
        wid = self.window_id()
        if not t.check(frame is not None and wid is not None, what):
            return None, None
        return frame, wid

    def start(self, *args):
        log = open(self.log_path, "a") if self.log_path else None
        self.proc = subprocess.Popen([TEND_BIN, *args], env=self.env(), stderr=log)
        if log:
            log.close()
        app = wait_for(lambda: find_app() if self.proc.poll() is None else None, timeout=20)
        return app

    def frame(self, app, title="Tend"):
        return wait_for(lambda: find(app, "frame", title), timeout=10)

    def window_id(self, title="Tend"):
        ids = wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "^%s$" % title),
                       timeout=10)
        return ids.split()[0] if ids else None

    def log(self):
        """What Tend has printed so far (with capture_log)."""
        if not self.log_path or not os.path.exists(self.log_path):
            return ""
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def content_size(self, frame):
        """The size of the window's content, without the frame GTK draws around it."""
        content = next(iter(children(frame)), None)
        if content is None:
            return None
        ext = Atspi.Component.get_extents(content, Atspi.CoordType.SCREEN)
        return ext.width, ext.height

    def resize(self, wid, frame, width, height):
        """Gives the window's content @width × @height: X sizes the whole window, frame and all,
        and under Xvfb GTK's frame takes 5 px a side."""
        xdotool("windowsize", wid, str(width), str(height))
        pump(0.5)
        size = wait_for(lambda: self.content_size(frame), 5)
        if size and size != (width, height):
            frame_ext = Atspi.Component.get_extents(frame, Atspi.CoordType.SCREEN)
            xdotool("windowsize", wid, str(width + frame_ext.width - size[0]),
                    str(height + frame_ext.height - size[1]))
            wait_for(lambda: self.content_size(frame) == (width, height), 5)
        return self.content_size(frame)

    def resize_as_asked(self, wid, frame, height=720):
        """With E2E_WIDTH set, the content gets that width (pictures at 360 px, as on a phone)."""
        width = os.environ.get("E2E_WIDTH")
        if width and wid:
            return self.resize(wid, frame, int(width), height)
        return None

    def shot(self, wid, frame, name):
        """A picture of the window's content (E2E_SHOT_DIR), without GTK's frame, named @name
        and the variant E2E_SHOT_TAG."""
        out = os.environ.get("E2E_SHOT_DIR")
        if not out or not wid or not shutil.which("import"):
            return
        os.makedirs(out, exist_ok=True)
        tag = os.environ.get("E2E_SHOT_TAG", "")
        path = os.path.join(out, "%s%s.png" % (name, "-" + tag if tag else ""))
        crop = []
        content = next(iter(children(frame)), None) if frame else None
        if content is not None:
            outer = Atspi.Component.get_extents(frame, Atspi.CoordType.SCREEN)
            inner = Atspi.Component.get_extents(content, Atspi.CoordType.SCREEN)
            # GTK's frame is as wide on every side (AT-SPI places the content at the frame's
            # corner, so its own position cannot say).
            crop = ["-crop", "%dx%d+%d+%d" % (inner.width, inner.height,
                                              (outer.width - inner.width) // 2,
                                              (outer.height - inner.height) // 2), "+repage"]
        subprocess.run(["import", "-window", wid, *crop, path], check=True)
        print("     screenshot", path)

    def key(self, wid, *keys):
        xdotool("windowfocus", wid)
        time.sleep(0.1)
        xdotool("key", *keys)

    def type(self, wid, text):
        """Types through XTEST, as a keyboard does (events sent to a window are ignored by GTK)."""
        xdotool("windowfocus", wid)
        time.sleep(0.1)
        xdotool("type", "--delay", "20", text)

    def focus_on(self, wid, frame, key, role, name, presses=8):
        """Presses @key until the focus is on the control called @name (with the role @role,
        unless it is None); True when it got there."""
        def there():
            f = focused(frame)
            return f is not None and f.get_name() == name and \
                (role is None or f.get_role_name() == role)
        for _ in range(presses):
            if there():
                return True
            self.key(wid, key)
            wait_for(lambda: focused(frame) is not None, 1)
        return there()

    def settings(self):
        """What Tend has stored in GSettings, when started with GSETTINGS_BACKEND=keyfile."""
        path = os.path.join(self.home, "config", "glib-2.0", "settings", "keyfile")
        return open(path, encoding="utf-8").read() if os.path.exists(path) else ""

    def click_center(self, wid, acc):
        """A real pointer click in the middle of @acc (X11)."""
        xdotool("windowfocus", wid)
        click(wid, acc)

    def wait_exit(self, timeout=10):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def write_journal(home, entries):
    """Writes @entries, each (days ago, text, check-in dict), into @home's month files, as Tend
    keeps them, for a test to start on."""
    import datetime
    import json
    import uuid

    folder = os.path.join(home, "data", "tend", "journal")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    months = {}
    for days_ago, text, checkin in entries:
        day = datetime.date.today() - datetime.timedelta(days=days_ago)
        stamp = "%sT20:00:00+00:00" % day.isoformat()
        entry = {"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
                 "day": day.isoformat(), "text": text, "tags": []}
        if checkin:
            entry["checkin"] = checkin
        months.setdefault(day.strftime("%Y-%m"), []).append(entry)
    for month, month_entries in months.items():
        path = os.path.join(folder, month + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"format": "tend-journal", "version": 1, "month": month,
                       "entries": month_entries, "grounding": [], "deleted": []}, f)
        os.chmod(path, 0o600)


def protect_journal(home, passphrase):
    """Seals @home's journal with @passphrase, as Preferences does (tests/tend-protect-journal.c),
    so that Tend starts on it locked; returns its recovery code."""
    folder = os.path.join(home, "data", "tend", "journal")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    done = subprocess.run([os.environ["TEND_PROTECT_JOURNAL"], folder, passphrase],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()
