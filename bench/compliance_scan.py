"""Compliance scan benchmark on PostgreSQL (issue 5, “Speed”): 10,000 live pages on 20 portals.

    scripts/test-postgres.sh .venv/bin/python bench/compliance_scan.py [--sites 20] [--pages-per-site 500]
        [--runs 200] [--publish-runs 30] [--images 300] [--profile]

1. Checks that DATABASE_URL names an empty PostgreSQL database (scripts/test-postgres.sh makes a
   throwaway one), migrates it with `cms.settings.test` (DEBUG off, page cache off, no
   Elasticsearch) and provisions a district and its communes with `sites.provisioning.provision_unit`.
2. Creates a pool of attributed and unattributed images (tiny generated PNG files), then each
   portal's live pages in bulk — articles of every kind with StreamField bodies (paragraphs with
   links of every sort, images, quotes, videos, tables, some legacy raw HTML) and a few plain
   content pages — with `legal_docs.importing.tree.ChildAppender.add_many` (live, no revision,
   two multi-row INSERTs per batch: no publish signal, so the compliance receivers never run),
   search and reference indexing suspended (`cms.importing.deferred_indexing`); and each portal's
   link list and banners.
3. Times the loading of the same live pages with `.specific()` in chunks (what any scan must do),
   then `compliance.scanner.run_scan` over every portal twice (the first creates the findings,
   the second finds them again) and `compliance_scan --all --format json` to /dev/null, with their
   SQL query counts; scans a subset of the portals to show that queries do not grow per page.
4. Times the publish-time check of one typical article (10 paragraphs, 20 links, 3 images):
   `detect_for_page`, `rescan_page`, and a whole `save_revision().publish()` with and without the
   compliance receivers connected.

The corpus (portals, images, pages, link lists, the typical article) is built by
`bench/compliance_data.py`; this script measures.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# Run as `python bench/<script>.py`: the project folder must be importable for `bench.support`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.compliance_data import (  # noqa: E402
    CHUNK,
    build_portals,
    check_created,
    create_images,
    create_pages,
    create_site_links,
    live_page_count,
    typical_article,
)
from bench.support import PROJECT_DIR, check_empty_postgresql, configure_environment, percentile  # noqa: E402

AIM_PAGES_PER_SECOND = 200
AIM_CHECK_MS = 50
SEED = 5


@dataclass
class Measure:
    seconds: float
    queries: int


def load_average():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def timed(call):
    """(seconds, SQL queries, result) of one call."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        result = call()
        seconds = time.perf_counter() - started
    return Measure(seconds, len(captured.captured_queries)), result


def load_specific(sites):
    """What any scan must do: read every live page of the sites as its specific type, 500 at a time."""
    from django.db.models import Q

    from wagtail.models import Page

    condition = Q()
    for site in sites:
        condition |= Q(path__startswith=site.root_page.path)
    ids = list(Page.objects.live().filter(condition).order_by("path").values_list("pk", flat=True))
    loaded = 0
    for start in range(0, len(ids), CHUNK):
        loaded += len(list(Page.objects.filter(pk__in=ids[start : start + CHUNK]).specific()))
    return loaded


def scan(sites):
    from compliance.models import Trigger
    from compliance.scanner import run_scan

    return run_scan(sites, Trigger.COMMAND)


def command_json():
    from django.core.management import call_command

    with open(os.devnull, "w") as devnull:
        call_command("compliance_scan", "--all", "--format", "json", stdout=devnull)


def finding_counts():
    from django.db.models import Count

    from compliance.models import Finding

    by_rule = dict(Finding.objects.current().values_list("rule").annotate(n=Count("pk")).order_by("rule"))
    return sum(by_rule.values()), by_rule


def scan_row(label, measure, inspection, pages):
    rate = pages / measure.seconds
    verdict = "đạt" if rate >= AIM_PAGES_PER_SECOND else "CHƯA ĐẠT"
    findings = inspection.open_count + inspection.waived_count if inspection is not None else "–"
    return (
        f"  {label:44s} {pages:7d} {measure.seconds:8.1f} {rate:8.0f} {verdict:9s} {measure.queries:6d} "
        f"{measure.queries / pages * 1000:7.1f} {findings!s:>8}"
    )


