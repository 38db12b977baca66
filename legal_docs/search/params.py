"""A citizen's search, read from the address bar or an API call (with cms.query: reading never fails)."""

from dataclasses import dataclass, field

from cms.query import MAX_QUERY_CHARS, clean_value, page_number, search_terms

MAX_FILTER_CHARS = 255

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORT_NAME = "name"


@dataclass(frozen=True)
class SearchParams:
    text: str = ""
    terms: tuple = ()
    filters: dict = field(default_factory=dict)  # param -> raw value, only those given
    sort: str = SORT_RELEVANCE
    page: int = 1

    @property
    def phrase(self):
        return " ".join(self.terms)

    @property
    def ranks_by_relevance(self):
        return bool(self.terms) and self.sort == SORT_RELEVANCE


def read_params(query_dict, filter_params, sorts=(SORT_RELEVANCE, SORT_DATE)):
    """SearchParams from a QueryDict (request.GET) for the given filter parameter names."""
    text = clean_value(query_dict.get("q"), MAX_QUERY_CHARS)
    filters = {}
    for param in filter_params:
        value = clean_value(query_dict.get(param), MAX_FILTER_CHARS)
        if value:
            filters[param] = value
    sort = query_dict.get("sort")
    return SearchParams(
        text=text,
        terms=search_terms(text),
        filters=filters,
        sort=sort if sort in sorts else sorts[0],
        page=page_number(query_dict.get("page")),
    )
