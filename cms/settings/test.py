import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", ".localhost", "127.0.0.1", ".test"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "page_queries": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "page-queries"},
    "visitors": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "visitors",
        "OPTIONS": {"MAX_ENTRIES": 200_000},
    },
}
# Tests render every page unless they test the page cache (which turns it on): factories build
# pages without Wagtail's publish signals, so a cached page would not show them.
PAGE_CACHE_SECONDS = 0
# Tests move the visitors' clock and expect each hit to read the figures (one test turns it on).
VISITOR_FIGURES_MEMO_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/portal-test-media"))  # noqa: F405
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False}

# The demo loader exists in development and tests only; production settings never install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
