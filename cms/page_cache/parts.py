"""Parts of pages kept per site between renders: what every page of a site shows the same (the
main menu, the site's unit, its contact and link settings), so that a page rendered afresh
does not read them again.

A part is stored under its site's page-cache generation (`store.site_generation`): whatever
expires the site's pages — publishing, unpublishing, moving or deleting any of its pages,
restricting one, saving the site or any of its settings (`sites/cache_purge.py`) — expires its
parts at the same moment, and they are computed again on the next render. A part that depends
on another site (a commune's header names its district's tagline) is stored under that other
site's generation. A part lives PAGE_PARTS_CACHE_SECONDS (by default PAGE_CACHE_SECONDS, so a
change that expires nothing, such as renaming a unit, shows no later than it does on a cached
page); 0 turns the parts cache off.
"""

from django.conf import settings
from django.core.cache import cache

from cms.cache import database_tag

from .store import cache_seconds, site_generation

PARTS_PREFIX = "page-parts"
_MISSING = object()


def parts_seconds():
    return getattr(settings, "PAGE_PARTS_CACHE_SECONDS", cache_seconds())


def _key(site_id, name):
    return f"{PARTS_PREFIX}:{database_tag()}:{site_id}:{site_generation(site_id)}:{name}"


def site_part(site_id, name, compute):
    """The part `name` of the site's pages: `compute()`'s value, kept until the site's pages expire."""
    seconds = parts_seconds()
    if site_id is None or seconds <= 0:
        return compute()
    key = _key(site_id, name)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return value


def site_parts(site_ids, name, compute_many):
    """The part `name` of several sites, `{site_id: value}`, each kept under its own site's
    generation; `compute_many(site_ids)` gives those not kept, all at once."""
    seconds = parts_seconds()
    if seconds <= 0:
        return compute_many(list(site_ids))
    keys = {site_id: _key(site_id, name) for site_id in site_ids}
    kept = cache.get_many(list(keys.values()))
    values = {site_id: kept[key] for site_id, key in keys.items() if key in kept}
    missing = [site_id for site_id in keys if site_id not in values]
    if missing:
        computed = compute_many(missing)
        cache.set_many({keys[site_id]: computed[site_id] for site_id in missing}, seconds)
        values.update(computed)
    return values
