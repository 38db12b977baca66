"""Who may see and change what in the editorial reports.

The board edits its authority's quotas and period rule and sees every unit's figures; the
inspectors of the authority see every unit's figures; a commune's or department's editors and
head editors see their own unit only; collaborators see no report.
"""

from sites.access import unit_ids_with_role
from sites.models import Role, Unit

REPORT_READER_ROLES = (Role.EDITOR, Role.CHIEF_EDITOR)


def board_authority_ids(user):
    """The authorities whose quotas and period rule the user sets (None: every one, a superuser)."""
    if not (user and user.is_authenticated and user.is_active):
        return set()
    if user.is_superuser:
        return None
    return unit_ids_with_role(user, Role.BOARD)


def may_edit_rules_of(user, authority_id):
    authorities = board_authority_ids(user)
    return authorities is None or authority_id in authorities


def may_edit_rules(user):
    authorities = board_authority_ids(user)
    return authorities is None or bool(authorities)


def authorities_edited_by(user):
    authorities = board_authority_ids(user)
    parents = Unit.objects.parents()
    return parents if authorities is None else parents.filter(pk__in=authorities)
