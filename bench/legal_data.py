"""Generated legal documents for the search benchmark, written as CSV files for `import_legal_docs`.

Each portal gets the documents a Vietnamese district or commune really publishes: decisions on
poor households, land recovery and compensation, administrative fines, plans, notices, reports,
official letters, directives and council resolutions, numbered per year and per kind in date
order (`1234/QĐ-UBND`, `45/KH-UBND`, `12/NQ-HĐND`, district normative decisions `7/2019/QĐ-UBND`),
plus the national laws, decrees and circulars it reposts under their real numbers and titles
(`42/2022/NĐ-CP`, `31/2024/QH15`, …). Local letters and plans cite those decrees, as they do in
real life, so a number search finds both the decree and what implements it. Everything is drawn
from a seeded random generator: the same arguments give the same files.
"""

import csv
import datetime
import random

from bench.legal_vocabulary import (
    CITED,
    COMPANIES,
    FAMILY,
    FESTIVALS,
    GIVEN_MEN,
    GIVEN_WOMEN,
    HALVES,
    KINDS,
    MIDDLE_MEN,
    MIDDLE_WOMEN,
    NATIONAL,
    PLACES,
    PROCEDURE_FIELDS,
    PROJECTS,
    TET,
)
from legal_docs.importing.documents import COLUMNS

HEADER = COLUMNS  # the column order issue 4 fixes
FIRST_DAY = datetime.date(2010, 1, 4)
LAST_DAY = datetime.date(2026, 11, 20)

SHORT_BODIES = {"Hội đồng nhân dân": "HĐND", "Ủy ban nhân dân": "UBND"}
SIGNERS_PER_TERM = 3
NATIONAL_SHARE = 0.8  # each national document is reposted by about this share of the portals


def person(rng):
    if rng.random() < 0.6:
        return f"ông {rng.choice(FAMILY)} {rng.choice(MIDDLE_MEN)} {rng.choice(GIVEN_MEN)}"
    return f"bà {rng.choice(FAMILY)} {rng.choice(MIDDLE_WOMEN)} {rng.choice(GIVEN_WOMEN)}"


def short_date(value):
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def cite(entry):
    number, doc_type, body, issued = entry[0], entry[1], entry[2], datetime.date.fromisoformat(entry[3])
    title = entry[8]
    if doc_type == "Luật":
        return f"{title} số {number}"
    return f"{doc_type} số {number} ngày {short_date(issued)} của {body} {title[0].lower()}{title[1:]}"


def date_cell(value, rng):
    """Dates written as both accepted formats, as spreadsheets from different offices do."""
    if value is None:
        return ""
    return value.isoformat() if rng.random() < 0.7 else short_date(value)


