"""A province with a hundred communes: the board's admin screens answer, in as many queries as with
ten (no more), its rights do not grow with the communes, and a commune editor is still kept to its commune.

The province is built once for the module, inside a transaction rolled back at the end, so the
other modules see the shared test portal unchanged; each test runs in a savepoint inside it.
"""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import GroupPagePermission

from home.models import ContentPage
from tests.helpers import refused, rolled_back, section_of
from tests.sites.scale import SCALE_HOST, GrowingProvince

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

SMALL, LARGE = 10, 100

SCREENS = {
    "explorer of a commune": lambda province: reverse(
        "wagtailadmin_explore", args=[province.units[0].site.root_page_id]
    ),
    "explorer root": lambda province: reverse("wagtailadmin_explore_root"),
    "page search": lambda province: reverse("wagtailadmin_pages:search") + "?q=tin",
    "workflow report": lambda province: reverse("wagtailadmin_reports:workflow"),
    "moderation list": lambda province: reverse("moderation_list"),
    "dashboard": lambda province: reverse("wagtailadmin_home"),
    "images": lambda province: reverse("wagtailimages:index"),
    "documents": lambda province: reverse("wagtaildocs:index"),
}

# Wagtail's workflow report runs two queries per row it shows (each row's tasks and their states),
# at most one page of 50 rows: its cost stops growing at 50 items awaiting moderation, whatever
# the number of communes. Its budget is that full page; every other screen must not grow at all.
# 21: the page and its menu (the editorial reports ask once which authorities the user reads); 2 per row.
FIXED_BUDGETS = {"workflow report": 21 + 2 * 50}


def host_of(province, user):
    return SCALE_HOST if user == province.board else province.units[0].site.hostname


def answer(client, url, host):
    """Status codes (redirects followed) and query count of one GET of `url` after a warm-up GET."""
    client.get(url, headers={"host": host}, follow=True)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers={"host": host}, follow=True)
    return [code for _, code in response.redirect_chain] + [response.status_code], len(queries)


def answers(province, user):
    client = Client()
    client.force_login(user)
    return {name: answer(client, url(province), host_of(province, user)) for name, url in SCREENS.items()}


def board_permission_rows(province):
    return GroupPagePermission.objects.filter(group__user=province.board).count()


@pytest.fixture(scope="module")
def province(django_db_setup, django_db_blocker):
    """`GrowingProvince` at 100 units, with what the board and the editor got at 10."""
    with rolled_back(django_db_blocker):
        grown = GrowingProvince().grow(SMALL - 1)
        grown.at_small = {
            "board": answers(grown, grown.board),
            "editor": answers(grown, grown.editor),
            "rows": board_permission_rows(grown),
        }
        grown.grow(LARGE - SMALL)
        assert len(grown.units) == LARGE
        yield grown


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("role", ["board", "editor"])
def test_a_screen_answers_in_no_more_queries_with_a_hundred_communes_than_with_ten(client, province, role, screen):
    user = getattr(province, role)
    client.force_login(user)
    statuses, queries = answer(client, SCREENS[screen](province), host_of(province, user))
    assert statuses[-1] == 200, statuses
    assert province.at_small[role][screen][0][-1] == 200
    if screen in FIXED_BUDGETS:
        assert queries <= FIXED_BUDGETS[screen]
    else:
        assert queries <= province.at_small[role][screen][1]  # the page search runs fewer at 100


def test_the_board_holds_as_many_page_permission_rows_with_ten_communes_or_a_hundred(province):
    assert board_permission_rows(province) == province.at_small["rows"]


def test_the_board_moderates_the_hundredth_commune_from_the_moderation_list(client, province):
    client.force_login(province.board)
    content = client.get(reverse("moderation_list"), headers={"host": SCALE_HOST}).content.decode()
    assert f"Tin chờ duyệt của {province.units[-1].name}" in content


def test_a_commune_editor_is_refused_another_commune_at_a_hundred(client, province):
    own, other = province.units[0], province.units[-1]
    other_page = ContentPage.objects.descendant_of(other.site.root_page).get(title=f"Tin chờ duyệt của {other.name}")
    client.force_login(province.editor)
    host = {"host": own.site.hostname}

    explorer = client.get(reverse("wagtailadmin_explore", args=[other.site.root_page_id]), headers=host)
    assert explorer.status_code == 302
    assert explorer["Location"] == reverse("wagtailadmin_explore", args=[own.site.root_page_id])

    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[other_page.pk]), headers=host))
    add_url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", section_of(other, "gioi-thieu").pk])
    assert refused(client.get(add_url, headers=host))
    assert refused(client.post(add_url, {"title": "Thêm trái phép", "slug": "them-trai-phep"}, headers=host))
    assert not ContentPage.objects.filter(title="Thêm trái phép").exists()
