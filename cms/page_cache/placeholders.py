"""Placeholders: the parts of a cached page that change on their own (a view count, later a
visitor counter or a rating), so that a hit shows the current value without a render.

A template tag renders its value through `placeholder(request, kind, key, value)`. While the page
is being rendered to be stored, the value is wrapped in comments, ``<!--kind:key-->value<!--/kind-->``,
and (kind, key) is recorded with the entry. Each hit then asks the filler registered for `kind`
(`register_filler(kind, fill)`, `fill(key) -> value`) for the current value and puts it in.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .store import PLACEHOLDERS_ATTR, is_capturing

_fillers = {}


def register_filler(kind, fill):
    """`fill(key)` gives the current value of placeholders of this kind (called on every hit)."""
    _fillers[kind] = fill


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


def fill(response, placeholders):
    """Put the current value of each placeholder into a response served from the cache."""
    content = response.content
    for kind, key in placeholders:
        filler = _fillers.get(kind)
        if filler is None:
            continue
        opening = f"<!--{kind}:{key}-->".encode()
        if opening not in content:
            continue
        pattern = re.compile(re.escape(opening) + rb".*?(?=" + re.escape(f"<!--/{kind}-->".encode()) + rb")", re.S)
        current = opening + str(escape(filler(key))).encode()
        content = pattern.sub(lambda match, current=current: current, content)
    response.content = content
    return response
