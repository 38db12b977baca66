"""Compliance in the Wagtail admin: the inspector's views and the publish-step check."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import publish_check, publish_override  # noqa: F401  (register the publish-step hooks)
from .access import POLICIES

# Policies must be registered before the viewsets ask for one.
for _model, _policy in POLICIES.items():
    register_permission_policy(_model, _policy, exact_class=True)


@hooks.register("register_admin_viewset")
def register_compliance_viewsets():
    from .viewsets import ComplianceViewSetGroup

    return ComplianceViewSetGroup()


@hooks.register("register_log_actions")
def register_waiver_log_actions(actions):
    from wagtail.log_actions import LogFormatter

    from .views.findings import REOPEN_ACTION, WAIVE_ACTION

    @actions.register_action(WAIVE_ACTION)
    class WaiveFormatter(LogFormatter):
        label = "Miễn vi phạm"

        def format_message(self, log_entry):
            return f"Miễn vi phạm. Lý do: {(log_entry.data or {}).get('reason', '')}"

    @actions.register_action(REOPEN_ACTION)
    class ReopenFormatter(LogFormatter):
        label = "Bỏ miễn vi phạm"

        def format_message(self, log_entry):
            return "Bỏ miễn, vi phạm mở lại"
