"""Template tags through which pages show what engagement keeps (`{% load engagement_tags %}`)."""

from django import template
from django.template.loader import render_to_string

from cms.page_cache import placeholder

from .. import ratings, view_counts, visits

register = template.Library()


@register.simple_tag(takes_context=True)
def view_count(context, page):
    """`{% view_count page %}`: the page's views, those still buffered included; a cached copy of
    the page shows the count of the moment it is served."""
    count = view_counts.displayed_view_count(page)
    return placeholder(context.get("request"), view_counts.PLACEHOLDER_KIND, page.pk, count)


@register.simple_tag(takes_context=True)
def visitor_block(context):
    """`{% visitor_block %}`: the site's visitor figures (an authority's portal: summed over its
    sites), each a placeholder, so a cached page shows the current figures."""
    site = context.get("site")
    request = context.get("request")
    if site is None:
        return ""
    scope = visits.scope_for_site(site.pk)
    shown = visits.fill_visitor_placeholders([f"{scope}:{name}" for name in visits.BLOCK_FIGURES])
    figures = {
        name: placeholder(request, visits.PLACEHOLDER_KIND, f"{scope}:{name}", shown[f"{scope}:{name}"])
        for name in visits.BLOCK_FIGURES
    }
    return render_to_string("engagement/includes/visitor_block.html", {"figures": figures})


@register.simple_tag(takes_context=True)
def rating_sentence(context, page):
    """`{% rating_sentence page %}`: "Tổng số điểm của bài viết là: X trong N đánh giá", current on a cached page."""
    return placeholder(context.get("request"), ratings.PLACEHOLDER_KIND, page.pk, ratings.current_sentence(page.pk))
