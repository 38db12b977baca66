"""Serving pages from the cache.

Page types opt in with `CachedPageMixin`, placed before RoutablePageMixin:

    class ArticlePage(CachedPageMixin, RoutablePageMixin, BasePage)

The mixin renders and stores; `PageCacheMiddleware` (last in MIDDLEWARE) serves what is stored
without Wagtail's site and page look-ups, which cost more than the rest of a hit. On every path
the page cache sends `signals.page_served`, so that whoever counts views (engagement) sees
cached serves too, and fills the entry's placeholders with their current values.
"""

from django.apps import apps

from wagtail.models import Site

from . import placeholders, store
from .signals import page_served


def _announce(model, request, page_id, route, from_cache):
    page_served.send(sender=model, request=request, page_id=page_id, route=route, from_cache=from_cache)


def respond_from_cache(request, entry):
    response = store.build_response(entry)
    if entry.get("placeholders"):
        placeholders.fill(response, entry["placeholders"])
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if store.request_is_cacheable(request):
            site_id = store.site_id_for_request(request)
            if site_id is not None:
                entry = store.fetch(store.cache_key(request, site_id))
                if entry is not None:
                    served = entry.get("served")
                    if served is not None:
                        label, page_id, route = served
                        try:
                            model = apps.get_model(label)
                        except LookupError:  # an entry of a page type this release no longer has
                            model = None
                        if model is not None:
                            _announce(model, request, page_id, route, from_cache=True)
                    return respond_from_cache(request, entry)
        return self.get_response(request)


class CachedPageMixin:
    """Stores the responses of anonymous GET/HEAD requests in the page cache."""

    def serve(self, request, *args, **kwargs):
        route = self.page_cache_route(request)
        if not store.request_is_cacheable(request):
            _announce(type(self), request, self.pk, route, from_cache=False)
            return super().serve(request, *args, **kwargs)
        key = store.cache_key(request, Site.find_for_request(request).pk)
        # Reached on a hit only when the middleware could not tell the site from the hostname.
        entry = store.fetch(key)
        _announce(type(self), request, self.pk, route, from_cache=entry is not None)
        if entry is not None:
            return respond_from_cache(request, entry)
        store.mark_capturing(request)
        response = super().serve(request, *args, **kwargs)
        details = {"served": (self._meta.label, self.pk, route), **self.page_cache_details(request)}
        return store.store_when_rendered(request, key, response, details)

    def page_cache_route(self, request):
        """The RoutablePageMixin route being served ("" for the page's own view)."""
        match = getattr(request, "routable_resolver_match", None)
        return match.route if match is not None else ""

    def page_cache_details(self, request):
        """What serving this response again from the cache needs to know about the page."""
        return {}
