"""The Hỏi đáp page type: its tree rules, and that it renders, edits and previews (Wagtail's own checks)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from engagement.models import QuestionIndexPage
from home.models import HomePage
from tests.helpers import COMMUNE_HOST


class QuestionPageTypeTest(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(slug="tan-ha-hamtan-test")
        self.page = QuestionIndexPage.objects.child_of(self.home).get()
        self.login()
        self.client.defaults["HTTP_HOST"] = COMMUNE_HOST

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(QuestionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(QuestionIndexPage, set())
        self.assertCanNotCreateAt(Page, QuestionIndexPage)

    def test_renders_edits_and_previews(self):
        for route in ("", "dat-cau-hoi/", "tra-cuu/", "du-lieu-ca-nhan/"):
            self.assertPageIsRenderable(self.page, route_path=f"/{route}")
        self.assertPageIsEditable(self.page)
        self.assertPageIsPreviewable(self.page)
