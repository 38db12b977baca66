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
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

# Run as `python bench/<script>.py`: the project folder must be importable for `bench.support`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.support import ACTORS, EVENTS, PROJECT_DIR, check_empty_postgresql, configure_environment, percentile  # noqa: E402

DISTRICT_NAME, DISTRICT_HOST = "Huyện Hàm Tân", "hamtan.bench.test"
AIM_PAGES_PER_SECOND = 200
AIM_CHECK_MS = 50
CHUNK = 500
CONTENT_PAGES_PER_SITE = 10  # plain pages under “Giới thiệu”; the rest of each site's pages are articles
SEED = 5

# -- what the generated pages contain ----------------------------------------------------------------

PLACES = ["thôn Tân Lý", "thôn Hiệp Thành", "thôn Gò Đình", "khu phố 3", "thôn Bình Thắng", "thôn Phước Lộc"]
SENTENCES = [
    "Tham dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam và các đoàn thể.",
    "Trong năm, địa phương đã hoàn thành {n}/{m} chỉ tiêu kinh tế – xã hội do HĐND giao.",
    "Tổng giá trị sản xuất ước đạt {n} tỷ đồng, tăng {m}% so với cùng kỳ năm trước.",
    "Công tác cải cách hành chính tiếp tục được quan tâm, tỷ lệ hồ sơ giải quyết đúng hạn đạt {m}%.",
    "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND ghi nhận những kết quả đạt được.",
    "Dịp này, {n} tập thể và cá nhân có thành tích xuất sắc được khen thưởng.",
    "Các lực lượng chức năng đã ra quân kiểm tra {n} cơ sở kinh doanh trên địa bàn.",
    "Theo kế hoạch, các thôn hoàn thành việc rà soát hộ nghèo, hộ cận nghèo trước ngày {n}/12.",
    "Người dân theo dõi thông tin trên trang thông tin điện tử và loa truyền thanh của xã.",
]
AUTHORS = ["Minh Tâm", "Ngọc Hân", "Văn Phúc", "Thu Hà", "Đức Anh", "Bảo Trâm"]
# (anchor text, URL) by sort, and how often a link is of that sort.
GOOD_LINKS = [
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"),
    ("Cổng thông tin tỉnh", "https://www.binhthuan.gov.vn/4/469/tin-tuc-su-kien.html?id={n}"),
    ("Bộ Y tế", "https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{n}"),
    ("Cơ sở dữ liệu văn bản", "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID={n}"),
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/?pageid=27160&docid={n}"),
    ("Báo điện tử Chính phủ", "https://baochinhphu.vn/tin-{n}.htm"),
    ("Báo Nhân Dân", "https://nhandan.vn/xa-hoi/tin-{n}.html?utm_source=zalo&utm_campaign=chia-se"),
    ("video trên YouTube", "https://www.youtube.com/watch?v=ab{n}cd&list=PL{n}"),
    ("Báo Bình Thuận", "https://baobinhthuan.com.vn/tin-{n}.html?fbclid=IwAR{n}"),
    ("bài trên Tuổi Trẻ", "https://tuoitre.vn/bai-viet-{n}.htm"),
    ("trang Sở Nông nghiệp", "https://snnptnt.binhthuan.gov.vn/?trang=2&id={n}"),
    ("xem văn bản", "/van-ban/?q=ho+ngheo&year={year}"),
    ("liên hệ", "mailto:ubnd@hamtan.binhthuan.gov.vn"),
    ("đường dây nóng", "tel:02523870{n}"),
]
BAD_LINKS = [
    ("mua ngay", "https://shopee.vn/may-bom-nuoc-i.{n}.{m}"),
    ("ưu đãi", "https://www.lazada.vn/products/phan-bon-i{n}.html"),
    ("xem thêm", "https://fb88.com/khuyen-mai?ref={n}"),
    ("đăng ký", "https://bit.ly/3xK{n}"),
    ("chi tiết", "https://tinyurl.com/ham{n}"),
    ("giá tốt", "https://nongsanviet.com.vn/san-pham/{n}?aff_sub=hamtan&aff_id={m}"),
    ("quảng cáo", "https://maylocnuoc.example.vn/?utm_source=web&utm_medium=cpc&gclid=Cj{n}"),
]
BAD_LINK_SHARE = 0.03
PRESS = [("Báo Bình Thuận", "https://baobinhthuan.com.vn"), ("Báo Tuổi Trẻ", "https://tuoitre.vn")]
CLAIM_ENDINGS = ["(Theo báo Tuổi Trẻ)", "Theo VnExpress", "Nguồn: Báo Thanh Niên"]
LEGACY_HTML = [
    '<p>Video: <iframe src="https://www.youtube.com/embed/ab{n}" width="560" height="315"></iframe></p>',
    '<p>Liên hệ</p><script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>'
    '<ins class="adsbygoogle" data-ad-client="ca-pub-{n}"></ins>',
    '<p>Bản đồ <iframe src="https://www.google.com/maps/embed?pb=!1m18!{n}"></iframe></p>',
]
SITE_LINKS = [
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", "lien_ket"),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", "lien_ket"),
    ("UBND tỉnh Bình Thuận", "https://www.binhthuan.gov.vn", "lien_ket"),
    ("Báo Bình Thuận", "https://baobinhthuan.com.vn", "lien_ket"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn", "lien_ket"),
    ("Hệ thống thông tin giải quyết TTHC", "https://dichvucong.binhthuan.gov.vn/?tab=2", "lien_ket"),
    ("Học tập và làm theo tư tưởng Hồ Chí Minh", "https://dangcongsan.vn/hoc-tap-va-lam-theo-bac", "banner"),
    ("Chuyển đổi số", "https://mic.gov.vn/chuyen-doi-so", "banner"),
]
BAD_SITE_LINKS = [
    ("Khuyến mãi máy nông nghiệp", "https://shopee.vn/shop/{n}", "banner"),
    ("Tra cứu nhanh", "https://bit.ly/tra-cuu-{n}", "lien_ket"),
]


