"""The demo's data for the editorial reports: 14 reporting months of contributions, a unit's item
sent back by the board this month, quotas and the district's month from the 20th."""

import json

import pytest

from django.utils import timezone

from wagtail.models import TaskState, WorkflowState

from articles.models import ArticlePage
from demo.loading.contributions import MONTHS, contributions, reporting_months
from reports.ledger import rebuild_items
from reports.models import PublishedItem, Quota, ReportingRule
from reports.periods import period_containing
from sites.models import Unit
from tests.helpers import run_command

from .helpers import DISTRICT_HOST, demo_district, run_load_demo

# Units whose patterns in contributions.json end in two silent months, and have no articles.json news.
SILENT_LATELY = ["Phòng Tư pháp", "Thanh tra huyện", "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên"]
SILENT_LATELY += ["Trung tâm Phát triển quỹ đất", "Ban Quản lý các công trình công cộng"]


def current_period_code():
    return period_containing(timezone.localdate(), 20).code


def report(period, fmt="json"):
    result = run_command("contribution_report", "--site", DISTRICT_HOST, "--period", period, "--format", fmt)
    assert result.error is None, result.error
    return json.loads(result.stdout) if fmt == "json" else result.stdout


@pytest.mark.django_db
def test_the_district_reports_by_month_from_the_20th_with_quotas(first_run_output):
    district = demo_district()
    assert ReportingRule.objects.get(authority=district).month_start_day == 20
    quotas = Quota.objects.filter(authority=district, period_kind="month").select_related("unit")
    quotas = {(quota.unit_kind, quota.unit.name if quota.unit else None): quota.items for quota in quotas}
    assert quotas == {
        ("department", None): 1,
        ("commune", None): 2,
        ("town", None): 2,
        ("", "Phòng Văn hóa và Thông tin"): 3,
        ("", "Huyện Hàm Tân"): 12,
    }


@pytest.mark.django_db
def test_current_month_lists_every_unit_some_at_zero_the_sent_back_item_and_quotas(first_run_output):
    table = report(current_period_code())

    district = demo_district()
    units = {unit["name"]: unit for unit in table["units"]}
    assert set(units) == set(Unit.objects.filter(parent=district).values_list("name", flat=True))
    assert len(units) == 27
    assert table["authority"]["quota"] == 12 and table["authority"]["total"] > 0
    contributors = [name for name, unit in units.items() if unit["total"]]
    assert len(contributors) >= 10
    for name in SILENT_LATELY:
        assert units[name]["total"] == 0, name
    assert units["Xã Tân Đức"]["sent_back"] == 1
    assert sum(unit["sent_back"] for unit in units.values()) == 1
    assert units["Phòng Văn hóa và Thông tin"]["quota"] == 3
    assert units["Phòng Y tế"]["quota"] == 1 and units["Xã Tân Hà"]["quota"] == 2
    assert units["Thị trấn Tân Nghĩa"]["quota"] == 2

    text = report(current_period_code(), "text")
    assert "chưa có tin bài" in text and "Trung tâm Phát triển quỹ đất" in text
    assert f"Huyện Hàm Tân: {table['authority']['total']}/12 tin bài trên cổng" in text


@pytest.mark.django_db
def test_last_month_has_silent_units_and_both_months_compare_with_a_year_earlier(first_run_output):
    periods = reporting_months(timezone.localdate(), 20)
    assert len(periods) == MONTHS and periods[-1].code == current_period_code()
    for period in periods[-2:]:
        table = report(period.code)
        units = {unit["name"]: unit for unit in table["units"]}
        assert all(units[name]["total"] == 0 for name in SILENT_LATELY), period.code
        assert table["authority"]["same_period_last_year"] > 0, period.code
        assert any(unit["change_pct"] is not None for unit in table["units"]), period.code
    # Fourteen months of items on the district portal, every month with some.
    for period in periods:
        assert report(period.code)["authority"]["total"] > 0, period.code


@pytest.mark.django_db
def test_communes_are_credited_on_their_own_site_and_on_the_district_portal(first_run_output):
    year = reporting_months(timezone.localdate(), 20)
    start, end = year[0].start.isoformat(), year[-1].end.isoformat()
    result = run_command(
        "contribution_report", "--site", DISTRICT_HOST, "--from", start, "--to", end, "--format", "json"
    )
    units = {unit["name"]: unit for unit in json.loads(result.stdout)["units"]}
    assert units["Xã Tân Hà"]["on_own_site"] > 0 and units["Xã Tân Hà"]["on_parent_portal"] > 0
    assert units["Xã Thắng Hải"]["on_parent_portal"] == 0
    assert units["Trung tâm Phát triển quỹ đất"]["total"] == 0
    assert units["Đài Truyền thanh – Truyền hình"]["by_kind"]["phong_su"] > 0
    assert units["Phòng Văn hóa và Thông tin"]["photos"] > 0


@pytest.mark.django_db
def test_the_sent_back_item_is_a_board_rejection_of_the_district_editors_submission(first_run_output):
    spec = contributions()["sent_back"]
    page = ArticlePage.objects.get(title=spec["title"])
    assert not page.live and page.contributing_unit.name == "Xã Tân Đức"
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.requested_by.username == "huyen_bientap"
    task_state = state.current_task_state
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.finished_by.username == "bbt"
    assert task_state.get_comment() == spec["comment"]
    assert not PublishedItem.objects.filter(page=page).exists()


@pytest.mark.django_db
def test_the_ledger_holds_every_live_item_with_its_backdated_date(first_run_output):
    ledger = dict(PublishedItem.objects.values_list("page_id", "published_at"))
    articles = dict(ArticlePage.objects.live().values_list("pk", "published_at"))
    assert {pk: ledger[pk] for pk in articles} == articles
    before = set(PublishedItem.objects.values_list("page_id", "unit_id", "kind", "published_at", "photos"))
    rebuild_items()
    assert set(PublishedItem.objects.values_list("page_id", "unit_id", "kind", "published_at", "photos")) == before


@pytest.mark.django_db
def test_a_second_run_keeps_the_boards_own_quota_and_rule(demo):
    ReportingRule.objects.filter(authority=demo).update(month_start_day=1)
    Quota.objects.filter(authority=demo, unit=demo).update(items=20)
    Quota.objects.filter(authority=demo, unit_kind="commune").delete()

    output = run_load_demo()

    assert output.strip() == "Đã nạp dữ liệu mẫu huyện Hàm Tân: tạo 1 chỉ tiêu tin bài."
    assert ReportingRule.objects.get(authority=demo).month_start_day == 1
    assert Quota.objects.get(authority=demo, unit=demo).items == 20
    assert Quota.objects.get(authority=demo, unit_kind="commune").items == 2
