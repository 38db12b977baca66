"""The headers every response carries (cms/security.py, the settings): the Content-Security-Policy
of public pages (strict, no inline script, the same on a page-cache hit) and of the admin (its own,
looser), what the proof-of-work challenge adds, the Permissions-Policy, HSTS and the HTTPS redirect
under production settings, and `check --deploy` with no warning."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import Client

from tests.articles.factories import ArticlePageFactory, news_section
from tests.factories import DocumentFactory
from tests.helpers import COMMUNE_HOST, DISTRICT_HOST, PASSWORD

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parents[2]
READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def policy(response, header="Content-Security-Policy"):
    """{directive: [sources]} of the response's policy."""
    parts = [part.strip().split() for part in response[header].split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.fixture
def article(commune):
    page = ArticlePageFactory(parent=news_section(commune.site), title="Xã Tân Hà khánh thành cầu Bến Đò")
    page.save_revision().publish()
    return page


def test_a_public_page_runs_only_the_portal_s_own_scripts_and_is_never_framed(client, article, commune):
    response = client.get(article.relative_url(commune.site), HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "https://www.youtube.com" in directives["frame-src"]
    assert "nonce" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_a_page_from_the_page_cache_carries_the_same_headers(client, settings, article, commune):
    settings.PAGE_CACHE_SECONDS = 300
    path = article.relative_url(commune.site)
    first = client.get(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    hit = client.get(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert_common_headers(hit)


PUBLIC_PATHS = ["/", "/tin-tuc-su-kien/", "article", "/van-ban/", "/hoi-dap/", "/hoi-dap/dat-cau-hoi/"]


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_templates_have_no_inline_script(client, article, commune, path):
    """What the strict policy relies on: a script that is not a file of /static/ would not run."""
    path = article.relative_url(commune.site) if path == "article" else path
    html = client.get(path, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER).content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts, "every page loads the menu script"
    assert all("src=" in tag for tag in scripts), scripts
    assert not re.search(r"\son[a-z]+=", html)  # nor an inline event handler


def test_the_admin_has_its_own_policy(client):
    client.login(username="chief", password=PASSWORD)
    response = client.get("/admin/", HTTP_HOST=DISTRICT_HOST)
    assert response.status_code == 200
    directives = policy(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]  # the preview panel frames the page
    assert directives["object-src"] == ["'none'"]
    assert_common_headers(response)


def test_a_served_document_carries_the_headers(client, media_root):
    client.login(username="chief", password=PASSWORD)
    document = DocumentFactory(title="Kế hoạch phòng chống thiên tai năm 2026")
    response = client.get(document.url, HTTP_HOST=DISTRICT_HOST)
    assert response.status_code == 200
    assert "Content-Security-Policy" in response
    assert_common_headers(response)


def test_only_a_response_with_the_challenge_allows_what_the_widget_needs(commune):
    client = Client()
    form = client.get("/hoi-dap/dat-cau-hoi/", HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert "altcha-widget" not in form.content.decode()
    assert policy(form)["style-src"] == ["'self'"]
    assert "worker-src" not in policy(form)

    # Sent at once with the honeypot filled: refused, and the form comes back with the challenge.
    challenged = client.post(
        "/hoi-dap/dat-cau-hoi/", {"website": "http://spam.example"}, HTTP_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER
    )
    assert "altcha-widget" in challenged.content.decode()
    directives = policy(challenged)
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["worker-src"] == ["'self'", "blob:"]
    assert directives["script-src"] == ["'self'"]


def production_settings_run(*args, **environ):
    env = {
        **{name: value for name, value in os.environ.items() if name not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "k" * 8 + "-Qm9xZ2Vhd3JpdGVyLXRlc3Qtb25seS1ub3QtcmVhbA-" + "7" * 12,
        "ALLOWED_HOSTS": "hamtan.gov.vn,.hamtan.gov.vn",
        "DATABASE_URL": "sqlite:////tmp/portal-check-deploy.sqlite3",
        **environ,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_under_production_settings_warns_of_nothing():
    result = production_settings_run("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_production_sends_hsts_and_redirects_plain_http(settings, article, commune):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    client = Client()
    path = article.relative_url(commune.site)
    plain = client.get(path, HTTP_HOST=COMMUNE_HOST)
    assert plain.status_code == 301
    assert plain["Location"] == f"https://{COMMUNE_HOST}{path}"
    secure = client.get(path, HTTP_HOST=COMMUNE_HOST, secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_production_picks_the_site_from_the_host_header_only():
    result = production_settings_run(
        "shell", "-c", "from django.conf import settings; print(settings.USE_X_FORWARDED_HOST)"
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stdout + result.stderr


def test_a_forwarded_host_sent_by_a_reader_does_not_pick_another_portal(client, district, commune):
    """Else nginx, whose cache key is the Host, would keep a commune's page as the district's."""
    response = client.get("/", HTTP_HOST=DISTRICT_HOST, HTTP_X_FORWARDED_HOST=COMMUNE_HOST, HTTP_USER_AGENT=READER)
    assert response.status_code == 200
    assert response.context["page"].pk == district.site.root_page_id
