"""Which rows of an engagement model a staff member works on, from the unit roles of `sites.access`.

Questions and comments keep on each row the unit that handles it and that unit's parent authority,
so a user's rows are one query whatever the number of portals: those of the authorities where it
holds an authority-wide role (the board), and those of the units where it holds a unit role.
"""

from django.db.models import Q

from sites.access import unit_ids_with_role


def is_active_user(user):
    return bool(user and user.is_authenticated and user.is_active)


def rows_for_user(queryset, user, authority_roles, unit_roles):
    """The rows of `queryset` (a model with `authority` and `unit`) the user works on through
    `authority_roles` held in their authority or `unit_roles` held in their unit; all of them for
    a superuser, none for anyone else."""
    if not is_active_user(user):
        return queryset.none()
    if user.is_superuser:
        return queryset.all()
    authorities = unit_ids_with_role(user, *authority_roles)
    own = unit_ids_with_role(user, *unit_roles)
    if not authorities and not own:
        return queryset.none()
    return queryset.filter(Q(authority_id__in=authorities) | Q(unit_id__in=own))