@dataclass
class Measure:
    seconds: float
    queries: int


def load_average():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def build_portals(count):
    """Migrate and provision the district and count - 1 communes; the Wagtail sites, the district first."""
    from django.core.management import call_command

    from bench.legal_vocabulary import COMMUNES
    from sites.provisioning import provision_unit

    if not 1 <= count <= len(COMMUNES) + 1:
        sys.exit(f"--sites phải từ 1 đến {len(COMMUNES) + 1}.")
    call_command("migrate", verbosity=0)
    sites = [provision_unit("district", DISTRICT_NAME, hostname=DISTRICT_HOST).unit.site]
    for kind, name, slug in COMMUNES[: count - 1]:
        host = f"{slug}.{DISTRICT_HOST}"
        sites.append(provision_unit(kind, name, hostname=host, parent_hostname=DISTRICT_HOST).unit.site)
    return sites


# -- content --------------------------------------------------------------------------------------


def png_bytes(rng):
    from PIL import Image

    buffer = io.BytesIO()
    color = tuple(rng.randrange(256) for _ in range(3))
    Image.new("RGB", (24, 16), color).save(buffer, format="PNG")
    return buffer.getvalue()


def create_images(count, rng):
    """A shared pool: most images fully attributed, some missing the licence, the source or everything."""
    from django.core.files.images import ImageFile

    from cms.models import AttributedImage

    images = []
    for number in range(1, count + 1):
        draw = rng.random()
        author, source, licence = rng.choice(AUTHORS), "UBND xã", "Tác phẩm của đơn vị"
        if draw < 0.07:
            author = source = licence = ""
        elif draw < 0.15:
            licence = ""
        elif draw < 0.22:
            source = ""
        image = AttributedImage(
            title=f"Ảnh hoạt động số {number}",
            file=ImageFile(io.BytesIO(png_bytes(rng)), name=f"anh-{number:04d}.png"),
            author=author,
            source=source,
            license=licence,
        )
        image.save()
        images.append(image)
    return images


def fill(template, rng):
    return template.format(n=rng.randrange(1, 99999), m=rng.randrange(1, 99), year=rng.randrange(2015, 2027))


def link_html(rng, bad_share=BAD_LINK_SHARE):
    text, url = rng.choice(BAD_LINKS if rng.random() < bad_share else GOOD_LINKS)
    return f'<a href="{fill(url, rng).replace("&", "&amp;")}">{text}</a>'


