"""Serving pages and public views from the cache.

- Pages: every page type whose class has `page_cache_enabled` (all of `cms.models.BasePage`;
  a page type with a form of its own turns it off, or names the routes that answer with a
  form in `uncached_routes`) goes through `serve_through_page_cache`,
  registered as Wagtail's `on_serve_page` hook, so RoutablePageMixin routes (feeds, print
  views) are cached by address like the page's main view.
- Views that are no page (the site search, feeds, the sitemap, robots.txt, the APIs) are
  wrapped in `cached_view`.
- `PageCacheMiddleware` (last in MIDDLEWARE) serves what is stored without Wagtail's site and
  page look-ups, which cost more than the rest of a hit.

On every serve of a page the page cache sends `signals.page_served`, so that whoever counts
views (engagement) sees cached serves too, and fills the entry's placeholders with their
current values.
"""

from functools import wraps

from django.apps import apps

from wagtail.models import Site

from . import placeholders, store
from .signals import page_served


def _announce(model, request, page_id, route, from_cache):
    page_served.send(sender=model, request=request, page_id=page_id, route=route, from_cache=from_cache)


def _announce_entry(request, entry):
    served = entry.get("served")
    if served is None:  # a view, not a page
        return
    label, page_id, route = served
    try:
        model = apps.get_model(label)
    except LookupError:  # an entry of a page type this release no longer has
        return
    _announce(model, request, page_id, route, from_cache=True)


def respond_from_cache(request, entry):
    response = store.build_response(entry)
    if entry.get("placeholders"):
        placeholders.fill(response, entry["placeholders"])
    return response


def _key_for(request, site):
    if site is None or not store.request_is_cacheable(request):
        return None
    return store.cache_key(request, site.pk)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if store.request_is_cacheable(request):
            site_id = store.site_id_for_request(request)
            key = store.cache_key(request, site_id) if site_id is not None else None
            entry = store.fetch(key) if key is not None else None
            if entry is not None:
                _announce_entry(request, entry)
                return respond_from_cache(request, entry)
        return self.get_response(request)


def _route(request):
    """The RoutablePageMixin route being served ("" for the page's own view)."""
    match = getattr(request, "routable_resolver_match", None)
    return match.route if match is not None else ""


def serve_through_page_cache(next_serve):
    """Wagtail's `on_serve_page` hook: store the responses of anonymous GET/HEAD requests."""

    def serve(page, request, args, kwargs):
        route = _route(request)
        if not getattr(page, "page_cache_enabled", False) or route in getattr(page, "uncached_routes", ()):
            return next_serve(page, request, args, kwargs)
        key = _key_for(request, Site.find_for_request(request))
        if key is None:
            _announce(type(page), request, page.pk, route, from_cache=False)
            return next_serve(page, request, args, kwargs)
        # Reached on a hit only when the middleware could not tell the site from the hostname.
        entry = store.fetch(key)
        _announce(type(page), request, page.pk, route, from_cache=entry is not None)
        if entry is not None:
            return respond_from_cache(request, entry)
        store.mark_capturing(request)
        response = next_serve(page, request, args, kwargs)
        return store.store_when_rendered(request, key, response, {"served": (page._meta.label, page.pk, route)})

    return serve


def cached_view(view):
    """Keep the anonymous answers of a public view that is no page, per site and address."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        key = _key_for(request, Site.find_for_request(request))
        if key is None:
            return view(request, *args, **kwargs)
        entry = store.fetch(key)
        if entry is not None:
            return respond_from_cache(request, entry)
        store.mark_capturing(request)
        return store.store_when_rendered(request, key, view(request, *args, **kwargs))

    return wrapper
