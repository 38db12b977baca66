"""Provisioning many units from one CSV file (`manage.py provision_sites`).

The file (UTF-8 with or without a byte order mark, comma- or semicolon-separated) has a header
row `kind,name,hostname,parent,email,trusted` (or the Vietnamese `loai,ten,ten_mien,cap_tren,
thu_dien_tu,tu_xuat_ban`, with or without diacritics) and one row per unit. Row numbers are those
a spreadsheet shows: the header is row 1.

The whole file is checked before anything is written: each row on its own (kind, name, hostname,
parent, e-mail, trusted), then the rows together (a hostname or a name twice, a parent that is
neither in the file nor in the database or that is not a province or a district, parent chains
that loop) and against the database (a hostname or a name already used by another unit). Rows
that pass are then set up parents first, each by `provision_unit` in a transaction of its own, so
a row that fails leaves nothing behind and the others are kept; a row whose parent row failed
fails too and names it. Running the same file again changes nothing.
"""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from wagtail.models import Site

from cms.importing import CsvRows, ImportSetupError, RowError, clean_text, open_import_file, row_savepoint
from cms.site_lookup import forget_sites
from cms.text import fold

from .models import PARENT_KINDS, Unit, UnitKind
from .provisioning import ProvisioningError, normalise_hostname, provision_unit

COLUMNS = ("kind", "name", "hostname", "parent", "email", "trusted")
REQUIRED_COLUMNS = ("kind", "name", "hostname")
EXPECTED_HEADER = "kind,name,hostname,parent,email,trusted (hoặc loai,ten,ten_mien,cap_tren,thu_dien_tu,tu_xuat_ban)"


def _key(text):
    """How a header, a kind or a yes/no is compared: folded, words joined by “_”."""
    return "_".join(fold(text).replace("_", " ").replace(",", " ").split())


HEADER_ALIASES = {
    "loai": "kind",
    "loai_don_vi": "kind",
    "ten": "name",
    "ten_don_vi": "name",
    "ten_mien": "hostname",
    "cap_tren": "parent",
    "don_vi_cap_tren": "parent",
    "ten_mien_cap_tren": "parent",
    "e_mail": "email",
    "thu_dien_tu": "email",
    "tu_xuat_ban": "trusted",
    "duoc_tu_xuat_ban": "trusted",
}

KINDS = {_key(text): value for value, label in UnitKind.choices for text in (value, label)}
KINDS.update({"phong_ban": UnitKind.DEPARTMENT, "phong": UnitKind.DEPARTMENT, "ban": UnitKind.DEPARTMENT})
KIND_HELP = ", ".join(
    f"{'phòng ban' if value == UnitKind.DEPARTMENT else label.lower()} ({value})" for value, label in UnitKind.choices
)

YES = frozenset({"co", "1", "x", "true", "yes"})
NO = frozenset({"khong", "0", "", "false", "no"})

NAME_MAX_LENGTH = Unit._meta.get_field("name").max_length
EMAIL_MAX_LENGTH = Unit._meta.get_field("official_email").max_length

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


def kind_label(kind):
    return UnitKind(kind).label.lower()


@dataclass
class UnitRow:
    """One row of the file as read, with what is wrong with it (Vietnamese reasons)."""

    number: int
    kind: str | None = None
    name: str = ""
    hostname: str | None = None
    parent: str | None = None
    email: str = ""
    trusted: bool = False
    problems: list = field(default_factory=list)
    parent_rows: list = field(default_factory=list)  # the rows of the file that define its parent
    existing: Unit | None = None  # the unit of the database this row sets up again
    depth: int = 0  # how many rows of the file are above it: parents are set up first
    on_loop: bool = False

    @property
    def label(self):
        return f"{self.name} ({self.hostname})" if self.hostname else self.name


@dataclass
class RowOutcome:
    number: int
    label: str
    status: str
    changes: list = field(default_factory=list)
    reasons: list = field(default_factory=list)


@dataclass
class BulkReport:
    dry_run: bool = False
    outcomes: list = field(default_factory=list)

    def count(self, status):
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def created(self):
        return self.count(CREATED)

    @property
    def updated(self):
        return self.count(UPDATED)

    @property
    def unchanged(self):
        return self.count(UNCHANGED)

    @property
    def failed(self):
        return self.count(FAILED)


