"""A cold render of the document and procedure pages and of their listings costs the same number of
SQL queries whatever the number of items on them (page cache off, every cache emptied)."""

import pytest

from django.core.files.base import ContentFile

from legal_docs.models import (
    LegalDocumentFile,
    LegalDocumentRelation,
    ProcedureDossierItem,
    ProcedureLegalBasis,
    ProcedureSubmissionMethod,
    RelationKind,
    SubmissionMethod,
)
from tests.factories import DocumentFactory
from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST, cold_queries
from tests.legal_docs.factories import LegalDocumentPageFactory, ProcedurePageFactory, document_index, procedure_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings, media_root):
    settings.PAGE_CACHE_SECONDS = 0
    settings.SEARCH_CACHE_SECONDS = 0


def document_with(index, count):
    """A document with `count` files, fields, relations both ways and citing procedures."""
    document = LegalDocumentPageFactory(parent=index, fields=["dat-dai", "tu-phap"][: min(count, 2)])
    others = [LegalDocumentPageFactory(parent=index) for _number in range(count)]
    for number, other in enumerate(others):
        pdf = ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"tep-{number}.pdf")
        LegalDocumentFile.objects.create(page=document, file=pdf)
        LegalDocumentRelation.objects.create(page=document, kind=RelationKind.AMENDS, target=other)
        LegalDocumentRelation.objects.create(page=other, kind=RelationKind.REPLACES, target=document)
    for _number in range(count):
        procedure = ProcedurePageFactory(parent=procedure_index(index.get_site()))
        ProcedureLegalBasis.objects.create(page=procedure, citation=document.number, document=document)
    return document


def test_a_document_with_30_files_and_relations_costs_the_queries_of_one_with_1(client, commune):
    index = document_index(commune.site)
    one = cold_queries(client, document_with(index, 1).url)
    thirty = cold_queries(client, document_with(index, 30).url)
    assert len(thirty) == len(one), "\n".join(thirty)


def test_a_procedure_with_30_dossier_items_costs_the_queries_of_one_with_1(client, commune):
    documents = document_index(commune.site)
    counts = {}
    for count in (1, 30):
        procedure = ProcedurePageFactory(parent=procedure_index(commune.site), field="ho-tich")
        for number in range(count):
            ProcedureDossierItem.objects.create(
                page=procedure, name=f"Giấy tờ {number}", form_template=DocumentFactory(), originals=1
            )
            basis = LegalDocumentPageFactory(parent=documents)
            ProcedureLegalBasis.objects.create(page=procedure, citation=basis.number, document=basis)
            ProcedureSubmissionMethod.objects.create(page=procedure, method=SubmissionMethod.choices[0][0])
        counts[count] = cold_queries(client, procedure.url)
    assert len(counts[30]) == len(counts[1]), "\n".join(counts[30])


@pytest.mark.parametrize(
    "index_of, factory", [(document_index, LegalDocumentPageFactory), (procedure_index, ProcedurePageFactory)]
)
def test_a_listing_of_30_costs_the_queries_of_one_of_1(client, commune, other_commune, index_of, factory):
    one_index, thirty_index = index_of(commune.site), index_of(other_commune.site)
    factory(parent=one_index)
    for _number in range(30):
        factory(parent=thirty_index)
    one = cold_queries(client, one_index.url, COMMUNE_HOST)
    thirty = cold_queries(client, thirty_index.url, OTHER_COMMUNE_HOST)
    assert len(thirty) == len(one), "\n".join(thirty)
