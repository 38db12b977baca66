"""Báo cáo biên tập › Chuyên mục chậm cập nhật: every section of the sites the user may see, with
its last publication and expected frequency; the board sets a section's frequency."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.models import Page, Site

from sites.access import has_role, is_board_member, site_id_for_page, unit_for_site, visible_site_ids
from sites.models import Role

from ..models import SectionSchedule
from ..sections import section_states
from .menu import ReportReaderMenuItem
from .scope import may_open_reports


class ScheduleForm(forms.Form):
    expected_days = forms.IntegerField(
        label="Cập nhật ít nhất mỗi (ngày)",
        help_text="0: không theo dõi chuyên mục này.",
        min_value=0,
        max_value=3650,
        error_messages={
            "invalid": "Số ngày phải là số nguyên.",
            "min_value": "Số ngày không được âm.",
            "max_value": "Số ngày tối đa là 3650 (10 năm).",
            "required": "Nhập số ngày (0: không theo dõi).",
        },
    )


def may_set_schedule(user, section):
    """The board of the authority whose portal holds the section, and superusers."""
    if user.is_superuser:
        return True
    site_id = site_id_for_page(section)
    unit = unit_for_site(Site.objects.filter(pk=site_id).first()) if site_id else None
    return unit is not None and unit.authority is not None and is_board_member(user, unit.authority)


class StaleSectionsView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/sections/index.html"
    page_title = "Chuyên mục chậm cập nhật"
    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        if not may_open_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    @cached_property
    def site_ids(self):
        return visible_site_ids(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        states = section_states(self.site_ids)
        sites = list({state.site.pk: state.site for state in states}.values())
        chosen = self.request.GET.get("site", "")
        if chosen.isdigit():
            states = [state for state in states if state.site.pk == int(chosen)]
        only_stale = self.request.GET.get("stale") == "1"
        rows = []
        for state in states:
            stale = state.is_stale(today)
            if only_stale and not stale:
                continue
            rows.append({"state": state, "stale": stale, "days_since": state.days_since(today)})
        user = self.request.user
        context.update(
            rows=rows,
            sites=sites,
            chosen_site=chosen,
            only_stale=only_stale,
            stale_count=sum(1 for row in rows if row["stale"]),
            # The board's own authority holds every site it sees; the POST checks the section's.
            can_set=user.is_superuser or has_role(user, Role.BOARD),
        )
        return context


class SetScheduleView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/sections/set_schedule.html"
    page_title = "Tần suất cập nhật chuyên mục"
    header_icon = "time"

    def dispatch(self, request, page_id):
        self.section = get_object_or_404(Page, pk=page_id)
        visible = visible_site_ids(request.user)
        in_view = visible is None or site_id_for_page(self.section) in visible
        if not (may_open_reports(request.user) and in_view and may_set_schedule(request.user, self.section)):
            raise PermissionDenied
        states = [state for state in section_states([site_id_for_page(self.section)]) if state.page.pk == page_id]
        if not states:
            raise PermissionDenied  # not a section the reports follow
        self.state = states[0]
        return super().dispatch(request, page_id)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("reports_sections"), "label": "Chuyên mục chậm cập nhật"},
            {"url": "", "label": self.section.title},
        ]

    def post(self, request, page_id):
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        SectionSchedule.objects.update_or_create(
            page=self.section, defaults={"expected_days": form.cleaned_data["expected_days"]}
        )
        messages.success(request, f"Đã đặt tần suất cập nhật của “{self.section.title}”.")
        return redirect(reverse("reports_sections") + f"?site={self.state.site.pk}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ScheduleForm(initial={"expected_days": self.state.expected_days}))
        context["state"] = self.state
        return context


urlpatterns = [
    path("", StaleSectionsView.as_view(), name="reports_sections"),
    path("<int:page_id>/tan-suat/", SetScheduleView.as_view(), name="reports_section_schedule"),
]


def menu_items():
    return [
        ReportReaderMenuItem("Chuyên mục chậm cập nhật", reverse_lazy("reports_sections"), icon_name="time", order=300)
    ]
