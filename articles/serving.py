"""Serving pages: the anonymous page cache and view counting.

Pages opt in with mixins placed before RoutablePageMixin, ViewCountedPageMixin first:

    class ArticlePage(ViewCountedPageMixin, CachedPageMixin, RoutablePageMixin, BasePage)

CachedPageMixin renders and stores; PageCacheMiddleware (last in MIDDLEWARE) serves what is
stored without Wagtail's site and page look-ups, which cost more than the rest of a hit. A view
is counted on every path: by ViewCountedPageMixin when the page serves, by the middleware from
what the page recorded with its response.
"""

from wagtail.models import Site

from . import page_cache, view_counts


def respond_from_cache(request, entry, count_view):
    counted_page = entry.get("counted_page")
    if count_view and counted_page and view_counts.is_reader_request(request):
        view_counts.record_view(counted_page)
    response = page_cache.build_response(entry)
    if entry.get("live_count_page"):
        view_counts.refresh_live_count(response, entry["live_count_page"])
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if page_cache.request_is_cacheable(request):
            site_id = page_cache.site_id_for_request(request)
            if site_id is not None:
                entry = page_cache.fetch(page_cache.cache_key(request, site_id))
                if entry is not None:
                    return respond_from_cache(request, entry, count_view=True)
        return self.get_response(request)


class CachedPageMixin:
    """Stores the responses of anonymous GET/HEAD requests in the page cache."""

    def serve(self, request, *args, **kwargs):
        if not page_cache.request_is_cacheable(request):
            return super().serve(request, *args, **kwargs)
        key = page_cache.cache_key(request, Site.find_for_request(request).pk)
        # Reached on a hit only when the middleware could not tell the site from the hostname.
        entry = page_cache.fetch(key)
        if entry is not None:
            return respond_from_cache(request, entry, count_view=False)
        page_cache.mark_capturing(request)
        response = super().serve(request, *args, **kwargs)
        return page_cache.store_when_rendered(request, key, response, self.page_cache_details(request))

    def page_cache_details(self, request):
        """What serving this response again from the cache needs to know about the page."""
        return {}


class ViewCountedPageMixin:
    """Counts a reader's view of the page's main route (not bots, previews, print or feeds)."""

    counted_routes = ("",)

    def serve(self, request, *args, **kwargs):
        if self.counts_route(request) and view_counts.is_reader_request(request):
            view_counts.record_view(self.pk)
        return super().serve(request, *args, **kwargs)

    def counts_route(self, request):
        match = getattr(request, "routable_resolver_match", None)
        return match is None or match.route in self.counted_routes

    def page_cache_details(self, request):
        return {
            **super().page_cache_details(request),
            "counted_page": self.pk if self.counts_route(request) else None,
            "live_count_page": self.pk,
        }
