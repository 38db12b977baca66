"""The copy of a document's field ids on its row (`field_ids_copy`), which the search counts the
“Lĩnh vực” facet from: the same as the link table after every way a document's fields change."""

import pytest

from legal_docs.models import LegalDocumentPage
from legal_docs.models.documents import field_ids_text
from legal_docs.search.cache import forget_answers
from tests.helpers import COMMUNE_HOST

from .factories import LegalDocumentPageFactory, document_index, legal_field
from .helpers import doc_row, imported, run_import, write_csv

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


def _links(page):
    return field_ids_text(
        LegalDocumentPage.fields.through.objects.filter(legaldocumentpage=page).values_list("legalfield_id", flat=True)
    )


def _field_facet(client, query):
    forget_answers()
    response = client.get("/van-ban/", {"q": query}, HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 200
    facet = next((facet for facet in response.context["results"].facets if facet.param == "field"), None)
    return {option.value: option.count for option in facet.options} if facet else {}


@pytest.mark.sqlite
def test_the_copy_follows_the_fields_of_a_saved_document_and_the_facet_counts_it(client, commune):
    page = LegalDocumentPageFactory(
        parent=document_index(commune.site), number="7/QĐ-UBND", summary="Về việc cấp giấy chứng nhận vườn ươm",
        fields=["dat-dai", "xay-dung"],
    )  # fmt: skip
    page.refresh_from_db()
    assert page.field_ids_copy == _links(page) and len(page.field_ids_copy.split()) == 2
    assert _field_facet(client, "vuon uom") == {"dat-dai": 1, "xay-dung": 1}

    page.fields = [legal_field("xay-dung")]
    page.save()
    page.refresh_from_db()
    assert page.field_ids_copy == _links(page) == str(legal_field("xay-dung").pk)
    assert _field_facet(client, "vuon uom") == {"xay-dung": 1}

    page.fields = []
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.field_ids_copy == _links(page) == ""
    assert _field_facet(client, "vuon uom") == {}


@pytest.mark.sqlite
def test_the_import_writes_the_copy_on_bulk_inserts_and_on_updates(client, commune, tmp_path):
    summary = "Về việc cấp giấy chứng nhận vườn ươm giống cây trồng"
    rows = [doc_row(summary=summary, fields="Đất đai;Hộ tịch"), doc_row(external_id="vb-2", summary=summary, fields="")]
    assert run_import(write_csv(tmp_path, rows))[2] is None
    first, second = imported(commune).get(), imported(commune, "vb-2").get()
    assert first.field_ids_copy == _links(first) and len(first.field_ids_copy.split()) == 2
    assert second.field_ids_copy == _links(second) == ""
    assert _field_facet(client, "vuon uom") == {"dat-dai": 1, "ho-tich": 1}

    assert run_import(write_csv(tmp_path, [doc_row(summary=summary, fields="Hộ tịch")]))[2] is None
    first.refresh_from_db()
    assert first.field_ids_copy == _links(first) == str(legal_field("ho-tich").pk)
    assert _field_facet(client, "vuon uom") == {"ho-tich": 1}
