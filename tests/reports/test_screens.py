"""The "Báo cáo biên tập" screens: the contribution table, its downloads, a unit's detail and
the board's dashboard panel, opened through the admin as each role."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from reports.periods import period_containing
from tests.helpers import DISTRICT_HOST, assert_refused

from .factories import SEED_000_CONTRIBUTORS, SEED_000_SILENT_DEPARTMENTS, import_articles, quota, unit_under

pytestmark = pytest.mark.usefixtures("media_root")

TABLE = reverse("reports_contributions")
FEBRUARY = {"period": "2017-02"}

CONTRIBUTORS = SEED_000_CONTRIBUTORS
SILENT_DEPARTMENTS = SEED_000_SILENT_DEPARTMENTS


def unit_url(unit, **query):
    url = reverse("reports_unit", args=[unit.pk])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def export_url(fmt):
    return reverse("reports_contributions_export", args=[fmt])


def unit_export_url(unit, fmt):
    return reverse("reports_unit_export", args=[unit.pk, fmt])


def rows_of(response):
    """The unit names of the table's rows, in order."""
    return [entry["row"].unit.name for entry in response.context["rows"]]


# -- the table ----------------------------------------------------------------------------------


@pytest.mark.parametrize("member", ["board", "inspector"])
def test_the_board_and_inspectors_see_the_whole_table_of_february_2017(client, login, ham_tan_february_2017, member):
    login(member)
    response = client.get(TABLE, FEBRUARY)
    assert response.status_code == 200
    page = response.content.decode()
    assert "tháng 02/2017 (từ 20/01/2017 đến 19/02/2017)" in page
    assert "Huyện Hàm Tân: 19/12 tin bài trên cổng" in page
    assert "Có 8 phòng, ban và 1 xã, phường, thị trấn tham gia cung cấp tin bài" in page
    assert "Có 10 phòng, ban và 8 xã, phường, thị trấn chưa có tin bài" in page
    assert "Riêng Xã Tân Đức có gửi tin bài nhưng nội dung chưa phù hợp." in page
    assert len(response.context["rows"]) == 27
    assert response.context["columns"][:2] == ["Loại đơn vị", "Tổng tin bài"]
    radio = next(entry for entry in response.context["rows"] if entry["name"] == "Đài TT-TH")
    assert radio["cells"][:2] == ["Phòng, ban, đơn vị trực thuộc", 3]
    assert f'href="{unit_url(radio["row"].unit, period="2017-02")}"' in page
    for fmt in ("xlsx", "csv"):
        assert f'href="{export_url(fmt)}?period=2017-02"' in page


def test_the_authority_line_gives_the_change_against_the_same_month_a_year_earlier(client, login, district, tmp_path):
    import_articles(tmp_path, DISTRICT_HOST, [("", "2016-02-10T09:00", "tin")] * 4 + [("", "2017-02-10T09:00", "tin")])
    login("board")
    page = client.get(TABLE, FEBRUARY).content.decode()
    assert "Huyện Hàm Tân: 1 tin bài trên cổng, -75% so với cùng kỳ (4)" in page


def test_without_a_period_the_table_is_the_authoritys_current_reporting_month(client, login, ham_tan_february_2017):
    login("board")
    response = client.get(TABLE)
    assert response.status_code == 200
    current = period_containing(timezone.localdate(), 20)
    assert response.context["period"] == current
    assert f"{current.label} (từ {current.start:%d/%m/%Y} đến {current.end:%d/%m/%Y})" in response.content.decode()


