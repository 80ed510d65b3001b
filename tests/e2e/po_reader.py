"""Read a .po catalogue into {msgid: (msgstr, references)}, for tests that check translations."""
import json
import os
import re


def _unquote(s):
    return json.loads(s)


def read(path):
    """Returns {(msgctxt, msgid): {"msgstr": str or [plural forms], "refs": [file, ...],
    "notes": the translator comments}}."""
    entries, cur, key, refs, notes = {}, {}, None, [], []

    def flush():
        nonlocal cur, refs, notes
        if "msgid" in cur and cur["msgid"]:
            if "msgid_plural" in cur:
                forms = [cur[k] for k in sorted(k for k in cur if k.startswith("msgstr["))]
                value = forms
            else:
                value = cur.get("msgstr", "")
            entries[(cur.get("msgctxt"), cur["msgid"])] = {"msgstr": value, "refs": refs,
                                                           "notes": " ".join(notes)}
        cur, refs, notes = {}, [], []

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            flush()
            key = None
            continue
        if line.startswith("#:"):
            refs += [r.rsplit(":", 1)[0] for r in line[2:].split()]
            continue
        if line.startswith("#."):
            notes.append(line[2:].strip())
            continue
        if line.startswith("#"):
            continue
        m = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) (".*")$', line)
        if m:
            key = m.group(1)
            cur[key] = _unquote(m.group(2))
        elif line.startswith('"') and key:
            cur[key] += _unquote(line)
    flush()
    return entries


def from_file(entries, source, note=""):
    """The translations of every message from @source (a path in the tree) whose translator
    comment mentions @note."""
    return {k[1]: v["msgstr"] for k, v in entries.items()
            if source in v["refs"] and note in v["notes"]}


def translator(po_dir, lang):
    """A function giving a msgid (with its msgctxt, if any) as Tend shows it in @lang: the
    catalogue's translation, or the msgid itself for English ("") or an untranslated one."""
    entries = read(os.path.join(po_dir, lang + ".po")) if lang else {}

    def tr(msgid, ctxt=None):
        entry = entries.get((ctxt, msgid))
        return entry["msgstr"] if entry and entry["msgstr"] else msgid
    return tr
