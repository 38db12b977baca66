"""The portal home page, its sections and plain content pages."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms.folded_search import FoldedTextMixin, stream_text
from cms.models import BasePage

from .blocks import ContentStreamBlock


class HomePage(BasePage):
    """Root of one portal: the district's or a commune's."""

    welcome = RichTextField(
        "Lời giới thiệu",
        blank=True,
        features=["bold", "italic", "link"],
        help_text="Vài câu giới thiệu đơn vị, hiển thị trên trang chủ.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("welcome")]
    search_fields = BasePage.search_fields + [index.SearchField("welcome")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "articles.NewsIndexPage",
        "legal_docs.LegalDocumentIndexPage",
        "legal_docs.ProcedureIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def get_context(self, request, *args, **kwargs):
        # News (featured, latest per news section, the communes' news) comes from the
        # articles app's template tags; the context only carries the plain sections.
        context = super().get_context(request, *args, **kwargs)
        sections = SectionPage.objects.child_of(self).live().in_menu()
        context["section_listings"] = [
            (section, ContentPage.objects.descendant_of(section).live().order_by("-first_published_at")[:5])
            for section in sections
        ]
        return context


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
        context["pages"] = ContentPage.objects.child_of(self).live().order_by("-first_published_at")
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
