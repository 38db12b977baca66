"""The board's overrides as inspectors and authors read them: noted on the findings they bypassed.

An override (`publish_check.log_override`) is written to the page history with every detection,
and here onto the stored findings of the high detections it published over (made now if no scan
had stored them yet: the publish-time rescan then keeps them, same fingerprint). The finding keeps
the latest override; the page history keeps them all.
"""

from django.utils import timezone
from django.utils.html import format_html

from wagtail.models import PageLogEntry

from .models import Finding, FindingStatus

OVERRIDE_ACTION = "compliance.publish_override"


def record_override(page, user, reason, detections):
    now = timezone.now()
    for detection in detections:
        if detection.site_id is None:
            continue  # a page outside every site: nothing an inspector lists
        finding, created = Finding.objects.get_or_create(
            fingerprint=detection.fingerprint,
            defaults={
                "site_id": detection.site_id,
                "page_id": detection.page_id,
                "object_kind": detection.object_kind,
                "object_id": detection.object_id,
                "rule": detection.rule,
                "severity": detection.severity,
                "message": detection.message,
                "evidence": detection.evidence,
                "status": FindingStatus.OPEN,
                "first_seen_at": now,
                "last_seen_at": now,
            },
        )
        finding.overridden_at = now
        finding.overridden_by = user
        finding.override_reason = reason
        fields = ["overridden_at", "overridden_by", "override_reason"]
        if finding.status == FindingStatus.RESOLVED:
            # Published again with it: it is on the portal, so it is open again.
            finding.status, finding.resolved_at = FindingStatus.OPEN, None
            fields += ["status", "resolved_at"]
        if not created:
            finding.save(update_fields=fields)
        else:
            finding.save()


def person(user):
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


def override_summary(finding):
    """“<who> ngày <when>, lý do: “<reason>”” of a finding's override."""
    when = timezone.localtime(finding.overridden_at)
    return format_html(
        "{} xuất bản bỏ qua cảnh báo lúc {}, lý do: “{}”",
        person(finding.overridden_by),
        f"{when:%H:%M %d/%m/%Y}",
        finding.override_reason,
    )


def override_during(page, since):
    """The latest override log entry of `page` written at or after `since` (e.g. since the workflow
    now approved started), or None."""
    entries = PageLogEntry.objects.filter(page_id=page.pk, action=OVERRIDE_ACTION).select_related("user")
    if since is not None:
        entries = entries.filter(timestamp__gte=since)
    return entries.order_by("-timestamp", "-pk").first()


def recent_overrides(findings, limit=20):
    """The findings (of a queryset the user may see) most recently published over, newest first."""
    return (
        findings.filter(overridden_at__isnull=False)
        .select_related("site", "page", "overridden_by")
        .order_by("-overridden_at", "-pk")[:limit]
    )
