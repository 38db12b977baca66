"""Uncached render cost: server time and SQL queries of one render of each public page type.

    .venv/bin/python bench/render_cost.py [--renders 50] [--only "Trang chủ"] [--queries] [--profile]
    scripts/test-postgres.sh .venv/bin/python bench/render_cost.py --postgresql

Builds the demo (`manage.py load_demo`) on a throwaway database (SQLite in a temporary folder, or
the empty PostgreSQL cluster `scripts/test-postgres.sh` starts), adds to a commune an article with
30 photos (bench/article_pages.py's), then renders every public page type in-process through
Django's test client with the page cache off (PAGE_CACHE_SECONDS=0, anonymous, a Host header) and
prints, per page type, the SQL queries of one render and p50/p95 server time over `--renders`
renders, in two states:

- "cache trang tắt": only the page cache is off; Wagtail's per-process caches (site root paths),
  the renditions cache and the parts every page of a site shares (cms.page_cache.parts: unit,
  menu, settings, kept PAGE_PARTS_CACHE_SECONDS = 300 s here, as with production's default
  PAGE_CACHE_SECONDS) stay as the previous render left them: a page of a site some other page of
  which was rendered since the site's last publish (a crawler's second page, every page but the
  first one opened after a publish);
- "mọi bộ đệm trống": every cache is emptied before each render, the parts too: harsher than right
  after a publish, which expires only that site's pages and parts (and its authority's).

A trivial Django view (bench/urls.py) measured in the same run is the baseline. Verdict: p95 of
the "mọi bộ đệm trống" state ≤ 25 ms. "CPU p50" is this process's CPU time for the renders of
that state: with SQLite the whole render runs in this process, so it varies far less than the
server time with the load other processes put on the machine (compare runs with it); with
PostgreSQL the database's own work is not in it.

To find where the time goes: `--only` keeps the page types whose label contains the text,
`--queries` prints the SQL of the counted render with the time of each, `--profile` the
functions taking most time (cProfile, cumulative and own time) over the cold renders.
"""

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.article_pages import configure_environment, make_section_with_articles  # noqa: E402
from bench.support import check_empty_postgresql, percentile  # noqa: E402

TARGET_MS = 25
PARTS_SECONDS = 300
TRIVIAL_PATH = "/__bench__/trivial/"


def build_demo():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    # What `manage.py load_demo` runs; the production settings benchmarked here do not install the command.
    from demo.loading import load_demo

    load_demo()


def pages_to_measure():
    """(label, host, path) for each public page type of the demo, and the 30-photo article."""
    from articles.models import ArticlePage, NewsIndexPage
    from home.models import ContentPage, HomePage, SectionPage
    from legal_docs.models import LegalDocumentIndexPage, LegalDocumentPage, ProcedureIndexPage, ProcedurePage
    from sites.models import Unit
    from tests.factories import ImageFactory

    district = Unit.objects.filter(parent=None, site__isnull=False).order_by("pk").first()
    commune = Unit.objects.filter(parent=district, site__isnull=False).order_by("pk").first()
    images = [ImageFactory(title=f"Ảnh {number}", collection=commune.collection) for number in range(30)]
    large = make_section_with_articles(commune, "do-30-anh", 30, images)

    def first(model, site):
        return model.objects.live().descendant_of(site.root_page, inclusive=True).order_by("path").first()

    def newest(model, site, order):
        return model.objects.live().descendant_of(site.root_page).order_by(order).first()

    site = district.site
    chosen = [
        ("Trang chủ huyện", HomePage.objects.get(pk=site.root_page_id)),
        ("Trang chủ xã", HomePage.objects.get(pk=commune.site.root_page_id)),
        ("Chuyên mục", first(SectionPage, site)),
        ("Trang nội dung", first(ContentPage, site)),
        ("Chuyên mục tin", first(NewsIndexPage, site)),
        ("Tin bài (demo)", newest(ArticlePage, site, "-published_at")),
        ("Tin bài 30 ảnh", large),
        ("Danh sách văn bản", first(LegalDocumentIndexPage, site)),
        ("Trang văn bản", newest(LegalDocumentPage, site, "-issued_date")),
        ("Danh sách thủ tục", first(ProcedureIndexPage, site)),
        ("Trang thủ tục", first(ProcedurePage, site)),
    ]
    measured = []
    for label, page in chosen:
        if page is None:
            print(f"  (dữ liệu mẫu không có trang loại “{label}”: bỏ qua)")
            continue
        page_site = page.get_site()
        measured.append((label, page_site.hostname, page.relative_url(page_site)))
    return site.hostname, measured


def empty_caches():
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


def render_ms(client, host, path, before=None):
    if before is not None:
        before()
    started = time.perf_counter()
    response = client.get(path, HTTP_HOST=host)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{path} trên {host}: mã {response.status_code}")
    return elapsed


def counted_queries(client, host, path, cold=True):
    """The SQL of one render with every cache emptied (or, `cold=False`, with only the page cache
    off), each with its time in the database driver."""
    from django.db import connection

    render_ms(client, host, path)  # renditions generated once: a one-off per photo and spec, not counted
    if cold:
        empty_caches()
    queries = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append(f"{(time.perf_counter() - started) * 1000:6.2f} ms  {sql % tuple(params or ())}")

    with connection.execute_wrapper(timed):
        render_ms(client, host, path)
    return queries


