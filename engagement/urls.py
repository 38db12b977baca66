"""Engagement's public addresses that are no page of a tree; included by cms/urls.py ahead of Wagtail's page serving."""

from django.urls import path

from .comment_views import comment_on_article

app_name = "engagement"

urlpatterns = [
    path("y-kien-ban-doc/<int:article_id>/", comment_on_article, name="comment_on_article"),
]
