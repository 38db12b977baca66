"""The board's reminders screen: the reminders a period calls for (who, to whom, the text), the
"Gửi nhắc nhở" button, and the list of reminders sent.

Only the board of an authority (for its own units) and superusers; inspectors, commune roles and
collaborators are refused. The lead registers `urlpatterns` under "bao-cao/nhac-nho/" and adds
`menu_items()` to the "Báo cáo biên tập" menu.
"""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views import generic

from ..access import authorities_edited_by, may_edit_rules
from ..contributions import authority_period, month_start_day
from ..models import ReminderSent
from ..periods import PeriodError
from ..reminders import ReminderDeliveryError, current_period, reminders_for, send_reminders
from .menu import BoardMenuItem

SENT_PER_PAGE = 50


class BoardOnlyMixin:
    """The board of an authority and superusers; the authority asked for must be one of theirs."""

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_rules(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def authorities(self):
        return list(authorities_edited_by(self.request.user).select_related("site").order_by("name"))

    def chosen_authority(self, data):
        """The authority in `data["authority"]`, else the user's first; another authority's is refused."""
        wanted = (data.get("authority") or "").strip()
        if not wanted:
            if not self.authorities:
                raise PermissionDenied
            return self.authorities[0]
        chosen = next((unit for unit in self.authorities if str(unit.pk) == wanted), None)
        if chosen is None:
            raise PermissionDenied
        return chosen


def _period_for(authority, text):
    text = (text or "").strip()
    return authority_period(authority, text) if text else current_period(authority)


class ReminderPreviewView(BoardOnlyMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/reminders/preview.html"
    page_title = "Nhắc nhở cung cấp tin bài"
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.chosen_authority(self.request.GET)
        period_text = self.request.GET.get("period", "")
        period, error, reminders = None, "", []
        try:
            period = _period_for(authority, period_text)
        except PeriodError as problem:
            error = str(problem)
        else:
            reminders = reminders_for(authority, period)
        context.update(
            authorities=self.authorities,
            authority=authority,
            period=period,
            period_text=period_text.strip() or (period.code if period else ""),
            month_start_day=month_start_day(authority),
            error=error,
            reminders=reminders,
            to_send=[reminder for reminder in reminders if reminder.sent is None and reminder.recipients],
            sent_url=reverse("reports_reminders_sent") + "?" + urlencode({"authority": authority.pk}),
        )
        return context


class ReminderSendView(BoardOnlyMixin, generic.base.View):
    """“Gửi nhắc nhở”: send the period's reminders not sent yet (POST only)."""

    http_method_names = ["post"]

    def post(self, request):
        authority = self.chosen_authority(request.POST)
        back = reverse("reports_reminders_index") + "?" + urlencode({"authority": authority.pk})
        try:
            period = _period_for(authority, request.POST.get("period"))
        except PeriodError as error:
            messages.error(request, str(error))
            return redirect(back)
        back = reverse("reports_reminders_index") + "?" + urlencode({"authority": authority.pk, "period": period.code})
        try:
            outcome = send_reminders(reminders_for(authority, period), sent_by=request.user)
        except ReminderDeliveryError as error:
            messages.error(request, str(error))
            return redirect(back)
        summary = f"Đã gửi {len(outcome.sent)} thư nhắc ({period.label})."
        if outcome.already_sent:
            summary += f" {len(outcome.already_sent)} đơn vị đã được nhắc trong kỳ từ trước, không gửi lại."
        if outcome.without_address:
            names = ", ".join(reminder.unit.name for reminder in outcome.without_address)
            summary += f" Không có địa chỉ thư: {names}."
        messages.success(request, summary)
        return redirect(back)


class RemindersSentView(BoardOnlyMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/reminders/sent.html"
    page_title = "Nhắc nhở đã gửi"
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.chosen_authority(self.request.GET)
        records = (
            ReminderSent.objects.filter(unit__parent=authority)
            .select_related("unit", "sent_by")
            .order_by("-sent_at", "unit__name")
        )
        page = Paginator(records, SENT_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            authorities=self.authorities,
            authority=authority,
            page_obj=page,
            records=page.object_list,
            preview_url=reverse("reports_reminders_index") + "?" + urlencode({"authority": authority.pk}),
        )
        return context


urlpatterns = [
    path("", ReminderPreviewView.as_view(), name="reports_reminders_index"),
    path("gui/", ReminderSendView.as_view(), name="reports_reminders_send"),
    path("da-gui/", RemindersSentView.as_view(), name="reports_reminders_sent"),
]


def menu_items():
    return [
        BoardMenuItem(
            "Nhắc nhở tin bài",
            reverse_lazy("reports_reminders_index"),
            name="reports-reminders",
            icon_name="mail",
            order=600,
        ),
        BoardMenuItem(
            "Nhắc nhở đã gửi",
            reverse_lazy("reports_reminders_sent"),
            name="reports-reminders-sent",
            icon_name="mail",
            order=610,
        ),
    ]