class SiteDocuments:
    """The documents of one portal, in issue order."""

    def __init__(self, unit_name, slug, count, seed, district):
        self.rng = random.Random(seed)
        self.unit = unit_name[0].lower() + unit_name[1:]  # “Xã Tân Hà” → “xã Tân Hà”
        self.slug = slug
        self.count = count
        rng = self.rng
        # The chairman and vice-chairmen who sign, changing with each five-year term.
        terms = (LAST_DAY.year - FIRST_DAY.year) // 5 + 1
        self.signers = [[person(rng).split(" ", 1)[1] for _ in range(SIGNERS_PER_TERM)] for _ in range(terms)]
        # Some offices write “UBND xã …”, others “Ủy ban nhân dân xã …”, each always the same way.
        self.abbreviates = rng.random() < 0.5
        self.places = rng.sample(PLACES, 6)
        self.kinds = [kind for kind in KINDS if district or not kind.district_only]
        self.weights = [kind.weight for kind in self.kinds]

    def rows(self):
        rng = self.rng
        national = [entry for entry in NATIONAL if rng.random() < NATIONAL_SHARE][: self.count // 10]
        local_count = self.count - len(national)
        span = (LAST_DAY - FIRST_DAY).days
        dates = sorted(FIRST_DAY + datetime.timedelta(days=rng.randrange(span + 1)) for _ in range(local_count))
        counters = {}
        rows = [self.local_row(issued, counters) for issued in dates]
        rows += [self.national_row(entry) for entry in national]
        rows.sort(key=lambda row: row["_issued"])
        for number, row in enumerate(rows, start=1):
            row["external_id"] = f"{self.slug}-vb-{number:05d}"
            yield [row.get(name, "") for name in HEADER]

    def local_row(self, issued, counters):
        rng = self.rng
        kind = rng.choices(self.kinds, self.weights)[0]
        fields, template = rng.choice(kind.summaries)
        values = self.slot_values(issued)
        if "{cited" in template or "{cited" in fields:
            older = [entry for entry in CITED if datetime.date.fromisoformat(entry[3]) < issued]
            if not older:
                kind, (fields, template) = KINDS[0], KINDS[0].summaries[0]
            else:
                entry = rng.choice(older)
                values["cited"], values["cited_fields"] = cite(entry), entry[7]
        if "{procedure_field" in template:
            values["procedure_field"], values["procedure_fields"] = rng.choice(PROCEDURE_FIELDS)
        summary = template.format(**values)
        key = (issued.year, kind.code, kind.normative)
        counters[key] = counters.get(key, rng.randrange(0, 4)) + 1
        number = f"{counters[key]}/{issued.year}/{kind.code}" if kind.normative else f"{counters[key]}/{kind.code}"
        effective = None if kind.effective_after < 0 else issued + datetime.timedelta(days=kind.effective_after)
        expiry, status = self.effect(kind, issued, effective, template)
        body = "Hội đồng nhân dân" if kind.council else "Ủy ban nhân dân"
        return {
            "_issued": issued,
            "number": number,
            "doc_type": kind.doc_type,
            "summary": summary,
            "issuing_body": f"{SHORT_BODIES[body] if self.abbreviates else body} {self.unit}",
            "signer": rng.choice(self.signers[(issued.year - FIRST_DAY.year) // 5]),
            "issued_date": date_cell(issued, rng),
            "effective_date": date_cell(effective, rng),
            "expiry_date": date_cell(expiry, rng),
            "status": status,
            "fields": fields.format(**values),
            "category": kind.category,
        }

    def slot_values(self, issued):
        rng = self.rng
        place = rng.choice(self.places)
        half, next_half = rng.choice(HALVES)
        return {
            "unit": self.unit,
            "year": issued.year,
            "next_year": issued.year + 1,
            "prev_year": issued.year - 1,
            "term_end": issued.year + 5,
            "place": place,
            "person": person(rng),
            "project": rng.choice(PROJECTS).format(place=place),
            "company": rng.choice(COMPANIES),
            "n": rng.randint(1, 12),
            "parcel": rng.randint(1, 900),
            "month": issued.month,
            "quarter": ["I", "II", "III", "IV"][(issued.month - 1) // 3],
            "half": half,
            "next_half": next_half,
            "festival": rng.choice(FESTIVALS),
            "tet": TET[issued.year + (1 if issued.month >= 10 else 0)],
        }

    def effect(self, kind, issued, effective, template):
        """(expiry date, status set by hand) for a local document: mostly neither."""
        rng = self.rng
        expiry = None
        starts = effective or issued
        if "năm {year}" in template and kind.doc_type in ("Quyết định", "Kế hoạch") and rng.random() < 0.3:
            expiry = datetime.date(issued.year + 1, 1, 1)
            if expiry <= starts:
                expiry = None
        roll = rng.random()
        if kind.category == "khac":
            status = ""
        elif roll < 0.02:
            status = "het_hieu_luc_mot_phan"
        elif roll < 0.03:
            status = "ngung_hieu_luc"
        elif roll < 0.04:
            status = rng.choice(["het_hieu_luc", "Hết hiệu lực toàn bộ"])
        else:
            status = ""
        return expiry, status

    def national_row(self, entry):
        number, doc_type, body, issued, effective, expiry, status, fields, title = entry
        issued = datetime.date.fromisoformat(issued)
        return {
            "_issued": issued,
            "number": number,
            "doc_type": doc_type,
            "summary": title,
            "issuing_body": body,
            "signer": "",
            "issued_date": date_cell(issued, self.rng),
            "effective_date": date_cell(datetime.date.fromisoformat(effective), self.rng),
            "expiry_date": date_cell(datetime.date.fromisoformat(expiry) if expiry else None, self.rng),
            "status": status,
            "fields": fields,
            "category": "qppl",
        }


def write_site_csv(path, unit_name, slug, count, seed, district=False):
    """Write `count` documents of one portal to `path` (UTF-8 CSV with the import's header)."""
    documents = SiteDocuments(unit_name, slug, count, seed, district)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(documents.rows())
