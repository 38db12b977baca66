"""Contribution report benchmark on PostgreSQL (issue 14, “Speed”): 100 contributing units, 50,000 articles.

    scripts/test-postgres.sh .venv/bin/python bench/contribution_report.py [--articles 50000] [--units 100]
        [--communes-with-sites 20] [--runs 30] [--xlsx-runs 5]

1. Checks that DATABASE_URL names an empty PostgreSQL database (scripts/test-postgres.sh makes a
   throwaway one), migrates it with `cms.settings.test` (DEBUG off, page cache off, no
   Elasticsearch) and provisions with `sites.provisioning.provision_unit` a district with
   `--communes-with-sites` commune portals, then adds units without a portal of their own
   (departments, and communes not yet online) until it has `--units` contributing units; and a
   second district with 10 units (the query-count comparison). Quotas: a default per unit kind,
   one unit's override, each district's own; calendar months (no period rule).
2. Writes `--articles` live articles over the last three years (each with a featured photo or
   not, some with a photo in the body; kinds tin/bài/phóng sự/điểm báo): 40 % on the district
   portal credited to one of its units, the rest on the commune portals (half credited to the
   commune, half left to the portal's unit). They are inserted in bulk with
   `legal_docs.importing.tree.ChildAppender` (`bench/compliance_data.append_pages`: tree paths
   computed, multi-row INSERTs, no revision, no publish signal), so the reports' ledger is not
   written by the publish receivers: the run times `rebuild_report_items` (`reports.ledger.
   rebuild_items`, what an upgrade runs), which writes it from the live pages. Then a few
   articles of each district are submitted and sent back through their portal's workflow (the
   rejections the table counts), and VACUUM ANALYZE.
3. Times `reports.contributions.contribution_table` (server time, in-process) for the last
   complete month, quarter and year: p50/p95 of `--runs` calls against the 300 ms target; counts
   its SQL queries for the 10-unit and the 100-unit district (must be equal); times
   `reports.exports.as_xlsx` of the year's table (target < 2 s). If the admin screen exists
   (URL name `reports_contributions`), times it through the test client logged in as a board
   member of the district, month and year, with its query count at 10 and 100 units.
   The load average is printed at the start and the end of the measurement.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

# Run as `python bench/<script>.py`: the project folder must be importable for `bench.support`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.support import ACTORS, EVENTS, check_empty_postgresql, configure_environment, percentile  # noqa: E402

DISTRICT_NAME, DISTRICT_HOST = "Huyện Hàm Tân", "hamtan.bench.test"
SMALL_NAME, SMALL_HOST = "Huyện Hàm Thuận Nam", "hamthuannam.bench.test"
SMALL_UNITS = 10
TABLE_AIM_MS, XLSX_AIM_S = 300, 2
DISTRICT_SHARE = 0.4
YEARS = 3
SENT_BACK_PER_DISTRICT = 3
BOARD_USER = "bbt_bench"
COMMUNE_NAMES = [
    "Tân Hà",
    "Thắng Hải",
    "Sơn Mỹ",
    "Tân Xuân",
    "Sông Phan",
    "Tân Phúc",
    "Tân Minh",
    "Tân Đức",
    "Tân Thắng",
    "Tân Thuận",
    "Tân Lập",
    "Hàm Minh",
    "Hàm Cường",
    "Hàm Kiệm",
    "Hàm Mỹ",
    "Mương Mán",
    "Hàm Thạnh",
    "Tân Lập B",
    "Thuận Quý",
    "Hàm Cần",
    "Mỹ Thạnh",
    "Tân Bình",
    "La Dạ",
    "Đông Tiến",
    "Đông Giang",
    "Thuận Hòa",
    "Hàm Trí",
    "Hàm Phú",
    "Hồng Liêm",
    "Hồng Sơn",
]
DEPARTMENTS = [
    "Văn phòng HĐND&UBND", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng TC-KH", "Phòng TN&MT", "Phòng LĐTB&XH",
    "Phòng VH&TT", "Phòng GD&ĐT", "Phòng Y tế", "Phòng KT-HT", "Phòng NN&PTNT", "Thanh tra huyện", "Đài TT-TH",
    "Trung tâm VHTT&TT", "Trung tâm GDNN-GDTX", "Trung tâm PTQĐ", "Ban QLDA", "Ban QL CTCC",
]  # fmt: skip


def load_average():
    return " / ".join(f"{value:.2f}" for value in os.getloadavg()) + f" (1 / 5 / 15 phút, {os.cpu_count()} CPU)"


def seconds(call):
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def build_units(unit_count, with_sites):
    """The big district (with `with_sites` commune portals) and the small one; returns both."""
    from django.core.management import call_command

    from sites.models import Unit, UnitKind
    from sites.provisioning import provision_unit

    call_command("migrate", verbosity=0)
    district = provision_unit("district", DISTRICT_NAME, hostname=DISTRICT_HOST).unit
    names = [f"Xã {name}" for name in COMMUNE_NAMES]
    for number, name in enumerate(names[:with_sites], start=1):
        provision_unit("commune", name, hostname=f"xa{number}.{DISTRICT_HOST}", parent_hostname=DISTRICT_HOST)
    without_sites = [(UnitKind.COMMUNE, name) for name in names[with_sites:]]
    departments = [(UnitKind.DEPARTMENT, name) for name in DEPARTMENTS]
    number = 1
    while len(departments) + len(without_sites) + with_sites < unit_count:
        departments.append((UnitKind.DEPARTMENT, f"Trung tâm dịch vụ số {number}"))
        number += 1
    extra = (departments + without_sites)[: unit_count - with_sites]
    Unit.objects.bulk_create([Unit(parent=district, kind=kind, name=name, short_name=name) for kind, name in extra])

    small = provision_unit("district", SMALL_NAME, hostname=SMALL_HOST).unit
    Unit.objects.bulk_create(
        [Unit(parent=small, kind=UnitKind.DEPARTMENT, name=name, short_name=name) for name in DEPARTMENTS[:SMALL_UNITS]]
    )
    for authority, monthly in ((district, 300), (small, 30)):
        set_quotas(authority, monthly)
    return district, small


def set_quotas(authority, monthly):
    from reports.models import Quota

    first = authority.children.order_by("name").first()
    Quota.objects.bulk_create(
        [
            Quota(authority=authority, unit_kind="department", items=2),
            Quota(authority=authority, unit_kind="commune", items=3),
            Quota(authority=authority, unit=first, items=5),
            Quota(authority=authority, unit=authority, items=monthly),
            Quota(authority=authority, unit=authority, period_kind="year", items=monthly * 11),
        ]
    )


def article(rng, number, unit, images, end):
    from articles.models import ArticlePage

    kind = rng.choices(["tin", "bai", "phong_su", "diem_bao"], weights=[75, 15, 5, 5])[0]
    event = rng.choice(EVENTS).format(year=end.year - rng.randrange(YEARS), n=rng.randrange(2, 200))
    title = f"{rng.choice(ACTORS)} {event}"
    body = [{"type": "paragraph", "value": f"<p>{title}. Tin của cộng tác viên.</p>"}]
    if rng.random() < 0.2:
        photo = rng.choice(images)
        body.append(
            {
                "type": "image",
                "value": {
                    "image": {"image": photo.pk, "alt_text": photo.title, "decorative": False},
                    "caption": "Ảnh minh họa",
                },
            }
        )
    published_at = end - timedelta(seconds=rng.randrange(YEARS * 365 * 86400))
    page = ArticlePage(
        title=title[:255],
        slug=f"tin-{number}",
        kind=kind,
        summary=f"{title}.",
        body=body,
        author=rng.choice(["Minh Tâm", "Thu Hà", "Văn Phúc", "Ngọc Hân"]),
        contributing_unit=unit,
        featured_image=rng.choice(images) if rng.random() < 0.6 else None,
        source_name="Báo Bình Thuận" if kind == "diem_bao" else "",
        published_at=published_at,
    )
    return page, published_at


def create_articles(district, small, count, rng):
    """Live articles on every portal of both districts, in bulk; returns how many."""
    from django.utils import timezone

    from articles.models import NewsIndexPage
    from bench.compliance_data import append_pages, create_images
    from cms.importing import deferred_indexing

    images = create_images(12, rng)
    end = timezone.now() - timedelta(minutes=5)
    on_district = int(count * DISTRICT_SHARE)
    small_count = max(count // 50, 200)
    plan = []  # (news section, [(unit credited or None)] per article)
    for authority, total in ((district, on_district), (small, small_count)):
        units = list(authority.children.all()) + [authority]
        section = NewsIndexPage.objects.child_of(authority.site.root_page).get(slug="tin-tuc-su-kien")
        plan.append((section, [rng.choice(units) for _ in range(total)]))
    communes = list(district.children.filter(site__isnull=False).select_related("site__root_page"))
    per_commune = (count - on_district) // len(communes)
    for commune in communes:
        section = NewsIndexPage.objects.child_of(commune.site.root_page).get(slug="tin-tuc-su-kien")
        plan.append((section, [commune if rng.random() < 0.5 else None for _ in range(per_commune)]))

    written, number = 0, 0
    with deferred_indexing():
        for section, credits in plan:
            pages = []
            for unit in credits:
                number += 1
                pages.append(article(rng, number, unit, images, end))
            append_pages(section, pages)
            written += len(pages)
    return written


def send_back_some(district, small, period):
    """A few articles of each district submitted and rejected through its portal's workflow, in `period`."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from wagtail.models import TaskState

    from articles.models import ArticlePage, NewsIndexPage

    admin = get_user_model().objects.create_superuser("admin_bench", "admin@bench.test", "bench")
    start = timezone.make_aware(datetime.combine(period.start, datetime.min.time()))
    for authority in (district, small):
        section = NewsIndexPage.objects.child_of(authority.site.root_page).get(slug="tin-tuc-su-kien")
        unit = authority.children.order_by("name").last()
        for number in range(SENT_BACK_PER_DISTRICT):
            page = ArticlePage(
                title=f"Tin chưa phù hợp số {number + 1}",
                slug=f"chua-phu-hop-{number + 1}",
                kind="tin",
                summary="Tin gửi đăng.",
                body=[{"type": "paragraph", "value": "<p>Nội dung.</p>"}],
                contributing_unit=unit,
                published_at=start,
                live=False,
            )
            section.add_child(instance=page)
            page.save_revision(user=admin)
            state = page.get_workflow().start(page, admin)
            task_state = state.current_task_state
            task_state.task.specific.on_action(task_state.specific, admin, "reject", comment="Ảnh chưa rõ nguồn.")
            TaskState.objects.filter(pk=task_state.pk).update(finished_at=start + timedelta(days=3 + number))


