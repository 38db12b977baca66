"""Login throttling and lock-out of staff accounts (django-axes).

After LOGIN_FAILURE_LIMIT wrong passwords an account is locked, from every address, and so is an
address that tried that many times on any accounts; the lock lasts LOGIN_LOCKOUT_MINUTES (0: until
a superuser unlocks it on *Cài đặt › Khóa đăng nhập*, or `manage.py axes_reset_username NAME`).
Attempts, logins and failures are stored by django-axes in the database, so the lock holds on every
app server. The address is the one the nearest trusted proxy saw (cms.client_address): a made-up
X-Forwarded-For neither escapes the lock nor locks out the proxy.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_client_username
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

LOCKED_TEMPLATE = "sites/login_locked.html"


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' check before the password is tried, for logins over HTTP. A login without a
    request (Django's test client `login()`, a script calling `authenticate`) reaches no form an
    attacker could repeat, and axes would refuse it outright; the password backend decides it."""

    def get_user(self, user_id):
        # A session opened with the first backend's name (Wagtail's test login does it) is read as
        # the password backend reads its own.
        return ModelBackend().get_user(user_id)

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def _locked_by(parameter):
    """[{parameter: value, "failures": n, "last": time}] of what is locked now by that parameter:
    django-axes keeps one record per account and address and locks by the sum over either."""
    attempts = AccessAttempt.objects.exclude(**{parameter: ""}).exclude(**{f"{parameter}__isnull": True})
    if settings.AXES_COOLOFF_TIME:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME)
    return list(
        attempts.values(parameter)
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )


def locked_accounts():
    return _locked_by("username")


def locked_addresses():
    return _locked_by("ip_address")


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the Vietnamese page a locked login gets (HTTP 429)."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "username": get_client_username(request, credentials) or "",
        "minutes": int(cool_off.total_seconds() // 60) if cool_off else 0,
    }
    # Rendered now: django-axes' middleware returns it after the view has answered.
    return render(request, LOCKED_TEMPLATE, context, status=429)
