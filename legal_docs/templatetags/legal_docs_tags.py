"""Listings and helpers the public templates (the home page included) use for documents and procedures.

The home app never imports `legal_docs`; its template loads this library instead.
"""

from django import template

from ..models import LegalDocumentIndexPage, LegalDocumentPage, ProcedurePage

register = template.Library()


@register.simple_tag
def document_section(site):
    """The site's live “Văn bản” section (the document listing), or None."""
    if site is None:
        return None
    return LegalDocumentIndexPage.objects.child_of(site.root_page).live().order_by("path").first()


@register.simple_tag
def latest_documents(site, count=5):
    """The newest live documents of one site, with their type (one query)."""
    if site is None:
        return []
    documents = LegalDocumentPage.objects.live().in_sites([site]).newest_first().select_related("doc_type")
    return list(documents[: max(int(count), 0)])


@register.simple_tag
def citing_procedures(document):
    """The live procedures that cite `document` as their legal basis, each once."""
    if document is None or document.pk is None:
        return []
    return list(ProcedurePage.objects.live().filter(legal_basis__document=document).distinct().order_by("title"))


@register.filter
def file_size(field_file):
    """The stored file's size in bytes, or None when the file is missing from storage."""
    try:
        return field_file.size
    except (OSError, ValueError):
        return None


@register.simple_tag
def legal_basis_of(procedure):
    """The procedure's legal basis rows with their document page (linked only when live)."""
    return list(procedure.legal_basis.select_related("document"))


@register.simple_tag
def dossier_items_of(procedure):
    """The procedure's dossier components with their form template."""
    return list(procedure.dossier_items.select_related("form_template"))
