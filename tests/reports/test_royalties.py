"""Nhuận bút: the board grades its portal's items and gets the sheet per author and unit."""

from decimal import Decimal

import pytest

from django.urls import reverse

from reports.models import ItemGrade, PublishedItem, ReportingRule, RoyaltyGrade
from tests.helpers import DISTRICT_HOST, assert_refused

from .factories import import_articles, unit_under

pytestmark = pytest.mark.usefixtures("media_root")

GRADING = reverse("reports_royalty_grading")
SHEET = reverse("reports_royalty_sheet")


@pytest.fixture
def graded_month(district, tmp_path):
    """March 2026 on the district portal: three news items and one article, a scale, 100,000 đồng a point."""
    ReportingRule.objects.create(
        authority=district, royalty_point_value=100000, royalty_basis="Quyết định số 12/QĐ-UBND"
    )
    unit_under(district, "Phòng Y tế")
    import_articles(
        tmp_path,
        DISTRICT_HOST,
        [
            ("Phòng Y tế", "2026-03-02T08:00", "tin"),
            ("Phòng Y tế", "2026-03-05T08:00", "tin"),
            ("Phòng Văn hóa và Thông tin", "2026-03-09T08:00", "bai"),
            ("Phòng Văn hóa và Thông tin", "2026-04-02T08:00", "tin"),  # April: not in the sheet
        ],
    )
    return {
        "news_a": RoyaltyGrade.objects.create(authority=district, kind="tin", label="Loại A", points=Decimal("1.5")),
        "news_b": RoyaltyGrade.objects.create(authority=district, kind="tin", label="Loại B", points=Decimal("1")),
        "article": RoyaltyGrade.objects.create(authority=district, kind="bai", label="Bài loại A", points=Decimal("4")),
    }


def march_items():
    return list(PublishedItem.objects.filter(published_at__month=3).order_by("published_at"))


def test_the_board_grades_and_the_sheet_adds_up_per_author_and_unit(client, login, district, graded_month):
    news_1, news_2, article = march_items()
    login("board")
    page = client.get(GRADING, {"period": "2026-03"}).content.decode()
    assert "Loại A (1,50 điểm)" in page and page.count('<select name="grade-') == 3
    response = client.post(
        f"{GRADING}?authority={district.pk}&period=2026-03",
        {
            f"grade-{news_1.page_id}": graded_month["news_a"].pk,
            f"grade-{news_2.page_id}": graded_month["news_b"].pk,
            f"grade-{article.page_id}": graded_month["article"].pk,
        },
    )
    assert response.status_code == 302
    assert ItemGrade.objects.count() == 3

    sheet = client.get(SHEET, {"period": "2026-03"}).content.decode()
    assert "Phòng Y tế" in sheet and "250.000" in sheet  # 1.5 + 1 points × 100,000
    assert "400.000" in sheet and "650.000" in sheet  # the article; the total

    xlsx = client.get(SHEET, {"period": "2026-03", "format": "xlsx", "authority": district.pk})
    assert xlsx["Content-Disposition"].startswith("attachment;")
    from io import BytesIO

    from openpyxl import load_workbook

    values = [cell for row in load_workbook(BytesIO(xlsx.content)).active.iter_rows(values_only=True) for cell in row]
    assert "Căn cứ: Quyết định số 12/QĐ-UBND" in values and 650000 in values


def test_a_grade_of_another_kind_or_an_item_of_another_period_saves_nothing(client, login, district, graded_month):
    news_1, _news_2, article = march_items()
    april = PublishedItem.objects.get(published_at__month=4)
    login("board")
    url = f"{GRADING}?authority={district.pk}&period=2026-03"
    response = client.post(
        url,
        {f"grade-{news_1.page_id}": graded_month["news_a"].pk, f"grade-{article.page_id}": graded_month["news_a"].pk},
        follow=True,
    )
    assert "Mức nhuận bút không đúng loại tin bài" in response.content.decode()
    response = client.post(url, {f"grade-{april.page_id}": graded_month["news_a"].pk}, follow=True)
    assert "không thuộc cổng của đơn vị trong kỳ này" in response.content.decode()
    assert not ItemGrade.objects.exists()


def test_an_unknown_period_is_said_in_vietnamese(client, login, district, graded_month):
    news_1 = march_items()[0]
    login("board")
    response = client.get(SHEET, {"period": "2026-13"})
    assert response.status_code == 200
    assert "tháng phải từ 01 đến 12" in response.content.decode()
    assert 'id="royalty-sheet"' not in response.content.decode(), "no other period's sheet instead"
    assert not client.get(SHEET, {"period": "2026-13", "format": "xlsx"}).has_header("Content-Disposition")

    response = client.post(f"{GRADING}?period=2026-13", {f"grade-{news_1.page_id}": graded_month["news_a"].pk})
    assert response.status_code == 302
    assert "tháng phải từ 01 đến 12" in client.get(response["Location"]).content.decode()
    assert not ItemGrade.objects.exists()


@pytest.mark.parametrize("member", ["inspector", "district_editor", "editor", "chief", "collaborator"])
def test_other_roles_are_refused(client, login, district, graded_month, member):
    news_1 = march_items()[0]
    login(member)
    assert_refused(client.get(GRADING))
    assert_refused(client.get(SHEET, {"format": "xlsx"}))
    assert_refused(client.post(f"{GRADING}?period=2026-03", {f"grade-{news_1.page_id}": graded_month["news_a"].pk}))
    assert not ItemGrade.objects.exists()


def test_another_authoritys_board_cannot_open_or_grade_ours(client, login, district, graded_month):
    news_1 = march_items()[0]
    login("province_board")
    assert_refused(client.get(SHEET, {"authority": district.pk}))
    url = f"{GRADING}?authority={district.pk}&period=2026-03"
    assert_refused(client.post(url, {f"grade-{news_1.page_id}": graded_month["news_a"].pk}))
    # Its own portal's sheet never lists ours.
    assert "Phòng Y tế" not in client.get(SHEET, {"period": "2026-03"}).content.decode()
    assert not ItemGrade.objects.exists()
