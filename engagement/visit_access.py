"""Who reads the visitor statistics of which sites, from the unit roles of `sites.access`.

The board and the inspectors of an authority read every site of it (the authority's portal and
those of the units under it, at any depth); a unit's editors and head editors read their own
unit's site; collaborators and everybody else read none. Superusers read every site. (The same
rule as the editorial reports.)
"""

from wagtail.models import Site

from sites.access import unit_ids_with_role, units_under
from sites.models import Role

READER_ROLES = (Role.EDITOR, Role.CHIEF_EDITOR)
_SITES_ATTR = "_visit_report_site_ids"


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def report_site_ids(user):
    """The pks of the sites whose statistics the user reads (None: every site, a superuser)."""
    if not _active(user):
        return set()
    if user.is_superuser:
        return None
    cached = getattr(user, _SITES_ATTR, None)
    if cached is None:
        # Kept on the user object (one request): every admin page asks it for the menu.
        authorities = unit_ids_with_role(user, Role.BOARD, Role.INSPECTOR)
        own = unit_ids_with_role(user, *READER_ROLES)
        units = (units_under(authorities) if authorities else set()) | own
        cached = frozenset(Site.objects.filter(unit__in=units).values_list("pk", flat=True)) if units else frozenset()
        setattr(user, _SITES_ATTR, cached)
    return set(cached)


def report_sites(user):
    ids = report_site_ids(user)
    sites = Site.objects.order_by("hostname")
    return sites if ids is None else sites.filter(pk__in=ids)


def may_open_visit_report(user):
    """Whether the user may have sites to read (the menu asks on every admin page: from the roles
    alone, no query); the report itself then reads `report_site_ids`."""
    if not _active(user):
        return False
    return user.is_superuser or bool(unit_ids_with_role(user, Role.BOARD, Role.INSPECTOR, *READER_ROLES))
