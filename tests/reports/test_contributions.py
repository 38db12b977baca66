"""The contribution table against the boards' own reports (seeds 000 and 001)."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage
from reports.contributions import authority_period, contribution_table
from reports.exports import as_text
from tests.helpers import DISTRICT_HOST, run_command

from .factories import (
    SEED_000_CONTRIBUTORS,
    SEED_000_SILENT_COMMUNES,
    SEED_000_SILENT_DEPARTMENTS,
    import_articles,
    quota,
    unit_under,
)

pytestmark = pytest.mark.usefixtures("media_root")

CONTRIBUTORS = SEED_000_CONTRIBUTORS
SILENT_DEPARTMENTS = SEED_000_SILENT_DEPARTMENTS
SILENT_COMMUNES = SEED_000_SILENT_COMMUNES


def names(rows):
    return {row.unit.name for row in rows}


def test_seed_000_february_2017_in_ham_tan(ham_tan_february_2017):
    district = ham_tan_february_2017
    period = authority_period(district, "2017-02")
    assert (str(period.start), str(period.end)) == ("2017-01-20", "2017-02-19")
    table = contribution_table(district, period)

    assert (table.authority_counts.total, table.authority_quota) == (19, 12)
    assert {row.unit.name: row.counts.total for row in table.contributors} == CONTRIBUTORS
    assert names(table.without_items) == {*SILENT_DEPARTMENTS, *SILENT_COMMUNES, "Xã Tân Đức"}
    assert [row.unit.name for row in table.without_items if row.sent_only_unsuitable] == ["Xã Tân Đức"]
    assert len(table.rows) == 27  # every unit of the authority, zeros included

    text = as_text(table)
    assert "Huyện Hàm Tân: 19/12 tin bài trên cổng" in text
    assert "Có 8 phòng, ban và 1 xã, phường, thị trấn tham gia cung cấp tin bài" in text
    assert "Có 10 phòng, ban và 8 xã, phường, thị trấn chưa có tin bài" in text
    assert "Riêng Xã Tân Đức có gửi tin bài nhưng nội dung chưa phù hợp." in text


def test_each_row_has_its_kinds_quota_ratio_and_where_the_items_went(ham_tan_february_2017):
    table = contribution_table(ham_tan_february_2017, authority_period(ham_tan_february_2017, "2017-02"))
    rows = {row.unit.name: row for row in table.rows}
    radio = rows["Đài TT-TH"]
    assert radio.counts.by_kind == {"tin": 2, "bai": 1, "phong_su": 0, "diem_bao": 0}
    assert (radio.counts.on_parent_portal, radio.counts.on_own_site) == (3, 0)
    assert (radio.quota, radio.ratio, radio.below_quota) == (1, 3.0, False)
    tan_ha = rows["Xã Tân Hà"]
    assert (tan_ha.quota, tan_ha.ratio, tan_ha.below_quota) == (2, 1.0, False)
    assert rows["Phòng GD&ĐT"].below_quota is False
    assert rows["Phòng Tư pháp"].counts.total == 0  # its item came on 20/02, in March's period
    assert rows["Xã Tân Đức"].sent_back == 1 and rows["Xã Tân Đức"].below_quota


def test_a_unit_override_beats_its_kinds_quota_and_months_add_up(ham_tan_february_2017, district):
    quota(district, 5, unit=unit_under(district, "Phòng Văn hóa và Thông tin"))
    table = contribution_table(district, authority_period(district, "2017-02"))
    rows = {row.unit.name: row for row in table.rows}
    assert (rows["Phòng Văn hóa và Thông tin"].quota, rows["Phòng Văn hóa và Thông tin"].below_quota) == (5, True)
    quarter = contribution_table(district, authority_period(district, "2017-Q1"))
    assert quarter.authority_quota == 36  # no quarterly quota set: three months of 12
    quota(district, 30, unit=district, period_kind="quarter")
    assert contribution_table(district, authority_period(district, "2017-Q1")).authority_quota == 30


def test_seed_001_nine_months_down_66_percent_on_the_year_before(district, tmp_path):
    # Ninh Phước's board: items fell by 66 % against the same nine months of 2019.
    before = [("Phòng Văn hóa và Thông tin", f"2019-{month:02d}-15T08:00", "tin") for month in range(1, 10)] * 11
    before += [("Phòng Văn hóa và Thông tin", "2019-09-30T20:00", "bai")]  # 100 items in January–September 2019
    now = [("Phòng Văn hóa và Thông tin", f"2020-{month:02d}-15T08:00", "tin") for month in range(1, 10)] * 4
    import_articles(tmp_path, DISTRICT_HOST, before + now[:34] + [("", "2020-10-01T08:00", "tin")])
    table = contribution_table(district, authority_period(district, "2020-9T"))
    assert (table.authority_counts.total, table.authority_counts.last_year) == (34, 100)
    assert table.authority_counts.change_pct == -66
    row = next(row for row in table.rows if row.unit.name == "Phòng Văn hóa và Thông tin")
    assert (row.counts.total, row.counts.last_year, row.counts.change_pct) == (34, 100, -66)


def test_the_command_gives_the_fixed_json_with_every_unit(ham_tan_february_2017, tmp_path):
    result = run_command("contribution_report", site=DISTRICT_HOST, period="2017-02", format="json")
    assert result.error is None, result.error
    report = json.loads(result.stdout)
    assert report["period"]["start"] == "2017-01-20" and report["period"]["end"] == "2017-02-19"
    assert {key: report["authority"][key] for key in ("name", "total", "quota")} == {
        "name": "Huyện Hàm Tân",
        "total": 19,
        "quota": 12,
    }
    assert len(report["units"]) == 27
    radio = next(unit for unit in report["units"] if unit["name"] == "Đài TT-TH")
    assert radio == radio | {
        "kind": "department",
        "total": 3,
        "by_kind": {"tin": 2, "bai": 1, "phong_su": 0, "diem_bao": 0},
        "photos": 0,
        "sent_back": 0,
        "quota": 1,
        "ratio": 3.0,
        "same_period_last_year": 0,
        "change_pct": None,
    }
    tan_duc = next(unit for unit in report["units"] if unit["name"] == "Xã Tân Đức")
    assert (tan_duc["total"], tan_duc["sent_back"]) == (0, 1)

    same = run_command(
        "contribution_report", site=DISTRICT_HOST, date_from="2017-01-20", date_to="2017-02-19", format="json"
    )
    same_report = json.loads(same.stdout)
    assert same_report["units"] == [unit | {"quota": None, "ratio": None} for unit in report["units"]]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_command_writes_csv_and_xlsx_files(ham_tan_february_2017, tmp_path, fmt):
    path = tmp_path / f"bao-cao.{fmt}"
    result = run_command("contribution_report", site=DISTRICT_HOST, period="2017-02", format=fmt, output=str(path))
    assert result.error is None, result.error
    if fmt == "csv":
        text = path.read_bytes().decode("utf-8-sig")
        assert "Báo cáo tham gia cung cấp tin bài" in text and 'Đài TT-TH,"Phòng, ban, đơn vị trực thuộc",3' in text
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
        assert "Kỳ báo cáo: tháng 02/2017 (từ 20/01/2017 đến 19/02/2017)" in values
        assert "Đài TT-TH" in values and sheet.page_setup.orientation == "landscape"


@pytest.mark.parametrize(
    "options, message",
    [
        ({"period": "2017-13"}, "tháng phải từ 01 đến 12"),
        ({"period": "quý một"}, "Không hiểu kỳ báo cáo"),
        ({"date_from": "2017-02-19", "date_to": "2017-01-20"}, "trước ngày bắt đầu"),
        ({"date_from": "2010-01-01", "date_to": "2016-01-01"}, "dài quá 5 năm"),
        ({"date_from": "2017-02-30", "date_to": "2017-03-01"}, "không hợp lệ"),
        ({"date_from": "2017-01-20"}, "Cần cả --from và --to"),
        ({}, "Chưa chọn kỳ báo cáo"),
        ({"period": "2017-02", "format": "pdf"}, "không hỗ trợ"),
        ({"period": "2017-02", "format": "xlsx"}, "cần --output"),
        ({"period": "2017-02", "site": "khong-co.test"}, "Không có cổng thông tin nào"),
        ({"period": "2017-02", "site": "tan-ha.hamtan.test"}, "không phải đơn vị chủ quản"),
    ],
)
def test_bad_input_gets_a_vietnamese_error_and_writes_nothing(district, tmp_path, options, message):
    output = tmp_path / "bao-cao.txt"
    options = {"site": DISTRICT_HOST, **options}
    if options.get("format") != "xlsx":
        options["output"] = str(output)
    result = run_command("contribution_report", **options)
    assert result.error is not None and message in str(result.error)
    assert not output.exists()


def test_the_queries_do_not_grow_with_the_units(ham_tan_february_2017):
    district = ham_tan_february_2017
    period = authority_period(district, "2017-02")
    with CaptureQueriesContext(connection) as with_27:
        contribution_table(district, period)
    for number in range(40):
        unit_under(district, f"Trường THCS số {number}")
    with CaptureQueriesContext(connection) as with_67:
        table = contribution_table(district, period)
    assert len(table.rows) == 67
    assert len(with_67) == len(with_27) <= 6


def test_an_article_moved_back_to_draft_leaves_the_count(ham_tan_february_2017):
    article = ArticlePage.objects.get(title__startswith="Hoạt động của Ban QLDA")
    article.unpublish()
    table = contribution_table(ham_tan_february_2017, authority_period(ham_tan_february_2017, "2017-02"))
    assert table.authority_counts.total == 18
    assert "Ban QLDA" in names(table.without_items)
