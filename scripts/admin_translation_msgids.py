#!/usr/bin/env python
"""Keep the project's Vietnamese catalogue of Wagtail's admin in step with Wagtail.

Wagtail ships only a small, partial Vietnamese translation. The project carries a full one in
locale/vi/LC_MESSAGES/django.po, which Django reads before Wagtail's own catalogues because
cms/settings/base.py lists ``BASE_DIR / "locale"`` in LOCALE_PATHS. The msgids come from the
English catalogues that Wagtail ships (locale/en/LC_MESSAGES/django.po of every Wagtail app in
INSTALLED_APPS; they list every msgid of that Wagtail version), plus the few msgids of Django,
taggit and django-filters that the admin shows and that their own Vietnamese catalogues lack
(see LIBRARY_CATALOGUES).

Run from the repository root with the project's virtualenv:

    .venv/bin/python scripts/admin_translation_msgids.py update
        Rebuild locale/vi/LC_MESSAGES/django.po from the installed Wagtail's msgids. Existing
        translations are kept; new msgids are added with an empty msgstr; msgids Wagtail no
        longer has are kept at the end of the file as obsolete (#~) entries, so a translation
        comes back if the msgid does. Run this after every Wagtail upgrade.

    .venv/bin/python scripts/admin_translation_msgids.py stats
        How many msgids there are and how many are translated, per source (Wagtail app, library).

    .venv/bin/python scripts/admin_translation_msgids.py untranslated [--limit N] [--app wagtail.images]
        Print the untranslated entries, one a line: ``ID<TAB>msgid``, with the context
        (``[ctx: ...]``), the plural (``|| plural: ...``) and the first source reference. Newlines
        are written as \\n.

    .venv/bin/python scripts/admin_translation_msgids.py apply FILE
        Merge translations written as ``ID<TAB>msgstr`` lines (same IDs and escapes as
        ``untranslated``; blank lines and lines starting with # are ignored) into the .po. A
        translation whose placeholders (%(name)s, %s, {name}, HTML tags) differ from the msgid's
        (the msgid_plural's for plural entries) is refused and reported. Vietnamese has one plural
        form, so a plural entry gets one msgstr[0], written with the plural's placeholders.

    .venv/bin/python scripts/admin_translation_msgids.py compile
        ``msgfmt --check`` the .po into locale/vi/LC_MESSAGES/django.mo (needs gettext:
        ``apt-get install gettext``). Commit both files.

Options before the command: ``--domain djangojs`` works on the admin's JavaScript strings
(locale/vi/LC_MESSAGES/djangojs.po, from Wagtail's djangojs catalogues) instead; ``--po PATH``
works on another file.

An empty msgstr is left out of the .mo, so Django falls back to Wagtail's own Vietnamese string
or to English for it.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

# Run as a script, this folder is on sys.path: the .po format lives beside it.
from po_files import Entry, header_fields, parse_po, write_po  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Set by main() from --domain / --po: "django" (Python and templates) or "djangojs" (the admin's
# JavaScript, served by Wagtail's JavaScript catalogue view, which also reads LOCALE_PATHS).
DOMAIN = "django"
TARGET = ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"
COMPILED = TARGET.with_suffix(".mo")

# The order of the .po file: the admin and core first, they are what editors see most.
PRIORITY = [
    "wagtail.admin",
    "wagtail",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.forms",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.search",
    "wagtail_modeladmin",
]

HEADER = {
    "Project-Id-Version": "cong-thong-tin (Wagtail admin, tiếng Việt)",
    "Report-Msgid-Bugs-To": "",
    "PO-Revision-Date": "",
    "Last-Translator": "cong-thong-tin",
    "Language-Team": "Vietnamese",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


# --- the catalogues msgids come from ----------------------------------------------------------

# The admin also shows strings of Django and of the libraries Wagtail builds on (validation
# messages, "3 days ago", tag fields, listing filters). Their own Vietnamese catalogues are mostly
# complete, so only the msgids those catalogues lack or leave untranslated are taken from them.
# (label, package holding locale/, language of the catalogue that lists the msgids, what its
# source references are relative to)
LIBRARY_CATALOGUES = [
    ("django", "django.conf", "en", "django/"),
    ("django.contrib.auth", "django.contrib.auth", "en", "django/"),
    ("django.contrib.contenttypes", "django.contrib.contenttypes", "en", "django/"),
    ("django.contrib.humanize", "django.contrib.humanize", "en", "django/"),
    ("taggit", "taggit", "en", ""),
    ("django_filters", "django_filters", "fr", "django_filters/"),  # no English catalogue: msgids only
]
# Libraries that are no installed app, so their own Vietnamese catalogue never loads and every msgid is
# taken (Wagtail's templates use humanize's naturaltime: "now", "2 hours ago").
NOT_INSTALLED_LIBRARIES = {"django.contrib.humanize"}
# Strings the admin never shows (Django's welcome page of an empty project, language names).
SKIPPED_REFERENCES = ("django/views/templates/default_urlconf.html", "django/conf/global_settings.py")


def installed_apps():
    sys.path.insert(0, str(ROOT))
    return importlib.import_module("cms.settings.base").INSTALLED_APPS


def app_dir(app):
    spec = importlib.util.find_spec(app)
    return Path(next(iter(spec.submodule_search_locations)))


def catalogue(package, language):
    return app_dir(package) / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def source_catalogues():
    """(reference prefix, English django.po, own Vietnamese django.po or None) of every source.

    Wagtail apps in INSTALLED_APPS come first (in PRIORITY order, all their msgids are taken),
    then LIBRARY_CATALOGUES (only what their own Vietnamese catalogue does not translate, except for
    NOT_INSTALLED_LIBRARIES).
    """
    apps = [app for app in installed_apps() if app.split(".")[0] in ("wagtail", "wagtail_modeladmin")]
    apps.sort(key=lambda app: PRIORITY.index(app) if app in PRIORITY else len(PRIORITY))
    found = [(reference_prefix(app), catalogue(app, "en"), None) for app in apps if catalogue(app, "en").exists()]
    for _label, package, language, prefix in LIBRARY_CATALOGUES if DOMAIN == "django" else []:
        if importlib.util.find_spec(package) and catalogue(package, language).exists():
            own = None if package in NOT_INSTALLED_LIBRARIES else catalogue(package, "vi")
            found.append((prefix, catalogue(package, language), own))
    return found


def reference_prefix(label):
    return label.replace(".", "/") + "/"


def translated_keys(path):
    if path is None or not path.exists():
        return set()
    return {e.key for e in parse_po(path)[1] if not e.obsolete and all(e.msgstr) and "fuzzy" not in e.flags}


def source_entries():
    merged = {}
    for prefix, path, own_vi in source_catalogues():
        already_translated = translated_keys(own_vi)
        for entry in parse_po(path)[1]:
            if entry.obsolete or entry.key in already_translated:
                continue
            refs = [prefix + ref for ref in entry.references]
            if refs and all(ref.startswith(SKIPPED_REFERENCES) for ref in refs):
                continue
            flags = [flag for flag in entry.flags if flag != "fuzzy"]
            existing = merged.get(entry.key)
            if existing is None:
                merged[entry.key] = Entry(
                    msgid=entry.msgid,
                    msgctxt=entry.msgctxt,
                    msgid_plural=entry.msgid_plural,
                    flags=flags,
                    references=refs,
                    extracted=entry.extracted,
                    apps=[prefix],
                )
                continue
            existing.references.extend(refs)
            existing.apps.append(prefix)
            existing.flags.extend(flag for flag in flags if flag not in existing.flags)
            if existing.msgid_plural is None and entry.msgid_plural is not None:
                # The same msgid is used both with and without a plural; a catalogue can only hold
                # one of them, and Django looks plural entries up by (msgid, form).
                existing.msgid_plural = entry.msgid_plural
    return list(merged.values())


SOURCE_LABELS = PRIORITY + [label for label, *_ in LIBRARY_CATALOGUES]


def sources_of(entry):
    """Which sources (Wagtail apps, libraries) an entry comes from, by its references."""
    found = set()
    for ref in entry.references:
        matches = [label for label in SOURCE_LABELS if ref.startswith(reference_prefix(label))]
        if matches:
            found.add(max(matches, key=len))  # wagtail/admin/... is wagtail.admin, not wagtail
    return found or {"?"}


# --- placeholders ------------------------------------------------------------------------------

PLACEHOLDER = re.compile(
    r"%\([^)]+\)[#0\- +]*\d*(?:\.\d+)?[a-zA-Z]"  # %(name)s
    r"|%[#0\- +]*\d*(?:\.\d+)?[sdifrxXeEgGc%]"  # %s, %d, %%
    r"|\{[A-Za-z_][\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}|\{\}"  # {name}, {}
    r"|</?[a-zA-Z][^>]*>"  # HTML tags
)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def placeholder_problem(entry, msgstr):
    source = entry.msgid_plural if entry.msgid_plural is not None else entry.msgid
    expected, found = placeholders(source), placeholders(msgstr)
    if expected == found:
        return None
    return f"placeholders {expected} expected, got {found}"


def escape_line(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape_line(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), "\\" + m.group(1)), text)


# --- commands ----------------------------------------------------------------------------------


def load_target():
    if not TARGET.exists():
        return HEADER.copy(), []
    header, entries = parse_po(TARGET)
    fields = HEADER.copy()
    fields.update({k: v for k, v in header_fields(header).items() if k not in ("Plural-Forms", "Language")})
    return fields, entries


def command_update(args):
    fields, old_entries = load_target()
    old = {entry.key: entry for entry in old_entries}
    new_entries = source_entries()
    added = kept = 0
    for entry in new_entries:
        previous = old.pop(entry.key, None)
        if previous is None:
            added += 1
            continue
        kept += 1
        entry.msgstr = previous.msgstr[:1]
        entry.comments = previous.comments
        if "fuzzy" in previous.flags:
            entry.flags.append("fuzzy")
        if (previous.msgid_plural or "") != (entry.msgid_plural or "") and entry.msgstr[0]:
            entry.flags.append("fuzzy")
    obsolete = []
    for entry in old.values():
        if any(entry.msgstr):
            entry.obsolete = True
            entry.references = []
            obsolete.append(entry)
    write_po(TARGET, new_entries + obsolete, fields)
    print(
        f"{TARGET}: {len(new_entries)} msgids ({kept} already there, {added} new), "
        f"{len(obsolete)} obsolete translations kept as #~"
    )


def command_stats(args):
    _, entries = load_target()
    live = [entry for entry in entries if not entry.obsolete]
    per_app = {}
    for entry in live:
        for app in sources_of(entry):
            done, total = per_app.get(app, (0, 0))
            per_app[app] = (done + entry.translated, total + 1)
    translated = sum(entry.translated for entry in live)
    fuzzy = sum("fuzzy" in entry.flags for entry in live)
    print(f"{len(live)} msgids, {translated} translated, {fuzzy} fuzzy, {len(live) - translated} untranslated")
    for app in sorted(per_app, key=lambda app: SOURCE_LABELS.index(app) if app in SOURCE_LABELS else 99):
        done, total = per_app[app]
        print(f"  {app:28} {done:5}/{total}")


def command_untranslated(args):
    _, entries = load_target()
    shown = 0
    for index, entry in enumerate(entries):
        if entry.obsolete or entry.translated:
            continue
        if args.app and args.app not in sources_of(entry):
            continue
        line = f"{index}\t"
        if entry.msgctxt is not None:
            line += f"[ctx: {escape_line(entry.msgctxt)}] "
        line += escape_line(entry.msgid)
        if entry.msgid_plural is not None:
            line += f"  || plural: {escape_line(entry.msgid_plural)}"
        if entry.extracted:
            line += "  #. " + " ".join(entry.extracted)
        if entry.references:
            line += f"  @{entry.references[0]}"
        print(line)
        shown += 1
        if args.limit and shown >= args.limit:
            break


def command_apply(args):
    fields, entries = load_target()
    applied, refused = 0, []
    for number, raw in enumerate(Path(args.file).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        index_text, sep, text = raw.partition("\t")
        if not sep or not index_text.strip().isdigit():
            refused.append(f"line {number}: not ID<TAB>msgstr: {raw!r}")
            continue
        index = int(index_text)
        if index >= len(entries) or entries[index].obsolete:
            refused.append(f"line {number}: no entry {index}")
            continue
        entry = entries[index]
        msgstr = unescape_line(text.strip())
        # Leading and trailing spaces of a msgid are layout (e.g. "Status: "): keep them.
        source = entry.msgid_plural if entry.msgid_plural is not None else entry.msgid
        msgstr = source[: len(source) - len(source.lstrip(" "))] + msgstr.strip(" ")
        msgstr += source[len(source.rstrip(" ")) :]
        problem = placeholder_problem(entry, msgstr)
        if problem and not args.force:
            refused.append(f"line {number} (#{index} {entry.msgid[:60]!r}): {problem}")
            continue
        entry.msgstr = [msgstr]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        applied += 1
    write_po(TARGET, entries, fields)
    print(f"{applied} translations applied")
    for message in refused:
        print("REFUSED", message)
    return 1 if refused else 0


def command_compile(args):
    return subprocess.call(["msgfmt", "--check", "--statistics", "-o", str(COMPILED), str(TARGET)])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--domain", choices=["django", "djangojs"], default="django")
    parser.add_argument("--po", type=Path, help="the .po to work on (default locale/vi/LC_MESSAGES/DOMAIN.po)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update").set_defaults(run=command_update)
    sub.add_parser("stats").set_defaults(run=command_stats)
    untranslated = sub.add_parser("untranslated")
    untranslated.add_argument("--limit", type=int, default=0)
    untranslated.add_argument("--app", default="")
    untranslated.set_defaults(run=command_untranslated)
    apply = sub.add_parser("apply")
    apply.add_argument("file")
    apply.add_argument("--force", action="store_true", help="apply even if the placeholders differ")
    apply.set_defaults(run=command_apply)
    sub.add_parser("compile").set_defaults(run=command_compile)
    args = parser.parse_args(argv)
    global DOMAIN, TARGET, COMPILED
    DOMAIN = args.domain
    TARGET = (args.po or ROOT / "locale" / "vi" / "LC_MESSAGES" / f"{DOMAIN}.po").resolve()
    COMPILED = TARGET.with_suffix(".mo")
    return args.run(args) or 0


if __name__ == "__main__":
    sys.exit(main())
