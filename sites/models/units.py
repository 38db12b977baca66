"""Administrative units, their kinds and roles, and the group that holds each role."""

from django.contrib.auth.models import Group
from django.db import models

from wagtail.models import Collection, Page, Site


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
    # A parent authority's branches: every portal of the authority sits below `authority_page`, every
    # image and document collection below `authority_collection`; its board's rights are granted there.
    authority_page = models.OneToOneField(
        Page,
        verbose_name="Nhánh trang của đơn vị chủ quản",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="authority_unit",
        editable=False,
    )
    authority_collection = models.OneToOneField(
        Collection,
        verbose_name="Thư mục chung của đơn vị chủ quản",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="authority_unit",
        editable=False,
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
