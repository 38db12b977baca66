"""The board's dashboard panel: this reporting period so far, against the quota."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.ui.components import Component

from sites.access import unit_ids_with_role
from sites.models import Role, Unit

from ..contributions import contribution_table, month_start_day
from ..periods import period_containing

ZERO_NAMES_SHOWN = 10


class ContributionPanel(Component):
    name = "reports_contributions"
    template_name = "reports/dashboard_panel.html"
    order = 90

    def __init__(self, authorities):
        self.authorities = authorities

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        summaries = []
        for authority in self.authorities:
            url = reverse("reports_contributions") + "?" + urlencode({"authority": authority.pk})
            period = period_containing(today, month_start_day(authority))
            table = contribution_table(authority, period)
            zero = table.without_items
            summaries.append(
                {
                    "authority": authority,
                    "period": period,
                    "total": table.authority_counts.total,
                    "quota": table.authority_quota,
                    "units": len(table.rows),
                    "zero_count": len(zero),
                    "zero_names": [row.unit.name for row in zero[:ZERO_NAMES_SHOWN]],
                    "zero_more": max(0, len(zero) - ZERO_NAMES_SHOWN),
                    "days_left": period.days_left(today),
                    "url": url,
                    "zero_url": url + "&zero=on",
                }
            )
        return {"summaries": summaries}


def add_contribution_panel(request, panels):
    """For board members only: their authorities' current month (a superuser without a board gets none)."""
    boards = unit_ids_with_role(request.user, Role.BOARD)
    if not boards:
        return
    authorities = list(Unit.objects.parents().filter(pk__in=boards).select_related("site").order_by("name"))
    if authorities:
        panels.append(ContributionPanel(authorities))
