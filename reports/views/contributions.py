"""The contribution table screen, its CSV/XLSX downloads and a unit's detail.

Editors and head editors have no table of their own: the table screen sends them to their
unit's detail, which shows their unit's figures (its row of the table) and its items. A unit's
detail in the URL that the user may not read is refused whatever the unit (another
authority's, another commune's, or none at all), so the answer tells nothing about it.
"""

import dataclasses
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views import generic

from cms.spreadsheets import FORMATS, attachment, csv_bytes, xlsx_bytes
from sites.models import Unit

from ..contributions import aware_bounds, contribution_table, month_start_day, sent_back_articles
from ..exports import COLUMNS, as_csv, as_xlsx, authority_line, filename, summary_lines, table_rows
from ..models import PublishedItem
from .forms import ContributionFilterForm, PeriodForm
from .scope import authorities_read_by, may_open_reports, may_read_authority, may_read_unit, own_unit_ids

TITLE = "Tham gia cung cấp tin bài"
ITEMS_PER_PAGE = 100


def refusal(request, message):
    """A 403 with the reason in Vietnamese, inside the admin."""
    context = {"page_title": "Không có quyền xem báo cáo", "header_title": "Không có quyền xem báo cáo"}
    context["message"] = message
    return TemplateResponse(request, "reports/refused.html", context, status=403)


NO_REPORT = "Tài khoản của bạn không xem được báo cáo biên tập (cộng tác viên không xem báo cáo)."
NOT_YOURS = "Bạn không xem được số liệu của đơn vị này: chỉ Ban biên tập, kiểm tra viên của đơn vị chủ quản và biên tập viên của chính đơn vị mới xem được."  # noqa: E501


def _with_query(url, query):
    return f"{url}?{urlencode(query)}" if query else url


class ReportView(generic.WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("reports_contributions"), "label": "Báo cáo biên tập"},
            {"url": "", "label": self.get_page_title()},
        ]


class ContributionTableView(ReportView):
    template_name = "reports/contribution_table.html"
    page_title = TITLE

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not may_open_reports(user):
            return refusal(request, NO_REPORT)
        self.authorities = list(authorities_read_by(user))
        if not self.authorities:
            return self.to_own_unit(request)
        chosen = request.GET.get("authority", "")
        if chosen:
            self.authority = next((unit for unit in self.authorities if str(unit.pk) == chosen), None)
            if self.authority is None:
                return refusal(request, "Bạn không xem được báo cáo của đơn vị chủ quản này.")
        else:
            self.authority = self.authorities[0]
        self.form = ContributionFilterForm(request.GET, start_day=month_start_day(self.authority))
        return super().dispatch(request, *args, **kwargs)

    def to_own_unit(self, request):
        """Editors and head editors read their own unit's figures on its detail."""
        units = Unit.objects.filter(pk__in=own_unit_ids(request.user)).order_by("name")
        unit = next((unit for unit in units if unit.authority is not None), None)
        if unit is None:
            return refusal(request, NO_REPORT)
        query = PeriodForm(request.GET).period_query()
        return redirect(_with_query(reverse("reports_unit", args=[unit.pk]), query))

    def table(self):
        table = contribution_table(self.authority, self.form.cleaned_data["period_chosen"])
        return table, dataclasses.replace(table, rows=self.form.filtered(table.rows))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, authority=self.authority, authorities=self.authorities)
        if not self.form.is_valid():
            return context
        table, shown = self.table()
        query = self.form.query()
        if len(self.authorities) > 1:
            query["authority"] = self.authority.pk
        period_query = self.form.period_query()
        rows = []
        for row, cells in zip(shown.rows, table_rows(shown), strict=True):
            rows.append(
                {
                    "row": row,
                    "number": cells[0],
                    "name": cells[1],
                    "cells": cells[2:],
                    "url": _with_query(reverse("reports_unit", args=[row.unit.pk]), period_query),
                }
            )
        context.update(
            table=table,
            period=table.period,
            authority_line=authority_line(table),
            summary=summary_lines(table),
            columns=COLUMNS[2:],
            rows=rows,
            filtered=self.form.is_filtered,
            downloads=[
                (label, _with_query(reverse("reports_contributions_export", args=[fmt]), query))
                for fmt, label in (("xlsx", "Excel (XLSX)"), ("csv", "CSV"))
            ],
            authority_url=_with_query(reverse("reports_unit", args=[self.authority.pk]), period_query),
            period_suggestions=self.form.period_suggestions(),
        )
        return context


class ContributionExportView(ContributionTableView):
    """The table as shown (same period, authority and filters) as XLSX or CSV."""

    def to_own_unit(self, request):
        return refusal(request, "Tệp báo cáo của cả bảng chỉ dành cho Ban biên tập và kiểm tra viên.")

    def get(self, request, fmt):
        if fmt not in FORMATS:
            raise Http404
        if not self.form.is_valid():
            # The table screen shows what is wrong with the period.
            return redirect(_with_query(reverse("reports_contributions"), request.GET.dict()))
        _table, shown = self.table()
        content = (as_xlsx if fmt == "xlsx" else as_csv)(shown, request.user)
        return attachment(content, fmt, filename(shown, fmt))


