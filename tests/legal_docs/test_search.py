"""The citizen search on the document and procedure listing pages (run on PostgreSQL and SQLite)."""

import datetime
import re

import pytest

from legal_docs.search import DOCUMENTS, PROCEDURES, Search, run_search, scope_for_site
from legal_docs.search.params import read_params

from .factories import LegalDocumentPageFactory, document_index

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

DISTRICT = "hamtan.test"
COMMUNE = "tan-ha.hamtan.test"


def search_numbers(host, **params):
    """The numbers of the documents the listing page shows, in order."""
    from django.test import Client

    response = Client().get("/van-ban/", params, HTTP_HOST=host)
    assert response.status_code == 200
    return [document.number for document in response.context["results"].items]


def service_search(portal, kind=DOCUMENTS, widen=False, **params):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query.update(params)
    params = read_params(query, kind.filter_params, kind.sorts)
    return run_search(Search(kind=kind, params=params, scope=scope_for_site(portal, widen)))


@pytest.mark.parametrize(
    "query",
    ["quyet dinh ho ngheo", "Quyết định hộ nghèo", "QUYET DINH HO NGHEO", "quyết dinh hộ ngheo"],
)
def test_accented_and_unaccented_queries_find_the_same_documents(documents, query):
    found = set(search_numbers(DISTRICT, q=query))
    assert found == {"1520/QĐ-UBND", "15/QĐ-UBND", "27/QĐ-UBND"}


@pytest.mark.parametrize("query", ["42/2022/NĐ-CP", "42/2022/ND-CP", "42/2022", "42 2022 nd cp", "nghị định 42/2022"])
def test_document_numbers_typed_any_way_find_the_decree_first(documents, query):
    assert search_numbers(DISTRICT, q=query)[0] == "42/2022/NĐ-CP"


def test_a_local_number_finds_its_decision(documents):
    assert search_numbers(COMMUNE, q="15/QĐ-UBND") == ["15/QĐ-UBND"]
    assert search_numbers(COMMUNE, q="15/QD-UBND") == ["15/QĐ-UBND"]


def test_d_with_stroke_is_folded_in_the_text_too(documents):
    assert search_numbers(DISTRICT, q="dat dai") == ["45/KH-UBND"]
    assert search_numbers(DISTRICT, q="đất đai") == ["45/KH-UBND"]


def test_words_match_whole_not_inside_other_words(documents):
    # "ngheo" is a word of several summaries; "nghe" is not a word of any of them.
    assert search_numbers(DISTRICT, q="nghe") == []


def test_punctuation_in_the_text_does_not_hide_a_word(district):
    LegalDocumentPageFactory(
        parent=document_index(district.site),
        number="112/KH-UBND",
        doc_type="ke-hoach",
        summary="Kế hoạch phòng, chống dịch bệnh (COVID-19) năm 2024; “Tết” an toàn: sạch sẽ",
    )
    for query in ["phong chong dich", "phòng, chống dịch", "covid 19", "tet an toan sach se"]:
        assert search_numbers(DISTRICT, q=query) == ["112/KH-UBND"], query


def test_migration_0004_splits_stored_text_stored_with_punctuation(district):
    from importlib import import_module

    from django.apps import apps

    from legal_docs.models import LegalDocumentPage

    document = LegalDocumentPageFactory(parent=document_index(district.site), summary="Phòng, chống dịch")
    LegalDocumentPage.objects.filter(pk=document.pk).update(search_text=" ke hoach phong, chong dich ")

    import_module("legal_docs.migrations.0004_search_text_words_only").keep_words_only(apps, None)

    document.refresh_from_db()
    assert " phong chong dich " in document.search_text
    assert "," not in document.search_text


def test_empty_query_lists_newest_first(documents):
    assert search_numbers(COMMUNE) == ["08/TB-UBND", "15/QĐ-UBND"]
    numbers = search_numbers(DISTRICT, sort="date")
    dates = {document.number: document.issued_date for document in documents.values()}
    assert [dates[number] for number in numbers] == sorted((dates[number] for number in numbers), reverse=True)


def test_sort_by_date_orders_matches_newest_first(documents):
    assert search_numbers(DISTRICT, q="ho ngheo", sort="date") == ["1520/QĐ-UBND", "27/QĐ-UBND", "15/QĐ-UBND"]


def test_a_commune_search_shows_only_its_own_documents_until_widened(client, documents):
    assert set(search_numbers(COMMUNE, q="ho ngheo")) == {"15/QĐ-UBND"}
    widened = client.get("/van-ban/", {"q": "ho ngheo", "scope": "all"}, HTTP_HOST=COMMUNE)
    assert {document.number for document in widened.context["results"].items} == {
        "1520/QĐ-UBND",
        "15/QĐ-UBND",
        "27/QĐ-UBND",
    }


