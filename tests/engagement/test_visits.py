"""Visitor statistics: people and bots counted apart, one visit per visitor and day, history kept
for good, online now, the footer block on cached pages, the visitor_stats command."""

import json
import re
from datetime import date

import pytest

from django.core.cache import cache, caches

from engagement import visits
from engagement.models import SiteVisitCounter, SiteVisitDay
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, OTHER_COMMUNE_HOST, run_command

from .visit_factories import GOOGLEBOT, READER, Clock, visit, visit_days

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.VISIT_FLUSH_SECONDS = 3600
    settings.VISIT_FLUSH_THRESHOLD = 100_000


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, 2026, 3, 10, 9, 0)


def figures(site):
    return visits.site_figures(site)


def footer_figures(response):
    html = response.content.decode()
    found = {}
    for label in (
        "Đang truy cập",
        "Máy chủ tìm kiếm",
        "Khách viếng thăm",
        "Hôm nay",
        "Tháng hiện tại",
        "Tổng lượt truy cập",
    ):
        match = re.search(rf"<dt>{label}</dt><dd>(?:<!--visitors:[^>]*-->)?([\d.]+)", html)
        found[label] = match.group(1)
    return found


def test_a_thousand_bot_requests_leave_the_visitor_totals_unchanged_and_count_as_search_engines(client, commune, clock):
    visit(client, COMMUNE_HOST)
    before = figures(commune.site)
    for n in range(1000):
        visit(client, COMMUNE_HOST, user_agent=GOOGLEBOT, address=f"66.249.{n // 250}.{n % 250}")
    after = figures(commune.site)

    assert (after.today, after.month, after.year, after.total, after.online) == (1, 1, 1, 1, 1)
    assert (before.today, before.total, before.search_engines) == (1, 1, 0)
    assert after.search_engines == 1000
    visits.flush_visits()
    day = SiteVisitDay.objects.get(site=commune.site)
    assert (day.visits, day.bot_visits) == (1, 1000)


def test_coc_coc_bot_and_an_empty_user_agent_are_bots_and_the_coc_coc_browser_a_reader(client, commune, clock):
    coc_coc_browser = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "coc_coc_browser/123.0.206 Chrome/117.0.0.0 Safari/537.36"
    )
    visit(
        client,
        COMMUNE_HOST,
        user_agent="Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
    )
    visit(client, COMMUNE_HOST, user_agent="", address="203.0.113.11")
    visit(client, COMMUNE_HOST, user_agent=coc_coc_browser, address="203.0.113.12")

    shown = figures(commune.site)
    assert (shown.today, shown.search_engines) == (1, 2)


def test_a_second_visit_the_same_day_does_not_count_and_the_next_day_does(client, commune, clock):
    visit(client, COMMUNE_HOST)
    visit(client, COMMUNE_HOST, path="/tin-tuc-su-kien/")
    clock.advance(3 * 3600)
    visit(client, COMMUNE_HOST)
    assert figures(commune.site).today == 1

    clock.advance(24 * 3600)
    visit(client, COMMUNE_HOST)
    shown = figures(commune.site)
    assert (shown.today, shown.month, shown.total) == (1, 2, 2)


def test_visits_count_per_site_and_the_authority_portal_adds_up_its_sites(
    client, district, commune, other_commune, clock
):
    visit(client, COMMUNE_HOST)
    visit(client, OTHER_COMMUNE_HOST)
    visit(client, OTHER_COMMUNE_HOST, address="203.0.113.99")
    visit(client, DISTRICT_HOST)

    assert [figures(unit.site).today for unit in (district, commune, other_commune)] == [1, 1, 2]
    assert visits.authority_figures(district.site.pk).today == 4
    assert footer_figures(visit(client, DISTRICT_HOST))["Hôm nay"] == "4"


def test_online_now_is_distinct_visitors_of_the_last_five_minutes(client, commune, clock):
    visit(client, COMMUNE_HOST, address="203.0.113.1")
    visit(client, COMMUNE_HOST, address="203.0.113.2")
    clock.advance(60)
    visit(client, COMMUNE_HOST, address="203.0.113.1")  # the same visitor, a minute later
    assert figures(commune.site).online == 2

    clock.advance(4 * 60)
    assert figures(commune.site).online == 1  # the first visitor's latest minute is still inside
    clock.advance(60)
    assert figures(commune.site).online == 0
    assert figures(commune.site).today == 2