def provision_from_csv(path, dry_run=False, port=80, on_row=None):
    """Set up every unit of the CSV at `path`; returns a BulkReport (one outcome per row).

    Raises ImportSetupError (nothing written) for a file that cannot be read, an empty file or a
    bad header. With `dry_run`, only checks the file and says what a run would do. `on_row(outcome)`
    is called as soon as each row's outcome is known: the rows refused by the checks first, in file
    order, then the others as they are set up, parents first.
    """
    rows = read_rows(path)
    check_rows(rows)
    report = BulkReport(dry_run=dry_run)

    def record(outcome):
        report.outcomes.append(outcome)
        if on_row:
            on_row(outcome)

    for row in rows:
        if row.problems:
            record(RowOutcome(row.number, row.label, FAILED, reasons=row.problems))
    valid = [row for row in rows if not row.problems]
    if dry_run:
        for row in valid:
            record(_predicted_outcome(row))
        return report

    failed_numbers = {row.number for row in rows if row.problems}
    for row in sorted(valid, key=lambda row: (row.depth, row.number)):
        failed_parents = [parent for parent in row.parent_rows if parent.number in failed_numbers]
        if failed_parents:
            outcome = RowOutcome(row.number, row.label, FAILED, reasons=[_parent_failed(row, failed_parents)])
        else:
            outcome = _provision(row, port)
        if outcome.status == FAILED:
            failed_numbers.add(row.number)
        record(outcome)
    if report.created or report.updated:
        # Each row already started a new generation of the site look-up, but inside its transaction: a
        # request answered between that and the commit may have kept “no such site” for a new hostname.
        forget_sites()
    return report


# -- reading ------------------------------------------------------------------------------------


def read_rows(path):
    """Every non-blank row of the file as a UnitRow (its own problems noted), in file order."""
    path = Path(path)
    with open_import_file(path) as stream:
        records = CsvRows(
            _with_canonical_header(stream),
            _RowParser(),
            columns=COLUMNS,
            required=REQUIRED_COLUMNS,
            expected_header=EXPECTED_HEADER,
        )
        rows = []
        for number, record in records:
            row = UnitRow(number=number, problems=[str(record)]) if isinstance(record, RowError) else record
            row.number = number
            rows.append(row)
    if not rows:
        raise ImportSetupError("Tệp chỉ có dòng tiêu đề, không có đơn vị nào để thiết lập.")
    return rows


def _with_canonical_header(stream):
    """The file with its header cells spelt as COLUMNS (“Tên miền” → hostname); a file of units is
    small, so it is read whole."""
    first = stream.readline()
    try:
        first_text = first.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportSetupError("Tệp không phải văn bản UTF-8: lưu lại tệp CSV với bảng mã UTF-8.") from None
    rest = stream.read()
    delimiter = ";" if "," not in first_text and ";" in first_text else ","
    try:
        cells = next(csv.reader([first_text], delimiter=delimiter), [])
    except csv.Error as error:
        raise ImportSetupError(f"Dòng tiêu đề không đọc được: {error}.") from None
    if not any(cell.strip() for cell in cells):
        return io.BytesIO(first + rest)
    header = io.StringIO()
    names = [HEADER_ALIASES.get(_key(cell), _key(cell)) if _key(cell) else "" for cell in cells]
    csv.writer(header, delimiter=delimiter, lineterminator="\n").writerow(names)
    return io.BytesIO(header.getvalue().encode() + rest)


