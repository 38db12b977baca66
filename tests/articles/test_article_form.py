"""The news page types through Wagtail's own page test case: tree rules, and an article holding
every block of its body posted through the admin's create form as a commune editor would."""

import json

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import ArticlePage, NewsIndexPage
from home.models import ContentPage, HomePage
from tests.articles.factories import article_form_data, news_section
from tests.factories import DocumentFactory, ImageFactory
from tests.helpers import COMMUNE_HOST, refused, unit_on

VIDEO_URL = "https://www.youtube.com/watch?v=hamtan-2026"
TABLE = {
    "data": [["Xã", "Số hộ thoát nghèo"], ["Tân Hà", "42"], ["Sơn Mỹ", "37"]],
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "Kết quả giảm nghèo năm 2026",
}


class ArticlePageTypesTests(WagtailPageTestCase):
    def test_news_sections_hold_articles_and_sections(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsIndexPage, ArticlePage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, NewsIndexPage})
        self.assertCanCreateAt(NewsIndexPage, ArticlePage)
        self.assertCanCreateAt(HomePage, NewsIndexPage)

    def test_articles_live_only_in_news_sections(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ContentPage, ArticlePage)
        self.assertCanNotCreateAt(Page, ArticlePage)


class ArticleBodyThroughTheAdminFormTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.commune = unit_on(COMMUNE_HOST)
        cls.section = news_section(cls.commune.site)
        cls.image = ImageFactory(title="Ra quân làm sạch bờ biển", collection=cls.commune.collection)
        cls.document = DocumentFactory(title="Kế hoạch bảo vệ môi trường năm 2026")
        # The embed finder would ask YouTube; Wagtail reads a stored embed first.
        Embed.objects.create(
            url=VIDEO_URL,
            hash=get_embed_hash(VIDEO_URL),
            type="video",
            html='<iframe src="https://www.youtube.com/embed/hamtan-2026"></iframe>',
            title="Ra quân làm sạch môi trường",
        )

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["articles", "articlepage", self.section.pk])

    def form_data(self, slug):
        body = streamfield(
            [
                ("paragraph", rich_text("<p>Sáng ngày 28/9, đoàn viên xã Tân Hà ra quân làm sạch bờ biển.</p>")),
                ("image", {"image": {"image": self.image.pk, "decorative": "", "alt_text": "Đoàn viên nhặt rác"},
                           "caption": "Đoàn viên nhặt rác ven biển"}),
                ("quote", {"text": "Giữ bờ biển sạch là giữ sinh kế của bà con.", "attribution": "Bí thư Đoàn xã"}),
                ("video", {"video": VIDEO_URL, "caption": "Phóng sự của Đài Truyền thanh xã"}),
                ("table", json.dumps(TABLE)),
                ("document", {"document": self.document.pk, "title": "Tải kế hoạch"}),
            ]
        )
        return {
            **article_form_data("Xã Tân Hà ra quân làm sạch bờ biển", slug, author="Minh Thư"),
            **nested_form_data({"body": body}),
        }

    def test_editor_saves_every_body_block(self):
        self.client.force_login(get_user_model().objects.get(username="editor"))
        response = self.client.post(self.add_url(), self.form_data("ra-quan-lam-sach-bo-bien"))

        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        article = ArticlePage.objects.child_of(self.section).get(slug="ra-quan-lam-sach-bo-bien")
        blocks = {block.block_type: block.value for block in article.body}
        self.assertEqual(
            [block.block_type for block in article.body], ["paragraph", "image", "quote", "video", "table", "document"]
        )
        self.assertIn("ra quân làm sạch bờ biển", blocks["paragraph"].source)
        self.assertEqual(blocks["image"]["image"].id, self.image.pk)
        self.assertEqual(blocks["image"]["image"].contextual_alt_text, "Đoàn viên nhặt rác")
        self.assertEqual(blocks["image"]["caption"], "Đoàn viên nhặt rác ven biển")
        self.assertEqual(blocks["quote"]["attribution"], "Bí thư Đoàn xã")
        self.assertEqual(blocks["video"]["video"].url, VIDEO_URL)
        self.assertEqual(blocks["table"]["data"], TABLE["data"])
        self.assertEqual(blocks["table"]["table_caption"], TABLE["table_caption"])
        self.assertEqual(blocks["document"]["document"], self.document)
        self.assertEqual(blocks["document"]["title"], "Tải kế hoạch")
        self.assertEqual(article.author, "Minh Thư")

    def test_another_communes_editor_is_refused_and_nothing_is_created(self):
        self.client.force_login(get_user_model().objects.get(username="other_editor"))
        response = self.client.post(self.add_url(), self.form_data("bai-cua-xa-khac"))

        self.assertTrue(refused(response), response.status_code)
        self.assertFalse(ArticlePage.objects.filter(slug="bai-cua-xa-khac").exists())
