"""Public answers of one portal cost the same number of queries with three communes or a dozen."""

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sites.provisioning import provision_unit
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

ADDRESSES = [
    (COMMUNE_HOST, "/"),
    (COMMUNE_HOST, "/sitemap.xml"),
    (COMMUNE_HOST, "/rss/"),
    (COMMUNE_HOST, "/robots.txt"),
    (COMMUNE_HOST, "/tin-tuc-su-kien/"),
    (DISTRICT_HOST, "/"),
    (DISTRICT_HOST, "/sitemap.xml"),
    (DISTRICT_HOST, "/rss/"),
]


def query_counts(client):
    counts = {}
    for host, path in ADDRESSES:
        client.get(path, headers={"host": host})  # settings rows a first visit creates are made
        for cache in caches.all(initialized_only=True):
            cache.clear()  # rendered afresh, not from the page cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path, headers={"host": host}).status_code == 200
        counts[host, path] = len(queries)
    return counts


def test_adding_communes_adds_no_query_to_any_portal(client):
    before = query_counts(client)
    for number in range(9):
        provision_unit("commune", f"Xã Thêm {number}", hostname=f"xa-them-{number}.{DISTRICT_HOST}",
                       parent_hostname=DISTRICT_HOST)
    assert query_counts(client) == before
