"""Search backends at run time: Elasticsearch when configured, the database when it does not answer.

With ELASTICSEARCH_URL set, settings define two backends: "default" (Elasticsearch) and
"database", which Wagtail keeps up to date beside it. A search that Elasticsearch cannot answer
(server down, timeout, error response) is logged and answered by the database backend, so the
visitor gets results rather than an error page.
"""

import logging

from elastic_transport import TransportError
from elasticsearch import ApiError

from django.conf import settings

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

DATABASE_BACKEND = "database"
UNAVAILABLE_ERRORS = (TransportError, ApiError)


def elasticsearch_enabled():
    return "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


def database_backend_name():
    return DATABASE_BACKEND if DATABASE_BACKEND in settings.WAGTAILSEARCH_BACKENDS else "default"


def with_database_fallback(search_elasticsearch, search_database, what="tìm kiếm"):
    """`search_elasticsearch(backend)` when Elasticsearch is configured and answers, else `search_database()`."""
    if not elasticsearch_enabled():
        return search_database()
    try:
        return search_elasticsearch(get_search_backend("default"))
    except UNAVAILABLE_ERRORS as error:
        logger.warning(
            "Elasticsearch không trả lời (%s: %s); %s dùng cơ sở dữ liệu thay thế.",
            type(error).__name__,
            str(error)[:300],
            what,
        )
        return search_database()
