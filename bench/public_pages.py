"""Public pages benchmark: requests/s for every public page type, page cache on and off.

    .venv/bin/python bench/public_pages.py [--seconds 4] [--clients 8]

Builds the demo district (`manage.py load_demo`) in a throwaway SQLite database, serves it with
gunicorn (2 workers, production settings `bench.settings`, which add the trivial view), and for
the trivial view and each public page type counts requests per second with `ab` (ApacheBench,
Debian's apache2-utils: keep-alive, 8 concurrent connections), once with the page cache off
(`PAGE_CACHE_SECONDS=0`) and once on (300). A Python client on the same 2 cores cannot load
gunicorn past about 1,000 requests/s, which would hide the ratio to the trivial view. It also
prints the server time of an uncached render (median of a few test-client requests in this
process, production settings, page cache off).

Target (issue 13): every cached page type ≥ 0.7 × the trivial view measured in the same run.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.article_pages import free_port, start_gunicorn  # noqa: E402

TARGET = 0.7
AB = shutil.which("ab")
DISTRICT_HOST = "localhost"


def environment(workdir):
    return {
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "localhost,.localhost,127.0.0.1",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "ERROR",
        "ELASTICSEARCH_URL": "",
        "REDIS_URL": "",
    }


def manage(env, settings, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def load_demo_database(env):
    """Migrate the throwaway database, load the demo district, collect the static files; seconds taken."""
    started = time.monotonic()
    manage(env, "cms.settings.dev", "migrate", "--noinput")
    manage(env, "cms.settings.dev", "load_demo", "--force")
    manage(env, "bench.settings", "collectstatic", "--noinput")
    return time.monotonic() - started


FIND_PAGES = """
import json
from wagtail.models import Site
from articles.models import ArticlePage, NewsIndexPage
from home.models import SectionPage
from legal_docs.models import LegalDocumentPage, ProcedurePage

district = Site.objects.get(hostname="localhost")
commune = Site.objects.exclude(hostname="localhost").filter(hostname__endswith=".localhost").order_by("hostname")[0]

def first(model, site):
    page = model.objects.live().descendant_of(site.root_page).order_by("path").first()
    return [site.hostname, page.relative_url(site)]

print(json.dumps([
    ["trang chủ huyện", district.hostname, "/"],
    ["trang chủ xã", commune.hostname, "/"],
    ["trang chuyên mục", *first(SectionPage, district)],
    ["danh sách tin", *first(NewsIndexPage, district)],
    ["tin bài", *first(ArticlePage, district)],
    ["văn bản", *first(LegalDocumentPage, district)],
    ["thủ tục", *first(ProcedurePage, district)],
    ["tìm văn bản", district.hostname, "/van-ban/?q=nghi+dinh"],
    ["tìm kiếm", district.hostname, "/tim-kiem/?q=tet"],
    ["API văn bản", district.hostname, "/api/v2/legal-documents/"],
]))
"""


def shell_json(env, script):
    """What `script`, run by `manage.py shell` under the bench settings, prints last (as JSON)."""
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT_DIR,
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": "bench.settings"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def find_pages(env):
    return shell_json(env, FIND_PAGES)


def requests_per_second(port, host, path, seconds, clients, count=10000000):
    """`ab` with keep-alive; every answer must be a 200 of the same length (ab counts others as failed)."""
    limit = ["-t", str(seconds)] if seconds else []
    result = subprocess.run(
        [
            AB,
            "-q",
            "-k",
            "-c",
            str(clients),
            *limit,
            "-n",
            str(count),
            "-H",
            f"Host: {host}",
            "-H",
            "User-Agent: Mozilla/5.0 (bench)",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    if "Requests per second" not in result.stdout:
        raise RuntimeError(f"{host}{path}: {result.stdout} {result.stderr}")
    failed = int(re.search(r"Failed requests:\s+(\d+)", result.stdout).group(1))
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", result.stdout)
    if non_2xx:
        raise RuntimeError(f"{host}{path}: {non_2xx.group(1)} phản hồi không phải 2xx")
    if failed:  # a length that changes between answers (a counter, a token) is not an error
        print(f"    ({host}{path}: {failed} phản hồi khác độ dài)")
    return float(re.search(r"Requests per second:\s+([\d.]+)", result.stdout).group(1))


def server_times(env, pages, repeats=5):
    """Median server time (ms) of an uncached render of each page, test client, production settings."""
    script = f"""