class _RowParser:
    def __call__(self, cells):
        row = UnitRow(number=0)
        problems = row.problems
        row.kind = self._kind(cells.get("kind", ""), problems)
        try:
            row.name = clean_text(cells.get("name"), "tên đơn vị (cột name)", max_length=NAME_MAX_LENGTH, required=True)
        except RowError as error:
            problems.append(str(error))
        row.hostname = self._hostname(row.kind, cells.get("hostname", ""), problems)
        row.parent = self._parent(row.kind, cells.get("parent", ""), problems)
        row.email = self._email(cells.get("email", ""), problems)
        row.trusted = self._trusted(row.kind, cells.get("trusted", ""), problems)
        return row

    def _kind(self, value, problems):
        if not value:
            problems.append(f"thiếu loại đơn vị (cột kind): {KIND_HELP}")
            return None
        kind = KINDS.get(_key(value))
        if kind is None:
            problems.append(f"loại đơn vị “{value}” không có; chọn một trong: {KIND_HELP}")
        return kind

    def _hostname(self, kind, value, problems):
        if kind == UnitKind.DEPARTMENT:
            if value:
                problems.append("phòng, ban, đơn vị trực thuộc không có trang riêng: để trống cột hostname")
            return None
        if not value:
            problems.append("thiếu tên miền của trang (cột hostname)")
            return None
        try:
            return normalise_hostname(value)
        except ProvisioningError:
            problems.append(
                f"tên miền “{value}” không hợp lệ: chỉ dùng chữ thường không dấu, số, dấu gạch ngang và dấu chấm "
                "(ví dụ tan-ha.hamtan.gov.vn)"
            )
            return None

    def _parent(self, kind, value, problems):
        if kind in PARENT_KINDS:
            if value:
                problems.append(f"{kind_label(kind)} là đơn vị chủ quản, không có cấp trên: để trống cột parent")
            return None
        if not value:
            if kind is not None:
                problems.append(
                    f"đơn vị loại “{kind_label(kind)}” phải có đơn vị cấp trên: "
                    "ghi tên miền của tỉnh hoặc huyện vào cột parent"
                )
            return None
        try:
            return normalise_hostname(value)
        except ProvisioningError:
            problems.append(f"tên miền đơn vị cấp trên “{value}” không hợp lệ")
            return None

    def _email(self, value, problems):
        if not value:
            return ""
        try:
            validate_email(value)
        except ValidationError:
            problems.append(f"thư điện tử “{value}” không hợp lệ")
        else:
            if len(value) > EMAIL_MAX_LENGTH:
                problems.append(f"thư điện tử dài {len(value)} ký tự, tối đa {EMAIL_MAX_LENGTH}")
        return value

    def _trusted(self, kind, value, problems):
        key = _key(value)
        if key not in YES | NO:
            problems.append(f"cột trusted “{value}” không hiểu được: ghi có/không, 1/0, x/để trống, true/false, yes/no")
            return False
        trusted = key in YES
        if trusted and kind == UnitKind.DEPARTMENT:
            problems.append("phòng, ban, đơn vị trực thuộc không đăng tin riêng: để trống cột trusted")
        return trusted


# -- checking the rows together and against the database ----------------------------------------


def check_rows(rows):
    """Note on each row what keeps it from being set up, before anything is written."""
    by_hostname = _group_by(rows, lambda row: row.hostname)
    for hostname, same in by_hostname.items():
        if len(same) > 1:
            for row in same:
                others = _numbers(other for other in same if other is not row)
                row.problems.append(f"tên miền “{hostname}” trùng với {others}")
    for (_parent_hostname, name), same in _group_by(
        rows, lambda row: (row.parent, row.name) if row.name else None
    ).items():
        if len(same) > 1:
            for row in same:
                others = _numbers(other for other in same if other is not row)
                row.problems.append(f"tên “{name}” trùng với {others} (cùng đơn vị cấp trên)")

    for row in rows:
        if row.parent and row.parent in by_hostname:
            row.parent_rows = by_hostname[row.parent]
    _check_against_database(rows, by_hostname)
    _check_cycles(rows)
    for row in rows:
        for parent_row in row.parent_rows if not row.on_loop else ():
            if parent_row.kind and parent_row.kind not in PARENT_KINDS:
                row.problems.append(
                    f"đơn vị cấp trên “{row.parent}” (dòng {parent_row.number}) là {kind_label(parent_row.kind)}, "
                    "không phải tỉnh hay huyện"
                )
    for row in sorted(rows, key=lambda row: (row.depth, row.number)):
        failed_parents = [parent for parent in row.parent_rows if parent.problems and parent is not row]
        if failed_parents and not row.on_loop:
            row.problems.append(_parent_failed(row, failed_parents))


def _group_by(rows, key):
    groups = {}
    for row in rows:
        value = key(row)
        if value is not None:
            groups.setdefault(value, []).append(row)
    return groups


def _numbers(rows):
    numbers = [str(row.number) for row in rows]
    return f"dòng {', '.join(numbers)}"


def _parent_failed(row, failed_parents):
    return f"không thiết lập vì đơn vị cấp trên “{row.parent}” ở {_numbers(failed_parents)} có lỗi"


def _parent_hostname(unit):
    return unit.parent.site.hostname if unit.parent and unit.parent.site else None


def _described(unit):
    where = f" thuộc {unit.parent.name}" if unit.parent else ""
    return f"{kind_label(unit.kind)} “{unit.name}”{where}"


