"""Provisioning: one service that sets up a unit and everything its portal needs.

The command, the demo loader and the tests all call `provision_unit`. It runs in one
transaction and only creates what is missing, so running it twice changes nothing.
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from wagtail.models import Collection, Page, Site

from . import roles
from .models import (
    PARENT_KINDS,
    PARENT_ONLY_ROLES,
    SITE_ROLES,
    AuthorityPage,
    Role,
    SiteContactSettings,
    Unit,
    UnitGroup,
    UnitKind,
)
from .workflows import ensure_workflow

_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
HOSTNAME_PATTERN = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


class ProvisioningError(Exception):
    """Bad input for provisioning; the message is meant for the person at the terminal."""


@dataclass
class ProvisionResult:
    unit: Unit
    created: bool
    changes: list = field(default_factory=list)

    @property
    def changed(self):
        return self.created or bool(self.changes)


def normalise_hostname(hostname):
    hostname = (hostname or "").strip().lower()
    if not HOSTNAME_PATTERN.match(hostname):
        raise ProvisioningError(
            f"Tên miền không hợp lệ: “{hostname}”. Chỉ dùng chữ thường không dấu, số, dấu gạch ngang và dấu chấm "
            "(ví dụ: tan-ha.hamtan.binhthuan.gov.vn)."
        )
    return hostname


def find_site_unit(hostname):
    """The unit whose portal answers on `hostname`, or None."""
    return Unit.objects.filter(site__hostname=(hostname or "").strip().lower()).select_related("site").first()


@transaction.atomic
def provision_unit(kind, name, hostname=None, parent_hostname=None, email="", trusted=False, port=80):
    name = (name or "").strip()
    if kind not in UnitKind.values:
        raise ProvisioningError(f"Loại đơn vị không hợp lệ: “{kind}”. Chọn một trong: {', '.join(UnitKind.values)}.")
    if not name:
        raise ProvisioningError("Thiếu tên đơn vị (--name).")

    if kind == UnitKind.DEPARTMENT:
        if hostname:
            raise ProvisioningError("Phòng, ban, đơn vị trực thuộc không có trang riêng: bỏ --hostname.")
        return _provision_department(name, _resolve_parent(kind, parent_hostname), email)

    hostname = normalise_hostname(hostname)
    parent = _resolve_parent(kind, parent_hostname)
    unit, created, changes = _ensure_unit(kind, name, hostname, parent, email, trusted)
    changes += _ensure_groups(unit)
    if unit.is_parent_authority:
        changes += _ensure_authority_branches(unit, hostname)
    changes += _ensure_site_tree(unit, hostname, port)
    changes += _ensure_collection(unit)
    changes += _ensure_permissions(unit)
    changes += ensure_workflow(unit)
    return ProvisionResult(unit=unit, created=created, changes=[] if created else changes)


def _resolve_parent(kind, parent_hostname):
    if kind in PARENT_KINDS:
        if parent_hostname:
            raise ProvisioningError("Đơn vị cấp tỉnh/huyện là đơn vị chủ quản, không nhận --parent.")
        return None
    if not parent_hostname:
        label = UnitKind(kind).label.lower()
        raise ProvisioningError(f"Đơn vị loại “{label}” phải có đơn vị cấp trên: thêm --parent TÊN_MIỀN_CỦA_HUYỆN.")
    parent = find_site_unit(parent_hostname)
    if parent is None:
        raise ProvisioningError(f"Không tìm thấy đơn vị cấp trên có tên miền “{parent_hostname}”.")
    if not parent.is_parent_authority:
        raise ProvisioningError(f"“{parent.name}” không phải đơn vị cấp huyện hoặc tỉnh nên không thể là cấp trên.")
    return parent


def _provision_department(name, parent, email):
    unit = Unit.objects.filter(parent=parent, name=name).first()
    if unit is None:
        unit = Unit.objects.create(kind=UnitKind.DEPARTMENT, name=name, parent=parent, official_email=email or "")
        return ProvisionResult(unit=unit, created=True)
    if unit.kind != UnitKind.DEPARTMENT:
        raise ProvisioningError(f"Tên “{name}” đã được dùng cho một đơn vị khác thuộc {parent.name}.")
    changes = []
    if email and unit.official_email != email:
        unit.official_email = email
        unit.save(update_fields=["official_email"])
        changes.append(f"cập nhật thư điện tử: {email}")
    return ProvisionResult(unit=unit, created=False, changes=changes)


def _ensure_unit(kind, name, hostname, parent, email, trusted):
    unit = find_site_unit(hostname)
    if unit is None:
        if Site.objects.filter(hostname=hostname).exists():
            raise ProvisioningError(f"Tên miền “{hostname}” đã được dùng cho một trang khác.")
        if Unit.objects.filter(parent=parent, name=name).exists():
            raise ProvisioningError(f"Đã có đơn vị tên “{name}” với tên miền khác.")
        unit = Unit.objects.create(
            kind=kind, name=name, parent=parent, official_email=email or "", trusted_publisher=trusted
        )
        return unit, True, []

    if (unit.kind, unit.name, unit.parent_id) != (kind, name, parent.pk if parent else None):
        raise ProvisioningError(f"Tên miền “{hostname}” đã được dùng cho đơn vị “{unit.name}”.")
    changes = []
    if email and unit.official_email != email:
        unit.official_email = email
        changes.append(f"cập nhật thư điện tử: {email}")
    if unit.trusted_publisher != trusted:
        unit.trusted_publisher = trusted
        changes.append("được tự xuất bản" if trusted else "thôi tự xuất bản, tin bài qua huyện phê duyệt")
    if changes:
        unit.save(update_fields=["official_email", "trusted_publisher"])
    return unit, False, changes


def _publish_new_child(parent, page):
    """Add `page` under `parent`, live from now. The skeleton of a new portal is created live in
    one save, with no revision: nothing is published over earlier content (a portal of a hundred
    communes is provisioned three times faster than through revisions and publishing)."""
    now = timezone.now()
    page.live, page.has_unpublished_changes = True, False
    page.first_published_at = page.last_published_at = now
    parent.add_child(instance=page)
    return page


def branch_title(unit):
    return f"{unit.name} và các đơn vị trực thuộc"


def _ensure_authority_branches(authority, hostname):
    """The page and the collection that hold every portal and every collection of the authority,
    and its board's rights on them: one set of rows however many units the authority has."""
    changes = []
    if authority.authority_page is None:
        branch = AuthorityPage(title=branch_title(authority), slug=f"cac-trang-{hostname.replace('.', '-')}")
        authority.authority_page = _publish_new_child(Page.get_first_root_node(), branch)
        changes.append("tạo nhánh trang chung của các đơn vị")
    if authority.authority_collection is None:
        authority.authority_collection = Collection.get_first_root_node().add_child(name=branch_title(authority))
        changes.append("tạo thư mục chung của các đơn vị")
    if changes:
        authority.save(update_fields=["authority_page", "authority_collection"])

    board = authority.group_for(Role.BOARD)
    board_actions = roles.page_permissions_for(Role.BOARD, authority)
    changed = roles.sync_page_permissions(board, authority.authority_page, board_actions)
    changed |= roles.sync_collection_permissions(
        board, authority.authority_collection, roles.COLLECTION_PERMISSIONS[Role.BOARD]
    )
    if changed and not changes:
        changes.append("cập nhật quyền của ban biên tập")
    return changes


