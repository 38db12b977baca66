"""Cache-Control for the layer in front (nginx, a CDN) and for browsers.

- A response the page cache stored or served (cms.page_cache) is public: browsers keep it for
  HTTP_CACHE_MAX_AGE seconds, shared caches for HTTP_CACHE_S_MAXAGE (PAGE_CACHE_SECONDS when a
  front cache is purged on publish, see cms/front_cache.py; otherwise a minute, since nothing
  would tell them of a change) and may serve it stale while they fetch it again. Addresses with
  a query string are never purged by name, so shared caches keep them HTTP_CACHE_QUERY_S_MAXAGE
  at most. It carries an ETag (and Last-Modified), so ConditionalGetMiddleware answers 304.
- Everything else that says nothing itself (the admin, forms, pages for a logged-in user or a
  reader with a session, error pages) is `private, no-store`; file responses keep their own.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

from . import front_cache
from .admin_paths import is_admin_request
from .page_cache import request_is_cacheable
from .page_cache.store import PUBLIC_ATTR

UNPURGED_SHARED_SECONDS = 60


def shared_cache_seconds(request):
    seconds = settings.HTTP_CACHE_S_MAXAGE
    if seconds is None:
        seconds = settings.PAGE_CACHE_SECONDS if front_cache.is_configured() else UNPURGED_SHARED_SECONDS
    if request.META.get("QUERY_STRING"):
        seconds = min(seconds, settings.HTTP_CACHE_QUERY_S_MAXAGE)
    return seconds


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_request(request):
            patch_cache_control(response, private=True, no_store=True)
        elif getattr(response, PUBLIC_ATTR, False) and request_is_cacheable(request) and not response.cookies:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.HTTP_CACHE_MAX_AGE,
                s_maxage=shared_cache_seconds(request),
                stale_while_revalidate=settings.HTTP_CACHE_STALE_SECONDS,
            )
            patch_vary_headers(response, ("Cookie",))
        elif not response.has_header("Cache-Control") and not response.streaming:
            patch_cache_control(response, private=True, no_store=True)
        return response
