"""The period picker and the filters of the report screens, read from the query string.

Every field may be left empty: no period means the authority's current reporting month. A
period that means nothing (an unknown text, an end before the start, more than five years)
is a form error in Vietnamese, shown on the page.
"""

from django import forms
from django.utils import timezone

from ..models.rules import CONTRIBUTING_KINDS
from ..periods import PeriodError, date_range, parse_date, parse_period, period_containing

PERIOD_HELP = "Ví dụ: 2017-02 (tháng), 2017-Q1 (quý), 2017-H1 (6 tháng), 2017-9T (9 tháng), 2017 (năm)."


class PeriodForm(forms.Form):
    period = forms.CharField(label="Kỳ báo cáo", required=False, max_length=20, help_text=PERIOD_HELP)
    date_from = forms.CharField(label="Hoặc từ ngày", required=False, max_length=20)
    date_to = forms.CharField(label="đến hết ngày", required=False, max_length=20)

    def __init__(self, data, start_day=1, today=None, **kwargs):
        super().__init__(data, **kwargs)
        self.start_day = start_day
        self.today = today or timezone.localdate()
        self.fields["period"].widget.attrs.update(placeholder=self.current_month.code, list="report-periods")
        for name in ("date_from", "date_to"):
            self.fields[name].widget.attrs.update(placeholder="DD/MM/YYYY")

    @property
    def current_month(self):
        return period_containing(self.today, self.start_day)

    def period_suggestions(self):
        """The periods a board asks for most: this month and the last, this quarter, half, nine months, year."""
        month = self.current_month
        year, number = (int(part) for part in month.code.split("-"))
        last_year, last_month = (year - 1, 12) if number == 1 else (year, number - 1)
        codes = [month.code, f"{last_year}-{last_month:02d}", f"{year}-Q{(number - 1) // 3 + 1}"]
        codes += [f"{year}-H1", f"{year}-9T", str(year), str(year - 1)]
        return [parse_period(code, self.start_day) for code in codes]

    def clean(self):
        data = super().clean()
        text, first, last = data.get("period", ""), data.get("date_from", ""), data.get("date_to", "")
        try:
            if text and (first or last):
                raise PeriodError("Chọn kỳ báo cáo hoặc khoảng ngày, không chọn cả hai.")
            if first or last:
                if not (first and last):
                    raise PeriodError("Khoảng ngày cần cả ngày bắt đầu và ngày kết thúc.")
                data["period_chosen"] = date_range(parse_date(first, "bắt đầu"), parse_date(last, "kết thúc"))
            elif text:
                data["period_chosen"] = parse_period(text, self.start_day)
            else:
                data["period_chosen"] = self.current_month
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        return data

    def period_query(self):
        """The period part of the query string, to carry it to the unit details and the downloads."""
        return {name: self.data.get(name, "") for name in ("period", "date_from", "date_to") if self.data.get(name)}


class ContributionFilterForm(PeriodForm):
    unit_kind = forms.ChoiceField(label="Loại đơn vị", required=False, choices=[("", "Tất cả")] + CONTRIBUTING_KINDS)
    below_quota = forms.BooleanField(label="Chỉ đơn vị chưa đạt chỉ tiêu", required=False)
    zero = forms.BooleanField(label="Chỉ đơn vị chưa có tin bài", required=False)

    def filtered(self, rows):
        data = self.cleaned_data
        if data.get("unit_kind"):
            rows = [row for row in rows if row.unit.kind == data["unit_kind"]]
        if data.get("below_quota"):
            rows = [row for row in rows if row.below_quota]
        if data.get("zero"):
            rows = [row for row in rows if not row.counts.total]
        return rows

    def query(self):
        query = self.period_query()
        for name in ("unit_kind", "below_quota", "zero"):
            if self.data.get(name):
                query[name] = self.data[name]
        return query

    @property
    def is_filtered(self):
        return any(self.cleaned_data.get(name) for name in ("unit_kind", "below_quota", "zero"))
