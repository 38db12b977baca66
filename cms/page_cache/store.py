"""Storage and expiry of the page cache.

A response is stored under its site's current generation. Publishing, unpublishing, moving or
deleting any page of a site (or restricting it, or editing the site's settings) moves the site
to a new generation (`expire_sites`, called by `sites/cache_purge.py`), so every page of that
site is rendered afresh at once; old entries simply expire. With Redis as the cache (REDIS_URL)
entries and generations are shared by all app servers; with the local-memory cache each process
has its own.

Addresses are normalised before they become keys (`cache_key`): the parameters that sharing
tools add (`utm_*`, `fbclid`, `zarsrc`, ...) and empty ones are dropped and the rest sorted, so
a news item shared on Zalo or Facebook is the same entry as the item itself. Any other
parameter is kept (a page may read it). Addresses with a query string (searches, page 2 of a
listing, a crawler's random parameters) are kept in a cache of their own (`page_queries`), so
no number of distinct queries can evict the pages without one, such as the home pages; a query
string longer than MAX_QUERY_STRING_CHARS is never stored at all.
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.template.response import SimpleTemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date

from wagtail.models import Site

from cms.cache import current_generation, database_tag, start_new_generations

HIT_HEADER = "X-Page-Cache"
MESSAGES_COOKIE_NAME = "messages"
# The (kind, key) pairs of the placeholders a response being captured holds (placeholders.py).
PLACEHOLDERS_ATTR = "page_cache_placeholders"
# Set on a response that is (or comes from) a stored entry: the layer in front may keep it too
# (cms.http_caching gives it its public Cache-Control).
PUBLIC_ATTR = "page_cache_public"

PAGES_PREFIX = "page-cache"
QUERIES_PREFIX = "page-cache-q"
QUERIES_CACHE_ALIAS = "page_queries"
MAX_QUERY_STRING_CHARS = 512
MAX_ENTRY_BYTES = 2 * 1024 * 1024
# Added by sharing and analytics tools, read by no page: dropped from the address.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "zarsrc", "igshid", "mc_cid", "mc_eid", "_ga"})
TRACKING_PREFIXES = ("utm_",)


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def generation_name(site_id):
    return f"page-cache:{site_id}"


def site_generation(site_id):
    return current_generation(generation_name(site_id))


def expire_sites(site_ids):
    """Render every page of these sites afresh from now on."""
    start_new_generations(generation_name(site_id) for site_id in site_ids)


def request_is_cacheable(request):
    """An anonymous GET/HEAD of the public site: no session, no login, no preview."""
    if cache_seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE_NAME in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _hostname(request):
    return split_domain_port(request._get_raw_host())[0]


_sites_by_hostname_memo = ((), {})
SITE_ID_ATTR = "page_cache_site_id"
_UNKNOWN = object()


def site_id_for_request(request):
    """The site a request is for, without a query when the hostname names exactly one site
    (Wagtail's own first rule); None when Wagtail must decide (default site, several ports).
    Kept on the request: the middleware and the receivers of page_served both ask."""
    site_id = getattr(request, SITE_ID_ATTR, _UNKNOWN)
    if site_id is _UNKNOWN:
        site_id = _site_id_for_hostname(request)
        setattr(request, SITE_ID_ATTR, site_id)
    return site_id


def _site_id_for_hostname(request):
    global _sites_by_hostname_memo
    root_paths, by_hostname = _sites_by_hostname_memo
    current = Site.get_site_root_paths()  # cached by Wagtail, cleared when a site changes
    if current != root_paths:
        by_hostname = {}
        for root in current:
            by_hostname.setdefault(urlsplit(root.root_url).hostname, set()).add(root.site_id)
        _sites_by_hostname_memo = (current, by_hostname)
    site_ids = by_hostname.get(_hostname(request), ())
    return next(iter(site_ids)) if len(site_ids) == 1 else None


def _is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def normalised_query(query_string):
    """The query string as the key holds it, or None when it is too long to be stored."""
    if len(query_string) > MAX_QUERY_STRING_CHARS:
        return None
    pairs = [(name, value) for name, value in parse_qsl(query_string) if value and not _is_tracking(name)]
    pairs.sort(key=lambda pair: pair[0])  # stable: the values of one name keep their order
    return urlencode(pairs)


def cache_key(request, site_id):
    """The key of this request's entry, or None when its address is never stored."""
    query = normalised_query(request.META.get("QUERY_STRING", ""))
    if query is None:
        return None
    # Host and scheme too: feeds and canonical links are absolute URLs.
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.md5(address.encode()).hexdigest()
    prefix = QUERIES_PREFIX if query else PAGES_PREFIX
    return f"{prefix}:{database_tag()}:{site_id}:{site_generation(site_id)}:{digest}"


def _cache_for(key):
    if key.startswith(QUERIES_PREFIX + ":") and QUERIES_CACHE_ALIAS in settings.CACHES:
        return caches[QUERIES_CACHE_ALIAS]
    return cache


def mark_capturing(request):
    """Flag the request whose response is about to be stored (template tags may look)."""
    request.page_cache_capturing = True


def is_capturing(request):
    return getattr(request, "page_cache_capturing", False)


def fetch(key):
    """The stored entry: a dict with the response's status, content and headers, and what the
    page that rendered it recorded (see store)."""
    return _cache_for(key).get(key)


def build_response(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    # As on a rendered page, whose template looked at the (anonymous) user.
    patch_vary_headers(response, ("Cookie",))
    response[HIT_HEADER] = "hit"
    setattr(response, PUBLIC_ATTR, True)
    return response


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if len(response.content) > MAX_ENTRY_BYTES:
        return False
    # Cookies the middleware would add after the view: a new CSRF token, a changed session.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def store(request, key, response, details=None):
    """Keep a response for PAGE_CACHE_SECONDS unless it is personal or not a plain 200;
    `details` (a dict) is kept with it for whoever serves it from the cache, and so are the
    placeholders its templates rendered."""
    if _storable(request, response):
        placeholders = list(getattr(request, PLACEHOLDERS_ATTR, ()))
        # The content of a page with placeholders (a view count, the visitor block) changes
        # between hits: ConditionalGetMiddleware then computes its ETag from each filled response.
        # Last-Modified is the moment it was stored either way; a client that holds an ETag sends
        # If-None-Match, which takes precedence over If-Modified-Since.
        if not placeholders:
            response["ETag"] = f'"{hashlib.md5(response.content).hexdigest()}"'
        response["Last-Modified"] = http_date(time.time())
        entry = {
            "status": response.status_code,
            "content": response.content,
            "headers": list(response.items()),
            "placeholders": placeholders,
            **(details or {}),
        }
        _cache_for(key).set(key, entry, cache_seconds())
        setattr(response, PUBLIC_ATTR, True)
    return response


def store_when_rendered(request, key, response, details=None):
    """Store the response once its content exists (template responses render later)."""
    if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
        response.add_post_render_callback(lambda rendered: store(request, key, rendered, details))
    else:
        store(request, key, response, details)
    return response
