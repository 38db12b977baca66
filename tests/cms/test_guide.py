"""The editor's guide the project ships: in the help menu instead of Wagtail's, one page per task,
for logged-in staff only."""

import json
import re

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse

from cms.guide import TOPICS
from tests.factories import UserFactory

GUIDE = "/admin/huong-dan/"


def help_menu(content):
    """The (label, url) pairs of the sidebar's “Trợ giúp” menu, as the sidebar's props give them."""
    props = json.loads(re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', content, re.S).group(1))

    def submenus(node):
        if isinstance(node, dict):
            if node.get("_type") == "wagtail.sidebar.SubMenuItem":
                yield node["_args"][0]["name"], node["_args"][1]
            node = list(node.values())
        if isinstance(node, list):
            for child in node:
                yield from submenus(child)

    items = dict(submenus(props))["help"]
    return [(item["_args"][0]["label"], item["_args"][0]["url"]) for item in items]


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "chief", "collaborator", "board", "inspector"])
def test_help_menu_leads_to_the_portal_guide_not_wagtails(client, login, username):
    login(username)
    entries = help_menu(client.get(reverse("wagtailadmin_home")).content.decode())
    assert ("Hướng dẫn biên tập", GUIDE) in entries
    assert not [url for _label, url in entries if "wagtail.org" in url], entries


@pytest.mark.django_db
def test_dashboard_account_summary_links_to_the_guide(client, login):
    login("editor")
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'href="{GUIDE}">Hướng dẫn biên tập</a>' in content
    assert "guide.wagtail.org" not in content


@pytest.mark.django_db
def test_index_lists_every_topic_with_who_does_it(client, login):
    login("editor")
    response = client.get(GUIDE)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<title>Hướng dẫn biên tập - " in content
    for topic in TOPICS:
        assert f'href="{topic.url}"' in content
        assert topic.title in content and topic.who in content
    assert len(TOPICS) == 6


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "must_say"),
    [
        ("viet-tin-bai", ["Thêm trang con", "Sapo", "Ảnh đại diện", "Văn bản cho phép đăng lại", "Lưu bản nháp"]),
        ("tai-anh-len", ["Thêm hình ảnh", "Tác giả", "Bản quyền / giấy phép", "Tác phẩm của đơn vị", "Cập nhật"]),
        ("gui-duyet", ["Gửi duyệt", "Xã duyệt", "Huyện phê duyệt", "Gửi lại cho bước", "Hủy quy trình duyệt"]),
        ("duyet-tin-bai", ["Đang chờ bạn duyệt", "hộp xác nhận", "Nội dung cần chỉnh sửa", "Xem trước"]),
        ("xuat-ban-bo-qua-canh-bao", ["Lý do xuất bản bỏ qua cảnh báo tuân thủ", "Duyệt và xuất bản bỏ qua cảnh báo"]),
        (
            "xu-ly-vi-pham",
            ["Kiểm tra tuân thủ → Vi phạm", "Đã khắc phục", "Miễn vi phạm", "Ảnh thiếu thông tin bản quyền"],
        ),
    ],
)
def test_each_topic_page_names_the_screens_it_is_about(client, login, slug, must_say):
    login("editor")
    response = client.get(f"{GUIDE}{slug}/")
    assert response.status_code == 200
    content = response.content.decode()
    topic = next(topic for topic in TOPICS if topic.slug == slug)
    assert re.search(rf"<h1[^>]*>\s*{re.escape(topic.title)}\s*</h1>", content)
    for words in must_say:
        assert words in content, words
    assert f'href="{GUIDE}"' in content  # back to the index


def test_the_guide_names_the_real_labels_of_the_screens():
    """The rule titles and labels the guide quotes are the ones the code shows (no drift)."""
    from django.template.loader import get_template

    from compliance.publish_override import OverrideForm
    from compliance.rules import RULES
    from sites.workflows import RejectionCommentForm

    page = get_template("cms/guide/xu_ly_vi_pham.html").template.source
    for rule in RULES.values():
        assert rule.title in page, rule.title
    override = get_template("cms/guide/xuat_ban_bo_qua_canh_bao.html").template.source
    assert str(OverrideForm.base_fields["reason"].label) in override
    approve = get_template("cms/guide/duyet_tin_bai.html").template.source
    assert str(RejectionCommentForm.base_fields["comment"].label) in approve


@pytest.mark.django_db
def test_unknown_topic_is_not_found(client, login):
    login("editor")
    assert client.get(f"{GUIDE}khong-co/").status_code == 404


@pytest.mark.django_db
def test_guide_is_refused_to_visitors_and_to_users_without_admin_access(client):
    response = client.get(f"{GUIDE}viet-tin-bai/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))

    outsider = UserFactory()
    client.force_login(outsider)
    refused = client.get(GUIDE)
    assert refused.status_code == 302
    assert refused["Location"].startswith(reverse("wagtailadmin_login"))

    # The control: the same user may read it once given access to the admin.
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert client.get(GUIDE).status_code == 200
