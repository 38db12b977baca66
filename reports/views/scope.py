"""Which authorities' tables and which units' details a user may open on the report screens.

The board and the inspectors of an authority read every unit of it (and of the authorities
below it, as `sites.access` lets them see those sites); editors and head editors read their own
unit; collaborators, and everybody else, read nothing. Superusers read everything.
"""

from sites.access import unit_ids_with_role, units_under
from sites.models import Role, Unit

from ..access import REPORT_READER_ROLES

_AUTHORITIES_ATTR = "_report_authority_ids"


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def authority_ids_read_by(user):
    """The authorities whose whole table the user reads (None: every one, a superuser)."""
    if not _active(user):
        return set()
    if user.is_superuser:
        return None
    cached = getattr(user, _AUTHORITIES_ATTR, None)
    if cached is None:
        # Kept on the user object (one request): every admin page asks it for the menu, several times.
        top = unit_ids_with_role(user, Role.BOARD, Role.INSPECTOR)
        cached = (
            set(Unit.objects.parents().filter(pk__in=units_under(top)).values_list("pk", flat=True)) if top else set()
        )
        setattr(user, _AUTHORITIES_ATTR, cached)
    return set(cached)


def authorities_read_by(user):
    ids = authority_ids_read_by(user)
    parents = Unit.objects.parents().select_related("site").order_by("name")
    return parents if ids is None else parents.filter(pk__in=ids)


def own_unit_ids(user):
    """The units whose own figures the user reads as an editor or head editor."""
    return unit_ids_with_role(user, *REPORT_READER_ROLES) if _active(user) else set()


def may_read_authority(user, authority):
    ids = authority_ids_read_by(user)
    return ids is None or authority.pk in ids


def may_read_unit(user, unit):
    """The unit's detail: its own editors, or those who read its authority's table."""
    if unit.authority is None:
        return False
    return unit.pk in own_unit_ids(user) or may_read_authority(user, unit.authority)


def may_open_reports(user):
    ids = authority_ids_read_by(user)
    return ids is None or bool(ids) or bool(own_unit_ids(user))
