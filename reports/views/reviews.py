"""Báo cáo biên tập › Trang quá hạn rà soát: the live pages of the sites the user may see whose
review date has passed or comes within two weeks, and the form that sets a page's next review
date (or clears it) and marks it reviewed.

Who reads the list: those who open the reports (the board and inspectors for their authority,
a unit's editors and head editors for their own unit). Who sets a date: whoever may edit the
page in Wagtail and is on the board of the authority holding the page's site, or an editor or
head editor of the unit whose site it is. Inspectors read and set nothing; collaborators see
nothing. A page the user may not set, whatever it is (another unit's, another authority's, or
none at all), gets the same refusal.
"""

import datetime

from django import forms
from django.shortcuts import redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views import generic
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page, Site

from sites.access import site_id_for_page, unit_ids_with_role, units_under, visible_site_ids
from sites.models import Role

from ..periods import PeriodError, parse_date
from ..reviews import DUE_SOON_DAYS, review_of, review_states, save_review
from .contributions import NO_REPORT, refusal
from .menu import ReportReaderMenuItem
from .scope import may_open_reports, own_unit_ids

TITLE = "Trang quá hạn rà soát"
SET_TITLE = "Hẹn ngày rà soát"
MAX_AHEAD_YEARS = 5
NOT_YOURS = (
    "Bạn không hẹn được ngày rà soát của trang này: chỉ Ban biên tập của đơn vị chủ quản và biên tập viên, "
    "lãnh đạo duyệt tin của chính đơn vị có quyền sửa trang mới hẹn được."
)
_SETTER_SITES_ATTR = "_review_setter_site_ids"


def setter_site_ids(user):
    """The sites on whose pages the user may set review dates, as far as its roles go (None: every
    site, a superuser): its boards' authorities, at any depth, and its own units as an editor or
    head editor. Kept on the user object: the page listing asks it for every row."""
    if not (user and user.is_authenticated and user.is_active):
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, _SETTER_SITES_ATTR, None)
    if cached is None:
        units = units_under(unit_ids_with_role(user, Role.BOARD)) | own_unit_ids(user)
        cached = frozenset(Site.objects.filter(unit__in=units).values_list("pk", flat=True)) if units else frozenset()
        setattr(user, _SETTER_SITES_ATTR, cached)
    return cached


def may_set_review(user, page):
    """Wagtail lets the user edit the page, and its roles cover the page's site."""
    sites = setter_site_ids(user)
    if sites is not None and site_id_for_page(page) not in sites:
        return False
    return page.permissions_for_user(user).can_edit()


class ReviewForm(forms.Form):
    review_by = forms.CharField(
        label="Rà soát trước ngày",
        required=False,
        max_length=20,
        widget=AdminDateInput(),
        help_text="Để trống: không hẹn lần rà soát sau.",
    )
    note = forms.CharField(
        label="Nội dung cần rà soát",
        required=False,
        max_length=200,
        error_messages={"max_length": "Nội dung cần rà soát dài tối đa 200 ký tự."},
        widget=forms.TextInput(attrs={"size": 80}),
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def clean_review_by(self):
        text = self.cleaned_data["review_by"].strip()
        if not text:
            return None
        try:
            day = parse_date(text, "hẹn rà soát")
        except PeriodError as error:
            raise forms.ValidationError(str(error)) from None
        if day < self.today:
            raise forms.ValidationError(
                f"Ngày {day:%d/%m/%Y} đã qua: chọn từ hôm nay ({self.today:%d/%m/%Y}) trở đi, hoặc để trống."
            )
        if day > self.today + datetime.timedelta(days=365 * MAX_AHEAD_YEARS):
            raise forms.ValidationError(f"Ngày {day:%d/%m/%Y} quá xa: chọn trong vòng {MAX_AHEAD_YEARS} năm tới.")
        return day

    def clean_note(self):
        return self.cleaned_data["note"].strip()


class ReviewListView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/reviews/index.html"
    page_title = TITLE
    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        if not may_open_reports(request.user):
            return refusal(request, NO_REPORT)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        states = review_states(visible_site_ids(user))
        sites = list({state.site.pk: state.site for state in states}.values())
        chosen = self.request.GET.get("site", "")
        if chosen.isdigit():
            states = [state for state in states if state.site.pk == int(chosen)]
        only_overdue = self.request.GET.get("overdue") == "1"
        if only_overdue:
            states = [state for state in states if state.overdue]
        context.update(
            rows=[{"state": state, "can_set": may_set_review(user, state.page)} for state in states],
            sites=sites,
            chosen_site=chosen,
            only_overdue=only_overdue,
            overdue_count=sum(1 for state in states if state.overdue),
            due_soon_count=sum(1 for state in states if not state.overdue),
            due_soon_days=DUE_SOON_DAYS,
        )
        return context


class SetReviewView(generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/reviews/set_review.html"
    page_title = SET_TITLE
    header_icon = "time"

    def dispatch(self, request, page_id):
        user = request.user
        if not may_open_reports(user):
            return refusal(request, NO_REPORT)
        self.page = Page.objects.filter(pk=page_id).first()
        if self.page is None or not may_set_review(user, self.page):
            return refusal(request, NOT_YOURS)
        return super().dispatch(request, page_id)

    @cached_property
    def site(self):
        site_id = site_id_for_page(self.page)
        return Site.objects.filter(pk=site_id).first() if site_id else None

    @cached_property
    def review(self):
        return review_of(self.page)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("reports_reviews"), "label": TITLE},
            {"url": "", "label": self.page.get_admin_display_title()},
        ]

    def list_url(self):
        return reverse("reports_reviews") + (f"?site={self.site.pk}" if self.site else "")

    def post(self, request, page_id):
        form = ReviewForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        reviewed = request.POST.get("action") == "reviewed"
        review_by, note = form.cleaned_data["review_by"], form.cleaned_data["note"]
        save_review(self.page, request.user, review_by, note, reviewed=reviewed)
        title = self.page.get_admin_display_title()
        next_text = f"lần sau trước ngày {review_by:%d/%m/%Y}" if review_by else "không hẹn lần sau"
        done = "Đã ghi nhận rà soát" if reviewed else "Đã hẹn ngày rà soát"
        messages.success(request, f"{done} “{title}”, {next_text}.")
        return redirect(get_valid_next_url_from_request(request) or self.list_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        review = self.review
        initial = {"review_by": review.review_by, "note": review.note} if review else {}
        context.setdefault("form", ReviewForm(initial=initial))
        context.update(
            page=self.page,
            site=self.site,
            review=review,
            next_url=get_valid_next_url_from_request(self.request),
            history_url=reverse("wagtailadmin_pages:history", args=[self.page.pk]),
        )
        return context


class PageReviewButton(PageMenuItem):
    """The "Hẹn ngày rà soát" item of the page header menu and of the page listing's "more" menu."""

    label = SET_TITLE
    icon_name = "time"
    url_name = "reports_page_review"

    def is_shown(self, user):
        return may_set_review(user, self.page)


def page_header_buttons(page, user, view_name, next_url=None):
    yield PageReviewButton(page=page, next_url=next_url, priority=66)


def page_listing_more_buttons(page, user, next_url=None):
    yield PageReviewButton(page=page, next_url=next_url, priority=55)


urlpatterns = [
    path("", ReviewListView.as_view(), name="reports_reviews"),
    path("<int:page_id>/", SetReviewView.as_view(), name="reports_page_review"),
]


def menu_items():
    return [ReportReaderMenuItem(TITLE, reverse_lazy("reports_reviews"), icon_name="time", order=310)]