def paragraph_html(rng, links, bad_share=BAD_LINK_SHARE):
    parts = [fill(rng.choice(SENTENCES), rng) for _ in range(rng.randrange(2, 5))]
    for _ in range(links):
        parts.insert(rng.randrange(len(parts) + 1), f"Xem thêm {link_html(rng, bad_share)}.")
    return f"<p>{' '.join(parts)}</p>"


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def image_value(image, caption):
    return {"image": {"image": image.pk, "alt_text": image.title, "decorative": False}, "caption": caption}


def article_body(
    rng, images, paragraphs, links_per_paragraph, image_count, claim=None, legacy_html=None, bad_share=BAD_LINK_SHARE
):
    body = []
    for number in range(paragraphs):
        body.append(block("paragraph", paragraph_html(rng, links_per_paragraph(), bad_share)))
        if number < image_count:
            body.append(block("image", image_value(rng.choice(images), f"Quang cảnh {rng.choice(PLACES)}")))
    roll = rng.random()
    if roll < 0.10:
        body.insert(1, block("quote", {"text": fill(rng.choice(SENTENCES), rng), "attribution": "Chủ tịch UBND"}))
    elif roll < 0.14:
        body.append(
            block("video", {"video": f"https://www.youtube.com/watch?v=x{rng.randrange(10**6)}", "caption": ""})
        )
    elif roll < 0.17:
        rows = [["Thôn", "Số hộ", "Tỷ lệ"]] + [[place, str(rng.randrange(50, 900)), "98%"] for place in PLACES[:4]]
        body.append(block("table", {"data": rows, "first_row_is_table_header": True, "first_col_is_header": False}))
    if legacy_html:
        body.append(block("paragraph", legacy_html))
    if claim:
        body.append(block("paragraph", f"<p><em>{claim}</em></p>"))
    return body


def new_article(rng, images, site_number, number):
    from articles.models import ArticlePage
    from cms.text import fold

    kind = rng.choices(["tin", "bai", "phong_su", "diem_bao"], weights=[70, 18, 6, 6])[0]
    source_name = source_url = permission = ""
    if kind == "diem_bao" or (kind in ("bai", "phong_su") and rng.random() < 0.15):
        source_name, source_url = rng.choice(PRESS)
        source_url += f"/tin-{rng.randrange(10**6)}.html"
        if rng.random() < 0.5:
            permission = f"Công văn số {rng.randrange(1, 300)}/BBT ngày 12/3/2024"
    claim = rng.choice(CLAIM_ENDINGS) if not source_name and rng.random() < 0.03 else None
    legacy = fill(rng.choice(LEGACY_HTML), rng) if rng.random() < 0.005 else None
    event = fill(rng.choice(EVENTS), rng)
    title = f"{rng.choice(ACTORS)} {rng.choice(PLACES)} {event}"
    featured = rng.choice(images) if rng.random() < 0.8 else None
    body = article_body(
        rng,
        images,
        paragraphs=rng.randrange(4, 13),
        links_per_paragraph=lambda: rng.choices([0, 1, 2], weights=[45, 40, 15])[0],
        image_count=rng.choices([0, 1, 2, 3], weights=[25, 40, 25, 10])[0],
        claim=claim,
        legacy_html=legacy,
    )
    summary = f"Ngày {rng.randrange(1, 29)}/{rng.randrange(1, 13)}, {title[0].lower()}{title[1:]}."
    author = rng.choice(AUTHORS)
    return ArticlePage(
        title=title[:255],
        slug=f"bai-{site_number}-{number}",
        kind=kind,
        summary=summary,
        body=body,
        featured_image=featured,
        author=author,
        source_name=source_name,
        source_url=source_url,
        source_permission=permission,
        published_at=aware(datetime(2015, 1, 1, 8) + timedelta(days=rng.randrange(4000))),
        search_text=fold(" ".join([title, summary, author, source_name])),
    )


def new_content_page(rng, images, site_number, number):
    from home.models import ContentPage

    body = [block("heading", "Điều kiện tự nhiên")]
    for _ in range(rng.randrange(3, 7)):
        body.append(block("paragraph", paragraph_html(rng, rng.choice([0, 1]))))
    body.insert(2, block("image", image_value(rng.choice(images), "Toàn cảnh trung tâm xã")))
    return ContentPage(
        title=f"Giới thiệu chung số {number}",
        slug=f"gioi-thieu-{site_number}-{number}",
        summary="Vị trí địa lý, điều kiện tự nhiên và dân cư.",
        body=body,
    )


