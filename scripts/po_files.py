"""Reading and writing gettext .po files, as scripts/admin_translation_msgids.py keeps them."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=lambda: [""])
    flags: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    obsolete: bool = False
    apps: list[str] = field(default_factory=list)

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def translated(self):
        return all(self.msgstr) and "fuzzy" not in self.flags


# --- reading and writing .po files -------------------------------------------------------------

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def unquote(text):
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise ValueError(f"not a quoted string: {text!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text[1:-1])


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def parse_po(path):
    """Return (header_text, entries) of a .po file; obsolete (#~) entries are marked as such."""
    entries = []
    header = None
    for block in re.split(r"\n\s*\n", Path(path).read_text(encoding="utf-8")):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        entry = Entry(msgid="")
        current = None  # (field, index)
        fields = {}
        for line in lines:
            if line.startswith("#~"):
                entry.obsolete = True
                line = line[2:].lstrip()
                if not line or line.startswith("#"):
                    continue
            if line.startswith("#:"):
                entry.references.extend(line[2:].split())
                continue
            if line.startswith("#,"):
                entry.flags.extend(flag.strip() for flag in line[2:].split(",") if flag.strip())
                continue
            if line.startswith("#."):
                entry.extracted.append(line[2:].strip())
                continue
            if line.startswith("#|"):
                continue
            if line.startswith("#"):
                entry.comments.append(line[1:].strip())
                continue
            if line.startswith('"'):
                fields[current] += unquote(line)
                continue
            keyword, _, rest = line.partition(" ")
            match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            current = ("msgstr", int(match.group(1))) if match else (keyword, 0)
            fields[current] = unquote(rest)
        if ("msgid", 0) not in fields:
            continue
        entry.msgid = fields[("msgid", 0)]
        entry.msgctxt = fields.get(("msgctxt", 0))
        entry.msgid_plural = fields.get(("msgid_plural", 0))
        count = max([index + 1 for (name, index) in fields if name == "msgstr"] or [1])
        entry.msgstr = [fields.get(("msgstr", index), "") for index in range(count)]
        if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
            header = entry.msgstr[0]
            continue
        entries.append(entry)
    return header, entries


def write_string(out, keyword, text, prefix=""):
    if "\n" in text[:-1]:
        out.append(f'{prefix}{keyword} ""')
        for part in re.findall(r"[^\n]*\n|[^\n]+$", text):
            out.append(prefix + quote(part))
    else:
        out.append(f"{prefix}{keyword} {quote(text)}")


def write_po(path, entries, header_fields):
    header_fields = dict(header_fields, **{"PO-Revision-Date": time.strftime("%Y-%m-%d %H:%M%z")})
    out = [
        "# Vietnamese translation of Wagtail's admin for the Vietnamese local-government portals.",
        "# Generated and updated by scripts/admin_translation_msgids.py; edit the msgstr lines only.",
        "#",
        'msgid ""',
        'msgstr ""',
    ]
    out.extend(quote(f"{name}: {value}\n") for name, value in header_fields.items())
    out.append("")
    for entry in entries:
        prefix = "#~ " if entry.obsolete else ""
        out.extend(f"# {comment}".rstrip() for comment in entry.comments)
        out.extend(f"#. {comment}" for comment in entry.extracted)
        if not entry.obsolete:
            out.extend(f"#: {ref}" for ref in entry.references)
        if entry.flags:
            out.append("#, " + ", ".join(entry.flags))
        if entry.msgctxt is not None:
            write_string(out, "msgctxt", entry.msgctxt, prefix)
        write_string(out, "msgid", entry.msgid, prefix)
        if entry.msgid_plural is not None:
            write_string(out, "msgid_plural", entry.msgid_plural, prefix)
            for index, text in enumerate(entry.msgstr):
                write_string(out, f"msgstr[{index}]", text, prefix)
        else:
            write_string(out, "msgstr", entry.msgstr[0], prefix)
        out.append("")
    text = "\n".join(out)
    path = Path(path)
    undated = re.compile(r'^"PO-Revision-Date: .*$', re.M)
    if path.exists() and undated.sub("", path.read_text(encoding="utf-8")) == undated.sub("", text):
        return  # nothing changed: keep the file (and its revision date) as it is
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def header_fields(header_text):
    fields = {}
    for line in (header_text or "").splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return fields
