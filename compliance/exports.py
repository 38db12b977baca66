"""One site's current findings as an inspection report (“biên bản”), in CSV or XLSX.

The spreadsheet itself (formula-safe cells, print layout) is `cms.spreadsheets`.
"""

from django.utils import timezone

from cms.spreadsheets import attachment, csv_bytes, xlsx_bytes

from .models import Finding
from .overrides import person
from .rules import rule_title
from .views.common import object_label, order_by_severity, page_addresses

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


def as_csv(site, user, when=None):
    return csv_bytes(heading_rows(site, user, when), COLUMNS, report_rows(site))


def as_xlsx(site, user, when=None):
    widths = [6, 30, 40, 30, 12, 50, 40, 14, 30, 24, 40]
    return xlsx_bytes(heading_rows(site, user, when), COLUMNS, report_rows(site), widths, "Biên bản")


def filename(site, fmt, when=None):
    when = timezone.localtime(when or timezone.now())
    return f"bien-ban-kiem-tra-{site.hostname}-{when:%Y%m%d}.{fmt}"


def response(site, fmt, user):
    when = timezone.now()
    content = as_csv(site, user, when) if fmt == "csv" else as_xlsx(site, user, when)
    return attachment(content, fmt, filename(site, fmt, when))
