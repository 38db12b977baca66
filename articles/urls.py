"""Site-wide news addresses; included by cms/urls.py ahead of Wagtail's page serving."""

from django.urls import path

from . import views
from .feeds import SiteFeed

app_name = "articles"

urlpatterns = [
    path("rss/", SiteFeed(), name="site_feed"),
    path("tim-kiem/", views.site_search, name="search"),
]
