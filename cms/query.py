"""Reading what a visitor typed into a search: reading never fails. A value that is not a number
counts as missing, over-long text is cut, control characters and search operators are dropped."""

import re

from .text import folded_words

MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 12
MAX_PAGE = 100_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
