"""What the tests of a journal protected with a passphrase share: the unlock page's words in the
person's language (E2E_LANG), finding its field, and looking for the journal's words where they
must not be: in the accessible tree of a locked window, or in any file on disk."""
import hashlib
import os

import po_reader
from atspi_util import find, find_field, focused, text_of

LANG = os.environ.get("E2E_LANG", "")
_tr = po_reader.translator(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                        "po"), LANG)


def tr(msgid, ctxt=None):
    """@msgid as Tend shows it in E2E_LANG, without its mnemonic's underline."""
    return _tr(msgid, ctxt).replace("_", "")


LOCKED = tr("Your Journal Is Locked")
FIELD = tr("Passphrase or Recovery Code")
WRONG = tr("This is not the passphrase or the recovery code of this journal. Nothing was "
           "changed. Please check it and try again.")


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
