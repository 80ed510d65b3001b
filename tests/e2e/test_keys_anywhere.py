#!/usr/bin/env python3
"""Keys work wherever the focus is, and typing never turns into commands (issue 20, item 1).

1. Keyboard Shortcuts (Ctrl+?) shows keys for every one of its actions, read through AT-SPI
   from what each shortcut shows, and they are the keys Tend answers to.
2. Alt+2 and Alt+1 take the focus into the section shown, not onto the header bar; Ctrl+N
   then opens a new entry, and it does so from the header bar's Hide Everything button and from
   Progress too.
3. A sentence typed while the focus sits on the header bar's buttons, in the Journal, is
   written into the editor, every letter of it, and opens nothing: no menu, no dialog, no
   popover, and not one setting changes (GSettings is kept in a key file here, read before and
   after). In Progress the same sentence does nothing at all. A space on its own still presses
   the focused button, so the check for an open menu is shown to catch one.
4. The same in German at 360 px, where issue 20 saw a sentence open the main menu, then
   Preferences through its mnemonics, then a drop-down: after Back the focus is in the list of
   entries, Ctrl+N opens a new entry, and a sentence typed on the header bar is written.

The words are German, capitals, spaces and marks, without umlauts: xdotool types a letter that
is not on the keyboard's map by mapping a key for it at that moment, and GTK now and then reads
that key before the new map, wherever the focus is.

With E2E_SHOT_DIR set, the window is saved after each typed sentence (E2E_SHOT_TAG names the
variant, e.g. for ADW_DEBUG_COLOR_SCHEME=prefer-dark).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import po_reader  # noqa: E402
from atspi_util import (GLib, children, find, focused, is_checked, shot, showing,  # noqa: E402
                        text_of, wait_for)
from tend_app import Checks, Tend  # noqa: E402

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "po")
TAG = os.environ.get("E2E_SHOT_TAG", "")

# Each shortcut's title in the Keyboard Shortcuts view and the keys it must show, as GTK
# spells them (GtkShortcutsWindow puts Shift first, AdwShortcutsDialog Ctrl).
SHORTCUTS = {
    "Ground now": ["Ctrl+G"],
    "My safety plan": ["Shift+Ctrl+P", "Ctrl+Shift+P"],
    "Keyboard shortcuts": ["Ctrl+?"],
    "Preferences": ["Ctrl+,"],
    "Quit": ["Ctrl+Q"],
    "Journal": ["Alt+1"],
    "Ground": ["Alt+2"],
    "Progress": ["Alt+3"],
    "New entry": ["Ctrl+N"],
    "Another prompt": ["Ctrl+R"],
    "Search entries": ["Ctrl+F"],
    "Go to a day": ["Ctrl+D"],
    "Hide everything on screen": ["Ctrl+H"],
    "Undo deleting an entry": ["Ctrl+Z"],
    "Stop here": ["Escape"],
}

# What a stray key could open: menus, popovers, dialogs, other windows.
OPENED_ROLES = {"menu", "popup menu", "dialog", "alert", "file chooser", "window"}


def leaf_labels(acc):
    """The names of the labels with nothing inside them under @acc, in order."""
    found, queue = [], [acc]
    while queue:
        node = queue.pop(0)
        try:
            kids = list(children(node))
            if not kids and node.get_role_name() == "label" and showing(node):
                found.append(node.get_name())
            queue[:0] = kids
        except GLib.Error:
            continue
    return found


def shortcut_keys(root, title):
    """The keys the shortcut called @title shows: the key caps beside its title, joined with
    "+", or None when the title is not there."""
    label = find(root, "label", title)
    if label is None:
        return None
    node = label
    for _ in range(6):
        node = node.get_parent()
        if node is None:
            return None
        caps = [n for n in leaf_labels(node) if n not in (title, "+")]
        if caps:
            return "+".join(caps)
    return ""


def shortcuts_root(app):
    """The Keyboard Shortcuts view: its own window (GTK's) or a dialog in Tend's (libadwaita's)."""
    label = find(app, "label", "Ground now")
    node = label
    while node is not None:
        parent = node.get_parent()
        if node.get_role_name() == "dialog" or parent is None or parent.get_role_name() == "application":
            return node
        node = parent
    return None


def opened(app):
    """Everything showing that a key could have opened, as "role 'name'" strings."""
    found, queue = [], [app]
    while queue:
        acc = queue.pop(0)
        try:
            if acc is app or showing(acc):
                if acc.get_role_name() in OPENED_ROLES:
                    found.append("%s %r" % (acc.get_role_name(), acc.get_name()))
                queue.extend(children(acc))
        except GLib.Error:
            continue
    return found


def extra_windows(app):
    """Showing top-level windows beside Tend's own."""
    return [w.get_name() for w in list(children(app))[1:] if showing(w)]


def focus_name(frame):
    f = focused(frame)
    return (f.get_role_name(), f.get_name()) if f is not None else None


def check_shortcuts(t, tend, app, wid):
    tend.key(wid, "ctrl+question")
    root = wait_for(lambda: shortcuts_root(app), 5)
    if not t.check(root is not None, "Ctrl+? opens Keyboard Shortcuts"):
        return
    shown = {title: wait_for(lambda: shortcut_keys(root, title), 2) for title in SHORTCUTS}
    missing = [title for title, keys in shown.items() if not keys]
    t.check(not missing, "every shortcut listed shows its keys (none missing: %s)" % missing)
    wrong = {title: keys for title, keys in shown.items()
             if keys and keys not in SHORTCUTS[title]}
    t.check(not wrong, "and they are the keys Tend answers to (wrong: %s)" % wrong)
    # GTK's shortcuts window is a window of its own, libadwaita's a dialog in Tend's.
    tend.key(tend.window_id(root.get_name()) if root.get_role_name() != "dialog" else wid,
             "Escape")
    t.check(wait_for(lambda: shortcuts_root(app) is None, 5), "Escape closes it")


def check_typing(t, tend, app, frame, wid, tr, where, sentence, expected):
    """Types @sentence while the focus is on the header bar's Main Menu button; the editor
    must then hold @expected (None: the sentence is to do nothing), nothing may open and no
    setting may change."""
    menu = tr("Main Menu")
    reached = tend.focus_on(wid, frame, "shift+Tab", "toggle button", menu, presses=12) or \
        tend.focus_on(wid, frame, "Tab", "toggle button", menu, presses=12)
    t.check(reached, "%s: the focus can be put on the header bar's %s button" % (where, menu))
    before = tend.settings()
    tend.type(wid, sentence)
    editor = find(frame, "text", tr("Journal entry"))
    if expected is not None:
        t.check(wait_for(lambda: editor is not None and text_of(editor) == expected, 5),
                "%s: every letter typed on the header bar is written in the editor (%r)"
                % (where, text_of(editor) if editor else None))
        t.check(wait_for(lambda: focus_name(frame) == ("text", tr("Journal entry")), 5),
                "%s: and the focus stays in the words" % where)
    else:
        wait_for(lambda: False, 1)
        t.check(focus_name(frame) == ("toggle button", menu),
                "%s: the typing did nothing, the focus is where it was" % where)
    t.check(not opened(app) and not extra_windows(app),
            "%s: no menu, popover or dialog opened (%s)" % (where, opened(app) + extra_windows(app)))
    t.check(tend.settings() == before, "%s: no setting changed" % where)
    t.check(find(frame, "button", tr("Show Again")) is None, "%s: nothing was hidden" % where)
    shot("keys-%s%s.png" % (where.replace(" ", "-"), TAG))


def run_wide(t):
    """English, at the window's own size."""
    tr = po_reader.translator(PO_DIR, "")
    tend = Tend(env={"GSETTINGS_BACKEND": "keyfile"})
    app = tend.start()
    frame = tend.frame(app) if app else None
    wid = tend.window_id()
    if not t.check(frame is not None and wid is not None, "Tend starts"):
        tend.stop()
        return

    check_shortcuts(t, tend, app, wid)

    editor = wait_for(lambda: find(frame, "text", "Journal entry"), 5)
    tend.type(wid, "First words")
    t.check(wait_for(lambda: editor is not None and text_of(editor) == "First words", 5),
            "typing writes today's entry")

    tend.key(wid, "alt+2")
    t.check(wait_for(lambda: find(frame, "label", "Ground Now"), 5) is not None,
            "Alt+2 shows Ground")
    f = wait_for(lambda: focused(frame), 2)
    t.check(f is not None and f.get_name() not in ("Hide Everything", "Main Menu"),
            "Alt+2 takes the focus into Ground, not to the header bar (%s)" % (focus_name(frame),))
    tend.key(wid, "alt+1")
    t.check(wait_for(lambda: focus_name(frame) == ("text", "Journal entry"), 5),
            "Alt+1 takes the focus back into the words (%s)" % (focus_name(frame),))
    tend.key(wid, "ctrl+n")
    t.check(wait_for(lambda: text_of(editor) == "", 5)
            and focus_name(frame) == ("text", "Journal entry"),
            "after Alt+2 then Alt+1, Ctrl+N opens a new entry, ready to write")

    tend.type(wid, "Second")
    t.check(tend.focus_on(wid, frame, "shift+Tab", "button", "Hide Everything", presses=12),
            "Shift+Tab reaches Hide Everything in the header bar")
    tend.key(wid, "ctrl+n")
    t.check(wait_for(lambda: text_of(editor) == "", 5),
            "Ctrl+N opens a new entry with the focus on the header bar")

    # Proof that the check for something opened can fail: a space on its own still presses the
    # focused button, here the main menu.
    t.check(tend.focus_on(wid, frame, "shift+Tab", "toggle button", "Main Menu", presses=12),
            "Shift+Tab reaches the Main Menu button")
    tend.key(wid, "space")
    t.check(wait_for(lambda: opened(app), 5), "a space on its own opens the focused menu")
    tend.key(wid, "Escape")
    t.check(wait_for(lambda: not opened(app), 5), "and Escape closes it")

    sentence = "Heute war es ruhig. Ich lerne, Grenzen zu setzen"
    check_typing(t, tend, app, frame, wid, tr, "journal", sentence, sentence)

    tend.key(wid, "alt+3")
    month = wait_for(lambda: find(frame, "toggle button", "30 Days"), 5)
    t.check(is_checked(month), "Alt+3 opens Progress on the last 30 days")
    f = wait_for(lambda: focused(frame), 2)
    t.check(f is not None and f.get_name() not in ("Hide Everything", "Main Menu"),
            "Alt+3 takes the focus into Progress (%s)" % (focus_name(frame),))
    check_typing(t, tend, app, frame, wid, tr, "progress", "Ich bin da und schaue nur", None)
    t.check(is_checked(month), "Progress still shows the last 30 days")

    tend.key(wid, "ctrl+n")
    t.check(wait_for(lambda: text_of(editor) == "" and focus_name(frame) == ("text", "Journal entry"), 5),
            "Ctrl+N from Progress opens a new entry in the Journal")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "Ctrl+Q quits")
    tend.stop()


def run_narrow_german(t):
    """German at 360 px, where issue 20 saw a sentence open the main menu and Preferences."""
    tr = po_reader.translator(PO_DIR, "de")
    tend = Tend(env={"GSETTINGS_BACKEND": "keyfile", "LANGUAGE": "de"})
    app = tend.start()
    frame = tend.frame(app, tr("Tend")) if app else None
    wid = tend.window_id(tr("Tend"))
    if not t.check(frame is not None and wid is not None, "[de, 360 px] Tend starts"):
        tend.stop()
        return
    tend.resize(wid, frame, 360, 720)
    entry = tr("Journal entry")
    editor = wait_for(lambda: find(frame, "text", entry), 5)
    tend.type(wid, "Erste Worte")
    t.check(wait_for(lambda: editor is not None and text_of(editor) == "Erste Worte", 5),
            "[de, 360 px] typing writes today's entry")

    # Back to the list (Alt+Left, as AdwNavigationSplitView's Back button does).
    tend.key(wid, "alt+Left")
    t.check(wait_for(lambda: find(frame, "text", entry) is None, 5),
            "[de, 360 px] Back shows the list of entries")
    t.check(wait_for(lambda: focus_name(frame) is not None
                     and focus_name(frame)[0] in ("list item", "list"), 5),
            "[de, 360 px] after Back the focus is in the list, not on the header bar (%s)"
            % (focus_name(frame),))
    tend.key(wid, "ctrl+n")
    editor = wait_for(lambda: find(frame, "text", entry), 5)
    t.check(editor is not None and text_of(editor) == "" and focus_name(frame) == ("text", entry),
            "[de, 360 px] Ctrl+N opens a new entry, ready to write")

    tend.key(wid, "alt+Left")
    wait_for(lambda: find(frame, "text", entry) is None, 5)
    sentence = "Heute Abend bin ich ruhiger. Mehr Pausen, weniger Druck"
    check_typing(t, tend, app, frame, wid, tr, "de 360 px", sentence, sentence)
    # Again, onto the words already there: they go on where they stopped.
    check_typing(t, tend, app, frame, wid, tr, "de 360 px again", "Und morgen Ruhe",
                 sentence + "Und morgen Ruhe")

    tend.key(wid, "ctrl+q")
    t.check(tend.wait_exit() == 0, "[de, 360 px] Ctrl+Q quits")
    tend.stop()


def main():
    """`test_keys_anywhere.py` runs 1 to 3; with `narrow`, 4 (two meson tests, each in time)."""
    t = Checks()
    if sys.argv[1:] == ["narrow"]:
        run_narrow_german(t)
    else:
        run_wide(t)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
