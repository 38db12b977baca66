"""The board's reminders screen: the reminders a period calls for (who, to whom, the text), the
"Gửi nhắc nhở" button, and the list of reminders sent.

Only the board of an authority (for its own units) and superusers; inspectors, commune roles and
collaborators are refused (`BoardAuthorityMixin`).
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages

from ..models import ReminderSent
from ..reminders import ReminderDeliveryError, reminders_for, send_reminders
from .board import BoardAuthorityMixin
from .menu import BoardMenuItem

SENT_PER_PAGE = 50


class ReminderPreviewView(BoardAuthorityMixin, TemplateView):
    template_name = "reports/reminders/preview.html"
    page_title = "Nhắc nhở cung cấp tin bài"
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reminders = reminders_for(self.authority, self.period) if self.period else []
        context.update(
            reminders=reminders,
            to_send=[reminder for reminder in reminders if reminder.sent is None and reminder.recipients],
            sent_url=reverse("reports_reminders_sent") + "?" + urlencode({"authority": self.authority.pk}),
        )
        return context


class ReminderSendView(BoardAuthorityMixin, View):
    """“Gửi nhắc nhở”: send the period's reminders not sent yet (POST only)."""

    http_method_names = ["post"]

    def post(self, request):
        authority, period = self.authority, self.period
        back = reverse("reports_reminders_index") + "?" + urlencode({"authority": authority.pk})
        if period is None:
            messages.error(request, self.period_error)
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


class RemindersSentView(BoardAuthorityMixin, TemplateView):
    template_name = "reports/reminders/sent.html"
    page_title = "Nhắc nhở đã gửi"
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.authority
        records = (
            ReminderSent.objects.filter(unit__parent=authority)
            .select_related("unit", "sent_by")
            .order_by("-sent_at", "unit__name")
        )
        page = Paginator(records, SENT_PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
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