def board_member(district, small):
    from sites.membership import add_member

    user, _changes = add_member(BOARD_USER, DISTRICT_HOST, "board", email="bbt@bench.test", password="bench")
    add_member(BOARD_USER, SMALL_HOST, "board")
    return user


def periods(today):
    from reports.periods import parse_period

    month_end = today.replace(day=1) - timedelta(days=1)
    quarter = (today.month - 1) // 3  # the last complete quarter: 0 means last year's fourth
    quarter_code = f"{today.year}-Q{quarter}" if quarter else f"{today.year - 1}-Q4"
    return [
        ("tháng", parse_period(f"{month_end.year}-{month_end.month:02d}")),
        ("quý", parse_period(quarter_code)),
        ("năm", parse_period(str(today.year - 1))),
    ]


def query_count(call):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)


def timed_runs(call, runs, warmup=2):
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), percentile(samples, 95)


def measure_table(district, small, named_periods, runs):
    from reports.contributions import contribution_table

    print()
    print(f"contribution_table, {runs} lần đo mỗi kỳ (thời gian máy chủ, trong tiến trình):")
    for label, period in named_periods:
        p50, p95 = timed_runs(lambda period=period: contribution_table(district, period), runs)
        table = contribution_table(district, period)
        verdict = "ĐẠT" if p95 < TABLE_AIM_MS else "CHƯA ĐẠT"
        print(
            f"  {label} {period.label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms — {verdict} (< {TABLE_AIM_MS} ms); "
            f"{len(table.rows)} đơn vị, {table.authority_counts.total} tin bài trên cổng huyện, "
            f"{sum(row.counts.total for row in table.rows)} tin bài được ghi cho đơn vị, "
            f"{sum(row.sent_back for row in table.rows)} bị trả lại"
        )
    print("Số truy vấn SQL của contribution_table:")
    for label, period in named_periods:
        small_count = query_count(lambda period=period: contribution_table(small, period))
        big_count = query_count(lambda period=period: contribution_table(district, period))
        same = "bằng nhau" if small_count == big_count else "KHÁC NHAU"
        print(
            f"  {label}: {small.children.count()} đơn vị {small_count}, {district.children.count()} đơn vị "
            f"{big_count} — {same}"
        )


