"""Báo cáo biên tập › Chuyên mục chậm cập nhật (seed 003: sections designed but never updated)."""

import datetime

from django.urls import reverse
from django.utils import timezone

from reports.models import SectionSchedule
from reports.sections import section_states
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, news_section
from tests.helpers import assert_refused

INDEX = reverse("reports_sections")


def schedule_url(section):
    return reverse("reports_section_schedule", args=[section.pk])


def states_by_title(site):
    return {state.page.title: state for state in section_states([site.pk])}


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def published_article(section, days):
    article = ArticlePageFactory(parent=section, live=False)
    revision = article.save_revision()
    revision.publish()
    ArticlePageFactory._meta.model.objects.filter(pk=article.pk).update(last_published_at=days_ago(days))
    return article


def test_a_section_is_stale_after_its_expected_frequency_and_never_updated_ones_too(commune):
    news = news_section(commune.site)
    published_article(news, days=3)
    quiet = NewsIndexPageFactory(parent=news, title="Chuyển đổi số")
    published_article(quiet, days=20)
    NewsIndexPageFactory(parent=news, title="Người tốt việc tốt")
    today = timezone.localdate()
    states = states_by_title(commune.site)
    assert states[news.title].days_since(today) == 3 and not states[news.title].is_stale(today)
    assert states["Chuyển đổi số"].days_since(today) == 20 and states["Chuyển đổi số"].is_stale(today)
    never = states["Người tốt việc tốt"]
    assert never.last_published_at is None and never.is_stale(today)
    assert never.expected_days == 7 and not never.set_by_board


def test_the_boards_frequency_overrides_the_default_and_zero_stops_following(commune):
    quiet = NewsIndexPageFactory(parent=news_section(commune.site), title="Chuyển đổi số")
    published_article(quiet, days=20)
    SectionSchedule.objects.create(page=quiet, expected_days=30)
    today = timezone.localdate()
    assert not states_by_title(commune.site)["Chuyển đổi số"].is_stale(today)
    SectionSchedule.objects.filter(page=quiet).update(expected_days=0)
    assert not states_by_title(commune.site)["Chuyển đổi số"].is_stale(today)


def test_queries_do_not_grow_with_sites_or_sections(district, commune, other_commune, django_assert_max_num_queries):
    for number in range(15):
        NewsIndexPageFactory(parent=news_section(commune.site), title=f"Chuyên mục {number}")
    with django_assert_max_num_queries(8):
        states = section_states(None)
    assert {state.site.pk for state in states} >= {district.site_id, commune.site_id, other_commune.site_id}


def test_the_board_sees_every_site_and_sets_a_frequency(client, login, district, commune, province):
    quiet = NewsIndexPageFactory(parent=news_section(commune.site), title="Chuyển đổi số")
    login("board")
    page = client.get(INDEX).content.decode()
    assert "Chuyển đổi số" in page and "Chưa từng cập nhật" in page
    assert province.site.site_name not in page
    response = client.post(schedule_url(quiet), {"expected_days": "30"})
    assert response.status_code == 302
    assert SectionSchedule.objects.get(page=quiet).expected_days == 30
    response = client.post(schedule_url(quiet), {"expected_days": "-3"})
    assert "Số ngày không được âm." in response.content.decode()
    assert SectionSchedule.objects.get(page=quiet).expected_days == 30


def test_a_commune_editor_sees_only_its_own_sections_and_sets_none(client, login, commune, other_commune):
    ours = NewsIndexPageFactory(parent=news_section(commune.site), title="Chuyên mục của Tân Hà")
    NewsIndexPageFactory(parent=news_section(other_commune.site), title="Chuyên mục của Tân Nghĩa")
    for member in ("editor", "chief"):
        login(member)
        page = client.get(INDEX).content.decode()
        assert "Chuyên mục của Tân Hà" in page and "Chuyên mục của Tân Nghĩa" not in page
        assert_refused(client.post(schedule_url(ours), {"expected_days": "1"}))
    assert not SectionSchedule.objects.exists()


def test_collaborators_are_refused_and_do_not_see_the_menu(client, login, commune):
    login("collaborator")
    assert_refused(client.get(INDEX))
    assert INDEX not in client.get(reverse("wagtailadmin_home")).content.decode()  # the sidebar menu


def test_the_menu_offers_the_screens_each_role_may_open(client, login, commune):
    quotas = reverse("reports_quota_modeladmin_index")
    login("board")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX in menu and quotas in menu
    login("editor")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX in menu and quotas not in menu


def test_another_authoritys_board_cannot_see_or_set_our_sections(client, login, commune):
    section = NewsIndexPageFactory(parent=news_section(commune.site), title="Chuyển đổi số Tân Hà")
    login("province_board")
    page = client.get(INDEX).content.decode()
    assert "Phường Đà Lạt" in page or "da-lat" in page
    assert "Chuyển đổi số Tân Hà" not in page
    assert_refused(client.post(schedule_url(section), {"expected_days": "1"}))
    assert_refused(client.get(schedule_url(section)))
    assert not SectionSchedule.objects.exists()
