"""The admin steps that put a page live, each asking the publish gate (`publish_check`).

The functions here are registered as Wagtail hooks in `wagtail_hooks.py`; the workflow action
view `CheckedWorkflowActionView` is set on `PageViewSet` by `ComplianceConfig.ready()` (Wagtail has
no hook before a workflow action), and `compliance.checks` fails loudly if Wagtail's default
view there is no longer the one it replaces.
"""

import json

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from wagtail.admin.views.pages.workflow import CollectWorkflowActionDataView, WorkflowActionView
from wagtail.models import Page, TaskState, WorkflowState

from sites.workflows import ApprovalFormForObjectMixin

from .publish_check import (
    KEPT_AS_DRAFT,
    OVERRIDE_FIELD,
    STILL_IN_REVIEW,
    approval_publishes,
    blocking_now,
    can_override,
    check_approval,
    detect,
    findings_list,
    gate,
    override_url,
    posted_reason,
    revision_findings,
    show_findings_on_edit,
    submitted_page,
    user_may_approve,
    warn,
)

# --- the edit and create views -------------------------------------------------------------------


def check_before_publish(request, page):
    """Edit/create view "Publish" (also scheduled and reverted): check the submitted content."""
    if gate(request, page, detect(page), posted_reason(request)):
        return None
    if page.live and page.last_published_at is None:
        # The create view adds a page to publish as live before this hook runs; keep it a draft.
        page.live = False
        page.save(update_fields=["live"], clean=False)
    return redirect("wagtailadmin_pages:edit", page.pk)


def check_edit_view(request, page):
    if request.method != "POST":
        show_findings_on_edit(request, page)
        return None
    if not request.POST.get("action-workflow-action"):
        return None
    # Remembered for the confirmation after Wagtail has acted (`confirm_edit_view_action`).
    request._compliance_task_state_id = page.current_workflow_task_state.pk if page.current_workflow_state else None
    if request.POST.get("workflow-action-name") != "approve" or not user_may_approve(page, request.user):
        return None
    built, form = submitted_page(request, page)
    if built is None:
        return None  # Wagtail shows the form errors and approves nothing
    try:
        extra = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        extra = None
    if not isinstance(extra, dict):
        extra = {}
    reason = posted_reason(request) or str(extra.get(OVERRIDE_FIELD) or "").strip()
    edited = form.has_changed()
    kept = f"{STILL_IN_REVIEW}; {KEPT_AS_DRAFT[0].lower()}{KEPT_AS_DRAFT[1:]}" if edited else STILL_IN_REVIEW
    if check_approval(request, built, detect(built), reason, edited=edited, kept=kept):
        return None
    if edited:
        # Keep the approver's edits, as a refused publish keeps the editor's.
        saved = form.save(commit=not built.live)
        saved.save_revision(user=request.user, log_action=True)
    return redirect("wagtailadmin_pages:edit", page.pk)


def warn_on_submit(request, page):
    if request.POST.get("action-submit") or request.POST.get("action-restart-workflow"):
        warn(request, page, detect(page), "Đã gửi duyệt; trang có cảnh báo tuân thủ, người duyệt sẽ thấy")
    return None


def confirm_edit_view_action(request, page):
    """After a workflow action posted with the edit form (the editor's action menu)."""
    task_state_id = getattr(request, "_compliance_task_state_id", None)
    if task_state_id:
        confirm_workflow_action(request, page, task_state_id, request.POST.get("workflow-action-name"))
    return None


# --- what the reviewer is told after acting ------------------------------------------------------------


def confirm_workflow_action(request, page, task_state_id, action):
    """A confirmation of what a workflow action did; nothing when it did nothing (a refusal, a
    rejection without its comment), since the view says why."""
    task_state = TaskState.objects.select_related("task", "workflow_state").filter(pk=task_state_id).first()
    if task_state is None or task_state.status == TaskState.STATUS_IN_PROGRESS:
        return
    if getattr(request, "_compliance_override_confirmed", False):
        return  # the override's own confirmation says it all
    title = page.get_admin_display_title()
    state = task_state.workflow_state
    if task_state.status == TaskState.STATUS_REJECTED:
        messages.success(
            request,
            format_html(
                "Đã trả lại “{}” cho tác giả với yêu cầu chỉnh sửa: “{}”. Tác giả sẽ nhận được thông báo.",
                title,
                task_state.specific.get_comment(),
            ),
        )
    elif state.status == WorkflowState.STATUS_APPROVED:
        live = Page.objects.filter(pk=page.pk, live=True).exists()
        messages.success(
            request,
            format_html("Đã duyệt và xuất bản “{}”.", title)
            if live
            else format_html("Đã duyệt “{}”; trang sẽ được xuất bản theo lịch đã đặt.", title),
        )
    elif state.status == WorkflowState.STATUS_IN_PROGRESS and task_state.status == TaskState.STATUS_APPROVED:
        following = state.current_task_state
        messages.success(
            request,
            format_html(
                "Đã duyệt “{}” ở bước “{}”; trang chuyển sang bước “{}”.",
                title,
                task_state.task.name,
                following.task.name if following else "",
            ),
        )