def test_a_range_of_days_has_no_quota(client, login, ham_tan_february_2017):
    login("board")
    response = client.get(TABLE, {"date_from": "20/01/2017", "date_to": "2017-02-19"})
    assert response.status_code == 200
    assert "Huyện Hàm Tân: 19 tin bài trên cổng" in response.content.decode()
    assert response.context["table"].authority_quota is None


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"unit_kind": "commune"}, ["Xã Sông Phan", "Xã Sơn Mỹ", "Xã Thắng Hải", "Xã Tân Hà"]),
        ({"below_quota": "on", "unit_kind": "commune"}, ["Xã Sông Phan", "Xã Sơn Mỹ", "Xã Thắng Hải"]),
        ({"zero": "on", "unit_kind": "town"}, ["Thị trấn Tân Nghĩa"]),
    ],
)
def test_filters_by_unit_kind_below_quota_and_zero(client, login, ham_tan_february_2017, filters, expected):
    login("board")
    response = client.get(TABLE, {**FEBRUARY, **filters})
    assert response.status_code == 200
    assert rows_of(response)[: len(expected)] == expected
    shown = set(rows_of(response))
    if "below_quota" in filters:
        assert "Xã Tân Hà" not in shown  # 2 of 2
    if "zero" in filters:
        assert all(entry["row"].counts.total == 0 for entry in response.context["rows"])
    assert "Bảng đang lọc" in response.content.decode()


def test_zero_only_lists_every_unit_without_items(client, login, ham_tan_february_2017):
    login("board")
    response = client.get(TABLE, {**FEBRUARY, "zero": "on"})
    assert len(response.context["rows"]) == 18
    assert "Đài TT-TH" not in rows_of(response) and "Xã Tân Đức" in rows_of(response)
    assert "gửi nhưng chưa phù hợp" in response.content.decode()


def test_csv_and_xlsx_downloads_are_the_table_shown(client, login, ham_tan_february_2017):
    login("board")
    response = client.get(export_url("csv"), FEBRUARY)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="tham-gia-tin-bai-hamtan.test-2017-02.csv"'
    text = response.content.decode("utf-8-sig")
    assert "Huyện Hàm Tân: 19/12 tin bài trên cổng" in text
    assert 'Đài TT-TH,"Phòng, ban, đơn vị trực thuộc",3' in text and "Phòng Tư pháp" in text

    filtered = client.get(export_url("csv"), {**FEBRUARY, "zero": "on"}).content.decode("utf-8-sig")
    assert "Phòng Tư pháp" in filtered and "Đài TT-TH" not in filtered

    from openpyxl import load_workbook

    response = client.get(export_url("xlsx"), FEBRUARY)
    assert response["Content-Disposition"].endswith('-2017-02.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Kỳ báo cáo: tháng 02/2017 (từ 20/01/2017 đến 19/02/2017)" in values and "Xã Tân Đức" in values
    assert any(str(value).startswith("Người lập: ") for value in values)


def test_an_unknown_format_is_not_found(client, login, ham_tan_february_2017):
    login("board")
    assert client.get(export_url("pdf"), FEBRUARY).status_code == 404


# -- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, message",
    [
        ({"period": "2017-13"}, "tháng phải từ 01 đến 12"),
        ({"period": "quý một"}, "Không hiểu kỳ báo cáo"),
        ({"period": "1999"}, "nằm ngoài khoảng báo cáo"),
        ({"date_from": "2017-02-19", "date_to": "2017-01-20"}, "trước ngày bắt đầu"),
        ({"date_from": "2010-01-01", "date_to": "2016-01-01"}, "dài quá 5 năm"),
        ({"date_from": "30/02/2017", "date_to": "2017-03-01"}, "không hợp lệ"),
        ({"date_from": "2017-01-20"}, "cần cả ngày bắt đầu và ngày kết thúc"),
        ({"period": "2017-02", "date_from": "2017-01-20", "date_to": "2017-02-19"}, "không chọn cả hai"),
        ({"unit_kind": "hành tinh"}, "Hãy chọn một lựa chọn hợp lệ"),
    ],
)
def test_bad_input_is_a_vietnamese_message_on_the_page(client, login, ham_tan_february_2017, query, message):
    login("board")
    response = client.get(TABLE, query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "table" not in response.context
    download = client.get(export_url("xlsx"), query)
    assert download.status_code == 302 and download["Location"].startswith(TABLE + "?")
    assert client.get(download["Location"]).status_code == 200
    detail = client.get(reverse("reports_unit", args=[unit_under(ham_tan_february_2017, "Ban QLDA").pk]), query)
    if "unit_kind" not in query:
        assert detail.status_code == 200 and message in detail.content.decode() and "table" not in detail.context


# -- a unit's detail ----------------------------------------------------------------------------


def test_a_units_detail_lists_its_items_with_links_and_its_figures(client, login, ham_tan_february_2017, commune):
    login("board")
    response = client.get(unit_url(commune, period="2017-02"))
    assert response.status_code == 200
    page = response.content.decode()
    items = list(response.context["items"])
    assert len(items) == 2 and {item.unit_id for item in items} == {commune.pk}
    first = items[0]
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[first.page_id])}"' in page
    assert first.public_url.startswith("http://hamtan.test") and f'href="{first.public_url}"' in page
    assert first.page.title in page and "Tin" in page
    assert "2/2 (chỉ tiêu), đạt 100%" in page
    assert "Cùng kỳ năm trước</dt><dd>1 (+100%)" in page
    assert "Tân Đức ra quân" not in page


