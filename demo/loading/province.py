"""The province demo: one province with no district level (the two-level model in force since
1 July 2025) and its 122 communes, wards and towns, to show the install at a province's size.

The names are tỉnh Bình Thuận's communes, wards and towns as its administrative list stood in 2024
(`demo/data/province/units.csv`, in the format of `manage.py provision_sites`), put directly under
the province. Units come from the bulk provisioning service, accounts from the membership service;
each portal gets a welcome text and one news item. Running it again adds only what is missing.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.models import ArticleKind, ArticlePage, NewsIndexPage
from cms.text import ascii_slug
from sites.bulk_provisioning import CREATED, FAILED, provision_from_csv
from sites.membership import add_member
from sites.models import Unit
from sites.provisioning import ProvisioningError

from . import data, units
from .helpers import find_section, in_sentence, publish, section_slug

UNITS_FILE = Path(__file__).resolve().parent.parent / "data" / "province" / "units.csv"
PROVINCE_HOST = "binhthuan.localhost"
# username -> (hostname, role)
MEMBERS = {
    "tinh_bbt": (PROVINCE_HOST, "board"),
    "tinh_ktv": (PROVINCE_HOST, "inspector"),
    "bt_muine": (f"phuong-mui-ne.{PROVINCE_HOST}", "editor"),
    "bt_tanha": (f"xa-tan-ha.{PROVINCE_HOST}", "editor"),
}
WELCOME = (
    "<p>Chào mừng bạn đến với Trang thông tin điện tử {unit}. Trang đăng tin hoạt động của chính quyền, "
    "văn bản, thủ tục hành chính và giải đáp thắc mắc của người dân trên địa bàn.</p>"
)
NEWS_TITLE = "{unit} triển khai nhiệm vụ phát triển kinh tế – xã hội năm {year}"
NEWS_SUMMARY = (
    "Hội nghị triển khai nhiệm vụ năm {year} của {unit} đề ra các chỉ tiêu về thu ngân sách, chuyển đổi số "
    "và cải cách thủ tục hành chính."
)
NEWS_BODY = (
    "Sáng nay, {unit} tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội năm {year}. "
    "Hội nghị thống nhất tập trung giải quyết hồ sơ trực tuyến, giữ vững an ninh trật tự và chăm lo đời sống "
    "người dân, nhất là các hộ khó khăn."
)


@dataclass
class ProvinceDemoReport:
    units: int = 0
    users: int = 0
    news: int = 0
    welcomes: int = 0
    updates: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.units or self.users or self.news or self.welcomes)

    def summary(self):
        if not self.changed:
            return "Không có thay đổi: dữ liệu mẫu của tỉnh đã được nạp đầy đủ."
        return (
            f"Đã nạp dữ liệu mẫu của tỉnh Bình Thuận ({PROVINCE_HOST}): {self.units} đơn vị mới, "
            f"{self.users} tài khoản mới, {self.welcomes} lời chào, {self.news} tin bài."
        )


def load_province_demo(today=None):
    today = today or timezone.localdate()
    report = ProvinceDemoReport()
    with transaction.atomic():
        admin = units.ensure_superuser()
        provisioned = provision_from_csv(UNITS_FILE, port=getattr(settings, "DEMO_SITE_PORT", 80))
        failed = [outcome for outcome in provisioned.outcomes if outcome.status == FAILED]
        if failed:
            raise ProvisioningError("; ".join(f"Dòng {o.number}: {' '.join(o.reasons)}" for o in failed))
        report.units = provisioned.count(CREATED)
        report.users = _ensure_members()
        province = Unit.objects.select_related("site__root_page").get(site__hostname=PROVINCE_HOST)
        for unit in Unit.objects.with_sites().contributing_to(province).select_related("site__root_page"):
            report.welcomes += _ensure_welcome(unit, admin)
            report.news += _ensure_news(unit, admin, today)
    return report


def _ensure_members():
    password = data.units()["demo_password"]
    created = 0
    for username, (hostname, role) in MEMBERS.items():
        _user, changes = add_member(username, hostname, role, email=f"{username}@localhost", password=password)
        created += any(change.startswith("tạo người dùng") for change in changes)
    return created


def _ensure_welcome(unit, admin):
    home = unit.site.root_page.specific
    if home.welcome:
        return 0
    home.welcome = WELCOME.format(unit=in_sentence(unit.name))
    publish(home, admin)
    return 1


def _ensure_news(unit, admin, today):
    section = find_section(unit, NewsIndexPage, section_slug(NewsIndexPage), "tin bài")
    if ArticlePage.objects.child_of(section).exists():
        return 0
    values = {"unit": unit.name, "year": today.year}
    title = NEWS_TITLE.format(**values)
    article = ArticlePage(
        title=title,
        slug=ascii_slug(title),
        kind=ArticleKind.NEWS,
        summary=NEWS_SUMMARY.format(**{**values, "unit": in_sentence(unit.name)}),
        body=[{"type": "paragraph", "value": f"<p>{NEWS_BODY.format(**values)}</p>"}],
        author=f"Văn phòng {in_sentence(unit.name)}",
        contributing_unit=unit,
        published_at=timezone.now(),
        owner=admin,
    )
    section.add_child(instance=article)
    publish(article, admin)
    return 1