def aware(value):
    from django.utils import timezone

    return timezone.make_aware(value)


def append_pages(parent, pages):
    """Insert live pages, given as (page, published at), under `parent` in bulk (ChildAppender: tree paths
    computed, two multi-row INSERTs a batch, no revision, no signal)."""
    from django.db import transaction

    from legal_docs.importing.tree import ChildAppender

    appender = ChildAppender(parent)
    with transaction.atomic():
        appender.begin_batch()
        for start in range(0, len(pages), CHUNK):
            batch = pages[start : start + CHUNK]
            appender.add_many(batch)
            appender.done()
        appender.end_batch()


def create_pages(sites, per_site, images, rng):
    from articles.models import NewsIndexPage
    from home.models import SectionPage

    content_count = min(CONTENT_PAGES_PER_SITE, per_site // 10)
    for site_number, site in enumerate(sites, start=1):
        home = site.root_page
        news = NewsIndexPage.objects.child_of(home).get(slug="tin-tuc-su-kien")
        about = SectionPage.objects.child_of(home).get(slug="gioi-thieu")
        articles = [new_article(rng, images, site_number, n) for n in range(1, per_site - content_count + 1)]
        append_pages(news, [(article, article.published_at) for article in articles])
        content_pages = [new_content_page(rng, images, site_number, n) for n in range(1, content_count + 1)]
        append_pages(about, [(page, aware(datetime(2020, 1, 1, 8))) for page in content_pages])


def create_site_links(sites, images, rng):
    from sites.models import SiteLink, SiteLinkSettings

    links = []
    for site in sites:
        setting, _ = SiteLinkSettings.objects.get_or_create(site=site)
        chosen = list(SITE_LINKS)
        if rng.random() < 0.3:
            chosen.append(rng.choice(BAD_SITE_LINKS))
        for order, (title, url, position) in enumerate(chosen):
            image = rng.choice(images) if position == "banner" else None
            links.append(
                SiteLink(
                    setting=setting, title=title, url=fill(url, rng), position=position, image=image, sort_order=order
                )
            )
    SiteLink.objects.bulk_create(links)
    return len(links)


def check_created(sites):
    """The tree is valid and generated bodies read back as Wagtail reads them (images resolved)."""
    from wagtail.models import Page

    from articles.models import ArticlePage

    problems = [len(found) for found in Page.find_problems()]
    article = ArticlePage.objects.filter(body__contains=[{"type": "image"}]).order_by("pk").first()
    values = [child.value for child in article.body]
    images = [value["image"].pk for value in values if isinstance(value, dict) and value.get("image") is not None]
    if sum(problems) or not images:
        sys.exit(f"Dữ liệu tạo ra không hợp lệ: find_problems {problems}, ảnh đọc được {images}")
    print(f"  Cây trang hợp lệ (Page.find_problems: không lỗi); bài #{article.pk}: {len(values)} khối, ảnh {images}")


def live_page_count(sites):
    from django.db.models import Q

    from wagtail.models import Page

    condition = Q()
    for site in sites:
        condition |= Q(path__startswith=site.root_page.path)
    return Page.objects.live().filter(condition).count()


# -- measurements ---------------------------------------------------------------------------------


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


def typical_article(news, images, rng):
    """An article as editors write them: 10 paragraphs, 20 links, 3 images (the featured one among them)."""
    from articles.models import ArticlePage

    chosen = images[:3]
    # Only ordinary links (no advertising): the page is what a commune usually publishes.
    body = article_body(rng, images, paragraphs=10, links_per_paragraph=lambda: 2, image_count=0, bad_share=0)
    for position, image in zip((1, 4, 8), chosen, strict=True):
        body.insert(position, block("image", image_value(image, "Quang cảnh hội nghị")))
    page = ArticlePage(
        title="UBND xã tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026",
        slug="hoi-nghi-tong-ket-2025",
        kind="tin",
        summary="Sáng 28/12, UBND xã tổ chức Hội nghị tổng kết công tác năm 2025.",
        body=body,
        featured_image=chosen[0],
        author="Minh Tâm",
    )
    news.add_child(instance=page)
    page.save_revision().publish()
    return page


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
