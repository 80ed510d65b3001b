#!/usr/bin/env python3
"""The daily reminder, end to end: at its time the real Tend sends one notification that shows
nothing from the journal, and clicking it opens the Journal on a fresh page for today.

A small notification server stands in for the desktop's on the test's private session bus and
records what Tend sends. The reminder is switched on for the coming minute through a keyfile
settings backend, as if the person had done it in Preferences the day before; Tend is left on
Progress, and the server then reports the notification as clicked.
"""
import datetime
import json
import os
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspi_util import GLib, find, pump, wait_for  # noqa: E402
from tend_app import Checks, Tend  # noqa: E402
from gi.repository import Gio  # noqa: E402

SECRET = "Words only I should ever see"
IFACE = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
</node>
"""


class NotificationServer:
    """Owns org.freedesktop.Notifications and keeps every Notify call."""

    def __init__(self):
        self.bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        self.calls = []
        node = Gio.DBusNodeInfo.new_for_xml(IFACE)
        self.bus.register_object("/org/freedesktop/Notifications", node.interfaces[0],
                                 self._on_call, None, None)
        self.owned = False
        Gio.bus_own_name_on_connection(self.bus, "org.freedesktop.Notifications",
                                       Gio.BusNameOwnerFlags.NONE,
                                       lambda *a: setattr(self, "owned", True), None)

    def _on_call(self, conn, sender, path, iface, method, params, invocation):
        if method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
        elif method == "GetServerInformation":
            invocation.return_value(GLib.Variant("(ssss)", ("fake", "tend-tests", "1", "1.2")))
        elif method == "Notify":
            app, _replaces, _icon, summary, body, actions, _hints, _timeout = params.unpack()
            self.calls.append({"app": app, "summary": summary, "body": body,
                               "actions": actions, "id": len(self.calls) + 1})
            invocation.return_value(GLib.Variant("(u)", (len(self.calls),)))
        else:
            invocation.return_value(None)

    def click(self, call):
        self.bus.emit_signal(None, "/org/freedesktop/Notifications",
                             "org.freedesktop.Notifications", "ActionInvoked",
                             GLib.Variant("(us)", (call["id"], "default")))


def seed(home, words):
    """Yesterday's entry, so that Tend has something private to keep out of the notification."""
    folder = os.path.join(home, "data", "tend", "journal")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    day = datetime.date.today() - datetime.timedelta(days=1)
    stamp = day.strftime("%Y-%m-%dT20:00:00+00:00")
    month = {"format": "tend-journal", "version": 1, "month": day.strftime("%Y-%m"),
             "entries": [{"id": str(uuid.uuid4()), "created": stamp, "updated": stamp,
                          "day": day.isoformat(), "text": words, "tags": []}],
             "grounding": []}
    with open(os.path.join(folder, day.strftime("%Y-%m.json")), "w", encoding="utf-8") as f:
        json.dump(month, f)


def settings_for(home, minutes):
    folder = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "keyfile"), "w", encoding="utf-8") as f:
        f.write("[io/github/tendapp/Tend]\nreminder-enabled=true\nreminder-time=%d\n" % minutes)


def main():
    t = Checks()
    now = datetime.datetime.now()
    if now.hour == 23 and now.minute >= 58:
        time.sleep(150)  # the coming minute would be tomorrow's: wait for the new day
        now = datetime.datetime.now()
    minutes = now.hour * 60 + now.minute + 1

    server = NotificationServer()
    t.check(wait_for(lambda: server.owned, 5), "a notification server is on the session bus")

    tend = Tend(env={"GSETTINGS_BACKEND": "keyfile"})
    seed(tend.home, SECRET)
    settings_for(tend.home, minutes)
    app = tend.start()
    frame = tend.frame(app) if app else None
    wid = tend.window_id()
    if not t.check(frame is not None and wid is not None, "Tend starts"):
        tend.stop()
        return t.finish()

    tend.key(wid, "alt+3")
    t.check(wait_for(lambda: find(frame, "toggle button", "30 Days"), 5) is not None,
            "Tend shows Progress while the minute passes")

    t.check(wait_for(lambda: server.calls, 100) != [], "the reminder comes at its time")
    pump(3)
    t.check(len(server.calls) == 1, "exactly once (%d notifications)" % len(server.calls))
    if server.calls:
        call = server.calls[0]
        t.check(call["summary"] == "A moment for yourself", "with its gentle title")
        t.check(SECRET not in call["summary"] + call["body"]
                and "Words" not in call["summary"] + call["body"],
                "and nothing from the journal in it")
        t.check("default" in call["actions"], "clicking it is an action")
        server.click(call)
        editor = wait_for(lambda: find(frame, "text", "Journal entry"), 10)
        t.check(editor is not None, "clicking it opens the Journal")
        prompt = wait_for(lambda: find(frame, "button", "Another Prompt"), 5)
        t.check(prompt is not None, "on a fresh page for today")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() is not None, "Ctrl+Q quits")
    tend.stop()
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