def test_the_commune_page_offers_to_widen_and_the_district_shows_each_result_site(client, documents):
    commune_page = client.get("/van-ban/", {"q": "ho ngheo"}, HTTP_HOST=COMMUNE).content.decode()
    assert "Tìm trong toàn huyện" in commune_page
    assert "Thị trấn Tân Nghĩa" not in commune_page
    district_page = client.get("/van-ban/", {"q": "ho ngheo"}, HTTP_HOST=DISTRICT).content.decode()
    assert "Xã Tân Hà" in district_page and "Thị trấn Tân Nghĩa" in district_page
    assert "http://tan-ha.hamtan.test/van-ban/" in district_page  # results on other portals link there


def test_matches_are_highlighted(client, documents):
    html = client.get("/van-ban/", {"q": "ho ngheo"}, HTTP_HOST=COMMUNE).content.decode()
    assert "<mark>hộ</mark> <mark>nghèo</mark>" in html


def test_filters_facet_counts_and_totals_agree(district, documents):
    results = service_search(district.site)
    assert results.total_count == len(documents)
    for facet in results.facets:
        if facet.param != "field":  # a document has one value of each other facet, so they add up
            assert sum(option.count for option in facet.options) == results.total_count, facet.param
        for option in facet.options:
            narrowed = service_search(district.site, **{facet.param: option.value})
            assert narrowed.total_count == option.count, (facet.param, option.value)
            selected = next(f for f in narrowed.facets if f.param == facet.param).selected
            assert selected.value == option.value and selected.count == option.count


def test_filters_combine_with_the_query(district, documents):
    results = service_search(district.site, q="ho ngheo", site="tan-nghia.hamtan.test")
    assert [document.number for document in results.items] == ["27/QĐ-UBND"]
    assert service_search(district.site, q="ho ngheo", year="2024", doc_type="quyet-dinh").total_count == 3
    assert service_search(district.site, q="ho ngheo", year="2023").total_count == 0


def test_status_filter_follows_the_dates_and_the_hand_set_status(district, documents):
    today = datetime.date.today()
    document_index_page = document_index(district.site)
    upcoming = LegalDocumentPageFactory(
        parent=document_index_page, issued_date=today, effective_date=today + datetime.timedelta(days=30)
    )
    partly = LegalDocumentPageFactory(parent=document_index_page, status_override="het_hieu_luc_mot_phan")
    statuses = {
        status: {document.pk for document in service_search(district.site, status=status).items}
        for status in ["chua_co_hieu_luc", "het_hieu_luc", "het_hieu_luc_mot_phan", "con_hieu_luc"]
    }
    assert statuses["chua_co_hieu_luc"] == {upcoming.pk}
    assert statuses["het_hieu_luc"] == {documents["land_plan"].pk}
    assert statuses["het_hieu_luc_mot_phan"] == {partly.pk}
    assert upcoming.status.value == "chua_co_hieu_luc" and documents["land_plan"].status.value == "het_hieu_luc"
    in_force = statuses["con_hieu_luc"]
    assert documents["decree_42"].pk in in_force and upcoming.pk not in in_force and partly.pk not in in_force


def test_pages_cover_every_result_once(district):
    index = document_index(district.site)
    for number in range(45):
        LegalDocumentPageFactory(parent=index, summary=f"Về việc giao đất ở đợt {number}", number=f"{number}/QĐ-UBND")
    first = service_search(district.site, q="giao dat")
    assert first.total_count == 45 and first.num_pages == 3
    pages = [service_search(district.site, q="giao dat", page=str(page)).items for page in (1, 2, 3)]
    seen = [document.pk for items in pages for document in items]
    assert len(seen) == len(set(seen)) == 45


def test_unpublished_documents_are_not_found(district, documents):
    documents["poverty"].unpublish()
    assert "1520/QĐ-UBND" not in search_numbers(DISTRICT, q="ho ngheo")


def test_procedure_search_folds_and_scopes(client, commune, procedures):
    response = client.get("/thu-tuc-hanh-chinh/", {"q": "dang ky khai sinh"}, HTTP_HOST=COMMUNE)
    assert response.status_code == 200
    items = response.context["results"].items
    assert [procedure.pk for procedure in items] == [procedures["birth"].pk]
    assert [p.pk for p in service_search(commune.site, PROCEDURES, q="1.001193").items] == [procedures["birth"].pk]
    widened = service_search(commune.site, PROCEDURES, widen=True, q="khai sinh")
    assert {p.pk for p in widened.items} == {procedures["birth"].pk, procedures["other_birth"].pk}


def test_procedure_facets_agree_with_filters(district, procedures):
    results = service_search(district.site, PROCEDURES)
    assert results.total_count == 4
    for facet in results.facets:
        for option in facet.options:
            assert service_search(district.site, PROCEDURES, **{facet.param: option.value}).total_count == option.count
    names = [p.title for p in results.items]
    assert names == sorted(names)


