"""Placeholders: the parts of a cached page that change on their own (a view count, later a
visitor counter or a rating), so that a hit shows the current value without a render.

A template tag renders its value through `placeholder(request, kind, key, value)`. While the page
is being rendered to be stored, the value is wrapped in comments, ``<!--kind:key-->value<!--/kind-->``,
and (kind, key) is recorded with the entry. Each hit then asks the filler registered for `kind`
for the current values and puts them in, in one pass over the content whatever the number of
placeholders: `register_filler(kind, fill)` with `fill(key) -> value`, or
`register_filler(kind, fill, many=True)` with `fill(keys) -> {key: value}`, asked once per hit
for all the keys of its kind (a visitor block reads all its figures with one cache read).
"""

import html
import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .store import PLACEHOLDERS_ATTR, is_capturing

_fillers = {}
_many_fillers = {}


def register_filler(kind, fill, many=False):
    """`fill(key)` gives the current value of placeholders of this kind (called on every hit);
    with `many`, `fill(keys)` gives `{key: value}` for all of them at once."""
    (_many_fillers if many else _fillers)[kind] = fill


def placeholder(request, kind, key, value):
    """`value` as the page shows it now, marked so that a cached copy can show a newer one."""
    if request is None or not is_capturing(request):
        return value
    recorded = getattr(request, PLACEHOLDERS_ATTR, None)
    if recorded is None:
        recorded = []
        setattr(request, PLACEHOLDERS_ATTR, recorded)
    if (kind, str(key)) not in recorded:
        recorded.append((kind, str(key)))
    return mark_safe(f"<!--{kind}:{key}-->{escape(value)}<!--/{kind}-->")


@lru_cache(maxsize=64)
def _pattern(kinds):
    """One expression for every placeholder of these kinds: group 1 the opening, 2 the kind, 3 the key."""
    names = b"|".join(re.escape(kind.encode()) for kind in kinds)
    return re.compile(rb"(<!--(" + names + rb"):([^>]*?)-->).*?(?=<!--/\2-->)", re.S)


def _current_values(placeholders):
    by_kind = {}
    for kind, key in placeholders:
        by_kind.setdefault(kind, []).append(key)
    values = {}
    for kind, keys in by_kind.items():
        if kind in _many_fillers:
            found = _many_fillers[kind](keys)
            values.update({(kind, str(key)): value for key, value in found.items()})
        elif kind in _fillers:
            values.update({(kind, key): _fillers[kind](key) for key in keys})
    return values


def fill(response, placeholders):
    """Put the current value of each placeholder into a response served from the cache."""
    values = _current_values(placeholders)
    if not values:
        return response
    # html.escape escapes what Django's escape does, at a fraction of its cost on every hit.
    encoded = {(kind.encode(), key.encode()): html.escape(str(value)).encode() for (kind, key), value in values.items()}

    content = response.content
    kinds = tuple(sorted({kind for kind, _ in values}))
    pieces, start = [], 0
    for match in _pattern(kinds).finditer(content):
        value = encoded.get((match.group(2), match.group(3)))
        if value is not None:
            pieces += [content[start : match.end(1)], value]
            start = match.end()
    pieces.append(content[start:])
    response.content = b"".join(pieces)
    return response
