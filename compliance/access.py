"""Who may see and do what in compliance, derived from the user's unit roles.

- superuser: every site; may waive findings and edit the domain lists and legal-basis texts;
- inspector (a parent authority's role): every site of its authority, same rights as above,
  but never any right to edit pages (that stays in `sites.roles`);
- board: every site of its authority, read only (the board overrides publishing, it does not waive);
- commune editor, head editor, collaborator (and the authority's own editors): their own site, read only.

A user without any unit role (and not a superuser) has no compliance access at all. The roles and
the sites a user may see come from `sites.access` (cached there on the user object); this module
only says what compliance lets each role do.
"""

from django.contrib.auth import get_user_model

from wagtail.permission_policies.base import BasePermissionPolicy

from sites.access import can_see_site, has_role, sees_whole_authority, users_with_roles, visible_site_ids, visible_sites
from sites.models import PARENT_ONLY_ROLES, SITE_ROLES, Role

from .models import DomainEntry, Finding, Inspection, RuleText

__all__ = [
    "POLICIES",
    "can_manage_lists",
    "can_see_site",
    "can_use_compliance",
    "can_waive",
    "sees_every_site",
    "visible_site_ids",
    "visible_sites",
]

AUTHORITY_ROLES = PARENT_ONLY_ROLES  # the inspectors and the board read their whole authority
COMPLIANCE_ROLES = frozenset({*AUTHORITY_ROLES, *SITE_ROLES})


def _active(user):
    return bool(user and user.is_authenticated and user.is_active)


def can_use_compliance(user):
    if not _active(user):
        return False
    return user.is_superuser or has_role(user, *COMPLIANCE_ROLES)


def can_waive(user):
    """Only inspectors (and superusers) waive or reopen findings."""
    if not _active(user):
        return False
    return user.is_superuser or has_role(user, Role.INSPECTOR)


def can_manage_lists(user):
    """The domain lists and the rules' legal basis are the inspectors' data."""
    return can_waive(user)


def sees_every_site(user):
    """True for those who read the whole authority (superuser, inspector, board), not one commune."""
    return sees_whole_authority(user)


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
