"""Benchmark: `manage.py import_articles` on 1,000 and 10,000 generated articles.

Run from the project folder:  .venv/bin/python bench/import_articles.py [--sizes 1000 10000] [--rerun] [--keep]
On PostgreSQL:  scripts/test-postgres.sh .venv/bin/python bench/import_articles.py --postgres

Builds a throwaway SQLite database in a temporary folder (with --postgres: a template database in
the throwaway cluster DATABASE_URL points at, copied with CREATE DATABASE … TEMPLATE) (migrate, one district and one
commune), writes JSONL files of realistic Vietnamese articles (a few with small PNG photos),
then imports each file into the commune's site in a fresh subprocess, starting from a copy of
the same empty database. For each run it prints the wall time, lines per second and the peak
resident memory of the import process, then the ratio of peak memory between the largest and
the smallest file: about 1 when the file is streamed. With --rerun the smallest file is imported
a second time into its database, which measures a re-run that updates every article.
"""

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

# Run as `python bench/<script>.py`: the project folder must be importable for `bench.support`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.support import ACTORS, EVENTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DISTRICT_HOST = "hamtan.localhost"
COMMUNE_HOST = "tan-ha.hamtan.localhost"
VIETNAM = timezone(timedelta(hours=7))
IMAGE_EVERY = 40  # one article in 40 carries photos
PHOTO_COUNT = 12
TARGET_RATE = 150  # articles/s on PostgreSQL for 10,000 articles (issue 13)

PLACES = ["xã Tân Hà", "thôn Hiệp Thành", "thôn Tân Lý", "khu phố 3", "thôn Gò Đình", "xã Sơn Mỹ", "thị trấn Tân Nghĩa"]
SECTIONS = [
    "Tin tức – Sự kiện",
    "Tin tức – Sự kiện › Kinh tế",
    "Tin tức – Sự kiện › Kinh tế › Nông nghiệp",
    "Tin tức – Sự kiện › Văn hóa – Xã hội",
    "Tin tức – Sự kiện › Quốc phòng – An ninh",
    "Tin tức – Sự kiện › Cải cách hành chính",
]
UNITS = ["Phòng Văn hóa và Thông tin", "Phòng Tài nguyên và Môi trường", "Văn phòng HĐND và UBND", "Phòng VH&TT", ""]
AUTHORS = ["Minh Tâm", "Ngọc Hân", "Văn Phúc", "Thu Hà", "Đức Anh", "Bảo Trâm"]
OUTLETS = [("Báo Bình Thuận", "https://baobinhthuan.com.vn"), ("Báo Chính phủ", "https://baochinhphu.vn")]
TAGS = ["nông thôn mới", "cải cách hành chính", "an ninh trật tự", "chuyển đổi số", "an sinh xã hội", "phòng cháy"]
KINDS = ["tin"] * 14 + ["bai"] * 4 + ["phong_su", "diem_bao"]
SENTENCES = [
    "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam và các đoàn thể.",
    "Trong năm, địa phương đã hoàn thành {n}/{m} chỉ tiêu kinh tế – xã hội do HĐND giao.",
    "Tổng giá trị sản xuất ước đạt {n} tỷ đồng, tăng {m}% so với cùng kỳ năm trước.",
    "Công tác cải cách hành chính tiếp tục được quan tâm, tỷ lệ hồ sơ giải quyết đúng hạn đạt {m}%.",
    "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND ghi nhận những kết quả đạt được.",
    "Dịp này, {n} tập thể và cá nhân có thành tích xuất sắc được khen thưởng.",
    "Người dân có thể tra cứu thông tin chi tiết tại Bộ phận Một cửa hoặc trên Cổng dịch vụ công quốc gia.",
    "Các lực lượng chức năng đã ra quân kiểm tra {n} cơ sở kinh doanh trên địa bàn.",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rerun", action="store_true", help="Also time a second import of the smallest file.")
    parser.add_argument("--postgres", action="store_true", help="Use the PostgreSQL cluster of DATABASE_URL.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder and print its path.")
    parser.add_argument("--measure", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.measure)

    work = Path(tempfile.mkdtemp(prefix="portal-bench-import-"))
    try:
        database = PostgresDatabases() if args.postgres else SqliteDatabases(work)
        run_benchmark(work, sorted(args.sizes), args.rerun, database)
    finally:
        if args.keep:
            print(f"\nTemporary files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def measure(command):
    """Child mode: run `command`, then report its wall time and peak RSS (this process has no other child)."""
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "returncode": completed.returncode,
                "seconds": elapsed,
                "cpu_seconds": usage.ru_utime + usage.ru_stime,
                "peak_rss_kib": usage.ru_maxrss,  # KiB on Linux
                "stdout": completed.stdout,
                "stderr": completed.stderr[-2000:],
            }
        )
    )


