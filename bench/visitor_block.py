"""Visitor block benchmark (issue 15, “Speed”): requests/s of cached pages that show the visitor
block (and, for articles, the rating) against a trivial Django view, in the same run.

    .venv/bin/python bench/visitor_block.py [--seconds 5] [--clients 8]

Builds the demo district (`manage.py load_demo`: a year of visits, ratings on a dozen articles) in
a throwaway SQLite database, serves it with gunicorn (2 workers, `bench.settings`, page cache on,
300 s), checks that each page comes from the page cache with the visitor block and the rating
sentence filled in, then counts requests per second with `ab` (keep-alive, `--clients`
connections): the trivial view before and after the pages (their mean is the baseline), a
district article, a commune article and the district's home page (whose block adds up every
site of the district). Every request of a page is counted as a visit (ab is one visitor: after
its first request each hit costs the visitor's two cache reads), fills the placeholders (one
cache read for all the visitor figures, one for the rating, one for the view count) and sends
page_served. Prints the load average (`uptime`) before and after.

Target: every page ≥ 0.7 × the trivial view.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.article_pages import free_port, start_gunicorn  # noqa: E402
from bench.public_pages import (  # noqa: E402
    AB,
    environment,
    load_demo_database,
    measure_all,
    requests_per_second,
    shell_json,
)

TARGET = 0.7

FIND_PAGES = """
import json
from wagtail.models import Site
from articles.models import ArticlePage
from engagement.models import PageRating

district = Site.objects.get(hostname="localhost")
rated = PageRating.objects.values_list("page_id", flat=True)

def rated_article(site):
    page = ArticlePage.objects.live().descendant_of(site.root_page).filter(pk__in=rated).order_by("path").first()
    page = page or ArticlePage.objects.live().descendant_of(site.root_page).order_by("path").first()
    return [site.hostname, page.relative_url(site)]

commune = next(
    site for site in Site.objects.filter(hostname__endswith=".localhost").order_by("hostname")
    if ArticlePage.objects.live().descendant_of(site.root_page).exists()
)
print(json.dumps([
    ["tin bài huyện", *rated_article(district)],
    ["tin bài xã", *rated_article(commune)],
    ["trang chủ huyện", district.hostname, "/"],
]))
"""


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def check_page(port, host, path, article):
    """The page comes from the page cache with its visitor block (and rating) filled in."""
    for _ in range(3):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", headers={"Host": host, "User-Agent": "Mozilla/5.0 (bench)"}
        )
        with urllib.request.urlopen(request) as response:
            html = response.read().decode()
            hit = response.headers.get("X-Page-Cache") == "hit"
    assert hit, f"{host}{path}: không lấy từ bộ nhớ đệm trang"
    assert "<!--visitors:" in html and "Tổng lượt truy cập" in html, f"{host}{path}: thiếu khối thống kê truy cập"
    if article:
        assert "<!--rating:" in html, f"{host}{path}: thiếu câu đánh giá"


def check_pages(env, pages):
    """Each page, once stored by both workers, comes from the page cache with its block filled in."""
    port = free_port()
    server = start_gunicorn(port, {**env, "PAGE_CACHE_SECONDS": "300", "DJANGO_SETTINGS_MODULE": "bench.settings"})
    try:
        for label, host, path in pages:
            requests_per_second(port, host, path, 0, 2, count=4)
            check_page(port, host, path, article=label.startswith("tin bài"))
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    if not AB:
        sys.exit("Cần ApacheBench (ab): apt-get install apache2-utils")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-visitors-"))
    env = environment(workdir)
    try:
        took = load_demo_database(env)
        pages = shell_json(env, FIND_PAGES)
        print(f"Dữ liệu mẫu nạp trong {took:.0f} s.")
        check_pages(env, pages)
        print(f"Tải máy trước khi đo: {uptime()}", flush=True)
        figures = measure_all(env, pages, 300, args.seconds, args.clients)
        print(f"Tải máy sau khi đo: {uptime()}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    trivial = figures["view tối giản"]
    before, after = figures["view tối giản (trước, sau)"]
    print(
        f"\ngunicorn 2 worker, ab -k, {args.clients} kết nối, {args.seconds} s mỗi địa chỉ; view tối giản "
        f"{trivial:.0f} req/s (trước {before:.0f}, sau {after:.0f})\n"
    )
    print(f"{'trang':18s} {'địa chỉ':50s} {'req/s':>8s} {'÷ tối giản':>10s}  kết luận")
    failures = []
    for label, host, path in pages:
        ratio = figures[label] / trivial
        if ratio < TARGET:
            failures.append(label)
        verdict = "đạt" if ratio >= TARGET else "CHƯA ĐẠT"
        print(f"{label:18s} {(host + path)[:50]:50s} {figures[label]:8.0f} {ratio:10.2f}  {verdict}")
    if failures:
        print(f"\nMục tiêu ≥ {TARGET} × view tối giản: chưa đạt với {', '.join(failures)}.")
    else:
        print(f"\nMục tiêu ≥ {TARGET} × view tối giản: đạt.")


if __name__ == "__main__":
    main()
