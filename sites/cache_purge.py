"""What a change expires: the page cache of the sites that show it (cms.page_cache) and the
addresses the cache in front of the app servers must drop (cms.front_cache).

Publishing, unpublishing, moving or deleting a page expires every site whose tree holds it and
the sites of the authorities above its unit (the district home lists its communes' news, its
site search and API answer for them); restricting a page does too, as does saving a site or
any of its site settings (footer and header contacts are shown on every page).

The front cache is sent, per hostname of each site holding the page: the page and its routes
(feed, print view), every ancestor up to the home page (the section listings), `/rss/` and
`/sitemap.xml`; and the home page of each authority's site above. Addresses with a query string
(page 2 of a listing, searches) cannot all be named, so the app gives them a short shared-cache
lifetime instead (cms.http_caching).

Inside `cms.publish_batch.publishing_batch()` (imports) both are done once for the whole batch.
Connected once the app registry is ready, by `SitesConfig.ready()`, when every site setting
model is registered.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import front_cache
from cms.front_cache import purge_after_commit
from cms.page_cache import expire_sites
from cms.publish_batch import defer

from .access import authority_site_ids_above, roots_holding, site_ids_for_url_path

SITE_WIDE_PATHS = ("rss/", "sitemap.xml")


def expire_pages_at(url_paths):
    """Expire the page cache of every site holding a page at one of `url_paths`, and of the
    authorities above them."""
    site_ids = set().union(*(site_ids_for_url_path(url_path) for url_path in url_paths))
    expire_sites(site_ids | authority_site_ids_above(site_ids))


def _route_paths(page_class):
    """The routes of a routable page type that take no argument ("" and, say, "rss/")."""
    if not issubclass(page_class, RoutablePageMixin):
        return [""]
    patterns = page_class.get_resolver().url_patterns
    return sorted({str(pattern.pattern) for pattern in patterns if "<" not in str(pattern.pattern)} | {""})


def _ancestor_classes(url_path):
    """`{url_path: page class}` of the page's ancestors (one query)."""
    parts = url_path.strip("/").split("/")
    prefixes = ["/" + "".join(part + "/" for part in parts[:depth]) for depth in range(1, len(parts))]
    rows = Page.objects.filter(url_path__in=prefixes).values_list("url_path", "content_type_id")
    return {path: ContentType.objects.get_for_id(type_id).model_class() or Page for path, type_id in rows}


def front_cache_urls(url_path, page_class, subpaths=()):
    """Every address of the front cache that a change of the page at `url_path` touches: the
    page's routes and `subpaths` under it, its ancestors' routes (section listings and their
    feeds, the home page), the site's feed and sitemap, on each site holding it; the home pages
    of the authorities above."""
    urls = set()
    site_ids = set()
    roots = roots_holding(url_path)
    ancestors = _ancestor_classes(url_path) if roots else {}
    for root in roots:
        site_ids.add(root.site_id)
        base = root.root_url.rstrip("/") + "/"
        page_base = base + url_path[len(root.root_path) :]
        urls.update(page_base + route for route in (*_route_paths(page_class), *subpaths))
        for ancestor_path, ancestor_class in ancestors.items():
            if ancestor_path.startswith(root.root_path):
                relative = ancestor_path[len(root.root_path) :]
                urls.update(base + relative + route for route in _route_paths(ancestor_class))
        urls.update(base + path for path in SITE_WIDE_PATHS)
    roots_by_site = {root.site_id: root for root in Site.get_site_root_paths()}
    for site_id in authority_site_ids_above(site_ids):
        if site_id in roots_by_site:
            urls.add(roots_by_site[site_id].root_url.rstrip("/") + "/")
    return urls


def _expire(url_path):
    if not defer("page-cache-expiry", expire_pages_at, url_path):
        expire_pages_at([url_path])


def purge_pages_at(changes):
    """Purge the front cache of `[(url_path, page class), ...]`: every address each change touches."""
    purge_after_commit(set().union(*(front_cache_urls(url_path, page_class) for url_path, page_class in changes)))


def _purge(url_path, page_class):
    if not front_cache.is_configured():
        return
    if not defer("front-cache-purge", purge_pages_at, (url_path, page_class)):
        purge_pages_at([(url_path, page_class)])


def _page_changed(sender, instance, **kwargs):
    _expire(instance.url_path)
    _purge(instance.url_path, type(instance))


def _page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    for url_path in (url_path_before, url_path_after):
        _expire(url_path)
        _purge(url_path, type(instance.specific_deferred))


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _expire(instance.url_path)
        _purge(instance.url_path, type(instance))


def _view_restriction_changed(sender, instance, **kwargs):
    # Restricted pages are never stored, but a page restricted after it was stored must not
    # be served from the cache any longer.
    for page in Page.objects.filter(pk=instance.page_id).specific(defer=True):
        _expire(page.url_path)
        _purge(page.url_path, type(page))


def page_content_changed(page, subpaths=()):
    """Something a page shows changed without a publish (an answer published on a Hỏi đáp page,
    a reader's comment approved): expire it like a publish does, and purge `subpaths` of it
    (routes with an argument, say "15/") from the front cache with its own addresses."""
    _expire(page.url_path)
    if front_cache.is_configured():
        purge_after_commit(front_cache_urls(page.url_path, type(page), subpaths))


def _site_saved(sender, instance, **kwargs):
    expire_sites([instance.pk])


def _site_setting_saved(sender, instance, created=False, **kwargs):
    # A row created with its defaults (`for_site` does it on the first render) shows nothing new.
    if not created:
        expire_sites([instance.site_id])


def connect():
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    page_published.connect(_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_moved")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_deleted")
    post_save.connect(_site_saved, sender=Site, dispatch_uid="page_cache_site")
    post_save.connect(_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_restricted")
    post_delete.connect(_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="page_cache_unrestricted")
    for model in registry:
        if issubclass(model, BaseSiteSetting):
            post_save.connect(_site_setting_saved, sender=model, dispatch_uid="page_cache_site_setting")
