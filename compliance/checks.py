"""System checks: the publish-step check relies on a Wagtail default it replaces.

Wagtail has no hook before a workflow action, so `ComplianceConfig.ready()` sets
`PageViewSet.workflow_action_view_class` to `CheckedWorkflowActionView`. That is only safe while
Wagtail's default there is its own `WorkflowActionView`: if a Wagtail upgrade (or another app)
put something else there, the approval from the dashboard and the modal would publish unchecked,
or lose what the other view does. The check says so instead of failing silently.
"""

from django.core import checks

PATCH_ERROR = "compliance.E001"


def install_workflow_action_view():
    """Put the checked workflow action view on `PageViewSet` if the default is Wagtail's own.

    Returns True when it is in place (set now or before).
    """
    from wagtail.admin.views.pages.workflow import WorkflowActionView
    from wagtail.admin.viewsets.pages import PageViewSet

    from .publish_steps import CheckedWorkflowActionView

    current = getattr(PageViewSet, "workflow_action_view_class", None)
    if current is WorkflowActionView:
        PageViewSet.workflow_action_view_class = CheckedWorkflowActionView
        return True
    return current is CheckedWorkflowActionView


@checks.register(checks.Tags.compatibility)
def check_workflow_action_view(app_configs=None, **kwargs):
    from wagtail.admin.views.pages.workflow import WorkflowActionView
    from wagtail.admin.viewsets.pages import PageViewSet

    from .publish_steps import CheckedWorkflowActionView

    current = getattr(PageViewSet, "workflow_action_view_class", None)
    if current is CheckedWorkflowActionView and issubclass(CheckedWorkflowActionView, WorkflowActionView):
        return []
    return [
        checks.Error(
            "Kiểm tra tuân thủ khi duyệt (bảng điều khiển, hộp duyệt) không được cài: "
            f"PageViewSet.workflow_action_view_class là {current!r}, không phải WorkflowActionView của Wagtail.",
            hint=(
                "Wagtail đã đổi cách tạo trang duyệt quy trình; cập nhật compliance/publish_steps.py "
                "(CheckedWorkflowActionView) và compliance/checks.py cho phiên bản Wagtail mới."
            ),
            obj="compliance.publish_steps.CheckedWorkflowActionView",
            id=PATCH_ERROR,
        )
    ]
