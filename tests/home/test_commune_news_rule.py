"""The rule by which the district's home page takes its communes' news: set by the board on the district's
home page, refused to everyone else, and stated to the editors beside the "Tin nổi bật" box."""

import re

import pytest

from django.core.cache import cache
from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

from home.models import HomePage
from sites.models.settings import CommuneNewsRule
from tests.articles.factories import news_section
from tests.helpers import assert_refused, unchanged

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_page_cache():
    cache.clear()


def home_of(unit):
    return HomePage.objects.get(pk=unit.site.root_page_id)


def home_form_data(home, **extra):
    return {
        "title": home.title,
        "slug": home.slug,
        "welcome": rich_text("<p>Chào mừng bạn đến với trang thông tin.</p>"),
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        **extra,
    }


def edit_home(client, home, **fields):
    return client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), home_form_data(home, **fields))


def rule_state(home):
    """The live rule and the one in the newest revision (what a later approval would publish)."""
    home.refresh_from_db()
    draft = home.get_latest_revision_as_object()
    return (home.commune_news_rule, home.commune_news_count, draft.commune_news_rule, draft.commune_news_count)


FEATURED_ONLY = {"commune_news_rule": CommuneNewsRule.FEATURED, "commune_news_count": "4"}


def test_the_board_sets_the_rule_on_the_district_home_page(client, login, district):
    home = home_of(district)
    assert (home.commune_news_rule, home.commune_news_count) == (CommuneNewsRule.NEWEST, 6)
    login("board")

    form = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert 'name="commune_news_rule"' in form and "Tin từ các xã, thị trấn" in form

    response = edit_home(client, home, **FEATURED_ONLY, **{"action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:1500]
    assert rule_state(home) == (CommuneNewsRule.FEATURED, 4, CommuneNewsRule.FEATURED, 4)


def test_a_commune_editor_cannot_change_the_district_rule(client, login, district):
    home = home_of(district)
    login("editor")
    with unchanged(lambda: rule_state(home)):
        assert_refused(edit_home(client, home, **FEATURED_ONLY))


def test_the_district_editor_saves_the_home_page_without_the_rule(client, login, district):
    home = home_of(district)
    login("district_editor")

    form = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert 'name="commune_news_rule"' not in form and 'name="welcome"' in form

    with unchanged(lambda: rule_state(home)):
        response = edit_home(client, home, **FEATURED_ONLY)
    # The draft was saved (the edit itself is allowed), only the rule was not read.
    assert response.status_code == 302
    assert "Chào mừng bạn đến với trang thông tin." in home.get_latest_revision_as_object().welcome


def test_a_commune_home_page_has_no_rule_to_set_even_for_the_board(client, login, commune):
    home = home_of(commune)
    login("board")
    form = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert 'name="commune_news_rule"' not in form and 'name="welcome"' in form
    login("chief")
    with unchanged(lambda: rule_state(home)):
        assert edit_home(client, home, **FEATURED_ONLY).status_code == 302


def featured_help(client, unit):
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", news_section(unit.site).pk])
    )
    assert response.status_code == 200
    match = re.search(r'id="[^"]*-featured-helptext"[^>]*>(.*?)</div>', response.content.decode(), re.S)
    assert match
    return " ".join(match.group(1).split())


def test_the_featured_box_states_the_rule_in_force(client, login, district, commune):
    login("editor")
    newest = featured_help(client, commune)
    assert "Hiển thị ở khối “Tin nổi bật” trên trang chủ xã Tân Hà." in newest
    assert "tự đưa tin mới nhất của mỗi xã, thị trấn (tối đa 2 tin), không phụ thuộc ô này" in newest

    HomePage.objects.filter(pk=district.site.root_page_id).update(commune_news_rule=CommuneNewsRule.FEATURED)
    featured = featured_help(client, commune)
    assert "chỉ tin có đánh dấu ô này mới được đưa lên mục “Tin từ các xã, thị trấn” trên trang chủ huyện Hàm Tân" in (
        featured
    )
    assert "không phụ thuộc ô này" not in featured

    login("district_editor")
    own = featured_help(client, district)
    assert "Hiển thị ở khối “Tin nổi bật” trên trang chủ huyện Hàm Tân." in own
    assert "Tin từ các xã" not in own
