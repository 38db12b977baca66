"""A local HTTP server that records the PURGE requests the front cache purge sends, configured as
the front cache for the length of a `with` block (tests/frontcache runs against a real nginx)."""

import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cms.settings.frontend_cache import frontend_cache_from_env


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the method name http.server looks up
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@contextmanager
def recording_purge_server(settings):
    """`settings` is pytest-django's fixture; the server's `purged` lists (Host, path) pairs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = frontend_cache_from_env(
        {"FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{server.server_port}"}
    )
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
