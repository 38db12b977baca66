"""The two listing pages, Văn bản and Thủ tục hành chính: a site's documents or procedures with
the citizen search. They sit above the search (which imports the document and procedure models),
so they live apart from those models.
"""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.models import BasePage

from ..search.pages import DOCUMENTS, PROCEDURES, search_page_context


class LegalDocumentIndexPage(BasePage):
    """Văn bản: the site's document listing with the citizen search."""

    intro = RichTextField("Giới thiệu chuyên mục", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.LegalDocumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục văn bản"
        verbose_name_plural = "chuyên mục văn bản"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(search_page_context(request, DOCUMENTS))
        return context


class ProcedureIndexPage(BasePage):
    """Thủ tục hành chính: the site's procedure listing with the citizen search."""

    intro = RichTextField("Giới thiệu chuyên mục", blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["legal_docs.ProcedurePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "chuyên mục thủ tục hành chính"
        verbose_name_plural = "chuyên mục thủ tục hành chính"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(search_page_context(request, PROCEDURES))
        return context
