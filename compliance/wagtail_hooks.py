"""Compliance in the Wagtail admin: the inspector's views and the publish-step check."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import publish_check  # noqa: F401  (registers the publish-step hooks)
from .access import POLICIES

# Policies must be registered before the viewsets ask for one.
for _model, _policy in POLICIES.items():
    register_permission_policy(_model, _policy, exact_class=True)


@hooks.register("register_admin_viewset")
def register_compliance_viewsets():
    from .viewsets import ComplianceViewSetGroup

    return ComplianceViewSetGroup()
