"""The document search page takes its scope (sites.search_scope) from the cache once read."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from legal_docs.search.cache import forget_answers
from tests.helpers import DISTRICT_HOST


@pytest.fixture
def kept_scopes(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_PARTS_CACHE_SECONDS = 300


@pytest.mark.django_db
def test_the_document_search_reads_no_unit_for_its_scope_on_the_next_cold_request(client, district, kept_scopes):
    client.get("/van-ban/?q=quyet+dinh", HTTP_HOST=DISTRICT_HOST)
    forget_answers()  # the search itself answers afresh
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/van-ban/?q=quyet+dinh", HTTP_HOST=DISTRICT_HOST)
    assert response.status_code == 200
    assert not [query for query in queries if 'FROM "sites_unit"' in query["sql"]]
    assert any('"legal_docs_legaldocumentpage"' in query["sql"] for query in queries)
