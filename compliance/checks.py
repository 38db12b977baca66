"""System checks: the publish-step check relies on Wagtail defaults it replaces.

Wagtail has no hook before a workflow action, so `ComplianceConfig.ready()` sets
`PageViewSet.workflow_action_view_class` to `CheckedWorkflowActionView` (and the edit form's
approval dialog, `collect_workflow_action_data_view_class`, to one that lists the findings). That
is only safe while Wagtail's defaults there are its own views: if a Wagtail upgrade (or another
app) put something else there, the approval from the dashboard and the modal would publish
unchecked, or lose what the other view does. The check says so instead of failing silently.

The page editor's checks panel (`ChecksSidePanel`, which Wagtail builds itself with no hook) gets
a template that adds the compliance findings of the revision below Wagtail's own checks.
"""

from django.core import checks

PATCH_ERROR = "compliance.E001"


def install_workflow_action_view():
    """Put the checked workflow action view on `PageViewSet` if the default is Wagtail's own.

    Returns True when it is in place (set now or before).
    """
    from wagtail.admin.ui.side_panels import ChecksSidePanel
    from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
    from wagtail.admin.viewsets.pages import PageViewSet

    from .publish_steps import CheckedCollectWorkflowActionDataView, CheckedWorkflowActionView

    if ChecksSidePanel.template_name == WAGTAIL_CHECKS_TEMPLATE:
        ChecksSidePanel.template_name = CHECKS_TEMPLATE
    if getattr(PageViewSet, "collect_workflow_action_data_view_class", None) is CollectWorkflowActionDataView:
        PageViewSet.collect_workflow_action_data_view_class = CheckedCollectWorkflowActionDataView
    current = getattr(PageViewSet, "workflow_action_view_class", None)
    if current is WorkflowActionView:
        PageViewSet.workflow_action_view_class = CheckedWorkflowActionView
        return True
    return current is CheckedWorkflowActionView


WAGTAIL_CHECKS_TEMPLATE = "wagtailadmin/shared/side_panels/checks.html"
CHECKS_TEMPLATE = "compliance/publish_check/checks_panel.html"


@checks.register(checks.Tags.compatibility)
def check_workflow_action_view(app_configs=None, **kwargs):
    from wagtail.admin.ui.side_panels import ChecksSidePanel
    from wagtail.admin.views.pages.workflow import WorkflowActionView
    from wagtail.admin.viewsets.pages import PageViewSet

    from .publish_steps import CheckedCollectWorkflowActionDataView, CheckedWorkflowActionView

    current = getattr(PageViewSet, "workflow_action_view_class", None)
    dialog = getattr(PageViewSet, "collect_workflow_action_data_view_class", None)
    if (
        current is CheckedWorkflowActionView
        and issubclass(CheckedWorkflowActionView, WorkflowActionView)
        and dialog is CheckedCollectWorkflowActionDataView
        and ChecksSidePanel.template_name == CHECKS_TEMPLATE
    ):
        return []
    return [
        checks.Error(
            "Kiểm tra tuân thủ khi duyệt (bảng điều khiển, hộp duyệt, bảng kiểm tra) không được cài: "
            f"PageViewSet.workflow_action_view_class là {current!r}, collect_workflow_action_data_view_class là "
            f"{dialog!r}, mẫu của ChecksSidePanel là {ChecksSidePanel.template_name!r}.",
            hint=(
                "Wagtail đã đổi cách tạo trang duyệt quy trình; cập nhật compliance/publish_steps.py "
                "(CheckedWorkflowActionView) và compliance/checks.py cho phiên bản Wagtail mới."
            ),
            obj="compliance.publish_steps.CheckedWorkflowActionView",
            id=PATCH_ERROR,
        )
    ]
