"""The page cache for anonymous readers (cms.page_cache), on the news sections and articles that use it."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction, Site
from wagtail.rich_text import RichText

from articles.models import ArticlePage, NewsIndexPage
from cms import page_cache
from cms.text import ascii_slug
from engagement import view_counts
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.VIEW_COUNT_FLUSH_SECONDS = 3600
    settings.VIEW_COUNT_FLUSH_THRESHOLD = 1000
    cache.clear()
    yield
    cache.clear()


def news_section(site):
    return NewsIndexPage.objects.child_of(site.root_page).get(slug="tin-tuc-su-kien")


def make_page(parent, page):
    page.slug = ascii_slug(page.title)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_article(section, title):
    return make_page(
        section,
        ArticlePage(
            title=title,
            summary="UBND xã triển khai nhiệm vụ trọng tâm.",
            body=[("paragraph", RichText("<p>Sáng ngày 28/9, UBND xã họp triển khai nhiệm vụ.</p>"))],
        ),
    )


@pytest.fixture
def article(commune):
    return make_article(news_section(commune.site), "Xã Tân Hà ra quân làm đường giao thông nông thôn")


def path_of(page, suffix=""):
    return page.relative_url(page.get_site()) + suffix


def get(client, path, host=COMMUNE_HOST):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host, HTTP_USER_AGENT=READER)
    assert response.status_code == 200, (path, response.status_code)
    response.query_count = len(queries)
    return response


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


def test_second_anonymous_request_is_served_from_the_cache(client, article):
    first = get(client, path_of(article))
    second = get(client, path_of(article))
    third = get(client, path_of(article))

    assert not is_hit(first) and is_hit(second) and is_hit(third)
    assert first.query_count > 5  # rendered: the page, its site's parts, its listings
    # A hit reads the stored view count once (then it is cached too), and nothing else.
    assert (second.query_count, third.query_count) == (1, 0)
    assert article.title in third.content.decode()
    assert third["Content-Type"] == first["Content-Type"]
    assert third["X-Frame-Options"] == first["X-Frame-Options"]


@pytest.mark.parametrize("suffix", ["", "?trang=2", "rss/"])
def test_news_section_pages_and_feed_are_cached_by_address(client, article, suffix):
    section = article.get_parent()
    assert not is_hit(get(client, path_of(section, suffix)))
    assert is_hit(get(client, path_of(section, suffix)))


def test_print_view_is_cached_apart_from_the_article(client, article):
    assert not is_hit(get(client, path_of(article)))
    printed = get(client, path_of(article, "in/"))
    assert not is_hit(printed)
    assert is_hit(get(client, path_of(article, "in/")))


def test_logged_in_users_bypass_the_cache_and_fill_nothing(client, article, login):
    login("editor")
    first = get(client, path_of(article))
    second = get(client, path_of(article))
    assert not is_hit(first) and not is_hit(second)

    anonymous = Client()
    assert not is_hit(get(anonymous, path_of(article)))
    assert is_hit(get(anonymous, path_of(article)))


def test_a_reader_with_a_session_is_not_served_from_the_cache(client, article):
    get(client, path_of(article))
    client.cookies["sessionid"] = "phien-cua-ban-doc"
    assert not is_hit(get(client, path_of(article)))


def test_publishing_a_new_title_shows_it_at_once(client, article):
    section = article.get_parent()
    get(client, path_of(article))
    get(client, path_of(section))

    article.title = "Xã Tân Hà hoàn thành 5 km đường giao thông nông thôn"
    article.save_revision().publish()

    for path in (path_of(article), path_of(section)):
        response = get(client, path)
        assert not is_hit(response)
        assert "hoàn thành 5 km" in response.content.decode()


def test_a_draft_does_not_expire_the_cache_and_previews_are_never_cached(client, article, login):
    get(client, path_of(article))
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.title = "Bản nháp chưa duyệt"
    draft.save_revision()

    live = get(client, path_of(article))
    assert is_hit(live) and "Bản nháp chưa duyệt" not in live.content.decode()
    login("chief")
    preview = client.get(f"/admin/pages/{article.pk}/view_draft/", HTTP_HOST=COMMUNE_HOST)
    assert not is_hit(preview) and "Bản nháp chưa duyệt" in preview.content.decode()
    assert "Bản nháp chưa duyệt" not in get(Client(), path_of(article)).content.decode()


def test_unpublishing_moving_and_deleting_an_article_update_the_section_at_once(client, article, commune):
    section = article.get_parent()
    economy = make_page(section, NewsIndexPage(title="Kinh tế"))
    other = make_article(section, "Tân Hà trao quà cho hộ nghèo dịp Tết")
    third = make_article(section, "Tân Hà tổ chức ngày hội tòng quân")

    def section_listing():
        return get(client, path_of(section)).content.decode()

    assert all(page.title in section_listing() for page in (article, other, third))

    article.unpublish()
    assert article.title not in section_listing()

    other.move(economy, pos="last-child")
    assert "Tân Hà trao quà" in get(client, path_of(economy)).content.decode()
    assert is_hit(get(client, path_of(economy)))

    ArticlePage.objects.get(pk=third.pk).delete()
    listing = section_listing()
    assert "ngày hội tòng quân" not in listing
    assert "Tân Hà trao quà" in listing  # still under Tin tức – Sự kiện, in Kinh tế


def test_publishing_on_one_site_leaves_other_sites_cached(client, article, other_commune):
    elsewhere = make_article(news_section(other_commune.site), "Thị trấn Tân Nghĩa ra mắt mô hình dân vận khéo")
    get(client, path_of(elsewhere), host=OTHER_COMMUNE_HOST)
    get(client, path_of(article))
    generation = page_cache.site_generation(other_commune.site.pk)

    article.title = "Xã Tân Hà hoàn thành 5 km đường giao thông nông thôn"
    article.save_revision().publish()

    assert page_cache.site_generation(other_commune.site.pk) == generation
    assert is_hit(get(client, path_of(elsewhere), host=OTHER_COMMUNE_HOST))
    assert not is_hit(get(client, path_of(article)))


def test_saving_a_site_setting_renders_that_site_again(client, article, commune):
    from sites.models import SiteContactSettings

    get(client, path_of(article))
    contacts = SiteContactSettings.for_site(commune.site)
    contacts.save()
    assert not is_hit(get(client, path_of(article)))


def test_restricting_a_cached_page_takes_effect_at_once(client, article):
    get(client, path_of(article))
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(path_of(article), HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 302 and not is_hit(response)


def test_a_hostname_of_two_sites_is_served_from_the_cache_by_the_page_itself(client, article, other_commune):
    # The middleware cannot tell the site from the hostname alone; Wagtail (by port) can.
    Site.objects.create(hostname=COMMUNE_HOST, port=8080, root_page=other_commune.site.root_page)
    responses = [get(client, path_of(article)) for _ in range(3)]

    assert [is_hit(response) for response in responses] == [False, True, True]
    assert view_counts.buffered_views(article.pk) == 3
    assert f"Lượt xem: <!--view-count:{article.pk}-->3<" in responses[2].content.decode()


def test_zero_seconds_turns_the_cache_off(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, path_of(article))
    assert not is_hit(get(client, path_of(article)))


@pytest.mark.parametrize(
    "refusal",
    ["sets a cookie", "needs a CSRF cookie", "changed the session", "not found", "private"],
)
def test_responses_that_are_personal_or_not_ok_are_never_stored(refusal):
    request = RequestFactory().get("/tin-tuc-su-kien/", HTTP_HOST=COMMUNE_HOST)
    response = HttpResponse("<p>Trang</p>")
    if refusal == "sets a cookie":
        response.set_cookie("ban-doc", "1")
    elif refusal == "needs a CSRF cookie":
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    elif refusal == "changed the session":
        request.session = type("Session", (), {"modified": True})()
    elif refusal == "not found":
        response.status_code = 404
    else:
        response["Cache-Control"] = "private"

    page_cache.store(request, "page-cache:thu", response)
    assert cache.get("page-cache:thu") is None

    page_cache.store(RequestFactory().get("/"), "page-cache:thu", HttpResponse("<p>Trang</p>"))
    assert cache.get("page-cache:thu") is not None
