"""The quota and period-rule screens (wagtail-modeladmin): the board of the authority only."""

import pytest

from django.urls import reverse

from reports.models import Quota, ReportingRule
from sites.models import UnitKind
from tests.helpers import assert_refused

from .factories import quota

INDEX = reverse("reports_quota_modeladmin_index")
CREATE = reverse("reports_quota_modeladmin_create")


def edit_url(item):
    return reverse("reports_quota_modeladmin_edit", args=[item.pk])


def form(authority, items="3", unit_kind=UnitKind.COMMUNE, unit="", period_kind="month"):
    return {
        "authority": authority.pk,
        "period_kind": period_kind,
        "items": items,
        "unit_kind": unit_kind,
        "unit": unit,
    }


def test_the_board_sets_a_default_and_a_unit_override(client, login, district, commune):
    login("board")
    assert client.get(INDEX).status_code == 200
    response = client.post(CREATE, form(district))
    assert response.status_code == 302, response.content.decode()[:3000]
    response = client.post(CREATE, form(district, items="5", unit_kind="", unit=commune.pk))
    assert response.status_code == 302
    assert set(Quota.objects.filter(authority=district).values_list("unit_kind", "unit_id", "items")) == {
        (UnitKind.COMMUNE, None, 3),
        ("", commune.pk, 5),
    }
    listing = client.get(INDEX).content.decode()
    assert "Mỗi xã" in listing and "Xã Tân Hà" in listing


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"items": "-2"}, "Số tin bài không được âm."),
        ({"items": "mười"}, "Số tin bài phải là số nguyên không âm"),
        ({"items": "99999999999"}, "Đảm bảo"),  # beyond what the column holds: a message, not a 500
        ({"unit_kind": ""}, "Chọn một loại đơn vị hoặc một đơn vị"),
    ],
)
def test_bad_quotas_are_refused_with_a_vietnamese_message(client, login, district, changes, message):
    login("board")
    response = client.post(CREATE, {**form(district), **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Quota.objects.exists()


def test_a_second_quota_for_the_same_kind_is_refused(client, login, district):
    quota(district, 2, unit_kind=UnitKind.COMMUNE)
    login("board")
    response = client.post(CREATE, form(district))
    assert "Đã có chỉ tiêu cho đối tượng và loại kỳ này" in response.content.decode()
    assert Quota.objects.count() == 1


def test_the_board_cannot_set_quotas_for_another_authority_or_its_units(
    client, login, district, province, province_commune
):
    login("board")
    response = client.post(CREATE, form(province))
    assert response.status_code == 200 and not Quota.objects.filter(authority=province).exists()
    response = client.post(CREATE, form(district, unit_kind="", unit=province_commune.pk))
    assert response.status_code == 200 and not Quota.objects.filter(unit=province_commune).exists()


def test_another_authoritys_board_sees_and_edits_none_of_them(client, login, district):
    item = quota(district, 2, unit_kind=UnitKind.COMMUNE)
    login("province_board")
    assert "Mỗi xã" not in client.get(INDEX).content.decode()
    assert_refused(client.get(edit_url(item)))
    assert_refused(client.post(edit_url(item), form(district, items="40")))
    assert_refused(client.post(reverse("reports_quota_modeladmin_delete", args=[item.pk])))
    item.refresh_from_db()
    assert item.items == 2


@pytest.mark.parametrize("member", ["inspector", "district_editor", "editor", "chief", "collaborator"])
def test_other_roles_are_refused(client, login, district, member):
    item = quota(district, 2, unit_kind=UnitKind.COMMUNE)
    login(member)
    assert_refused(client.get(INDEX))
    assert_refused(client.post(CREATE, form(district, unit_kind=UnitKind.TOWN)))
    assert_refused(client.post(edit_url(item), form(district, items="40")))
    assert Quota.objects.count() == 1 and Quota.objects.get().items == 2
    rules = reverse("reports_reportingrule_modeladmin_create")
    assert_refused(
        client.post(
            rules, {"authority": district.pk, "month_start_day": "20", "royalty_point_value": "0", "royalty_basis": ""}
        )
    )
    assert not ReportingRule.objects.exists()


def test_the_board_sets_the_month_rule_within_1_to_28(client, login, district):
    login("board")
    rules = reverse("reports_reportingrule_modeladmin_create")
    response = client.post(
        rules, {"authority": district.pk, "month_start_day": "31", "royalty_point_value": "0", "royalty_basis": ""}
    )
    assert "Ngày bắt đầu phải từ 1 đến 28." in response.content.decode()
    response = client.post(
        rules, {"authority": district.pk, "month_start_day": "20", "royalty_point_value": "0", "royalty_basis": ""}
    )
    assert response.status_code == 302
    assert ReportingRule.objects.get(authority=district).month_start_day == 20
