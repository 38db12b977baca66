"""What the editorial reports store: the authority's period rule and quotas, and the ledger of
published items they count."""

from .items import ItemKind, PublishedItem
from .reminders import ReminderSent
from .reviews import PageReview
from .royalties import ItemGrade, RoyaltyGrade
from .rules import PeriodKind, Quota, ReportingRule
from .sections import SectionSchedule

__all__ = [
    "ItemGrade",
    "ItemKind",
    "PageReview",
    "PeriodKind",
    "PublishedItem",
    "Quota",
    "ReminderSent",
    "ReportingRule",
    "RoyaltyGrade",
    "SectionSchedule",
]
