"""Which Wagtail site a request is for, without a database query on every request.

Wagtail finds the site of each request with a query (`Site.find_for_request`); with a hundred
portals on one install and most answers coming from the page cache, that query is most of the
work left. `SiteLookupMiddleware` answers from a per-process memo of Wagtail's own answers
(`get_site_for_hostname`, so its rules for ports and the default site stay the same), valid for
one generation of the shared cache (`cms.cache`): saving or deleting a site, or saving, moving or
deleting a page near the top of the tree (a home page, an authority's branch), starts a new
generation, and every app server asks the database again. A request costs one small cache read;
the site's home page comes with it, as its specific page type, read once per generation too.
"""

import copy

from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.signals import post_page_move

from .cache import current_generation, start_new_generations

GENERATION = "site-lookup"
# Home pages sit at depth 2 (made by hand) or 3 (in an authority's branch).
SITE_ROOT_MAX_DEPTH = 3
# Hostnames are checked against ALLOWED_HOSTS first, but a wildcard entry admits any subdomain:
# keep the memo bounded.
MEMO_LIMIT = 2000

_memo = {"generation": None, "sites": {}}


def site_for_hostname(hostname, port):
    """Wagtail's site for `hostname`:`port` (or None), a copy of the memo's, never shared."""
    generation = current_generation(GENERATION)
    if _memo["generation"] != generation:
        _memo.update(generation=generation, sites={})
    sites = _memo["sites"]
    key = (hostname, port)
    if key not in sites:
        if len(sites) >= MEMO_LIMIT:
            sites.clear()
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        else:
            # Kept as its specific page (the home page), which every request to the site routes from.
            site.root_page = site.root_page.specific
        sites[key] = site
    # A copy: the root page caches its `specific` instance, which must not outlive the request.
    return copy.deepcopy(sites[key])


class SiteLookupMiddleware:
    """Sets the request's site for `Site.find_for_request`; after CommonMiddleware, which has
    refused hosts that ALLOWED_HOSTS does not admit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, "_wagtail_site"):
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = site_for_hostname(hostname, request.get_port())
        return self.get_response(request)


def forget_sites():
    start_new_generations([GENERATION])


def _site_changed(sender, instance, **kwargs):
    forget_sites()


def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth and instance.depth <= SITE_ROOT_MAX_DEPTH:
        forget_sites()


def _page_moved(sender, instance, **kwargs):
    forget_sites()


def connect():
    post_save.connect(_site_changed, sender=Site, dispatch_uid="site_lookup_site_saved")
    post_delete.connect(_site_changed, sender=Site, dispatch_uid="site_lookup_site_deleted")
    post_save.connect(_page_changed, dispatch_uid="site_lookup_page_saved")
    post_delete.connect(_page_changed, dispatch_uid="site_lookup_page_deleted")
    post_page_move.connect(_page_moved, dispatch_uid="site_lookup_page_moved")
