"""Per-site settings: the contact lines of the header and footer, the home page's links and banners,
and the vocabulary of the rule by which a parent authority's home page takes its communes' news."""

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.db import models
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .units import Unit


@register_setting(icon="site")
class SiteContactSettings(BaseSiteSetting):
    """What the public footer and header show for one portal."""

    tagline = models.CharField(
        "Dòng phụ dưới tên đơn vị",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Tỉnh Bình Thuận. Để trống để dùng tên các cấp trên.",
    )
    copyright_owner = models.CharField(
        "Cơ quan chủ quản",
        max_length=255,
        blank=True,
        help_text="Hiển thị: “Bản quyền thuộc …”.",
    )
    editorial_head = models.CharField(
        "Trưởng Ban biên tập",
        max_length=255,
        blank=True,
        help_text="Họ tên và/hoặc chức vụ, ví dụ: Chánh Văn phòng HĐND&UBND huyện.",
    )
    address = models.CharField("Địa chỉ", max_length=255, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    fax = models.CharField("Fax", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử", blank=True)
    licence = models.CharField(
        "Giấy phép",
        max_length=255,
        blank=True,
        help_text="Số giấy phép thiết lập trang thông tin điện tử (nếu có).",
    )

    panels = [
        MultiFieldPanel([FieldPanel("tagline")], heading="Đầu trang"),
        MultiFieldPanel(
            [
                FieldPanel("copyright_owner"),
                FieldPanel("editorial_head"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading="Chân trang",
        ),
    ]

    class Meta:
        verbose_name = "thông tin liên hệ của trang"
        verbose_name_plural = "thông tin liên hệ của trang"


class CommuneNewsRule(models.TextChoices):
    """Which of its communes' news a parent authority's home page lists under "Tin từ các xã, thị trấn".

    The board sets it on the authority's home page (`home.HomePage`); the article form states it beside
    the "Tin nổi bật" box, so a commune editor knows what ticking the box does.
    """

    NEWEST = "moi_nhat", "Tin mới nhất của các xã, thị trấn (mỗi nơi tối đa 2 tin)"
    FEATURED = "noi_bat", "Chỉ tin được xã, thị trấn đánh dấu “Tin nổi bật”"


# Under the NEWEST rule, one busy commune must not fill the whole list.
COMMUNE_NEWS_PER_UNIT = 2


LINK_URL_SCHEMES = ("http", "https")
LINK_URL_MESSAGE = "Nhập địa chỉ đầy đủ, bắt đầu bằng http:// hoặc https://, ví dụ https://chinhphu.vn."

# Editors and imports must give an absolute web address. The field stays a CharField, not a URLField,
# so a value stored before this check (or written by other code) is still loaded and can be inspected.
_link_url_validator = URLValidator(schemes=LINK_URL_SCHEMES, message=LINK_URL_MESSAGE)


def validate_link_url(value):
    _link_url_validator(value)


class LinkPosition(models.TextChoices):
    LINK = "lien_ket", "Liên kết website"
    BANNER = "banner", "Banner"


class SiteLinkSettingsForm(WagtailAdminModelForm):
    """The image chooser offers only the user's own collections; a hand-made POST must not put
    another commune's image on this site's home page either."""

    def is_valid(self):
        valid = super().is_valid()
        allowed = self.instance.image_collection_ids()
        for form in self.formsets["links"].forms:
            data = getattr(form, "cleaned_data", None) or {}
            image = data.get("image")
            if image and allowed and not data.get("DELETE") and image.collection_id not in allowed:
                form.add_error("image", "Chọn ảnh trong thư mục ảnh của đơn vị này hoặc của đơn vị cấp trên.")
                valid = False
        return valid


@register_setting(icon="link")
class SiteLinkSettings(BaseSiteSetting, ClusterableModel):
    """One portal's "Liên kết website" list and banners, shown on its home page."""

    base_form_class = SiteLinkSettingsForm

    panels = [
        InlinePanel(
            "links",
            label="Liên kết và banner",
            heading="Liên kết website và banner",
            help_text="Thứ tự ở đây là thứ tự hiển thị trên trang chủ.",
        ),
    ]

    class Meta:
        verbose_name = "Liên kết website và banner"
        verbose_name_plural = "Liên kết website và banner"

    def image_collection_ids(self):
        """The collections a banner image may come from: the site's unit's and its authority's."""
        unit = Unit.objects.select_related("parent").filter(site_id=self.site_id).first()
        if unit is None:
            return set()
        parent_collection_id = unit.parent.collection_id if unit.parent else None
        return {collection for collection in (unit.collection_id, parent_collection_id) if collection}

    @cached_property
    def _shown_links(self):
        # Only web addresses reach the page: an odd stored value (a "javascript:" link) is for inspectors to find.
        links = [link for link in self.links.select_related("image") if link.is_web_address]
        own_host = self.site.hostname.lower()
        for link in links:
            link.external = link.hostname != own_host
        return links

    @property
    def banners(self):
        """Banners in their editors' order, each marked `external` unless it points to this portal."""
        return [link for link in self._shown_links if link.position == LinkPosition.BANNER]

    @property
    def website_links(self):
        """The "Liên kết website" list in its editors' order, marked like `banners`."""
        return [link for link in self._shown_links if link.position == LinkPosition.LINK]


class SiteLink(Orderable):
    setting = ParentalKey(SiteLinkSettings, on_delete=models.CASCADE, related_name="links")
    title = models.CharField("Tiêu đề", max_length=255)
    url = models.CharField(
        "Địa chỉ liên kết",
        max_length=500,
        validators=[validate_link_url],
        help_text="Địa chỉ đầy đủ, ví dụ https://dichvucong.gov.vn.",
    )
    image = models.ForeignKey(
        "cms.AttributedImage",
        verbose_name="Ảnh banner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="site_links",
        help_text="Không bắt buộc với liên kết; banner nên có ảnh. Ảnh phải ghi rõ tác giả, nguồn và giấy phép.",
    )
    position = models.CharField("Vị trí", max_length=20, choices=LinkPosition.choices, default=LinkPosition.LINK)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("image"), FieldPanel("position")]

    class Meta(Orderable.Meta):
        verbose_name = "liên kết"
        verbose_name_plural = "liên kết"

    def __str__(self):
        return self.title

    @property
    def is_web_address(self):
        return self.url.strip().lower().startswith(("http://", "https://")) and bool(self.hostname)

    @property
    def hostname(self):
        """The host the link points to, lower case ("" when the address has none)."""
        try:
            return (urlsplit(self.url.strip()).hostname or "").lower()
        except ValueError:
            return ""
