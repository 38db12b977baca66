"""Addresses of every portal that are no page of its tree; included by cms/urls.py ahead of Wagtail's page serving."""

from django.urls import path

from . import search, views

app_name = "home"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("tim-kiem/", search.site_search, name="search"),
]
