"""Which portals a search covers: a portal of the parent authority covers its own and every
commune's; a commune's covers its own unless the reader widens it to the whole district."""

from dataclasses import dataclass

from sites.access import unit_for_site
from sites.models import Unit


@dataclass(frozen=True)
class PortalSite:
    id: int
    hostname: str
    name: str


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


def _portal_site(unit):
    return PortalSite(id=unit.site.pk, hostname=unit.site.hostname, name=unit.name)


def family_units(unit):
    """The authority of `unit` and every unit under it that has a portal, the authority first."""
    authority = unit.authority
    units = Unit.objects.contributing_to(authority).with_sites()
    return sorted(units, key=lambda item: (item.pk != authority.pk, item.name))


def scope_for_site(site, widen=False):
    """The scope of a search made on `site`; a site that is no unit's portal covers only itself."""
    unit = unit_for_site(site)
    if unit is None:
        return SearchScope(sites=(PortalSite(id=site.pk, hostname=site.hostname, name=site.site_name),))
    if unit.is_parent_authority or widen:
        return SearchScope(
            sites=tuple(_portal_site(item) for item in family_units(unit)),
            widened=not unit.is_parent_authority,
            can_widen=False,
        )
    return SearchScope(sites=(_portal_site(unit),), can_widen=unit.parent_id is not None)
