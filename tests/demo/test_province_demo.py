"""`load_demo --province`: a province of the two-level model with 122 communes, wards and towns."""

import csv
from io import StringIO

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Site

from articles.models import ArticlePage
from demo.loading.province import PROVINCE_HOST, UNITS_FILE
from sites.models import Unit, UnitKind
from sites.provisioning import normalise_hostname
from tests.helpers import refused, rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The province demo loaded once for the module, rolled back after it; the command's output."""
    with rolled_back(django_db_blocker):
        out = StringIO()
        call_command("load_demo", "--province", stdout=out)
        yield out.getvalue()


def csv_rows():
    with open(UNITS_FILE, encoding="utf-8") as units_file:
        return list(csv.DictReader(units_file))


def test_the_file_names_each_unit_once_with_a_valid_hostname():
    rows = csv_rows()
    assert len(rows) >= 101 and rows[0]["kind"] == UnitKind.PROVINCE
    assert len({row["name"] for row in rows}) == len(rows)
    assert len({row["hostname"] for row in rows}) == len(rows)
    for row in rows:
        assert normalise_hostname(row["hostname"]) == row["hostname"]
        assert row["kind"] in UnitKind.values and row["kind"] != UnitKind.DISTRICT  # two levels, no district


def test_the_province_and_every_unit_get_a_portal_with_content(loaded, client):
    assert "123 đơn vị mới" in loaded  # the province and its 122 units
    province = Unit.objects.get(site__hostname=PROVINCE_HOST)
    units = Unit.objects.filter(parent=province, site__isnull=False)
    assert units.count() == len(csv_rows()) - 1 == 122
    assert ArticlePage.objects.live().filter(contributing_unit__in=[province, *units]).count() == 123
    response = client.get("/", headers={"host": f"xa-tan-ha.{PROVINCE_HOST}"})
    assert response.status_code == 200 and "Chào mừng bạn đến với Trang thông tin điện tử xã Tân Hà" in (
        response.content.decode()
    )


def test_running_it_again_changes_nothing(loaded):
    out = StringIO()
    call_command("load_demo", "--province", stdout=out)
    assert "Không có thay đổi" in out.getvalue()


def test_the_province_board_edits_a_ward_and_a_commune_editor_is_refused_another(loaded, client):
    ward_home = Site.objects.get(hostname=f"phuong-mui-ne.{PROVINCE_HOST}").root_page
    commune_home = Site.objects.get(hostname=f"xa-tan-ha.{PROVINCE_HOST}").root_page
    client.force_login(Unit.objects.get(site__hostname=PROVINCE_HOST).group_for("board").user_set.get())
    assert client.get(reverse("wagtailadmin_pages:edit", args=[ward_home.pk])).status_code == 200
    client.force_login(Unit.objects.get(site__hostname=f"xa-tan-ha.{PROVINCE_HOST}").group_for("editor").user_set.get())
    assert client.get(reverse("wagtailadmin_pages:edit", args=[commune_home.pk])).status_code == 200
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[ward_home.pk])))
