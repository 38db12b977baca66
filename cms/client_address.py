"""The address a request came from, as the nearest trusted proxy saw it.

Behind TRUSTED_PROXIES reverse proxies (nginx: 1) the address is the X-Forwarded-For entry that
many places from the right, the one the nearest proxy appended; entries further left are what the
client itself sent and are never trusted. Without proxies, REMOTE_ADDR. The rate limits of the
citizens' forms, the visitor counter and the login lock-out (django-axes) all use this one rule,
so none of them can be escaped by sending a made-up X-Forwarded-For, and none of them takes the
proxy for the client.
"""

from django.conf import settings


def client_address(request):
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
