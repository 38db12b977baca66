"""Bulk provisioning benchmark (issue 12, item 2: “100 communes in under 30 s”).

    .venv/bin/python bench/provision_sites.py [--sizes 10 100] [--processes 3] [--profile]
    scripts/test-postgres.sh .venv/bin/python bench/provision_sites.py [same options]

Without DATABASE_URL it runs on SQLite in a temporary folder; under scripts/test-postgres.sh on
the throwaway PostgreSQL database (refused if it has tables), one copy of the migrated database
per measurement (`CREATE DATABASE … TEMPLATE`). Settings `cms.settings.test` (DEBUG off, no
Elasticsearch, Redis or page cache).

For each size N: a CSV of one province and N communes (the communes first, so the province is a
parent defined later in the file) is set up on a fresh copy of the migrated database by
`call_command("provision_sites", FILE)` in a fresh process, timed with its SQL queries; then the
same file again (every row unchanged). The time of each row is read from the command's output
as it goes, to show whether a commune costs more as the province grows. Baselines in the same
run, on fresh copies too: the same rows through `sites.provisioning.provision_unit` in a plain
loop (what the bulk command adds to the service), and the old way, one `manage.py provision_site`
process per commune (`--processes` communes, extrapolated to N). `--profile` runs the largest
file once more under cProfile and prints where provisioning spends its time, step by step.
"""

import argparse
import cProfile
import csv
import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.support import PROJECT_DIR, check_empty_postgresql, configure_environment, percentile  # noqa: E402

PYTHON = sys.executable
PROVINCE_HOST = "khanhhoa.bench.test"
AIM_SECONDS = 30
COMMUNE_WORDS = ["Cam", "Ninh", "Diên", "Vạn", "Khánh", "Suối", "Tân", "Phước", "Hòa", "Sơn", "Trung", "Đông"]
PLACE_WORDS = ["Lâm", "Hải", "Thành", "Phú", "An", "Bình", "Lộc", "Thới", "Xuân", "Nghĩa", "Mỹ", "Long"]
# Where provisioning spends its time (--profile): (path ending, function) whose cumulative time is printed.
PROFILED_STEPS = [
    ("sites/provisioning.py", "provision_unit"),
    ("sites/provisioning.py", "_ensure_unit"),
    ("sites/provisioning.py", "_ensure_groups"),
    ("sites/provisioning.py", "_ensure_authority_branches"),
    ("sites/provisioning.py", "_ensure_site_tree"),
    ("sites/provisioning.py", "_publish_new_child"),
    ("sites/provisioning.py", "_ensure_collection"),
    ("sites/provisioning.py", "_ensure_permissions"),
    ("sites/workflows.py", "ensure_workflow"),
    ("sites/roles.py", "sync_page_permissions"),
    ("sites/roles.py", "sync_collection_permissions"),
    ("sites/roles.py", "grant_collection_permissions"),
    ("sites/roles.py", "grant_site_settings"),
    ("sites/roles.py", "grant_site_links"),
    ("treebeard/mp_tree.py", "add_child"),
    ("wagtail/models/pages.py", "save_revision"),
    ("wagtail/models/pages.py", "full_clean"),
    ("wagtail/actions/publish_revision.py", "_publish_revision"),
    ("wagtail/search/index.py", "insert_or_update_object"),
    ("wagtail/models/reference_index.py", "create_or_update_for_object"),
    ("compliance/receivers.py", "rescan_changed_page"),
    ("sites/cache_purge.py", "_page_changed"),
    ("cms/site_lookup.py", "_page_changed"),
    ("wagtail/models/collections.py", "get_first_root_node"),
    ("sites/bulk_provisioning.py", "read_rows"),
    ("sites/bulk_provisioning.py", "check_rows"),
]


