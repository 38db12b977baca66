"""The compliance overview: current findings per site and rule, totals per severity, last inspections."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views import generic

from .. import access
from ..models import SEVERITY_RANK, Finding, FindingStatus, Inspection, Severity, Trigger
from ..overrides import recent_overrides
from ..rules import rule_title
from .common import rule_codes


class DashboardView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/dashboard.html"
    page_title = "Kiểm tra tuân thủ: tổng quan"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not access.can_use_compliance(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": "Kiểm tra tuân thủ"}]

    @cached_property
    def sites(self):
        return list(
            access.visible_sites(self.request.user)
            .filter(unit__isnull=False)
            .order_by("-is_default_site", "site_name", "hostname")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        site_ids = [site.pk for site in self.sites]
        current = Finding.objects.current().filter(site__in=site_ids)

        cells = {}
        for row in current.values("site_id", "rule").annotate(
            open=Count("pk", filter=Q(status=FindingStatus.OPEN)),
            waived=Count("pk", filter=Q(status=FindingStatus.WAIVED)),
        ):
            cells[row["site_id"], row["rule"]] = row
        rules = rule_codes()
        findings_url = reverse("compliance_findings:index")

        last_inspected = dict(
            Inspection.sites.through.objects.filter(site_id__in=site_ids)
            .values("site_id")
            .annotate(last=Max("inspection__started_at"))
            .values_list("site_id", "last")
        )
        rows = []
        for site in self.sites:
            row_cells = []
            site_open = site_waived = 0
            for rule in rules:
                cell = cells.get((site.pk, rule), {"open": 0, "waived": 0})
                site_open += cell["open"]
                site_waived += cell["waived"]
                row_cells.append(
                    {
                        "open": cell["open"],
                        "waived": cell["waived"],
                        "url": findings_url + "?" + urlencode({"site": site.pk, "rule": rule}),
                    }
                )
            rows.append(
                {
                    "site": site,
                    "cells": row_cells,
                    "open": site_open,
                    "waived": site_waived,
                    "url": findings_url + "?" + urlencode({"site": site.pk}),
                    "export_query": urlencode({"site": site.pk}),
                    "last_inspected": last_inspected.get(site.pk),
                }
            )

        by_severity = {
            row["severity"]: row
            for row in current.values("severity").annotate(
                open=Count("pk", filter=Q(status=FindingStatus.OPEN)),
                waived=Count("pk", filter=Q(status=FindingStatus.WAIVED)),
            )
        }
        severities = [
            {
                "label": label,
                "open": by_severity.get(value, {}).get("open", 0),
                "waived": by_severity.get(value, {}).get("waived", 0),
                "url": findings_url + "?" + urlencode({"severity": value}),
            }
            for value, label in sorted(Severity.choices, key=lambda choice: -SEVERITY_RANK[choice[0]])
        ]
        visible_inspections = access.POLICIES[Inspection].instances_user_has_any_permission_for(user, ["view"])
        context.update(
            rules=[{"code": code, "title": rule_title(code)} for code in rules],
            rows=rows,
            severities=severities,
            total_open=sum(item["open"] for item in severities),
            total_waived=sum(item["waived"] for item in severities),
            last_inspection=visible_inspections.order_by("-started_at").first(),
            can_scan=access.can_waive(user),
            sites=self.sites,
            overrides=self.overrides(current),
        )
        return context

    def overrides(self, current):
        """The findings the board most recently published over, with who, when and why."""
        findings = list(recent_overrides(current))
        for finding in findings:
            finding.rule_title = rule_title(finding.rule)
            finding.detail_url = reverse("compliance_findings:detail", args=[finding.pk])
        return findings


class ScanNowView(generic.base.View):
    """“Quét ngay”: an inspector scans one site, or every site it reads, from the dashboard (POST only)."""

    http_method_names = ["post"]

    def post(self, request):
        from ..scanner import run_scan

        user = request.user
        if not access.can_waive(user):
            raise PermissionDenied
        sites = access.visible_sites(user).filter(unit__isnull=False)
        site_id = request.POST.get("site", "")
        if site_id:
            sites = sites.filter(pk=site_id) if site_id.isdigit() else sites.none()
            if not sites.exists():
                raise PermissionDenied
        inspection = run_scan(list(sites), Trigger.ADMIN, user)
        messages.success(
            request,
            f"Đã quét {inspection.pages_scanned} trang: {inspection.open_count} vi phạm chưa xử lý, "
            f"{inspection.waived_count} được miễn, {inspection.resolved_count} đã khắc phục.",
        )
        return redirect("compliance_inspections:detail", inspection.pk)
