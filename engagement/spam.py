"""Spam protection for the citizens' forms (questions now, comments later), with no outside service.

- A honeypot field people never see: filled in, the submission is refused.
- A minimum fill time: the form carries the time it was shown, signed with SECRET_KEY, so it
  cannot be forged or left out; a submission faster than SPAM_MIN_FILL_SECONDS is refused.
- A rate limit per network address and per e-mail address, counted in the Django cache (Redis
  in production, so it holds across app servers). The address is kept only as a keyed hash
  (HMAC with SECRET_KEY): no raw IP address is stored anywhere. Nothing of it is in a cookie.
- After the first suspicious signal from an address (a filled honeypot, a too-fast or forged
  form, a submission past half the limit), its next forms carry a self-hosted proof-of-work
  challenge (django-altcha: the browser solves it, the server checks it and refuses a replay)
  for SPAM_CHALLENGE_SECONDS.

A form opts in with `SpamProtectedForm` and a `SpamGuard` for its kind and request; the view
asks `guard.allow()` before it validates and `guard.record_accepted(email)` after it stored.
"""

import hashlib
import hmac
import time
from dataclasses import dataclass

from csp.constants import SELF, UNSAFE_INLINE
from django_altcha import AltchaField

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache

from cms.client_address import client_address

CHALLENGE_CONTENT_SECURITY = {"style-src": [UNSAFE_INLINE], "worker-src": [SELF, "blob:"]}
HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
CHALLENGE_FIELD = "altcha"
_SALT = "engagement.spam.started"
_MAX_FORM_AGE = 6 * 3600

SUSPICIOUS = "Hệ thống nghi ngờ đây là gửi tự động. Vui lòng hoàn thành bước xác minh bên dưới rồi gửi lại."
TOO_FAST = "Bạn gửi quá nhanh sau khi mở trang. Vui lòng kiểm tra lại nội dung, hoàn thành bước xác minh rồi gửi lại."
EXPIRED = "Biểu mẫu đã quá hạn hoặc không hợp lệ. Vui lòng hoàn thành bước xác minh rồi gửi lại."
CHALLENGE_STRINGS = {
    "label": "Tôi không phải máy tự động",
    "verifying": "Đang xác minh…",
    "verified": "Đã xác minh",
    "error": "Xác minh không thành công, vui lòng thử lại.",
    "expired": "Hết hạn xác minh, vui lòng thử lại.",
    "waitAlert": "Đang xác minh, vui lòng chờ.",
    "footer": "",
    "ariaLinkLabel": "",
}


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


def _limits(kind):
    configured = getattr(settings, "SPAM_RATE_LIMITS", {}).get(kind, {})
    return {
        "address": Limit(*configured.get("address", (10, 600))),
        "email": Limit(*configured.get("email", (3, 3600))),
    }


def keyed_hash(value):
    """A keyed hash of an address: the same for one address, useless to anyone without SECRET_KEY."""
    return hmac.new(settings.SECRET_KEY.encode(), str(value).encode(), hashlib.sha256).hexdigest()[:32]


def _count(key, seconds):
    """Add one to a fixed-window counter in the cache and return it (atomic on Redis)."""
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
        return 1


class SpamGuard:
    def __init__(self, kind, request):
        self.kind = kind
        self.request = request
        self.address = keyed_hash(client_address(request))
        self.limits = _limits(kind)

    def _key(self, what, value):
        return f"spam:{self.kind}:{what}:{value}"

    # -- rate limits ------------------------------------------------------------------------------

    def allow(self):
        """Count one submission from this address; False once it is over the limit."""
        limit = self.limits["address"]
        count = _count(self._key("address", self.address), limit.seconds)
        if count > limit.count // 2:
            self.mark_suspicious()
        return count <= limit.count

    def email_allowed(self, email):
        limit = self.limits["email"]
        used = cache.get(self._key("email", keyed_hash(email.strip().lower())), 0)
        return used < limit.count

    def record_accepted(self, email):
        if email:
            limit = self.limits["email"]
            _count(self._key("email", keyed_hash(email.strip().lower())), limit.seconds)

    def wait_minutes(self, what="address"):
        return max(1, self.limits[what].seconds // 60)

    # -- the challenge --------------------------------------------------------------------------

    def mark_suspicious(self):
        cache.set(self._key("suspect", self.address), True, timeout=getattr(settings, "SPAM_CHALLENGE_SECONDS", 3600))

    def needs_challenge(self):
        return bool(cache.get(self._key("suspect", self.address)))


def started_token(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=_SALT)


def read_started(token):
    """The time a form was shown, or None for a missing, forged or stale token."""
    try:
        return int(signing.loads(token or "", salt=_SALT, max_age=_MAX_FORM_AGE))
    except (signing.BadSignature, TypeError, ValueError):
        return None


class HoneypotInput(forms.TextInput):
    """Out of sight and out of the keyboard order; autofill leaves it alone."""

    def __init__(self):
        super().__init__(attrs={"tabindex": "-1", "autocomplete": "off", "class": "form__trap"})


class SpamProtectedForm(forms.Form):
    """A public form with the honeypot, the signed start time and, when the guard asks, the challenge."""

    def __init__(self, *args, guard, **kwargs):
        super().__init__(*args, **kwargs)
        self.guard = guard
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label="Không điền vào ô này", required=False, widget=HoneypotInput()
        )
        self.fields[STARTED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput())
        self.initial[STARTED_FIELD] = started_token()
        if guard.needs_challenge():
            self.add_challenge()

    def add_challenge(self):
        if CHALLENGE_FIELD in self.fields:
            return
        # The response showing the widget allows what it needs (cms.security): it adds a <style>
        # element and solves the challenge in a worker started from a blob: URL.
        self.guard.request.csp_update = CHALLENGE_CONTENT_SECURITY
        self.fields[CHALLENGE_FIELD] = AltchaField(
            label="Xác minh",
            maxnumber=getattr(settings, "SPAM_CHALLENGE_MAX_NUMBER", 50_000),
            strings=CHALLENGE_STRINGS,
            hidefooter=True,
            hidelogo=True,
            error_messages={
                "required": "Vui lòng hoàn thành bước xác minh “Tôi không phải máy tự động”.",
                "invalid": "Xác minh không hợp lệ, vui lòng thử lại.",
                "error": "Xác minh không hợp lệ, vui lòng thử lại.",
                "replay": "Bước xác minh này đã được dùng, vui lòng xác minh lại.",
            },
        )

    def clean(self):
        cleaned = super().clean()
        problem = None
        if (self.data.get(HONEYPOT_FIELD) or "").strip():
            problem = SUSPICIOUS
        else:
            started = read_started(self.data.get(STARTED_FIELD))
            if started is None:
                problem = EXPIRED
            elif time.time() - started < getattr(settings, "SPAM_MIN_FILL_SECONDS", 5):
                problem = TOO_FAST
        if problem:
            challenged = CHALLENGE_FIELD in self.fields
            self.guard.mark_suspicious()
            # A form that already carried the challenge and passed it only needs a fresh start time.
            if not (challenged and CHALLENGE_FIELD in cleaned and problem != SUSPICIOUS):
                self.add_challenge()
                raise forms.ValidationError(problem, code="spam")
        return cleaned
