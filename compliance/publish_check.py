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
`compliance.publish_override`) and onto the findings it bypassed (`overrides.py`).
Medium and low findings never block: the editor sees them as a warning, as an editor submitting
for moderation does. The edit view shows what the check sees in a draft or a revision in review
(the approver sees it before approving, also in the approval dialog and the checks panel), and the
open findings of the last scan for a live page. Every listed image lacking credits links to its
edit form.

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

from .models import SEVERITY_RANK, Finding, FindingStatus, ObjectKind, Severity
from .overrides import OVERRIDE_ACTION, override_summary, record_override
from .rules import rule_title

logger = logging.getLogger(__name__)

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


IMAGE_LINK_TEXT = "bổ sung tác giả, nguồn, giấy phép của ảnh"


def image_edit_url(item):
    """The admin edit form of the image a detection or finding is about, else ""."""
    if item.object_kind == ObjectKind.IMAGE and item.object_id:
        return reverse("wagtailimages:edit", args=[item.object_id])
    return ""


def finding_line(item):
    """One finding in words: severity, rule title, evidence; an image gets the link to fix it."""
    severity = Severity(item.severity).label
    line = format_html("[{}] {}: {}", severity, rule_title(item.rule), item.evidence or item.message)
    url = image_edit_url(item)
    if url:
        line = format_html('{} (<a href="{}">{}</a>)', line, url, IMAGE_LINK_TEXT)
    return line


def findings_list(items):
    """`items`: detections or stored findings (both have rule, severity, message, evidence, object)."""
    return format_html(
        '<ul class="compliance-findings">{}</ul>',
        format_html_join("", "<li>{}</li>", ((finding_line(item),) for item in items)),
    )


def can_override(user, page):
    """Superusers and the board of the parent authority of the page's site."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or is_board_member_for_page(user, page)


def log_override(page, user, reason, detections):
    """The page history entry of an override, and the override noted on the findings it bypassed."""
    record_override(page, user, reason, blocking_now(detections))
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
        messages.success(request, override_confirmation(page, reason, detections, published=True))
        request._compliance_override_confirmed = True
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


def override_confirmation(page, reason, detections, published):
    """The confirmation after a board override: what was done, the reason, where it is recorded."""
    done = "Đã xuất bản" if published else "Đã duyệt"
    bypassed = blocking_now(detections) or detections
    return format_html(
        "{} “{}” bỏ qua cảnh báo tuân thủ. Lý do: “{}”. Lý do được ghi vào lịch sử trang và vào các vi phạm"
        " được bỏ qua, để thanh tra xem.{}",
        done,
        page.title,
        reason,
        findings_list(bypassed) if bypassed else "",
    )


def revision_findings(request, page):
    """The detections of the page's latest revision, once per request (the edit view's banner and
    its checks panel both show them)."""
    cache = request.__dict__.setdefault("_compliance_revision_findings", {})
    if page.pk not in cache:
        latest = page.get_latest_revision_as_object() if page.latest_revision_id else page
        cache[page.pk] = detect(latest)
    return cache[page.pk]


def show_findings_on_edit(request, page):
    """On the edit view: what the publish check sees in the latest revision, when it is not the
    live one (a draft, a page in moderation); else the open findings the last scan recorded.

    A finding the board published over says so (who, when, why) rather than that it blocks: the
    page is live with it, and it waits for an inspector.
    """
    if page.has_unpublished_changes or not page.live:
        detections = revision_findings(request, page)
        if not detections:
            return
        high = blocking_now(detections)
        in_review = page.current_workflow_state is not None
        intro = "Bản đang chờ duyệt" if in_review else "Bản nháp mới nhất"
        outro = (
            "Vi phạm mức cao chặn việc xuất bản: hãy sửa (với ảnh: bấm liên kết để bổ sung thông tin) hoặc"
            " Ban biên tập xuất bản bỏ qua cảnh báo kèm lý do."
            if high
            else "Các cảnh báo này không chặn việc xuất bản."
        )
        messages.warning(
            request,
            format_html("{} của trang có vi phạm tuân thủ:{}{}", intro, findings_list(detections), outro),
        )
        return
    findings = list(
        Finding.objects.filter(page_id=page.pk, status=FindingStatus.OPEN)
        .select_related("overridden_by")
        .order_by("rule", "pk")
    )
    if not findings:
        return
    findings.sort(key=lambda item: -SEVERITY_RANK.get(item.severity, 0))
    overridden = [item for item in findings if item.overridden]
    others = [item for item in findings if not item.overridden]
    if overridden:
        messages.info(
            request,
            format_html(
                "Trang đang xuất bản bỏ qua cảnh báo tuân thủ: {}. Các vi phạm sau vẫn mở để thanh tra xem xét:{}",
                override_summary(overridden[0]),
                findings_list(overridden),
            ),
        )
    if others:
        messages.warning(
            request,
            format_html(
                "Lần kiểm tra gần nhất thấy trang này có vi phạm tuân thủ chưa xử lý:{}{}",
                findings_list(others),
                "Vi phạm mức cao sẽ chặn lần xuất bản sau nếu chưa sửa." if blocking(others) else "",
            ),
        )