def print_profile(client, host, path, renders, save_to=None):
    profile = cProfile.Profile()
    for _ in range(renders):
        empty_caches()
        profile.enable()
        render_ms(client, host, path)
        profile.disable()
    if save_to:
        profile.dump_stats(save_to)
    stats = pstats.Stats(profile)
    print(f"{stats.total_calls / renders:.0f} lời gọi hàm Python mỗi lần hiển thị (không phụ thuộc tải máy)")
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)


def measure(client, host, path, renders):
    """Wall times with the page cache off, wall and CPU times with every cache emptied (ms)."""
    render_ms(client, host, path)  # renditions generated once, templates compiled
    warm = [render_ms(client, host, path) for _ in range(renders)]
    cold, cold_cpu = [], []
    for _ in range(renders):
        empty_caches()
        cpu_started = time.process_time()
        cold.append(render_ms(client, host, path))
        cold_cpu.append((time.process_time() - cpu_started) * 1000)
    return warm, cold, cold_cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=50, help="số lần hiển thị mỗi trang (mặc định 50)")
    parser.add_argument("--postgresql", action="store_true", help="đo trên PostgreSQL của scripts/test-postgres.sh")
    parser.add_argument("--only", default="", help="chỉ đo các loại trang có tên chứa chuỗi này")
    parser.add_argument("--queries", action="store_true", help="in các câu SQL của lần hiển thị được đếm")
    parser.add_argument("--profile", action="store_true", help="in các hàm tốn thời gian nhất (cProfile)")
    parser.add_argument("--profile-file", help="với --profile: lưu số liệu cProfile vào tệp này (đọc bằng pstats)")
    args = parser.parse_args()
    if args.renders < 2:
        parser.error("--renders phải từ 2 trở lên")

    postgresql_url = os.environ.get("DATABASE_URL") if args.postgresql else None
    if args.postgresql and not postgresql_url:
        sys.exit("Cần PostgreSQL: chạy qua scripts/test-postgres.sh (biến DATABASE_URL trỏ tới cụm thử nghiệm).")
    workdir = Path(tempfile.mkdtemp(prefix="portal-render-cost-"))
    configure_environment(workdir)  # production settings, bench URLs, SQLite and media in workdir
    for name in ("ELASTICSEARCH_URL", "REDIS_URL"):
        os.environ.pop(name, None)
    os.environ.update(
        ALLOWED_HOSTS="localhost,.localhost,testserver",
        PAGE_CACHE_SECONDS="0",
        SEARCH_CACHE_SECONDS="0",
    )
    if postgresql_url:
        os.environ["DATABASE_URL"] = postgresql_url
    import django

    django.setup()
    from django.conf import settings

    settings.PAGE_PARTS_CACHE_SECONDS = PARTS_SECONDS
    from django.db import connection
    from django.test import Client

    try:
        if postgresql_url:
            check_empty_postgresql()
        started = time.perf_counter()
        build_demo()
        district_host, pages = pages_to_measure()
        print(
            f"Dữ liệu mẫu và tin 30 ảnh dựng xong trong {time.perf_counter() - started:.0f} s "
            f"({connection.vendor}, {args.renders} lần mỗi trang, khách ẩn danh, bộ nhớ đệm trang tắt)."
        )

        client = Client()
        trivial_warm, _, _ = measure(client, district_host, TRIVIAL_PATH, args.renders)
        baseline = percentile(trivial_warm, 50)
        print(f"View tối giản: p50 {baseline:.2f} ms, p95 {percentile(trivial_warm, 95):.2f} ms")
        print(
            f"{'Loại trang':20s} {'truy vấn':>8s}   {'cache trang tắt: truy vấn, p50/p95':>35s}   "
            f"{'mọi bộ đệm trống p50/p95':>25s}   {'CPU p50':>8s}   {'× tối giản':>10s}  kết luận"
        )
        failures = []
        for label, host, path in pages:
            if args.only not in label:
                continue
            queries = counted_queries(client, host, path)
            warm_queries = counted_queries(client, host, path, cold=False)
            if args.queries:
                print(f"-- {label}: {path} trên {host}")
                print("\n".join(queries))
            if args.profile:
                print_profile(client, host, path, args.renders, args.profile_file)
            warm, cold, cold_cpu = measure(client, host, path, args.renders)
            cold_p95 = percentile(cold, 95)
            verdict = "đạt" if cold_p95 <= TARGET_MS else "CHƯA ĐẠT"
            if cold_p95 > TARGET_MS:
                failures.append(label)
            print(
                f"{label:20s} {len(queries):8d}   {len(warm_queries):14d}, {percentile(warm, 50):6.1f} / "
                f"{percentile(warm, 95):6.1f} ms   "
                f"{percentile(cold, 50):11.1f} / {cold_p95:6.1f} ms   {percentile(cold_cpu, 50):5.1f} ms   "
                f"{percentile(cold, 50) / baseline:10.0f}  "
                f"{verdict}"
            )
        if failures:
            print(f"Chưa đạt mục tiêu p95 ≤ {TARGET_MS} ms khi mọi bộ đệm trống: {', '.join(failures)}.")
        else:
            print(f"Mọi loại trang đạt mục tiêu p95 ≤ {TARGET_MS} ms khi mọi bộ đệm trống.")
    finally:
        # The renders counted visits; write them while the database is still there (else the
        # flush at exit finds it gone).
        from engagement.counters import flush_all

        flush_all()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