def test_a_unit_whose_item_was_sent_back_shows_it_with_the_reason(client, login, ham_tan_february_2017):
    tan_duc = unit_under(ham_tan_february_2017, "Xã Tân Đức")
    login("inspector")
    response = client.get(unit_url(tan_duc, period="2017-02"))
    assert response.status_code == 200
    assert [item["title"] for item in response.context["sent_back"]] == ["Tân Đức ra quân làm sạch bãi biển"]
    page = response.content.decode()
    assert "Ảnh chưa rõ nguồn, nội dung chưa phù hợp." in page and "Chưa có tin bài nào trong kỳ này." in page
    # Outside the period of the rejection, nothing was sent back.
    assert client.get(unit_url(tan_duc, period="2017-03")).context["sent_back"] == []


def test_the_authoritys_own_detail_lists_what_its_portal_published(client, login, ham_tan_february_2017, district):
    login("board")
    response = client.get(unit_url(district, period="2017-02"))
    assert response.status_code == 200
    assert response.context["items"].paginator.count == 19
    assert "19/12 (chỉ tiêu)" in response.content.decode()
    assert [item["title"] for item in response.context["sent_back"]] == ["Tân Đức ra quân làm sạch bãi biển"]


def test_every_units_sent_back_items_are_its_figure_in_the_table(client, login, ham_tan_february_2017):
    login("board")
    table = client.get(TABLE, FEBRUARY).context["table"]
    for row in table.rows:
        detail = client.get(unit_url(row.unit, period="2017-02"))
        assert len(detail.context["sent_back"]) == row.sent_back, row.unit.name
        assert (
            detail.context["items"].paginator.count
            == row.counts.total + row.counts.legal_documents + row.counts.procedures
        )


def test_the_detail_costs_the_same_queries_for_2_items_or_19(client, login, ham_tan_february_2017, district, commune):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login("board")
    client.get(unit_url(commune, period="2017-02"))
    with CaptureQueriesContext(connection) as two:
        client.get(unit_url(commune, period="2017-02"))
    with CaptureQueriesContext(connection) as nineteen:
        assert client.get(unit_url(district, period="2017-02")).context["items"].paginator.count == 19
    assert len(nineteen) == len(two)


