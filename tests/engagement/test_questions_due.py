"""Hỏi đáp: due dates in working days over weekends and the holidays editors keep (Tết included),
each authority's rule; the Hỏi đáp section provisioning makes, and the conversion of old ones."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from django.conf import settings
from django.test import override_settings

from engagement.models import PublicHoliday, QuestionIndexPage, QuestionRule
from engagement.working_days import add_working_days, due_date
from home.models import SectionPage
from sites.provisioning import provision_unit
from tests.helpers import DISTRICT_HOST, run_command

from .question_factories import make_question, page_path, question_page

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.sqlite
def test_weekends_do_not_count():
    friday = date(2026, 6, 5)
    assert add_working_days(friday, 1, set()) == date(2026, 6, 8)
    assert add_working_days(friday, 5, set()) == date(2026, 6, 12)


@pytest.mark.sqlite
def test_the_seeded_tet_days_do_not_count(db):
    # Received Friday 13/2/2026: Tết Bính Ngọ keeps offices closed 16–20/2.
    assert PublicHoliday.objects.filter(date__range=(date(2026, 2, 16), date(2026, 2, 20))).count() == 5
    assert PublicHoliday.objects.filter(date__year=2027).exists()
    assert due_date(None, date(2026, 2, 13)) == date(2026, 2, 27)  # 23–27/2, not 16–20/2


def test_a_holiday_an_editor_adds_counts_and_the_authoritys_rule_applies(db, district):
    received = date(2026, 6, 1)  # a Monday
    assert due_date(district, received) == date(2026, 6, 8)
    PublicHoliday.objects.create(date=date(2026, 6, 3), name="Ngày nghỉ thêm")
    assert due_date(district, received) == date(2026, 6, 9)
    QuestionRule.objects.create(authority=district, due_working_days=2)
    assert due_date(district, received) == date(2026, 6, 4)


def test_a_question_gets_its_due_date_from_its_authority(db, commune, district):
    QuestionRule.objects.create(authority=district, due_working_days=1)
    received = datetime(2026, 4, 29, 9, 0, tzinfo=HANOI)  # Wednesday before 30/4 and 1/5
    question = make_question(commune, received_at=received)
    assert question.due_on == date(2026, 5, 4)


@pytest.mark.sqlite
def test_provisioning_gives_every_portal_a_question_page(db, commune, district):
    for unit in (commune, district):
        page = question_page(unit)
        assert page.title == "Hỏi đáp" and page.live
    assert QuestionIndexPage.objects.count() >= 2


def test_the_question_page_type_sits_under_home_pages_only(db, commune):
    from home.models import HomePage

    assert QuestionIndexPage.parent_page_types == ["home.HomePage"]
    assert QuestionIndexPage in HomePage.allowed_subpage_models()
    assert QuestionIndexPage.allowed_subpage_models() == []
    assert not QuestionIndexPage.can_create_at(commune.site.root_page)  # one per portal, it is there


OLD_SECTIONS = [
    {**section, "model": "home.SectionPage"} if section["slug"] == "hoi-dap" else section
    for section in settings.PORTAL_STANDARD_SECTIONS
]


def old_portal(name, hostname):
    """A commune provisioned before engagement served Hỏi đáp, and its plain "Hỏi đáp" section."""
    with override_settings(PORTAL_STANDARD_SECTIONS=OLD_SECTIONS):
        unit = provision_unit("commune", name, hostname=hostname, parent_hostname=DISTRICT_HOST).unit
    return unit, SectionPage.objects.child_of(unit.site.root_page).get(slug="hoi-dap")


def test_an_old_empty_question_section_is_converted_in_place(client, db, district):
    unit, old = old_portal("Xã Tân Xuân", "tan-xuan.hamtan.test")
    before = (old.pk, old.path, old.url_path, old.title, old.live, old.first_published_at)
    result = run_command("convert_question_sections")
    assert not result.failed and "Đã chuyển 1 chuyên mục" in result.stdout
    page = QuestionIndexPage.objects.get(pk=old.pk)
    assert (page.pk, page.path, page.url_path, page.title, page.live, page.first_published_at) == before
    assert not SectionPage.objects.filter(pk=old.pk).exists()
    assert type(page.specific) is QuestionIndexPage
    response = client.get(page_path(unit, "dat-cau-hoi/"), HTTP_HOST="tan-xuan.hamtan.test")
    assert response.status_code == 200
    again = run_command("convert_question_sections")
    assert "Đã chuyển 0 chuyên mục" in again.stdout


def test_a_question_section_with_pages_is_left_alone(db, district):
    from tests.factories import ContentPageFactory

    unit, old = old_portal("Xã Tân Phúc", "tan-phuc.hamtan.test")
    ContentPageFactory(parent=old, title="Câu hỏi thường gặp")
    dry = run_command("convert_question_sections", "--dry-run")
    assert "Bỏ qua" in dry.stderr
    result = run_command("convert_question_sections")
    assert "chuyên mục có trang con" in result.stderr
    assert SectionPage.objects.filter(pk=old.pk).exists()


def test_a_dry_run_changes_nothing(db, district):
    unit, old = old_portal("Xã Tân Thắng", "tan-thang.hamtan.test")
    result = run_command("convert_question_sections", "--dry-run")
    assert "Sẽ chuyển 1 chuyên mục" in result.stdout
    assert SectionPage.objects.filter(pk=old.pk).exists()
    assert not QuestionIndexPage.objects.filter(pk=old.pk).exists()


def test_the_overdue_flag_follows_the_due_date(db, commune):
    question = make_question(commune)
    assert not question.is_overdue
    question.due_on = date.today() - timedelta(days=1)
    assert question.is_overdue


def test_an_editor_edits_the_question_page_and_its_notice(client, login, commune):
    from django.urls import reverse

    login("editor")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[question_page(commune).pk]))
    assert response.status_code == 200
    assert 'name="privacy_notice"' in response.content.decode()
