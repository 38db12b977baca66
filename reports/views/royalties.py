"""Báo cáo biên tập › Chấm nhuận bút and › Bảng nhuận bút: the board of the authority only."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views import generic

from cms.spreadsheets import FORMATS, attachment

from ..access import authorities_edited_by, may_edit_rules
from ..contributions import authority_period, month_start_day
from ..periods import PeriodError, period_containing
from ..royalties import GradingError, grading_rows, point_value, royalty_sheet, save_grades, sheet_file, vnd
from .menu import BoardMenuItem


class BoardPeriodMixin(generic.WagtailAdminTemplateMixin):
    """The authority (one the user is on the board of; `?authority=` when several) and the period
    (`?period=`, default the authority's current month) of a royalty screen."""

    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_rules(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def authorities(self):
        return list(authorities_edited_by(self.request.user).select_related("site").order_by("name"))

    @cached_property
    def authority(self):
        chosen = self.request.GET.get("authority", "")
        if chosen:
            found = [unit for unit in self.authorities if str(unit.pk) == chosen]
            if not found:
                raise PermissionDenied
            return found[0]
        if not self.authorities:
            raise Http404("Chưa có đơn vị chủ quản nào.")
        return self.authorities[0]

    @cached_property
    def _period_and_error(self):
        text = self.request.GET.get("period", "").strip()
        if text:
            try:
                return authority_period(self.authority, text), None
            except PeriodError as error:
                return period_containing(timezone.localdate(), month_start_day(self.authority)), str(error)
        return period_containing(timezone.localdate(), month_start_day(self.authority)), None

    @property
    def period(self):
        return self._period_and_error[0]

    @property
    def period_error(self):
        return self._period_and_error[1]

    def query(self):
        return f"?authority={self.authority.pk}&period={self.period.code}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            authorities=self.authorities,
            authority=self.authority,
            period=self.period,
            period_error=self.period_error,
            period_text=self.request.GET.get("period", "") if self.period_error else self.period.code,
        )
        return context


class GradingView(BoardPeriodMixin, TemplateView):
    template_name = "reports/royalties/grading.html"
    page_title = "Chấm nhuận bút"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = grading_rows(self.authority, self.period)
        context["sheet_url"] = reverse("reports_royalty_sheet") + self.query()
        return context

    def post(self, request):
        chosen = {}
        for key, value in request.POST.items():
            if key.startswith("grade-") and key[6:].isdigit():
                chosen[int(key[6:])] = int(value) if value.isdigit() else None
        try:
            save_grades(self.authority, self.period, chosen, request.user)
        except GradingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"Đã lưu điểm nhuận bút của {len(chosen)} tin bài.")
        return redirect(reverse("reports_royalty_grading") + self.query())


class SheetView(BoardPeriodMixin, TemplateView):
    template_name = "reports/royalties/sheet.html"
    page_title = "Bảng nhuận bút"

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("format", "")
        if fmt in FORMATS and not self.period_error:
            content = sheet_file(self.authority, self.period, fmt, request.user)
            return attachment(content, fmt, f"nhuan-but-{self.authority.pk}-{self.period.code}.{fmt}")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows, total = royalty_sheet(self.authority, self.period)
        value, basis = point_value(self.authority)
        context.update(
            rows=rows,
            total=total,
            point_value_text=vnd(value),
            basis=basis,
            grading_url=reverse("reports_royalty_grading") + self.query(),
            export_query=self.query(),
        )
        return context


urlpatterns = [
    path("cham/", GradingView.as_view(), name="reports_royalty_grading"),
    path("bang/", SheetView.as_view(), name="reports_royalty_sheet"),
]


def menu_items():
    return [
        BoardMenuItem("Chấm nhuận bút", reverse_lazy("reports_royalty_grading"), icon_name="edit", order=600),
        BoardMenuItem("Bảng nhuận bút", reverse_lazy("reports_royalty_sheet"), icon_name="doc-full", order=610),
    ]
