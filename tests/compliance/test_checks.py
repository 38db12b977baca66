"""compliance.E001: the workflow action view swap in ComplianceConfig.ready() and its system check."""

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
