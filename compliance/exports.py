"""One site's current findings as an inspection report (“biên bản”), in CSV or XLSX.

CSV is UTF-8 with a byte order mark so that Excel reads Vietnamese; cells that a spreadsheet
would run as a formula (starting with = + - @) get a leading apostrophe in CSV and are stored
as plain text in XLSX, since messages and evidence come from page content.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

from .models import Finding
from .overrides import person
from .rules import rule_title
from .views.common import object_label, order_by_severity, page_addresses

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
TITLE = "Biên bản kiểm tra tuân thủ bản quyền và liên kết quảng cáo"
COLUMNS = [
    "STT",
    "Trang/đối tượng",
    "Địa chỉ",
    "Quy tắc",
    "Mức độ",
    "Nội dung",
    "Bằng chứng",
    "Tình trạng",
    "Lý do miễn",
    "Xuất bản bỏ qua cảnh báo",
    "Lý do xuất bản bỏ qua cảnh báo",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def site_findings(site):
    findings = Finding.objects.filter(site=site).current().select_related("page", "site", "overridden_by")
    return order_by_severity(findings)


def report_rows(site):
    findings = list(site_findings(site))
    addresses = page_addresses(findings)
    for number, finding in enumerate(findings, start=1):
        yield [
            number,
            object_label(finding),
            addresses.get(finding.page_id, ""),
            rule_title(finding.rule),
            finding.get_severity_display(),
            finding.message,
            finding.evidence,
            finding.get_status_display(),
            finding.waive_reason,
            override_by_and_when(finding),
            finding.override_reason,
        ]


def override_by_and_when(finding):
    if not finding.overridden_at:
        return ""
    return f"{person(finding.overridden_by)}, {timezone.localtime(finding.overridden_at):%d/%m/%Y %H:%M}"


def heading_rows(site, user, when=None):
    when = timezone.localtime(when or timezone.now())
    made_by = (user.get_full_name() or user.get_username()) if user else ""
    return [
        [TITLE],
        [f"Trang thông tin: {site.site_name or site.hostname} ({site.hostname})"],
        [f"Ngày lập: {when:%d/%m/%Y %H:%M}"],
        [f"Người lập: {made_by}"],
    ]


def _safe_text(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def as_csv(site, user, when=None):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(heading_rows(site, user, when))
    writer.writerow([])
    writer.writerow(COLUMNS)
    for row in report_rows(site):
        writer.writerow([_safe_text(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(site, user, when=None):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Biên bản"
    for row in heading_rows(site, user, when):
        sheet.append(row)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(COLUMNS)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in report_rows(site):
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [6, 30, 40, 30, 12, 50, 40, 14, 30, 24, 40]
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    # Printed with the minutes: landscape, as wide as the page, the column headings on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def filename(site, fmt, when=None):
    when = timezone.localtime(when or timezone.now())
    return f"bien-ban-kiem-tra-{site.hostname}-{when:%Y%m%d}.{fmt}"


def response(site, fmt, user):
    when = timezone.now()
    content = as_csv(site, user, when) if fmt == "csv" else as_xlsx(site, user, when)
    reply = HttpResponse(content, content_type=FORMATS[fmt])
    reply["Content-Disposition"] = f'attachment; filename="{filename(site, fmt, when)}"'
    return reply
