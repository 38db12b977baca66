"""The demo district's link lists: government and press links and a banner on the district and some communes.

`load_demo_links` receives `cms.signals.demo_district_loaded` (connected by `SitesConfig.ready`),
so `manage.py load_demo` adds them inside its own transaction. A link is found again by its
address and position: a second run creates nothing, and a title an editor has since changed is
left alone. One commune carries a banner to a shop page with an affiliate parameter, the kind of
lapse the inspectors' advertising-link rule exists to catch.
"""

from django.dispatch import receiver

from cms.signals import demo_district_loaded

from .models import LinkPosition, SiteLink, SiteLinkSettings, Unit

GOVERNMENT = ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/")
PUBLIC_SERVICES = ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/")
LEGAL_DATABASE = ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/")
PROVINCE = ("Cổng thông tin điện tử tỉnh Bình Thuận", "https://binhthuan.gov.vn/")
NHAN_DAN = ("Báo Nhân Dân điện tử", "https://nhandan.vn/")
BINH_THUAN_NEWSPAPER = ("Báo Bình Thuận điện tử", "https://baobinhthuan.com.vn/")

DISTRICT_LINKS = [GOVERNMENT, PUBLIC_SERVICES, LEGAL_DATABASE, PROVINCE, NHAN_DAN, BINH_THUAN_NEWSPAPER]
DISTRICT_BANNERS = [
    ("Nộp hồ sơ, tra cứu thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia", PUBLIC_SERVICES[1]),
]

# "{district}" stands for the district portal's own address.
DISTRICT_PORTAL = ("Trang thông tin điện tử huyện Hàm Tân", "{district}")
COMMUNE_LINKS = [DISTRICT_PORTAL, PROVINCE, GOVERNMENT, PUBLIC_SERVICES, LEGAL_DATABASE, BINH_THUAN_NEWSPAPER]

AFFILIATE_BANNER = (
    "Thanh long ruột đỏ Hàm Tân – đặc sản quê hương, đặt mua ngay",
    "https://shopee.vn/Thanh-long-ruot-do-Ham-Tan-hop-5kg-i.284613907.22746183529"
    "?aff_id=17324589&utm_source=an_17324589&utm_medium=affiliates&utm_campaign=dacsan",
)

# Communes with a link list in the demo, and their banners (the others have none yet, as on a real portal).
COMMUNE_BANNERS = {
    "Thị trấn Tân Nghĩa": [("Tra cứu văn bản quy phạm pháp luật", LEGAL_DATABASE[1])],
    "Xã Tân Hà": [("Dịch vụ công trực tuyến – nộp hồ sơ không cần đến Ủy ban", PUBLIC_SERVICES[1])],
    "Xã Thắng Hải": [
        ("Dịch vụ công trực tuyến – nộp hồ sơ không cần đến Ủy ban", PUBLIC_SERVICES[1]),
        AFFILIATE_BANNER,
    ],
    "Xã Sơn Mỹ": [("Tin tức tỉnh Bình Thuận", PROVINCE[1])],
}


@receiver(demo_district_loaded, dispatch_uid="sites.demo_links.load_demo_links")
def load_demo_links(sender, district, report, **kwargs):
    """Add the demo links and banners each site is missing."""
    district_url = f"{district.site.root_url}/"
    plans = [(district, _entries(DISTRICT_LINKS, DISTRICT_BANNERS, district_url))]
    communes = Unit.objects.filter(parent=district, name__in=COMMUNE_BANNERS).with_sites()
    for unit in communes:
        plans.append((unit, _entries(COMMUNE_LINKS, COMMUNE_BANNERS[unit.name], district_url)))
    created = sum(_add_missing(unit, entries) for unit, entries in plans)
    report.add_created(created, "liên kết website và banner")


def _entries(links, banners, district_url):
    entries = [(title, url, LinkPosition.LINK) for title, url in links]
    entries += [(title, url, LinkPosition.BANNER) for title, url in banners]
    return [(title, url.replace("{district}", district_url), position) for title, url, position in entries]


def _add_missing(unit, entries):
    settings = SiteLinkSettings.for_site(unit.site)
    existing = set(settings.links.values_list("url", "position"))
    next_order = settings.links.count()
    new = []
    for title, url, position in entries:
        if (url, position) not in existing:
            new.append(SiteLink(setting=settings, title=title, url=url, position=position, sort_order=next_order))
            next_order += 1
    if new:
        SiteLink.objects.bulk_create(new)
        settings.save()  # tells the page cache the portal's pages changed
    return len(new)
