import re

import pytest

from django.core.cache import cache
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import NewsIndexPage
from engagement.models import QuestionIndexPage
from home.models import ContentPage, HomePage, SectionPage
from legal_docs.models import LegalDocumentIndexPage, ProcedureIndexPage
from sites.models import AuthorityPage, SiteContactSettings, Unit, UnitKind
from tests.articles.factories import ArticlePageFactory, NewsIndexPageFactory, local_datetime, news_section
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, cold_queries


class PageTypeRulesTest(WagtailPageTestCase):
    """Tree rules, and that each page type renders, edits and previews."""

    def setUp(self):
        self.home = HomePage.objects.get(slug="tan-ha-hamtan-test")
        self.section = SectionPage.objects.child_of(self.home).get(slug="gioi-thieu")
        self.content = ContentPageFactory(parent=self.section, title="Điều kiện tự nhiên xã Tân Hà")
        self.login()
        # Page URLs are absolute (several sites); the test client takes the host from this header.
        self.client.defaults["HTTP_HOST"] = COMMUNE_HOST

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page, AuthorityPage})
        self.assertAllowedSubpageTypes(
            HomePage, {SectionPage, NewsIndexPage, LegalDocumentIndexPage, ProcedureIndexPage, QuestionIndexPage}
        )
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(SectionPage, {SectionPage, ContentPage})
        self.assertAllowedParentPageTypes(ContentPage, {SectionPage})
        self.assertAllowedSubpageTypes(ContentPage, set())
        self.assertCanNotCreateAt(HomePage, ContentPage)

    def test_each_page_type_renders_edits_and_previews(self):
        content_form_data = nested_form_data(
            {
                "title": self.content.title,
                "slug": self.content.slug,
                "summary": "Xã nằm ở phía nam huyện Hàm Tân.",
                "body": streamfield(
                    [
                        ("heading", "Vị trí địa lý"),
                        ("paragraph", rich_text("<p>Phía đông giáp thị trấn Tân Nghĩa.</p>")),
                        ("quote", {"text": "Đất lành chim đậu.", "attribution": "Tục ngữ"}),
                    ]
                ),
                "comments": inline_formset([]),
            }
        )
        for page in (self.home, self.section):
            self.assertPageIsRenderable(page)
            self.assertPageIsEditable(page)
            self.assertPageIsPreviewable(page)
        self.assertPageIsRenderable(self.content)
        self.assertPageIsEditable(self.content, post_data=content_form_data)
        self.assertPageIsPreviewable(self.content, post_data=content_form_data)


@pytest.mark.django_db
def test_district_and_commune_each_serve_their_own_name_navigation_and_footer(client, district, commune):
    district_settings = SiteContactSettings.for_site(district.site)
    district_settings.editorial_head = "Chánh Văn phòng HĐND&UBND huyện Hàm Tân"
    district_settings.phone = "(0252) 3877599"
    district_settings.save()
    commune_settings = SiteContactSettings.for_site(commune.site)
    commune_settings.address = "Thôn 1, xã Tân Hà, huyện Hàm Tân"
    commune_settings.save()

    district_page = client.get("/", HTTP_HOST=DISTRICT_HOST).content.decode()
    commune_page = client.get("/", HTTP_HOST=COMMUNE_HOST).content.decode()

    assert "Cổng thông tin điện tử" in district_page and "Huyện Hàm Tân" in district_page
    assert "Trưởng Ban biên tập: Chánh Văn phòng HĐND&amp;UBND huyện Hàm Tân" in district_page
    assert "Xã Tân Hà" not in district_page.split("<main", 1)[0]

    assert "Trang thông tin điện tử" in commune_page and "Xã Tân Hà" in commune_page
    assert "Địa chỉ: Thôn 1, xã Tân Hà, huyện Hàm Tân" in commune_page
    assert "(0252) 3877599" not in commune_page
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in commune_page
    # Navigation links point into the commune's own tree.
    assert 'href="/gioi-thieu/"' in commune_page
    assert district.site.root_url in commune_page  # the way back to the district portal


