"""The contribution table as the command and the screens give it: text, JSON, CSV and XLSX.

The JSON shape is fixed for other systems (issue 14):
``{"period": {"start", "end"}, "authority": {"name", "total", "quota"}, "units": [...]}`` with one
entry per contributing unit, zeros included; extra keys may be added, never renamed.
"""

import json

from django.utils import timezone

from cms.spreadsheets import csv_bytes, xlsx_bytes
from sites.models import UnitKind

from .contributions import KIND_KEYS

TITLE = "Báo cáo tham gia cung cấp tin bài"
KIND_LABELS = {"tin": "Tin", "bai": "Bài", "phong_su": "Phóng sự", "diem_bao": "Điểm báo"}
COLUMNS = [
    "STT",
    "Đơn vị",
    "Loại đơn vị",
    "Tổng tin bài",
    *KIND_LABELS.values(),
    "Trên cổng đơn vị chủ quản",
    "Trên trang của đơn vị",
    "Ảnh",
    "Văn bản",
    "Thủ tục",
    "Bị trả lại",
    "Chỉ tiêu",
    "Tỷ lệ đạt",
    "Cùng kỳ năm trước",
    "Tăng/giảm (%)",
]
WIDTHS = [6, 36, 16, 10, 8, 8, 10, 10, 14, 14, 8, 8, 8, 10, 10, 10, 12, 12]


def _unit_entry(row):
    counts = row.counts
    return {
        "name": row.unit.name,
        "kind": row.unit.kind,
        "total": counts.total,
        "by_kind": dict(counts.by_kind),
        "photos": counts.photos,
        "sent_back": row.sent_back,
        "quota": row.quota,
        "ratio": row.ratio,
        "same_period_last_year": counts.last_year,
        "change_pct": counts.change_pct,
        "on_parent_portal": counts.on_parent_portal,
        "on_own_site": counts.on_own_site,
        "legal_documents": counts.legal_documents,
        "procedures": counts.procedures,
    }


def as_data(table):
    counts = table.authority_counts
    return {
        "period": {
            "start": table.period.start.isoformat(),
            "end": table.period.end.isoformat(),
            "label": table.period.label,
        },
        "authority": {
            "name": table.authority.name,
            "total": counts.total,
            "quota": table.authority_quota,
            "by_kind": dict(counts.by_kind),
            "photos": counts.photos,
            "same_period_last_year": counts.last_year,
            "change_pct": counts.change_pct,
        },
        "units": [_unit_entry(row) for row in table.rows],
    }


def as_json(table):
    return json.dumps(as_data(table), ensure_ascii=False, indent=2)


def _number(value):
    return "" if value is None else value


def _signed(value):
    return "" if value is None else f"{value:+d}"


def table_rows(table):
    for number, row in enumerate(table.rows, start=1):
        counts = row.counts
        yield [
            number,
            row.unit.name,
            row.unit.get_kind_display(),
            counts.total,
            *(counts.by_kind[key] for key in KIND_KEYS),
            counts.on_parent_portal,
            counts.on_own_site,
            counts.photos,
            counts.legal_documents,
            counts.procedures,
            row.sent_back,
            _number(row.quota),
            "" if row.ratio is None else f"{row.ratio:.0%}",
            counts.last_year,
            _signed(counts.change_pct),
        ]


def authority_line(table):
    counts = table.authority_counts
    quota = f"{counts.total}/{table.authority_quota}" if table.authority_quota is not None else f"{counts.total}"
    line = f"{table.authority.name}: {quota} tin bài trên cổng"
    if counts.change_pct is not None:
        line += f", {counts.change_pct:+d}% so với cùng kỳ ({counts.last_year})"
    return line


def heading_rows(table, user=None, when=None):
    when = timezone.localtime(when or timezone.now())
    period = table.period
    rows = [
        [TITLE],
        [f"Đơn vị chủ quản: {table.authority.name}"],
        [f"Kỳ báo cáo: {period.label} (từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y})"],
        [authority_line(table)],
        [f"Ngày lập: {when:%d/%m/%Y %H:%M}"],
    ]
    if user is not None:
        rows.append([f"Người lập: {user.get_full_name() or user.get_username()}"])
    return rows


def _names(rows):
    return ", ".join(row.unit.name for row in rows)


def _how_many(rows):
    """“8 phòng, ban và 1 xã, phường, thị trấn”, as boards count their units."""
    departments = sum(1 for row in rows if row.unit.kind == UnitKind.DEPARTMENT)
    parts = []
    if departments:
        parts.append(f"{departments} phòng, ban")
    if len(rows) - departments:
        parts.append(f"{len(rows) - departments} xã, phường, thị trấn")
    return " và ".join(parts) or "0 đơn vị"


def summary_lines(table):
    """What a board writes under the table: who sent items, who sent none (those whose items
    were all judged unsuitable named apart), who fell short of the quota."""
    contributors = table.contributors
    without = table.without_items
    lines = [
        f"Có {_how_many(contributors)} tham gia cung cấp tin bài"
        + (f": {_names(contributors)}." if contributors else ".")
    ]
    if without:
        lines.append(f"Có {_how_many(without)} chưa có tin bài: {_names(without)}.")
        unsuitable = [row for row in without if row.sent_only_unsuitable]
        if unsuitable:
            lines.append(f"Riêng {_names(unsuitable)} có gửi tin bài nhưng nội dung chưa phù hợp.")
    below = [row for row in table.below_quota if row.counts.total]
    if below:
        lines.append(f"Có tin bài nhưng chưa đạt chỉ tiêu: {_names(below)}.")
    return lines


def as_text(table):
    lines = [line[0] for line in heading_rows(table)[:4]]
    lines.append("")
    name_width = max([len("Đơn vị"), *(len(row.unit.name) for row in table.rows)])
    lines.append(
        f"{'STT':>3}  {'Đơn vị':<{name_width}}  {'Tổng':>5}  {'Chỉ tiêu':>8}  {'Cùng kỳ':>7}  {'Bị trả lại':>10}"
    )
    for number, row in enumerate(table.rows, start=1):
        quota = "" if row.quota is None else str(row.quota)
        lines.append(
            f"{number:>3}  {row.unit.name:<{name_width}}  {row.counts.total:>5}  {quota:>8}  "
            f"{row.counts.last_year:>7}  {row.sent_back:>10}"
        )
    lines.append("")
    lines.extend(summary_lines(table))
    return "\n".join(lines) + "\n"


def as_csv(table, user=None, when=None):
    return csv_bytes(heading_rows(table, user, when), COLUMNS, table_rows(table))


def as_xlsx(table, user=None, when=None):
    return xlsx_bytes(heading_rows(table, user, when), COLUMNS, table_rows(table), WIDTHS, "Tham gia tin bài")


def filename(table, fmt):
    period = table.period
    name = period.code or f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
    slug = table.authority.site.hostname if table.authority.site_id else f"don-vi-{table.authority.pk}"
    return f"tham-gia-tin-bai-{slug}-{name}.{fmt}"
