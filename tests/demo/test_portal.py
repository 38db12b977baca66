"""The demo's portal: huyện Hàm Tân on localhost, its communes on <slug>.localhost, departments,
accounts, plain pages, link lists and the first compliance scan. The news, documents and procedures
have their own modules; here only the presence of the news is checked."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Site

from articles.models import ArticlePage
from compliance.models import Finding, Inspection
from demo.loading import data
from home.models import ContentPage
from sites.models import LinkPosition, SiteLink, SiteLinkSettings, Unit, UnitKind

from .helpers import COMMUNE_HOSTS

UNITS = data.units()
COMMUNES = UNITS["communes"]
USERS = UNITS["users"]


@pytest.mark.django_db
def test_first_run_reports_what_it_created(first_run_output):
    assert "Đã nạp dữ liệu mẫu" in first_run_output
    assert "10 trang thông tin điện tử" in first_run_output
    assert f"{len(USERS)} tài khoản" in first_run_output
    assert "tin bài" in first_run_output


@pytest.mark.django_db
def test_district_is_the_default_site_on_localhost(demo):
    district = demo
    assert district.kind == UnitKind.DISTRICT
    assert district.name == "Huyện Hàm Tân"
    assert district.official_email == "vanphong@hamtan.binhthuan.gov.vn"
    assert district.site.is_default_site
    assert district.site.port == 8000

    footer = district.site.sitecontactsettings
    assert footer.tagline == "Tỉnh Bình Thuận"
    assert footer.copyright_owner == "Huyện Hàm Tân, tỉnh Bình Thuận"
    assert footer.editorial_head == "Chánh Văn phòng HĐND&UBND huyện Hàm Tân"
    assert footer.phone == "(0252) 3877599"
    assert footer.fax == "(0252) 3877276"
    assert footer.licence == "Số 08/GP-STTTT ngày 15/3/2021 của Sở Thông tin và Truyền thông tỉnh Bình Thuận"


@pytest.mark.django_db
def test_district_footer_shows_the_licence_line_and_communes_without_one_show_none(client, first_run_output):
    district = client.get("/", HTTP_HOST="localhost").content.decode()
    footer = district.split('<footer class="site-footer">', 1)[1]
    assert "<p>Giấy phép: Số 08/GP-STTTT ngày 15/3/2021 của Sở Thông tin và Truyền thông tỉnh Bình Thuận</p>" in footer
    commune = client.get("/", HTTP_HOST=COMMUNE_HOSTS[0]).content.decode()
    assert "Giấy phép:" not in commune


@pytest.mark.django_db
def test_communes_have_their_own_sites_under_the_district(demo):
    communes = Unit.objects.filter(parent=demo, site__isnull=False).select_related("site")
    assert sorted(unit.site.hostname for unit in communes) == sorted(COMMUNE_HOSTS)
    for unit in communes:
        assert not unit.site.is_default_site
        assert unit.site.port == 8000
        footer = unit.site.sitecontactsettings
        assert footer.copyright_owner == f"UBND {unit.name[0].lower()}{unit.name[1:]}"
        assert footer.tagline == ""
        assert footer.phone.startswith("(0252) 38")
    town = communes.get(site__hostname="tan-nghia.localhost")
    assert town.kind == UnitKind.TOWN
    assert [unit.site.hostname for unit in communes if unit.trusted_publisher] == ["tan-nghia.localhost"]


@pytest.mark.django_db
@pytest.mark.parametrize("commune", COMMUNES, ids=[commune["slug"] for commune in COMMUNES])
def test_each_commune_serves_its_own_home_page(client, first_run_output, commune):
    response = client.get("/", HTTP_HOST=f"{commune['slug']}.localhost")

    assert response.status_code == 200
    html = response.content.decode()
    place = commune["name"].removeprefix("Xã ").removeprefix("Thị trấn ")
    assert place in html
    assert commune["welcome_note"] in html
    others = [other["welcome_note"] for other in COMMUNES if other is not commune]
    assert not any(note in html for note in others)


@pytest.mark.django_db
def test_district_home_page_shows_only_its_own_content(client, first_run_output):
    response = client.get("/", HTTP_HOST="localhost")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Chào mừng bạn đến với Trang thông tin điện tử huyện Hàm Tân" in html
    assert not any(commune["welcome_note"] in html for commune in COMMUNES)


@pytest.mark.django_db
def test_every_site_has_introduction_news_and_contact_pages(first_run_output):
    for site in Site.objects.all():
        home = site.root_page
        for slug in ("gioi-thieu", "lien-he"):
            section = home.get_children().get(slug=slug)
            pages = ContentPage.objects.child_of(section).live()
            assert pages.exists(), f"{site.hostname}: chuyên mục {slug} trống"
        news = ArticlePage.objects.child_of(home.get_children().get(slug="tin-tuc-su-kien")).live()
        assert news.count() >= (10 if site.is_default_site else 2)


@pytest.mark.django_db
def test_plain_pages_are_dated_below_the_news(first_run_output):
    now = timezone.now()
    site = Site.objects.get(hostname="localhost")
    news_dates = [article.first_published_at for article in ArticlePage.objects.in_site(site).live()]
    # The 14 reporting months of the report data (demo/data/contributions.json) at most.
    assert all(now - timedelta(days=14 * 31 + 20) < published < now for published in news_dates)
    for page in ContentPage.objects.in_site(site):
        assert page.first_published_at < min(news_dates), page.title


@pytest.mark.django_db
def test_departments_belong_to_the_district_with_short_names(demo):
    departments = {unit.name: unit for unit in Unit.objects.filter(kind=UnitKind.DEPARTMENT)}
    assert len(departments) == len(UNITS["departments"])
    for department in UNITS["departments"]:
        unit = departments[department["name"]]
        assert unit.parent == demo
        assert unit.short_name == department["short_name"]
        assert unit.site is None


@pytest.mark.django_db
def test_demo_users_exist_in_their_role_groups(first_run_output):
    users = get_user_model().objects
    for demo_user in USERS:
        user = users.get(username=demo_user["username"])
        assert user.check_password(UNITS["demo_password"])
        if demo_user["role"] == data.SUPERUSER:
            assert user.is_superuser and user.is_staff
            continue
        unit = Unit.objects.get(site__hostname=demo_user["host"])
        assert unit.group_for(demo_user["role"]) in user.groups.all()
        assert not user.is_superuser


@pytest.mark.django_db
@pytest.mark.parametrize("demo_user", USERS, ids=lambda demo_user: demo_user["username"])
def test_each_demo_user_logs_in_to_the_admin(client, first_run_output, demo_user):
    response = client.post(
        "/admin/login/",
        {"username": demo_user["username"], "password": UNITS["demo_password"]},
        HTTP_HOST="localhost",
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.get("/admin/", HTTP_HOST="localhost").status_code == 200


@pytest.mark.django_db
def test_sites_get_government_links_and_one_commune_an_affiliate_shop_banner(client, first_run_output):
    assert "liên kết website và banner" in first_run_output
    district_links = SiteLinkSettings.for_site(Site.objects.get(hostname="localhost")).links.all()
    assert {link.url for link in district_links} >= {
        "https://chinhphu.vn/",
        "https://dichvucong.gov.vn/",
        "https://vbpl.vn/",
        "https://binhthuan.gov.vn/",
        "https://nhandan.vn/",
        "https://baobinhthuan.com.vn/",
    }
    shop_banners = SiteLink.objects.filter(url__contains="aff_id=", position=LinkPosition.BANNER)
    assert [link.setting.site.hostname for link in shop_banners] == ["thang-hai.localhost"]
    for hostname in ("localhost", "tan-ha.localhost", "thang-hai.localhost"):
        links = SiteLinkSettings.for_site(Site.objects.get(hostname=hostname)).links.all()
        assert sum(link.position == LinkPosition.BANNER for link in links) >= 1
    page = client.get("/", HTTP_HOST="tan-ha.localhost").content.decode()
    assert 'href="https://dichvucong.gov.vn/" rel="noopener"' in page
    district_url = Site.objects.get(hostname="localhost").root_url
    assert f'href="{district_url}/" rel="noopener">Trang thông tin điện tử huyện Hàm Tân</a>' in page


@pytest.mark.django_db
def test_the_demo_is_scanned_once_and_the_shop_banner_is_found(first_run_output):
    assert "1 lần kiểm tra tuân thủ" in first_run_output
    inspection = Inspection.objects.get(trigger="command")
    assert inspection.pages_scanned > 100
    banner = Finding.objects.get(object_kind="site_link", rule="ads.link")
    assert banner.site.hostname == "thang-hai.localhost" and "aff_id=" in banner.evidence
    copied = Finding.objects.get(rule="copyright.unattributed_copy")
    assert copied.site.hostname == "tan-xuan.localhost" and copied.evidence == "Theo Báo Bình Thuận"
    assert Finding.objects.count() == 2, "the rest of the demo is what a careful portal publishes"
