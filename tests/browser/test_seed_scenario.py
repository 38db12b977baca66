"""The seed scenario in Chromium: a Tân Hà editor writes an article with a photo lacking its credits
and submits it; the commune head sees the findings and approves; the board is refused with a link
to the photo, overrides with a reason and publishes; the inspector sees the override, who and why."""

import re

import pytest

from tests.browser.helpers import submit_admin_login, url_on
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PASSWORD, section_of, unit_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Xã Tân Hà ra quân làm sạch bờ biển"
PHOTO = "Thanh niên dọn rác trên bãi biển"
REASON = "Ảnh do phóng viên Đài Truyền thanh huyện chụp, đã có văn bản đồng ý số 15/ĐTT ngày 02/6"


def signed_in(browser, live_server, username, width=1366):
    page = browser.new_page(viewport={"width": width, "height": 900})
    submit_admin_login(page, live_server, username, PASSWORD)
    page.wait_for_url("**/admin/")
    return page


def messages_text(page):
    return page.locator(".messages").inner_text()


def admin(live_server, path):
    return url_on(live_server, DISTRICT_HOST, path)


def open_approval_dialog(page):
    """From the dashboard's "awaiting your review" list: the row's actions menu, then "Duyệt"."""
    row = page.locator("tr", has_text=TITLE)
    row.locator(".actions-container [data-w-dropdown-target='toggle']").click()
    row.get_by_role("button", name="Duyệt", exact=True).click()
    dialog = page.locator(".modal-content")
    dialog.wait_for()
    return dialog


def write_and_submit(page, live_server, news_section_id):
    page.goto(admin(live_server, f"/admin/pages/add/articles/articlepage/{news_section_id}/"))
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Đoàn viên thanh niên xã ra quân làm sạch 2 km bờ biển.")
    page.locator("[data-chooser-action-choose]").first.click()
    page.get_by_role("link", name=PHOTO).click()
    page.wait_for_selector(f"[data-chooser-title]:has-text('{PHOTO}')")
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Gửi duyệt").click()
    page.wait_for_load_state()


def test_editor_head_board_inspector(browser, live_portal, media_root):
    from tests.compliance.factories import unattributed_image

    commune = unit_on(COMMUNE_HOST)
    unattributed_image(title=PHOTO, collection=commune.collection)
    news = section_of(commune, "tin-tuc-su-kien")

    # The commune editor writes and submits; the warning names the photo.
    editor = signed_in(browser, live_portal, "editor")
    write_and_submit(editor, live_portal, news.pk)
    submitted = messages_text(editor)
    assert "Đã gửi duyệt" in submitted and PHOTO in submitted
    editor.close()

    # The head sees the findings with the photo's link before approving, then approves.
    head = signed_in(browser, live_portal, "chief")
    head.get_by_role("link", name=TITLE).first.click()
    head.wait_for_load_state()
    banner = head.locator(".messages")
    assert "Bản đang chờ duyệt của trang có vi phạm tuân thủ" in banner.inner_text()
    photo_link = banner.get_by_role("link", name="bổ sung tác giả, nguồn, giấy phép của ảnh")
    photo_href = photo_link.get_attribute("href")
    assert re.fullmatch(r"/admin/images/\d+/", photo_href)
    head.goto(admin(live_portal, "/admin/"))
    dialog = open_approval_dialog(head)
    assert PHOTO in dialog.inner_text()
    assert "sẽ chặn việc xuất bản ở bước duyệt sau" in dialog.inner_text()
    dialog.get_by_role("button", name="Duyệt", exact=True).click()
    head.wait_for_selector(".messages")
    assert f"Đã duyệt “{TITLE}” ở bước" in messages_text(head)
    head.close()

    # The board is refused with a link to the photo, overrides with a reason and publishes.
    board = signed_in(browser, live_portal, "board")
    dialog = open_approval_dialog(board)
    assert dialog.get_by_role("link", name="xuất bản bỏ qua cảnh báo kèm lý do").count() == 1
    dialog.get_by_role("button", name="Duyệt", exact=True).click()
    board.wait_for_selector(".messages .error")
    refusal = board.locator(".messages .error")
    assert "Không xuất bản" in refusal.inner_text()
    assert refusal.locator(f"a[href='{photo_href}']").count() == 1
    override = refusal.get_by_role("link", name="xuất bản bỏ qua cảnh báo kèm lý do")
    assert override.evaluate("link => getComputedStyle(link).color") == "rgb(255, 255, 255)"
    override.click()
    board.fill("textarea[name=reason]", REASON)
    board.get_by_role("button", name="Duyệt và xuất bản bỏ qua cảnh báo").click()
    board.wait_for_selector(".messages .success")
    shown = messages_text(board)
    assert f"Đã xuất bản “{TITLE}” bỏ qua cảnh báo tuân thủ. Lý do: “{REASON}”" in shown
    assert "chặn" not in shown, shown
    board.close()

    # The inspector sees the override, who and why, on the dashboard and the finding.
    inspector = signed_in(browser, live_portal, "inspector")
    inspector.goto(admin(live_portal, "/admin/kiem-tra-tuan-thu/"))
    overrides = inspector.locator("#compliance-overrides")
    assert REASON in overrides.inner_text() and "board" in overrides.inner_text()
    assert inspector.evaluate("document.documentElement.scrollWidth") <= 1366
    overrides.get_by_role("link", name="Ảnh thiếu thông tin bản quyền").click()
    section = inspector.locator("#finding-override")
    section.wait_for()
    assert REASON in section.inner_text() and "board" in section.inner_text()
    assert inspector.locator("[data-severity]").inner_text() == "Cao"
    inspector.close()


# path -> whether it lists a table with the findings made below (the history has no scan yet)
COMPLIANCE_SCREENS = {
    "/admin/kiem-tra-tuan-thu/": True,
    "/admin/kiem-tra-tuan-thu/vi-pham/": True,
    "/admin/kiem-tra-tuan-thu/lich-su/": False,
    "/admin/kiem-tra-tuan-thu/can-cu-phap-ly/": True,
}


def test_compliance_tables_fit_a_1366_pixel_screen(browser, live_portal):
    from compliance.models import RuleText
    from compliance.rules import RULES
    from tests.compliance.helpers import article_on, finding

    commune = unit_on(COMMUNE_HOST)
    page_with_findings = article_on(commune.site, "Tin có liên kết quảng cáo rất dài")
    for code in RULES:  # a column per rule on the dashboard, evidence without a place to break
        finding(
            commune.site,
            "Liên kết tới trang quảng cáo",
            page=page_with_findings,
            rule=code,
            evidence="https://fb88.example/khuyen-mai?" + "ma=" + "x" * 180,
        )
        # The seeded legal bases are gone with the flush of the previous browser test.
        RuleText.objects.get_or_create(code=code, defaults={"legal_basis": RULES[code].default_legal_basis})
    inspector = signed_in(browser, live_portal, "inspector")
    for path, has_table in COMPLIANCE_SCREENS.items():
        inspector.goto(admin(live_portal, path))
        assert inspector.evaluate("document.documentElement.scrollWidth") <= 1366, path
        widths = inspector.evaluate(
            "[...document.querySelectorAll('main table')].map(t => [t.scrollWidth, t.parentElement.clientWidth])"
        )
        assert bool(widths) == has_table, (path, widths)
        assert all(table <= container for table, container in widths), (path, widths)
    inspector.close()
