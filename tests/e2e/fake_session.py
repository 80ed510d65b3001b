#!/usr/bin/env python3
"""A stand-in for GNOME's session on the tests' session bus, for GtkApplication:screensaver-active.

GTK follows the session in one of two ways, chosen once as the application starts:
- GTK 4.18, outside a sandbox, when org.gnome.SessionManager is owned: it registers with it and
  follows org.gnome.ScreenSaver's ActiveChanged signal (that name must be owned too);
- otherwise (no session manager; inside the Flatpak; always from GTK 4.20 on) the Inhibit
  portal, org.freedesktop.portal.Desktop: GTK asks it for a monitor (CreateMonitor) and reads
  "screensaver-active" from its StateChanged signal, which the portal sends to it alone.

Run it as a program (FakeSession does), with "gnome" to own GNOME's two names or "portal" to own
the portal's; it prints "ready" once they are its own. Each line on its standard input is then
a command: "active" or "inactive" sends the signal with that value and prints "sent". It ends
when its standard input closes.
"""
import os
import subprocess
import sys

import gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

SESSION_XML = """
<node>
  <interface name="org.gnome.SessionManager">
    <method name="RegisterClient">
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="o" direction="out"/>
    </method>
    <method name="UnregisterClient"><arg type="o" direction="in"/></method>
    <method name="Inhibit">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="Uninhibit"><arg type="u" direction="in"/></method>
    <method name="IsInhibited">
      <arg type="u" direction="in"/><arg type="b" direction="out"/>
    </method>
  </interface>
</node>
"""

CLIENT_XML = """
<node>
  <interface name="org.gnome.SessionManager.ClientPrivate">
    <method name="EndSessionResponse">
      <arg type="b" direction="in"/><arg type="s" direction="in"/>
    </method>
    <signal name="QueryEndSession"><arg type="u"/></signal>
    <signal name="EndSession"><arg type="u"/></signal>
    <signal name="CancelEndSession"/>
    <signal name="Stop"/>
  </interface>
</node>
"""

SCREENSAVER_XML = """
<node>
  <interface name="org.gnome.ScreenSaver">
    <method name="GetActive"><arg type="b" direction="out"/></method>
    <method name="SetActive"><arg type="b" direction="in"/></method>
    <method name="Lock"/>
    <signal name="ActiveChanged"><arg type="b"/></signal>
  </interface>
</node>
"""

PORTAL_XML = """
<node>
  <interface name="org.freedesktop.portal.Inhibit">
    <method name="Inhibit">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="o" direction="out"/>
    </method>
    <method name="CreateMonitor">
      <arg type="s" direction="in"/><arg type="a{sv}" direction="in"/>
      <arg type="o" direction="out"/>
    </method>
    <method name="QueryEndResponse"><arg type="o" direction="in"/></method>
    <signal name="StateChanged"><arg type="o"/><arg type="a{sv}"/></signal>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""

CLIENT_PATH = "/org/gnome/SessionManager/Client1"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
NAMES = {"gnome": ("org.gnome.SessionManager", "org.gnome.ScreenSaver"),
         "portal": ("org.freedesktop.portal.Desktop",)}


class _Service:
    def __init__(self, bus):
        self.bus = bus
        self.active = False
        self.cookies = 0
        # (caller, session handle) of each portal monitor: the portal's signal goes to each.
        self.monitors = []
        for xml, path in ((SESSION_XML, "/org/gnome/SessionManager"),
                          (CLIENT_XML, CLIENT_PATH),
                          (SCREENSAVER_XML, "/org/gnome/ScreenSaver"),
                          (PORTAL_XML, PORTAL_PATH)):
            info = Gio.DBusNodeInfo.new_for_xml(xml).interfaces[0]
            bus.register_object(path, info, self._call, self._get_property, None)

    def _get_property(self, bus, sender, path, interface, name):
        return GLib.Variant("u", 3) if name == "version" else None

    def _call(self, bus, sender, path, interface, method, params, invocation):
        reply = None
        if method == "RegisterClient":
            reply = GLib.Variant("(o)", (CLIENT_PATH,))
        elif method == "Inhibit":
            self.cookies += 1
            reply = GLib.Variant("(u)", (self.cookies,))
        elif method == "IsInhibited":
            reply = GLib.Variant("(b)", (False,))
        elif method == "GetActive":
            reply = GLib.Variant("(b)", (self.active,))
        elif method == "SetActive":
            self._set_active(params.unpack()[0])
        elif method in ("CreateMonitor", "Inhibit") and interface.endswith("portal.Inhibit"):
            options = params.unpack()[-1]
            caller = sender.lstrip(":").replace(".", "_")
            token = options.get("session_handle_token") or options.get("handle_token") or "t"
            if method == "CreateMonitor":
                session = "%s/session/%s/%s" % (PORTAL_PATH, caller, token)
                self.monitors.append((sender, session))
            reply = GLib.Variant("(o)", ("%s/request/%s/%s" % (PORTAL_PATH, caller, token),))
        invocation.return_value(reply)

    def _set_active(self, active):
        self.active = active
        self.bus.emit_signal(None, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
                             "ActiveChanged", GLib.Variant("(b)", (active,)))
        state = {"screensaver-active": GLib.Variant("b", active),
                 "session-state": GLib.Variant("u", 1)}  # running
        for caller, session in self.monitors:
            self.bus.emit_signal(caller, PORTAL_PATH, "org.freedesktop.portal.Inhibit",
                                 "StateChanged", GLib.Variant("(oa{sv})", (session, state)))
        self.bus.flush_sync(None)

    def command(self, line):
        if line in ("active", "inactive"):
            self._set_active(line == "active")
            print("sent", flush=True)


def _serve(way):
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    service = _Service(bus)
    loop = GLib.MainLoop()
    for name in NAMES[way]:
        reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                              "org.freedesktop.DBus", "RequestName",
                              GLib.Variant("(su)", (name, 4)),  # DBUS_NAME_FLAG_DO_NOT_QUEUE
                              GLib.VariantType("(u)"), Gio.DBusCallFlags.NONE, -1, None)
        if reply.unpack()[0] != 1:  # not the primary owner
            print("could not own %s" % name, flush=True)
            return 1
    print("ready", flush=True)

    def on_input(channel, condition):
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        service.command(line.strip())
        return True

    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()),
                      GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                      on_input)
    loop.run()
    return 0


class FakeSession:
    """The stand-in, running in a process of its own: GTK asks it for things while the test
    waits on Tend, and it answers whatever the test is doing."""

    def __init__(self, way):
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), way],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.ready = self.proc.stdout.readline().strip() == "ready"

    def set_screensaver_active(self, active):
        """Says, as GNOME Shell does, that the screen locked (or unlocked)."""
        self.proc.stdin.write("active\n" if active else "inactive\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip() == "sent"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1]))
