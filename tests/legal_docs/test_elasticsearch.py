"""Elasticsearch: index settings and request bodies checked without a server; the fallback to the
database checked against a closed port; a real server only when ELASTICSEARCH_URL is set."""

import datetime
import json
import logging
import os
import uuid

import pytest

from django.http import QueryDict

from wagtail.search.backends import get_search_backend

from cms.settings.base import search_backends
from legal_docs.models import LegalDocumentPage
from legal_docs.search import DOCUMENTS, PROCEDURES, Search, run_search, scope_for_site
from legal_docs.search.elasticsearch import Columns, query_body
from legal_docs.search.params import read_params
from tests.articles.factories import ArticlePageFactory, news_section

CLOSED_PORT_URL = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

pytestmark = pytest.mark.django_db


@pytest.fixture
def elasticsearch_settings(settings):
    def configure(url, prefix="portal_test_"):
        backends = search_backends(url, settings.DATABASES["default"]["ENGINE"])
        backends["default"]["INDEX_PREFIX"] = prefix
        settings.WAGTAILSEARCH_BACKENDS = backends
        return get_search_backend("default")

    return configure


def make_search(portal, kind=DOCUMENTS, widen=False, **params):
    query = QueryDict(mutable=True)
    query.update(params)
    return Search(
        kind=kind, params=read_params(query, kind.filter_params, kind.sorts), scope=scope_for_site(portal, widen)
    )


def test_index_settings_fold_diacritics_and_keep_wagtails_analyzers(elasticsearch_settings):
    backend = elasticsearch_settings(CLOSED_PORT_URL)
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    for name in ("default", "default_search"):
        assert analyzers[name]["tokenizer"] == "standard"
        assert analyzers[name]["filter"] == ["lowercase", "asciifolding"]
    assert "asciifolding" in analyzers["edgengram_analyzer"]["filter"]  # Wagtail's own, merged not replaced


def test_with_elasticsearch_the_database_backend_is_kept_beside_it(settings):
    backends = search_backends("https://es.example:9200", "django.db.backends.postgresql")
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert backends["database"] == {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "portal_folded"}
    assert search_backends("", "django.db.backends.sqlite3") == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


def field_names(node):
    """Every index field a request body names in its clauses, aggregations and sort."""
    names = set()
    if isinstance(node, dict):
        for key, value in node.items():
            clause = key in ("term", "terms", "range", "prefix", "match", "match_phrase")
            if clause and isinstance(value, dict) and "field" not in value:  # not an aggregation's {"field": …}
                names |= set(value)
            elif key == "field" and isinstance(value, str):
                names.add(value)
            names |= field_names(value)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, dict) and len(item) == 1 and isinstance(next(iter(item.values())), str):
                names.add(next(iter(item)))  # a sort entry {"field": "desc"}
            names |= field_names(item)
    return names


def test_document_request_body(district, elasticsearch_settings):
    backend = elasticsearch_settings(CLOSED_PORT_URL)
    search = make_search(
        district.site,
        q="Quyết định 42/2022/NĐ-CP",
        doc_type="nghi-dinh",
        field="dat-dai",
        year="2022",
        status="con_hieu_luc",
        category="qppl",
        site="tan-ha.hamtan.test",
    )
    search.today = datetime.date(2026, 11, 22)
    columns = Columns(backend, LegalDocumentPage)
    body = query_body(search, columns, start=20, size=20)
    json.dumps(body)  # plain JSON, as sent

    query = body["query"]["bool"]
    assert query["must"] == [
        {
            "match": {
                "legal_docs_legaldocumentpage__search_text": {"query": "quyet dinh 42 2022 nd cp", "operator": "and"}
            }
        }
    ]
    assert {
        "term": {
            "legal_docs_legaldocumentpage__number_folded_filter": {"value": "quyet dinh 42 2022 nd cp", "boost": 4}
        }
    } in query["should"]
    filters = query["filter"]
    assert filters[0] == {"match": {"_django_content_type": "legal_docs.LegalDocumentPage"}}
    assert {"term": {"live_filter": True}} in filters
    assert {
        "terms": {"legal_docs_legaldocumentpage__site_id_filter": scope_for_site(district.site).site_ids}
    } in filters
    assert {
        "term": {"legal_docs_legaldocumentpage__doc_type_id_filter": search.lists.document_type_ids["nghi-dinh"]}
    } in filters
    assert {"term": {"legal_docs_legaldocumentpage__field_ids_filter": search.lists.field_ids["dat-dai"]}} in filters
    assert {
        "range": {"legal_docs_legaldocumentpage__issued_date_filter": {"gte": "2022-01-01", "lte": "2022-12-31"}}
    } in filters
    assert {"term": {"legal_docs_legaldocumentpage__category_filter": "qppl"}} in filters
    status = json.dumps(filters)
    assert '"lte": "2026-11-22"' in status and '"gt": "2026-11-22"' in status
    assert body["sort"][0] == "_score" and body["from"] == 20 and body["size"] == 20
    assert set(body["aggs"]) == {"doc_type", "issuing_body", "field", "year", "status", "category", "site"}
    assert body["aggs"]["year"]["date_histogram"]["calendar_interval"] == "year"
    assert set(body["aggs"]["status"]["filters"]["filters"]) == {
        "con_hieu_luc",
        "het_hieu_luc_mot_phan",
        "het_hieu_luc",
        "chua_co_hieu_luc",
        "ngung_hieu_luc",
    }


