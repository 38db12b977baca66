"""Reporting periods: a month, quarter, half year, nine months or year under the authority's
rule of where a month starts, or any range of days.

Under a rule that starts months on day 20, the month named is the one the period ends in:
"2017-02" is 20/01–19/02/2017, and the year 2017 runs from 20/12/2016 to 19/12/2017.
Accepted texts: ``2017-02`` or ``02/2017`` (a month), ``2017-Q1`` (a quarter), ``2017-H1``
(the first six months), ``2017-9T`` (the first nine months), ``2017`` (the year).
"""

import datetime
import re
from dataclasses import dataclass

from .models.rules import MONTHS_IN, PeriodKind

MAX_RANGE_DAYS = 5 * 366
FIRST_YEAR, LAST_YEAR = 2000, 2100

_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})$|^(?P<month2>\d{1,2})/(?P<year2>\d{4})$")
_QUARTER = re.compile(r"^(?P<year>\d{4})-[QqIi](?P<quarter>[1-4])$")
_HALF = re.compile(r"^(?P<year>\d{4})-[Hh]1$")
_NINE = re.compile(r"^(?P<year>\d{4})-9[TtMm]$")
_YEAR = re.compile(r"^(?P<year>\d{4})$")


class PeriodError(ValueError):
    """A period text or range that means no period; the message is for the user."""


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # the last day, included
    kind: str | None  # a PeriodKind, or None for a range of days
    label: str
    code: str | None = None  # the text `parse_period` reads back; None for a range of days

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def same_period_a_year_earlier(self):
        start, end = _a_year_earlier(self.start), _a_year_earlier(self.end)
        return Period(start, end, self.kind, f"cùng kỳ năm {end.year}" if self.kind else _range_label(start, end))

    def days_left(self, today):
        """Days of the period still to come after `today` (0 once it has ended)."""
        if today >= self.end:
            return 0
        return (self.end - max(today, self.start - datetime.timedelta(days=1))).days


def _a_year_earlier(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _month_bounds(year, month, start_day):
    """First and last day of reporting month `month` of `year` when months start on `start_day`."""
    if start_day == 1:
        first = datetime.date(year, month, 1)
    else:
        previous_year, previous_month = (year - 1, 12) if month == 1 else (year, month - 1)
        first = datetime.date(previous_year, previous_month, start_day)
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    following_first = (
        datetime.date(next_year, next_month, 1) if start_day == 1 else datetime.date(year, month, start_day)
    )
    return first, following_first - datetime.timedelta(days=1)


def months(year, first_month, last_month, kind, label, code, start_day=1):
    start, _ = _month_bounds(year, first_month, start_day)
    _, end = _month_bounds(year, last_month, start_day)
    return Period(start, end, kind, label, code)


def month_period(year, month, start_day=1):
    return months(year, month, month, PeriodKind.MONTH, f"tháng {month:02d}/{year}", f"{year}-{month:02d}", start_day)


def parse_period(text, start_day=1):
    """The period a text names, under months that start on `start_day`."""
    text = (text or "").strip()
    if match := _MONTH.match(text):
        year = int(match["year"] or match["year2"])
        month = int(match["month"] or match["month2"])
        if not 1 <= month <= 12:
            raise PeriodError(f"Tháng “{month}” không hợp lệ: tháng phải từ 01 đến 12.")
        _check_year(year)
        return month_period(year, month, start_day)
    if match := _QUARTER.match(text):
        year, quarter = int(match["year"]), int(match["quarter"])
        _check_year(year)
        last = quarter * 3
        label = f"quý {_ROMAN[quarter]}/{year}"
        return months(year, last - 2, last, PeriodKind.QUARTER, label, f"{year}-Q{quarter}", start_day)
    if match := _HALF.match(text):
        year = int(match["year"])
        _check_year(year)
        return months(year, 1, 6, PeriodKind.HALF_YEAR, f"6 tháng đầu năm {year}", f"{year}-H1", start_day)
    if match := _NINE.match(text):
        year = int(match["year"])
        _check_year(year)
        return months(year, 1, 9, PeriodKind.NINE_MONTHS, f"9 tháng đầu năm {year}", f"{year}-9T", start_day)
    if match := _YEAR.match(text):
        year = int(match["year"])
        _check_year(year)
        return months(year, 1, 12, PeriodKind.YEAR, f"năm {year}", f"{year}", start_day)
    raise PeriodError(
        f"Không hiểu kỳ báo cáo “{text}”. Dùng: 2017-02 (tháng), 2017-Q1 (quý), 2017-H1 (6 tháng), "
        "2017-9T (9 tháng), 2017 (năm), hoặc khoảng ngày từ … đến …."
    )


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _check_year(year):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(f"Năm {year} nằm ngoài khoảng báo cáo được ({FIRST_YEAR}–{LAST_YEAR}).")


def parse_date(text, name):
    """A day written 2017-02-19 or 19/02/2017; `name` says which bound, for the message."""
    text = (text or "").strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise PeriodError(f"Ngày {name} “{text}” không hợp lệ: viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY.")


def date_range(start, end):
    if end < start:
        raise PeriodError(f"Ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y}.")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise PeriodError("Khoảng báo cáo dài quá 5 năm; hãy chọn khoảng ngắn hơn.")
    _check_year(start.year)
    _check_year(end.year)
    return Period(start, end, None, _range_label(start, end))


def _range_label(start, end):
    return f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"


def period_containing(day, start_day=1):
    """The reporting month `day` falls in."""
    year, month = day.year, day.month
    if start_day != 1 and day.day >= start_day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return month_period(year, month, start_day)


def months_in(period):
    return MONTHS_IN.get(period.kind)
