"""News: sections (chuyên mục) and articles (tin, bài, phóng sự, điểm báo)."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import PageManager
from wagtail.search import index

from cms.blocks import prefetch_body_renditions, renditions_prefetch
from cms.folded_search import FoldedTextMixin, stream_text
from cms.forms import PortalPageForm
from cms.models import PAGE_ADDRESS_FIELDS, BasePage, PortalPageQuerySet
from sites.access import unit_for_page
from sites.models.settings import COMMUNE_NEWS_PER_UNIT, CommuneNewsRule

from .blocks import ArticleBodyBlock
from .feeds import SectionFeed

ARTICLES_PER_PAGE = 15
OTHER_ARTICLES_COUNT = 5
EARLIER_ARTICLES_COUNT = 10

# The filter specs the templates ask of a featured photo: articles/includes/article_content.html
# (the article), article_list_item.html and home/home_page.html (listings); the body's photos
# are cms.blocks'. A spec missing here still renders, at one query per photo.
FEATURED_IMAGE_FILTER = "width-960"
LISTING_IMAGE_FILTERS = ("fill-240x160", "fill-640x400")
# What listings (article_list_item.html, the home panels) show of an article and need for its
# address; the body and the search columns, much larger, are left in the database.
LISTING_FIELDS = (
    *PAGE_ADDRESS_FIELDS,
    "kind",
    "summary",
    "featured",
    "featured_image",
    "published_at",
)


class ArticleKind(models.TextChoices):
    NEWS = "tin", "Tin"
    ARTICLE = "bai", "Bài viết"
    REPORTAGE = "phong_su", "Phóng sự"
    PRESS_REVIEW = "diem_bao", "Điểm báo"


class ArticleQuerySet(PortalPageQuerySet):
    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def featured(self):
        return self.filter(featured=True)

    def in_section(self, section):
        return self.descendant_of(section)

    def for_listing(self, photos=True, renditions=True):
        """What a listing shows: the fields it reads, the photo (unless `photos=False`) and its
        renditions (unless `renditions=False`: `prefetch_listing_renditions` then fetches those
        of several listings in one query)."""
        listing = self.only(*LISTING_FIELDS)
        if not photos:
            return listing
        listing = listing.select_related("featured_image")
        if renditions:
            listing = listing.prefetch_related(renditions_prefetch("featured_image__renditions", LISTING_IMAGE_FILTERS))
        return listing


def prefetch_listing_renditions(articles):
    """The listing renditions of the photos of these articles (of several listings), in one query."""
    images = {article.featured_image for article in articles if article.featured_image is not None}
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if images:
        prefetch_related_objects(images, renditions_prefetch("renditions", LISTING_IMAGE_FILTERS))


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """A news section (chuyên mục), e.g. Tin tức – Sự kiện › Kinh tế; sections nest."""

    intro = models.TextField("Giới thiệu chuyên mục", blank=True, help_text="Một hai câu hiển thị đầu chuyên mục.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "articles.NewsIndexPage"]
    subpage_types = ["articles.NewsIndexPage", "articles.ArticlePage"]

    class Meta:
        verbose_name = "chuyên mục tin"
        verbose_name_plural = "chuyên mục tin"

    def articles(self):
        return ArticlePage.objects.live().in_section(self).newest_first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.articles().for_listing(), ARTICLES_PER_PAGE)
        context["articles"] = paginator.get_page(request.GET.get("trang"))
        context["subsections"] = NewsIndexPage.objects.child_of(self).live()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/")
    def rss(self, request):
        return SectionFeed()(request, section=self)


def _in_sentence(name):
    return name[:1].lower() + name[1:]


def commune_news_rule(authority):
    """The rule the authority's board set on its home page (`home.HomePage`, read without importing home)."""
    home = authority.site.root_page.specific if authority is not None and authority.site_id else None
    return getattr(home, "commune_news_rule", CommuneNewsRule.NEWEST)


def featured_help_text(unit):
    """What ticking "Tin nổi bật" does for an article of `unit`'s site, under the rule now in force."""
    own = f"Hiển thị ở khối “Tin nổi bật” trên trang chủ {_in_sentence(unit.name)}."
    authority = None if unit.is_parent_authority else unit.parent
    if authority is None or not authority.site_id:
        return own
    name = _in_sentence(authority.name)
    if commune_news_rule(authority) == CommuneNewsRule.FEATURED:
        return (
            f"{own} Theo quy tắc Ban biên tập {name} đặt, chỉ tin có đánh dấu ô này mới được đưa lên mục "
            f"“Tin từ các xã, thị trấn” trên trang chủ {name}."
        )
    return (
        f"{own} Theo quy tắc Ban biên tập {name} đặt, mục “Tin từ các xã, thị trấn” trên trang chủ {name} "
        f"tự đưa tin mới nhất của mỗi xã, thị trấn (tối đa {COMMUNE_NEWS_PER_UNIT} tin), không phụ thuộc ô này."
    )