@pytest.mark.django_db
def test_pages_have_exactly_one_h1(client, commune):
    section = commune.site.root_page.get_children().get(slug="gioi-thieu")
    ContentPageFactory(parent=section, title="Lịch sử hình thành", slug="lich-su")
    for path in ("/", "/gioi-thieu/", "/gioi-thieu/lich-su/"):
        content = client.get(path, HTTP_HOST=COMMUNE_HOST).content.decode()
        assert content.count("<h1") == 1, path


@pytest.mark.django_db
def test_commune_listing_shows_only_its_own_pages(client, commune, other_commune):
    ContentPageFactory(
        parent=commune.site.root_page.get_children().get(slug="lien-he"),
        title="Tân Hà tổ chức ngày hội tòng quân",
    )
    ContentPageFactory(
        parent=other_commune.site.root_page.get_children().get(slug="lien-he"),
        title="Tân Nghĩa chỉnh trang đô thị",
    )
    content = client.get("/lien-he/", HTTP_HOST=COMMUNE_HOST).content.decode()
    assert "Tân Hà tổ chức ngày hội tòng quân" in content
    assert "Tân Nghĩa chỉnh trang đô thị" not in content


@pytest.mark.django_db
def test_unknown_address_gets_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 404
    assert "Không tìm thấy" in response.content.decode()


def _routed(route, request, components):
    """What a route answers, comparable between two routings: the page, the view and its arguments, or 404."""
    try:
        page, args, kwargs = route(request, components)
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return (page.pk, type(page), view, args[1:], kwargs)


@pytest.mark.sqlite
@pytest.mark.django_db
def test_home_page_routes_every_path_as_wagtails_own_walk_does(rf, commune):
    home = HomePage.objects.get(pk=commune.site.root_page_id)
    news = news_section(commune.site)
    economy = NewsIndexPageFactory(parent=news, title="Kinh tế", slug="kinh-te")
    farming = NewsIndexPageFactory(parent=economy, title="Nông nghiệp", slug="nong-nghiep")
    ArticlePageFactory(parent=farming, title="Vụ lúa đông xuân", slug="vu-lua")
    # A child whose slug is also a route of its parent: the parent's route wins, as in Wagtail.
    ArticlePageFactory(parent=economy, title="Bản tin", slug="rss")
    ArticlePageFactory(parent=economy, title="Bản nháp", slug="ban-nhap", live=False)
    hidden = NewsIndexPageFactory(parent=news, title="Chuyên mục ẩn", slug="an")
    ArticlePageFactory(parent=hidden, title="Tin trong chuyên mục ẩn", slug="tin-an")
    hidden.unpublish()
    ContentPageFactory(parent=SectionPage.objects.child_of(home).get(slug="gioi-thieu"), slug="lich-su")
    paths = [
        "tin-tuc-su-kien",
        "tin-tuc-su-kien/rss",
        "tin-tuc-su-kien/kinh-te",
        "tin-tuc-su-kien/kinh-te/rss",
        "tin-tuc-su-kien/kinh-te/nong-nghiep/vu-lua",
        "tin-tuc-su-kien/kinh-te/nong-nghiep/vu-lua/in",
        "tin-tuc-su-kien/kinh-te/nong-nghiep/vu-lua/khong-co",
        "tin-tuc-su-kien/kinh-te/nong-nghiep/khong-co",
        "tin-tuc-su-kien/kinh-te/ban-nhap",
        "tin-tuc-su-kien/an",
        "tin-tuc-su-kien/an/tin-an",
        "gioi-thieu/lich-su",
        "gioi-thieu/lich-su/them",
        "khong-co",
        "khong-co/vu-lua",
    ]
    for path in paths:
        components = path.split("/")
        ours = _routed(HomePage.objects.get(pk=home.pk).route, rf.get(f"/{path}/"), components)
        fresh = HomePage.objects.get(pk=home.pk)
        wagtails = _routed(
            lambda request, parts, fresh=fresh: Page.route(fresh, request, parts), rf.get("/"), components
        )
        assert ours == wagtails, path


