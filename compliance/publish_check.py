"""The compliance check in the publish step.

Every way a page goes live from the admin runs `detect_for_page` once on the content that is
about to be published:

- the edit and create views' "Publish" (and scheduled publishing, which is the same action with
  a future go-live date; reverting to an old revision and publishing too): `before_publish_page`
  checks the submitted content. The draft is saved by Wagtail before this hook runs, so a refused
  publish keeps the editor's work as a draft (a page created with "Publish" is turned back into a
  draft);
- approving the workflow task that ends the workflow, from the edit view (`before_edit_page`, the
  submitted content) or from the workflow action view (the dashboard and the approval modal; its
  view class is swapped for one that checks the latest revision);
- the page listing's bulk "Publish" (`before_bulk_action`): all or nothing, draft descendants too;
- copying a page with "publish copies" or as an alias (`before_copy_page`): the live content checked.

A `high` finding refuses the publish with the findings listed, unless the user is on the board of
the page's parent authority (or a superuser) and gives a reason: the `compliance_override_reason`
field of the same POST, or the confirmation page `compliance_publish_override` linked from the
refusal (`publish_override.py`). The override is written to the page history (log action
`compliance.publish_override`).
Medium and low findings never block: the editor sees them as a warning, as an editor submitting
for moderation does. The edit view shows the page's open findings from the last scan.
"""

import json
import logging

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from wagtail import hooks
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.log_actions import log
from wagtail.models import Page, Task

from sites.models import Role, Unit, UnitGroup

from .models import SEVERITY_RANK, Finding, FindingStatus, Severity
from .rules import rule_title

logger = logging.getLogger(__name__)

OVERRIDE_ACTION = "compliance.publish_override"
OVERRIDE_LABEL = "Xuất bản bỏ qua cảnh báo tuân thủ"
OVERRIDE_FIELD = "compliance_override_reason"
OVERRIDE_URL_NAME = "compliance_publish_override"


# --- the check ---------------------------------------------------------------------------------


def detect(page):
    """The findings of `page` as it is about to be published, most severe first.

    A failure of the check itself must not stop the newsroom: it is logged, the editor is told
    the check did not run, and `None` is returned (publishing goes ahead).
    """
    from .scanner import detect_for_page

    try:
        detections = detect_for_page(page)
    except Exception:
        logger.exception("Kiểm tra tuân thủ trang %s thất bại", getattr(page, "pk", None))
        return None
    return sorted(detections, key=lambda item: -SEVERITY_RANK.get(item.severity, 0))


def blocking(detections):
    return [item for item in detections or () if item.severity == Severity.HIGH]


def blocking_now(detections):
    """The high detections that block publishing: those an inspector has not waived.

    A waived finding stays waived on rescans (same fingerprint), so it does not block either.
    """
    high = blocking(detections)
    if not high:
        return []
    waived = set(
        Finding.objects.filter(
            fingerprint__in=[item.fingerprint for item in high], status=FindingStatus.WAIVED
        ).values_list("fingerprint", flat=True)
    )
    return [item for item in high if item.fingerprint not in waived]


def findings_list(items):
    """`items`: detections or stored findings (both have rule, severity, message, evidence)."""
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            "<li>[{}] {}: {}</li>",
            ((Severity(item.severity).label, rule_title(item.rule), item.evidence or item.message) for item in items),
        ),
    )


