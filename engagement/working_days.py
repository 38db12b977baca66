"""Due dates in working days: Saturdays, Sundays and the public holidays editors keep are not counted."""

from datetime import timedelta

from .models import DEFAULT_DUE_WORKING_DAYS, PublicHoliday, QuestionRule

SATURDAY = 5


def add_working_days(start, days, holidays):
    """The date `days` working days after `start` (the day of receipt itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < SATURDAY and current not in holidays:
            remaining -= 1
    return current


def holidays_from(start, days):
    """The holidays that can fall within `days` working days of `start` (a generous window)."""
    window_end = start + timedelta(days=days * 3 + 30)
    return set(PublicHoliday.objects.filter(date__gt=start, date__lte=window_end).values_list("date", flat=True))


def due_working_days(authority):
    rule = QuestionRule.objects.filter(authority=authority).only("due_working_days").first()
    return rule.due_working_days if rule else DEFAULT_DUE_WORKING_DAYS


def due_date(authority, received_on):
    days = due_working_days(authority)
    return add_working_days(received_on, days, holidays_from(received_on, days))
