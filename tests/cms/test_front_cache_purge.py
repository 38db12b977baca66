"""Purging the cache in front of the app servers on publish (cms/front_cache.py, sites/cache_purge.py),
against a local HTTP server that records the PURGE requests it gets (tests/frontcache runs the
same against a real nginx with its cache-purge module)."""

import logging
import socket

import pytest

from django.core.exceptions import ImproperlyConfigured

from cms.publish_batch import publishing_batch
from cms.settings.frontend_cache import frontend_cache_from_env
from tests.articles.factories import ArticlePageFactory, news_section
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST
from tests.purge_recorder import recording_purge_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_server(settings):
    with recording_purge_server(settings) as server:
        yield server


def publish(page):
    page.save_revision().publish()
    return page


def test_publishing_purges_the_page_its_listings_feed_sitemap_and_the_authority_home(
    purge_server, commune, other_commune, django_capture_on_commit_callbacks
):
    section = news_section(commune.site)
    article = ArticlePageFactory(parent=section, title="Tân Hà ra quân làm sạch bờ biển")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(article)
    assert purge_server.purged == []  # nothing is sent before the transaction commits
    for callback in callbacks:
        callback()

    path = article.relative_url(commune.site)
    assert set(purge_server.purged) == {
        (COMMUNE_HOST, path),
        (COMMUNE_HOST, path + "in/"),
        (COMMUNE_HOST, "/tin-tuc-su-kien/"),
        (COMMUNE_HOST, "/tin-tuc-su-kien/rss/"),
        (COMMUNE_HOST, "/"),
        (COMMUNE_HOST, "/rss/"),
        (COMMUNE_HOST, "/sitemap.xml"),
        (DISTRICT_HOST, "/"),
    }
    assert not any(host == OTHER_COMMUNE_HOST for host, _path in purge_server.purged)


@pytest.mark.parametrize("change", ["unpublish", "move", "delete"])
def test_unpublishing_moving_and_deleting_purge_the_old_address(
    purge_server, commune, django_capture_on_commit_callbacks, change
):
    article = ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà họp dân bàn làm đường")
    old_path = article.relative_url(commune.site)
    about = commune.site.root_page.get_children().get(slug="gioi-thieu")
    with django_capture_on_commit_callbacks(execute=True):
        if change == "unpublish":
            article.unpublish()
        elif change == "move":
            article.move(about, pos="last-child")
        else:
            article.delete()
    purged = set(purge_server.purged)
    assert (COMMUNE_HOST, old_path) in purged and (COMMUNE_HOST, "/tin-tuc-su-kien/") in purged
    if change == "move":
        assert (COMMUNE_HOST, "/gioi-thieu/" + old_path.split("/")[-2] + "/") in purged
        assert (COMMUNE_HOST, "/gioi-thieu/") in purged


def test_a_publishing_batch_purges_each_address_once(purge_server, commune, django_capture_on_commit_callbacks):
    section = news_section(commune.site)
    with django_capture_on_commit_callbacks(execute=True), publishing_batch():
        for number in range(3):
            publish(ArticlePageFactory(parent=section, title=f"Tin nhập số {number}"))
        assert purge_server.purged == []
    assert len(purge_server.purged) == len(set(purge_server.purged))
    assert purge_server.purged.count((COMMUNE_HOST, "/tin-tuc-su-kien/")) == 1
    assert len([path for _host, path in purge_server.purged if path.startswith("/tin-tuc-su-kien/tin-nhap")]) == 6


def test_a_cache_server_that_is_down_never_stops_a_publish(
    settings, commune, caplog, django_capture_on_commit_callbacks
):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.WAGTAILFRONTENDCACHE = frontend_cache_from_env({"FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{port}"})
    article = ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tổng kết năm")
    article.title = "Tân Hà tổng kết năm 2026"
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        publish(article)
    article.refresh_from_db()
    assert article.live and article.title == "Tân Hà tổng kết năm 2026"
    assert "Không xoá được" in caplog.text


def test_nothing_is_sent_without_a_front_cache(settings, commune, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tiếp công dân"))
    assert not any("purge" in getattr(callback, "__qualname__", "") for callback in callbacks)


# -- configuration from the environment ------------------------------------------------------------


@pytest.mark.sqlite
def test_purge_addresses_cloudflare_and_cloudfront_come_from_the_environment():
    backends = frontend_cache_from_env(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://10.0.0.5:8080, http://10.0.0.6:8080",
            "CLOUDFLARE_ZONE_ID": "vung",
            "CLOUDFLARE_BEARER_TOKEN": "ma",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )
    assert [config["LOCATION"] for name, config in backends.items() if name.startswith("http-")] == [
        "http://10.0.0.5:8080",
        "http://10.0.0.6:8080",
    ]
    assert backends["cloudflare"]["ZONEID"] == "vung" and backends["cloudflare"]["BEARER_TOKEN"] == "ma"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    assert frontend_cache_from_env({}) == {}


@pytest.mark.sqlite
@pytest.mark.parametrize(
    "environ",
    [{"FRONTEND_CACHE_PURGE_URL": "10.0.0.5:8080"}, {"CLOUDFLARE_ZONE_ID": "vung"}],
)
def test_an_incomplete_front_cache_configuration_is_refused_in_vietnamese(environ):
    with pytest.raises(ImproperlyConfigured) as error:
        frontend_cache_from_env(environ)
    assert "phải là địa chỉ" in str(error.value) or "cần CLOUDFLARE_BEARER_TOKEN" in str(error.value)