@pytest.mark.parametrize("member", ["board", "editor"])
def test_a_units_items_download_as_csv_and_xlsx(client, login, ham_tan_february_2017, commune, member):
    login(member)
    response = client.get(unit_export_url(commune, "csv"), FEBRUARY)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="tin-bai-don-vi-{commune.pk}-2017-02.csv"'
    lines = response.content.decode("utf-8-sig").splitlines()
    assert "Tin bài của Xã Tân Hà" in lines[0] and "Tổng tin bài: 2/2 (chỉ tiêu)" in lines
    assert sum(1 for line in lines if line.startswith(("1,", "2,"))) == 2
    assert "Hoạt động của Xã Tân Hà" in lines[-1] and "http://hamtan.test/" in lines[-1]

    from openpyxl import load_workbook

    response = client.get(unit_export_url(commune, "xlsx"), FEBRUARY)
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Kỳ báo cáo: tháng 02/2017 (từ 20/01/2017 đến 19/02/2017)" in values and "Tiêu đề" in values
    bad = client.get(unit_export_url(commune, "csv"), {"period": "2017-13"})
    assert bad.status_code == 302 and "tháng phải từ 01 đến 12" in client.get(bad["Location"]).content.decode()


# -- who sees what ------------------------------------------------------------------------------


@pytest.mark.parametrize("member", ["editor", "chief"])
def test_commune_members_are_sent_to_their_own_units_figures(client, login, ham_tan_february_2017, commune, member):
    login(member)
    response = client.get(TABLE, {**FEBRUARY, "zero": "on"})
    assert response.status_code == 302 and response["Location"] == unit_url(commune, period="2017-02")
    detail = client.get(response["Location"])
    assert detail.status_code == 200 and len(list(detail.context["items"])) == 2
    assert "Bảng của Huyện Hàm Tân" not in detail.content.decode()


@pytest.mark.parametrize("member", ["editor", "chief"])
def test_commune_members_are_refused_every_other_unit_and_the_downloads(
    client, login, ham_tan_february_2017, other_commune, district, member
):
    login(member)
    for unit in (other_commune, unit_under(district, "Đài TT-TH"), district):
        response = client.get(unit_url(unit, period="2017-02"))
        assert_refused(response)
        assert "Bạn không xem được số liệu của đơn vị này" in response.content.decode()
        assert "items" not in (response.context or {})
        for fmt in ("csv", "xlsx"):
            assert_refused(client.get(unit_export_url(unit, fmt), FEBRUARY))
    for fmt in ("csv", "xlsx"):
        assert_refused(client.get(export_url(fmt), FEBRUARY))


def test_the_district_editor_sees_its_portals_figures_only(client, login, ham_tan_february_2017, district, commune):
    login("district_editor")
    response = client.get(TABLE, FEBRUARY)
    assert response.status_code == 302 and response["Location"] == unit_url(district, period="2017-02")
    assert client.get(response["Location"]).context["items"].paginator.count == 19
    assert_refused(client.get(unit_url(commune, period="2017-02")))
    assert_refused(client.get(export_url("csv"), FEBRUARY))


def test_collaborators_see_no_report(client, login, ham_tan_february_2017, commune):
    login("collaborator")
    for url in (TABLE, export_url("csv"), export_url("xlsx"), unit_url(commune), unit_export_url(commune, "csv")):
        response = client.get(url, FEBRUARY)
        assert_refused(response)
        assert "không xem được báo cáo biên tập" in response.content.decode()


def test_another_authoritys_members_are_refused_the_districts_table_and_units(
    client, login, ham_tan_february_2017, district, commune, province, province_commune
):
    login("province_board")
    response = client.get(TABLE, FEBRUARY)
    assert response.status_code == 200 and response.context["authority"] == province
    assert "Hàm Tân" not in response.content.decode()
    assert_refused(client.get(TABLE, {**FEBRUARY, "authority": district.pk}))
    assert_refused(client.get(export_url("csv"), {**FEBRUARY, "authority": district.pk}))
    for unit in (district, commune, unit_under(district, "Đài TT-TH")):
        assert_refused(client.get(unit_url(unit, period="2017-02")))
        assert_refused(client.get(unit_export_url(unit, "xlsx"), FEBRUARY))
    assert client.get(unit_url(province_commune)).status_code == 200

    login("province_editor")
    assert_refused(client.get(unit_url(commune)))
    login("province_inspector")
    assert_refused(client.get(TABLE, {"authority": district.pk}))
    assert_refused(client.get(unit_url(commune)))


