"""A real nginx with Debian's cache-purge module in front of pytest-django's live server.

nginx runs as the current user in a temporary prefix, on a free loopback port, with the cache
directives of docs/nginx/ (tests/frontcache/nginx.conf.template includes them). Requests go to
nginx with an explicit Host header; nginx forwards it, the app picks the site by hostname. The
app's frontend cache is pointed at the same nginx, so a publish sends it `PURGE <path>`.
"""

import http.client
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
SNIPPETS = Path(__file__).resolve().parent.parent.parent / "docs" / "nginx"
TEMPLATE = Path(__file__).resolve().parent / "nginx.conf.template"

MISSING = (
    None
    if Path(NGINX).exists() and PURGE_MODULE.exists()
    else "nginx hoặc mô-đun cache-purge chưa cài: `make test` cài nginx-light và libnginx-mod-http-cache-purge"
)
requires_nginx = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_config(prefix, port, upstream):
    text = TEMPLATE.read_text()
    for name, value in {
        "PURGE_MODULE": PURGE_MODULE,
        "PREFIX": prefix,
        "PORT": port,
        "UPSTREAM": upstream,
        "SNIPPETS": SNIPPETS,
    }.items():
        text = text.replace(f"@@{name}@@", str(value))
    return text


def nginx_command(prefix, config):
    directives = f"daemon off; master_process on; pid {prefix}/nginx.pid; error_log {prefix}/error.log warn;"
    if os.geteuid() == 0:  # as root, workers would otherwise run as nobody, shut out of the prefix
        directives += " user root;"
    return [NGINX, "-p", str(prefix), "-c", str(config), "-e", f"{prefix}/error.log", "-g", directives]


class Nginx:
    def __init__(self, port, prefix):
        self.port = port
        self.prefix = prefix

    @property
    def purge_url(self):
        return f"http://127.0.0.1:{self.port}"

    def get(self, host, path, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path, headers={"Host": host, **(headers or {})})
            response = connection.getresponse()
            return response.status, response.headers, response.read().decode()
        finally:
            connection.close()

    def cache_status(self, host, path, headers=None):
        return self.get(host, path, headers)[1].get("X-Cache-Status")


@pytest.fixture
def nginx(live_server, tmp_path):
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    port = free_port()
    config = prefix / "nginx.conf"
    config.write_text(render_config(prefix, port, live_server.url.removeprefix("http://")))
    process = subprocess.Popen(nginx_command(prefix, config), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                error_log = (prefix / "error.log").read_text() if (prefix / "error.log").exists() else ""
                pytest.fail(f"nginx không khởi động được: {process.stderr.read().decode()} {error_log}")
            time.sleep(0.05)
    yield Nginx(port, prefix)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def front_portal(live_server, nginx, settings):
    """The test district on the live server, behind nginx, purged by the app."""
    from cms.settings.frontend_cache import frontend_cache_from_env
    from tests.browser.conftest import restore_migration_data
    from tests.conftest import build_test_district

    restore_migration_data()
    build_test_district()
    settings.PAGE_CACHE_SECONDS = 300  # cms.settings.test turns the page cache off
    settings.WAGTAILFRONTENDCACHE = frontend_cache_from_env({"FRONTEND_CACHE_PURGE_URL": nginx.purge_url})
    return nginx
