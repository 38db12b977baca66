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


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def report_site_ids(user):
    """The pks of the sites whose statistics the user reads (None: every site, a superuser)."""
    if not _active(user):
        return set()
    if user.is_superuser:
        return None
    authorities = unit_ids_with_role(user, Role.BOARD, Role.INSPECTOR)
    own = unit_ids_with_role(user, *READER_ROLES)
    units = (units_under(authorities) if authorities else set()) | own
    return set(Site.objects.filter(unit__in=units).values_list("pk", flat=True)) if units else set()


def report_sites(user):
    ids = report_site_ids(user)
    sites = Site.objects.order_by("hostname")
    return sites if ids is None else sites.filter(pk__in=ids)


def may_open_visit_report(user):
    ids = report_site_ids(user)
    return ids is None or bool(ids)