@pytest.mark.sqlite
@pytest.mark.django_db
def test_breadcrumbs_of_a_page_deep_in_sections_lead_back_home(client, commune):
    economy = NewsIndexPageFactory(parent=news_section(commune.site), title="Kinh tế", slug="kinh-te")
    farming = NewsIndexPageFactory(parent=economy, title="Nông nghiệp", slug="nong-nghiep")
    ArticlePageFactory(parent=farming, title="Vụ lúa đông xuân", slug="vu-lua")

    content = client.get("/tin-tuc-su-kien/kinh-te/nong-nghiep/vu-lua/", HTTP_HOST=COMMUNE_HOST).content.decode()

    crumbs = content.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    links = [part.split('"', 1)[0] for part in crumbs.split('href="')[1:]]
    assert links == ["/", "/tin-tuc-su-kien/", "/tin-tuc-su-kien/kinh-te/", "/tin-tuc-su-kien/kinh-te/nong-nghiep/"]
    assert "Nông nghiệp</a>" in crumbs and 'aria-current="page">Vụ lúa đông xuân<' in crumbs


def _panel_titles(content, heading_id, title_class):
    panel = content.split(f'aria-labelledby="{heading_id}"', 1)[1].split("</section>", 1)[0]
    return re.findall(rf'<h3 class="{title_class}"><a [^>]*>([^<]+)</a>', panel)


@pytest.mark.sqlite
@pytest.mark.django_db
def test_each_section_panel_of_the_home_page_lists_its_own_five_newest_pages(client, commune):
    home = commune.site.root_page
    introduction = SectionPage.objects.child_of(home).get(slug="gioi-thieu")
    questions = SectionPage.objects.child_of(home).get(slug="lien-he")
    for day in range(1, 8):
        ContentPageFactory(
            parent=introduction, title=f"Giới thiệu ngày {day}", first_published_at=local_datetime(2025, 3, day)
        )
    ContentPageFactory(parent=questions, title="Hỏi đáp duy nhất", first_published_at=local_datetime(2025, 1, 1))
    ContentPageFactory(parent=questions, title="Hỏi đáp nháp", live=False)

    content = client.get("/", HTTP_HOST=COMMUNE_HOST).content.decode()

    assert _panel_titles(content, f"chuyen-muc-{introduction.pk}", "page-list__title") == [
        f"Giới thiệu ngày {day}" for day in (7, 6, 5, 4, 3)
    ]
    assert _panel_titles(content, f"chuyen-muc-{questions.pk}", "page-list__title") == ["Hỏi đáp duy nhất"]


@pytest.mark.sqlite
@pytest.mark.django_db
def test_a_commune_whose_home_page_sits_higher_in_the_tree_still_has_its_news_on_the_district_home(
    client, district, commune
):
    hand_made = HomePage(title="Xã Thủ Công", slug="xa-thu-cong")
    Page.get_first_root_node().add_child(instance=hand_made)
    assert hand_made.depth != commune.site.root_page.depth
    unit = Unit.objects.create(
        kind=UnitKind.COMMUNE,
        name="Xã Thủ Công",
        parent=district,
        site=Site.objects.create(hostname="thu-cong.hamtan.test", root_page=hand_made, site_name="Xã Thủ Công"),
    )
    hand_made_news = NewsIndexPageFactory(parent=hand_made, title="Tin tức", slug="tin-tuc")
    for day in range(1, 4):
        ArticlePageFactory(
            parent=hand_made_news, title=f"Thủ Công tin ngày {day}", published_at=local_datetime(2025, 3, day)
        )
    ArticlePageFactory(parent=news_section(commune.site), title="Tân Hà tin", published_at=local_datetime(2025, 2, 1))

    content = client.get("/", HTTP_HOST=DISTRICT_HOST).content.decode()

    assert _panel_titles(content, "tin-tu-cac-xa", "news-item__title") == [
        "Thủ Công tin ngày 3",
        "Thủ Công tin ngày 2",
        "Tân Hà tin",
    ]
    assert f"Trang thông tin điện tử {unit.name}" in content