def test_the_daily_history_survives_a_month_change_and_is_never_zeroed(client, commune, clock):
    clock.set(2026, 1, 31, 23, 50)
    visit(client, COMMUNE_HOST, address="203.0.113.1")
    visit(client, COMMUNE_HOST, address="203.0.113.2")
    clock.set(2026, 2, 1, 0, 10)
    visit(client, COMMUNE_HOST, address="203.0.113.1")
    # Before any flush, January's visits still waiting belong to January, not to February.
    shown = figures(commune.site)
    assert (shown.today, shown.month, shown.year, shown.total) == (1, 1, 3, 3)

    run_command("flush_counters")
    clock.set(2026, 3, 2, 8, 0)
    visit(client, COMMUNE_HOST, address="203.0.113.3")
    run_command("flush_counters")

    history = dict(SiteVisitDay.objects.filter(site=commune.site).values_list("date", "visits"))
    assert history == {date(2026, 1, 31): 2, date(2026, 2, 1): 1, date(2026, 3, 2): 1}
    shown = figures(commune.site)
    assert (shown.today, shown.month, shown.year, shown.total) == (1, 1, 4, 4)


def test_the_total_starts_from_the_opening_total(client, commune, clock):
    SiteVisitCounter.objects.create(site=commune.site, opening_total=2_737_060)
    visit_days(commune.site, {date(2025, 12, 31): 40, date(2026, 3, 1): 7})
    visit(client, COMMUNE_HOST)

    shown = figures(commune.site)
    assert (shown.today, shown.month, shown.year, shown.total) == (1, 8, 8, 2_737_108)
    assert footer_figures(visit(client, COMMUNE_HOST))["Tổng lượt truy cập"] == "2.737.108"


def test_a_cached_page_shows_updated_figures_without_a_render(client, commune, clock, django_assert_num_queries):
    first = visit(client, COMMUNE_HOST, address="203.0.113.1")
    assert "X-Page-Cache" not in first
    with django_assert_num_queries(0):
        second = visit(client, COMMUNE_HOST, address="203.0.113.2")
        third = visit(client, COMMUNE_HOST, user_agent=GOOGLEBOT, address="66.249.1.1")

    assert second["X-Page-Cache"] == third["X-Page-Cache"] == "hit"
    assert footer_figures(first) == {
        "Đang truy cập": "1",
        "Máy chủ tìm kiếm": "0",
        "Khách viếng thăm": "1",
        "Hôm nay": "1",
        "Tháng hiện tại": "1",
        "Tổng lượt truy cập": "1",
    }
    assert footer_figures(third) == {
        "Đang truy cập": "3",
        "Máy chủ tìm kiếm": "1",
        "Khách viếng thăm": "2",
        "Hôm nay": "2",
        "Tháng hiện tại": "2",
        "Tổng lượt truy cập": "2",
    }


def test_no_raw_address_is_kept_in_the_cache_or_the_database(client, commune, clock):
    visit(client, COMMUNE_HOST, address="198.51.100.77")
    entries = [*cache._cache.items(), *caches["visitors"]._cache.items()]  # locmem: every entry
    kept = b" ".join(key.encode() + value for key, value in entries)
    assert b"198.51.100.77" not in kept
    run_command("flush_counters")
    assert list(SiteVisitDay.objects.values_list("visits", flat=True)) == [1]


def test_many_buffered_visits_are_flushed_correctly(commune, other_commune, clock):
    for n in range(3000):
        visits.record_visit(commune.site.pk, f"10.0.{n // 200}.{n % 200}", READER)
    for n in range(500):
        visits.record_visit(other_commune.site.pk, f"10.1.{n // 200}.{n % 200}", GOOGLEBOT, bot=True)
    written = visits.flush_visits()

    assert sum(written.values()) == 3500
    rows = {row.site_id: (row.visits, row.bot_visits) for row in SiteVisitDay.objects.all()}
    assert rows == {commune.site.pk: (3000, 0), other_commune.site.pk: (0, 500)}
    assert visits.flush_visits() == {}
    assert figures(commune.site).today == 3000


