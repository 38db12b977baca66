"""Moderation: the unit's review step (a Wagtail task) and the workflow plan of each portal.

The plan: a local unit's news goes through its own review (its head editors), then the board of
its authority, unless the unit is a trusted publisher; a parent authority's portal goes through
its board only. `ensure_workflow` makes a portal's workflow match the plan, idempotently.
"""

from django import forms
from django.db import models, transaction
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState, Workflow, WorkflowPage, WorkflowTask

from .models.units import LOCAL_KINDS, Role, Unit

# Apps above this one add to the approval: `APPROVAL_FIELDS_HOOK(task, page)` returns the form
# fields to add to the approval dialog of `page` ({} for none; `page` is None where the view does
# not say), and `APPROVED_HOOK(task_state, user, data)` gets their cleaned values once the step is
# approved, in the approval's transaction.
APPROVAL_FIELDS_HOOK = "unit_review_approval_fields"
APPROVED_HOOK = "after_unit_review_approval"


class RejectionCommentForm(TaskStateCommentForm):
    comment = forms.CharField(
        label="Nội dung cần chỉnh sửa",
        required=True,
        widget=forms.Textarea({"rows": 3}),
        help_text="Bắt buộc: tác giả sẽ thấy nội dung này để sửa bài.",
        error_messages={"required": "Vui lòng ghi rõ nội dung cần chỉnh sửa để tác giả biết."},
    )


class UnitReviewTask(AbstractGroupApprovalTask):
    """A group approval step that belongs to one unit and never rejects without a comment."""

    unit = models.ForeignKey(
        Unit,
        verbose_name="Đơn vị",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_tasks",
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["unit"]

    class Meta:
        verbose_name = "bước duyệt của đơn vị"
        verbose_name_plural = "bước duyệt của đơn vị"

    def get_actions(self, obj, user):
        # One "Duyệt", always through the dialog (its comment optional), so that the approver reads
        # what the dialog shows about the page (the compliance check) before confirming.
        actions = []
        for name, label, modal in super().get_actions(obj, user):
            if name == "approve":
                if not modal:
                    continue
                label = gettext_lazy("Approve")
            actions.append((name, label, modal))
        return actions

    def _user_in_groups(self, user):
        # Wagtail's group approval task asks with one query per task, and the dashboard, the
        # workflow reports and the page listings ask every task in turn: one query per unit.
        # The user's review steps are read once instead.
        return self.pk in unit_task_ids_moderated_by(user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if user.is_superuser or self._user_in_groups(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def get_form_for_action(self, action, for_object=None):
        if action == "reject":
            return RejectionCommentForm
        form_class = super().get_form_for_action(action)
        if action == "approve":
            fields = {}
            for fields_for in hooks.get_hooks(APPROVAL_FIELDS_HOOK):
                fields.update(fields_for(self, for_object) or {})
            if fields:
                return type("UnitApprovalForm", (form_class,), fields)
        return form_class

    def on_action(self, task_state, user, action_name, **kwargs):
        # The page editor can post a workflow action without going through the
        # action form; a rejection must still carry a comment the author can read.
        if action_name == "reject" and not (kwargs.get("comment") or "").strip():
            return None
        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        # Wagtail's approval takes the comment only; the fields other apps added go to their hooks.
        comment = kwargs.pop("comment", "")
        with transaction.atomic():
            redirect_to = super().on_action(task_state, user, action_name, comment=comment)
            if kwargs and task_state.status == TaskState.STATUS_APPROVED:
                for approved in hooks.get_hooks(APPROVED_HOOK):
                    approved(task_state, user, kwargs)
        return redirect_to


class ApprovalFormForObjectMixin:
    """For Wagtail's workflow action views (the dashboard's dialog, the edit form's): a unit review
    step builds its approval form for the page under review, so that the fields other apps add
    can fit the page."""

    def get_form_class(self):
        if isinstance(self.task, UnitReviewTask):
            return self.task.get_form_for_action(self.action_name, for_object=self.object)
        return super().get_form_class()


def unit_task_ids_moderated_by(user):
    """The pks of the unit review steps whose groups the user is in, read once per user object."""
    if not user.is_authenticated:
        return frozenset()
    ids = getattr(user, "_moderated_unit_task_ids", None)
    if ids is None:
        ids = frozenset(UnitReviewTask.objects.filter(groups__user=user).values_list("pk", flat=True))
        user._moderated_unit_task_ids = ids
    return ids


def review_task(unit, name, group):
    """The unit's own review step, made (for `group`) on first use; returns (task, created)."""
    task = UnitReviewTask.objects.filter(unit=unit).first()
    if task is None:
        task = UnitReviewTask.objects.create(name=name, unit=unit)
        task.groups.set([group])
        return task, True
    return task, False


def ensure_workflow(unit):
    """Local units: their own review, then the authority board's (unless trusted). Parents: the board's."""
    changes = []
    authority = unit.authority
    board_task, created = review_task(
        authority, f"{authority.get_kind_display()} phê duyệt – {authority.name}", authority.group_for(Role.BOARD)
    )
    if created:
        changes.append(f"tạo bước duyệt {board_task.name}")

    if unit.kind in LOCAL_KINDS:
        own_task, created = review_task(
            unit, f"{unit.get_kind_display()} duyệt – {unit.name}", unit.group_for(Role.CHIEF_EDITOR)
        )
        if created:
            changes.append(f"tạo bước duyệt {own_task.name}")
        tasks = [own_task] if unit.trusted_publisher else [own_task, board_task]
    else:
        tasks = [board_task]

    home = unit.site.root_page
    assignment = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    if assignment is None:
        workflow = Workflow.objects.create(name=f"Quy trình duyệt tin – {unit.name}")
        WorkflowPage.objects.create(page=home, workflow=workflow)
        changes.append(f"tạo quy trình {workflow.name}")
    else:
        workflow = assignment.workflow

    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != [task.pk for task in tasks]:
        workflow.workflow_tasks.all().delete()
        for sort_order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=sort_order)
        if current:
            changes.append("cập nhật các bước của quy trình duyệt")
    return changes