class SqliteDatabases:
    label = "SQLite"

    def __init__(self, work):
        self.work = work

    def template(self):
        return f"sqlite:///{self.work / 'template.sqlite3'}"

    def copy(self, name):
        shutil.copyfile(self.work / "template.sqlite3", self.work / f"{name}.sqlite3")
        return f"sqlite:///{self.work / name}.sqlite3"


class PostgresDatabases:
    """Databases in the throwaway cluster of DATABASE_URL (scripts/test-postgres.sh): a template
    migrated once, then one copy per run."""

    label = "PostgreSQL"

    def __init__(self):
        url = os.environ.get("DATABASE_URL", "")
        if not url.startswith(("postgres://", "postgresql://")):
            sys.exit("Cần PostgreSQL: chạy qua scripts/test-postgres.sh (biến DATABASE_URL trỏ tới cụm thử nghiệm).")
        self.server = url.rsplit("/", 1)[0]

    def _execute(self, sql):
        import psycopg2

        connection = psycopg2.connect(f"{self.server}/postgres")
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def template(self):
        self._execute("CREATE DATABASE bench_import_template")
        return f"{self.server}/bench_import_template"

    def copy(self, name):
        self._execute(f"CREATE DATABASE {name} TEMPLATE bench_import_template")
        return f"{self.server}/{name}"


def run_benchmark(work, sizes, rerun, databases):
    print(f"Preparing a throwaway {databases.label} database (migrate + provision)…", flush=True)
    started = time.perf_counter()
    env = django_env(databases.template(), work / "media-template")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "provision_site", "--kind", "district", "--name", "Huyện Hàm Tân", "--hostname", DISTRICT_HOST)
    manage(
        env,
        "provision_site",
        "--kind",
        "commune",
        "--name",
        "Xã Tân Hà",
        "--hostname",
        COMMUNE_HOST,
        "--parent",
        DISTRICT_HOST,
    )
    print(f"  ready in {time.perf_counter() - started:.0f} s", flush=True)

    data = work / "data"
    write_photos(data / "anh")
    files = {}
    for size in sizes:
        files[size] = data / f"articles-{size}.jsonl"
        write_articles(files[size], size, seed=size)
        print(f"Generated {files[size].name}: {size} articles, {files[size].stat().st_size / 1e6:.1f} MB", flush=True)

    results = []
    for size in sizes:
        env = django_env(databases.copy(f"run_{size}"), work / f"media-{size}")
        results.append(import_once(env, files[size], size, "first import"))
        if rerun and size == sizes[0]:
            results.append(import_once(env, files[size], size, "re-run (updates)"))

    print(f"\n{databases.label}, target {TARGET_RATE} articles/s")
    print(f"{'articles':>8}  {'run':<17} {'wall s':>7} {'CPU s':>7} {'lines/s':>8} {'per CPU s':>9} {'peak RSS':>10}")
    for result in results:
        print(
            f"{result['size']:>8}  {result['label']:<17} {result['seconds']:>7.1f} {result['cpu_seconds']:>7.1f} "
            f"{result['size'] / result['seconds']:>8.1f} {result['size'] / result['cpu_seconds']:>9.1f} "
            f"{result['peak_rss_kib'] / 1024:>7.1f} MB"
        )
    print(
        f"(lines/s from wall time, Python start-up included; per CPU s: lines per second of the import "
        f"process's own CPU time, which the other processes' load hardly changes, the database's work "
        f"not included; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
    )
    first_runs = [result for result in results if result["label"] == "first import"]
    if len(first_runs) > 1:
        small, large = first_runs[0], first_runs[-1]
        ratio = large["peak_rss_kib"] / small["peak_rss_kib"]
        print(f"\nPeak memory {large['size']} / {small['size']} articles: {ratio:.2f} (about 1 means streaming)")
    for result in first_runs:
        rate = result["size"] / result["seconds"]
        verdict = "met" if rate >= TARGET_RATE else "NOT met"
        print(f"{result['size']} articles: {rate:.1f} articles/s, target {TARGET_RATE}: {verdict}")