class UnitDetailView(ReportView):
    """One unit's figures in the period, its published items (with links) and its items sent back.
    For the authority itself: what its own portal published."""

    template_name = "reports/unit_detail.html"

    def dispatch(self, request, unit_id, *args, **kwargs):
        if not may_open_reports(request.user):
            return refusal(request, NO_REPORT)
        self.unit = Unit.objects.select_related("parent__site", "site").filter(pk=unit_id).first()
        if self.unit is None or not may_read_unit(request.user, self.unit):
            return refusal(request, NOT_YOURS)
        self.authority = self.unit.authority
        self.form = PeriodForm(request.GET, start_day=month_start_day(self.authority))
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.unit.name

    @property
    def is_authority(self):
        return self.unit.pk == self.authority.pk

    def figures(self):
        """The contribution table of the period, and the unit's counts, quota and ratio in it."""
        table = contribution_table(self.authority, self.form.cleaned_data["period_chosen"])
        if self.is_authority:
            counts, quota = table.authority_counts, table.authority_quota
            return table, counts, quota, round(counts.total / quota, 2) if quota else None
        row = next(row for row in table.rows if row.unit.pk == self.unit.pk)
        return table, row.counts, row.quota, row.ratio

    def items(self, table):
        """The unit's published items in the period, counted as the table counts them (for the
        authority: whatever its own portal published), latest first."""
        if self.is_authority:
            items = PublishedItem.objects.filter(site_id=self.authority.site_id)
        else:
            site_ids = {unit.site_id for unit in [self.authority, *(row.unit for row in table.rows)] if unit.site_id}
            items = PublishedItem.objects.filter(unit=self.unit, site_id__in=site_ids)
        start, end = aware_bounds(table.period)
        return (
            items.filter(published_at__gte=start, published_at__lt=end)
            .select_related("page", "site")
            .order_by("-published_at", "page_id")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(form=self.form, unit=self.unit, is_authority=self.is_authority)
        others = own_unit_ids(self.request.user) - {self.unit.pk}
        context["other_units"] = [
            (unit, reverse("reports_unit", args=[unit.pk]))
            for unit in Unit.objects.filter(pk__in=others).order_by("name")
        ]
        if not self.form.is_valid():
            return context
        table, counts, quota, ratio = self.figures()
        page = Paginator(self.items(table), ITEMS_PER_PAGE).get_page(self.request.GET.get("p"))
        for item in page:
            item.edit_url = reverse("wagtailadmin_pages:edit", args=[item.page_id])
            item.public_url = item.page.get_full_url(self.request)
        period_query = self.form.period_query()
        context.update(
            table=table,
            period=table.period,
            counts=counts,
            quota=quota,
            ratio=ratio,
            items=page,
            page_query=period_query,
            sent_back=sent_back_items(table, self.unit),
            table_url=_with_query(reverse("reports_contributions"), {**period_query, "authority": self.authority.pk}),
            may_see_table=may_read_authority(self.request.user, self.authority),
            downloads=[
                (label, _with_query(reverse("reports_unit_export", args=[self.unit.pk, fmt]), period_query))
                for fmt, label in (("xlsx", "Excel (XLSX)"), ("csv", "CSV"))
            ],
        )
        return context


UNIT_COLUMNS = ["STT", "Tiêu đề", "Loại", "Ngày đăng", "Trang thông tin", "Ảnh", "Địa chỉ"]
UNIT_WIDTHS = [6, 60, 12, 16, 28, 8, 50]


class UnitExportView(UnitDetailView):
    """The unit's items of the period as XLSX or CSV, titled and dated like the table."""

    def get(self, request, fmt):
        if fmt not in FORMATS:
            raise Http404
        if not self.form.is_valid():
            return redirect(_with_query(reverse("reports_unit", args=[self.unit.pk]), request.GET.dict()))
        table, counts, quota, _ratio = self.figures()
        period = table.period
        when = timezone.localtime()
        heading = [
            [f"Tin bài của {self.unit.name}"],
            [f"Đơn vị chủ quản: {self.authority.name}"],
            [f"Kỳ báo cáo: {period.label} (từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y})"],
            [f"Tổng tin bài: {counts.total}" + (f"/{quota} (chỉ tiêu)" if quota is not None else "")],
            [f"Ngày lập: {when:%d/%m/%Y %H:%M}"],
            [f"Người lập: {request.user.get_full_name() or request.user.get_username()}"],
        ]
        rows = [
            [
                number,
                item.page.title,
                item.get_kind_display(),
                f"{timezone.localtime(item.published_at):%d/%m/%Y %H:%M}",
                item.site.site_name or item.site.hostname if item.site_id else "",
                item.photos,
                item.page.get_full_url(request) or "",
            ]
            for number, item in enumerate(self.items(table), start=1)
        ]
        if fmt == "xlsx":
            content = xlsx_bytes(heading, UNIT_COLUMNS, rows, UNIT_WIDTHS, "Tin bài của đơn vị")
        else:
            content = csv_bytes(heading, UNIT_COLUMNS, rows)
        name = period.code or f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"
        return attachment(content, fmt, f"tin-bai-don-vi-{self.unit.pk}-{name}.{fmt}")


def sent_back_items(table, unit):
    """The articles behind the table's "Bị trả lại" figure for one unit (for the authority: those on
    its own portal), with the latest rejection's date, reviewer and comment."""
    authority = table.authority
    found = []
    for item in sent_back_articles(table.units_by_site, table.period):
        if item.site_id != authority.site_id if unit.pk == authority.pk else item.unit_id != unit.pk:
            continue
        found.append(
            {
                "title": item.article.title,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[item.article.pk]),
                "when": item.rejection.finished_at,
                "by": item.rejection.finished_by,
                "comment": item.rejection.comment,
            }
        )
    return found
