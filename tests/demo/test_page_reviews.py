"""The demo's review dates (demo/data/reviews.json): pages of the district and two communes past
their review date, two due soon, each recorded as reviewed by the board a year earlier."""

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from reports.models import PageReview
from reports.reviews import REVIEWED_ACTION, review_states

from .helpers import DISTRICT_HOST


@pytest.mark.django_db
def test_the_board_finds_overdue_pages_and_pages_due_soon(demo, client):
    states = review_states(None)
    assert sum(state.overdue for state in states) == 4 and sum(not state.overdue for state in states) == 2
    assert {state.site.hostname for state in states} == {"localhost", "tan-ha.localhost", "thang-hai.localhost"}
    assert PageLogEntry.objects.filter(action=REVIEWED_ACTION, user__username="bbt").count() == 6
    assert all(review.last_reviewed_at < timezone.now() for review in PageReview.objects.all())

    client.force_login(PageLogEntry.objects.filter(action=REVIEWED_ACTION).first().user)
    page = client.get(reverse("reports_reviews"), HTTP_HOST=DISTRICT_HOST).content.decode()
    assert "4 trang quá hạn rà soát, 2 trang sắp đến hạn." in page
    assert "Lệ phí cấp giấy phép xây dựng" in page and "Quá hạn 45 ngày" in page
