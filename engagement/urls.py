"""Engagement's public addresses that are no page (included from cms/urls.py)."""

from django.urls import path

from . import rating_views

urlpatterns = [
    path("danh-gia-bai-viet/<int:page_id>/", rating_views.rate, name="engagement_rate"),
]
