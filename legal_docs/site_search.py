"""Documents and procedures in the site search box (registered in wagtail_hooks.py).

Both rank as the citizen searches of Văn bản and Thủ tục hành chính do (legal_docs.search.engine),
always on the database, so their scores compare with the other kinds' (cms.folded_search).
Procedures are national: the district and its communes offer the same one under the same code,
so the box shows each code once, on the reader's own site where it has it, naming the other
sites that offer it.
"""

from urllib.parse import urlencode

from django.utils.formats import date_format

from cms.site_search import SearchHit, SiteSearchKind

from .models import LegalDocumentIndexPage, ProcedureIndexPage, ProcedurePage
from .search import DOCUMENTS, PROCEDURES, Search
from .search.engine import database_search, matching, ordered
from .search.params import SearchParams


def engine_search(kind, site_search, page=1):
    params = SearchParams(text=" ".join(site_search.terms), terms=tuple(site_search.terms), page=page)
    return Search(kind=kind, params=params, scope=site_search.scope)


def portal_name(site_search, site_id):
    """The name of the portal a result is on, when the search covers several."""
    if not site_search.covers_several_sites:
        return ""
    portal = site_search.scope.site_by_id(site_id)
    return portal.name if portal else ""


def own_search_url(index_model, site_search):
    """The site's own Văn bản or Thủ tục page with the query filled in, if the site has one."""
    index_page = index_model.objects.live().in_site(site_search.site).first()
    return f"{index_page.get_url(site_search.request)}?{urlencode({'q': site_search.query})}" if index_page else ""


def search_documents(site_search, page, per_page):
    search = engine_search(DOCUMENTS, site_search, page)
    results = database_search(search, per_page, clamp=False, with_facets=False)
    return results.total_count, [
        SearchHit(
            title=document.title,
            url=document.get_url(site_search.request),
            score=document.relevance,
            site_name=portal_name(site_search, document.site_id),
            summary=document.summary,
            details=[
                f"Số {document.number}",
                f"Ban hành ngày {date_format(document.issued_date, 'd/m/Y')}",
                document.status_label,
            ],
        )
        for document in results.items
    ]


def procedure_groups(site_search):
    """The matching procedures as lists of `(pk, site_id, relevance)`, one list per code, best first;
    in each, the page of the reader's own site first, then the authority's, then the others."""
    search = engine_search(PROCEDURES, site_search)
    site_order = {site_id: position for position, site_id in enumerate(search.scope.site_ids)}
    own_site_id = site_search.site.pk
    groups = {}  # in the order of each code's best page
    for pk, code, site_id, score in ordered(search, matching(search)).values_list("pk", "code", "site_id", "relevance"):
        groups.setdefault(code.strip() or f"#{pk}", []).append((pk, site_id, score))
    for group in groups.values():
        group.sort(key=lambda row: (row[1] != own_site_id, site_order.get(row[1], len(site_order))))
    return list(groups.values())


def search_procedures(site_search, page, per_page):
    groups = procedure_groups(site_search)
    shown = groups[(page - 1) * per_page : page * per_page]
    pages = ProcedurePage.objects.select_related("field").in_bulk([pk for group in shown for pk, _, _ in group])
    request = site_search.request
    hits = []
    for group in shown:
        first, *others = (pages[pk] for pk, _, _ in group)
        details = [
            f"Mã {first.code}" if first.code else "",
            first.get_level_display(),
            getattr(first.field, "name", ""),
        ]
        hits.append(
            SearchHit(
                title=first.title,
                url=first.get_url(request),
                score=max(score for _, _, score in group),
                site_name=portal_name(site_search, first.site_id),
                details=[detail for detail in details if detail],
                also_on=[(portal_name(site_search, other.site_id), other.get_url(request)) for other in others],
            )
        )
    return len(groups), hits


def document_search_kind():
    return SiteSearchKind(
        key="van-ban",
        label="Văn bản",
        order=20,
        search=search_documents,
        more_url=lambda site_search: own_search_url(LegalDocumentIndexPage, site_search),
        more_label="Tìm trong Văn bản (lọc theo loại, cơ quan, năm, hiệu lực)",
    )


def procedure_search_kind():
    return SiteSearchKind(
        key="thu-tuc",
        label="Thủ tục hành chính",
        order=10,
        search=search_procedures,
        more_url=lambda site_search: own_search_url(ProcedureIndexPage, site_search),
        more_label="Tìm trong Thủ tục hành chính (lọc theo lĩnh vực, cấp thực hiện)",
    )
