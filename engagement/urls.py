"""Engagement's public addresses that are no page of a tree; included by cms/urls.py ahead of Wagtail's page serving."""

from django.urls import path

from . import rating_views
from .comment_views import comment_on_article

app_name = "engagement"

urlpatterns = [
    path("y-kien-ban-doc/<int:article_id>/", comment_on_article, name="comment_on_article"),
    path("danh-gia-bai-viet/<int:page_id>/", rating_views.rate, name="rate"),
]
