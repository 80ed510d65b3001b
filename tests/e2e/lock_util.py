"""What the tests of a journal protected with a passphrase share: the words of the unlock page
and of the protect dialog in the person's language (E2E_LANG), finding the unlock page's field,
turning protection on by keyboard, and looking for the journal's words where they must not be:
in the accessible tree of a locked window, or in any file on disk."""
import gettext
import hashlib
import os
import re

import po_reader
from atspi_util import Atspi, find, find_field, focused, is_checked, text_of, wait_for

LANG = os.environ.get("E2E_LANG", "")
_tr = po_reader.translator(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                        "po"), LANG)


def tr(msgid, ctxt=None):
    """@msgid as Tend shows it in E2E_LANG, without its mnemonic's underline."""
    return _tr(msgid, ctxt).replace("_", "")


LOCKED = tr("Your Journal Is Locked")
FIELD = tr("Passphrase or Recovery Code")
EDITOR = tr("Journal entry")
WRONG = tr("This is not the passphrase or the recovery code of this journal. Nothing was "
           "changed. Please check it and try again.")
PROTECT = tr("Protect _With a Passphrase")
FIRST_FIELD = tr("Passphrase")
AGAIN_FIELD = tr("Passphrase Again")
KEPT = tr("I have _kept the recovery code somewhere safe")
PROTECT_BUTTON = tr("Protect _Journal")
BUSY = tr("Protecting your journal…")
DONE = tr("Your journal is protected")
CODE = re.compile(r"^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$")


def tr_adw(msgid):
    """@msgid as libadwaita says it in E2E_LANG."""
    lang = os.environ.get("E2E_LANG")
    return gettext.translation("libadwaita", languages=[lang] if lang else ["en"],
                               fallback=True).gettext(msgid)


def recovery_code(frame):
    """The code the dialog shows: a label whose words are the code itself."""
    queue = [frame]
    while queue:
        acc = queue.pop(0)
        try:
            if acc.get_role_name() == "label" and CODE.match(acc.get_name() or ""):
                return acc.get_name()
            queue.extend(acc.get_child_at_index(i) for i in range(acc.get_child_count()))
        except Exception:  # an object that went away while walking
            continue
    return None


def focused_name(frame):
    f = focused(frame)
    return f.get_name() if f is not None else None


def journal_dir(home):
    return os.path.join(home, "data", "tend", "journal")