class ArticlePageForm(PortalPageForm):
    """States the rule in force under the "Tin nổi bật" box."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("featured")
        page = self.instance if self.instance.pk else self.parent_page
        unit = unit_for_page(page) if field is not None and page is not None else None
        if unit is not None:
            field.help_text = featured_help_text(unit)


def _is_photo(block):
    return block.block_type == "image" and block.value["image"] is not None


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(FoldedTextMixin, RoutablePageMixin, BasePage):
    # The unit whose portal published the article, set by the listings that gather several
    # portals' news (`commune_articles`); None elsewhere, so a template asking finds it at once.
    commune = None

    kind = models.CharField("Loại tin", max_length=10, choices=ArticleKind.choices, default=ArticleKind.NEWS)
    summary = models.TextField("Sapo", blank=True, help_text="Đoạn tóm tắt in đậm dưới tiêu đề.")
    body = StreamField(ArticleBodyBlock(), verbose_name="Nội dung", blank=True)
    featured_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name="Ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured = models.BooleanField("Tin nổi bật", default=False, help_text="Hiển thị ở khối tin nổi bật trang chủ.")
    author = models.CharField("Tác giả", max_length=255, blank=True, help_text="Bút danh hoặc họ tên người viết.")
    contributing_unit = models.ForeignKey(
        "sites.Unit",
        verbose_name="Đơn vị cung cấp tin",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    source_name = models.CharField(
        "Nguồn (tên báo, trang)",
        max_length=255,
        blank=True,
        help_text="Bắt buộc với tin điểm báo hoặc tin lấy từ cơ quan báo chí, trang khác.",
    )
    source_url = models.URLField("Địa chỉ bài gốc", max_length=500, blank=True)
    source_permission = models.CharField(
        "Văn bản cho phép đăng lại",
        max_length=500,
        blank=True,
        help_text="Số, ngày văn bản đồng ý hoặc thỏa thuận bản quyền với nguồn.",
    )
    published_at = models.DateTimeField("Ngày giờ đăng", default=timezone.now, db_index=True)
    tags = ClusterTaggableManager("Từ khóa", through=ArticleTag, blank=True)
    # Read by the "Ý kiến bạn đọc" box under the article (templates/engagement/includes/), which the
    # portal's own switch can also turn off; a plain field, so it is versioned and reviewed with the article.
    accepts_comments = models.BooleanField(
        "Cho phép ý kiến bạn đọc",
        default=True,
        help_text="Bỏ chọn để không nhận ý kiến bạn đọc cho bài này (ý kiến đã duyệt vẫn hiển thị).",
    )
    view_count = models.PositiveIntegerField("Lượt xem", default=0, editable=False)
    external_id = models.CharField("Mã ở hệ thống cũ", max_length=100, blank=True, db_index=True, editable=False)

    objects = ArticleManager()
    base_form_class = ArticlePageForm

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_at"), FieldPanel("featured")]),
        FieldPanel("summary"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("contributing_unit")]),
        MultiFieldPanel(
            [FieldPanel("source_name"), FieldPanel("source_url"), FieldPanel("source_permission")],
            heading="Nguồn tin và bản quyền",
        ),
        FieldPanel("tags"),
        FieldPanel("accepts_comments"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("search_text"),
        index.FilterField("published_at"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["articles.NewsIndexPage"]
    subpage_types = []
    # Views of the article itself count (not its print view); engagement keeps them in view_count.
    counted_routes = ("",)

    class Meta:
        verbose_name = "tin bài"
        verbose_name_plural = "tin bài"

    def clean(self):
        super().clean()
        self.clean_source()

    def clean_source(self):
        """A press review names the outlet it quotes; a link to the original names its source."""
        if self.kind == ArticleKind.PRESS_REVIEW and not self.source_name.strip():
            raise ValidationError({"source_name": "Tin điểm báo phải ghi rõ báo, trang gốc."})
        if self.source_url and not self.source_name.strip():
            raise ValidationError({"source_name": "Có địa chỉ bài gốc thì phải ghi tên nguồn."})

    def folded_parts(self):
        return [self.title, self.summary, stream_text(self.body), self.author, self.source_name]

    @property
    def featured_image_in_body(self):
        """Imported articles also start their body with the featured photo; show it once."""
        return self.featured_image_id is not None and any(
            _is_photo(block) and block.value["image"].pk == self.featured_image_id for block in self.body
        )

    @path("")
    def article(self, request):
        return self.render(request)

    @path("in/")
    def print_view(self, request):
        return self.render(request, template="articles/article_page_print.html")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body_images = {block.value["image"].pk: block.value["image"] for block in self.body if _is_photo(block)}
        if self.featured_image_id in body_images:  # the body's copy, read with the others: no query of its own
            self.featured_image = body_images[self.featured_image_id]
        prefetch_body_renditions(self.body, [self.featured_image], [FEATURED_IMAGE_FILTER])
        # "Tin khác" lists the section's newest other items; "Tin đã đưa" goes on with the items
        # published before this one, leaving out those "Tin khác" already shows.
        # Both in one query: the newest items and the earlier ones, newest first; the newest
        # come first, so the rest are exactly the earlier items "Tin khác" leaves out.
        siblings = ArticlePage.objects.live().child_of(self.get_parent()).exclude(pk=self.pk)
        newest = siblings.newest_first().values("pk")[:OTHER_ARTICLES_COUNT]
        shown = list(
            siblings.filter(Q(pk__in=newest) | Q(published_at__lt=self.published_at))
            .only(*LISTING_FIELDS)
            .newest_first()[: OTHER_ARTICLES_COUNT + EARLIER_ARTICLES_COUNT]
        )
        context["other_articles"] = shown[:OTHER_ARTICLES_COUNT]
        context["earlier_articles"] = shown[OTHER_ARTICLES_COUNT:]
        return context
