"""The listing without words counts from each site's stored counts (legal_docs/search/summary.py):
the counts are those of the documents after every publish, unpublish, edit, move, delete and
import, and statuses follow the date after counting."""

import datetime

import pytest

from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from legal_docs.models import FacetCount, FacetSummaryState, LegalDocumentPage
from legal_docs.search import DOCUMENTS, Search, scope_for_site
from legal_docs.search.engine import count_facets, database_search, facets_from_counts, matching
from legal_docs.search.params import read_params
from legal_docs.search.summary import summary_counts
from tests.helpers import DISTRICT_HOST

from .factories import LegalDocumentPageFactory, document_index
from .helpers import doc_row, run_import, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def listing_search(portal, widen=False, today=None, **params):
    query = QueryDict(mutable=True)
    query.update(params)
    search = Search(
        kind=DOCUMENTS,
        params=read_params(query, DOCUMENTS.filter_params, DOCUMENTS.sorts),
        scope=scope_for_site(portal, widen),
    )
    if today:
        search.today = today
    return search


def stored_and_counted(portal, widen=False, today=None, **params):
    """(total, facets) from the stored counts and counted from the documents, for the same search."""
    search = listing_search(portal, widen, today, **params)
    stored = summary_counts(search)
    assert stored is not None, "a listing without words is answered from the stored counts"
    total, counts = stored
    return (total, facets_from_counts(search, counts)), count_facets(search, matching(search))


def assert_counts_are_the_documents(*units):
    for unit in units:
        stored, counted = stored_and_counted(unit.site)
        assert stored == counted, unit.site.hostname
    district_site = units[0].site
    for unit in units[1:]:
        stored, counted = stored_and_counted(district_site, site=unit.site.hostname)
        assert stored == counted, f"site={unit.site.hostname}"


def facet(answer, param):
    return next(item for item in answer[1] if item.param == param)


def total(portal, **params):
    return stored_and_counted(portal, **params)[0][0]


def test_the_listing_without_words_counts_nothing_from_the_documents(client, documents):
    with CaptureQueriesContext(connection) as first:
        response = client.get("/van-ban/", HTTP_HOST=DISTRICT_HOST)
    results = response.context["results"]
    assert results.total_count == len(documents)
    assert [facet.param for facet in results.facets] == [
        "doc_type",
        "issuing_body",
        "field",
        "year",
        "status",
        "category",
        "site",
    ]
    counting = [
        query["sql"]
        for query in first.captured_queries
        if '"legal_docs_legaldocumentpage"' in query["sql"] and ("COUNT(" in query["sql"] or "GROUP BY" in query["sql"])
    ]
    assert counting == []

    # Counted once per change: another cold request reads the stored counts without making them again.
    from legal_docs.search.cache import forget_answers

    forget_answers()
    with CaptureQueriesContext(connection) as again:
        client.get("/van-ban/", HTTP_HOST=DISTRICT_HOST)
    assert not [query for query in again.captured_queries if 'INSERT INTO "legal_docs_facetcount"' in query["sql"]]
    assert len(again.captured_queries) < len(first.captured_queries)


def test_the_api_total_without_words_comes_from_the_stored_counts(client, documents):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v2/legal-documents/", HTTP_HOST=DISTRICT_HOST)
    assert response.json()["meta"]["total_count"] == len(documents)
    assert not [query for query in queries.captured_queries if "COUNT(" in query["sql"]]


def test_counts_follow_publishing_editing_and_unpublishing(district, commune, other_commune, documents):
    assert_counts_are_the_documents(district, commune, other_commune)
    draft = LegalDocumentPageFactory(
        parent=document_index(commune.site), number="99/QĐ-UBND", issued_date=datetime.date(2019, 5, 1), live=False
    )
    assert total(commune.site) == 2
    draft.save_revision().publish()
    assert total(commune.site) == 3
    assert_counts_are_the_documents(district, commune, other_commune)

    land_plan = LegalDocumentPage.objects.get(pk=documents["land_plan"].pk)
    land_plan.issued_date, land_plan.category = datetime.date(2021, 7, 1), "khac"
    land_plan.save_revision().publish()
    years = {option.value: option.count for option in facet(stored_and_counted(district.site)[0], "year").options}
    assert years.get("2021") == 1 and "2023" not in years
    assert_counts_are_the_documents(district, commune, other_commune)

    documents["poverty"].unpublish()
    commune_notice = documents["commune_notice"]
    commune_notice.save_revision()
    Page.objects.get(pk=commune_notice.pk).unpublish()  # through a base Page, as the admin's bulk action does
    assert total(district.site) == len(documents) + 1 - 2
    assert_counts_are_the_documents(district, commune, other_commune)


def test_counts_follow_moves_of_a_document_and_of_a_section(district, commune, other_commune, documents):
    assert_counts_are_the_documents(district, commune, other_commune)
    documents["commune_poverty"].move(document_index(other_commune.site), pos="last-child")
    assert (total(commune.site), total(other_commune.site)) == (1, 2)
    assert_counts_are_the_documents(district, commune, other_commune)

    # A whole section moved: its documents change site without being moved one by one.
    section = Page.objects.get(pk=document_index(commune.site).pk)
    section.slug = "van-ban-tan-ha"  # beside the other commune's own section
    section.save()
    section.move(other_commune.site.root_page, pos="last-child")
    assert (total(commune.site), total(other_commune.site)) == (0, 3)
    assert_counts_are_the_documents(district, commune, other_commune)


