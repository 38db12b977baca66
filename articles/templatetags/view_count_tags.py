from django import template

from articles import page_cache, view_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def view_count(context, page):
    """`{% view_count page %}`: the page's views, those still buffered included."""
    count = view_counts.displayed_view_count(page)
    request = context.get("request")
    if request is not None and page_cache.is_capturing(request):
        # A cached copy of the page shows the count of the moment it is served.
        return view_counts.live_count_marker(page.pk, count)
    return count