def _ensure_site_tree(unit, hostname, port):
    changes = []
    if unit.site is None:
        home_model = apps.get_model(settings.PORTAL_HOME_PAGE_MODEL)
        home = home_model(title=unit.name, slug=hostname.replace(".", "-"))
        _publish_new_child(unit.authority.authority_page, home)
        is_first_parent = unit.is_parent_authority and not Site.objects.filter(is_default_site=True).exists()
        unit.site = Site.objects.create(
            hostname=hostname,
            port=port,
            site_name=unit.name,
            root_page=home,
            is_default_site=is_first_parent,
        )
        unit.save(update_fields=["site"])
        changes.append(f"tạo trang {hostname}")

    home = unit.site.root_page
    for section in settings.PORTAL_STANDARD_SECTIONS:
        if not home.get_children().filter(slug=section["slug"]).exists():
            section_model = apps.get_model(section["model"])
            _publish_new_child(home, section_model(title=section["title"], slug=section["slug"], show_in_menus=True))
            changes.append(f"tạo chuyên mục {section['title']}")

    contact, created = SiteContactSettings.objects.get_or_create(
        site=unit.site,
        defaults={"copyright_owner": unit.name, "email": unit.official_email},
    )
    if created:
        changes.append("tạo thông tin liên hệ mặc định")
    return changes


