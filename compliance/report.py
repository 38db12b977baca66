"""What a scan reports: the JSON of `compliance_scan --format json` and its Vietnamese text summary."""

from collections import Counter, defaultdict

from django.utils import timezone

from wagtail.models import Page, Site

from sites.access import site_id_for_url_path

from .models import Finding, FindingStatus, Severity
from .overrides import person
from .rules import rule_title


def current_findings(inspection):
    """The open and waived findings of the inspection's sites, in report order."""
    return (
        Finding.objects.filter(site__in=inspection.sites.all())
        .current()
        .select_related("site", "overridden_by")
        .order_by("site__hostname", "rule", "page_id", "object_kind", "object_id", "pk")
    )


def page_urls(page_ids):
    """{page id: full URL or None}; the site roots are read once, not once per page."""
    roots = {root.site_id: root for root in Site.get_site_root_paths()}
    urls = {}
    for page_id, url_path in Page.objects.filter(pk__in=set(page_ids)).values_list("pk", "url_path"):
        root = roots.get(site_id_for_url_path(url_path))
        # A page outside every site has no address.
        urls[page_id] = f"{root.root_url}/{url_path[len(root.root_path) :]}" if root else None
    return urls


def _page_urls(findings):
    return page_urls(finding.page_id for finding in findings if finding.page_id)


def scan_json(inspection):
    findings = list(current_findings(inspection))
    urls = _page_urls(findings)
    return {
        "scanned_at": timezone.localtime(inspection.started_at).isoformat(),
        "sites": sorted(site.hostname for site in inspection.sites.all()),
        "pages_scanned": inspection.pages_scanned,
        "findings": [
            {
                "site": finding.site.hostname,
                "page_id": finding.page_id,
                "page_url": urls.get(finding.page_id) if finding.page_id else None,
                "object": finding.object_kind,
                "rule": finding.rule,
                "severity": finding.severity,
                "message": finding.message,
                "evidence": finding.evidence,
                "status": finding.status,
                "override": (
                    {
                        "by": finding.overridden_by.get_username() if finding.overridden_by else None,
                        "at": timezone.localtime(finding.overridden_at).isoformat(),
                        "reason": finding.override_reason,
                    }
                    if finding.overridden_at
                    else None
                ),
            }
            for finding in findings
        ],
    }


def scan_text(inspection):
    """A readable Vietnamese summary per site and rule, then one line per finding."""
    findings = list(current_findings(inspection))
    urls = _page_urls(findings)
    sites = sorted(site.hostname for site in inspection.sites.all())
    started = timezone.localtime(inspection.started_at)
    lines = [
        f"Kiểm tra tuân thủ lúc {started:%H:%M %d/%m/%Y}: {len(sites)} trang web, "
        f"{inspection.pages_scanned} trang nội dung đã quét.",
        f"Vi phạm chưa xử lý: {inspection.open_count}; được miễn: {inspection.waived_count}; "
        f"đã khắc phục trong lần quét này: {inspection.resolved_count}.",
    ]
    by_site = defaultdict(list)
    for finding in findings:
        by_site[finding.site.hostname].append(finding)
    severity_labels = dict(Severity.choices)
    status_labels = dict(FindingStatus.choices)
    for host in sites:
        site_findings = by_site.get(host, [])
        lines.append("")
        if not site_findings:
            lines.append(f"== {host}: không có vi phạm.")
            continue
        lines.append(f"== {host}: {len(site_findings)} vi phạm")
        counts = Counter((finding.rule, finding.status) for finding in site_findings)
        for rule in sorted({finding.rule for finding in site_findings}):
            open_count = counts[(rule, FindingStatus.OPEN)]
            waived_count = counts[(rule, FindingStatus.WAIVED)]
            lines.append(f"   {rule_title(rule)}: {open_count} chưa xử lý, {waived_count} được miễn")
        for finding in site_findings:
            where = urls.get(finding.page_id) or (f"trang #{finding.page_id}" if finding.page_id else "")
            if finding.object_kind != "page":
                kind = dict(finding._meta.get_field("object_kind").choices).get(finding.object_kind)
                where = f"{kind} #{finding.object_id}" + (f" trên {where}" if where else "")
            lines.append(
                f" - [{severity_labels.get(finding.severity, finding.severity)}] "
                f"[{status_labels.get(finding.status, finding.status)}] {rule_title(finding.rule)} {where}: "
                f"{finding.evidence}"
            )
            if finding.overridden_at:
                when = timezone.localtime(finding.overridden_at)
                lines.append(
                    f"   Xuất bản bỏ qua cảnh báo: {person(finding.overridden_by)}, {when:%H:%M %d/%m/%Y}; "
                    f"lý do: {finding.override_reason}"
                )
    return "\n".join(lines) + "\n"
