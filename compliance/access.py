"""Who may see and do what in compliance, derived from the user's unit roles.

- superuser: every site; may waive findings and edit the domain lists and legal-basis texts;
- inspector (a parent authority's role): every site of its authority, same rights as above,
  but never any right to edit pages (that stays in `sites.roles`);
- board: every site of its authority, read only (the board overrides publishing, it does not waive);
- commune editor, head editor, collaborator (and the authority's own editors): their own site, read only.

A user without any unit role (and not a superuser) has no compliance access at all.
The answers are cached on the user object for the request.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.models import Site
from wagtail.permission_policies.base import BasePermissionPolicy

from sites.models import SITE_ROLES, Role, Unit, UnitGroup

from .models import DomainEntry, Finding, Inspection, RuleText

AUTHORITY_ROLES = frozenset({Role.INSPECTOR, Role.BOARD})
COMPLIANCE_ROLES = frozenset({*AUTHORITY_ROLES, *SITE_ROLES})
_CACHE_ATTR = "_compliance_roles"


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def unit_roles(user):
    """The (role, unit_id) pairs the user holds, through its groups."""
    if not _active(user):
        return frozenset()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is None:
        cached = frozenset(UnitGroup.objects.filter(group__user=user).values_list("role", "unit_id"))
        setattr(user, _CACHE_ATTR, cached)
    return cached


def _roles(user):
    return {role for role, _unit in unit_roles(user)}


def _units_under(unit_ids):
    """The units themselves and every unit below them (a province's districts and their communes)."""
    found = set(unit_ids)
    frontier = set(unit_ids)
    while frontier:
        frontier = set(Unit.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - found
        found |= frontier
    return found


def visible_site_ids(user):
    """Primary keys of the sites whose findings the user may read (None means every site)."""
    if not _active(user):
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, "_compliance_site_ids", None)
    if cached is None:
        pairs = unit_roles(user)
        authorities = {unit for role, unit in pairs if role in AUTHORITY_ROLES}
        own = {unit for role, unit in pairs if role in SITE_ROLES}
        units = _units_under(authorities) | own
        cached = frozenset(Site.objects.filter(unit__in=units).values_list("pk", flat=True))
        user._compliance_site_ids = cached
    return cached


def visible_sites(user):
    """The sites whose findings, inspections and exports the user may see."""
    ids = visible_site_ids(user)
    if ids is None:
        return Site.objects.all()
    return Site.objects.filter(pk__in=ids)


def can_see_site(user, site):
    ids = visible_site_ids(user)
    return ids is None or getattr(site, "pk", site) in ids


def can_use_compliance(user):
    if not _active(user):
        return False
    return user.is_superuser or bool(_roles(user) & COMPLIANCE_ROLES)


def can_waive(user):
    """Only inspectors (and superusers) waive or reopen findings."""
    if not _active(user):
        return False
    return user.is_superuser or Role.INSPECTOR in _roles(user)


def can_manage_lists(user):
    """The domain lists and the rules' legal basis are the inspectors' data."""
    return can_waive(user)


def sees_every_site(user):
    """True for those who read the whole authority (superuser, inspector, board), not one commune."""
    if not _active(user):
        return False
    return user.is_superuser or bool(_roles(user) & AUTHORITY_ROLES)


def users_with_roles(roles):
    user_model = get_user_model()
    return user_model.objects.filter(
        Q(is_superuser=True) | Q(groups__unit_role__role__in=list(roles)), is_active=True
    ).distinct()


class CompliancePolicy(BasePermissionPolicy):
    """Wagtail permission policy answering from unit roles instead of Django model permissions.

    `rules` maps an action ("view", "add", "change", "delete", "waive") to the test a user must pass;
    actions not listed are refused to everyone, superusers included (e.g. nobody adds a finding by hand).
    """

    rules = {}
    role_sets = {}

    def user_has_permission(self, user, action):
        test = self.rules.get(action)
        return bool(test and test(user))

    def users_with_any_permission(self, actions):
        roles = set()
        for action in actions:
            roles |= self.role_sets.get(action, set())
        if not any(action in self.rules for action in actions):
            return get_user_model().objects.none()
        return users_with_roles(roles)


class SiteScopedPolicy(CompliancePolicy):
    """Objects belonging to sites: a user reaches only those of its visible sites."""

    def filter_visible(self, queryset, user):
        ids = visible_site_ids(user)
        return queryset if ids is None else self.restrict(queryset, ids)

    def restrict(self, queryset, site_ids):
        return queryset.filter(site__in=site_ids)

    def instance_visible(self, user, instance):
        return can_see_site(user, instance.site_id)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.instance_visible(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.filter_visible(self.model._default_manager.all(), user)


class FindingPolicy(SiteScopedPolicy):
    rules = {"view": can_use_compliance, "waive": can_waive}
    role_sets = {"view": COMPLIANCE_ROLES, "waive": {Role.INSPECTOR}}


class InspectionPolicy(SiteScopedPolicy):
    rules = {"view": can_use_compliance}
    role_sets = {"view": COMPLIANCE_ROLES}

    def restrict(self, queryset, site_ids):
        return queryset.filter(sites__in=site_ids).distinct()

    def instance_visible(self, user, instance):
        ids = visible_site_ids(user)
        return ids is None or instance.sites.filter(pk__in=ids).exists()


class DomainEntryPolicy(CompliancePolicy):
    rules = dict.fromkeys(("view", "add", "change", "delete"), can_manage_lists)
    role_sets = {action: {Role.INSPECTOR} for action in rules}


class RuleTextPolicy(CompliancePolicy):
    # The rules are code: their texts are seeded, inspectors only edit the legal basis.
    rules = dict.fromkeys(("view", "change"), can_manage_lists)
    role_sets = {action: {Role.INSPECTOR} for action in rules}


POLICIES = {
    Finding: FindingPolicy(Finding),
    Inspection: InspectionPolicy(Inspection),
    DomainEntry: DomainEntryPolicy(DomainEntry),
    RuleText: RuleTextPolicy(RuleText),
}
