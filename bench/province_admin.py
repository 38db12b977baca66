"""The board's admin screens at province size (issue 12, “Speed”).

    .venv/bin/python bench/province_admin.py [--sizes 10 100] [--repeat 5]
    scripts/test-postgres.sh .venv/bin/python bench/province_admin.py [same options]

Without DATABASE_URL it runs on SQLite in a temporary folder; under scripts/test-postgres.sh on
the throwaway PostgreSQL database (refused if it has tables). Settings `cms.settings.test` (DEBUG
off, no Elasticsearch, Redis or page cache).

One province is provisioned through `sites.provisioning.provision_unit` with a board member, an
inspector and the editor of its first commune (`sites.membership.add_member`); then it grows to
each size in turn in the same database (10 communes, then 90 more for 100). Every commune gets a
news item submitted to moderation, so the moderation lists have one row per commune. For each
size, each screen is requested through Django's test client logged in as each user, with the
Host header of the user's own portal: one warm-up request, then `--repeat` requests whose median
time is printed with the query count of the last one. A screen that fails is printed with its
status code (500 and the exception's name) instead of stopping the run.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.support import check_empty_postgresql, configure_environment  # noqa: E402

PROVINCE_HOST = "lamdong.bench.test"
AIM_MS = 300
KINDS = ("commune", "ward", "commune", "town", "special_zone")
USERS = (("bench_board", "board"), ("bench_inspector", "inspector"), ("bench_editor", "editor"))


def screens(home_id):
    return [
        ("explorer of commune 1's home", f"/admin/pages/{home_id}/"),
        ("explorer root (redirected)", "/admin/pages/"),
        ("page search ?q=tin", "/admin/pages/search/?q=tin"),
        ("workflow report", "/admin/reports/workflow/"),
        ("moderation list", "/admin/tin-bai-cho-duyet/"),
        ("dashboard", "/admin/"),
        ("images", "/admin/images/"),
        ("documents", "/admin/documents/"),
    ]


class Province:
    def __init__(self):
        from django.contrib.auth import get_user_model

        from sites.membership import add_member
        from sites.provisioning import provision_unit

        provision_unit("province", "Tỉnh Lâm Đồng", hostname=PROVINCE_HOST, email="vanphong@lamdong.bench.test")
        self.units = []
        self.author = None
        self.grow_to(1)
        first_host = self.units[0].site.hostname
        add_member("bench_board", PROVINCE_HOST, "board", email="bbt@lamdong.bench.test", password="mat-khau-do")
        add_member("bench_inspector", PROVINCE_HOST, "inspector", email="ktv@lamdong.bench.test")
        add_member("bench_editor", first_host, "editor", email="btv@lamdong.bench.test")
        users = get_user_model().objects.in_bulk([name for name, _ in USERS], field_name="username")
        self.users = [(users[name], label, PROVINCE_HOST if label != "editor" else first_host) for name, label in USERS]
        self.measured_users = [self.users[0], self.users[2]]  # the inspector has none of these screens
        self.home_id = self.units[0].site.root_page_id
        self.author = self.users[2][0]
        self.submit_news(self.units[0])
        self.author = self.users[0][0]

    def grow_to(self, count):
        from sites.models import Unit
        from sites.provisioning import provision_unit

        while len(self.units) < count:
            number = len(self.units) + 1
            host = f"dv{number}.{PROVINCE_HOST}"
            provision_unit(
                KINDS[number % len(KINDS)], f"Đơn vị số {number:03d}", hostname=host, parent_hostname=PROVINCE_HOST
            )
            unit = Unit.objects.select_related("site__root_page").get(site__hostname=host)
            self.units.append(unit)
            if self.author:
                self.submit_news(unit)

    def submit_news(self, unit):
        from home.models import ContentPage

        section = unit.site.root_page.get_children().get(slug="gioi-thieu").specific
        page = section.add_child(
            instance=ContentPage(
                title=f"Tin chờ duyệt của {unit.name}",
                slug=f"tin-cho-duyet-{unit.pk}",
                summary="UBND thông báo lịch tiếp công dân định kỳ.",
                body=[("paragraph", "<p>Lãnh đạo UBND tiếp công dân vào sáng thứ Năm hằng tuần.</p>")],
                live=False,
            )
        )
        page.save_revision(user=self.author)
        page.get_workflow().start(page, self.author)

    def board_permission_rows(self):
        from wagtail.models import GroupPagePermission

        board = self.users[0][0]
        return GroupPagePermission.objects.filter(group__user=board).count()


def measure(client, url, host, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def one():
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            try:
                response = client.get(url, headers={"host": host}, follow=True)
                status = "→".join([*(str(code) for _, code in response.redirect_chain), str(response.status_code)])
            except Exception as error:  # the test client re-raises the view's exception
                status = f"500 {type(error).__name__}"
            seconds = time.perf_counter() - started
        return status, seconds, len(queries)

    status, seconds, count = one()  # warm-up
    if not status.endswith("200"):
        return status, seconds * 1000, count
    times = []
    for _ in range(repeat):
        status, seconds, count = one()
        times.append(seconds)
    return status, statistics.median(times) * 1000, count


def run(sizes, repeat):
    from django.test import Client

    started = time.perf_counter()
    province = Province()
    results = {}
    permission_rows = {}
    for size in sizes:
        grown = time.perf_counter()
        province.grow_to(size)
        print(f"  {size} communes provisioned ({time.perf_counter() - grown:.0f} s)", flush=True)
        permission_rows[size] = province.board_permission_rows()
        for user, label, host in province.measured_users:
            client = Client()
            client.force_login(user)
            for name, url in screens(province.home_id):
                results[name, label, size] = measure(client, url, host, repeat)
    return results, permission_rows, time.perf_counter() - started


def print_table(vendor, sizes, results, permission_rows, seconds):
    small, large = sizes[0], sizes[-1]
    print(
        f"\n{vendor}: median of the requests after a warm-up; target ≤ {AIM_MS} ms at {large}, "
        f"queries equal at {small} and {large}"
    )
    header = (
        f"| screen | user | N={small} ms / queries | N={large} ms / queries | status {small} / {large} "
        f"| ≤ {AIM_MS} ms | queries equal |"
    )
    print(header)
    print("|---|---|---:|---:|---|---|---|")
    failures = 0
    for (name, label, size), _ in results.items():
        if size != small:
            continue
        status_s, ms_s, q_s = results[name, label, small]
        status_l, ms_l, q_l = results[name, label, large]
        answered = status_s.endswith("200") and status_l.endswith("200")
        ok_time = answered and ms_l <= AIM_MS
        ok_queries = answered and q_s == q_l
        failures += (not ok_time) + (not ok_queries)
        queries_note = "yes" if ok_queries else f"no ({q_l - q_s:+d})" if answered else "no"
        print(
            f"| {name} | {label} | {ms_s:.0f} / {q_s} | {ms_l:.0f} / {q_l} | {status_s} / {status_l} "
            f"| {'yes' if ok_time else 'NO'} | {queries_note} |"
        )
    rows = " / ".join(str(permission_rows[size]) for size in sizes)
    print(f"\nPage-permission rows of the board member's groups at N={'/'.join(map(str, sizes))}: {rows}")
    print(
        "Wagtail's workflow report runs two queries per row it shows, at most 50 rows a page: its count stops "
        "growing at 50 items awaiting moderation (the moderation list “Tin bài chờ duyệt” does not grow at all)."
    )
    print(f"Targets missed: {failures}. Whole run: {seconds:.0f} s.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    sizes = sorted(options.sizes)

    with tempfile.TemporaryDirectory(prefix="bench-province-admin-") as folder:
        workdir = Path(folder)
        configure_environment(workdir)
        if not os.environ.get("DATABASE_URL"):
            os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        if connection.vendor == "postgresql":
            check_empty_postgresql()
        vendor = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
        print(f"{vendor}: migrating…", flush=True)
        call_command("migrate", "--noinput", verbosity=0)
        results, permission_rows, seconds = run(sizes, options.repeat)
        print_table(vendor, sizes, results, permission_rows, seconds)


if __name__ == "__main__":
    main()