def commune_names(count):
    names = []
    for number in range(count):
        first = COMMUNE_WORDS[number % len(COMMUNE_WORDS)]
        second = PLACE_WORDS[(number // len(COMMUNE_WORDS)) % len(PLACE_WORDS)]
        round_ = number // (len(COMMUNE_WORDS) * len(PLACE_WORDS))
        names.append(f"{first} {second}" + (f" {round_ + 1}" if round_ else ""))
    return names


def commune_rows(count):
    from cms.text import ascii_slug

    rows = []
    for number, name in enumerate(commune_names(count)):
        kind, prefix = ("ward", "Phường") if number % 5 == 4 else ("commune", "Xã")
        slug = ascii_slug(name)
        rows.append((kind, f"{prefix} {name}", f"{slug}.{PROVINCE_HOST}", PROVINCE_HOST, f"ubnd-{slug}@bench.test", ""))
    return rows


def write_file(path, count):
    province = ("province", "Tỉnh Khánh Hòa", PROVINCE_HOST, "", "vanphong@khanhhoa.bench.test", "")
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(("kind", "name", "hostname", "parent", "email", "trusted"))
        writer.writerows([*commune_rows(count), province])
    return path


# -- databases: one fresh copy of the migrated database per measurement --------------------------


class Databases:
    def __init__(self, workdir):
        self.workdir = workdir
        self.url = os.environ.get("DATABASE_URL", "")
        self.postgresql = self.url.startswith(("postgres://", "postgresql://"))
        self.copies = 0
        if self.postgresql:
            import django

            django.setup()
            check_empty_postgresql()
            from django.db import connection

            self.template = connection.settings_dict["NAME"]
            connection.close()
        else:
            self.url = f"sqlite:///{workdir / 'template.sqlite3'}"

    @property
    def name(self):
        return "PostgreSQL" if self.postgresql else "SQLite"

    def migrate(self):
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=PROJECT_DIR,
            env=child_env(self.url),
            check=True,
        )

    def fresh_copy(self):
        """The URL of a new copy of the migrated database."""
        self.copies += 1
        if not self.postgresql:
            copy = self.workdir / f"copy-{self.copies}.sqlite3"
            shutil.copyfile(self.workdir / "template.sqlite3", copy)
            return f"sqlite:///{copy}"
        from django.db import connection

        name = f"{self.template}_copy_{self.copies}"
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path=f"/{name}"))

    def drop_copies(self):
        if not self.postgresql:
            return
        from django.db import connection

        with connection._nodb_cursor() as cursor:
            for number in range(1, self.copies + 1):
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.template}_copy_{number}"')


def child_env(database_url):
    env = dict(os.environ, DATABASE_URL=database_url, PYTHONUNBUFFERED="1")
    return env


