"""What the browser tests share: the address of a test host on the live server, the admin login."""

from urllib.parse import urlsplit

from tests.helpers import DISTRICT_HOST


def url_on(live_server, host, path="/"):
    """`path` on `host`, served by the live server (Chromium maps every test host to it)."""
    return f"http://{host}:{urlsplit(live_server.url).port}{path}"


def submit_admin_login(page, live_server, username, password):
    page.goto(url_on(live_server, DISTRICT_HOST, "/admin/login/"))
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("button[type=submit]").click()
