"""The portal home page, its sections and plain content pages."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.blocks import prefetch_body_renditions
from cms.folded_search import FoldedTextMixin, stream_text
from cms.forms import PortalPageForm
from cms.models import PAGE_ADDRESS_FIELDS, BasePage
from sites.access import is_board_member, unit_for_page
from sites.models.settings import CommuneNewsRule

from .blocks import ContentStreamBlock
from .routing import route_below

COMMUNE_NEWS_FIELDS = ("commune_news_rule", "commune_news_count")
SECTION_PANEL_PAGES = 5
DOCUMENT_LISTING_PAGE_TYPE = "legal_docs.legaldocumentindexpage"
# What includes/page_list_item.html shows of a content page and needs for its address; the
# body and the search columns, much larger, stay in the database.
PAGE_LISTING_FIELDS = (*PAGE_ADDRESS_FIELDS, "first_published_at", "summary")


class HomePageForm(PortalPageForm):
    """The rule for the communes' news belongs to a parent authority's home page and to its board alone.

    Anyone else editing a home page (a commune's, or the district's own editors) gets a form without
    those fields, so a value posted for them is never read.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self._may_set_commune_news_rule():
            for name in COMMUNE_NEWS_FIELDS:
                self.fields.pop(name, None)

    def _may_set_commune_news_rule(self):
        unit = unit_for_page(self.instance) if self.instance.pk else None
        if unit is None or not unit.is_parent_authority:
            return False
        user = self.for_user
        return bool(user and user.is_active and (user.is_superuser or is_board_member(user, unit)))


class HomePage(BasePage):
    """Root of one portal: the district's or a commune's."""

    base_form_class = HomePageForm

    welcome = RichTextField(
        "Lời giới thiệu",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Vài câu giới thiệu đơn vị, hiển thị trên trang chủ.",
    )
    commune_news_rule = models.CharField(
        "Tin đưa lên mục “Tin từ các xã, thị trấn”",
        max_length=10,
        choices=CommuneNewsRule.choices,
        default=CommuneNewsRule.NEWEST,
        help_text=(
            "Chỉ có ở trang chủ của huyện, tỉnh và chỉ Ban biên tập đặt. Biên tập viên các xã thấy quy tắc "
            "này ngay dưới ô “Tin nổi bật” khi viết tin."
        ),
    )
    commune_news_count = models.PositiveSmallIntegerField(
        "Số tin hiển thị",
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text="Số tin của các xã, thị trấn hiển thị trên trang chủ (từ 1 đến 30).",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("welcome"),
        MultiFieldPanel([FieldPanel(name) for name in COMMUNE_NEWS_FIELDS], heading="Tin từ các xã, thị trấn"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("welcome")]

    parent_page_types = ["wagtailcore.Page", "sites.AuthorityPage"]
    subpage_types = [
        "home.SectionPage",
        "articles.NewsIndexPage",
        "legal_docs.LegalDocumentIndexPage",
        "legal_docs.ProcedureIndexPage",
        # Named, not imported: engagement sits above home (the layer rule).
        "engagement.QuestionIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def route(self, request, path_components):
        return route_below(
            self, request, path_components, lambda components: super(HomePage, self).route(request, components)
        )

    def get_context(self, request, *args, **kwargs):
        # The live pages under the home page, read once: the main menu, the news panels (the
        # articles app's `home_news` tag) and the plain sections' panels all come from them.
        context = super().get_context(request, *args, **kwargs)
        children = list(self.get_children().live())
        context["home_children"] = children
        sections = [child for child in children if child.show_in_menus and child.specific_class is SectionPage]
        context["section_listings"] = newest_content_pages(sections, SECTION_PANEL_PAGES)
        # The “Văn bản” panel's link: the first document listing under the home page, as
        # legal_docs' `document_section` tag finds it (home never imports legal_docs).
        context["documents_section"] = next(
            (child for child in children if _label(child) == DOCUMENT_LISTING_PAGE_TYPE), None
        )
        return context


def _label(page):
    model = page.specific_class
    return model._meta.label_lower if model is not None else None


def newest_content_pages(sections, count):
    """(section, its `count` newest live content pages) for sibling sections, in one query."""
    if not sections:
        return []
    by_section = {section.path: [] for section in sections}
    section_path = Substr("path", 1, len(sections[0].path))  # siblings: paths of one length
    pages = (
        ContentPage.objects.live()
        .annotate(section_path=section_path)
        .filter(section_path__in=list(by_section))
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[section_path],
                order_by=[F("first_published_at").desc(), F("pk").desc()],
            )
        )
        .filter(rank__lte=count)
        .only(*PAGE_LISTING_FIELDS)
        .order_by("section_path", "rank")
    )
    for page in pages:
        by_section[page.section_path].append(page)
    return [(section, by_section[section.path]) for section in sections]


class SectionPage(BasePage):
    """A chuyên mục: Giới thiệu, Tin tức – Sự kiện, … ; sections may nest."""

    intro = RichTextField(
        "Giới thiệu chuyên mục",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Đoạn mô tả ngắn hiển thị đầu trang chuyên mục.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.SectionPage", "home.ContentPage"]

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = SectionPage.objects.child_of(self).live()
        context["pages"] = (
            ContentPage.objects.child_of(self).live().only(*PAGE_LISTING_FIELDS).order_by("-first_published_at")
        )
        return context


class ContentPage(FoldedTextMixin, BasePage):
    """A plain page of text: an introduction, a notice, a contact page."""

    summary = models.TextField("Tóm tắt", blank=True, help_text="Một hai câu tóm tắt nội dung (sapo).")
    body = StreamField(ContentStreamBlock(), verbose_name="Nội dung", blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = "trang nội dung"
        verbose_name_plural = "trang nội dung"

    def folded_parts(self):
        return [self.title, self.summary, stream_text(self.body)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_body_renditions(self.body)
        return context
