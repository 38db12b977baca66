"""Every public page type and public view behind the page cache, what a change expires, and the
HTTP caching headers the layer in front relies on."""

import pytest

from django.core.cache import caches
from django.test import Client

from cms import page_cache
from cms.page_cache.store import MAX_QUERY_STRING_CHARS
from tests.articles.factories import ArticlePageFactory, news_section
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST
from tests.legal_docs.factories import (
    LegalDocumentPageFactory,
    ProcedurePageFactory,
    document_index,
    procedure_index,
)

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def published(page):
    """A page of a factory, published as an editor does (the factories send no signal)."""
    page.save_revision().publish()
    return page


def get(client, path, host=COMMUNE_HOST, **headers):
    response = client.get(path, HTTP_HOST=host, HTTP_USER_AGENT=READER, **headers)
    assert response.status_code in (200, 304), (path, response.status_code)
    return response


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


@pytest.fixture
def commune_pages(commune):
    site = commune.site
    article = ArticlePageFactory(parent=news_section(site), title="Xã Tân Hà ra quân làm sạch môi trường ven biển")
    about = site.root_page.get_children().get(slug="gioi-thieu")
    content = ContentPageFactory(parent=about, title="Điều kiện tự nhiên xã Tân Hà")
    document = LegalDocumentPageFactory(parent=document_index(site), summary="Về việc phê duyệt quy hoạch đất đai")
    procedure = ProcedurePageFactory(parent=procedure_index(site), title="Đăng ký khai sinh")
    return {
        "home": "/",
        "section": "/gioi-thieu/",
        "content": content.relative_url(site),
        "news index": "/tin-tuc-su-kien/",
        "news index page 2": "/tin-tuc-su-kien/?trang=2",
        "article": article.relative_url(site),
        "article print view": article.relative_url(site) + "in/",
        "document": document.relative_url(site),
        "document search": "/van-ban/?q=dat+dai",
        "procedure": procedure.relative_url(site),
        "procedure index": "/thu-tuc-hanh-chinh/",
        "site search": "/tim-kiem/?q=khai+sinh",
        "site feed": "/rss/",
        "section feed": "/tin-tuc-su-kien/rss/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "documents API": "/api/v2/legal-documents/?q=dat",
        "procedures API": "/api/v2/procedures/",
    }


@pytest.mark.sqlite
def test_every_public_page_type_and_view_is_served_from_the_cache_the_second_time(client, commune_pages):
    for name, path in commune_pages.items():
        first, second = get(client, path), get(client, path)
        assert not is_hit(first) and is_hit(second), name
        if not name.startswith("article"):  # an article's view count goes up with each view
            assert second.content == first.content, name
        assert second["Content-Type"] == first["Content-Type"], name


def test_the_district_home_is_cached_and_a_commune_publish_renders_it_afresh(client, commune, district):
    get(client, "/", host=DISTRICT_HOST)
    assert is_hit(get(client, "/", host=DISTRICT_HOST))
    published(
        ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà đón bằng nông thôn mới", featured=True)
    )
    assert not is_hit(get(client, "/", host=DISTRICT_HOST))


def cached_addresses(host):
    return ["/", "/tin-tuc-su-kien/", "/rss/", "/sitemap.xml", "/gioi-thieu/"]


def warm(client, host):
    for path in cached_addresses(host):
        get(client, path, host=host)
    assert all(is_hit(get(client, path, host=host)) for path in cached_addresses(host))


@pytest.mark.parametrize("change", ["publish", "unpublish", "move", "delete"])
def test_a_change_on_a_commune_renders_that_commune_afresh_and_nothing_of_another(
    client, commune, other_commune, change
):
    section = news_section(commune.site)
    article = ArticlePageFactory(parent=section, title="Tân Hà khánh thành nhà văn hoá thôn")
    warm(client, COMMUNE_HOST)
    warm(client, OTHER_COMMUNE_HOST)

    if change == "publish":
        article.title = "Tân Hà khánh thành nhà văn hoá thôn Hiệp Thành"
        article.save_revision().publish()
    elif change == "unpublish":
        article.unpublish()
    elif change == "move":
        article.move(commune.site.root_page.get_children().get(slug="gioi-thieu"), pos="last-child")
    else:
        article.delete()

    assert not any(is_hit(get(client, path)) for path in cached_addresses(COMMUNE_HOST))
    assert all(is_hit(get(client, path, host=OTHER_COMMUNE_HOST)) for path in cached_addresses(OTHER_COMMUNE_HOST))
    listing = get(client, "/tin-tuc-su-kien/").content.decode()
    if change == "publish":
        assert "thôn Hiệp Thành" in listing
    else:
        assert "Tân Hà khánh thành nhà văn hoá thôn" not in listing


