"""The JSON API for other systems and the national database; included by cms/urls.py."""

from django.urls import path

from . import views

app_name = "legal_docs"

urlpatterns = [
    path("api/v2/legal-documents/", views.legal_documents_api, name="documents_api"),
    path("api/v2/procedures/", views.procedures_api, name="procedures_api"),
]