def warn_on_create_submit(request, page):
    if request.method == "POST" and request.POST.get("action-submit"):
        warn(request, page, detect(page), "Đã gửi duyệt; trang có cảnh báo tuân thủ, người duyệt sẽ thấy")
    return None


# --- the workflow action view (dashboard, approval modal) ----------------------------------------


class FindingsInDialogMixin:
    """The approval dialog shows what the publish check sees in the revision to approve, with the
    board's override link when this approval would publish over a high finding."""

    findings_template_name = "compliance/publish_check/workflow_action_modal.html"

    def get_template_names(self):
        if self.action_name == "approve":
            return [self.findings_template_name]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.action_name != "approve":
            return context
        page = self.object.get_latest_revision_as_object()
        detections = revision_findings(self.request, page) or []
        high = blocking_now(detections)
        state = page.current_workflow_state
        publishes = state is not None and approval_publishes(state)
        context.update(
            compliance_findings=findings_list(detections) if detections else "",
            compliance_blocks=bool(high) and publishes,
            compliance_high_later=bool(high) and not publishes,
            compliance_override_url=(
                override_url(page) if high and publishes and can_override(self.request.user, page) else ""
            ),
        )
        return context


class CheckedWorkflowActionView(ApprovalFormForObjectMixin, FindingsInDialogMixin, WorkflowActionView):
    """Wagtail's workflow action view, with the publish check before an approval and a
    confirmation after every action. Being the view in place, it also gives the review step the
    page its approval form is for (`ApprovalFormForObjectMixin`)."""

    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            page = self.object.get_latest_revision_as_object()
            if not check_approval(request, page, detect(page), posted_reason(request)):
                url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(request, {"step": "success", "redirect": url})
                return HttpResponseRedirect(url)
        response = super().post(request, *args, **kwargs)
        confirm_workflow_action(request, self.object, self.task_state.pk, self.action_name)
        return response


class CheckedCollectWorkflowActionDataView(
    ApprovalFormForObjectMixin, FindingsInDialogMixin, CollectWorkflowActionDataView
):
    """The edit form's approval dialog, with the same findings as the dashboard's."""


# --- bulk publish -----------------------------------------------------------------------------------


def check_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish" or not any(issubclass(model, Page) for model in action_class_instance.models):
        return None
    pages = [page.get_latest_revision_as_object() if page.latest_revision_id else page.specific for page in objects]
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            for draft in page.get_descendants().not_live().specific():
                if draft.permissions_for_user(request.user).can_publish():
                    pages.append(draft.get_latest_revision_as_object() if draft.latest_revision_id else draft)

    refused = []
    for page in pages:
        detections = detect(page)
        high = blocking_now(detections)
        if high:
            refused.append((page, high))
        else:
            warn(request, page, detections, "Xuất bản kèm cảnh báo tuân thủ cho trang")
    if not refused:
        return None
    messages.error(
        request,
        format_html(
            "Không xuất bản trang nào: {} trang có vi phạm tuân thủ mức cao. Hãy sửa, hoặc (Ban biên tập)"
            " xuất bản từng trang bỏ qua cảnh báo kèm lý do.<ul>{}</ul>",
            len(refused),
            format_html_join(
                "",
                '<li><a href="{}">{}</a>{}</li>',
                (
                    (reverse("wagtailadmin_pages:edit", args=[page.pk]), page.title, findings_list(high))
                    for page, high in refused
                ),
            ),
        ),
    )
    return redirect(action_class_instance.next_url)


# --- copies that stay live ------------------------------------------------------------------------


def check_live_copy(request, page):
    """Copying with "publish copies" (or as an alias) puts the live content live again elsewhere."""
    if request.method != "POST":
        return None
    if not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return None
    pages = [page.specific]
    if request.POST.get("copy_subpages"):
        pages += list(page.get_descendants().live().specific())
    refused = [(item, high) for item in pages if (high := blocking_now(detect(item)))]
    if not refused:
        return None
    messages.error(
        request,
        format_html(
            "Không sao chép ở trạng thái xuất bản: trang có vi phạm tuân thủ mức cao. Hãy sao chép thành bản"
            " nháp (bỏ chọn xuất bản bản sao), sửa rồi xuất bản.<ul>{}</ul>",
            format_html_join("", "<li>{}{}</li>", ((item.title, findings_list(high)) for item, high in refused)),
        ),
    )
    return redirect("wagtailadmin_pages:copy", page.pk)