def run_child(database_url, *args):
    completed = subprocess.run(
        [PYTHON, __file__, "--child", *args],
        cwd=PROJECT_DIR,
        env=child_env(database_url),
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        sys.exit(f"Lần đo {args} thất bại:\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


# -- child processes: one measurement each -------------------------------------------------------


class QueryCounter:
    """Counts the SQL statements run (CaptureQueriesContext keeps at most 9,000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class TimedLines:
    """A stdout for call_command that notes when each line was written and how many queries had run."""

    def __init__(self, counter):
        self.counter = counter
        self.lines = []

    def write(self, text):
        self.lines.append((time.perf_counter(), self.counter.count, text))

    def flush(self):
        pass


def timed_command(path):
    from django.core.management import call_command
    from django.db import connection

    counter = QueryCounter()
    out = TimedLines(counter)
    with connection.execute_wrapper(counter):
        started = time.perf_counter()
        call_command("provision_sites", str(path), stdout=out)
        seconds = time.perf_counter() - started
    summary = out.lines[-1][2].strip()
    rows = [(moment, queries) for moment, queries, line in out.lines if line.startswith("Dòng ")]
    row_seconds = [later[0] - earlier[0] for earlier, later in zip([(started, 0), *rows], rows, strict=False)]
    row_queries = [later[1] - earlier[1] for earlier, later in zip([(started, 0), *rows], rows, strict=False)]
    return {
        "seconds": seconds,
        "queries": counter.count,
        "summary": summary,
        "row_seconds": row_seconds,
        "row_queries": row_queries,
    }


def child_bulk(path):
    first = timed_command(path)
    second = timed_command(path)
    print(json.dumps({"first": first, "second": second}))


def child_direct(path):
    """The same rows through provision_unit in a plain loop, parents first."""
    from django.db import connection

    from sites.provisioning import provision_unit

    with path.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    rows.sort(key=lambda row: bool(row["parent"]))
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        started = time.perf_counter()
        for row in rows:
            provision_unit(
                row["kind"],
                row["name"],
                hostname=row["hostname"],
                parent_hostname=row["parent"] or None,
                email=row["email"],
            )
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "queries": counter.count}))


def child_profile(path):
    from django.core.management import call_command

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(call_command, "provision_sites", str(path), verbosity=0)
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    steps = []
    for (filename, _line, function), (_calls, ncalls, _tottime, cumtime, _callers) in stats.stats.items():
        for suffix, name in PROFILED_STEPS:
            if function == name and filename.endswith(suffix):
                steps.append((f"{suffix}:{function}", ncalls, cumtime))
    steps.sort(key=lambda step: -step[2])
    print(json.dumps({"seconds": seconds, "steps": steps, "top": _top_functions(stats)}))


def _top_functions(stats):
    """The 25 functions with the most own time, as text."""
    import io

    text = io.StringIO()
    stats.stream = text
    stats.sort_stats("tottime").print_stats(25)
    return text.getvalue()


def child_processes(count, database_url):
    """The old way: one `manage.py provision_site` process per unit."""
    path = write_file(Path(tempfile.mkdtemp(prefix="portal-bench-provision-old-")) / "rows.csv", count)
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    rows.sort(key=lambda row: bool(row["parent"]))
    seconds = []
    for row in rows:
        args = ["--kind", row["kind"], "--name", row["name"], "--hostname", row["hostname"], "--email", row["email"]]
        if row["parent"]:
            args += ["--parent", row["parent"]]
        started = time.perf_counter()
        subprocess.run(
            [PYTHON, "manage.py", "provision_site", *args],
            cwd=PROJECT_DIR,
            env=child_env(database_url),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds.append(time.perf_counter() - started)
    shutil.rmtree(path.parent, ignore_errors=True)
    print(json.dumps({"province_seconds": seconds[0], "commune_seconds": seconds[1:]}))


def child(args):
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-provision-child-"))
    configure_environment(workdir)
    try:
        mode, *rest = args
        if mode == "processes":
            return child_processes(int(rest[0]), os.environ["DATABASE_URL"])
        import django

        django.setup()
        {"bulk": child_bulk, "direct": child_direct, "profile": child_profile}[mode](Path(rest[0]))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# -- the run ------------------------------------------------------------------------------------


def mean(values):
    return sum(values) / len(values) if values else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100], help="Số xã mỗi tệp (mặc định 10 100).")
    parser.add_argument(
        "--processes",
        type=int,
        default=3,
        help="Số xã đo theo cách cũ, mỗi xã một lệnh provision_site (mặc định 3; 0 để bỏ qua).",
    )
    parser.add_argument("--profile", action="store_true", help="Chạy tệp lớn nhất thêm một lần dưới cProfile.")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)

    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-provision-"))
    configure_environment(workdir)
    began = time.perf_counter()
    databases = Databases(workdir)
    try:
        run(databases, workdir, sorted(args.sizes), args.processes, args.profile)
    finally:
        databases.drop_copies()
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"\nToàn bộ phép đo: {time.perf_counter() - began:.0f} s; tải máy lúc kết thúc: {os.getloadavg()[0]:.1f} "
        f"trên {os.cpu_count()} CPU."
    )


def run(databases, workdir, sizes, processes, profile):
    print(f"Cơ sở dữ liệu: {databases.name}; tải máy lúc bắt đầu: {os.getloadavg()[0]:.1f}.", flush=True)
    started = time.perf_counter()
    databases.migrate()
    print(f"Migrate: {time.perf_counter() - started:.0f} s", flush=True)

    import django

    if not databases.postgresql:
        os.environ["DATABASE_URL"] = databases.url
    django.setup()  # for cms.text in commune_rows; no query
    files = {size: write_file(workdir / f"tinh-{size}-xa.csv", size) for size in sizes}

    results = {}
    for size in sizes:
        print(f"provision_sites: 1 tỉnh + {size} xã…", flush=True)
        results[size] = run_child(databases.fresh_copy(), "bulk", str(files[size]))
        print(f"  {results[size]['first']['summary']}  |  lần hai: {results[size]['second']['summary']}", flush=True)

    largest = sizes[-1]
    print(f"provision_unit trong một vòng lặp (không qua tệp): 1 tỉnh + {largest} xã…", flush=True)
    direct = run_child(databases.fresh_copy(), "direct", str(files[largest]))
    old_way = None
    if processes:
        print(f"Cách cũ: mỗi đơn vị một lệnh provision_site, 1 tỉnh + {processes} xã…", flush=True)
        old_way = run_child(databases.fresh_copy(), "processes", str(processes))

    print(
        f"\n{databases.name}: provision_sites, một tiến trình (thời gian trong tiến trình, không tính khởi động Python)"
    )
    print(
        "| xã | dòng | lần đầu s | dòng/s | truy vấn | truy vấn/xã | 10 xã đầu ms/xã | 10 xã cuối ms/xã "
        "| p95 ms/xã | tỉnh ms | lần hai s | lần hai dòng/s | truy vấn lần hai | truy vấn/dòng lần hai |"
    )
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for size in sizes:
        first, second = results[size]["first"], results[size]["second"]
        rows = size + 1
        communes = first["row_seconds"][1:]  # the province is set up first
        commune_queries = first["row_queries"][1:]
        p95 = percentile(communes, 95) if len(communes) >= 2 else communes[0]
        print(
            f"| {size} | {rows} | **{first['seconds']:.1f}** | {rows / first['seconds']:.1f} | {first['queries']} "
            f"| {mean(commune_queries[:10]):.0f} → {mean(commune_queries[-10:]):.0f} "
            f"| {mean(communes[:10]) * 1000:.0f} | {mean(communes[-10:]) * 1000:.0f} | {p95 * 1000:.0f} "
            f"| {first['row_seconds'][0] * 1000:.0f} | {second['seconds']:.2f} | {rows / second['seconds']:.0f} "
            f"| {second['queries']} | {second['queries'] / rows:.0f} |"
        )
    bulk = results[largest]["first"]
    print(
        f"\nMục tiêu: {largest} xã dưới {AIM_SECONDS} s: {'đạt' if bulk['seconds'] < AIM_SECONDS else 'KHÔNG đạt'} "
        f"({bulk['seconds']:.1f} s)."
    )
    print(
        f"Cơ sở so sánh, {largest} xã: provision_unit trong vòng lặp {direct['seconds']:.1f} s, {direct['queries']} "
        f"truy vấn; provision_sites ÷ vòng lặp = {bulk['seconds'] / direct['seconds']:.2f}."
    )
    if old_way:
        per_commune = mean(old_way["commune_seconds"])
        estimate = old_way["province_seconds"] + per_commune * largest
        print(
            f"Cách cũ (mỗi đơn vị một tiến trình provision_site): tỉnh {old_way['province_seconds']:.1f} s, "
            f"{per_commune:.2f} s mỗi xã (trung bình {len(old_way['commune_seconds'])} xã); ước tính "
            f"{largest} xã {estimate:.0f} s; ÷ provision_sites = {estimate / bulk['seconds']:.1f}."
        )

    if profile:
        print(f"\ncProfile: provision_sites, 1 tỉnh + {largest} xã, trên một bản sao mới…", flush=True)
        profiled = run_child(databases.fresh_copy(), "profile", str(files[largest]))
        print(f"Dưới profiler: {profiled['seconds']:.1f} s. Thời gian tích lũy theo bước:")
        print("| hàm | số lần gọi | s tích lũy | % |")
        print("|---|--:|--:|--:|")
        for name, calls, cumtime in profiled["steps"]:
            print(f"| `{name}` | {calls} | {cumtime:.2f} | {100 * cumtime / profiled['seconds']:.0f} |")
        print("\n25 hàm tốn thời gian riêng nhiều nhất:")
        print(profiled["top"])


if __name__ == "__main__":
    main()