@pytest.mark.parametrize("kind", [DOCUMENTS, PROCEDURES])
def test_every_field_a_request_names_is_in_the_index_mapping(district, elasticsearch_settings, kind):
    backend = elasticsearch_settings(CLOSED_PORT_URL)
    filters = {"doc_type": "luat", "field": "ho-tich", "year": "2020", "status": "het_hieu_luc", "category": "khac"}
    params = {param: value for param, value in filters.items() if param in kind.filter_params}
    search = make_search(
        district.site, kind, q="dang ky", sort="relevance", level="xa", issuing_body="Chính phủ", **params
    )
    body = query_body(search, Columns(backend, kind.model), start=0, size=20)
    mapping = backend.mapping_class(kind.model).get_mapping()
    indexed = set(mapping["properties"]) | {"_django_content_type"}
    assert field_names(body) - {"_score"} <= indexed


def test_unknown_values_filter_to_nothing_in_the_request(district, elasticsearch_settings):
    backend = elasticsearch_settings(CLOSED_PORT_URL)
    search = make_search(district.site, doc_type="khong-co", year="hai nghin", site="evil.example")
    filters = query_body(search, Columns(backend, LegalDocumentPage), 0, 20)["query"]["bool"]["filter"]
    assert filters.count({"bool": {"must_not": [{"match_all": {}}]}}) == 3


def test_empty_query_sorts_newest_first_without_scoring(district, elasticsearch_settings):
    backend = elasticsearch_settings(CLOSED_PORT_URL)
    body = query_body(make_search(district.site), Columns(backend, LegalDocumentPage), 0, 20)
    assert "must" not in body["query"]["bool"]
    assert body["sort"] == [{"legal_docs_legaldocumentpage__issued_date_filter": "desc"}]


def test_search_page_falls_back_to_the_database_when_elasticsearch_is_down(
    client, documents, elasticsearch_settings, caplog
):
    elasticsearch_settings(CLOSED_PORT_URL)
    with caplog.at_level(logging.WARNING, logger="cms.search"):
        response = client.get("/van-ban/", {"q": "quyet dinh ho ngheo"}, HTTP_HOST="tan-ha.hamtan.test")
    assert response.status_code == 200
    assert [document.number for document in response.context["results"].items] == ["15/QĐ-UBND"]
    assert response.context["results"].backend == "database"
    assert any("Elasticsearch không trả lời" in record.getMessage() for record in caplog.records)


def test_api_falls_back_too(client, documents, elasticsearch_settings, caplog):
    elasticsearch_settings(CLOSED_PORT_URL)
    with caplog.at_level(logging.WARNING, logger="cms.search"):
        response = client.get("/api/v2/legal-documents/", {"q": "42/2022/ND-CP"}, HTTP_HOST="hamtan.test")
    assert response.status_code == 200
    assert response.json()["items"][0]["number"] == "42/2022/NĐ-CP"
    assert "Elasticsearch không trả lời" in caplog.text


def test_the_site_search_box_answers_from_the_database_with_elasticsearch_down(client, commune, elasticsearch_settings):
    # The box ranks every kind on the folded columns (cms.site_search), so it never waits for Elasticsearch.
    ArticlePageFactory(parent=news_section(commune.site), title="Xã Tân Hà tổng kết công tác giảm nghèo")
    elasticsearch_settings(CLOSED_PORT_URL)
    response = client.get("/tim-kiem/", {"q": "giam ngheo"}, HTTP_HOST="tan-ha.hamtan.test")
    assert response.status_code == 200
    assert "Xã Tân Hà tổng kết công tác giảm nghèo" in response.content.decode()


requires_elasticsearch = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to run the integration tests against",
)


@pytest.fixture
def live_index(elasticsearch_settings):
    backend = elasticsearch_settings(ELASTICSEARCH_URL, prefix=f"portal_test_{uuid.uuid4().hex[:8]}_")
    for model in (LegalDocumentPage,):
        index = backend.get_index_for_model(model)
        index.delete()
        index.put()
    yield backend
    backend.get_index_for_model(LegalDocumentPage).delete()


@requires_elasticsearch
def test_elasticsearch_finds_unaccented_words_and_numbers(district, documents, live_index):
    index = live_index.get_index_for_model(LegalDocumentPage)
    index.add_items(LegalDocumentPage, list(LegalDocumentPage.objects.all()))
    index.refresh()
    results = run_search(make_search(district.site, q="quyet dinh ho ngheo"))
    assert results.backend == "elasticsearch"
    assert {document.number for document in results.items} == {"1520/QĐ-UBND", "15/QĐ-UBND", "27/QĐ-UBND"}
    assert run_search(make_search(district.site, q="42/2022/ND-CP")).items[0].number == "42/2022/NĐ-CP"
    narrowed = run_search(make_search(district.site, q="ho ngheo", site="tan-nghia.hamtan.test"))
    assert [document.number for document in narrowed.items] == ["27/QĐ-UBND"]
    everything = run_search(make_search(district.site))
    for facet in everything.facets:
        for option in facet.options:
            filtered = run_search(make_search(district.site, **{facet.param: option.value}))
            assert filtered.total_count == option.count, (facet.param, option.value)