def test_a_unit_that_does_not_exist_is_refused_like_any_other(client, login, ham_tan_february_2017):
    login("board")
    response = client.get(reverse("reports_unit", args=[999999]))
    assert_refused(response)
    assert "Bạn không xem được số liệu của đơn vị này" in response.content.decode()


def test_a_superuser_picks_the_authority(client, ham_tan_february_2017, district, province):
    admin = get_user_model().objects.create_superuser("quantri", "quantri@hamtan.test", "mat-khau")
    client.force_login(admin)
    response = client.get(TABLE, FEBRUARY)
    page = response.content.decode()
    assert response.status_code == 200 and 'name="authority"' in page
    assert {unit.pk for unit in response.context["authorities"]} >= {district.pk, province.pk}
    response = client.get(TABLE, {**FEBRUARY, "authority": province.pk})
    assert response.context["authority"] == province and "Phường Đà Lạt" in rows_of(response)
    assert f"authority={province.pk}" in response.context["downloads"][0][1]
    response = client.get(TABLE, {**FEBRUARY, "authority": district.pk})
    assert "Huyện Hàm Tân: 19/12 tin bài trên cổng" in response.content.decode()


def test_the_table_costs_the_same_queries_with_more_units(client, login, ham_tan_february_2017, district):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login("board")
    client.get(TABLE, FEBRUARY)
    with CaptureQueriesContext(connection) as before:
        client.get(TABLE, FEBRUARY)
    for number in range(30):
        unit_under(district, f"Trường THCS số {number}")
    with CaptureQueriesContext(connection) as after:
        response = client.get(TABLE, FEBRUARY)
    assert len(response.context["rows"]) == 57
    assert len(after) == len(before)


# -- the menu and the dashboard -----------------------------------------------------------------


@pytest.mark.parametrize(
    "member, shown",
    [("board", True), ("inspector", True), ("editor", True), ("chief", True), ("collaborator", False)],
)
def test_the_menu_item_is_shown_only_to_those_who_may_open_it(client, login, district, member, shown):
    login(member)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (f'"{TABLE}"' in home) is shown


@pytest.fixture
def this_month(district, tmp_path):
    """A calendar month with two items today on the portal, from the culture department, quota 10."""
    unit_under(district, "Phòng Văn hóa và Thông tin")
    unit_under(district, "Phòng Tư pháp")
    quota(district, 10, unit=district)
    today = timezone.localdate()
    import_articles(tmp_path, DISTRICT_HOST, [("Phòng Văn hóa và Thông tin", f"{today:%Y-%m-%d}T00:01", "tin")] * 2)
    return period_containing(today)


def test_the_board_sees_this_period_so_far_on_its_dashboard(client, login, district, this_month):
    login("board")
    response = client.get(reverse("wagtailadmin_home"))
    page = response.content.decode()
    assert "Tham gia cung cấp tin bài" in page
    assert "Tin bài trên cổng: 2/10 (chỉ tiêu)" in page
    units = district.children.count()
    assert f"{units - 1}/{units} đơn vị chưa có tin bài" in page and "Phòng Tư pháp" in page
    days_left = this_month.days_left(timezone.localdate())
    assert f"Còn {days_left} ngày trong kỳ" in page
    assert f"{TABLE}?authority={district.pk}" in page


@pytest.mark.parametrize("member", ["inspector", "editor", "chief", "collaborator", "province_inspector"])
def test_the_panel_is_the_boards_only(client, login, district, this_month, member):
    login(member)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "reports-contributions-panel" not in page and "Tin bài trên cổng" not in page


def test_another_boards_panel_is_about_its_own_authority(client, login, district, this_month, province):
    login("province_board")
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "reports-contributions-panel" in page and "Tỉnh Lâm Đồng" in page
    assert "2/10" not in page and f"authority={district.pk}" not in page
