"""The board's override of a blocked publish: the confirmation page and its page-history entry.

A member of the board of the page's authority (or a superuser) sees the findings of the latest
revision and publishes it, or approves the workflow step in progress, with a reason that goes to
the page history as `compliance.publish_override`. Its URL and log action are registered in
`wagtail_hooks.py`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path

from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from .publish_check import (
    OVERRIDE_ACTION,
    OVERRIDE_LABEL,
    OVERRIDE_URL_NAME,
    blocking_now,
    can_override,
    detect,
    findings_list,
    log_override,
    override_confirmation,
    user_may_approve,
)


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label="Lý do xuất bản bỏ qua cảnh báo",
        widget=forms.Textarea({"rows": 4}),
        help_text="Bắt buộc; được ghi vào lịch sử trang để thanh tra, kiểm tra.",
        error_messages={"required": "Vui lòng ghi lý do xuất bản bỏ qua cảnh báo tuân thủ."},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Vui lòng ghi lý do xuất bản bỏ qua cảnh báo tuân thủ.")
        return reason


def publish_override_view(request, page_id):
    """Show the findings of the latest revision; a board member publishes it with a reason.

    A workflow in progress whose current step the user may approve is approved (which publishes
    when it is the last step); otherwise the latest revision is published, if the user may.
    """
    real = get_object_or_404(Page, pk=page_id)
    page = real.get_latest_revision_as_object()
    if not can_override(request.user, page):
        raise PermissionDenied
    approve = page.current_workflow_state is not None and user_may_approve(page, request.user)
    if not approve and not real.permissions_for_user(request.user).can_publish():
        raise PermissionDenied

    detections = detect(page) or []
    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        if blocking_now(detections):
            log_override(page, request.user, reason, detections)
        if approve:
            page.current_workflow_task.on_action(
                page.current_workflow_task_state, request.user, "approve", comment=reason
            )
        else:
            revision = real.get_latest_revision() or page.save_revision(user=request.user)
            PublishPageRevisionAction(revision, user=request.user).execute()
        published = Page.objects.filter(pk=real.pk, live=True, has_unpublished_changes=False).exists()
        messages.success(request, override_confirmation(page, reason, detections, published=published))
        return redirect("wagtailadmin_pages:edit", page.pk)

    return TemplateResponse(
        request,
        "compliance/publish_check/override.html",
        {
            "page": page,
            "form": form,
            "findings": findings_list(detections) if detections else "",
            "has_high": bool(blocking_now(detections)),
            "approve": approve,
        },
    )


def override_urls():
    return [path("tuan-thu/xuat-ban-bo-qua/<int:page_id>/", publish_override_view, name=OVERRIDE_URL_NAME)]


# --- page history ----------------------------------------------------------------------------------


def register_override_log_action(actions):
    @actions.register_action(OVERRIDE_ACTION)
    class OverrideFormatter(LogFormatter):
        label = OVERRIDE_LABEL

        def format_message(self, log_entry):
            reason = (log_entry.data or {}).get("reason", "")
            return f"{OVERRIDE_LABEL}. Lý do: {reason}" if reason else OVERRIDE_LABEL
