"""Template tags through which pages show what engagement keeps (`{% load engagement_tags %}`)."""

from django import template

from cms.page_cache import placeholder

from .. import comments, view_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def view_count(context, page):
    """`{% view_count page %}`: the page's views, those still buffered included; a cached copy of
    the page shows the count of the moment it is served."""
    count = view_counts.displayed_view_count(page)
    return placeholder(context.get("request"), view_counts.PLACEHOLDER_KIND, page.pk, count)


@register.inclusion_tag("engagement/includes/article_comments.html")
def article_comments(page):
    """`{% article_comments page %}`: the “Ý kiến bạn đọc” box, its approved comments and, when the
    article takes comments, the link to the form (engagement/comment_views.py says why it is a page
    of its own). Approving, rejecting or deleting a comment expires the cached article."""
    return {"page": page, "comments": comments.shown_comments(page), "open": comments.accepts_comments(page)}
