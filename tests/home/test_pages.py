import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import NewsIndexPage
from home.models import ContentPage, HomePage, SectionPage
from legal_docs.models import LegalDocumentIndexPage, ProcedureIndexPage
from sites.models import AuthorityPage, SiteContactSettings
from tests.factories import ContentPageFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST


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
            HomePage, {SectionPage, NewsIndexPage, LegalDocumentIndexPage, ProcedureIndexPage}
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
        parent=commune.site.root_page.get_children().get(slug="hoi-dap"),
        title="Tân Hà tổ chức ngày hội tòng quân",
    )
    ContentPageFactory(
        parent=other_commune.site.root_page.get_children().get(slug="hoi-dap"),
        title="Tân Nghĩa chỉnh trang đô thị",
    )
    content = client.get("/hoi-dap/", HTTP_HOST=COMMUNE_HOST).content.decode()
    assert "Tân Hà tổ chức ngày hội tòng quân" in content
    assert "Tân Nghĩa chỉnh trang đô thị" not in content


@pytest.mark.django_db
def test_unknown_address_gets_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=COMMUNE_HOST)
    assert response.status_code == 404
    assert "Không tìm thấy" in response.content.decode()
