"""Template helpers of the citizen search pages."""

import re
from functools import lru_cache
from urllib.parse import urlencode

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cms.text import fold

register = template.Library()

_WORD = re.compile(r"\w+")
# The words of results repeat from one result and one request to the next.
_folded_word = lru_cache(maxsize=20000)(fold)


@register.filter
def highlight(text, terms):
    """`text` escaped, with every word that folds to one of `terms` wrapped in <mark>.

    "42/2022/NĐ-CP" is marked word by word for the terms ("42", "2022", "nd", "cp").
    """
    text = str(text or "")
    wanted = set(terms or ())
    if not wanted:
        return escape(text)
    pieces, position = [], 0
    for match in _WORD.finditer(text):
        if _folded_word(match.group()) in wanted:
            pieces += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
            position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


@register.simple_tag(takes_context=True)
def search_link(context, *pairs):
    """The current search's query string with parameters changed: `{% search_link "year" 2024 "page" None %}`.

    Django's `querystring` tag needs literal names; facets name their parameter in a variable.
    Changing anything but the page goes back to page 1.
    """
    # A plain dict of the values (not QueryDict.copy(), a deep copy: a facet list makes a hundred links).
    params = dict(context["request"].GET.lists())
    changes = dict(zip(pairs[::2], pairs[1::2], strict=True))
    if "page" not in changes:
        changes["page"] = None
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = [str(value)]
    return f"?{urlencode([(key, value) for key, values in params.items() for value in values])}" if params else "?"
