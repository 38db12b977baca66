"""A citizen's search, read from the address bar or an API call. Reading never fails: a value
that is not a number counts as missing, over-long text is cut, operators are just punctuation."""

import re
from dataclasses import dataclass, field

from cms.text import folded_words

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
MAX_FILTER_CHARS = 255
MAX_PAGE = 100_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

SORT_RELEVANCE = "relevance"
SORT_DATE = "date"
SORT_NAME = "name"


def clean_value(value, limit):
    """A parameter's text without control characters (a NUL cannot even reach PostgreSQL), cut to `limit`."""
    return _CONTROL.sub("", str(value or ""))[:limit].strip()


def search_terms(text):
    """The folded words of a query; punctuation and search operators (" ( ) & | ! : * \\ ') drop out."""
    return tuple(folded_words(text)[:MAX_QUERY_TERMS])


def page_number(value):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


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
