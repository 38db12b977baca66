"""Words typed: PostgreSQL looks them up in the words index and finds what the whole-word match
finds on SQLite; the matching rows are read once, and counted and ranked as the database would."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.folded_search import words_condition
from legal_docs.models import LegalDocumentPage
from legal_docs.search import engine
from legal_docs.search.engine import database_search, matching
from tests.helpers import DISTRICT_HOST

from .factories import LegalDocumentPageFactory, document_index
from .test_search_summary import listing_search

WORDS_INDEX = "legal_doc_search_words"
QUERIES = ["ho ngheo", "42/2022/NĐ-CP", "42", "dich_vu", "covid 19", "ubnd", "dat", "khong co tu nay", "phòng, chống"]


@pytest.fixture
def tricky_documents(district, documents):
    index = document_index(district.site)
    for number, summary in (
        ("1/TB", "Thông báo dich_vu công trực tuyến"),
        ("2/TB", "Phòng, chống dịch COVID-19 trên địa bàn"),
        ("3/TB", "Về việc đất đai; đất ở, đất nông nghiệp"),
        ("4/TB", "Đất"),
    ):
        LegalDocumentPageFactory(parent=index, number=number, summary=summary, issued_date=datetime.date(2024, 5, 1))


@pytest.mark.sqlite
@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
def test_words_found_are_the_whole_word_matches(district, tricky_documents, query):
    search = listing_search(district.site, q=query)
    whole_words = LegalDocumentPage.objects.searchable().filter(words_condition(search.params.terms))
    assert set(matching(search).values_list("pk", flat=True)) == set(whole_words.values_list("pk", flat=True))


@pytest.mark.django_db
def test_postgresql_looks_the_words_up_in_the_words_index(district, tricky_documents):
    if connection.vendor != "postgresql":
        pytest.skip("the words index exists on PostgreSQL only")
    words = engine.text_condition(listing_search(district.site, q="ho ngheo"))
    rows = LegalDocumentPage.objects.filter(words).order_by().values("pk")
    sql, params = rows.query.sql_with_params()
    with connection.cursor() as cursor:
        # A few rows: PostgreSQL reads the table unless told not to; what is checked is that the
        # search's condition is the indexed expression, which the index can then serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert WORDS_INDEX in plan
    assert "~~" not in plan  # no LIKE left for the trigram index to answer again


@pytest.mark.sqlite
@pytest.mark.django_db
def test_a_words_search_reads_the_document_table_once(client, documents):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/van-ban/", {"q": "ho ngheo"}, HTTP_HOST=DISTRICT_HOST)
    assert response.context["results"].total_count == 3
    reads = [
        query["sql"]
        for query in queries.captured_queries
        if 'FROM "legal_docs_legaldocumentpage"' in query["sql"] and '"wagtailcore_page"' not in query["sql"]
    ]
    assert len(reads) == 1, reads


@pytest.mark.sqlite
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["ho ngheo", "42/2022", "ubnd", "dat"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("page", ["1", "2", "99"])
def test_every_way_of_counting_a_words_search_gives_the_same_answer(
    district, tricky_documents, monkeypatch, query, sort, page
):
    """The rows read once and counted here (SQLite), one statement with GROUPING SETS
    (PostgreSQL), and the GROUP BY used for more matches than read once: the same totals,
    facets, results, relevances and page (the last one for a page past the end)."""
    search = listing_search(district.site, q=query, sort=sort, page=page)
    answers = {"read once": engine.read_once(search, per_page=3, clamp=True, with_facets=True)}
    if connection.vendor == "postgresql":
        answers["one statement"] = engine.counted_in_database(search, per_page=3, clamp=True, with_facets=True)
    answers["count only"] = engine.words_search(search, per_page=3, clamp=True, with_facets=False)
    monkeypatch.setattr(engine, "words_search", lambda *args: None)
    counted = database_search(search, per_page=3)
    assert counted.total_count > 0

    for way, answer in answers.items():
        assert answer.total_count == counted.total_count, way
        if way != "count only":
            assert answer.facets == counted.facets, way
        else:
            assert answer.facets == []
        assert [item.pk for item in answer.items] == [item.pk for item in counted.items], way
        assert [getattr(item, "relevance", None) for item in answer.items] == [
            getattr(item, "relevance", None) for item in counted.items
        ], way
        assert (answer.page, answer.num_pages) == (counted.page, counted.num_pages), way


@pytest.mark.sqlite
@pytest.mark.django_db
def test_a_page_gone_between_reading_the_rows_and_the_pages_is_left_out(district, documents, monkeypatch):
    pages_in_order = engine.pages_in_order
    monkeypatch.setattr(engine, "pages_in_order", lambda kind, ids: pages_in_order(kind, ids[1:]))
    results = database_search(listing_search(district.site, q="ho ngheo"))
    assert results.total_count == 3
    assert len(results.items) == 2 and all(isinstance(item.relevance, int) for item in results.items)


@pytest.fixture
def documents_of_every_status(district, documents):
    """Documents about the same thing whose order and status facet depend on their dates and the
    status set by hand, one of them a value that is no status (written by SQL, as an old import
    might): the facet counts it in force, the ranking does not."""
    index = document_index(district.site)
    today = datetime.date.today()
    day = datetime.timedelta(days=1)
    for number, issued, effective, expiry, override in (
        ("1/KH", today - 400 * day, None, None, ""),
        ("2/KH", today - 400 * day, today + 30 * day, None, ""),
        ("3/KH", today - 400 * day, None, today - day, ""),
        ("4/KH", today - 400 * day, None, today, ""),
        ("5/KH", today + 5 * day, None, None, ""),
        ("6/KH", today - 400 * day, None, None, "het_hieu_luc_mot_phan"),
        ("7/KH", today - 300 * day, None, today - day, "con_hieu_luc"),
        ("8/KH", today - 300 * day, None, None, "ngung_hieu_luc"),
        ("9/KH", today - 300 * day, None, None, "cu_khong_ro"),
    ):
        LegalDocumentPageFactory(
            parent=index,
            number=number,
            summary="Kế hoạch phòng chống thiên tai",
            issued_date=issued,
            effective_date=effective,
            expiry_date=expiry,
            status_override="" if override == "cu_khong_ro" else override,
        )
    LegalDocumentPage.objects.filter(number="9/KH").update(status_override="cu_khong_ro")


@pytest.mark.sqlite
@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("page", ["1", "2", "4"])
def test_statuses_and_order_read_once_are_those_the_database_computes(
    district, documents_of_every_status, monkeypatch, sort, page
):
    search = listing_search(district.site, q="ke hoach phong chong", sort=sort, page=page)
    read_once = database_search(search, per_page=4, clamp=False)
    monkeypatch.setattr(engine, "READ_ONCE_MAX", 0)
    counted = database_search(search, per_page=4, clamp=False)

    assert read_once.total_count == counted.total_count == 9
    assert read_once.facets == counted.facets
    status_facet = next(facet for facet in read_once.facets if facet.param == "status")
    assert {option.value: option.count for option in status_facet.options} == {
        "con_hieu_luc": 3,  # 1/KH, 7/KH set by hand, 9/KH (no status: in force)
        "chua_co_hieu_luc": 2,
        "het_hieu_luc": 2,
        "het_hieu_luc_mot_phan": 1,
        "ngung_hieu_luc": 1,
    }
    assert [item.pk for item in read_once.items] == [item.pk for item in counted.items]
    assert [getattr(item, "relevance", None) for item in read_once.items] == [
        getattr(item, "relevance", None) for item in counted.items
    ]
