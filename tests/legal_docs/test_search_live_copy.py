"""The search reads `live` and the site from the document's own row (legal_docs/models/common.py):
publishing, unpublishing (also through a base Page), moving and importing keep those copies right."""

import pytest

from wagtail.models import Page

from legal_docs.models import LegalDocumentPage, ProcedurePage

from .factories import LegalDocumentPageFactory, ProcedurePageFactory, document_index, procedure_index
from .test_search import COMMUNE, DISTRICT, search_numbers

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def stored_copies(page):
    row = type(page)._base_manager.values("search_live", "site_id").get(pk=page.pk)
    return row["search_live"], row["site_id"]


def test_a_created_live_document_is_copied_live_with_its_site(district, documents):
    document = documents["poverty"]
    assert stored_copies(document) == (True, district.site.pk)


def test_unpublishing_a_base_page_hides_the_document_and_publishing_shows_it_again(district, documents):
    document = documents["poverty"]
    document.save_revision()
    Page.objects.get(pk=document.pk).unpublish()  # Wagtail saves the base row only
    assert stored_copies(document)[0] is False
    assert "1520/QĐ-UBND" not in search_numbers(DISTRICT, q="ho ngheo")

    LegalDocumentPage.objects.get(pk=document.pk).get_latest_revision().publish()
    assert stored_copies(document)[0] is True
    assert "1520/QĐ-UBND" in search_numbers(DISTRICT, q="ho ngheo")


def test_a_draft_document_is_not_found(district):
    LegalDocumentPageFactory(parent=document_index(district.site), number="77/QĐ-UBND", live=False)
    assert stored_copies(LegalDocumentPage.objects.get(number="77/QĐ-UBND"))[0] is False
    assert "77/QĐ-UBND" not in search_numbers(DISTRICT)


def test_moving_a_document_to_a_commune_moves_it_in_the_search(district, commune, documents):
    document = documents["poverty"]
    document.move(document_index(commune.site), pos="last-child")
    assert stored_copies(document) == (True, commune.site.pk)
    assert "1520/QĐ-UBND" in search_numbers(COMMUNE, q="ho ngheo")


def test_moving_a_procedure_moves_its_site(district, commune):
    procedure = ProcedurePageFactory(parent=procedure_index(district.site))
    assert stored_copies(procedure) == (True, district.site.pk)
    Page.objects.get(pk=procedure.pk).move(procedure_index(commune.site), pos="last-child")
    assert stored_copies(ProcedurePage.objects.get(pk=procedure.pk)) == (True, commune.site.pk)


def test_the_migration_copies_live_from_wagtail(district, documents):
    """What migration 0006 does for rows that existed before the column."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("legal_docs.migrations.0006_search_live_copy")
    LegalDocumentPage._base_manager.update(search_live=False)
    Page.objects.filter(pk=documents["land_plan"].pk).update(live=False)
    migration.copy_live(apps, None)
    assert stored_copies(documents["poverty"])[0] is True
    assert stored_copies(documents["land_plan"])[0] is False
