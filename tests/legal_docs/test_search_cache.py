"""Kept search answers: a repeated search skips the counting, and every change is seen at once."""

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from legal_docs.models import LegalDocumentPage, LegalDocumentType, LegalField
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST

from .factories import LegalDocumentPageFactory, document_index
from .helpers import doc_row, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture(autouse=True)
def search_cache_on(settings):
    settings.SEARCH_CACHE_SECONDS = 300
    # What is tested is the answer cache under the page: the page cache (cms.page_cache) is off.
    settings.PAGE_CACHE_SECONDS = 0


def listing(client, host=DISTRICT_HOST, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/van-ban/", params, HTTP_HOST=host)
    assert response.status_code == 200
    # Counting: a GROUP BY, or reading every matching row (engine.read_once), the live ones of the scope.
    counted = [
        query["sql"]
        for query in queries.captured_queries
        if "GROUP BY" in query["sql"] or '"legal_docs_legaldocumentpage"."search_live" AND' in query["sql"]
    ]
    return [item.number for item in response.context["results"].items], response.context["results"], counted


def test_a_repeated_search_is_answered_without_counting_again(client, documents):
    first_numbers, first, first_counting = listing(client, q="ho ngheo")
    again_numbers, again, again_counting = listing(client, q="ho ngheo")

    assert first_counting, "the first search counts its facets"
    assert again_counting == []
    assert again_numbers == first_numbers
    assert again.total_count == first.total_count
    assert again.facets == first.facets


def test_a_different_search_or_page_is_not_served_another_answer(client, documents):
    listing(client, q="ho ngheo")
    numbers, _, counting = listing(client, q="ho ngheo", year="2024")
    assert counting
    assert numbers and all(number != "45/KH-UBND" for number in numbers)
    assert listing(client, q="dat dai")[0] == ["45/KH-UBND"]


def test_with_the_cache_off_every_search_counts(client, documents, settings):
    settings.SEARCH_CACHE_SECONDS = 0
    listing(client, q="ho ngheo")
    assert listing(client, q="ho ngheo")[2]


def test_publishing_a_new_document_is_seen_by_the_next_search(client, district, documents):
    listing(client, q="ho ngheo")
    draft = LegalDocumentPageFactory(
        parent=document_index(district.site), number="99/QĐ-UBND", summary="Hỗ trợ hộ nghèo đón Tết", live=False
    )
    assert "99/QĐ-UBND" not in listing(client, q="ho ngheo")[0]

    draft.save_revision().publish()

    assert "99/QĐ-UBND" in listing(client, q="ho ngheo")[0]


def test_unpublishing_and_deleting_are_seen_by_the_next_search(client, documents):
    assert "1520/QĐ-UBND" in listing(client, q="ho ngheo")[0]
    documents["poverty"].unpublish()
    assert "1520/QĐ-UBND" not in listing(client, q="ho ngheo")[0]

    assert "27/QĐ-UBND" in listing(client, q="ho ngheo")[0]
    documents["other_poverty"].delete()
    assert "27/QĐ-UBND" not in listing(client, q="ho ngheo")[0]


@pytest.mark.usefixtures("media_root")
def test_an_import_is_seen_by_the_next_search(client, documents, tmp_path):
    assert listing(client, host=COMMUNE_HOST, q="ke hoach su dung dat")[0] == []

    call_command("import_legal_docs", str(write_csv(tmp_path, [doc_row(number="31/QĐ-UBND")])), "--site", COMMUNE_HOST)

    assert listing(client, host=COMMUNE_HOST, q="ke hoach su dung dat")[0] == ["31/QĐ-UBND"]


def test_renaming_a_document_type_renames_its_facet(client, documents):
    def type_labels():
        facets = listing(client)[1].facets
        return {option.label for facet in facets if facet.param == "doc_type" for option in facet.options}

    assert "Kế hoạch" in type_labels()
    plan = LegalDocumentType.objects.get(slug="ke-hoach")
    plan.name = "Kế hoạch, chương trình"
    plan.save()
    assert "Kế hoạch, chương trình" in type_labels()


def test_the_type_and_field_lists_are_read_once_for_many_searches(client, documents):
    def list_reads(**params):
        with CaptureQueriesContext(connection) as queries:
            client.get("/van-ban/", params, HTTP_HOST=DISTRICT_HOST)
        tables = ('"legal_docs_legaldocumenttype"', '"legal_docs_legalfield"')
        return [
            query["sql"]
            for query in queries.captured_queries
            if query["sql"].startswith("SELECT") and any(f"FROM {table}" in query["sql"] for table in tables)
        ]

    assert len(list_reads(q="ho ngheo")) == 2
    assert list_reads(q="dat dai") == []
    LegalField.objects.create(name="Tài nguyên nước", slug="tai-nguyen-nuoc")
    assert len(list_reads(q="nuoc sach")) == 2


def test_the_api_counts_its_total_without_facets(client, documents):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v2/legal-documents/", {"q": "ho ngheo"}, HTTP_HOST=DISTRICT_HOST)
    assert (
        response.json()["meta"]["total_count"]
        == LegalDocumentPage.objects.live().filter(search_text__contains=" ho ngheo ").count()
    )
    assert not [query for query in queries.captured_queries if "GROUP BY" in query["sql"]]
