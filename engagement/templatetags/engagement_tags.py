"""Template tags through which pages show what engagement keeps (`{% load engagement_tags %}`)."""

from django import template

from cms.page_cache import placeholder

from .. import view_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def view_count(context, page):
    """`{% view_count page %}`: the page's views, those still buffered included; a cached copy of
    the page shows the count of the moment it is served."""
    count = view_counts.displayed_view_count(page)
    return placeholder(context.get("request"), view_counts.PLACEHOLDER_KIND, page.pk, count)
