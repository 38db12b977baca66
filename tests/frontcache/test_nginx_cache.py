"""The portal behind a real nginx (docs/nginx/): anonymous pages are cached, a publish purges
them at once, sessions and the admin are never cached."""

import subprocess

import pytest

from django.test import Client

from tests.helpers import COMMUNE_HOST, OTHER_COMMUNE_HOST

from .conftest import PURGE_MODULE, SNIPPETS, nginx_command, requires_nginx

pytestmark = [requires_nginx, pytest.mark.django_db(transaction=True)]

NEWS = "/tin-tuc-su-kien/"


def news_index(hostname):
    from wagtail.models import Site

    return Site.objects.get(hostname=hostname).root_page.get_children().get(slug="tin-tuc-su-kien").specific


def test_a_commune_page_is_answered_by_nginx_the_second_time(front_portal):
    status, headers, body = front_portal.get(COMMUNE_HOST, NEWS)
    assert (status, headers["X-Cache-Status"]) == (200, "MISS"), body[:3000]
    assert "public" in headers["Cache-Control"]
    assert front_portal.cache_status(COMMUNE_HOST, NEWS) == "HIT"


def test_a_publish_purges_the_page_from_nginx_and_leaves_another_commune_cached(front_portal):
    for host in (COMMUNE_HOST, OTHER_COMMUNE_HOST):
        front_portal.get(host, NEWS)
        assert front_portal.cache_status(host, NEWS) == "HIT"
    front_portal.get(COMMUNE_HOST, "/")
    assert front_portal.cache_status(COMMUNE_HOST, "/") == "HIT"

    page = news_index(COMMUNE_HOST)
    page.title = "Tin tức mới của xã Tân Hà"
    page.save_revision().publish()

    status, headers, body = front_portal.get(COMMUNE_HOST, NEWS)
    assert status == 200
    assert headers["X-Cache-Status"] == "MISS"
    assert "Tin tức mới của xã Tân Hà" in body
    assert front_portal.cache_status(COMMUNE_HOST, "/") == "MISS"  # its home lists the section
    assert front_portal.cache_status(OTHER_COMMUNE_HOST, NEWS) == "HIT"


def test_a_request_with_a_session_is_never_answered_or_stored_by_nginx(front_portal):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.filter(is_active=True).first())
    session = f"sessionid={client.cookies['sessionid'].value}"

    for cookie in (session, "messages=abc", f"theme=dark; {session}"):
        status, headers, _ = front_portal.get(COMMUNE_HOST, NEWS, {"Cookie": cookie})
        assert (status, headers["X-Cache-Status"]) == (200, "BYPASS"), cookie
        assert "no-store" in headers["Cache-Control"]
    assert front_portal.cache_status(COMMUNE_HOST, NEWS) == "MISS"  # nothing was stored
    assert front_portal.cache_status(COMMUNE_HOST, NEWS) == "HIT"
    assert front_portal.cache_status(COMMUNE_HOST, NEWS, {"Cookie": session}) == "BYPASS"
    # A reader who once opened a form (a CSRF token and nothing else) shares the cached page.
    assert front_portal.cache_status(COMMUNE_HOST, NEWS, {"Cookie": "csrftoken=abc"}) == "HIT"


def test_the_admin_is_never_cached_by_nginx(front_portal):
    for _ in range(2):
        status, headers, body = front_portal.get(COMMUNE_HOST, "/admin/login/")
        assert status == 200
        assert headers.get("X-Cache-Status") != "HIT"
        assert "no-store" in headers["Cache-Control"]
        assert "csrftoken=" in headers.get("Set-Cookie", "")


def test_the_production_configuration_is_valid(tmp_path):
    """docs/nginx/portal.conf, with its paths moved to a temporary folder, passes `nginx -t`."""
    prefix = tmp_path
    snippets = prefix / "snippets"
    snippets.mkdir()
    (prefix / "cache").mkdir()
    for name in ("portal-http.conf", "portal-proxy.conf"):
        (snippets / name).write_text((SNIPPETS / name).read_text())
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=portal.test",
            "-days",
            "1",
            "-keyout",
            prefix / "privkey.pem",
            "-out",
            prefix / "fullchain.pem",
        ],
        check=True,
        capture_output=True,
    )
    site = (SNIPPETS / "portal.conf").read_text()
    for production, test in {
        "/etc/nginx/snippets/": f"{snippets}/",
        "/etc/ssl/portal/": f"{prefix}/",
        "/var/cache/nginx/": f"{prefix}/cache/",
        "/srv/portal/": f"{prefix}/srv/",
        "listen 80 ": "listen 127.0.0.1:8081 ",  # `nginx -t` binds nothing
        "listen [::]:80 ": "listen [::1]:8081 ",
        "listen 443 ": "listen 127.0.0.1:8443 ",
        "listen [::]:443 ": "listen [::1]:8443 ",
        "listen 10.0.0.10:8080": "listen 127.0.0.1:8082",
    }.items():
        assert production in site, production
        site = site.replace(production, test)
    (prefix / "portal.conf").write_text(site)
    (prefix / "nginx.conf").write_text(
        f"load_module {PURGE_MODULE};\nevents {{}}\nhttp {{\n"
        f"    proxy_temp_path {prefix}/proxy;\n    client_body_temp_path {prefix}/body;\n"
        f"    include {prefix}/portal.conf;\n}}\n"
    )
    command = nginx_command(prefix, prefix / "nginx.conf")
    result = subprocess.run([*command[:-2], "-t"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_purge_removes_only_the_entry_of_its_host(front_portal):
    import http.client

    for host in (COMMUNE_HOST, OTHER_COMMUNE_HOST):
        front_portal.get(host, NEWS)
    connection = http.client.HTTPConnection("127.0.0.1", front_portal.port, timeout=10)
    connection.request("PURGE", NEWS, headers={"Host": COMMUNE_HOST})
    assert connection.getresponse().status == 200  # 127.0.0.1 is allowed; the entry existed
    connection.close()
    assert front_portal.cache_status(COMMUNE_HOST, NEWS) == "MISS"
    assert front_portal.cache_status(OTHER_COMMUNE_HOST, NEWS) == "HIT"
