"""Wagtail's own database search (the admin's page search) folds diacritics on PostgreSQL."""

import pytest

from django.db import connection

from wagtail.models import Page

from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the portal_folded configuration exists on PostgreSQL only"
)
def test_the_folded_configuration_finds_unaccented_words(district):
    section = Page.objects.child_of(district.site.root_page).get(slug="gioi-thieu")
    page = ContentPageFactory(parent=section, title="Quyết định phê duyệt đề án đường giao thông nông thôn")
    found = Page.objects.live().search("quyet dinh duong giao thong")
    assert page.pk in [result.pk for result in found]
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('portal_folded', 'Đường Đất Đỏ')::text")
        assert cursor.fetchone()[0] == "'dat':2 'do':3 'duong':1"
