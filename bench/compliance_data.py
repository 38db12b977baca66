"""The corpus of the compliance scan benchmark (`bench/compliance_scan.py`): portals, images, pages.

`build_portals` migrates and provisions a district and its communes; `create_images`,
`create_pages` and `create_site_links` fill every portal in bulk (live pages without revisions or
publish signals) with what the rules look at: links of every sort, images with and without
attribution, quotes, videos, legacy raw HTML, link lists and banners; `typical_article` is the one
article the publish-time check is measured on.
"""

import io
import sys
import uuid
from datetime import datetime, timedelta

from bench.support import ACTORS, EVENTS

DISTRICT_NAME, DISTRICT_HOST = "Huyện Hàm Tân", "hamtan.bench.test"
CHUNK = 500
CONTENT_PAGES_PER_SITE = 10  # plain pages under “Giới thiệu”; the rest of each site's pages are articles

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
