"""The admin report "Thống kê truy cập": visits per day or per month of a site (or of all the
sites the user reads, added up), a bar chart drawn as inline SVG, CSV and XLSX downloads.

Only sites of `visit_access.report_sites(user)` are offered; asking for another one is refused
with a 403, as is a user who reads none.
"""

from datetime import timedelta

from django import forms
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.urls import path, reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views import generic

from cms.spreadsheets import FORMATS, attachment, csv_bytes, xlsx_bytes

from .admin_views import refusal
from .models import SiteVisitDay
from .visit_access import may_open_visit_report, report_site_ids, report_sites
from .visits import flush_visits, vietnamese_number

ALL_SITES = "tat-ca"
BY_DAY, BY_MONTH = "ngay", "thang"
MAX_DAYS = 731
NO_REPORT = "Tài khoản của bạn không xem được thống kê truy cập của trang nào."
NOT_YOURS = "Bạn không xem được thống kê truy cập của trang này: trang không thuộc đơn vị của bạn."
CHART_WIDTH, CHART_HEIGHT = 760, 200
COLUMNS = {BY_DAY: "Ngày", BY_MONTH: "Tháng"}


class ReportForm(forms.Form):
    site = forms.CharField(label="Trang thông tin", required=False)
    theo = forms.ChoiceField(label="Theo", choices=((BY_DAY, "Ngày"), (BY_MONTH, "Tháng")), required=False)
    tu = forms.DateField(label="Từ ngày", required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    den = forms.DateField(label="Đến ngày", required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"])

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        for name in ("tu", "den"):
            self.fields[name].error_messages["invalid"] = "Ngày không hợp lệ (dạng ngày/tháng/năm)."

    def clean(self):
        cleaned = super().clean()
        by = cleaned.get("theo") or BY_DAY
        end = cleaned.get("den") or self.today
        start = cleaned.get("tu") or (end - timedelta(days=29) if by == BY_DAY else end.replace(month=1, day=1))
        if start > end:
            raise forms.ValidationError("Ngày bắt đầu phải trước ngày kết thúc.")
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(f"Khoảng thời gian tối đa là {MAX_DAYS} ngày.")
        cleaned.update(theo=by, tu=start, den=end)
        return cleaned


def _months(start, end):
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def report_rows(site_ids, by, start, end):
    """[(date or month, visits, bot visits)] for every day or month of the period, zeros included."""
    days = SiteVisitDay.objects.filter(site_id__in=site_ids, date__gte=start, date__lte=end)
    if by == BY_MONTH:
        found = {
            row["month"]: (row["visits"], row["bots"])
            for row in days.annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(visits=Sum("visits"), bots=Sum("bot_visits"))
        }
        found = {(key.date() if hasattr(key, "date") else key): value for key, value in found.items()}
        periods = list(_months(start, end))
    else:
        found = {
            row["date"]: (row["visits"], row["bots"])
            for row in days.values("date").annotate(visits=Sum("visits"), bots=Sum("bot_visits"))
        }
        periods = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    return [(period, *found.get(period, (0, 0))) for period in periods]


def period_label(period, by):
    return f"{period:%m/%Y}" if by == BY_MONTH else f"{period:%d/%m/%Y}"


def chart_bars(rows, by):
    """Bars of the chart: position and height of each period's visits, scaled to the largest."""
    if not rows:
        return []
    largest = max(visits for _, visits, _ in rows) or 1
    width = CHART_WIDTH / len(rows)
    bars = []
    for index, (period, visits, _bots) in enumerate(rows):
        height = round(CHART_HEIGHT * visits / largest, 1)
        bars.append(
            {
                "x": round(index * width, 2),
                "y": round(CHART_HEIGHT - height, 1),
                "width": round(max(width - 1, 0.5), 2),
                "height": height,
                "label": f"{period_label(period, by)}: {vietnamese_number(visits)} lượt",
            }
        )
    return bars


class VisitReportView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "engagement/admin/visit_report.html"
    page_title = "Thống kê truy cập"
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        self.sites = list(report_sites(request.user)) if may_open_visit_report(request.user) else []
        if not self.sites:
            return refusal(request, NO_REPORT)
        self.form = ReportForm(request.GET or None, today=timezone.localdate())
        chosen = request.GET.get("site") or (ALL_SITES if len(self.sites) > 1 else str(self.sites[0].pk))
        if chosen == ALL_SITES:
            self.site_ids, self.scope = [site.pk for site in self.sites], "Tất cả các trang (cộng lại)"
        else:
            allowed = report_site_ids(request.user)
            site = next((site for site in self.sites if str(site.pk) == chosen), None)
            if site is None or (allowed is not None and site.pk not in allowed):
                return refusal(request, NOT_YOURS)
            self.site_ids, self.scope = [site.pk], f"{site.site_name or site.hostname} ({site.hostname})"
        self.chosen = chosen
        fmt = request.GET.get("format")
        if fmt in FORMATS and self._valid():
            return self.download(fmt)
        return super().dispatch(request, *args, **kwargs)

    def _valid(self):
        return self.form.is_valid() if self.form.is_bound else True

    def period(self):
        if self.form.is_bound and self.form.is_valid():
            data = self.form.cleaned_data
        else:
            form = ReportForm({}, today=timezone.localdate())
            form.is_valid()
            data = form.cleaned_data
        return data["theo"], data["tu"], data["den"]

    def rows(self):
        flush_visits()  # today's visits still in the buffer belong in the report
        by, start, end = self.period()
        return by, start, end, report_rows(self.site_ids, by, start, end)

    def heading(self, by, start, end):
        return [
            ["Thống kê truy cập"],
            [f"Trang: {self.scope}"],
            [f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}, theo {COLUMNS[by].lower()}"],
            [f"Lập ngày {timezone.localdate():%d/%m/%Y}"],
        ]

    def download(self, fmt):
        by, start, end, rows = self.rows()
        columns = [COLUMNS[by], "Lượt khách truy cập", "Lượt máy chủ tìm kiếm"]
        cells = [[period_label(period, by), visits, bots] for period, visits, bots in rows]
        if fmt == "xlsx":
            content = xlsx_bytes(self.heading(by, start, end), columns, cells, [16, 22, 24], "Thống kê truy cập")
        else:
            content = csv_bytes(self.heading(by, start, end), columns, cells)
        return attachment(content, fmt, f"thong-ke-truy-cap-{start:%Y%m%d}-{end:%Y%m%d}.{fmt}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        by, start, end, rows = self.rows()
        query = self.request.GET.copy()
        query.pop("format", None)
        query["site"] = self.chosen
        context.update(
            form=self.form,
            sites=self.sites,
            chosen=self.chosen,
            all_sites=ALL_SITES,
            by=by,
            start=start,
            end=end,
            scope=self.scope,
            rows=[(period_label(period, by), vietnamese_number(v), vietnamese_number(b)) for period, v, b in rows],
            total=vietnamese_number(sum(v for _, v, _ in rows)),
            total_bots=vietnamese_number(sum(b for _, _, b in rows)),
            bars=chart_bars(rows, by),
            chart_width=CHART_WIDTH,
            chart_height=CHART_HEIGHT,
            downloads=[
                (f"{reverse('engagement_visit_report')}?{query.urlencode()}&format={fmt}", label)
                for fmt, label in (("xlsx", "Excel (XLSX)"), ("csv", "CSV"))
            ],
            column=COLUMNS[by],
        )
        return context


urlpatterns = [path("", VisitReportView.as_view(), name="engagement_visit_report")]
