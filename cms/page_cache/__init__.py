"""The whole-page cache for anonymous readers, for any page type (layer 1).

- `store`: what may be cached, keys under each site's generation, storing and fetching entries;
- `serving`: the `on_serve_page` hook that stores every page type with `page_cache_enabled`
  (all of `cms.models.BasePage`), `cached_view` for public views that are no page, and
  `PageCacheMiddleware` (serves hits before Wagtail looks up the site and the page);
- `placeholders`: parts of a cached page that change on their own (a view count), filled in
  on every hit by whoever registered them;
- `signals`: `page_served`, sent on every serve of a cached page type, from the cache or not;
- `parts`: what every page of a site shows the same (menu, unit, settings), kept per site under
  the same generation, for the pages rendered afresh.

Which sites a change expires is decided above this layer (it needs to know which sites hold a
page): `sites/cache_purge.py` calls `expire_sites`.
"""

from .parts import site_part, site_parts
from .placeholders import placeholder, register_filler
from .serving import PageCacheMiddleware, cached_view, serve_through_page_cache
from .store import (
    HIT_HEADER,
    build_response,
    cache_key,
    expire_sites,
    fetch,
    is_capturing,
    request_is_cacheable,
    site_generation,
    store,
    store_when_rendered,
)

__all__ = [
    "HIT_HEADER",
    "PageCacheMiddleware",
    "build_response",
    "cache_key",
    "cached_view",
    "expire_sites",
    "fetch",
    "is_capturing",
    "placeholder",
    "register_filler",
    "request_is_cacheable",
    "serve_through_page_cache",
    "site_generation",
    "site_part",
    "site_parts",
    "store",
    "store_when_rendered",
]
