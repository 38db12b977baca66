import datetime

import pytest

from reports.periods import PeriodError, date_range, parse_date, parse_period, period_containing

day = datetime.date


@pytest.mark.parametrize(
    "text, start_day, start, end",
    [
        ("2017-02", 20, day(2017, 1, 20), day(2017, 2, 19)),  # Hàm Tân's month (seed 000)
        ("02/2017", 20, day(2017, 1, 20), day(2017, 2, 19)),
        ("2017-01", 20, day(2016, 12, 20), day(2017, 1, 19)),
        ("2017-02", 1, day(2017, 2, 1), day(2017, 2, 28)),
        ("2024-02", 1, day(2024, 2, 1), day(2024, 2, 29)),
        ("2017-12", 1, day(2017, 12, 1), day(2017, 12, 31)),
        ("2017-Q1", 1, day(2017, 1, 1), day(2017, 3, 31)),
        ("2017-Q4", 20, day(2017, 9, 20), day(2017, 12, 19)),
        ("2017-H1", 1, day(2017, 1, 1), day(2017, 6, 30)),
        ("2020-9T", 1, day(2020, 1, 1), day(2020, 9, 30)),  # Ninh Phước's nine months (seed 001)
        ("2017", 20, day(2016, 12, 20), day(2017, 12, 19)),
        ("2017", 1, day(2017, 1, 1), day(2017, 12, 31)),
    ],
)
def test_named_periods_follow_the_authoritys_month_start(text, start_day, start, end):
    period = parse_period(text, start_day)
    assert (period.start, period.end) == (start, end)
    assert parse_period(period.code, start_day) == period


def test_labels_are_what_the_board_writes():
    assert parse_period("2017-02", 20).label == "tháng 02/2017"
    assert parse_period("2020-9T").label == "9 tháng đầu năm 2020"
    assert parse_period("2017-Q3").label == "quý III/2017"


def test_same_period_a_year_earlier():
    period = parse_period("2017-02", 20).same_period_a_year_earlier()
    assert (period.start, period.end) == (day(2016, 1, 20), day(2016, 2, 19))
    leap = date_range(day(2024, 2, 1), day(2024, 2, 29)).same_period_a_year_earlier()
    assert (leap.start, leap.end) == (day(2023, 2, 1), day(2023, 2, 28))


def test_the_month_a_day_falls_in_under_a_rule_of_the_20th():
    assert period_containing(day(2017, 2, 19), 20).code == "2017-02"
    assert period_containing(day(2017, 2, 20), 20).code == "2017-03"
    assert period_containing(day(2017, 12, 25), 20).code == "2018-01"
    assert period_containing(day(2017, 12, 25), 1).code == "2017-12"


def test_days_left():
    period = parse_period("2017-02", 20)
    assert period.days_left(day(2017, 2, 9)) == 10
    assert period.days_left(day(2017, 2, 19)) == 0
    assert period.days_left(day(2017, 1, 1)) == period.days


@pytest.mark.parametrize(
    "text, message",
    [
        ("2017-13", "tháng phải từ 01 đến 12"),
        ("2017-00", "tháng phải từ 01 đến 12"),
        ("tháng hai", "Không hiểu kỳ báo cáo"),
        ("2017-Q5", "Không hiểu kỳ báo cáo"),
        ("", "Không hiểu kỳ báo cáo"),
        ("1850", "nằm ngoài khoảng"),
    ],
)
def test_unknown_period_texts_are_refused_in_vietnamese(text, message):
    with pytest.raises(PeriodError, match=message):
        parse_period(text)


def test_ranges_end_after_start_and_span_at_most_five_years():
    assert date_range(day(2017, 1, 20), day(2017, 2, 19)).days == 31
    with pytest.raises(PeriodError, match="trước ngày bắt đầu"):
        date_range(day(2017, 2, 19), day(2017, 1, 20))
    with pytest.raises(PeriodError, match="dài quá 5 năm"):
        date_range(day(2010, 1, 1), day(2016, 1, 1))
    with pytest.raises(PeriodError, match="không hợp lệ"):
        parse_date("31/02/2017", "bắt đầu")
    assert parse_date("19/02/2017", "kết thúc") == day(2017, 2, 19)
