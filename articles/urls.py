"""Site-wide news addresses (the feed); included by cms/urls.py ahead of Wagtail's page serving."""

from django.urls import path

from cms.page_cache import cached_view

from .feeds import SiteFeed
from .models import ArticlePage

app_name = "articles"


def live_articles_of_site(site):
    return ArticlePage.objects.live().in_site(site)


urlpatterns = [
    path("rss/", cached_view(SiteFeed(live_articles_of_site)), name="site_feed"),
]
