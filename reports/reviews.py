"""Pages past their review date (Trang quá hạn rà soát): content that goes out of date without
anyone writing something new (fees, contacts, a procedure's papers) gets a date by which someone
must read it again.

A page is overdue when its review date is before today, in the portal's time zone
(Asia/Ho_Chi_Minh); due soon when the date is today or within `DUE_SOON_DAYS`. Only live pages
count. Marking a page reviewed sets its next date (or none) and records who and when; setting a
date does the same without the review. Both are written in one transaction with an entry in the
page's history. Queries: two per call whatever the number of sites.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, Site

from sites.access import site_id_for_url_path

from .models import PageReview
from .site_filter import sites_by_pk, under_sites

DUE_SOON_DAYS = 14

SET_ACTION = "reports.review_date_set"
REVIEWED_ACTION = "reports.page_reviewed"
SET_LABEL = "Hẹn ngày rà soát"
REVIEWED_LABEL = "Đã rà soát nội dung"


@dataclass
class ReviewState:
    review: PageReview
    page: Page
    site: Site
    today: datetime.date

    @property
    def review_by(self):
        return self.review.review_by

    @property
    def note(self):
        return self.review.note

    @property
    def days_overdue(self):
        """Days since the review date (0 on the day itself, negative before it)."""
        return (self.today - self.review_by).days

    @property
    def days_left(self):
        return -self.days_overdue

    @property
    def overdue(self):
        return self.days_overdue > 0


def review_states(site_ids=None, today=None, within_days=DUE_SOON_DAYS):
    """The live pages of these sites (every site when None) whose review date is past or within
    `within_days` of today (0: the overdue ones and today's), by site name, then oldest date first."""
    today = today or timezone.localdate()
    sites = sites_by_pk(site_ids)
    if not sites:
        return []
    reviews = PageReview.objects.filter(
        review_by__lte=today + datetime.timedelta(days=within_days), page__live=True
    ).select_related("page")
    if site_ids is not None:
        reviews = reviews.filter(under_sites(sites.values(), "page__path"))
    states = []
    for review in reviews:
        site = sites.get(site_id_for_url_path(review.page.url_path))
        if site is not None:
            states.append(ReviewState(review, review.page, site, today))
    states.sort(key=lambda state: (state.site.site_name or state.site.hostname, state.review_by, state.page.path))
    return states


def overdue_states(site_ids=None, today=None):
    return [state for state in review_states(site_ids, today, within_days=0) if state.overdue]


def review_of(page):
    return PageReview.objects.filter(page=page).first()


def save_review(page, user, review_by, note="", reviewed=False, now=None):
    """Set the page's next review date (None: no date) and note; with `reviewed`, also record that
    `user` reviewed it (at `now`, default the present moment). Logged in the page's history."""
    now = now or timezone.now()
    with transaction.atomic():
        review, _ = PageReview.objects.select_for_update().get_or_create(page=page)
        review.review_by, review.note = review_by, note
        review.set_by, review.set_at = user, now
        if reviewed:
            review.last_reviewed_by, review.last_reviewed_at = user, now
        review.save()
        log(
            instance=page.specific_deferred,
            action=REVIEWED_ACTION if reviewed else SET_ACTION,
            user=user,
            data={"review_by": review_by.isoformat() if review_by else None, "note": note},
            timestamp=now,
        )
    return review


# -- the page's history ---------------------------------------------------------------------------


def _next_date_text(log_entry):
    data = log_entry.data or {}
    day = datetime.date.fromisoformat(data["review_by"]) if data.get("review_by") else None
    text = f"rà soát lần sau trước ngày {day:%d/%m/%Y}" if day else "không hẹn lần rà soát sau"
    return f"{text}. Nội dung cần rà soát: {data['note']}" if data.get("note") else text


def register_log_actions(actions):
    @actions.register_action(SET_ACTION)
    class ReviewDateFormatter(LogFormatter):
        label = SET_LABEL

        def format_message(self, log_entry):
            return f"{SET_LABEL}: {_next_date_text(log_entry)}"

    @actions.register_action(REVIEWED_ACTION)
    class ReviewedFormatter(LogFormatter):
        label = REVIEWED_LABEL

        def format_message(self, log_entry):
            return f"{REVIEWED_LABEL}; {_next_date_text(log_entry)}"
