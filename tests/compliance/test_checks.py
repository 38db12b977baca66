"""compliance.E001: the views and the checks panel template set in ComplianceConfig.ready(), and its system check."""

from django.core import checks

from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from compliance.checks import PATCH_ERROR, check_workflow_action_view, install_workflow_action_view
from compliance.publish_steps import CheckedWorkflowActionView


def test_the_checked_view_is_in_place_and_the_check_passes():
    assert PageViewSet.workflow_action_view_class is CheckedWorkflowActionView
    assert check_workflow_action_view() == []
    assert PATCH_ERROR not in {message.id for message in checks.run_checks()}


def test_a_changed_wagtail_default_is_reported_and_not_replaced(monkeypatch):
    class OtherDefault(WorkflowActionView):
        pass

    # A Wagtail where the default is no longer WorkflowActionView itself (the app is then loaded).
    monkeypatch.setattr(PageViewSet, "workflow_action_view_class", OtherDefault)
    assert install_workflow_action_view() is False
    assert PageViewSet.workflow_action_view_class is OtherDefault

    errors = check_workflow_action_view()
    assert [(error.level, error.id) for error in errors] == [(checks.ERROR, PATCH_ERROR)]
    assert "OtherDefault" in errors[0].msg
    assert PATCH_ERROR in {message.id for message in checks.run_checks()}


def test_wagtails_own_default_is_replaced(monkeypatch):
    monkeypatch.setattr(PageViewSet, "workflow_action_view_class", WorkflowActionView)
    assert check_workflow_action_view()[0].id == PATCH_ERROR
    assert install_workflow_action_view() is True
    assert PageViewSet.workflow_action_view_class is CheckedWorkflowActionView
    assert check_workflow_action_view() == []


def test_the_approval_dialog_and_the_checks_panel_are_in_place():
    from wagtail.admin.ui.side_panels import ChecksSidePanel

    from compliance.checks import CHECKS_TEMPLATE
    from compliance.publish_steps import CheckedCollectWorkflowActionDataView

    assert PageViewSet.collect_workflow_action_data_view_class is CheckedCollectWorkflowActionDataView
    assert ChecksSidePanel.template_name == CHECKS_TEMPLATE


def test_a_checks_panel_template_set_by_someone_else_is_reported_and_kept(monkeypatch):
    from wagtail.admin.ui.side_panels import ChecksSidePanel

    monkeypatch.setattr(ChecksSidePanel, "template_name", "autre/checks.html")
    install_workflow_action_view()
    assert ChecksSidePanel.template_name == "autre/checks.html"
    errors = check_workflow_action_view()
    assert [error.id for error in errors] == [PATCH_ERROR]
    assert "autre/checks.html" in errors[0].msg


def test_a_changed_dialog_view_is_reported_and_kept(monkeypatch):
    from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView

    class OtherDialog(CollectWorkflowActionDataView):
        pass

    monkeypatch.setattr(PageViewSet, "collect_workflow_action_data_view_class", OtherDialog)
    install_workflow_action_view()
    assert PageViewSet.collect_workflow_action_data_view_class is OtherDialog
    assert "OtherDialog" in check_workflow_action_view()[0].msg