import json, statistics, time
from django.test import Client
from django.test.utils import override_settings
client = Client()
times = {{}}
with override_settings(PAGE_CACHE_SECONDS=0):
    for label, host, path in {pages!r}:
        samples = []
        for _ in range({repeats} + 1):
            started = time.perf_counter()
            response = client.get(path, HTTP_HOST=host)
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        times[label] = statistics.median(samples[1:])
print(json.dumps(times))
"""
    return shell_json(env, script)


def measure_all(env, pages, cache_seconds, seconds, clients):
    port = free_port()
    os.environ.update(env)
    server = start_gunicorn(
        port, {"PAGE_CACHE_SECONDS": str(cache_seconds), "DJANGO_SETTINGS_MODULE": "bench.settings"}
    )
    try:
        for _, host, path in pages:  # both workers render (and with the cache on, store) each page
            requests_per_second(port, host, path, 0, 2, count=4)
        # The trivial view before and after the pages: the mean of the two is the baseline, so a
        # change in the machine's load during the run weighs on both sides.
        before = requests_per_second(port, DISTRICT_HOST, "/__bench__/trivial/", seconds, clients)
        figures = {label: requests_per_second(port, host, path, seconds, clients) for label, host, path in pages}
        after = requests_per_second(port, DISTRICT_HOST, "/__bench__/trivial/", seconds, clients)
        figures["view tối giản"] = (before + after) / 2
        figures["view tối giản (trước, sau)"] = (before, after)
    finally:
        server.terminate()
        server.wait()
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    if not AB:
        sys.exit("Cần ApacheBench (ab): apt-get install apache2-utils")

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-pages-"))
    env = environment(workdir)
    try:
        took = load_demo_database(env)
        pages = find_pages(env)
        print(f"Dữ liệu mẫu huyện Hàm Tân nạp trong {took:.0f} s.")
        render_ms = server_times(env, pages)
        off = measure_all(env, pages, 0, args.seconds, args.clients)
        on = measure_all(env, pages, 300, args.seconds, args.clients)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    trivial = on["view tối giản"]
    print(
        f"\ngunicorn 2 worker, ab -k, {args.clients} kết nối, {args.seconds} s mỗi địa chỉ; view tối giản "
        f"(trung bình trước và sau các trang): lượt tắt {off['view tối giản']:.0f} "
        f"({off['view tối giản (trước, sau)'][0]:.0f}, {off['view tối giản (trước, sau)'][1]:.0f}), "
        f"lượt bật {trivial:.0f} ({on['view tối giản (trước, sau)'][0]:.0f}, "
        f"{on['view tối giản (trước, sau)'][1]:.0f}) req/s\n"
    )
    print(
        f"{'trang':18s} {'địa chỉ':45s} {'ms không đệm':>12s} {'req/s tắt':>10s} {'req/s bật':>10s} "
        f"{'bật ÷ tối giản':>14s}  kết luận"
    )
    failures = []
    for label, host, path in pages:
        ratio = on[label] / trivial
        verdict = "đạt" if ratio >= TARGET else "CHƯA ĐẠT"
        if ratio < TARGET:
            failures.append(label)
        print(
            f"{label:18s} {(host + path)[:45]:45s} {render_ms[label]:12.1f} {off[label]:10.0f} {on[label]:10.0f} "
            f"{ratio:14.2f}  {verdict}"
        )
    if failures:
        print(f"\nMục tiêu ≥ {TARGET} × view tối giản: chưa đạt với {', '.join(failures)}.")
    else:
        print(f"\nMục tiêu ≥ {TARGET} × view tối giản: đạt với mọi loại trang khi bật bộ nhớ đệm trang.")


if __name__ == "__main__":
    main()
