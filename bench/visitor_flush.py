"""Visitor statistics flush benchmark on PostgreSQL (issue 15, “Speed”): 100,000 buffered visits.

    scripts/test-postgres.sh .venv/bin/python bench/visitor_flush.py [--visits 100000] [--communes 20] [--runs 3]

Checks that DATABASE_URL names an empty PostgreSQL database, migrates it with `cms.settings.test`
and provisions a district with `--communes` commune portals. Then, `--runs` times: `--visits`
distinct visitors (addresses and user agents, a tenth of them bots) each make their first request
of the day on one of the sites, over two days, through `engagement.visits.record_visit` (what the
page_served receiver calls; automatic flushes held back), and `engagement.visits.flush_visits`
writes them. Prints the time per recorded visit and the flush time (target < 2 s), checks that
the day rows hold exactly what was recorded, and the load average at the start and the end.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.support import check_empty_postgresql, configure_environment  # noqa: E402

TARGET_SECONDS = 2.0
DISTRICT_HOST = "huyen.bench.test"
READER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def load_average():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def build_sites(communes):
    from django.core.management import call_command

    from sites.provisioning import provision_unit

    call_command("migrate", verbosity=0)
    district = provision_unit("district", "Huyện Thử Tải", hostname=DISTRICT_HOST).unit
    for number in range(1, communes + 1):
        provision_unit(
            "commune", f"Xã Thử Tải {number}", hostname=f"xa{number}.{DISTRICT_HOST}", parent_hostname=DISTRICT_HOST
        )
    return [district.site.pk, *district.children.filter(site__isnull=False).values_list("site_id", flat=True)]


def run_once(run, site_ids, visits_count):
    from django.db.models import Sum

    from engagement import visits
    from engagement.models import SiteVisitDay

    before = SiteVisitDay.objects.aggregate(v=Sum("visits", default=0), b=Sum("bot_visits", default=0))
    start_of_run = time.time() + run * 3 * 86400  # each run on days of its own
    days = (start_of_run, start_of_run + 86400)
    now = [days[0]]
    visits.clock = lambda: now[0]
    started = time.perf_counter()
    for n in range(visits_count):
        now[0] = days[n // len(site_ids) % 2]
        bot = n % 10 == 0
        address = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
        visits.record_visit(site_ids[n % len(site_ids)], address, BOT if bot else READER, bot=bot)
    recorded = time.perf_counter() - started
    now[0] = days[1]
    started = time.perf_counter()
    written = visits.flush_visits()
    flushed = time.perf_counter() - started
    after = SiteVisitDay.objects.aggregate(v=Sum("visits", default=0), b=Sum("bot_visits", default=0))
    stored = (after["v"] - before["v"]) + (after["b"] - before["b"])
    assert sum(written.values()) == stored == visits_count, (sum(written.values()), stored, visits_count)
    return recorded, flushed, len(written)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--communes", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    configure_environment(Path(tempfile.mkdtemp(prefix="portal-bench-visits-")))
    import django

    django.setup()
    from django.conf import settings

    check_empty_postgresql()
    settings.VISIT_FLUSH_THRESHOLD = 10**12  # the benchmark flushes itself, once per run
    settings.VISIT_FLUSH_SECONDS = 10**9
    print(f"Tải máy lúc bắt đầu: {load_average()}", flush=True)
    site_ids = build_sites(args.communes)
    print(f"{len(site_ids)} trang (huyện và {args.communes} xã), {args.visits} lượt mỗi lần đo, 2 ngày.", flush=True)
    results = [run_once(run, site_ids, args.visits) for run in range(args.runs)]
    for run, (recorded, flushed, counters) in enumerate(results, start=1):
        print(
            f"lần {run}: ghi nhận {recorded / args.visits * 1e6:.0f} µs/lượt; ghi {args.visits} lượt "
            f"({counters} bộ đếm trang-ngày-loại) vào cơ sở dữ liệu: {flushed:.3f} s"
        )
    worst = max(flushed for _, flushed, _ in results)
    verdict = "đạt" if worst < TARGET_SECONDS else "CHƯA ĐẠT"
    print(f"Lâu nhất {worst:.3f} s, mục tiêu < {TARGET_SECONDS} s: {verdict}.")
    print(f"Tải máy lúc kết thúc: {load_average()}")


if __name__ == "__main__":
    main()