def files_digest(home):
    """Every file of the journal folder and its bytes, as one checksum."""
    digest = hashlib.sha256()
    for root, _dirs, files in sorted(os.walk(journal_dir(home))):
        for name in sorted(files):
            path = os.path.join(root, name)
            digest.update(path.encode())
            with open(path, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()


def files_holding(folder, words):
    """Every file under @folder, at any depth and whatever its name (temporary files too), whose
    bytes hold @words."""
    found = []
    needle = words.encode("utf-8")
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as f:
                    if needle in f.read():
                        found.append(os.path.relpath(path, folder))
            except OSError:  # a file that went away while walking
                continue
    return found


def anything_of_journal(frame, words):
    """What of the journal is in the accessible tree, showing or not: @words anywhere, or the
    names of the journal's sections and search."""
    found = []
    queue = [frame]
    giveaways = {tr("Journal", None), tr("Progress"), tr("Search Entries"), tr("Entries")}
    while queue:
        acc = queue.pop(0)
        try:
            name = acc.get_name() or ""
            role = acc.get_role_name()
            text = text_of(acc) if role in ("text", "label") and acc.get_name() is not None else ""
            if words in name or words in text or \
                    (role in ("page tab", "toggle button", "button") and name in giveaways):
                found.append((role, name))
            queue.extend(acc.get_child_at_index(i) for i in range(acc.get_child_count()))
        except Exception:  # an object that went away while walking
            continue
    return found


def on_unlock_page(frame):
    return find(frame, "label", LOCKED) is not None


def passphrase_field(frame):
    """The unlock page's field, by its name (see find_field); or, whatever its role, the control
    with the focus when it carries the field's name."""
    field = find_field(frame, FIELD)
    if field is not None:
        return field
    f = focused(frame)
    return f if f is not None and f.get_name() == FIELD else None


def focus_in_field(frame):
    """True when the keyboard focus is in the unlock page's field."""
    f = focused(frame)
    return f is not None and f.get_name() == FIELD


def turn_protection_on(t, tend, frame, wid, passphrase):
    """Protection turned on as a person does with the keyboard alone: Ctrl+comma, Tab to the
    switch, Space; @passphrase, Tab, Tab, @passphrase, Return; the recovery code read out; Tab
    to "I have kept…", Space, Tab to Protect Journal, Return; Escape. Pictures of each page with
    E2E_SHOT_DIR. Returns the recovery code."""
    tend.key(wid, "ctrl+comma")
    # At 360 px the focus has been seen on Breathing Pace rather than the first switch; Tab
    # goes on from wherever it is in Preferences.
    t.check(wait_for(lambda: find(frame, None, PROTECT) is not None
                     and focused_name(frame) not in (None, EDITOR), 5),
            "Ctrl+comma opens Preferences, with the focus in it (on %r)" % focused_name(frame))
    t.check(tend.focus_on(wid, frame, "Tab", None, PROTECT, presses=30),
            "Tab reaches %r" % PROTECT)
    tend.shot(wid, frame, "protect-preferences")
    tend.key(wid, "space")
    t.check(wait_for(lambda: focused_name(frame) == FIRST_FIELD, 5),
            "Space turns it on: the dialog asks for a passphrase, the focus in its field")
    tend.type(wid, passphrase)
    # libadwaita's button that shows the passphrase comes between the fields, as in every
    # GNOME app: reachable by a keyboard, and called by its name.
    tend.key(wid, "Tab")
    t.check(wait_for(lambda: focused_name(frame) == tr_adw("Show Password"), 5),
            "Tab goes to the button that shows the passphrase (now at %r)"
            % focused_name(frame))
    tend.key(wid, "Tab")
    t.check(wait_for(lambda: focused_name(frame) == AGAIN_FIELD, 5),
            "Tab again goes to the second field (now at %r)" % focused_name(frame))
    tend.type(wid, passphrase)
    again = find_field(frame, AGAIN_FIELD)
    t.check(again is not None and len(text_of(again)) == len(passphrase),
            "the passphrase is typed twice")
    tend.shot(wid, frame, "protect-passphrase")
    tend.key(wid, "Return")

    code = wait_for(lambda: recovery_code(frame), 5)
    t.check(code is not None, "Return shows the recovery code (%r), read out by its name" % code)
    tend.shot(wid, frame, "protect-code")
    button = find(frame, "button", PROTECT_BUTTON)
    t.check(button is not None
            and not button.get_state_set().contains(Atspi.StateType.SENSITIVE),
            "Protect Journal waits for the code to be kept")
    t.check(tend.focus_on(wid, frame, "Tab", "check box", KEPT, presses=6),
            "Tab reaches %r" % KEPT)
    tend.key(wid, "space")
    t.check(wait_for(lambda: is_checked(find(frame, "check box", KEPT)), 5), "Space ticks it")
    t.check(tend.focus_on(wid, frame, "Tab", "button", PROTECT_BUTTON, presses=4),
            "Tab reaches Protect Journal")
    tend.shot(wid, frame, "protect-code-kept")
    tend.key(wid, "Return")
    if wait_for(lambda: find(frame, "label", BUSY), 2) is not None:
        tend.shot(wid, frame, "protect-working")
    t.check(wait_for(lambda: find(frame, "label", DONE), 30) is not None,
            "Return protects the journal; Preferences says %r" % DONE)
    t.check(wait_for(lambda: find(frame, "button", PROTECT_BUTTON) is None, 5),
            "and the dialog has closed itself")
    t.check(is_checked(find(frame, None, PROTECT)), "the switch is on")
    tend.shot(wid, frame, "protect-done")
    # libadwaita's toast takes the first Escape, to go away; the next closes Preferences.
    for _ in range(2):
        tend.key(wid, "Escape")
        if wait_for(lambda: find(frame, None, PROTECT) is None, 2):
            break
    t.check(find(frame, None, PROTECT) is None, "Escape closes Preferences")
    return code
