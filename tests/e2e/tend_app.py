"""Start and stop the real `tend` binary for end-to-end tests, with its own data folders."""
import os
import subprocess
import tempfile
import time

from atspi_util import click, find, find_app, focused, wait_for, xdotool

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


class Tend:
    """One running Tend process; `home` keeps its XDG folders for the whole test."""

    def __init__(self, home=None, env=None):
        self.home = home or tempfile.mkdtemp(prefix="tend-e2e-")
        self.extra_env = env or {}
        self.proc = None

    def env(self):
        env = dict(os.environ)
        for name in ("DATA", "CONFIG", "CACHE", "STATE"):
            path = os.path.join(self.home, name.lower())
            os.makedirs(path, exist_ok=True)
            env["XDG_%s_HOME" % name] = path
        gtk_conf = os.path.join(self.home, "config", "gtk-4.0")
        os.makedirs(gtk_conf, exist_ok=True)
        with open(os.path.join(gtk_conf, "settings.ini"), "w") as f:
            f.write("[Settings]\ngtk-enable-animations=false\n")
            # E2E_GTK_SETTINGS adds lines, e.g. "gtk-xft-dpi=196608" for text twice as large.
            extra = os.environ.get("E2E_GTK_SETTINGS")
            if extra:
                f.write(extra.replace(";", "\n") + "\n")
        env.update(self.extra_env)
        return env

    def run(self, *args, timeout=20):
        """Run tend to completion (e.g. --version, or a second instance)."""
        return subprocess.run([TEND_BIN, *args], env=self.env(), capture_output=True,
                              text=True, timeout=timeout)

    def start(self, *args):
        self.proc = subprocess.Popen([TEND_BIN, *args], env=self.env())
        app = wait_for(lambda: find_app() if self.proc.poll() is None else None, timeout=20)
        return app

    def frame(self, app, title="Tend"):
        return wait_for(lambda: find(app, "frame", title), timeout=10)

    def window_id(self, title="Tend"):
        ids = wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "^%s$" % title),
                       timeout=10)
        return ids.split()[0] if ids else None

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
        """Presses @key until the focus is on the control called @name; True when it got there."""
        for _ in range(presses):
            f = focused(frame)
            if f is not None and f.get_role_name() == role and f.get_name() == name:
                return True
            self.key(wid, key)
            wait_for(lambda: focused(frame) is not None, 1)
        f = focused(frame)
        return f is not None and f.get_role_name() == role and f.get_name() == name

    def resize(self, wid, width, height=720):
        """Sizes the window as a person would drag it, e.g. to a phone's 360 px."""
        xdotool("windowsize", wid, str(width), str(height))

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