def profile_scan(sites):
    from compliance.models import Trigger
    from compliance.scanner import run_scan

    profiler = cProfile.Profile()
    profiler.enable()
    run_scan(sites, Trigger.COMMAND)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(25)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    start = next(index for index, line in enumerate(lines) if "ncalls" in line)
    total = next((line for line in lines if "function calls" in line), "")
    print(f"── cProfile một lần quét toàn bộ (update), 25 hàm tốn nhiều thời gian riêng nhất: {total.strip()}")
    for line in lines[start:]:
        print(f"   {line.replace(str(PROJECT_DIR) + '/', '')[:200]}")


def sample(call, runs):
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def describe(label, samples, queries, aim=None):
    p50, p95 = statistics.median(samples), percentile(samples, 95)
    verdict = f"  {'đạt' if p95 < aim else 'CHƯA ĐẠT'} mục tiêu < {aim} ms" if aim else ""
    print(
        f"  {label:52s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  {queries:3d} truy vấn SQL  ({len(samples)} lần){verdict}"
    )
    return p50, p95


def measure_publish_check(sites, images, runs, publish_runs, rng):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.signals import page_published, page_unpublished

    from articles.models import ArticlePage, NewsIndexPage
    from compliance import receivers
    from compliance.extraction import extract_page
    from compliance.scanner import detect_for_page, rescan_page

    site = sites[-1]
    news = NewsIndexPage.objects.child_of(site.root_page).get(slug="tin-tuc-su-kien")
    created = typical_article(news, images, rng)
    page = ArticlePage.objects.get(pk=created.pk)
    content = extract_page(page)
    found = detect_for_page(page)
    paragraphs = sum(1 for item in page.body.raw_data if item["type"] == "paragraph")
    print(
        f"Trang điển hình (#{page.pk}, {site.hostname}): {paragraphs} đoạn, {len(content.links)} liên kết, "
        f"{len(content.image_ids)} ảnh; {len(found)} phát hiện "
        f"({', '.join(sorted({d.rule for d in found})) or 'không có'})"
    )

    def queries_of(call):
        with CaptureQueriesContext(connection) as captured:
            call()
        return len(captured.captured_queries)

    results = {}
    for _ in range(5):
        detect_for_page(page)
    results["detect"] = describe(
        "detect_for_page(page)",
        sample(lambda: detect_for_page(page), runs),
        queries_of(lambda: detect_for_page(page)),
        AIM_CHECK_MS,
    )
    results["rescan"] = describe(
        "rescan_page(page)", sample(lambda: rescan_page(page), runs), queries_of(lambda: rescan_page(page))
    )

    counter = [0]

    def publish():
        counter[0] += 1
        page.summary = f"Sáng 28/12, UBND xã tổ chức Hội nghị tổng kết công tác năm 2025 (lần {counter[0]})."
        page.save_revision().publish()

    def disconnect():
        page_published.disconnect(dispatch_uid="compliance_rescan_published_page")
        page_unpublished.disconnect(dispatch_uid="compliance_rescan_unpublished_page")

    def connect():
        page_published.connect(receivers.rescan_changed_page, dispatch_uid="compliance_rescan_published_page")
        page_unpublished.connect(receivers.rescan_changed_page, dispatch_uid="compliance_rescan_unpublished_page")

    with_receivers, without = [], []
    for _ in range(3):
        publish()
    for number in range(2 * publish_runs):  # alternated, so that load on the machine hits both alike
        if number % 2:
            disconnect()
            try:
                without.extend(sample(publish, 1))
            finally:
                connect()
        else:
            with_receivers.extend(sample(publish, 1))
    with_queries = queries_of(publish)
    disconnect()
    try:
        without_queries = queries_of(publish)
    finally:
        connect()
    results["publish"] = describe("save_revision().publish(), có kiểm tra tuân thủ", with_receivers, with_queries)
    results["publish_bare"] = describe("save_revision().publish(), ngắt bộ nhận tuân thủ", without, without_queries)
    share = (results["publish"][0] - results["publish_bare"][0]) / results["publish"][0]
    admin = (results["publish"][0] - results["publish_bare"][0] + results["detect"][0]) / (
        results["publish"][0] + results["detect"][0]
    )
    print(
        f"  Phần kiểm tra tuân thủ trong publish() (p50): {share:.0%}; trong một lần bấm “Xuất bản” ở quản trị "
        f"(thêm detect_for_page của hook before_publish_page): {admin:.0%} "
        f"(+{queries_of(lambda: detect_for_page(page)) + with_queries - without_queries} truy vấn SQL)"
    )
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20, help="Số trang web (huyện + xã), mặc định 20.")
    parser.add_argument("--pages-per-site", type=int, default=500, help="Số trang nội dung mỗi trang web.")
    parser.add_argument("--runs", type=int, default=200, help="Số lần đo detect_for_page và rescan_page.")
    parser.add_argument("--publish-runs", type=int, default=30, help="Số lần đo publish() mỗi cách.")
    parser.add_argument("--images", type=int, default=300, help="Số ảnh dùng chung.")
    parser.add_argument("--profile", action="store_true", help="In cProfile của một lần quét toàn bộ.")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-compliance-"))
    configure_environment(workdir)
    import django

    django.setup()
    rng = random.Random(SEED)
    began = time.perf_counter()
    print(f"Tải máy lúc bắt đầu: {load_average()}", flush=True)
    try:
        check_empty_postgresql()
        from django.db import connection

        from cms.importing import deferred_indexing

        started = time.perf_counter()
        sites = build_portals(args.sites)
        print(f"Migrate + {len(sites)} trang web (1 huyện, {len(sites) - 1} xã): {time.perf_counter() - started:.0f} s")

        print("Tạo nội dung (tạo hàng loạt, không qua publish; chỉ mục tìm kiếm và tham chiếu tạm ngắt):", flush=True)
        with deferred_indexing():
            started = time.perf_counter()
            images = create_images(args.images, rng)
            image_seconds = time.perf_counter() - started
            started = time.perf_counter()
            create_pages(sites, args.pages_per_site, images, rng)
            page_seconds = time.perf_counter() - started
            link_count = create_site_links(sites, images, rng)
        created = len(sites) * args.pages_per_site
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        pages = live_page_count(sites)
        print(f"  {len(images)} ảnh: {image_seconds:.1f} s")
        print(
            f"  {created} trang ({created / page_seconds:.0f} trang/s): {page_seconds:.1f} s; {link_count} liên kết "
            f"website/banner; {pages} trang đang xuất bản tính cả trang chủ và chuyên mục",
            flush=True,
        )
        check_created(sites)

        from wagtail.models import Site

        all_sites = list(Site.objects.filter(unit__isnull=False).order_by("hostname"))
        subset = all_sites[: max(1, len(all_sites) // 10)]
        subset_pages = live_page_count(subset)

        print(f"Đọc trang (.specific(), từng nhóm {CHUNK}):", flush=True)
        load_specific(all_sites)  # warms PostgreSQL's cache as the scans will find it
        load, loaded = timed(lambda: load_specific(all_sites))
        print(
            f"  {loaded} trang: {load.seconds:.1f} s, {loaded / load.seconds:.0f} trang/s, {load.queries} truy vấn SQL"
        )

        print("Quét (compliance.scanner.run_scan, Trigger.COMMAND):", flush=True)
        header = (
            f"  {'lần quét':44s} {'trang':>7} {'giây':>8} {'trang/s':>8} {'≥200/s':9s} {'SQL':>6} "
            f"{'SQL/1000':>7} {'vi phạm':>8}"
        )
        rows = [header]
        full1, inspection1 = timed(lambda: scan(all_sites))
        rows.append(scan_row("toàn bộ, lần 1 (tạo vi phạm)", full1, inspection1, pages))
        print(rows[-1], flush=True)
        full2, inspection2 = timed(lambda: scan(all_sites))
        rows.append(scan_row("toàn bộ, lần 2 (cập nhật)", full2, inspection2, pages))
        print(rows[-1], flush=True)
        command, _ = timed(command_json)
        rows.append(scan_row("compliance_scan --all --format json", command, None, pages))
        print(rows[-1], flush=True)
        sub_update, sub_inspection = timed(lambda: scan(subset))
        rows.append(scan_row(f"{len(subset)} trang web, cập nhật", sub_update, sub_inspection, subset_pages))
        print(rows[-1], flush=True)
        total, by_rule = finding_counts()
        from compliance.models import Finding

        Finding.objects.all().delete()
        sub_create, sub_created = timed(lambda: scan(subset))
        rows.append(scan_row(f"{len(subset)} trang web, tạo vi phạm", sub_create, sub_created, subset_pages))
        print(rows[-1], flush=True)
        scan(all_sites)  # back to the state of the full scans
        print("  (SQL/1000: truy vấn SQL cho mỗi 1.000 trang; vi phạm: chưa xử lý + được miễn của lần quét)")
        print(f"  Vi phạm đang mở sau lần 2: {total} — {json.dumps(by_rule, ensure_ascii=False)}")
        for label, small, big in (("tạo", sub_create, full1), ("cập nhật", sub_update, full2)):
            per_page = (big.queries - small.queries) / (pages - subset_pages)
            print(
                f"  Số truy vấn, {label}: {small.queries} ({subset_pages} trang) → {big.queries} ({pages} trang): "
                f"×{big.queries / small.queries:.2f} cho ×{pages / subset_pages:.1f} trang; thêm "
                f"{per_page:.4f} truy vấn/trang (1 truy vấn mỗi {1 / per_page if per_page else float('inf'):.0f} trang)"
            )
        print(
            f"  Quét ÷ đọc trang: lần 1 {full1.seconds / load.seconds:.1f}, lần 2 {full2.seconds / load.seconds:.1f} "
            f"(đọc {load.seconds:.1f} s; phần còn lại là trích xuất, quy tắc và ghi: lần 2 "
            f"{(full2.seconds - load.seconds) / pages * 1000:.1f} ms/trang)",
            flush=True,
        )
        if args.profile:
            profile_scan(all_sites)

        print(f"Kiểm tra khi xuất bản một trang (tải máy: {load_average()}):", flush=True)
        publish = measure_publish_check(sites, images, args.runs, args.publish_runs, rng)

        print()
        print("TÓM TẮT / SUMMARY")
        best = min(full1.seconds, full2.seconds)
        print(
            f"  Tạo nội dung: {created} trang trong {page_seconds:.1f} s, {len(images)} ảnh trong {image_seconds:.1f} s"
        )
        print(
            f"  Quét toàn bộ {len(all_sites)} trang web, {pages} trang: lần 1 {full1.seconds:.1f} s "
            f"({pages / full1.seconds:.0f} trang/s, {full1.queries} SQL), lần 2 {full2.seconds:.1f} s "
            f"({pages / full2.seconds:.0f} trang/s, {full2.queries} SQL); lệnh JSON {command.seconds:.1f} s — "
            f"{'đạt' if pages / best >= AIM_PAGES_PER_SECOND else 'CHƯA ĐẠT'} mục tiêu ≥ {AIM_PAGES_PER_SECOND} trang/s"
        )
        print(
            f"  Đọc trang .specific(): {load.seconds:.1f} s; quét ÷ đọc: {full1.seconds / load.seconds:.1f} / "
            f"{full2.seconds / load.seconds:.1f}"
        )
        detect_p50, detect_p95 = publish["detect"]
        print(
            f"  detect_for_page: p50 {detect_p50:.1f} ms, p95 {detect_p95:.1f} ms — "
            f"{'đạt' if detect_p95 < AIM_CHECK_MS else 'CHƯA ĐẠT'} mục tiêu < {AIM_CHECK_MS} ms; rescan_page p50 "
            f"{publish['rescan'][0]:.1f} ms; publish() p50 {publish['publish'][0]:.0f} ms có / "
            f"{publish['publish_bare'][0]:.0f} ms không có kiểm tra tuân thủ"
        )
        print(f"  Tải máy lúc kết thúc: {load_average()}; toàn bộ phép đo: {time.perf_counter() - began:.0f} s")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
