"""Hỏi đáp in Chromium: a citizen asks, a commune editor answers, the chief publishes, the answer
is on the portal and the tracking code finds it."""

import pytest

from tests.browser.helpers import submit_admin_login, url_on
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Hỏi về thủ tục cấp sổ đỏ cho đất thừa kế"
ANSWER = "Ông mang văn bản phân chia di sản thừa kế đến Bộ phận một cửa của UBND xã."


def log_in(browser, live_portal, username):
    context = browser.new_context()
    page = context.new_page()
    submit_admin_login(page, live_portal, username, PASSWORD)
    page.wait_for_url("**/admin/")
    return context, page


def test_a_question_asked_answered_published_and_found_by_its_code(browser, live_portal, settings):
    settings.SPAM_MIN_FILL_SECONDS = 0  # a script fills the form at once; the rule has its own tests
    citizen = browser.new_context().new_page()
    citizen.goto(url_on(live_portal, COMMUNE_HOST, "/hoi-dap/"))
    citizen.get_by_role("link", name="Đặt câu hỏi").first.click()
    citizen.get_by_label("Họ và tên").fill("Phạm Văn Hùng")
    citizen.get_by_label("Địa chỉ").fill("Thôn Tân Lễ A, xã Tân Hà")
    citizen.get_by_label("Thư điện tử").fill("hung@example.com")
    citizen.get_by_label("Lĩnh vực").select_option(label="Đất đai")
    citizen.get_by_label("Tiêu đề").fill(TITLE)
    citizen.get_by_label("Nội dung câu hỏi").fill("Cha tôi mất để lại mảnh đất chưa có sổ đỏ, tôi làm thủ tục thế nào?")
    assert not citizen.locator("input[name=consent]").is_checked()
    citizen.locator("input[name=consent]").check()
    citizen.get_by_role("button", name="Gửi câu hỏi").click()
    code = citizen.locator("#tracking-code").text_content().strip()
    assert len(code.replace("-", "")) == 10

    context, editor = log_in(browser, live_portal, "editor")
    editor.goto(url_on(live_portal, DISTRICT_HOST, "/admin/hoi-dap/"))
    editor.get_by_role("link", name=TITLE).click()
    assert "hung@example.com" in editor.locator("#question-facts").inner_text()
    editor.get_by_label("Nội dung trả lời").fill(ANSWER)
    editor.get_by_role("button", name="Lưu câu trả lời").click()
    editor.wait_for_load_state()
    assert "chờ duyệt" in editor.locator("#question-status").inner_text()
    assert editor.locator("#question-publish").count() == 0  # an editor does not publish
    context.close()

    context, chief = log_in(browser, live_portal, "chief")
    chief.goto(url_on(live_portal, DISTRICT_HOST, "/admin/hoi-dap/?status=answered"))
    chief.get_by_role("link", name=TITLE).click()
    chief.locator("#question-publish").click()
    chief.wait_for_load_state()
    assert "Đã đăng" in chief.locator("#question-status").inner_text()
    context.close()

    citizen.goto(url_on(live_portal, COMMUNE_HOST, "/hoi-dap/?q=so+do+thua+ke"))
    citizen.get_by_role("link", name=TITLE).click()
    assert ANSWER in citizen.locator("#question-answer").inner_text()
    assert "hung@example.com" not in citizen.content()

    citizen.goto(url_on(live_portal, COMMUNE_HOST, "/hoi-dap/tra-cuu/"))
    citizen.get_by_label("Mã tra cứu").fill(code.lower())
    citizen.get_by_role("button", name="Tra cứu").click()
    result = citizen.locator("#lookup-result")
    assert TITLE in result.inner_text() and ANSWER in result.inner_text()
    citizen.goto(url_on(live_portal, COMMUNE_HOST, "/hoi-dap/tra-cuu/"))
    citizen.get_by_label("Mã tra cứu").fill("ZZZZ-ZZZZ-ZZ")
    citizen.get_by_role("button", name="Tra cứu").click()
    assert "Không tìm thấy câu hỏi nào" in citizen.content()


@pytest.mark.parametrize("path", ["/hoi-dap/", "/hoi-dap/dat-cau-hoi/", "/hoi-dap/tra-cuu/"])
def test_the_question_pages_have_no_serious_accessibility_violation(browser, live_portal, path):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.goto(url_on(live_portal, COMMUNE_HOST, path))
    if path.endswith("dat-cau-hoi/"):
        # Sent at once and empty: every error shown, and the challenge a too-fast form brings.
        page.get_by_role("button", name="Gửi câu hỏi").click()
        assert page.locator(".question-form__error").count() > 3
        assert page.locator("altcha-widget").count() == 1
    violations = Axe().run(page).response["violations"]
    blocking = [
        (item["id"], [node["html"][:120] for node in item["nodes"]])
        for item in violations
        if item["impact"] in ("serious", "critical")
    ]
    page.close()
    assert not blocking, blocking


def test_the_challenge_runs_under_the_content_security_policy(browser, live_portal):
    """The widget's style element and its worker (a blob: URL) are allowed by the policy the
    challenged response sends (engagement.spam, cms.security); the browser refuses nothing.
    (The work itself needs a secure context, HTTPS in production; the test portal's
    http://*.hamtan.test is none, so the test stops once the worker has started.)"""
    page = browser.new_page()
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Security Policy" in message.text else None)
    page.goto(url_on(live_portal, COMMUNE_HOST, "/hoi-dap/dat-cau-hoi/"))
    page.get_by_role("button", name="Gửi câu hỏi").click()
    page.locator("altcha-widget .altcha").wait_for()  # the widget's module script loads on its own
    with page.expect_worker(timeout=10_000) as started:
        page.locator("altcha-widget input[type=checkbox]").click()
    assert started.value.url.startswith("blob:")
    page.wait_for_timeout(500)  # a refusal is reported as the worker starts
    page.close()
    assert not refused, refused
