"""Who may moderate which readers' comments, from the unit roles of `sites.access`.

| role | moderates | may switch the portal's comments on or off |
|---|---|---|
| editor, chief editor of a unit | the comments on that unit's portal | chief editor only |
| board of an authority | the comments on every portal of its authority | yes |
| superuser | everything | yes |

Collaborators and inspectors do not moderate: a collaborator publishes nothing, an inspector
edits nothing. Everything is decided from the comment's unit and authority, kept on its row.
"""

from django.db.models import Q

from wagtail.models import Site

from sites.access import unit_ids_with_role
from sites.models import Role

from .models import Comment
from .unit_scope import is_active_user, rows_for_user

MODERATOR_ROLES = (Role.EDITOR, Role.CHIEF_EDITOR)


def moderated_comments(user):
    """The comments the user may moderate, one query whatever the number of portals."""
    return rows_for_user(Comment.objects, user, (Role.BOARD,), MODERATOR_ROLES)


def may_moderate_comments(user):
    return is_active_user(user) and (user.is_superuser or bool(unit_ids_with_role(user, Role.BOARD, *MODERATOR_ROLES)))


def switchable_sites(user):
    """The portals whose comments the user may switch on or off: its own as chief editor, every
    portal of its authority as the board (the authority's own and its units', as on a comment's row)."""
    if not is_active_user(user):
        return Site.objects.none()
    units = Site.objects.filter(unit__isnull=False)
    if user.is_superuser:
        return units
    boards = unit_ids_with_role(user, Role.BOARD)
    chiefs = unit_ids_with_role(user, Role.CHIEF_EDITOR)
    return units.filter(Q(unit__in=boards | chiefs) | Q(unit__parent__in=boards))
