"""Security headers that Django's SecurityMiddleware does not send: the Content-Security-Policy
(django-csp) and the Permissions-Policy.

The policies themselves are built from environment variables in cms/settings/content_security.py.

- Public pages get a strict policy with no inline script and no nonce: they are served from the
  page cache (cms.page_cache), so one rendering's nonce would be sent with every later response
  and match none of their headers. Every script of a public template is a file under /static/.
- The admin gets its own, looser policy (Wagtail's admin needs inline scripts and styles).
- A response showing the citizens' forms' proof-of-work challenge (engagement.spam) sets
  `request.csp_update`: the widget adds a <style> element and runs its worker from a blob: URL.
"""

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpResponseNotAllowed

from .admin_paths import is_admin_request
from .settings.content_security import PERMISSIONS_POLICY


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the admin's policy under the admin's address, adding what
    a response asked for in `request.csp_update`, and sending the Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        config = parts.config
        if config is None and is_admin_request(request):
            config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        update = dict(parts.update or {})
        for directive, sources in (getattr(request, "csp_update", None) or {}).items():
            update[directive] = [*update.get(directive, ()), *sources]
        return PolicyParts(config, update or None, parts.replace, parts.nonce)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = PERMISSIONS_POLICY
        return response


class PublicMethodsMiddleware:
    """Public addresses take GET, HEAD, POST (the citizens' forms) and OPTIONS; any other method
    is answered 405 before a page is looked up (Wagtail would serve a page to a PUT or DELETE).
    The admin keeps its own rules."""

    ALLOWED = ("GET", "HEAD", "POST", "OPTIONS")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.ALLOWED and not is_admin_request(request):
            return HttpResponseNotAllowed(self.ALLOWED)
        return self.get_response(request)
