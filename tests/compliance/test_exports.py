"""The inspection report of one site, as CSV (UTF-8 with BOM) and XLSX, and who may download it."""

import csv
import io

import pytest
from openpyxl import load_workbook

from compliance.models import FindingStatus, Severity
from tests.compliance.helpers import FINDINGS, finding
from tests.helpers import assert_refused

pytestmark = pytest.mark.django_db

HEADER = [
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


def export_url(fmt):
    return f"{FINDINGS}xuat/{fmt}/"


@pytest.fixture
def report(commune, other_commune):
    from tests.articles.factories import ArticlePageFactory, news_section

    page = ArticlePageFactory(parent=news_section(commune.site), title="Hội nghị sơ kết công tác dân vận")
    return {
        "page": page,
        "low": finding(
            commune.site,
            "Nội dung lấy từ báo khác chưa ghi nguồn",
            page=page,
            rule="copyright.unattributed_copy",
            severity=Severity.LOW,
            evidence="Theo Báo Bình Thuận",
        ),
        "high": finding(commune.site, "Liên kết tới trang cá cược", page=page, evidence="https://nhacai.example/?a=1"),
        "waived": finding(
            commune.site,
            "Ảnh thiếu tác giả",
            page=page,
            rule="copyright.image_attribution",
            severity=Severity.MEDIUM,
            status=FindingStatus.WAIVED,
            waive_reason="Ảnh do UBND xã chụp, đã xác nhận",
        ),
        "resolved": finding(commune.site, "Liên kết đã gỡ bỏ", page=page, status=FindingStatus.RESOLVED),
        "formula": finding(commune.site, '=HYPERLINK("https://evil.example")', evidence="+1-2"),
        "other": finding(other_commune.site, "Liên kết bán hàng của Tân Nghĩa"),
    }


def csv_rows(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte order mark"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_inspector_downloads_a_commune_report_as_csv(client, login, commune, report):
    login("inspector")
    response = client.get(export_url("csv"), {"site": commune.site.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "bien-ban-kiem-tra-tan-ha.hamtan.test-" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0][0].startswith("Biên bản kiểm tra")
    assert "Xã Tân Hà" in rows[1][0]
    assert rows[2][0].startswith("Ngày lập: ")
    header_at = rows.index(HEADER)
    data = rows[header_at + 1 :]
    messages = [row[5] for row in data]
    assert "Liên kết tới trang cá cược" in messages
    assert "Nội dung lấy từ báo khác chưa ghi nguồn" in messages
    assert "Ảnh thiếu tác giả" in messages
    assert "Liên kết đã gỡ bỏ" not in messages  # resolved: not a current finding
    assert "Liên kết bán hàng của Tân Nghĩa" not in messages  # another site
    assert [row[0] for row in data] == [str(number) for number in range(1, len(data) + 1)]
    by_message = {row[5]: row for row in data}
    high = by_message["Liên kết tới trang cá cược"]
    assert high[1] == "Hội nghị sơ kết công tác dân vận"
    assert high[2] == report["page"].full_url
    assert high[3] == "Liên kết quảng cáo, thương mại"
    assert high[4] == "Cao"
    assert high[6] == "https://nhacai.example/?a=1"
    assert high[7] == "Chưa xử lý"
    waived = by_message["Ảnh thiếu tác giả"]
    assert waived[7] == "Được miễn" and waived[8] == "Ảnh do UBND xã chụp, đã xác nhận"
    # high first, low last
    assert messages.index("Liên kết tới trang cá cược") < messages.index("Ảnh thiếu tác giả")
    assert messages.index("Ảnh thiếu tác giả") < messages.index("Nội dung lấy từ báo khác chưa ghi nguồn")


def test_csv_cells_never_run_as_formulas(client, login, commune, report):
    login("inspector")
    rows = csv_rows(client.get(export_url("csv"), {"site": commune.site.pk}))
    row = next(row for row in rows if "HYPERLINK" in "".join(row))
    assert row[5] == '\'=HYPERLINK("https://evil.example")'
    assert row[6] == "'+1-2"


def test_inspector_downloads_the_same_report_as_xlsx(client, login, commune, report):
    login("inspector")
    response = client.get(export_url("xlsx"), {"site": commune.site.pk})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0].startswith("Biên bản kiểm tra")
    assert "Xã Tân Hà" in rows[1][0]
    header_at = next(index for index, row in enumerate(rows) if list(row) == HEADER)
    data = rows[header_at + 1 :]
    messages = [row[5] for row in data]
    assert messages[0] == "Liên kết tới trang cá cược"  # high first, then by rule and age
    assert messages[-1] == "Nội dung lấy từ báo khác chưa ghi nguồn"
    assert "Ảnh thiếu tác giả" in messages
    assert "Liên kết đã gỡ bỏ" not in messages and "Liên kết bán hàng của Tân Nghĩa" not in messages
    assert [row[0] for row in data] == list(range(1, len(data) + 1))
    formula_row = header_at + 1 + messages.index('=HYPERLINK("https://evil.example")') + 1
    assert sheet.cell(row=formula_row, column=6).data_type == "s"  # text, not a formula
    assert sheet.page_setup.orientation == "landscape"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("username", ["editor", "chief", "collaborator"])
def test_commune_members_export_their_own_site_only(client, login, commune, other_commune, report, fmt, username):
    login(username)
    assert client.get(export_url(fmt), {"site": commune.site.pk}).status_code == 200
    assert_refused(client.get(export_url(fmt), {"site": other_commune.site.pk}))


def test_board_may_export_any_site(client, login, other_commune, report):
    login("board")
    rows = csv_rows(client.get(export_url("csv"), {"site": other_commune.site.pk}))
    assert any("Liên kết bán hàng của Tân Nghĩa" in row for row in rows)


def test_export_needs_a_site_and_a_known_format(client, login, commune):
    login("inspector")
    response = client.get(export_url("csv"))
    assert response.status_code == 302 and response["Location"] == FINDINGS
    assert client.get(export_url("pdf"), {"site": commune.site.pk}).status_code == 400
    assert client.get(export_url("csv"), {"site": 987654}).status_code == 404


def test_the_list_offers_the_export_once_a_site_is_chosen(client, login, commune):
    login("editor")
    assert export_url("csv") not in client.get(FINDINGS).content.decode()
    html = client.get(FINDINGS, {"site": commune.site.pk}).content.decode()
    assert f"{export_url('csv')}?site={commune.site.pk}" in html
    assert f"{export_url('xlsx')}?site={commune.site.pk}" in html