def roles_in_unit(unit):
    """The roles a unit has groups for (a user's roles are `sites.access.roles_of`)."""
    return [*SITE_ROLES, *PARENT_ONLY_ROLES] if unit.is_parent_authority else list(SITE_ROLES)


def role_group_name(unit, role):
    """“Xã Tân Lập (Tỉnh Lâm Đồng) – Biên tập viên”: commune names repeat across provinces, group
    names are unique in the install."""
    where = unit.name if unit.is_parent_authority or unit.parent is None else f"{unit.name} ({unit.parent.name})"
    return f"{where} – {Role(role).label}"


def _ensure_groups(unit):
    changes = []
    access_admin = roles.admin_access_permission()
    for role in sorted(roles_in_unit(unit)):
        if UnitGroup.objects.filter(unit=unit, role=role).exists():
            continue
        group_name = role_group_name(unit, role)
        if Group.objects.filter(name=group_name).exists():
            raise ProvisioningError(f"Đã có nhóm người dùng tên “{group_name}” không thuộc đơn vị này.")
        group = Group.objects.create(name=group_name)
        group.permissions.add(access_admin)
        if role in (Role.INSPECTOR, Role.BOARD):
            group.permissions.add(roles.view_all_units_permission())
        UnitGroup.objects.create(unit=unit, role=role, group=group)
        changes.append(f"tạo nhóm {group_name}")
    return changes


def _ensure_collection(unit):
    if unit.collection is not None:
        return []
    unit.collection = unit.authority.authority_collection.add_child(name=unit.name)
    unit.save(update_fields=["collection"])
    return [f"tạo thư mục ảnh và tài liệu {unit.name}"]


def _news_sections(home):
    news_slugs = [section["slug"] for section in settings.PORTAL_STANDARD_SECTIONS if section.get("news")]
    return home.get_children().filter(slug__in=news_slugs)


def _ensure_permissions(unit):
    """Grant each of the unit's roles their rights on its portal, and its authority's board its
    rights on the portal's settings (page and collection rights come from the branches)."""
    home = unit.site.root_page
    changed = False
    for unit_group in unit.role_groups.select_related("group"):
        role, group = unit_group.role, unit_group.group
        if role == Role.BOARD:
            continue  # granted below, like on every other portal of the authority
        changed |= roles.sync_page_permissions(group, home, roles.page_permissions_for(role, unit))
        for section in _news_sections(home):
            changed |= roles.sync_page_permissions(group, section, roles.NEWS_SECTION_PAGE_PERMISSIONS.get(role, ()))
        changed |= roles.grant_collection_permissions(group, unit.collection, roles.COLLECTION_PERMISSIONS[role])
        if role in roles.SITE_SETTING_ROLES:
            changed |= roles.grant_site_settings(group, unit.site)
        if role in roles.SITE_LINK_ROLES:
            changed |= roles.grant_site_links(group, unit.site)

    board = unit.authority.group_for(Role.BOARD)
    changed |= roles.grant_site_settings(board, unit.site)
    changed |= roles.grant_site_links(board, unit.site)
    return ["cập nhật quyền"] if changed else []