def test_counts_follow_deleting_a_document_and_a_section(district, commune, other_commune, documents):
    assert_counts_are_the_documents(district, commune, other_commune)
    documents["other_poverty"].delete()
    assert total(other_commune.site) == 0
    assert_counts_are_the_documents(district, commune, other_commune)

    Page.objects.get(pk=document_index(commune.site).pk).delete()
    assert total(commune.site) == 0
    assert total(district.site) == 3
    assert_counts_are_the_documents(district, commune, other_commune)


@pytest.mark.usefixtures("media_root")
def test_counts_follow_an_import(district, commune, documents, tmp_path):
    assert total(commune.site) == 2
    rows = [
        doc_row(external_id="vb-1", number="1/QĐ-UBND", issued_date="2020-01-10", fields="Đất đai; Xây dựng"),
        doc_row(external_id="vb-2", number="2/KH-UBND", doc_type="Kế hoạch", issued_date="2021-02-11", fields=""),
    ]
    _stdout, stderr, error = run_import(write_csv(tmp_path, rows))
    assert error is None, stderr
    assert total(commune.site) == 4
    assert_counts_are_the_documents(district, commune)

    # Importing again updates the rows in place (a new type): counted again as well.
    rows[1]["doc_type"] = "Thông báo"
    _stdout, stderr, error = run_import(write_csv(tmp_path, rows))
    assert error is None, stderr
    stored, _counted = stored_and_counted(commune.site)
    types = {option.value: option.count for option in facet(stored, "doc_type").options}
    assert types["thong-bao"] == 2 and "ke-hoach" not in types
    assert_counts_are_the_documents(district, commune)


@pytest.mark.usefixtures("media_root")
def test_an_import_keeps_the_stored_counts_of_other_sites(district, commune, other_commune, documents, tmp_path):
    assert_counts_are_the_documents(district, commune, other_commune)  # every site counted

    _stdout, stderr, error = run_import(write_csv(tmp_path, [doc_row(external_id="vb-moi", number="9/QĐ-UBND")]))

    assert error is None, stderr
    states = {state.site_id: state for state in FacetSummaryState.objects.all()}
    assert states[other_commune.site.id].counted_version == states[other_commune.site.id].version
    assert states[district.site.id].counted_version == states[district.site.id].version
    assert states[commune.site.id].counted_version != states[commune.site.id].version
    assert_counts_are_the_documents(district, commune, other_commune)


def test_statuses_counted_today_follow_the_dates_of_a_later_day(district):
    today = datetime.date.today()
    index = document_index(district.site)
    for number, dates in (
        ("1/QĐ", {"issued_date": today, "effective_date": today + datetime.timedelta(days=30)}),
        ("2/QĐ", {"issued_date": today + datetime.timedelta(days=5)}),
        (
            "3/QĐ",
            {"issued_date": today - datetime.timedelta(days=60), "expiry_date": today + datetime.timedelta(days=10)},
        ),
        (
            "4/QĐ",
            {"issued_date": today - datetime.timedelta(days=60), "expiry_date": today - datetime.timedelta(days=1)},
        ),
        ("5/QĐ", {"issued_date": today - datetime.timedelta(days=60), "status_override": "ngung_hieu_luc"}),
        ("6/QĐ", {"issued_date": today - datetime.timedelta(days=60)}),
    ):
        LegalDocumentPageFactory(parent=index, number=number, **dates)
    stored, counted = stored_and_counted(district.site)
    assert stored == counted
    statuses = {option.value: option.count for option in facet(stored, "status").options}
    assert statuses == {"con_hieu_luc": 2, "het_hieu_luc": 1, "chua_co_hieu_luc": 2, "ngung_hieu_luc": 1}

    later = today + datetime.timedelta(days=40)
    stored, counted = stored_and_counted(district.site, today=later)
    assert stored == counted
    statuses = {option.value: option.count for option in facet(stored, "status").options}
    assert statuses == {"con_hieu_luc": 3, "het_hieu_luc": 2, "ngung_hieu_luc": 1}


def test_a_search_for_a_day_before_the_counting_counts_from_the_documents(district, documents):
    stored_and_counted(district.site)
    earlier = listing_search(district.site, today=datetime.date.today() - datetime.timedelta(days=1))
    assert summary_counts(earlier) is None
    assert database_search(earlier).total_count == len(documents)


def test_searches_with_words_or_other_filters_count_from_the_documents(district, documents):
    assert summary_counts(listing_search(district.site, q="ho ngheo")) is None
    assert summary_counts(listing_search(district.site, year="2024")) is None
    assert summary_counts(listing_search(district.site, site="khong-co.hamtan.test")) is None
    assert database_search(listing_search(district.site, site="khong-co.hamtan.test")).total_count == 0


def test_counts_are_kept_per_site(district, commune, documents):
    stored_and_counted(district.site)
    site_ids = set(FacetCount.objects.values_list("site_id", flat=True))
    assert commune.site.pk in site_ids and district.site.pk in site_ids
    assert FacetCount.objects.filter(site=commune.site, dimension="site").get().count == 2