def can_override(user, page):
    """Superusers and the board of the parent authority of the page's site."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    site = page.get_site()
    unit = Unit.objects.select_related("parent").filter(site=site).first() if site else None
    authority = unit.authority if unit else None
    if authority is None:
        return False
    return UnitGroup.objects.filter(unit=authority, role=Role.BOARD, group__user=user).exists()


def log_override(page, user, reason, detections):
    log(
        instance=page,
        action=OVERRIDE_ACTION,
        user=user,
        data={
            "reason": reason,
            "findings": [
                {"rule": item.rule, "severity": item.severity, "message": item.message, "evidence": item.evidence}
                for item in detections
            ],
        },
    )


def override_url(page):
    return reverse(OVERRIDE_URL_NAME, args=[page.pk])


def warn(request, page, detections, intro):
    if detections:
        messages.warning(request, format_html("{} “{}”:{}", intro, page.title, findings_list(detections)))


KEPT_AS_DRAFT = "Nội dung đã được lưu thành bản nháp"
STILL_IN_REVIEW = "Trang vẫn ở bước duyệt hiện tại"


def refuse(request, page, high, reason="", kept=KEPT_AS_DRAFT):
    text = format_html(
        "Không xuất bản “{}”: trang có vi phạm tuân thủ mức cao. {}; hãy sửa các điểm sau rồi xuất bản lại.{}",
        page.title,
        kept,
        findings_list(high),
    )
    if can_override(request.user, page):
        text = format_html(
            '{} Là thành viên Ban biên tập, bạn có thể <a href="{}">xuất bản bỏ qua cảnh báo kèm lý do</a>.',
            text,
            override_url(page),
        )
    elif reason:
        text = format_html("{} Chỉ Ban biên tập mới được xuất bản bỏ qua cảnh báo tuân thủ.", text)
    messages.error(request, text)


def gate(request, page, detections, reason, kept=KEPT_AS_DRAFT):
    """True when publishing may go ahead: no high finding, or a board override with a reason."""
    if detections is None:
        messages.warning(request, "Chưa kiểm tra được tuân thủ của trang này; vui lòng báo quản trị viên.")
        return True
    high = blocking_now(detections)
    if not high:
        warn(request, page, detections, "Xuất bản kèm cảnh báo tuân thủ cho trang")
        return True
    if reason and can_override(request.user, page):
        log_override(page, request.user, reason, detections)
        messages.warning(
            request,
            format_html(
                "“{}” được xuất bản bỏ qua cảnh báo tuân thủ; lý do đã ghi vào lịch sử trang.{}",
                page.title,
                findings_list(detections),
            ),
        )
        return True
    refuse(request, page, high, reason, kept)
    return False


def posted_reason(request):
    return (request.POST.get(OVERRIDE_FIELD) or "").strip()


# --- the edit and create views -------------------------------------------------------------------


@hooks.register("before_publish_page")
def check_before_publish(request, page):
    """Edit/create view "Publish" (also scheduled and reverted): check the submitted content."""
    if gate(request, page, detect(page), posted_reason(request)):
        return None
    if page.live and page.last_published_at is None:
        # The create view adds a page to publish as live before this hook runs; keep it a draft.
        page.live = False
        page.save(update_fields=["live"], clean=False)
    return redirect("wagtailadmin_pages:edit", page.pk)


def approval_publishes(workflow_state):
    """True when approving the current task ends the workflow (and so publishes the page)."""
    current = workflow_state.current_task_state
    remaining = (
        Task.objects.filter(workflow_tasks__workflow=workflow_state.workflow_id, active=True)
        .exclude(task_states__in=workflow_state.successful_task_states)
        .exclude(pk=current.task_id if current else None)
    )
    return not remaining.exists()


def user_may_approve(page, user):
    task = page.current_workflow_task
    return task is not None and any(name == "approve" for name, _label, _modal in task.get_actions(page, user))


def submitted_page(request, page):
    """The page built from the posted edit form (as Wagtail's EditView does), or None if invalid."""
    instance = page.get_latest_revision_as_object()
    form_class = instance.specific_class.get_edit_handler().get_form_class()
    form = form_class(
        request.POST, request.FILES, instance=instance, parent_page=page.get_parent(), for_user=request.user
    )
    if not form.is_valid():
        return None, None
    return form.instance, form


def check_approval(request, page, detections, reason, edited=False, kept=STILL_IN_REVIEW):
    """The gate for a workflow approval; approvals that do not publish only warn. True: go ahead.

    `edited`: the approver changed the content in the same request. With
    WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT the edit makes Wagtail restart the review instead
    of publishing, so such an approval does not publish either.
    """
    state = page.current_workflow_state
    restarts = edited and getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False)
    if state is None or restarts or not approval_publishes(state):
        warn(request, page, detections, "Trang đang duyệt có cảnh báo tuân thủ")
        return True
    return gate(request, page, detections, reason, kept)


@hooks.register("before_edit_page")
def check_edit_view(request, page):
    if request.method != "POST":
        show_open_findings(request, page)
        return None
    if not (request.POST.get("action-workflow-action") and request.POST.get("workflow-action-name") == "approve"):
        return None
    if not user_may_approve(page, request.user):
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


def show_open_findings(request, page):
    """On the edit view: the open findings the last scan recorded for this page."""
    findings = list(Finding.objects.filter(page_id=page.pk, status=FindingStatus.OPEN).order_by("rule", "pk"))
    if not findings:
        return
    findings.sort(key=lambda item: -SEVERITY_RANK.get(item.severity, 0))
    messages.warning(
        request,
        format_html(
            "Lần kiểm tra gần nhất thấy trang này có vi phạm tuân thủ chưa xử lý:{}{}",
            findings_list(findings),
            "Vi phạm mức cao sẽ chặn việc xuất bản." if blocking(findings) else "",
        ),
    )


@hooks.register("after_edit_page")
def warn_on_submit(request, page):
    if request.POST.get("action-submit") or request.POST.get("action-restart-workflow"):
        warn(request, page, detect(page), "Đã gửi duyệt; trang có cảnh báo tuân thủ, người duyệt sẽ thấy")
    return None


@hooks.register("after_create_page")
def warn_on_create_submit(request, page):
    if request.method == "POST" and request.POST.get("action-submit"):
        warn(request, page, detect(page), "Đã gửi duyệt; trang có cảnh báo tuân thủ, người duyệt sẽ thấy")
    return None


# --- the workflow action view (dashboard, approval modal) ----------------------------------------


class CheckedWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action view, with the publish check before an approval."""

    def post(self, request, *args, **kwargs):
        if self.action_name == "approve":
            page = self.object.get_latest_revision_as_object()
            if not check_approval(request, page, detect(page), posted_reason(request)):
                url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(request, {"step": "success", "redirect": url})
                return HttpResponseRedirect(url)
        return super().post(request, *args, **kwargs)


if PageViewSet.workflow_action_view_class is WorkflowActionView:
    # Wagtail has no hook before a workflow action; every page viewset builds its action view
    # from this attribute when the view is first used.
    PageViewSet.workflow_action_view_class = CheckedWorkflowActionView


# --- bulk publish -----------------------------------------------------------------------------------


@hooks.register("before_bulk_action")
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


@hooks.register("before_copy_page")
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
