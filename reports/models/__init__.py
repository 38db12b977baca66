"""What the editorial reports store: the authority's period rule and quotas, and the ledger of
published items they count."""

from .items import ItemKind, PublishedItem
from .reminders import ReminderSent
from .rules import PeriodKind, Quota, ReportingRule

__all__ = ["ItemKind", "PeriodKind", "PublishedItem", "Quota", "ReminderSent", "ReportingRule"]
