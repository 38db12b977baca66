"""Article views: counted for readers (not bots), buffered in the cache, written in batches."""

import re
from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from wagtail.rich_text import RichText

from articles.models import ArticlePage, NewsIndexPage
from cms.text import ascii_slug
from engagement import view_counts
from tests.helpers import COMMUNE_HOST

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
COC_COC_READER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "coc_coc_browser/123.0.206 Chrome/117.0.0.0 Safari/537.36"
)
CUBOT_PHONE = "Mozilla/5.0 (Linux; Android 12; CUBOT X50) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36"
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
    "Mozilla/5.0 (compatible; MJ12 web crawler)",
    "",
]


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.VIEW_COUNT_FLUSH_SECONDS = 3600
    settings.VIEW_COUNT_FLUSH_THRESHOLD = 1000
    cache.clear()
    yield
    cache.clear()


def make_article(site, title):
    section = NewsIndexPage.objects.child_of(site.root_page).get(slug="tin-tuc-su-kien")
    article = ArticlePage(
        title=title,
        slug=ascii_slug(title),
        summary="UBND xã triển khai nhiệm vụ trọng tâm.",
        body=[("paragraph", RichText("<p>Sáng ngày 28/9, UBND xã họp triển khai nhiệm vụ.</p>"))],
    )
    section.add_child(instance=article)
    article.save_revision().publish()
    return article


@pytest.fixture
def article(commune):
    return make_article(commune.site, "Xã Tân Hà ra quân làm đường giao thông nông thôn")


def view(client, page, suffix="", user_agent=READER, method="get"):
    path = page.relative_url(page.get_site()) + suffix
    response = getattr(client, method)(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=user_agent)
    assert response.status_code == 200
    return response


def shown_count(response):
    match = re.search(r"Lượt xem: (?:<!--view-count:\d+-->)?(\d+)", response.content.decode())
    return int(match.group(1))


def stored_count(page):
    return ArticlePage.objects.get(pk=page.pk).view_count


def article_writes(queries):
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE"))
    ]


def test_each_view_counts_and_the_page_shows_views_not_yet_written(client, article):
    shown = [shown_count(view(client, article)) for _ in range(3)]

    assert shown == [1, 2, 3]
    assert stored_count(article) == 0
    assert view_counts.buffered_views(article.pk) == 3


def test_views_served_from_the_page_cache_count_and_show_the_current_count(client, article):
    first = view(client, article)
    second = view(client, article)

    assert "X-Page-Cache" not in first and second["X-Page-Cache"] == "hit"
    assert (shown_count(first), shown_count(second)) == (1, 2)
    assert view_counts.buffered_views(article.pk) == 2


def test_only_page_types_that_declare_counted_routes_count(client, article):
    section = article.get_parent()
    for _ in range(2):  # rendered, then served from the page cache
        view(client, section)
        view(client, section, suffix="rss/")
        view(client, article)

    assert view_counts.buffered_views(section.pk) == 0
    assert view_counts.buffered_views(article.pk) == 2
    assert [model._meta.label for model in view_counts.counted_models()] == ["articles.ArticlePage"]


@pytest.mark.parametrize("user_agent", BOTS)
def test_search_engine_crawlers_and_bots_do_not_count(client, article, user_agent):
    view(client, article, user_agent=user_agent)
    view(client, article, user_agent=user_agent)

    assert view_counts.buffered_views(article.pk) == 0


def test_coc_coc_browser_and_cubot_phones_are_readers(client, article):
    view(client, article, user_agent=COC_COC_READER)
    view(client, article, user_agent=CUBOT_PHONE)

    assert view_counts.buffered_views(article.pk) == 2


def test_print_view_head_requests_previews_and_the_admin_do_not_count(client, article, login):
    for _ in range(2):  # rendered, then served from the page cache
        view(client, article, suffix="in/")
        view(client, article, method="head")
    login("chief")
    assert client.get(f"/admin/pages/{article.pk}/view_draft/", HTTP_HOST=COMMUNE_HOST).status_code == 200
    assert client.get(f"/admin/pages/{article.pk}/edit/", HTTP_HOST=COMMUNE_HOST).status_code == 200

    assert view_counts.buffered_views(article.pk) == 0


