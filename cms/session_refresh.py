"""Staff sessions end after SESSION_COOKIE_AGE without a request: each request of a signed-in
user moves the expiry on, but the session is written again at most every SESSION_REFRESH_SECONDS
(Django's SESSION_SAVE_EVERY_REQUEST would write it on every admin request). Logging in writes it
anyway, so the login counts as the first refresh."""

import time

from django.conf import settings

REFRESHED_KEY = "_refreshed_at"


class SessionRefreshMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is not None and user is not None and user.is_authenticated:
            now = _now()
            if now - session.get(REFRESHED_KEY, 0) >= getattr(settings, "SESSION_REFRESH_SECONDS", 300):
                session[REFRESHED_KEY] = now  # marks the session modified: saved with a new expiry
        return response


def _now():
    return int(time.time())


def mark_refreshed_at_login(sender, request, user, **kwargs):
    """user_logged_in receiver: the session written by the login needs no write on the next request."""
    session = getattr(request, "session", None)
    if session is not None:
        session[REFRESHED_KEY] = _now()
