"""Compliance in the Wagtail admin: every hook the app registers.

The inspector's views (viewsets, waiver log actions) and the publish-step check: the steps in
`publish_steps.py` ask the gate in `publish_check.py`; the board's override page is in
`publish_override.py`. The workflow action view is swapped in `ComplianceConfig.ready()`.
"""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import publish_override, publish_steps
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


# -- the publish step (publish_steps.py, publish_override.py) -----------------------------------

hooks.register("before_publish_page", publish_steps.check_before_publish)
hooks.register("before_edit_page", publish_steps.check_edit_view)
hooks.register("after_edit_page", publish_steps.warn_on_submit)
hooks.register("after_edit_page", publish_steps.confirm_edit_view_action)
hooks.register("after_create_page", publish_steps.warn_on_create_submit)
hooks.register("before_bulk_action", publish_steps.check_bulk_publish)
hooks.register("before_copy_page", publish_steps.check_live_copy)
hooks.register("register_admin_urls", publish_override.override_urls)
hooks.register("register_log_actions", publish_override.register_override_log_action)


@hooks.register("insert_global_admin_css")
def compliance_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("compliance/admin.css"))
