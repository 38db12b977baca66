"""The demo's visitor statistics and ratings: a year of daily history on the district and its
communes, the seed's opening total, ratings on a dozen articles, and a second run adds none."""

import json
import re

import pytest

from django.db.models import Count, Sum

from engagement.models import PageRating, SiteVisitCounter, SiteVisitDay
from tests.helpers import run_command

from .helpers import run_load_demo

pytestmark = pytest.mark.django_db


def test_a_year_of_history_on_the_district_and_its_communes(demo):
    days = SiteVisitDay.objects.filter(site__hostname__in=["localhost", "tan-ha.localhost", "son-my.localhost"])
    per_site = dict(days.values_list("site__hostname").annotate(n=Count("pk")).values_list("site__hostname", "n"))
    assert set(per_site.values()) == {365}
    district = SiteVisitDay.objects.filter(site__hostname="localhost")
    weekdays = [row.visits for row in district if row.date.weekday() < 5]
    weekends = [row.visits for row in district if row.date.weekday() >= 5]
    assert sum(weekdays) / len(weekdays) > 1.4 * sum(weekends) / len(weekends)
    assert all(0 < row.bot_visits < row.visits for row in district)


def test_the_district_keeps_the_seeds_opening_total_and_shows_it(client, demo):
    assert SiteVisitCounter.objects.get(site__hostname="localhost").opening_total == 2_737_060
    stats = json.loads(run_command("visitor_stats", "--site", "localhost", "--format", "json").stdout)["localhost"]
    history = SiteVisitDay.objects.filter(site__hostname="localhost").aggregate(total=Sum("visits"))["total"]
    assert stats["total"] == 2_737_060 + history
    footer = client.get("/", HTTP_HOST="localhost").content.decode()
    shown = re.search(r"<dt>Tổng lượt truy cập</dt><dd>(?:<!--[^>]*-->)?([\d.]+)", footer).group(1)
    assert int(shown.replace(".", "")) > stats["total"]  # the district's portal adds up its communes


def test_a_dozen_articles_have_ratings(demo):
    rows = list(PageRating.objects.all())
    assert len(rows) == 12 and all(sum(row.counts().values()) > 0 for row in rows)


def test_the_first_run_reports_its_history_and_a_second_adds_none(first_run_output, demo):
    assert "ngày thống kê truy cập" in first_run_output
    before = (SiteVisitDay.objects.count(), PageRating.objects.count(), SiteVisitCounter.objects.count())
    run_load_demo()
    assert (SiteVisitDay.objects.count(), PageRating.objects.count(), SiteVisitCounter.objects.count()) == before
