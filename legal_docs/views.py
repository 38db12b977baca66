"""The JSON API for other systems (the search pages' own context is in search/pages.py)."""

from django.db.models import prefetch_related_objects
from django.http import Http404, JsonResponse

from cms.page_cache import cached_view

from .search import DOCUMENTS, PROCEDURES, Search, run_search, scope_for_site
from .search.pages import site_of_request

API_PAGE_SIZE = 20


def _api_results(request, kind):
    # The API answers for the whole authority whichever of its portals is asked; `site=` narrows.
    scope = scope_for_site(site_of_request(request), widen=True)
    search = Search.from_query_dict(kind, request.GET, scope)
    results = run_search(search, per_page=API_PAGE_SIZE, clamp=False, with_facets=False)
    if kind is DOCUMENTS:  # the search pages read no fields (engine.with_related)
        prefetch_related_objects(results.items, "fields")
    return scope, results


def _iso(date):
    return date.isoformat() if date else None


def document_json(document, request, scope):
    return {
        "id": document.pk,
        "number": document.number,
        "title": document.title,
        "doc_type": document.doc_type.name,
        "issuing_body": document.issuing_body,
        "signer": document.signer,
        "issued_date": _iso(document.issued_date),
        "effective_date": _iso(document.effective_date),
        "expiry_date": _iso(document.expiry_date),
        "status": document.status.value,
        "fields": [field.name for field in document.fields.all()],
        "category": document.category,
        "url": document.get_full_url(request),
        "site": scope.site_by_id(document.site_id).hostname,
        "files": [
            {"name": attachment.display_name, "url": request.build_absolute_uri(attachment.file.url)}
            for attachment in document.files.all()
        ],
    }


def procedure_json(procedure, request, scope):
    return {
        "id": procedure.pk,
        "code": procedure.code,
        "name": procedure.title,
        "field": procedure.field.name if procedure.field else None,
        "level": procedure.level,
        "processing_time": procedure.processing_time,
        "fees": procedure.fees,
        "online_level": procedure.online_level or None,
        "online_url": procedure.online_url or None,
        "url": procedure.get_full_url(request),
        "site": scope.site_by_id(procedure.site_id).hostname,
    }


def _api_response(request, kind, item_json):
    try:
        scope, results = _api_results(request, kind)
    except Http404 as error:
        return JsonResponse({"error": str(error)}, status=404, json_dumps_params={"ensure_ascii": False})
    return JsonResponse(
        {
            "meta": {"total_count": results.total_count},
            "items": [item_json(item, request, scope) for item in results.items],
        },
        json_dumps_params={"ensure_ascii": False},
    )


@cached_view
def legal_documents_api(request):
    return _api_response(request, DOCUMENTS, document_json)


@cached_view
def procedures_api(request):
    return _api_response(request, PROCEDURES, procedure_json)
