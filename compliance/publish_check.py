"""The compliance check in the publish step: the gate (may this content go live, for this user).

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

This module decides; `publish_steps.py` holds the admin steps that ask it (registered as hooks in
`wagtail_hooks.py`, the workflow action view put in place by `ComplianceConfig.ready()`).
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from wagtail.log_actions import log
from wagtail.models import Task

from sites.access import is_board_member_for_page

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
    from .detection import detect_for_page

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
    return user.is_superuser or is_board_member_for_page(user, page)


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
