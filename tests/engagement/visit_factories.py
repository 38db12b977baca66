"""Visits, ratings and a movable clock for the visitor statistics tests."""

from datetime import datetime
from zoneinfo import ZoneInfo

from engagement import ratings, visits
from engagement.models import SiteVisitDay

READER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock:
    """Replaces `visits.clock` and `ratings.clock`: `clock.set(2026, 1, 31, 23, 50)` (Vietnam time)."""

    def __init__(self, monkeypatch, *moment):
        self.now = 0.0
        self.set(*moment)
        monkeypatch.setattr(visits, "clock", self)
        monkeypatch.setattr(ratings, "clock", self)

    def __call__(self):
        return self.now

    def set(self, *moment):
        self.now = datetime(*moment, tzinfo=VIETNAM).timestamp()

    def advance(self, seconds):
        self.now += seconds


def visit(client, host, path="/", user_agent=READER, address="203.0.113.10"):
    response = client.get(path, HTTP_HOST=host, HTTP_USER_AGENT=user_agent, REMOTE_ADDR=address)
    assert response.status_code == 200, (host, path, response.status_code)
    return response


def visit_days(site, days):
    """`days`: {date: visits} stored as the site's history."""
    return SiteVisitDay.objects.bulk_create(
        [SiteVisitDay(site=site, date=day, visits=count, bot_visits=count // 10) for day, count in days.items()]
    )


def rate(client, article, host, score, address="203.0.113.20", json=False, **headers):
    path = f"/danh-gia-bai-viet/{article.pk}/"
    if json:
        headers["HTTP_ACCEPT"] = "application/json"
    return client.post(path, {"diem": score}, HTTP_HOST=host, REMOTE_ADDR=address, **headers)
