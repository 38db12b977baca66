"""What the page cache offers the layers above it: the page_served signal and placeholders."""

import pytest

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from cms import page_cache
from cms.page_cache import placeholders
from cms.page_cache.serving import respond_from_cache
from cms.page_cache.signals import page_served
from cms.page_cache.store import mark_capturing
from tests.articles.factories import ArticlePageFactory, news_section
from tests.helpers import COMMUNE_HOST

READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def served():
    calls = []

    def receiver(sender, request, page_id, route, from_cache, **kwargs):
        calls.append((sender._meta.label, page_id, route, from_cache))

    page_served.connect(receiver, dispatch_uid="test_page_served")
    yield calls
    page_served.disconnect(dispatch_uid="test_page_served")


@pytest.mark.django_db
def test_every_serve_is_announced_rendered_or_from_the_cache(client, commune, served, login):
    section = news_section(commune.site)
    article = ArticlePageFactory(parent=section, title="Xã Tân Hà ra quân làm đường giao thông nông thôn")
    for path in ("/tin-tuc-su-kien/", "/tin-tuc-su-kien/", "/tin-tuc-su-kien/rss/", "/tin-tuc-su-kien/rss/"):
        assert client.get(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER).status_code == 200
    article_path = article.relative_url(commune.site)
    client.get(article_path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    client.get(article_path + "in/", HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    login("editor")  # a logged-in reader bypasses the cache and is announced too
    client.get(article_path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)

    assert served == [
        ("articles.NewsIndexPage", section.pk, "", False),
        ("articles.NewsIndexPage", section.pk, "", True),
        ("articles.NewsIndexPage", section.pk, "rss/", False),
        ("articles.NewsIndexPage", section.pk, "rss/", True),
        ("articles.ArticlePage", article.pk, "", False),
        ("articles.ArticlePage", article.pk, "in/", False),
        ("articles.ArticlePage", article.pk, "", False),
    ]


def capturing_request():
    request = RequestFactory().get("/tin-tuc-su-kien/", HTTP_HOST=COMMUNE_HOST)
    mark_capturing(request)
    return request


def test_a_placeholder_outside_a_capture_is_the_plain_value():
    assert page_cache.placeholder(RequestFactory().get("/"), "thu", 7, 41) == 41
    assert page_cache.placeholder(None, "thu", 7, 41) == 41


def test_placeholders_are_filled_with_the_current_value_on_every_hit(monkeypatch):
    values = {"7": "41", "8": "<b>9</b>"}
    monkeypatch.setitem(placeholders._fillers, "thu", values.get)
    request = capturing_request()
    html = (
        f"<p>A: {page_cache.placeholder(request, 'thu', 7, 40)}</p>"
        f"<p>B: {page_cache.placeholder(request, 'thu', 8, 1)}</p>"
        f"<p>A lần nữa: {page_cache.placeholder(request, 'thu', 7, 40)}</p>"
        f"<p>C: {page_cache.placeholder(request, 'khong-ai-dien', 1, 'giữ nguyên')}</p>"
    )
    page_cache.store(request, "page-cache:thu", HttpResponse(html))
    entry = page_cache.fetch("page-cache:thu")
    assert entry["placeholders"] == [("thu", "7"), ("thu", "8"), ("khong-ai-dien", "1")]

    content = respond_from_cache(request, entry).content.decode()
    assert "<p>A: <!--thu:7-->41<!--/thu--></p>" in content
    assert "<p>B: <!--thu:8-->&lt;b&gt;9&lt;/b&gt;<!--/thu--></p>" in content  # escaped like a template value
    assert "<p>A lần nữa: <!--thu:7-->41<!--/thu--></p>" in content
    assert "<p>C: <!--khong-ai-dien:1-->giữ nguyên<!--/khong-ai-dien--></p>" in content

    values["7"] = "42"
    assert "<!--thu:7-->42<!--/thu-->" in respond_from_cache(request, entry).content.decode()


def test_a_placeholder_value_is_escaped_when_the_page_is_captured():
    marked = page_cache.placeholder(capturing_request(), "thu", 1, "<script>")
    assert marked == "<!--thu:1-->&lt;script&gt;<!--/thu-->"
