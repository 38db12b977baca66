"""Template helpers of the citizen search pages."""

import re
from functools import lru_cache
from urllib.parse import urlencode

from django import template
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

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


def changed_query(params, changes):
    """The query string of `params` ({name: [values]}, left as it is) with `changes` made; changing
    anything but the page goes back to page 1."""
    params = dict(params)
    changes = dict(changes)
    if "page" not in changes:
        changes["page"] = None
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = [str(value)]
    return f"?{urlencode([(key, value) for key, values in params.items() for value in values])}" if params else "?"


@register.simple_tag(takes_context=True)
def search_link(context, *pairs):
    """The current search's query string with parameters changed: `{% search_link "year" 2024 "page" None %}`.

    Django's `querystring` tag needs literal names; facets name their parameter in a variable.
    Changing anything but the page goes back to page 1.
    """
    # A plain dict of the values (not QueryDict.copy(), a deep copy: a facet list makes a hundred links).
    return changed_query(dict(context["request"].GET.lists()), dict(zip(pairs[::2], pairs[1::2], strict=True)))


@register.simple_tag(takes_context=True)
def facet_items(context, facet):
    """The <li> items of one facet: the value chosen with its “Bỏ lọc” link, or every option as a
    link that chooses it. Built here rather than in a template loop: a district's facets list a
    hundred options or more, which the template language takes milliseconds to render."""
    params = dict(context["request"].GET.lists())
    selected = facet.selected
    if selected:
        return format_html(
            '<li class="facet__item facet__item--selected">\n'
            '                <span>{} <span class="facet__count">({})</span></span>\n'
            '                <a class="facet__remove" href="{}">Bỏ lọc<span class="visually-hidden"> {}</span></a>\n'
            "            </li>",
            selected.label,
            selected.count,
            changed_query(params, {facet.param: None}),
            facet.label.lower(),
        )
    return format_html_join(
        "\n",
        '<li class="facet__item"><a href="{}">{}</a> <span class="facet__count">({})</span></li>',
        ((changed_query(params, {facet.param: option.value}), option.label, option.count) for option in facet.options),
    )


def _day(date):
    """As the `date:"d/m/Y"` filter writes it."""
    return f"{date.day:02d}/{date.month:02d}/{date.year:04d}"


def _document_result(document, terms, request, several_sites):
    details = [highlight(document.issuing_body, terms), " · Ban hành ", _day(document.issued_date)]
    if document.effective_date:
        details += [" · Hiệu lực ", _day(document.effective_date)]
    portal = getattr(document, "portal", None)
    if several_sites and portal:
        details.append(format_html(' · <span class="legal-result__site">{}</span>', portal.name))
    summary = ""
    if document.summary != document.title:
        summary = format_html(
            '\n    <p class="legal-result__summary">{}</p>',
            highlight(Truncator(document.summary).words(60, truncate=" …"), terms),
        )
    files = format_html_join(
        "",
        '<a class="file-link" href="{}">{}<span class="visually-hidden"> – {}</span></a>',
        ((attachment.file.url, attachment.extension, attachment.display_name) for attachment in document.files.all()),
    )
    status = document.status
    return format_html(
        '<li class="legal-result">\n'
        '    <p class="legal-result__meta">\n'
        '        <span class="legal-result__number">{}</span>\n'
        '        <span class="legal-result__type">{}</span>\n'
        '        <span class="status-badge status-badge--{}">{}</span>\n'
        "    </p>\n"
        '    <h3 class="legal-result__title"><a href="{}">{}</a></h3>{}\n'
        '    <p class="legal-result__details">\n'
        "        {}\n"
        "    </p>{}\n"
        "</li>",
        highlight(document.number, terms),
        document.doc_type.name,
        status.value,
        status.label,
        document.get_url(request=request),
        highlight(document.title, terms),
        summary,
        mark_safe("".join(conditional_escape(part) for part in details)),
        format_html('\n    <p class="legal-result__files">{}</p>', files) if files else "",
    )


@register.simple_tag(takes_context=True)
def document_results(context, documents):
    """The <li> items of the documents found: number, type and status, the title linked to the
    document, the summary, issuing body and dates, the portal when the search spans several, the
    files; the words searched marked. Built here rather than in a template loop, like the facets:
    twenty results take the template language several milliseconds, a third of the page."""
    terms = context["search"].params.terms
    several_sites = context["scope"].spans_several_sites
    request = context.get("request")
    return mark_safe("\n".join(_document_result(document, terms, request, several_sites) for document in documents))
