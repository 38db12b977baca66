"""The cache in front of the app servers (nginx, Varnish, Cloudflare, CloudFront): purging
addresses through Wagtail's frontend cache (`wagtail.contrib.frontend_cache`).

Which addresses a change touches is decided above this layer (sites/cache_purge.py); here they
are sent, after the transaction commits, to the backends that `WAGTAILFRONTENDCACHE` configures
(built from environment variables by cms/settings/frontend_cache.py). A backend that is down or
slow is logged and never fails or holds up the publish beyond PURGE_TIMEOUT_SECONDS per address.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.db import transaction

from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch

logger = logging.getLogger(__name__)

PURGE_TIMEOUT_SECONDS = 3


class TimedHTTPBackend(HTTPBackend):
    """Wagtail's HTTP PURGE backend with a time limit: Wagtail's own waits as long as the
    socket does, so one hung cache server would hold every publish."""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment]),
            headers={"Host": host, "User-Agent": "cong-thong-tin-purge"},
        )
        try:
            urlopen(request, timeout=PURGE_TIMEOUT_SECONDS)  # noqa: S310 - the scheme comes from settings
        except HTTPError as error:
            if error.code != 404:  # nginx answers 404 to a PURGE of an address it does not hold
                logger.error("Không xoá được %s khỏi bộ đệm phía trước: HTTP %s", url, error.code)
        except (URLError, OSError) as error:
            logger.error("Không xoá được %s khỏi bộ đệm phía trước: %s", url, getattr(error, "reason", error))


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_now(urls):
    try:
        PurgeBatch(urls).purge()
    except Exception:
        logger.exception("Không xoá được %d địa chỉ khỏi bộ đệm phía trước", len(urls))


def purge_after_commit(urls):
    """Purge `urls` once the transaction commits (before it, the cache would fetch the old
    content again); nothing is sent when no front cache is configured."""
    urls = sorted(set(urls))
    if urls and is_configured():
        transaction.on_commit(lambda: purge_now(urls))
