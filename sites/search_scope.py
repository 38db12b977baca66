"""Which portals a search covers: a portal of the parent authority covers its own and every
commune's; a commune's covers its own unless the reader widens it to the whole district.

The citizen searches (documents, procedures) and the site search box share it.

A scope is kept in the cache as long as the parts of pages (cms.page_cache.parts,
PAGE_PARTS_CACHE_SECONDS; 0 keeps nothing), under a generation of its own that every save or
deletion of a unit or a site and every page move starts afresh (`connect_signals`): what a
scope is made of (the units, their names and parents, their sites' hostnames and root paths)
changes only so. Until those receivers are connected nothing is kept.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import post_page_move

from cms.cache import current_generation, database_tag, start_new_generations
from cms.page_cache.parts import parts_seconds

from .access import site_ids_for_pages, unit_for_site
from .models import Unit

GENERATION = "search-scope"
_receivers = {"connected": False}


@dataclass(frozen=True)
class PortalSite:
    id: int
    hostname: str
    name: str
    root_page_path: str = ""  # the tree path of the site's root page: its pages' paths start with it


@dataclass(frozen=True)
class SearchScope:
    sites: tuple  # PortalSite, the authority's first
    widened: bool = False
    can_widen: bool = False

    @property
    def site_ids(self):
        return [site.id for site in self.sites]

    @property
    def spans_several_sites(self):
        return len(self.sites) > 1

    def site_by_hostname(self, hostname):
        return next((site for site in self.sites if site.hostname == hostname), None)

    def site_by_id(self, site_id):
        return next((site for site in self.sites if site.id == site_id), None)

    def pages_condition(self):
        """Pages of the scope's trees, for page types that carry no site of their own."""
        return reduce(or_, (Q(path__startswith=site.root_page_path) for site in self.sites))

    def site_names_for(self, pages):
        """`{page.pk: the name of its portal}` when the scope spans several sites (else nothing to name)."""
        if not self.spans_several_sites:
            return {}
        names = {site.id: site.name for site in self.sites}
        return {pk: names.get(site_id, "") for pk, site_id in site_ids_for_pages(pages).items()}


def _portal_site(unit):
    site = unit.site
    return PortalSite(id=site.pk, hostname=site.hostname, name=unit.name, root_page_path=site.root_page.path)


def family_units(unit):
    """The authority of `unit` and every unit under it that has a portal, the authority first."""
    authority = unit.authority
    units = Unit.objects.contributing_to(authority).with_sites().select_related("site__root_page")
    return sorted(units, key=lambda item: (item.pk != authority.pk, item.name))


def scope_for_site(site, widen=False):
    """The scope of a search made on `site`; a site that is no unit's portal covers only itself."""
    seconds = parts_seconds()
    if seconds <= 0 or not _receivers["connected"]:
        return read_scope(site, widen)
    key = f"{GENERATION}:{database_tag()}:{current_generation(GENERATION)}:{site.pk}:{int(bool(widen))}"
    scope = cache.get(key)
    if scope is None:
        scope = read_scope(site, widen)
        cache.set(key, scope, seconds)
    return scope


def read_scope(site, widen=False):
    """`scope_for_site`'s answer read from the database."""
    unit = unit_for_site(site)
    if unit is None:
        own = PortalSite(id=site.pk, hostname=site.hostname, name=site.site_name, root_page_path=site.root_page.path)
        return SearchScope(sites=(own,))
    if unit.is_parent_authority or widen:
        return SearchScope(
            sites=tuple(_portal_site(item) for item in family_units(unit)),
            widened=not unit.is_parent_authority,
            can_widen=False,
        )
    return SearchScope(sites=(_portal_site(unit),), can_widen=unit.parent_id is not None)


def forget_scopes(**kwargs):
    start_new_generations([GENERATION])


def connect_signals():
    """Forget every kept scope when a unit or a site is saved or deleted or a page moves (a
    site's root page path). Called once the app registry is ready."""
    for model in (Unit, Site):
        post_save.connect(forget_scopes, sender=model, dispatch_uid=f"search_scope_saved_{model.__name__}")
        post_delete.connect(forget_scopes, sender=model, dispatch_uid=f"search_scope_deleted_{model.__name__}")
    post_page_move.connect(forget_scopes, dispatch_uid="search_scope_moved")
    _receivers["connected"] = True