def import_once(env, path, size, label):
    command = [PYTHON, "manage.py", "import_articles", str(path), "--site", COMMUNE_HOST]
    print(f"Importing {path.name} ({label})…", flush=True)
    wrapper = subprocess.run(
        [PYTHON, __file__, "--measure", *command], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(wrapper.stdout.strip().splitlines()[-1])
    if result["returncode"] != 0:
        sys.exit(f"import_articles failed ({result['returncode']}):\n{result['stderr']}")
    summary = result["stdout"].strip().splitlines()[-1]
    print(f"  {summary}", flush=True)
    expected = f"{0 if 'updates' in label else size} bài mới"
    if not re.search(rf"\b{expected}\b", summary):
        sys.exit(f"Unexpected summary, wanted “{expected}”: {summary}")
    return {**result, "size": size, "label": label}


def django_env(database_url, media_root):
    env = {key: value for key, value in os.environ.items() if key not in ("ELASTICSEARCH_URL", "REDIS_URL")}
    env.update(
        # Production settings (DEBUG off, so no query log): an import as an operator runs it.
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="bench-import-articles",
        ALLOWED_HOSTS="*",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def write_photos(folder):
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    for number in range(PHOTO_COUNT):
        image = Image.new("RGB", (320, 240), tuple(rng.randrange(256) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        for _ in range(6):
            box = sorted(rng.sample(range(320), 2)), sorted(rng.sample(range(240), 2))
            colour = tuple(rng.randrange(256) for _ in range(3))
            draw.rectangle([box[0][0], box[1][0], box[0][1], box[1][1]], fill=colour)
        image.save(folder / f"anh-{number:02d}.png")


def write_articles(path, count, seed):
    rng = random.Random(seed)
    start = datetime(2012, 1, 1, 7, 0, tzinfo=VIETNAM)
    with path.open("w", encoding="utf-8") as stream:
        for number in range(1, count + 1):
            stream.write(json.dumps(article(rng, number, start), ensure_ascii=False) + "\n")


def article(rng, number, start):
    published = start + timedelta(minutes=rng.randrange(12 * 365 * 24 * 60))
    year = published.year
    event = rng.choice(EVENTS).format(year=year, n=rng.randint(5, 300))
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTORS)} {place} {event}"
    kind = rng.choice(KINDS)
    paragraphs = [
        " ".join(rng.choice(SENTENCES).format(n=rng.randint(3, 500), m=rng.randint(60, 100)) for _ in range(4))
        for _ in range(rng.randint(3, 7))
    ]
    link = f"https://dichvucong.gov.vn/p/home/dvc-tthc-{number}.html"
    paragraphs.insert(1, f'Xem thêm: <a href="{link}">thủ tục liên quan</a>.')
    source = None
    if kind == "diem_bao" or rng.random() < 0.05:
        outlet, site = rng.choice(OUTLETS)
        source = {"name": outlet, "url": f"{site}/tin-{number}.html", "permission": f"Công văn số {number}/BBT"}
    images = []
    if number % IMAGE_EVERY == 0:
        for index in range(rng.randint(1, 3)):
            images.append(
                {
                    "file": f"anh/anh-{rng.randrange(PHOTO_COUNT):02d}.png",
                    "caption": f"{title} (ảnh {index + 1})",
                    "author": rng.choice(AUTHORS),
                    "source": "Đài Truyền thanh xã",
                    "license": "Tác phẩm của đơn vị",
                }
            )
    return {
        "external_id": f"cu-{number}",
        "title": title,
        "kind": kind,
        "section": rng.choice(SECTIONS),
        "published_at": published.isoformat(timespec="seconds"),
        "author": rng.choice(AUTHORS),
        "unit": rng.choice(UNITS),
        "summary": f"({place}) – {event[0].upper()}{event[1:]}.",
        "body_html": "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
        "images": images,
        "source": source,
        "tags": rng.sample(TAGS, rng.randint(1, 3)),
    }


if __name__ == "__main__":
    main()
