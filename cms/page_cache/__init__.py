"""The whole-page cache for anonymous readers, for any page type (layer 1).

- `store`: what may be cached, keys under each site's generation, storing and fetching entries;
- `serving`: `CachedPageMixin` (pages opt in) and `PageCacheMiddleware` (serves hits before
  Wagtail looks up the site and the page);
- `placeholders`: parts of a cached page that change on their own (a view count), filled in
  on every hit by whoever registered them;
- `signals`: `page_served`, sent on every serve of a cached page type, from the cache or not.

Which sites a change expires is decided above this layer (it needs to know which sites hold a
page): `sites/cache_purge.py` calls `expire_sites`.
"""

from .placeholders import placeholder, register_filler
from .serving import CachedPageMixin, PageCacheMiddleware
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
    "CachedPageMixin",
    "PageCacheMiddleware",
    "build_response",
    "cache_key",
    "expire_sites",
    "fetch",
    "is_capturing",
    "placeholder",
    "register_filler",
    "request_is_cacheable",
    "site_generation",
    "store",
    "store_when_rendered",
]
