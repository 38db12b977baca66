"""Plain answers every portal gives at a fixed address."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from cms.page_cache import cached_view

# Search results are for people (their pages say noindex); a crawler walking every query is load, not reach.
CRAWLER_RULES = """User-agent: *
Disallow: /admin/
Disallow: /tim-kiem/
Disallow: /*?q=
Disallow: /*&q=
"""


@require_GET
@cached_view
def robots_txt(request):
    """The rules for crawlers of the portal at this address, pointing to its own sitemap."""
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    return HttpResponse(f"{CRAWLER_RULES}\nSitemap: {sitemap}\n", content_type="text/plain; charset=utf-8")
