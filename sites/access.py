"""Who holds what: the site and unit of a page, a user's unit roles, and the sites a user may see.

This module is the one owner of these answers; every app asks it instead of walking the tree
or the groups itself.

- A page belongs to the site whose root page is its deepest ancestor (or itself). Wagtail keeps
  the list of site roots in its cache, so the lookups here cost no query once it is warm.
- A user's roles are the (role, unit) pairs of its groups' `UnitGroup`s, read once per request
  and kept on the user object.
- The board and the inspectors of a parent authority see every site of that authority (the
  authority's own and those of the units under it, at any depth); the other roles see their own
  unit's site. Superusers see every site.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.models import Site

from .models import PARENT_ONLY_ROLES, SITE_ROLES, Role, Unit, UnitGroup

_ROLES_ATTR = "_unit_roles"
_VISIBLE_ATTR = "_visible_site_ids"


# -- pages and sites ----------------------------------------------------------------------------


def _root_paths():
    """Wagtail's cached site roots, deepest first, so a nested root wins over its ancestor."""
    return sorted(Site.get_site_root_paths(), key=lambda root: len(root.root_path), reverse=True)


def roots_holding(url_path):
    """Wagtail's site roots (site id, root path, root URL) of every site whose tree holds the page
    at `url_path` (a page under nested roots is in each)."""
    if not url_path:
        return []
    return [root for root in _root_paths() if url_path.startswith(root.root_path)]


def site_ids_for_url_path(url_path):
    """Every site whose tree holds the page at `url_path`."""
    return {root.site_id for root in roots_holding(url_path)}


def site_id_for_url_path(url_path, roots=None):
    """The site whose tree holds the page at `url_path` (the deepest root wins), or None."""
    if not url_path:
        return None
    roots = _root_paths() if roots is None else roots
    return next((root.site_id for root in roots if url_path.startswith(root.root_path)), None)


def site_id_for_page(page):
    return site_id_for_url_path(getattr(page, "url_path", "") or "")


def site_ids_for_pages(pages):
    """`{page.pk: site_id or None}` for many pages, with no query per page."""
    roots = _root_paths()
    return {page.pk: site_id_for_url_path(getattr(page, "url_path", "") or "", roots) for page in pages}


def site_for_page(page):
    site_id = site_id_for_page(page)
    return Site.objects.select_related("root_page").filter(pk=site_id).first() if site_id else None


def sites_for_pages(pages):
    """`{page.pk: Site or None}` for many pages, in one query."""
    ids = site_ids_for_pages(pages)
    sites = Site.objects.select_related("root_page").in_bulk({site_id for site_id in ids.values() if site_id})
    return {page_pk: sites.get(site_id) for page_pk, site_id in ids.items()}


def unit_for_site(site):
    """The unit whose portal `site` is, or None (a site made by hand belongs to no unit)."""
    if site is None:
        return None
    return Unit.objects.select_related("parent", "site").filter(site=site).first()


def unit_for_page(page):
    site_id = site_id_for_page(page)
    return Unit.objects.select_related("parent", "site").filter(site_id=site_id).first() if site_id else None


def units_for_pages(pages):
    """`{page.pk: Unit or None}` for many pages, in one query."""
    ids = site_ids_for_pages(pages)
    units = {
        unit.site_id: unit
        for unit in Unit.objects.select_related("parent", "site").filter(site_id__in={i for i in ids.values() if i})
    }
    return {page_pk: units.get(site_id) for page_pk, site_id in ids.items()}


def authority_for_page(page):
    """The parent authority whose board moderates the page's site, or None."""
    unit = unit_for_page(page)
    return unit.authority if unit else None


# -- users and their roles ----------------------------------------------------------------------


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def unit_roles(user):
    """The (role, unit_id) pairs the user holds through its groups, read once per user object."""
    if not _active(user):
        return frozenset()
    cached = getattr(user, _ROLES_ATTR, None)
    if cached is None:
        cached = frozenset(UnitGroup.objects.filter(group__user=user).values_list("role", "unit_id"))
        setattr(user, _ROLES_ATTR, cached)
    return cached


def roles_of(user):
    return {role for role, _unit in unit_roles(user)}


def has_role(user, *roles):
    return bool(roles_of(user) & set(roles))


def unit_ids_with_role(user, *roles):
    return {unit for role, unit in unit_roles(user) if role in roles}


def is_board_member(user, authority=None):
    """On the board of `authority` (a Unit or its pk); with no authority, on any board."""
    boards = unit_ids_with_role(user, Role.BOARD)
    if authority is None:
        return bool(boards)
    return getattr(authority, "pk", authority) in boards


def is_board_member_for_page(user, page):
    """On the board of the authority that moderates the page's site."""
    authority = authority_for_page(page)
    return authority is not None and is_board_member(user, authority)


def authority_site_ids_above(site_ids):
    """The sites of the authorities above the units of these sites, at any depth (not theirs)."""
    found = set()
    frontier = set(site_ids)
    while frontier:
        above = Unit.objects.filter(site_id__in=frontier, parent__site__isnull=False)
        frontier = set(above.values_list("parent__site_id", flat=True)) - found - set(site_ids)
        found |= frontier
    return found


def units_under(unit_ids):
    """The units themselves and every unit below them, at any depth."""
    found = set(unit_ids)
    frontier = set(unit_ids)
    while frontier:
        frontier = set(Unit.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - found
        found |= frontier
    return found


def visible_site_ids(user):
    """The pks of the sites the user may see (`None` means every site: a superuser)."""
    if not _active(user):
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, _VISIBLE_ATTR, None)
    if cached is None:
        authorities = unit_ids_with_role(user, *PARENT_ONLY_ROLES)
        own = unit_ids_with_role(user, *SITE_ROLES)
        cached = frozenset(Site.objects.filter(unit__in=units_under(authorities) | own).values_list("pk", flat=True))
        setattr(user, _VISIBLE_ATTR, cached)
    return cached


def visible_page_paths(user):
    """Tree paths under which lie all the pages of the sites the user may see (`None`: every page).

    The board and the inspectors get their authority's branch, one path however many communes it
    holds; the other roles the home page of their own site.
    """
    if not _active(user):
        return []
    if user.is_superuser:
        return None
    authorities = unit_ids_with_role(user, *PARENT_ONLY_ROLES)
    own = unit_ids_with_role(user, *SITE_ROLES)
    branches = Unit.objects.filter(pk__in=authorities, authority_page__isnull=False)
    homes = Site.objects.filter(unit__in=own | (authorities - set(branches.values_list("pk", flat=True))))
    paths = set(branches.values_list("authority_page__path", flat=True))
    paths |= set(homes.values_list("root_page__path", flat=True))
    return sorted(paths)


def visible_sites(user):
    ids = visible_site_ids(user)
    return Site.objects.all() if ids is None else Site.objects.filter(pk__in=ids)


def can_see_site(user, site):
    ids = visible_site_ids(user)
    return ids is None or getattr(site, "pk", site) in ids


def sees_whole_authority(user):
    """Superusers, and the board and inspectors, who read their whole authority rather than one site."""
    if not _active(user):
        return False
    return user.is_superuser or has_role(user, *PARENT_ONLY_ROLES)


def users_with_roles(roles):
    """Active users holding any of `roles` in any unit, and superusers."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__unit_role__role__in=list(roles)), is_active=True)
        .distinct()
    )