def test_an_anonymous_copy_is_never_served_to_a_logged_in_editor(client, commune, login):
    article = ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà họp giao ban tuần")
    path = article.relative_url(commune.site)
    anonymous = Client()
    get(anonymous, path)
    assert is_hit(get(anonymous, path))

    login("editor")
    response = get(client, path)
    assert not is_hit(response)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_page_with_messages_or_a_session_is_never_stored_nor_served_from_the_cache(client, commune):
    get(client, "/")
    client.cookies["messages"] = "thong-bao"
    assert not is_hit(get(client, "/"))
    reader = Client()
    reader.cookies["sessionid"] = "phien"
    assert not is_hit(get(reader, "/tin-tuc-su-kien/"))
    assert not is_hit(get(reader, "/tin-tuc-su-kien/"))


# -- HTTP caching ------------------------------------------------------------------------------


def test_cacheable_answers_say_public_with_lifetimes_and_validators(client, commune, settings):
    settings.HTTP_CACHE_MAX_AGE = 60
    settings.HTTP_CACHE_STALE_SECONDS = 30
    settings.WAGTAILFRONTENDCACHE = {}
    for response in (get(client, "/"), get(client, "/")):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "max-age=60", "s-maxage=60", "stale-while-revalidate=30"} <= directives
        assert "Cookie" in response["Vary"]
        assert response["ETag"] and response["Last-Modified"]

    settings.WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": "cms.front_cache.TimedHTTPBackend", "LOCATION": "http://x"}}
    assert "s-maxage=300" in get(client, "/")["Cache-Control"]
    # Listing pages past the first are never purged by name: a minute in shared caches.
    get(client, "/tin-tuc-su-kien/?trang=2")
    assert "s-maxage=60" in get(client, "/tin-tuc-su-kien/?trang=2")["Cache-Control"]


def test_a_conditional_get_of_an_unchanged_page_is_answered_304(client, commune):
    first = get(client, "/gioi-thieu/")
    again = get(client, "/gioi-thieu/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert get(client, "/gioi-thieu/", HTTP_IF_NONE_MATCH='"khac"').status_code == 200


def test_an_article_with_a_view_count_is_revalidated_against_its_current_content(client, commune):
    article = ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tổ chức ngày hội tòng quân")
    path = article.relative_url(commune.site)
    first = get(client, path)
    # Each view changes the count shown, so the ETag of the filled page changes too.
    second = get(client, path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200 and second["ETag"] != first["ETag"]


def test_the_admin_and_forms_are_private_and_never_stored(client, commune, login):
    login_page = client.get("/admin/login/", HTTP_HOST=COMMUNE_HOST)
    assert "no-store" in login_page["Cache-Control"] and "private" in login_page["Cache-Control"]
    login("editor")
    dashboard = client.get("/admin/", HTTP_HOST=COMMUNE_HOST)
    assert "no-store" in dashboard["Cache-Control"] and "private" in dashboard["Cache-Control"]


def test_a_not_found_page_is_private(client, commune):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"] and not is_hit(response)


# -- bad input: addresses that would blow up the cache ---------------------------------------------


def test_sharing_parameters_are_the_same_entry_as_the_page_itself(client, commune):
    get(client, "/tin-tuc-su-kien/")
    assert is_hit(get(client, "/tin-tuc-su-kien/?utm_source=zalo&utm_medium=social&zarsrc=30&fbclid=IwAR0"))
    get(client, "/tin-tuc-su-kien/?trang=2&q=")
    assert is_hit(get(client, "/tin-tuc-su-kien/?trang=2"))


def test_an_overlong_query_string_is_answered_but_never_stored(client, commune):
    path = "/tim-kiem/?q=" + "a" * MAX_QUERY_STRING_CHARS
    get(client, path)
    assert not is_hit(get(client, path))


def test_many_distinct_searches_never_push_the_home_page_out(client, commune, settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "trang-chu"},
        "page_queries": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "tim-kiem",
            "OPTIONS": {"MAX_ENTRIES": 50},
        },
    }
    get(client, "/")
    for number in range(300):
        get(client, f"/?x={number}")
    assert is_hit(get(client, "/"))
    assert len(caches["page_queries"]._cache) <= 50


def test_a_publishing_batch_expires_each_site_once(commune, django_capture_on_commit_callbacks):
    from cms.publish_batch import publishing_batch

    section = news_section(commune.site)
    before = page_cache.site_generation(commune.site.pk)
    with django_capture_on_commit_callbacks(execute=True), publishing_batch():
        for number in range(3):
            published(ArticlePageFactory(parent=section, title=f"Tin nhập số {number}"))
        assert page_cache.site_generation(commune.site.pk) == before
    assert page_cache.site_generation(commune.site.pk) != before