@pytest.fixture
def parts_cache(settings):
    """Every page rendered (no page cache), the parts every page of a site shares kept."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_PARTS_CACHE_SECONDS = 300
    cache.clear()


def _render(client, path, host=COMMUNE_HOST):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode(), [query["sql"] for query in queries]


def _menu_titles(content):
    menu = content.split('id="menu-chinh"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'class="menu-list__link"[^>]*>([^<]+)</a>', menu)


@pytest.mark.django_db
def test_a_page_rendered_afresh_takes_the_sites_unit_menu_and_settings_from_the_parts_kept(
    client, commune, parts_cache
):
    introduction = SectionPage.objects.child_of(commune.site.root_page).get(slug="gioi-thieu")
    ContentPageFactory(parent=introduction, title="Lịch sử", slug="lich-su")
    ContentPageFactory(parent=introduction, title="Địa lý", slug="dia-ly")

    first, first_queries = _render(client, "/gioi-thieu/lich-su/")
    second, second_queries = _render(client, "/gioi-thieu/dia-ly/")

    # The unit, the contact settings, the menu (the only query filtering on show_in_menus).
    for marker in ('FROM "sites_unit"', 'FROM "sites_sitecontactsettings"', 'AND "wagtailcore_page"."show_in_menus"'):
        assert any(marker in sql for sql in first_queries), marker
        assert not any(marker in sql for sql in second_queries), marker
    assert _menu_titles(second) == _menu_titles(first) and "Giới thiệu" in _menu_titles(second)
    assert second.split("<main", 1)[0].replace("Địa lý", "Lịch sử") == first.split("<main", 1)[0]


@pytest.mark.django_db
def test_a_menu_page_renamed_unpublished_or_added_shows_on_the_next_render(client, commune, parts_cache):
    home = commune.site.root_page
    introduction = SectionPage.objects.child_of(home).get(slug="gioi-thieu")
    ContentPageFactory(parent=introduction, title="Lịch sử", slug="lich-su")
    before = _menu_titles(_render(client, "/gioi-thieu/lich-su/")[0])
    assert "Giới thiệu" in before

    introduction.title = "Giới thiệu chung"
    introduction.save_revision().publish()
    renamed = _menu_titles(_render(client, "/gioi-thieu/lich-su/")[0])
    assert renamed == [("Giới thiệu chung" if title == "Giới thiệu" else title) for title in before]

    questions = home.get_children().get(slug="hoi-dap")
    questions.unpublish()
    assert questions.title not in _menu_titles(_render(client, "/gioi-thieu/lich-su/")[0])

    news = SectionPage(title="Chuyên mục mới", slug="chuyen-muc-moi", show_in_menus=True)
    home.add_child(instance=news)
    news.save_revision().publish()
    assert "Chuyên mục mới" in _menu_titles(_render(client, "/gioi-thieu/lich-su/")[0])


@pytest.mark.django_db
def test_settings_of_the_site_and_of_its_district_show_on_the_next_render(client, district, commune, parts_cache):
    district_contacts = SiteContactSettings.for_site(district.site)
    district_contacts.tagline = "Tỉnh Bình Thuận"
    district_contacts.save()
    content = _render(client, "/")[0]
    assert "Huyện Hàm Tân – Tỉnh Bình Thuận" in content

    district_contacts.tagline = "Tỉnh Lâm Đồng"
    district_contacts.save()
    commune_contacts = SiteContactSettings.for_site(commune.site)
    commune_contacts.phone = "(0252) 3870000"
    commune_contacts.save()
    content = _render(client, "/")[0]

    assert "Huyện Hàm Tân – Tỉnh Lâm Đồng" in content
    assert "Điện thoại: (0252) 3870000" in content

    # Read cold: the commune's contacts and the district's tagline in one query.
    reads = [sql for sql in cold_queries(client, "/") if 'FROM "sites_sitecontactsettings"' in sql]
    assert len(reads) == 1, reads

    commune_contacts.tagline = "Xã nông thôn mới kiểu mẫu"
    commune_contacts.save()
    header = _render(client, "/")[0].split("<main", 1)[0]
    assert '<p class="masthead__subtitle">Xã nông thôn mới kiểu mẫu</p>' in header and "Tỉnh Lâm Đồng" not in header
