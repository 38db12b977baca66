"""The items of the "Báo cáo biên tập" submenu, each shown only to those who may open its screen."""

from wagtail.admin.menu import MenuItem

from ..access import may_edit_rules
from .scope import may_open_reports


class ReportReaderMenuItem(MenuItem):
    """A screen of figures: the board and inspectors, a unit's editors and head editors, superusers."""

    def is_shown(self, request):
        return may_open_reports(request.user)


class BoardMenuItem(MenuItem):
    """A screen of the board's own work (reminders, royalties): the authority's board, superusers."""

    def is_shown(self, request):
        return may_edit_rules(request.user)
