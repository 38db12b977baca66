"""WAGTAILFRONTENDCACHE from environment variables (see README, "Bộ đệm phía trước").

- FRONTEND_CACHE_PURGE_URL: one or more comma-separated addresses of nginx or Varnish servers
  that accept `PURGE <path>` with the site's `Host` header (one backend per address);
- CLOUDFLARE_ZONE_ID with CLOUDFLARE_BEARER_TOKEN, or with CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY;
- CLOUDFRONT_DISTRIBUTION_ID (AWS credentials from the usual AWS_* variables; needs boto3).

Nothing set: no front cache is purged (and the app's Cache-Control keeps shared caches short).
"""

from django.core.exceptions import ImproperlyConfigured

HTTP_BACKEND = "cms.front_cache.TimedHTTPBackend"
CLOUDFLARE_BACKEND = "wagtail.contrib.frontend_cache.backends.CloudflareBackend"
CLOUDFRONT_BACKEND = "wagtail.contrib.frontend_cache.backends.CloudfrontBackend"


def frontend_cache_from_env(environ):
    backends = {}
    locations = [location.strip() for location in environ.get("FRONTEND_CACHE_PURGE_URL", "").split(",")]
    for number, location in enumerate(filter(None, locations)):
        if not location.startswith(("http://", "https://")):
            raise ImproperlyConfigured(
                f"FRONTEND_CACHE_PURGE_URL: “{location}” phải là địa chỉ http:// hoặc https:// của máy chủ bộ đệm"
            )
        backends[f"http-{number}"] = {"BACKEND": HTTP_BACKEND, "LOCATION": location}
    zone = environ.get("CLOUDFLARE_ZONE_ID")
    if zone:
        if environ.get("CLOUDFLARE_BEARER_TOKEN"):
            credentials = {"BEARER_TOKEN": environ["CLOUDFLARE_BEARER_TOKEN"]}
        elif environ.get("CLOUDFLARE_EMAIL") and environ.get("CLOUDFLARE_API_KEY"):
            credentials = {"EMAIL": environ["CLOUDFLARE_EMAIL"], "API_KEY": environ["CLOUDFLARE_API_KEY"]}
        else:
            raise ImproperlyConfigured(
                "CLOUDFLARE_ZONE_ID cần CLOUDFLARE_BEARER_TOKEN, hoặc CLOUDFLARE_EMAIL cùng CLOUDFLARE_API_KEY"
            )
        backends["cloudflare"] = {"BACKEND": CLOUDFLARE_BACKEND, "ZONEID": zone, **credentials}
    distribution = environ.get("CLOUDFRONT_DISTRIBUTION_ID")
    if distribution:
        backends["cloudfront"] = {"BACKEND": CLOUDFRONT_BACKEND, "DISTRIBUTION_ID": distribution}
    return backends
