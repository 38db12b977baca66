"""Settings shared by every environment; values come from environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

from .content_security import DEFAULT_FRAME_SOURCES, admin_directives, origin_of, public_directives
from .frontend_cache import frontend_cache_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "cms",
    "sites",
    "home",
    "articles",
    "legal_docs",
    "compliance",
    "reports",
    "engagement",
    "django_altcha",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "csp",
    "axes",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (cms/security.py), on cached responses too.
    "cms.security.SecurityHeadersMiddleware",
    "cms.security.PublicMethodsMiddleware",
    # ETag / If-None-Match → 304 on what the cache headers below leave cacheable.
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside the session middleware, so it sees the cookies every response ends up with.
    "cms.http_caching.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware (which refuses hosts ALLOWED_HOSTS does not admit): the request's site
    # from a memo, not a query per request.
    "cms.site_lookup.SiteLookupMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Answers a locked-out login with sites.login_lockout's page (django-axes).
    "axes.middleware.AxesMiddleware",
    "cms.session_refresh.SessionRefreshMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so a page served from the page cache gets every header a rendered one gets.
    "cms.page_cache.PageCacheMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# DATABASE_URL selects the database; without it a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Login throttling and lock-out (sites/login_lockout.py, django-axes): per account and per address.
AUTHENTICATION_BACKENDS = ["sites.login_lockout.LockoutBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30"))  # 0: until unlocked
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES) if LOGIN_LOCKOUT_MINUTES else None
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "sites.login_lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_ENABLE_ADMIN = False  # the lock-outs are shown and lifted in Wagtail's admin
AXES_VERBOSE = False

# Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request (cms/session_refresh.py
# moves the expiry on, writing the session at most every SESSION_REFRESH_SECONDS); the cookie is
# HttpOnly and SameSite=Lax (production adds Secure). Changing a password ends the user's other
# sessions (Django's session hash).
SESSION_COOKIE_AGE = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "120")) * 60
SESSION_REFRESH_SECONDS = 300
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
# Wagtail's own Vietnamese catalogue covers a few percent of the admin; ours comes first.
LOCALE_PATHS = [BASE_DIR / "locale"]
# Vietnamese only: the project's own labels and messages are Vietnamese literals, not wrapped in
# gettext, so an English admin would be half English, half Vietnamese. The source language of
# the code is the language of its users; offering `en` would promise a translation nobody keeps.
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

# Headers of every response (cms/security.py, cms/settings/content_security.py; production adds
# HSTS and the HTTPS redirect). X_FRAME_OPTIONS stays Django's DENY: Wagtail's preview views
# allow their own frame.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": public_directives(
        frame_sources=env_list("CSP_FRAME_SOURCES", DEFAULT_FRAME_SOURCES), media_origin=origin_of(MEDIA_URL)
    )
}
ADMIN_CONTENT_SECURITY_POLICY = {"DIRECTIVES": admin_directives(media_origin=origin_of(MEDIA_URL))}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# REDIS_URL, when set, makes Redis the shared cache of every app server.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Buffered view counts are kept without expiry and cached pages with one: give Redis
# `maxmemory-policy volatile-lru` so that memory pressure evicts pages, never counts.
# Image renditions get a cache of their own so they never push the others out.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "renditions",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
        # Cached answers to addresses with a query string (searches, crawlers' parameters).
        "page_queries": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "page-queries",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
        # Who visited today and in the last minutes (keyed hashes, each with an expiry; see
        # engagement/visits.py), apart from the buffered counts they must never push out.
        "visitors": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "visitors",
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
    }
else:
    CACHES = {
        # Local memory (one process): room for the cached pages next to the view counters.
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 3000}},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "OPTIONS": {"MAX_ENTRIES": 3000},
        },
        # Cached answers to addresses with a query string, apart: no number of distinct
        # searches can push the pages without one (the home pages) out.
        "page_queries": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "page-queries",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
        # The day's visitor markers (two small entries per visitor and site), apart from the counts.
        "visitors": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "visitors",
            "OPTIONS": {"MAX_ENTRIES": 200_000},
        },
    }

# Anonymous readers get every public page, feed, sitemap, search and API answer from a page
# cache for PAGE_CACHE_SECONDS (0 turns it off); publishing, unpublishing, moving or deleting a
# page of a site renders that site's pages (and its authority's) afresh at once. See cms/page_cache/.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# What browsers and the cache in front may keep (cms/http_caching.py): browsers HTTP_CACHE_MAX_AGE
# seconds; shared caches HTTP_CACHE_S_MAXAGE (default PAGE_CACHE_SECONDS when a front cache is
# purged, else 60), at most HTTP_CACHE_QUERY_S_MAXAGE for addresses with a query string, and
# HTTP_CACHE_STALE_SECONDS of stale-while-revalidate.
HTTP_CACHE_MAX_AGE = int(os.environ.get("HTTP_CACHE_MAX_AGE", "60"))
HTTP_CACHE_S_MAXAGE = int(os.environ["HTTP_CACHE_S_MAXAGE"]) if os.environ.get("HTTP_CACHE_S_MAXAGE") else None
HTTP_CACHE_QUERY_S_MAXAGE = int(os.environ.get("HTTP_CACHE_QUERY_S_MAXAGE", "60"))
HTTP_CACHE_STALE_SECONDS = int(os.environ.get("HTTP_CACHE_STALE_SECONDS", "30"))
# The cache in front of the app servers, purged on publish (cms/front_cache.py); from
# FRONTEND_CACHE_PURGE_URL, CLOUDFLARE_* or CLOUDFRONT_DISTRIBUTION_ID (cms/settings/frontend_cache.py).
WAGTAILFRONTENDCACHE = frontend_cache_from_env(os.environ)
# The citizen search of documents and procedures keeps its answers (totals, facet counts, the
# ids of a result page) for SEARCH_CACHE_SECONDS (0 turns it off); publishing, unpublishing,
# moving or deleting a document or procedure, and every import, start afresh. See
# legal_docs/search/cache.py.
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", "300"))
# Article views are buffered in the cache and written to the database in one batch when the
# oldest waiting view is VIEW_COUNT_FLUSH_SECONDS old or VIEW_COUNT_FLUSH_THRESHOLD views wait;
# also by `manage.py flush_view_counts` (cron) and at process exit. See engagement/view_counts.py.
VIEW_COUNT_FLUSH_SECONDS = int(os.environ.get("VIEW_COUNT_FLUSH_SECONDS", "60"))
# A flush runs inside the request that tips the threshold: at a news peak of 2,000 cached hits a
# second, 100 meant twenty database writes a second for counts the cron writes anyway.
VIEW_COUNT_FLUSH_THRESHOLD = int(os.environ.get("VIEW_COUNT_FLUSH_THRESHOLD", "1000"))
# Site visits and article ratings are buffered the same way (engagement/buffer.py) and written when
# the oldest waits VISIT_FLUSH_SECONDS / RATING_FLUSH_SECONDS or VISIT_FLUSH_THRESHOLD /
# RATING_FLUSH_THRESHOLD of them wait; `manage.py flush_counters` (cron, every minute) writes all three.
VISIT_FLUSH_SECONDS = int(os.environ.get("VISIT_FLUSH_SECONDS", "60"))
VISIT_FLUSH_THRESHOLD = int(os.environ.get("VISIT_FLUSH_THRESHOLD", "1000"))
RATING_FLUSH_SECONDS = int(os.environ.get("RATING_FLUSH_SECONDS", "60"))
RATING_FLUSH_THRESHOLD = int(os.environ.get("RATING_FLUSH_THRESHOLD", "50"))
# Ratings of one article from one address (as a keyed hash, in the cache) per day.
RATING_LIMIT_PER_ADDRESS = int(os.environ.get("RATING_LIMIT_PER_ADDRESS", "5"))
# Each app process reads the visitor block's figures at most once every VISITOR_FIGURES_MEMO_SECONDS
# (and afresh after it counted a visitor itself); 0 reads them on every hit.
VISITOR_FIGURES_MEMO_SECONDS = float(os.environ.get("VISITOR_FIGURES_MEMO_SECONDS", "1"))

# Citizens' forms (Hỏi đáp, Ý kiến bạn đọc; engagement/spam.py): a submission sooner than SPAM_MIN_FILL_SECONDS
# after the form was shown is refused; per form kind, at most `count` submissions per network
# address and accepted ones per e-mail address in `seconds` (counted in the cache, the addresses
# only as keyed hashes); after a suspicious sign the address gets a proof-of-work challenge
# (django-altcha, self-hosted; its key is ALTCHA_HMAC_KEY, else derived from SECRET_KEY) for
# SPAM_CHALLENGE_SECONDS.
# Behind N reverse proxies (nginx: 1) the client's address is read from X-Forwarded-For, as the
# nearest proxy saw it (cms/client_address.py): citizens' forms, visits, ratings, login lock-out.
# SPAM_TRUSTED_PROXIES is its earlier name.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", os.environ.get("SPAM_TRUSTED_PROXIES", "0")))
SPAM_MIN_FILL_SECONDS = int(os.environ.get("SPAM_MIN_FILL_SECONDS", "5"))
SPAM_CHALLENGE_SECONDS = int(os.environ.get("SPAM_CHALLENGE_SECONDS", "3600"))
SPAM_CHALLENGE_MAX_NUMBER = int(os.environ.get("SPAM_CHALLENGE_MAX_NUMBER", "50000"))
SPAM_RATE_LIMITS = {
    "question": {"address": (10, 600), "email": (3, 3600)},
    "lookup": {"address": (20, 600)},
    "comment": {"address": (10, 600), "email": (5, 3600)},
}
ALTCHA_HMAC_KEY = os.environ.get("ALTCHA_HMAC_KEY", "")

# Attachments of legal documents: PDF, DOC or DOCX up to this size (legal_docs/attachments.py).
LEGAL_DOC_MAX_UPLOAD_MB = int(os.environ.get("LEGAL_DOC_MAX_UPLOAD_MB", "20"))

# Search indexing goes through Wagtail's task backend; immediate unless configured.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


# Elasticsearch analyzers fold diacritics (Lucene's asciifolding also turns đ into d), so a
# citizen's "quyet dinh ho ngheo" matches "Quyết định … hộ nghèo" in every text field.
ELASTICSEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        },
    },
}
# Created by cms/migrations/0002 on PostgreSQL: unaccent + simple, so Wagtail's own search
# (the admin's page search included) finds "quyet dinh" in "Quyết định".
POSTGRES_SEARCH_CONFIG = "portal_folded"


def database_search_backend(database_engine):
    backend = {"BACKEND": "wagtail.search.backends.database"}
    if "postgresql" in database_engine:
        backend["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
    return backend


def search_backends(elasticsearch_url, database_engine=""):
    """The Wagtail search configuration for the given ELASTICSEARCH_URL (empty: database only).

    With Elasticsearch, the database backend is kept up to date beside it ("database") so that
    searches can fall back to it when Elasticsearch does not answer (cms/search.py).
    """
    database = database_search_backend(database_engine)
    if not elasticsearch_url:
        return {"default": database}
    if not elasticsearch_url.startswith(("http://", "https://")):
        raise ImproperlyConfigured(
            f"ELASTICSEARCH_URL phải bắt đầu bằng http:// hoặc https:// (đang là {elasticsearch_url!r})."
        )
    return {
        "default": {
            # The installed client is 9.x (requirements.txt); server major must match.
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": ELASTICSEARCH_INDEX_SETTINGS,
        },
        "database": database,
    }


WAGTAILSEARCH_BACKENDS = search_backends(os.environ.get("ELASTICSEARCH_URL", ""), DATABASES["default"]["ENGINE"])

WAGTAIL_SITE_NAME = "Cổng thông tin điện tử"
# No avatars from Gravatar: each would send a hash of a staff member's e-mail to an outside
# service from a government network. Staff without an uploaded avatar get Wagtail's default one.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard would otherwise ask releases.wagtail.io from each superuser's browser.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_USER_LOGIN_FORM = "cms.forms.PortalLoginForm"
WAGTAIL_I18N_ENABLED = False
# Addresses stay ASCII (“tin-tuc-su-kien”), as on every Vietnamese government portal; the
# admin's slug field transliterates Vietnamese letters, đ included.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAILIMAGES_IMAGE_MODEL = "cms.AttributedImage"
WAGTAILDOCS_DOCUMENT_MODEL = "cms.AttributedDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip", "rar"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Addresses are shared on Zalo and Facebook: when an editor changes a published page's slug (or
# moves it), Wagtail keeps the old address working with a redirect to the new one.
WAGTAILREDIRECTS_AUTO_CREATE = True

# Port the demo district's sites are provisioned on (matches `make run`).
DEMO_SITE_PORT = int(os.environ.get("DEMO_SITE_PORT", "8000"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per search/reference-index task is noise at the terminal.
        "django_tasks": {"level": "WARNING"},
    },
}

# The page types provisioning builds each portal's tree from. Content apps own these
# models; `sites` only names them, so it never imports a higher layer.
PORTAL_HOME_PAGE_MODEL = "home.HomePage"
PORTAL_STANDARD_SECTIONS = [
    {"slug": "gioi-thieu", "title": "Giới thiệu", "model": "home.SectionPage"},
    {"slug": "tin-tuc-su-kien", "title": "Tin tức – Sự kiện", "model": "articles.NewsIndexPage", "news": True},
    {"slug": "van-ban", "title": "Văn bản", "model": "legal_docs.LegalDocumentIndexPage"},
    {"slug": "thu-tuc-hanh-chinh", "title": "Thủ tục hành chính", "model": "legal_docs.ProcedureIndexPage"},
    {"slug": "hoi-dap", "title": "Hỏi đáp", "model": "engagement.QuestionIndexPage"},
    {"slug": "lien-he", "title": "Liên hệ", "model": "home.SectionPage"},
]
