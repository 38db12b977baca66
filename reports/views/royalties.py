"""Báo cáo biên tập › Chấm nhuận bút and › Bảng nhuận bút: the board of the authority only."""

from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages

from cms.spreadsheets import FORMATS, attachment

from ..royalties import GradingError, grading_rows, point_value, royalty_sheet, save_grades, sheet_file, vnd
from .board import BoardAuthorityMixin
from .menu import BoardMenuItem


class RoyaltyScreenMixin(BoardAuthorityMixin):
    header_icon = "doc-full"

    def query(self):
        return f"?authority={self.authority.pk}&period={self.period.code}"


class GradingView(RoyaltyScreenMixin, TemplateView):
    template_name = "reports/royalties/grading.html"
    page_title = "Chấm nhuận bút"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.period:
            context["rows"] = grading_rows(self.authority, self.period)
            context["sheet_url"] = reverse("reports_royalty_sheet") + self.query()
        return context

    def post(self, request):
        if self.period is None:
            messages.error(request, self.period_error)
            return redirect(reverse("reports_royalty_grading") + f"?authority={self.authority.pk}")
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


class SheetView(RoyaltyScreenMixin, TemplateView):
    template_name = "reports/royalties/sheet.html"
    page_title = "Bảng nhuận bút"

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("format", "")
        if fmt in FORMATS and self.period:
            content = sheet_file(self.authority, self.period, fmt, request.user)
            return attachment(content, fmt, f"nhuan-but-{self.authority.pk}-{self.period.code}.{fmt}")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.period is None:
            return context
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