def _check_against_database(rows, by_hostname):
    """Hostnames and names already taken in the database, and parents found only there. Three queries."""
    outside_parents = {row.parent for row in rows if row.parent and row.parent not in by_hostname}
    sites = {
        site.hostname: site
        for site in Site.objects.filter(hostname__in=[*by_hostname, *outside_parents]).select_related(
            "unit__parent__site"
        )
    }
    for hostname, same in by_hostname.items():
        site = sites.get(hostname)
        if site is None:
            continue
        unit = getattr(site, "unit", None)
        for row in same:
            if unit is None:
                row.problems.append(f"tên miền “{hostname}” đã được dùng cho một trang không thuộc đơn vị nào")
            elif (unit.kind, unit.name, _parent_hostname(unit)) != (row.kind, row.name, row.parent):
                row.problems.append(
                    f"tên miền “{hostname}” đã được dùng cho {_described(unit)}; tệp này không đổi được tên, "
                    "loại hay cấp trên của một đơn vị đã có"
                )
            else:
                row.existing = unit

    for row in rows:
        if not row.parent or row.parent in by_hostname:
            continue
        site = sites.get(row.parent)
        unit = getattr(site, "unit", None) if site else None
        if unit is None:
            row.problems.append(f"không tìm thấy đơn vị cấp trên “{row.parent}” trong tệp hay trong cơ sở dữ liệu")
        elif not unit.is_parent_authority:
            row.problems.append(f"đơn vị cấp trên “{row.parent}” là {_described(unit)}, không phải tỉnh hay huyện")

    names = {row.name for row in rows if row.name and row.existing is None}
    for unit in Unit.objects.filter(name__in=names).select_related("site", "parent__site"):
        for row in rows:
            if row.existing is not None or row.name != unit.name or row.parent != _parent_hostname(unit):
                continue
            if row.kind == UnitKind.DEPARTMENT and unit.kind == UnitKind.DEPARTMENT:
                row.existing = unit
            elif unit.site is not None:
                row.problems.append(f"đã có {_described(unit)} với tên miền “{unit.site.hostname}”")
            else:
                row.problems.append(f"tên “{unit.name}” đã được dùng cho {_described(unit)}")


def _check_cycles(rows):
    """Parent chains within the file that come back to where they started; sets each row's depth."""
    done = set()
    for start in rows:
        path, position = [], {}
        row = start
        while row is not None and id(row) not in done:
            if id(row) in position:
                loop = path[position[id(row)] :]
                for member in loop:
                    member.on_loop = True
                if len(loop) == 1:
                    row.problems.append("đơn vị không thể là cấp trên của chính nó")
                else:
                    chain = " → ".join(f"dòng {member.number}" for member in [*loop, loop[0]])
                    for member in loop:
                        member.problems.append(f"vòng lặp đơn vị cấp trên: {chain}")
                break
            position[id(row)] = len(path)
            path.append(row)
            row = row.parent_rows[0] if row.parent_rows else None
        # Depth counts rows from the top of the chain; rows on a loop fail, their depth does not matter.
        base = (row.depth + 1) if row is not None and id(row) in done else 0
        for offset, member in enumerate(reversed(path)):
            if id(member) not in done:
                member.depth = base + offset
                done.add(id(member))


# -- setting up ---------------------------------------------------------------------------------


def _provision(row, port):
    try:
        with row_savepoint(on_rollback=_forget_rolled_back_sites):
            try:
                result = provision_unit(
                    kind=row.kind,
                    name=row.name,
                    hostname=row.hostname,
                    parent_hostname=row.parent,
                    email=row.email,
                    trusted=row.trusted,
                    port=port,
                )
            except ProvisioningError as error:
                raise RowError(str(error).rstrip(".")) from None
    except RowError as error:
        return RowOutcome(row.number, row.label, FAILED, reasons=[str(error)])
    if result.created:
        return RowOutcome(row.number, row.label, CREATED)
    return RowOutcome(row.number, row.label, UPDATED if result.changes else UNCHANGED, changes=result.changes)


def _forget_rolled_back_sites():
    Site.clear_site_root_paths_cache()
    forget_sites()


def _predicted_outcome(row):
    """What a run would do with a row that passed the checks (`--dry-run`)."""
    unit = row.existing
    if unit is None:
        return RowOutcome(row.number, row.label, CREATED)
    changes = []
    if row.email and unit.official_email != row.email:
        changes.append(f"cập nhật thư điện tử: {row.email}")
    if unit.kind != UnitKind.DEPARTMENT and unit.trusted_publisher != row.trusted:
        changes.append("được tự xuất bản" if row.trusted else "thôi tự xuất bản, tin bài qua huyện phê duyệt")
    return RowOutcome(row.number, row.label, UPDATED if changes else UNCHANGED, changes=changes)