def test_no_database_write_per_view_until_the_threshold_then_one_batch(client, article, commune, settings):
    settings.VIEW_COUNT_FLUSH_THRESHOLD = 6
    other = make_article(commune.site, "Tân Hà tổ chức ngày hội tòng quân")

    with CaptureQueriesContext(connection) as queries:
        for page in (article, other, article, other, article):
            view(client, page)
    assert article_writes(queries) == []
    assert (stored_count(article), stored_count(other)) == (0, 0)

    with CaptureQueriesContext(connection) as queries:
        view(client, other)
    writes = article_writes(queries)
    assert len(writes) == 1 and "articles_articlepage" in writes[0]
    assert (stored_count(article), stored_count(other)) == (3, 3)
    assert view_counts.buffered_views(article.pk) == view_counts.buffered_views(other.pk) == 0


def test_a_buffer_older_than_the_flush_interval_is_written_by_the_next_view(client, article, settings, monkeypatch):
    settings.VIEW_COUNT_FLUSH_SECONDS = 60
    now = [1_000_000.0]
    monkeypatch.setattr(view_counts, "clock", lambda: now[0])

    with CaptureQueriesContext(connection) as queries:
        view(client, article)
        now[0] += 59
        view(client, article)
    assert article_writes(queries) == []

    now[0] += 2
    with CaptureQueriesContext(connection) as queries:
        view(client, article)
    assert len(article_writes(queries)) == 1
    assert stored_count(article) == 3
    assert view_counts.buffered_views(article.pk) == 0


def test_flush_command_writes_the_buffer_and_empties_it(client, article, commune):
    other = make_article(commune.site, "Tân Hà trao quà cho hộ nghèo dịp Tết")
    for page in (article, article, article, other, other):
        view(client, page)

    out = StringIO()
    with CaptureQueriesContext(connection) as queries:
        call_command("flush_view_counts", stdout=out)

    assert "Đã ghi 5 lượt xem của 2 tin bài" in out.getvalue()
    assert len(article_writes(queries)) == 1
    assert (stored_count(article), stored_count(other)) == (3, 2)
    assert view_counts.buffered_views(article.pk) == view_counts.buffered_views(other.pk) == 0
    assert shown_count(view(client, article)) == 4

    out = StringIO()
    call_command("flush_view_counts", stdout=out)
    assert "Đã ghi 1 lượt xem của 1 tin bài" in out.getvalue()
    assert stored_count(article) == 4


@pytest.mark.parametrize("flush", ["command", "exit"])
def test_written_counts_survive_a_restart(client, article, flush):
    for _ in range(4):
        view(client, article)

    if flush == "command":
        call_command("flush_view_counts", stdout=StringIO())
    else:
        view_counts.flush_at_exit()  # what atexit runs when a server process stops
    cache.clear()  # a restarted process with the local-memory cache starts empty

    assert stored_count(article) == 4
    assert shown_count(view(client, article)) == 5


def test_views_arriving_during_a_flush_are_kept(client, article, monkeypatch):
    for _ in range(3):
        view(client, article)
    write_counts = view_counts.write_counts

    def write_while_another_process_counts(counts):
        view_counts.record_view(article.pk)  # after the counter was read, before it is decremented
        write_counts(counts)

    monkeypatch.setattr(view_counts, "write_counts", write_while_another_process_counts)
    result = view_counts.flush_view_counts()

    assert (result.views, stored_count(article), view_counts.buffered_views(article.pk)) == (3, 3, 1)
    monkeypatch.setattr(view_counts, "write_counts", write_counts)
    assert view_counts.flush_view_counts().views == 1
    assert (stored_count(article), view_counts.buffered_views(article.pk)) == (4, 0)


def test_a_second_flush_does_not_run_while_one_is_writing(client, article, monkeypatch):
    for _ in range(2):
        view(client, article)
    write_counts = view_counts.write_counts
    messages = StringIO()

    def write_while_cron_starts(counts):
        call_command("flush_view_counts", stdout=StringIO(), stderr=messages)
        write_counts(counts)

    monkeypatch.setattr(view_counts, "write_counts", write_while_cron_starts)
    view_counts.flush_view_counts()

    assert "Một tiến trình khác đang ghi lượt xem" in messages.getvalue()
    assert stored_count(article) == 2


def test_a_failed_write_leaves_the_views_in_the_buffer(client, article, monkeypatch):
    for _ in range(3):
        view(client, article)
    write_counts = view_counts.write_counts

    def write_then_fail(counts):
        write_counts(counts)
        raise DatabaseError("mất kết nối")

    monkeypatch.setattr(view_counts, "write_counts", write_then_fail)
    with pytest.raises(DatabaseError):
        call_command("flush_view_counts", stdout=StringIO())

    assert stored_count(article) == 0
    assert view_counts.buffered_views(article.pk) == 3
    monkeypatch.setattr(view_counts, "write_counts", write_counts)
    assert view_counts.flush_view_counts().views == 3
    assert stored_count(article) == 3