def test_a_failed_write_keeps_the_visits_in_the_buffer(client, commune, clock, monkeypatch):
    visit(client, COMMUNE_HOST)

    def fail(counts):
        raise RuntimeError("cơ sở dữ liệu không trả lời")

    monkeypatch.setattr(visits, "write_visit_days", fail)
    with pytest.raises(RuntimeError):
        visits.flush_visits()
    monkeypatch.undo()
    Clock(monkeypatch, 2026, 3, 10, 9, 1)
    assert sum(visits.flush_visits().values()) == 1
    assert SiteVisitDay.objects.get(site=commune.site).visits == 1


def test_visitor_stats_prints_text_and_json_after_flushing(client, commune, other_commune, clock):
    SiteVisitCounter.objects.create(site=commune.site, opening_total=1000)
    visit(client, COMMUNE_HOST)
    visit(client, COMMUNE_HOST, user_agent=GOOGLEBOT, address="66.249.1.1")

    out = run_command("visitor_stats", "--site", COMMUNE_HOST, "--format", "json")
    assert json.loads(out.stdout) == {
        COMMUNE_HOST: {"online": 1, "search_engines": 1, "today": 1, "month": 1, "year": 1, "total": 1001}
    }
    assert SiteVisitDay.objects.get(site=commune.site).visits == 1  # flushed first

    text = run_command("visitor_stats", "--all").stdout
    assert COMMUNE_HOST in text and OTHER_COMMUNE_HOST in text
    assert re.search(r"total\s+1\.001\s+Tổng lượt truy cập", text)
    everything = json.loads(run_command("visitor_stats", "--all", "--format", "json").stdout)
    assert everything[OTHER_COMMUNE_HOST]["today"] == 0 and set(everything[COMMUNE_HOST]) == {
        "online",
        "search_engines",
        "today",
        "month",
        "year",
        "total",
    }


def test_visitor_stats_sets_the_opening_total(commune, clock):
    out = run_command("visitor_stats", "--site", COMMUNE_HOST, "--start-total", "2737060", "--format", "json")
    assert json.loads(out.stdout)[COMMUNE_HOST]["total"] == 2_737_060
    assert SiteVisitCounter.objects.get(site=commune.site).opening_total == 2_737_060


@pytest.mark.parametrize(
    "arguments, message",
    [
        (("--site", "khong-co.test"), "Không có trang thông tin nào có tên miền “khong-co.test”."),
        (("--all", "--start-total", "5"), "--start-total chỉ dùng với --site"),
        (("--site", COMMUNE_HOST, "--start-total", "-5"), "Số lượt truy cập ban đầu phải là số không âm."),
    ],
)
def test_visitor_stats_refuses_an_unknown_host_and_bad_totals_in_vietnamese(arguments, message):
    result = run_command("visitor_stats", *arguments)
    assert result.failed and message in str(result.error)
    assert not SiteVisitCounter.objects.exists()


def test_flush_counters_writes_views_visits_and_ratings(client, commune, clock):
    visit(client, COMMUNE_HOST)
    out = run_command("flush_counters").stdout
    assert "Đã ghi 1 lượt truy cập." in out and "Đã ghi 0 đánh giá." in out


def test_a_process_reads_the_block_once_a_second_unless_it_counted_a_visitor(client, commune, clock, settings):
    settings.VISITOR_FIGURES_MEMO_SECONDS = 60
    visit(client, COMMUNE_HOST, address="203.0.113.1")
    visits.record_visit(commune.site.pk, "203.0.113.2", READER)  # counted here: read afresh
    assert footer_figures(visit(client, COMMUNE_HOST, address="203.0.113.1"))["Hôm nay"] == "2"
    # Another process counts a visitor (straight into the shared buffer): shown after the memo ends.
    visits.BUFFER.add((commune.site.pk, visits.local_day().isoformat(), visits.READER))
    assert footer_figures(visit(client, COMMUNE_HOST, address="203.0.113.1"))["Hôm nay"] == "2"
    settings.VISITOR_FIGURES_MEMO_SECONDS = 0
    assert footer_figures(visit(client, COMMUNE_HOST, address="203.0.113.1"))["Hôm nay"] == "3"
