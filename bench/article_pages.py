"""Article page benchmark: SQL queries per render, and anonymous throughput under gunicorn.

    .venv/bin/python bench/article_pages.py [--seconds 10] [--clients 8]

1. Queries: renders an article with 1 and with 30 images, tags and related items (sibling
   articles in its section) through the test client, page cache off, and prints the query
   count of a cold render (renditions generated) and of a warm one.
2. Throughput: serves the same database with gunicorn (2 workers) on the loopback and
   measures requests/s for a trivial Django view and for the article page, with the page
   cache on and off, and prints the ratios to the trivial view measured in the same run.

Everything lives in a throwaway folder (SQLite database, media, static files).
"""

import argparse
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
HOST = "tan-ha.bench.test"


def configure_environment(workdir):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "SECRET_KEY": "bench-only-not-secret",
            "ALLOWED_HOSTS": ".bench.test,127.0.0.1",
            "SECURE_COOKIES": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    sys.path.insert(0, str(PROJECT_DIR))


def build_portal():
    from django.core.management import call_command

    from sites.provisioning import provision_unit

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    provision_unit("district", "Huyện Hàm Tân", hostname="bench.test")
    return provision_unit("commune", "Xã Tân Hà", hostname=HOST, parent_hostname="bench.test").unit


def make_article(section, title, size, images):
    from django.utils import timezone

    from articles.models import ArticlePage

    body = [("paragraph", "<p>Sáng ngày 28/9, Ban Biên tập họp đánh giá hoạt động 9 tháng đầu năm.</p>")]
    body += [("image", {"image": image, "caption": f"Ảnh {number}"}) for number, image in enumerate(images[:size], 1)]
    article = ArticlePage(
        title=title,
        summary="Ban Biên tập đánh giá hoạt động trang thông tin điện tử.",
        body=body,
        featured_image=images[0],
        author="Thu Hiền",
        published_at=timezone.now(),
    )
    section.add_child(instance=article)
    article.tags.add(*[f"từ khóa {number}" for number in range(size)])
    article.save_revision().publish()
    return article


def make_section_with_articles(commune, slug, size, images):
    """A news section holding `size` earlier articles and the measured one."""
    from django.utils import timezone

    from articles.models import ArticlePage, NewsIndexPage

    news = commune.site.root_page.get_children().get(slug="tin-tuc-su-kien").specific
    section = NewsIndexPage(title=f"Chuyên mục {size}", slug=slug)
    news.add_child(instance=section)
    section.save_revision().publish()
    for number in range(size):
        sibling = ArticlePage(title=f"Tin liên quan {number}", published_at=timezone.now() - timedelta(days=number + 1))
        section.add_child(instance=sibling)
        sibling.save_revision().publish()
    return make_article(section, f"Bài đo với {size} ảnh", size, images)


def count_queries(article):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client()
    path = article.relative_url(article.get_site())
    counts = []
    with override_settings(PAGE_CACHE_SECONDS=0):
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path, HTTP_HOST=HOST)
            assert response.status_code == 200, response.status_code
            counts.append(len(queries))
    return counts


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port, extra_env):
    env = {**os.environ, **extra_env}
    process = subprocess.Popen(
        [str(PROJECT_DIR / ".venv/bin/gunicorn"), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "error"],
        cwd=PROJECT_DIR, env=env,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn không khởi động được")


def measure(port, path, seconds, clients):
    """Requests per second from `clients` threads for `seconds`, one connection per request."""
    done = [0] * clients
    errors = [0] * clients
    stop_at = time.time() + seconds

    def worker(index):
        while time.time() < stop_at:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", path, headers={"Host": HOST, "User-Agent": "Mozilla/5.0 (bench)"})
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status == 200:
                done[index] += 1
            else:
                errors[index] += 1

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if sum(errors):
        raise RuntimeError(f"{sum(errors)} phản hồi lỗi khi đo {path}")
    return sum(done) / seconds


def throughput(article_path, seconds, clients, page_cache_seconds):
    port = free_port()
    server = start_gunicorn(port, {"PAGE_CACHE_SECONDS": str(page_cache_seconds)})
    try:
        measure(port, article_path, 1, clients)  # warm up both workers
        trivial = measure(port, "/__bench__/trivial/", seconds, clients)
        article = measure(port, article_path, seconds, clients)
    finally:
        server.terminate()
        server.wait()
    return trivial, article


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    configure_environment(workdir)
    import django

    django.setup()
    from tests.factories import ImageFactory

    try:
        commune = build_portal()
        images = [ImageFactory(title=f"Ảnh {number}", collection=commune.collection) for number in range(30)]
        small = make_section_with_articles(commune, "mot", 1, images)
        large = make_section_with_articles(commune, "ba-muoi", 30, images)
        small_counts, large_counts = count_queries(small), count_queries(large)
        print("Số truy vấn SQL để hiển thị một tin bài (bộ nhớ đệm trang tắt):")
        for label, (cold, warm) in (("1 ảnh, 1 từ khóa, 1 tin liên quan", small_counts),
                                    ("30 ảnh, 30 từ khóa, 30 tin liên quan", large_counts)):
            print(f"  {label:38s} lần đầu {cold:3d}, các lần sau {warm:3d}")

        article_path = large.relative_url(large.get_site())
        print(f"Thông lượng dưới gunicorn (2 worker, {args.clients} luồng khách, {args.seconds:g} s mỗi phép đo):")
        for label, cache_seconds in (("bật bộ nhớ đệm trang", 300), ("tắt bộ nhớ đệm trang", 0)):
            trivial, article = throughput(article_path, args.seconds, args.clients, cache_seconds)
            print(f"  {label}: view tối giản {trivial:7.1f} req/s, tin bài {article:7.1f} req/s, "
                  f"tỉ lệ {article / trivial:.2f}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
