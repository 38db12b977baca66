"""Administrative units, their roles, their review step and their per-site settings."""

from urllib.parse import urlsplit

from django import forms
from django.contrib.auth.models import Group
from django.core.validators import URLValidator
from django.db import models
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Collection, Orderable, Site


class UnitKind(models.TextChoices):
    PROVINCE = "province", "Tỉnh"
    DISTRICT = "district", "Huyện"
    COMMUNE = "commune", "Xã"
    WARD = "ward", "Phường"
    TOWN = "town", "Thị trấn"
    SPECIAL_ZONE = "special_zone", "Đặc khu"
    DEPARTMENT = "department", "Phòng, ban, đơn vị trực thuộc"


# A parent authority owns the editorial board; local units each run a subsite under it.
PARENT_KINDS = frozenset({UnitKind.PROVINCE, UnitKind.DISTRICT})
LOCAL_KINDS = frozenset({UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWN, UnitKind.SPECIAL_ZONE})


class Role(models.TextChoices):
    EDITOR = "editor", "Biên tập viên"
    CHIEF_EDITOR = "chief_editor", "Lãnh đạo duyệt tin"
    COLLABORATOR = "collaborator", "Cộng tác viên"
    BOARD = "board", "Ban biên tập"
    INSPECTOR = "inspector", "Kiểm tra viên"


SITE_ROLES = frozenset({Role.EDITOR, Role.CHIEF_EDITOR, Role.COLLABORATOR})
PARENT_ONLY_ROLES = frozenset({Role.BOARD, Role.INSPECTOR})


class UnitQuerySet(models.QuerySet):
    def parents(self):
        return self.filter(kind__in=PARENT_KINDS)

    def with_sites(self):
        return self.filter(site__isnull=False).select_related("site")

    def contributing_to(self, authority):
        """The authority itself and every unit under it: who may be credited for content."""
        return self.filter(models.Q(pk=authority.pk) | models.Q(parent=authority))


class Unit(models.Model):
    kind = models.CharField("Loại đơn vị", max_length=20, choices=UnitKind.choices)
    name = models.CharField("Tên đơn vị", max_length=200, help_text="Ví dụ: Xã Tân Hà, Phòng Văn hóa và Thông tin.")
    short_name = models.CharField("Tên viết tắt", max_length=100, blank=True, help_text="Ví dụ: Phòng VH&TT.")
    parent = models.ForeignKey(
        "self",
        verbose_name="Đơn vị cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    official_email = models.EmailField("Thư điện tử công vụ", blank=True)
    site = models.OneToOneField(
        Site,
        verbose_name="Trang thông tin",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="unit",
    )
    collection = models.OneToOneField(
        Collection,
        verbose_name="Thư mục ảnh và tài liệu",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="unit",
    )
    trusted_publisher = models.BooleanField(
        "Được tự xuất bản",
        default=False,
        help_text="Tin bài của đơn vị chỉ cần lãnh đạo đơn vị duyệt, không qua bước phê duyệt của huyện.",
    )
    created_at = models.DateTimeField("Ngày tạo", auto_now_add=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["parent_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unit_unique_name_under_parent"),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(parent__isnull=True),
                name="unit_unique_top_level_name",
            ),
        ]
        permissions = [
            ("view_all_units_content", "Xem nội dung của mọi đơn vị (không được sửa)"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_parent_authority(self):
        return self.kind in PARENT_KINDS

    @property
    def authority(self):
        """The parent authority whose board moderates this unit."""
        return self if self.is_parent_authority else self.parent

    def group_for(self, role):
        return self.role_groups.select_related("group").get(role=role).group


class UnitGroup(models.Model):
    """The Django group that holds one role of one unit."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="role_groups", verbose_name="Đơn vị")
    role = models.CharField("Vai trò", max_length=20, choices=Role.choices)
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="unit_role", verbose_name="Nhóm")

    class Meta:
        verbose_name = "nhóm vai trò của đơn vị"
        verbose_name_plural = "nhóm vai trò của đơn vị"
        constraints = [models.UniqueConstraint(fields=["unit", "role"], name="unitgroup_unique_role")]

    def __str__(self):
        return f"{self.unit} – {self.get_role_display()}"


class RejectionCommentForm(TaskStateCommentForm):
    comment = forms.CharField(
        label="Nội dung cần chỉnh sửa",
        required=True,
        widget=forms.Textarea({"rows": 3}),
        help_text="Bắt buộc: tác giả sẽ thấy nội dung này để sửa bài.",
        error_messages={"required": "Vui lòng ghi rõ nội dung cần chỉnh sửa để tác giả biết."},
    )


class UnitReviewTask(AbstractGroupApprovalTask):
    """A group approval step that belongs to one unit and never rejects without a comment."""

    unit = models.ForeignKey(
        Unit,
        verbose_name="Đơn vị",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_tasks",
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["unit"]

    class Meta:
        verbose_name = "bước duyệt của đơn vị"
        verbose_name_plural = "bước duyệt của đơn vị"

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionCommentForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The page editor can post a workflow action without going through the
        # action form; a rejection must still carry a comment the author can read.
        if action_name == "reject" and not (kwargs.get("comment") or "").strip():
            return None
        return super().on_action(task_state, user, action_name, **kwargs)


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
