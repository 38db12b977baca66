"""The admin report "Thống kê truy cập": per role, from the side that is refused too; the chart,
the per-day and per-month tables, CSV and XLSX."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST, PROVINCE_HOST, unit_on

from .visit_factories import visit_days

pytestmark = pytest.mark.django_db

REPORT = "/admin/thong-ke-truy-cap/"


@pytest.fixture
def history(district, commune, other_commune, province):
    visit_days(commune.site, {date(2026, 3, 1): 120, date(2026, 3, 2): 80, date(2026, 4, 5): 33})
    visit_days(other_commune.site, {date(2026, 3, 1): 1000})
    visit_days(district.site, {date(2026, 3, 2): 7})
    visit_days(province.site, {date(2026, 3, 1): 5000})


def get(client, **params):
    return client.get(REPORT, params, HTTP_HOST=DISTRICT_HOST)


def site_pk(host):
    return unit_on(host).site.pk


def table(response):
    return [tuple(row) for row in response.context["rows"]]


MARCH = {"tu": "2026-03-01", "den": "2026-03-03"}


def test_a_commune_editor_reads_its_own_site_by_day(client, login, history):
    login("editor")
    response = get(client, **MARCH)
    assert response.status_code == 200
    assert [site.hostname for site in response.context["sites"]] == [COMMUNE_HOST]
    assert table(response) == [("01/03/2026", "120", "12"), ("02/03/2026", "80", "8"), ("03/03/2026", "0", "0")]
    html = response.content.decode()
    assert html.count("<rect ") == 3 and "01/03/2026: 120 lượt" in html


@pytest.mark.parametrize("username", ["editor", "chief"])
def test_a_commune_editor_is_refused_another_communes_site_and_the_sum(client, login, history, username):
    login(username)
    for site in (str(site_pk(OTHER_COMMUNE_HOST)), str(site_pk(DISTRICT_HOST)), str(site_pk(PROVINCE_HOST)), "tat-ca"):
        response = get(client, site=site, **MARCH)
        if site == "tat-ca":  # one site only: the sum is the site itself
            assert [s.hostname for s in response.context["sites"]] == [COMMUNE_HOST]
            continue
        assert response.status_code == 403, site
        assert "không thuộc đơn vị của bạn" in response.content.decode()
        assert get(client, site=site, format="csv", **MARCH).status_code == 403


def test_collaborators_and_users_of_other_units_get_nothing_of_the_commune(client, login, history):
    login("collaborator")
    assert get(client).status_code == 403
    login("province_editor")
    assert get(client, site=str(site_pk(COMMUNE_HOST))).status_code == 403
    login("province_board")
    assert get(client, site=str(site_pk(COMMUNE_HOST))).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, history):
    response = get(client)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("username", ["board", "inspector"])
def test_the_board_and_inspectors_read_every_site_of_their_authority_added_up_or_one_by_one(
    client, login, history, username
):
    login(username)
    response = get(client, **MARCH)
    hosts = {site.hostname for site in response.context["sites"]}
    assert {DISTRICT_HOST, COMMUNE_HOST, OTHER_COMMUNE_HOST} <= hosts and PROVINCE_HOST not in hosts
    assert table(response)[:2] == [("01/03/2026", "1.120", "112"), ("02/03/2026", "87", "8")]
    one = get(client, site=str(site_pk(OTHER_COMMUNE_HOST)), **MARCH)
    assert table(one)[0] == ("01/03/2026", "1.000", "100")
    assert get(client, site=str(site_pk(PROVINCE_HOST))).status_code == 403


def test_visits_per_month(client, login, history):
    login("editor")
    response = get(client, theo="thang", tu="2026-01-01", den="2026-04-30")
    assert table(response) == [
        ("01/2026", "0", "0"),
        ("02/2026", "0", "0"),
        ("03/2026", "200", "20"),
        ("04/2026", "33", "3"),
    ]


def test_bad_dates_get_a_vietnamese_error_and_the_default_period(client, login, history):
    login("editor")
    response = get(client, tu="2026-05-01", den="2026-03-01")
    assert response.status_code == 200 and "Ngày bắt đầu phải trước ngày kết thúc." in response.content.decode()
    assert "Ngày không hợp lệ" in get(client, tu="ngay-mai").content.decode()
    assert "tối đa là 731 ngày" in get(client, tu="2020-01-01", den="2026-01-01").content.decode()


def test_csv_and_xlsx_exports_hold_the_table_shown(client, login, history):
    login("board")
    pk = str(site_pk(COMMUNE_HOST))
    csv_file = get(client, site=pk, format="csv", **MARCH)
    assert csv_file["Content-Type"].startswith("text/csv")
    lines = csv_file.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "Thống kê truy cập" and f"({COMMUNE_HOST})" in lines[1]
    assert lines[-4:] == [
        "Ngày,Lượt khách truy cập,Lượt máy chủ tìm kiếm",
        "01/03/2026,120,12",
        "02/03/2026,80,8",
        "03/03/2026,0,0",
    ]

    xlsx = get(client, site=pk, format="xlsx", theo="thang", tu="2026-03-01", den="2026-04-30")
    assert xlsx["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0]]
    assert rows[-3:] == [
        ("Tháng", "Lượt khách truy cập", "Lượt máy chủ tìm kiếm"),
        ("03/2026", 200, 20),
        ("04/2026", 33, 3),
    ]


def test_the_menu_item_shows_to_readers_only(client, login, history):
    login("editor")
    assert reverse("engagement_visit_report") in client.get("/admin/", HTTP_HOST=DISTRICT_HOST).content.decode()
    login("collaborator")
    assert reverse("engagement_visit_report") not in client.get("/admin/", HTTP_HOST=DISTRICT_HOST).content.decode()