def test_the_listing_page_without_documents_says_so(client):
    html = client.get("/van-ban/", HTTP_HOST="son-my.hamtan.test").content.decode()
    assert "Không tìm thấy văn bản nào" in html
    assert len(re.findall(r"<h1", html)) == 1


def test_facet_links_choose_a_value_keep_the_search_and_go_back_to_page_one(client, district, documents):
    params = {"q": "ho & ngheo", "page": "2", "sort": "date"}
    html = client.get("/van-ban/", params, HTTP_HOST=DISTRICT).content.decode()
    link = re.search(r'<li class="facet__item"><a href="([^"]*doc_type=quyet-dinh[^"]*)">Quyết định</a>', html)
    assert link, html
    assert link.group(1) == "?q=ho+%26+ngheo&amp;sort=date&amp;doc_type=quyet-dinh"  # escaped once, no page
    assert re.search(r'<span class="facet__count">\(\d+\)</span></li>', html)


def test_a_chosen_facet_value_shows_its_count_and_a_link_that_removes_it(client, district, documents):
    html = client.get("/van-ban/", {"q": "ho ngheo", "doc_type": "quyet-dinh"}, HTTP_HOST=DISTRICT).content.decode()
    chosen = re.search(
        r'<li class="facet__item facet__item--selected">\s*<span>Quyết định <span class="facet__count">\((\d+)\)'
        r'</span></span>\s*<a class="facet__remove" href="([^"]*)">Bỏ lọc<span class="visually-hidden"> loại văn bản'
        r"</span></a>",
        html,
    )
    assert chosen, html
    assert int(chosen.group(1)) >= 1 and chosen.group(2) == "?q=ho+ngheo"


def test_a_result_shows_number_type_status_title_summary_body_dates_portal_and_files(
    client, district, commune, documents, media_root
):
    from django.core.files.base import ContentFile

    from legal_docs.models import LegalDocumentFile

    decree = LegalDocumentPageFactory(
        parent=document_index(district.site),
        number="9/2024/NĐ-CP",
        doc_type="nghi-dinh",
        issuing_body="Chính phủ",
        issued_date=datetime.date(2024, 6, 24),
        effective_date=datetime.date(2024, 8, 15),
        title="Nghị định về chính sách hỗ trợ hộ nghèo",
        summary="Quy định chi tiết về <chính sách> hỗ trợ hộ nghèo " + "và hộ cận nghèo " * 20,
    )
    LegalDocumentFile.objects.create(
        page=decree, title="Văn bản gốc", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="9-2024-nd-cp.pdf")
    )
    LegalDocumentFile.objects.create(page=decree, file=ContentFile(b"PK\x03\x04", name="phu-luc.docx"))
    html = client.get("/van-ban/", {"q": "9/2024/NĐ-CP"}, HTTP_HOST=DISTRICT).content.decode()
    first = re.sub(r"\s+", " ", re.search(r'<li class="legal-result">.*?</li>', html, re.S).group())
    pdf, docx = (attachment.file for attachment in decree.files.order_by("sort_order", "pk"))
    assert first == (
        '<li class="legal-result"> <p class="legal-result__meta"> <span class="legal-result__number">'
        "<mark>9</mark>/<mark>2024</mark>/<mark>NĐ</mark>-<mark>CP</mark></span> "
        '<span class="legal-result__type">Nghị định</span> '
        '<span class="status-badge status-badge--con_hieu_luc">Còn hiệu lực</span> </p> '
        f'<h3 class="legal-result__title"><a href="{decree.relative_url(district.site)}">'
        "Nghị định về chính sách hỗ trợ hộ nghèo</a></h3> "
        '<p class="legal-result__summary">Quy định chi tiết về &lt;chính sách&gt; hỗ trợ hộ nghèo'
        + " và hộ cận nghèo"
        * 12
        + " và …</p> "
        '<p class="legal-result__details"> Chính phủ · Ban hành 24/06/2024 · Hiệu lực 15/08/2024 · '
        '<span class="legal-result__site">Huyện Hàm Tân</span> </p> '
        f'<p class="legal-result__files"><a class="file-link" href="{pdf.url}">PDF<span class="visually-hidden"> – '
        f'Văn bản gốc</span></a><a class="file-link" href="{docx.url}">DOCX<span class="visually-hidden"> – '
        f"{docx.name.rsplit('/', 1)[-1]}</span></a></p> </li>"
    )

    widened = client.get("/van-ban/", {"q": "ho ngheo", "scope": "all"}, HTTP_HOST=COMMUNE).content.decode()
    details = re.findall(r'<p class="legal-result__details">\s*(.*?)\s*</p>', widened, re.S)
    assert (
        f'Ủy ban nhân dân xã Tân Hà · Ban hành 15/01/2024 · <span class="legal-result__site">{commune.name}</span>'
        in (details)
    )
