"""The context of the two citizen search pages (Văn bản, Thủ tục hành chính), read from the request."""

from django.http import Http404

from wagtail.models import Site

from . import DOCUMENTS, PROCEDURES, Search, run_search, scope_for_site

__all__ = ["DOCUMENTS", "PROCEDURES", "WIDEN_PARAM", "WIDEN_VALUE", "search_page_context", "site_of_request"]

WIDEN_PARAM, WIDEN_VALUE = "scope", "all"


def site_of_request(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang thông tin nào ở địa chỉ này.")
    return site


def search_page_context(request, kind):
    scope = scope_for_site(site_of_request(request), widen=request.GET.get(WIDEN_PARAM) == WIDEN_VALUE)
    search = Search.from_query_dict(kind, request.GET, scope)
    results = run_search(search)
    for item in results.items:
        item.portal = scope.site_by_id(item.site_id)
    return {
        "search": search,
        "results": results,
        "scope": scope,
        "widen_param": WIDEN_PARAM,
        "widen_value": WIDEN_VALUE,
        "searched": bool(search.params.terms or search.params.filters),
        "sort_choices_documents": [("relevance", "Phù hợp nhất"), ("date", "Mới ban hành")],
        "sort_choices_procedures": [("relevance", "Phù hợp nhất"), ("name", "Tên thủ tục (A–Z)")],
    }