def measure_xlsx(district, period, runs):
    from reports.contributions import contribution_table
    from reports.exports import as_xlsx

    table = contribution_table(district, period)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        content = as_xlsx(table)
        samples.append(time.perf_counter() - started)
    whole, _ = seconds(lambda: as_xlsx(contribution_table(district, period)))
    verdict = "ĐẠT" if max(samples) < XLSX_AIM_S and whole < XLSX_AIM_S else "CHƯA ĐẠT"
    print()
    print(
        f"XLSX {period.label} (reports.exports.as_xlsx, {runs} lần): p50 {statistics.median(samples) * 1000:.0f} ms, "
        f"chậm nhất {max(samples) * 1000:.0f} ms; cả bảng và tệp {whole * 1000:.0f} ms; {len(content) / 1024:.0f} KB "
        f"— {verdict} (< {XLSX_AIM_S} s)"
    )


def measure_screen(district, small, named_periods, user, runs):
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    print()
    try:
        url = reverse("reports_contributions")
    except NoReverseMatch:
        print("Màn hình quản trị: bỏ qua (chưa có URL reports_contributions).")
        return
    client = Client()
    client.force_login(user)

    def get(authority, period):
        response = client.get(url, {"authority": authority.pk, "period": period.code}, HTTP_HOST=DISTRICT_HOST)
        if response.status_code != 200:
            raise SystemExit(f"Màn hình {url} trả về {response.status_code} cho {period.code}.")
        return response

    print(f"Màn hình quản trị {url} (test client, thành viên ban biên tập), {runs} lần đo mỗi kỳ:")
    for label, period in (named_periods[0], named_periods[-1]):
        p50, p95 = timed_runs(lambda period=period: get(district, period), runs)
        small_count = query_count(lambda period=period: get(small, period))
        big_count = query_count(lambda period=period: get(district, period))
        same = "bằng nhau" if small_count == big_count else "KHÁC NHAU"
        print(
            f"  {label} {period.label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms; truy vấn SQL {SMALL_UNITS} đơn vị "
            f"{small_count}, {district.children.count()} đơn vị {big_count} — {same}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--units", type=int, default=100, help="Đơn vị tham gia của huyện lớn.")
    parser.add_argument("--communes-with-sites", type=int, default=20)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--xlsx-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    if not 0 < args.communes_with_sites <= min(args.units, len(COMMUNE_NAMES)):
        sys.exit(f"--communes-with-sites phải từ 1 đến {min(args.units, len(COMMUNE_NAMES))}.")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-reports-"))
    configure_environment(workdir)
    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone

    from reports.ledger import rebuild_items

    try:
        check_empty_postgresql()
        rng = random.Random(args.seed)
        print(f"Tải máy lúc bắt đầu: {load_average()}", flush=True)
        took, (district, small) = seconds(lambda: build_units(args.units, args.communes_with_sites))
        print(
            f"Migrate + huyện {district.children.count()} đơn vị ({args.communes_with_sites} xã có trang) và huyện "
            f"{small.children.count()} đơn vị: {took:.0f} s",
            flush=True,
        )
        took, written = seconds(lambda: create_articles(district, small, args.articles, rng))
        print(f"Ghi {written} tin bài (hàng loạt, không tín hiệu xuất bản): {took:.0f} s", flush=True)
        took, rows = seconds(rebuild_items)
        print(f"rebuild_report_items (reports.ledger.rebuild_items): {rows} mục trong {took:.1f} s", flush=True)
        named_periods = periods(timezone.localdate())
        send_back_some(district, small, named_periods[0][1])
        user = board_member(district, small)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"Tải máy lúc bắt đầu đo: {load_average()}", flush=True)
        measure_table(district, small, named_periods, args.runs)
        measure_xlsx(district, named_periods[-1][1], args.xlsx_runs)
        measure_screen(district, small, named_periods, user, max(args.runs // 3, 5))
        print()
        print(f"Tải máy lúc đo xong: {load_average()}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
