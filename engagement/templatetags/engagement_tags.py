"""Template tags through which pages show what engagement keeps (`{% load engagement_tags %}`)."""

from django import template
from django.template.loader import render_to_string

from cms.page_cache import placeholder

from .. import comments, ratings, view_counts, visits

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
